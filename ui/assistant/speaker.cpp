// Text to speech with a safe choice of locale.
#include "assistant/speaker.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

namespace nexus {

Q_LOGGING_CATEGORY(lcSpeaker, "nexus.ui.assistant.speech")

QString Speaker::defaultEngine()
{
    const QString configured = qEnvironmentVariable("NEXUS_TTS_ENGINE");
    return configured.isEmpty() ? QStringLiteral("speechd") : configured;
}

std::optional<QLocale> Speaker::pickLocale(const QList<QLocale> &available)
{
    for (const QLocale &locale : available) {
        if (locale.language() == QLocale::Spanish && locale.territory() == QLocale::Mexico)
            return locale;
    }
    for (const QLocale &locale : available) {
        if (locale.language() == QLocale::Spanish && locale.territory() == QLocale::LatinAmerica)
            return locale;
    }
    for (const QLocale &locale : available) {
        if (locale.language() == QLocale::Spanish)
            return locale;
    }
    return std::nullopt;
}

Speaker::Speaker(const QString &engine, QObject *parent) : QObject(parent)
{
    if (engine == u"none" || !QTextToSpeech::availableEngines().contains(engine)) {
        qCInfo(lcSpeaker) << "no text-to-speech engine" << engine << "available:" << QTextToSpeech::availableEngines();
        return;
    }
    m_tts = new QTextToSpeech(engine, this);
    connect(m_tts, &QTextToSpeech::stateChanged, this, &Speaker::onStateChanged);
    if (m_tts->state() == QTextToSpeech::Error) {
        m_failed = true;
        return;
    }
    if (const std::optional<QLocale> spanish = pickLocale(m_tts->availableLocales())) {
        m_locale = *spanish;
        m_hasSpanish = true;
        m_tts->setLocale(m_locale);
        qCInfo(lcSpeaker) << "speaking" << m_locale.name() << "with" << engine;
    } else {
        qCInfo(lcSpeaker) << "engine" << engine << "has no Spanish voice:" << m_tts->availableLocales();
    }
}

Speaker::~Speaker() = default;

bool Speaker::isAvailable() const
{
    return m_tts && m_hasSpanish && !m_failed;
}

bool Speaker::isSpeaking() const
{
    return m_tts && m_tts->state() == QTextToSpeech::Speaking;
}

QString Speaker::problem() const
{
    if (!m_tts)
        return tr("No speech engine is installed: replies are shown on screen only.");
    if (m_failed)
        return tr("The speech engine or the audio device is not working: replies are shown on screen only.");
    if (!m_hasSpanish)
        return tr("The speech engine has no Spanish voice: replies are shown on screen only.");
    return {};
}

void Speaker::say(const QString &text)
{
    if (!isAvailable())
        return;
    m_tts->say(text);
}

void Speaker::stop()
{
    if (m_tts)
        m_tts->stop();
}

void Speaker::onStateChanged()
{
    if (m_tts->state() == QTextToSpeech::Error && !m_failed) {
        qCWarning(lcSpeaker) << "text-to-speech backend error";
        m_failed = true;
        Q_EMIT availabilityChanged();
    }
}

} // namespace nexus
