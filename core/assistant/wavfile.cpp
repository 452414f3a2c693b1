// WAV writing and reading: the RIFF chunks walked in order, the "fmt " chunk read, the "data" chunk converted.
#include "assistant/wavfile.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace nexus {

namespace {

void putU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void putU16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

quint32 u32(const char *at)
{
    return qFromLittleEndian<quint32>(at);
}

quint16 u16(const char *at)
{
    return qFromLittleEndian<quint16>(at);
}

// One sample of a frame's channel as a double in [-1, 1].
double sampleAt(const char *at, int bits, bool isFloat)
{
    if (isFloat) {
        float value = 0;
        const quint32 raw = u32(at);
        std::memcpy(&value, &raw, sizeof value);
        return double(value);
    }
    switch (bits) {
    case 8:
        return (int(quint8(*at)) - 128) / 128.0;
    case 16:
        return qint16(u16(at)) / 32768.0;
    case 24: {
        const qint32 value = qint32(quint32(quint8(at[0])) << 8 | quint32(quint8(at[1])) << 16
                                 | quint32(quint8(at[2])) << 24) >> 8;
        return value / 8388608.0;
    }
    default:
        return qint32(u32(at)) / 2147483648.0;
    }
}

std::unexpected<Error> bad(const char *why)
{
    return fail(ErrorCode::InvalidInput, why, {}, QStringLiteral("wav"));
}

} // namespace

QByteArray toWav(const AudioClip &clip)
{
    const quint32 dataBytes = quint32(clip.samples() * 2);
    QByteArray out;
    out.reserve(44 + qsizetype(dataBytes));
    out.append("RIFF", 4);
    putU32(out, 36 + dataBytes);
    out.append("WAVEfmt ", 8);
    putU32(out, 16);
    putU16(out, 1); // PCM
    putU16(out, 1); // mono
    putU32(out, quint32(clip.sampleRate));
    putU32(out, quint32(clip.sampleRate) * 2);
    putU16(out, 2); // block align
    putU16(out, 16);
    out.append("data", 4);
    putU32(out, dataBytes);
    out.append(clip.pcm16.constData(), qsizetype(dataBytes));
    return out;
}

Result<AudioClip> fromWav(const QByteArray &wav)
{
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return bad(NX_ERR("The audio is not a WAV file"));
    int format = 0;
    int channels = 0;
    int rate = 0;
    int bits = 0;
    qsizetype at = 12;
    while (at + 8 <= wav.size()) {
        const QByteArray id = wav.mid(at, 4);
        const qsizetype size = qsizetype(u32(wav.constData() + at + 4));
        const qsizetype body = at + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > wav.size())
                return bad(NX_ERR("The WAV file's format chunk is truncated"));
            format = u16(wav.constData() + body);
            channels = u16(wav.constData() + body + 2);
            rate = int(u32(wav.constData() + body + 4));
            bits = u16(wav.constData() + body + 14);
            if (format == 0xFFFE && size >= 26) // WAVE_FORMAT_EXTENSIBLE: the sub-format's first two bytes
                format = u16(wav.constData() + body + 24);
        } else if (id == "data") {
            const bool isFloat = format == 3 && bits == 32;
            if (format != 1 && !isFloat)
                return bad(NX_ERR("The WAV file is not PCM audio"));
            if (channels < 1 || rate <= 0 || (bits != 8 && bits != 16 && bits != 24 && bits != 32))
                return bad(NX_ERR("The WAV file's format is not supported"));
            const qsizetype available = std::min(size, wav.size() - body);
            const int frameBytes = channels * bits / 8;
            const qsizetype frames = available / frameBytes;
            AudioClip clip;
            clip.sampleRate = rate;
            clip.pcm16.resize(frames * 2);
            const char *data = wav.constData() + body;
            for (qsizetype frame = 0; frame < frames; ++frame) {
                double sum = 0;
                for (int channel = 0; channel < channels; ++channel)
                    sum += sampleAt(data + frame * frameBytes + channel * bits / 8, bits, isFloat);
                const double mixed = std::clamp(sum / channels, -1.0, 1.0);
                const auto value = qint16(std::lround(std::clamp(mixed * 32768.0, -32768.0, 32767.0)));
                qToLittleEndian(value, clip.pcm16.data() + frame * 2);
            }
            return clip;
        }
        at = body + size + (size & 1); // chunks are padded to an even size
    }
    return bad(NX_ERR("The WAV file has no audio data"));
}

Result<AudioClip> readWavFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() }, QStringLiteral("wav"));
    return fromWav(file.readAll());
}

} // namespace nexus
