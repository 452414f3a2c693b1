// Chalán's voice: Qt TextToSpeech (speech-dispatcher + espeak-ng on Debian) in Mexican Spanish when the engine has
// it. In Qt 6.4 setLocale() to a locale the engine lacks leaves it silently broken, so the locale is always one of
// availableLocales(): es_MX, else Latin-American Spanish (es_419), else any Spanish. Without an engine, a Spanish
// voice or an audio device the panel keeps working and says so.
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>

#include <optional>

class QTextToSpeech;
class QTimer;

namespace nexus {

class Speaker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Speaker)

public:
    // `engine`: a QTextToSpeech engine name ("speechd", "flite"); "none" or an unknown one: no speech.
    explicit Speaker(const QString &engine = defaultEngine(), QObject *parent = nullptr);
    ~Speaker() override;

    // NEXUS_TTS_ENGINE when set, else "speechd".
    [[nodiscard]] static QString defaultEngine();
    [[nodiscard]] static std::optional<QLocale> pickLocale(const QList<QLocale> &available);
    // Whether this computer has somewhere to play sound: an ALSA playback device in `soundDevices` (/dev/snd), or a
    // PulseAudio/PipeWire server ($PULSE_SERVER, or its socket in `runtimeDir`, $XDG_RUNTIME_DIR). speech-dispatcher
    // without one "speaks" forever in silence.
    [[nodiscard]] static bool hasAudioOutput(const QString &soundDevices = QStringLiteral("/dev/snd"),
        const QString &runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR"));

    [[nodiscard]] bool isAvailable() const;
    // Whether the engine was started (on first use).
    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] bool isSpeaking() const;
    // Why it cannot speak, translated (empty when it can).
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QLocale locale() const;

    void say(const QString &text);
    void stop();

Q_SIGNALS:
    void availabilityChanged();

private:
    void start() const;
    void onStateChanged();

    QString m_engine;
    QTimer *m_watchdog = nullptr; // a reply that never finishes: the audio output is not playing
    // Made by start() on first use (the getters are const, the engine is not: hence mutable).
    mutable bool m_started = false;
    mutable QTextToSpeech *m_tts = nullptr;
    mutable bool m_hasAudio = false;
    mutable QLocale m_locale = QLocale::c();
    mutable bool m_hasSpanish = false;
    mutable bool m_failed = false;
};

} // namespace nexus
