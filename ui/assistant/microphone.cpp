// Microphone: pull-mode capture into memory, converted to the clip format when it stops.
#include "assistant/microphone.h"

#include <QAudioSource>
#include <QMediaDevices>
#include <QSignalBlocker>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <vector>

namespace nexus {

namespace {

// One sample in [-1, 1], scaled as the WAV reader does (core/assistant/wavfile) so 16-bit survives unchanged.
float sampleValue(const char *at, QAudioFormat::SampleFormat format)
{
    switch (format) {
    case QAudioFormat::UInt8:
        return float(int(quint8(*at)) - 128) / 128.0f;
    case QAudioFormat::Int16:
        return float(qFromLittleEndian<qint16>(at)) / 32768.0f;
    case QAudioFormat::Int32:
        return float(double(qFromLittleEndian<qint32>(at)) / 2147483648.0);
    case QAudioFormat::Float:
        return qFromLittleEndian<float>(at);
    default:
        return 0;
    }
}

} // namespace

Microphone::Microphone(QObject *parent) : QObject(parent), m_devices(new QMediaDevices(this)), m_limit(new QTimer(this))
{
    m_limit->setSingleShot(true);
    m_limit->setInterval(kMaxSeconds * 1000);
    connect(m_limit, &QTimer::timeout, this, &Microphone::limitReached);
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, [this] {
        refreshDevice();
        Q_EMIT availabilityChanged();
    });
    refreshDevice();
}

Microphone::~Microphone()
{
    const QSignalBlocker quiet(this); // its receivers may be going away with its parent
    cancel();
}

void Microphone::refreshDevice()
{
    m_device = QMediaDevices::defaultAudioInput();
    m_failure.clear();
}

bool Microphone::isAvailable() const
{
    return !m_device.isNull() && m_failure.isEmpty();
}

QString Microphone::problem() const
{
    if (m_device.isNull())
        return tr("There is no microphone on this computer: connect one to talk to Chalán, or type.");
    return m_failure;
}

QString Microphone::deviceName() const
{
    return m_device.description();
}

bool Microphone::start()
{
    if (m_source)
        return true;
    refreshDevice();
    if (m_device.isNull()) {
        Q_EMIT availabilityChanged();
        return false;
    }
    QAudioFormat wanted;
    wanted.setSampleRate(kSampleRate);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    m_format = m_device.isFormatSupported(wanted) ? wanted : m_device.preferredFormat();
    m_raw.clear();
    // No parent: Qt 6.4 gives the QAudioSource's parent to its platform source too, which the source deletes
    // itself; a microphone deleted before its last source's deleteLater ran (Chalán's kiosk pane at a sign-out while
    // listening) would delete that platform source twice.
    m_source = new QAudioSource(m_device, m_format);
    m_source->setBufferSize(m_format.bytesForDuration(200'000));
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        m_failure = tr("The microphone %1 cannot be opened: check that no other program is using it.")
                        .arg(m_device.description());
        delete m_source;
        m_source = nullptr;
        m_io = nullptr;
        Q_EMIT availabilityChanged();
        return false;
    }
    connect(m_io, &QIODevice::readyRead, this, &Microphone::readAvailable);
    m_limit->start();
    Q_EMIT levelChanged(0);
    return true;
}

void Microphone::readAvailable()
{
    if (!m_io)
        return;
    const QByteArray chunk = m_io->readAll();
    if (chunk.isEmpty())
        return;
    m_raw += chunk;
    Q_EMIT levelChanged(peak(toClip(chunk, m_format).pcm16));
}

AudioClip Microphone::stop()
{
    if (!m_source)
        return {};
    readAvailable();
    m_source->stop();
    AudioClip clip = toClip(m_raw, m_format);
    cancel();
    return clip;
}

void Microphone::cancel()
{
    m_limit->stop();
    if (m_source) {
        m_source->stop();
        m_source->deleteLater();
    }
    m_source = nullptr;
    m_io = nullptr;
    m_raw.clear();
    Q_EMIT levelChanged(0);
}

AudioClip Microphone::toClip(const QByteArray &raw, const QAudioFormat &format)
{
    AudioClip clip;
    clip.sampleRate = kSampleRate;
    const int frameBytes = format.bytesPerFrame();
    if (frameBytes <= 0 || format.sampleRate() <= 0)
        return clip;
    if (format.sampleRate() == kSampleRate && format.channelCount() == 1
        && format.sampleFormat() == QAudioFormat::Int16) {
        clip.pcm16 = raw.left(raw.size() / 2 * 2); // already what the engines take
        return clip;
    }
    const qsizetype frames = raw.size() / frameBytes;
    const int channels = format.channelCount();
    const int sampleBytes = format.bytesPerSample();
    std::vector<float> mono(static_cast<size_t>(frames));
    for (qsizetype frame = 0; frame < frames; ++frame) {
        float sum = 0;
        for (int channel = 0; channel < channels; ++channel)
            sum += sampleValue(raw.constData() + frame * frameBytes + channel * sampleBytes, format.sampleFormat());
        mono[size_t(frame)] = sum / float(channels);
    }
    const double step = double(format.sampleRate()) / kSampleRate; // source frames per output sample
    const auto out = qsizetype(std::floor(double(frames) / step));
    clip.pcm16.resize(out * 2);
    for (qsizetype i = 0; i < out; ++i) {
        const double at = double(i) * step;
        const auto left = qsizetype(at);
        const double fraction = at - double(left);
        const float a = mono[size_t(left)];
        const float b = left + 1 < frames ? mono[size_t(left + 1)] : a;
        const double value = std::clamp((a + (b - a) * fraction) * 32768.0, -32768.0, 32767.0);
        qToLittleEndian(qint16(std::lround(value)), clip.pcm16.data() + i * 2);
    }
    return clip;
}

double Microphone::peak(const QByteArray &pcm16)
{
    int loudest = 0;
    for (qsizetype i = 0; i + 1 < pcm16.size(); i += 2)
        loudest = std::max(loudest, std::abs(int(qFromLittleEndian<qint16>(pcm16.constData() + i))));
    return std::min(1.0, loudest / 32767.0);
}

} // namespace nexus
