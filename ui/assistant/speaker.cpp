// Text to speech with a safe choice of locale.
#include "assistant/speaker.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QTimer>

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

bool Speaker::hasAudioOutput(const QString &soundDevices, const QString &runtimeDir)
{
    // ALSA playback devices are named pcmC<card>D<device>p.
    const QStringList pcm = QDir(soundDevices).entryList({ QStringLiteral("pcmC*D*p") }, QDir::System | QDir::Files);
    if (!pcm.isEmpty())
        return true;
    if (qEnvironmentVariableIsSet("PULSE_SERVER"))
        return true;
    return !runtimeDir.isEmpty()
        && (QFileInfo::exists(runtimeDir + QStringLiteral("/pulse/native"))
            || QFileInfo::exists(runtimeDir + QStringLiteral("/pipewire-0")));
}

Speaker::Speaker(const QString &engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    m_watchdog = new QTimer(this);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        if (isSpeaking()) {
            qCWarning(lcSpeaker) << "a reply did not finish: no audio is playing";
            m_tts->stop();
            m_hasAudio = false;
            Q_EMIT availabilityChanged();
        }
    });
}

// The engine starts on first use, not with the window: speech-dispatcher is spawned only when someone opens Chalán.
void Speaker::start() const
{
    if (m_started)
        return;
    m_started = true;
    m_hasAudio = hasAudioOutput();
    if (m_engine == u"none" || !QTextToSpeech::availableEngines().contains(m_engine)) {
        qCInfo(lcSpeaker) << "no text-to-speech engine" << m_engine << "available:" << QTextToSpeech::availableEngines();
        return;
    }
    auto *self = const_cast<Speaker *>(this); // the engine is a child of this Speaker, made on first use
    m_tts = new QTextToSpeech(m_engine, self);
    connect(m_tts, &QTextToSpeech::stateChanged, self, &Speaker::onStateChanged);
    if (m_tts->state() == QTextToSpeech::Error) {
        m_failed = true;
        return;
    }
    if (const std::optional<QLocale> spanish = pickLocale(m_tts->availableLocales())) {
        m_locale = *spanish;
        m_hasSpanish = true;
        m_tts->setLocale(m_locale);
        qCInfo(lcSpeaker) << "speaking" << m_locale.name() << "with" << m_engine;
    } else {
        qCInfo(lcSpeaker) << "engine" << m_engine << "has no Spanish voice:" << m_tts->availableLocales();
    }
}

Speaker::~Speaker() = default;

bool Speaker::isAvailable() const
{
    start();
    return m_tts && m_hasSpanish && !m_failed && m_hasAudio;
}

bool Speaker::isSpeaking() const
{
    return m_tts && m_tts->state() == QTextToSpeech::Speaking;
}

QString Speaker::problem() const
{
    start();
    if (!m_tts)
        return tr("No speech engine is installed: replies are shown on screen only.");
    if (m_failed)
        return tr("The speech engine or the audio device is not working: replies are shown on screen only.");
    if (!m_hasSpanish)
        return tr("The speech engine has no Spanish voice: replies are shown on screen only.");
    if (!m_hasAudio)
        return tr("No audio device is playing on this computer: replies are shown on screen only.");
    return {};
}

void Speaker::say(const QString &text)
{
    if (!isAvailable())
        return;
    m_tts->say(text);
    // Spanish at the engine's default rate is well under 100 ms a character; a reply that is still "speaking" long
    // after that is going nowhere.
    m_watchdog->start(std::chrono::milliseconds(4000 + 100 * text.size()));
}

QLocale Speaker::locale() const
{
    start();
    return m_locale;
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
