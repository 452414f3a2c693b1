// Walks the RIFF chunks for "fmt " and "data".
#include "wavfile.h"

#include <QFile>
#include <QtEndian>

namespace nexus {

Result<AudioClip> WavFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() }, QStringLiteral("wav"));
    const QByteArray bytes = file.readAll();
    const auto bad = [&] {
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a 16-bit PCM WAV file"), { path }, QStringLiteral("wav"));
    };
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return bad();
    int channels = 0;
    int rate = 0;
    int bits = 0;
    int format = 0;
    QByteArray data;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const qsizetype body = at + 8;
        if (body + size > bytes.size() && id != "data")
            return bad();
        if (id == "fmt " && size >= 16) {
            format = qFromLittleEndian<quint16>(bytes.constData() + body);
            channels = qFromLittleEndian<quint16>(bytes.constData() + body + 2);
            rate = int(qFromLittleEndian<quint32>(bytes.constData() + body + 4));
            bits = qFromLittleEndian<quint16>(bytes.constData() + body + 14);
        } else if (id == "data") {
            data = bytes.mid(body, std::min(size, bytes.size() - body)); // espeak-ng leaves the size open on a pipe
        }
        at = body + size + (size % 2);
    }
    if ((format != 1 && format != 0xFFFE) || bits != 16 || channels < 1 || rate <= 0 || data.isEmpty())
        return bad();
    AudioClip clip;
    clip.sampleRate = rate;
    const qsizetype frames = data.size() / (2 * channels);
    clip.pcm16.resize(frames * 2);
    for (qsizetype f = 0; f < frames; ++f) {
        int sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += qFromLittleEndian<qint16>(data.constData() + 2 * (f * channels + c));
        qToLittleEndian<qint16>(qint16(sum / channels), clip.pcm16.data() + 2 * f);
    }
    return clip;
}

} // namespace nexus
