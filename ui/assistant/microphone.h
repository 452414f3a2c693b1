// Chalán's microphone: Qt Multimedia's QAudioSource on the default input device, one utterance at a time, delivered
// as an AudioClip of mono 16-bit PCM at 16 kHz whatever the device captures (mixed down and resampled here); a level
// for the meter while it listens. Without an input device it says why, in Spanish, and the panel keeps working.
#pragma once

#include "assistant/speechrecognizer.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>

class QAudioSource;
class QIODevice;
class QMediaDevices;
class QTimer;

namespace nexus {

class Microphone final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Microphone)

public:
    static constexpr int kSampleRate = 16000;
    static constexpr int kMaxSeconds = 15; // a question at the counter; then it stops by itself

    explicit Microphone(QObject *parent = nullptr);
    ~Microphone() override;

    [[nodiscard]] bool isAvailable() const;
    // Why it cannot listen, translated; empty when it can.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool isListening() const { return m_source != nullptr; }
    [[nodiscard]] QString deviceName() const;

    // Starts capturing from the default input; false (and problem() says why) when there is none or it fails.
    bool start();
    // Ends the capture: what was heard, converted to 16 kHz mono.
    AudioClip stop();
    // Ends the capture and drops it.
    void cancel();

    // `raw` in `format` as mono 16-bit PCM at kSampleRate (channels averaged, linear interpolation).
    [[nodiscard]] static AudioClip toClip(const QByteArray &raw, const QAudioFormat &format);
    // The loudest sample of `pcm16` (mono 16-bit) in 0..1.
    [[nodiscard]] static double peak(const QByteArray &pcm16);

Q_SIGNALS:
    void levelChanged(double level); // 0..1, the peak of the latest chunk
    void availabilityChanged();
    void limitReached(); // kMaxSeconds captured: the caller stops and sends

private:
    void readAvailable();
    void refreshDevice();

    QMediaDevices *m_devices = nullptr;
    QAudioDevice m_device;
    QAudioSource *m_source = nullptr;
    QIODevice *m_io = nullptr;
    QAudioFormat m_format;
    QByteArray m_raw;
    QString m_failure; // the last start's failure, translated
    QTimer *m_limit = nullptr;
};

} // namespace nexus
