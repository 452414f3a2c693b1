// Chalán's WAV codec: a clip written and read back sample for sample, other PCM layouts (stereo, 8/24-bit, float,
// extra chunks) mixed down to 16-bit mono, and what is not a PCM WAV refused naming the field.
#include "assistant/wavfile.h"
#include "why.h"

#include <QTest>
#include <QtEndian>

#include <bit>

using namespace nexus;
using namespace nexus::test;

namespace {

QByteArray header(int format, int channels, int rate, int bits, const QByteArray &data, const QByteArray &extra = {})
{
    QByteArray out("RIFF");
    const auto u32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    const auto u16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    u32(quint32(4 + 24 + extra.size() + 8 + data.size()));
    out += "WAVEfmt ";
    u32(16);
    u16(quint16(format));
    u16(quint16(channels));
    u32(quint32(rate));
    u32(quint32(rate * channels * bits / 8));
    u16(quint16(channels * bits / 8));
    u16(quint16(bits));
    out += extra;
    out += "data";
    u32(quint32(data.size()));
    out += data;
    return out;
}

qint16 sampleAt(const AudioClip &clip, int i)
{
    return qFromLittleEndian<qint16>(clip.pcm16.constData() + i * 2);
}

} // namespace

class TestWavFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        AudioClip clip;
        clip.sampleRate = 16000;
        for (int i = 0; i < 1000; ++i) {
            char b[2];
            qToLittleEndian(qint16(i * 37 - 18000), b);
            clip.pcm16.append(b, 2);
        }
        const QByteArray wav = toWav(clip);
        QCOMPARE(wav.size(), 44 + 2000);
        QVERIFY(wav.startsWith("RIFF"));
        const Result<AudioClip> back = fromWav(wav);
        QVERIFY2(back.has_value(), why(back));
        QCOMPARE(back->sampleRate, 16000);
        QCOMPARE(back->pcm16, clip.pcm16);
        QCOMPARE(back->seconds(), 1000 / 16000.0);
    }

    void stereoIsMixedDownAndChunksSkipped()
    {
        QByteArray frames;
        for (const qint16 v : { qint16(1000), qint16(3000), qint16(-2000), qint16(-4000) }) {
            char b[2];
            qToLittleEndian(v, b);
            frames.append(b, 2);
        }
        const QByteArray list = QByteArray("LIST") + QByteArray("\x03\0\0\0abc\0", 8); // odd size: padded
        const Result<AudioClip> clip = fromWav(header(1, 2, 44100, 16, frames, list));
        QVERIFY2(clip.has_value(), why(clip));
        QCOMPARE(clip->sampleRate, 44100);
        QCOMPARE(clip->samples(), 2);
        QCOMPARE(sampleAt(*clip, 0), qint16(2000));
        QCOMPARE(sampleAt(*clip, 1), qint16(-3000));
    }

    void eightTwentyFourAndFloat()
    {
        const Result<AudioClip> u8 = fromWav(header(1, 1, 8000, 8, QByteArray("\x80\xC0\x40", 3)));
        QVERIFY2(u8.has_value(), why(u8));
        QCOMPARE(sampleAt(*u8, 0), qint16(0));
        QCOMPARE(sampleAt(*u8, 1), qint16(16384));
        QCOMPARE(sampleAt(*u8, 2), qint16(-16384));
        const Result<AudioClip> s24 = fromWav(header(1, 1, 16000, 24, QByteArray("\x00\x00\x40\x00\x00\xC0", 6)));
        QVERIFY2(s24.has_value(), why(s24));
        QCOMPARE(sampleAt(*s24, 0), qint16(16384));
        QCOMPARE(sampleAt(*s24, 1), qint16(-16384));
        QByteArray floats(8, '\0');
        qToLittleEndian(std::bit_cast<quint32>(0.5f), floats.data());
        qToLittleEndian(std::bit_cast<quint32>(-1.5f), floats.data() + 4); // clipped
        const Result<AudioClip> f32 = fromWav(header(3, 1, 16000, 32, floats));
        QVERIFY2(f32.has_value(), why(f32));
        QCOMPARE(sampleAt(*f32, 0), qint16(16384));
        QCOMPARE(sampleAt(*f32, 1), qint16(-32768));
    }

    void notAPcmWavIsRefused()
    {
        for (const QByteArray &bad : { QByteArray("hola"), QByteArray("RIFF\0\0\0\0WAVE", 12),
                 header(85, 1, 16000, 16, QByteArray(4, '\0')), header(1, 0, 16000, 16, QByteArray(4, '\0')) }) {
            const Result<AudioClip> clip = fromWav(bad);
            QVERIFY(!clip.has_value());
            QCOMPARE(clip.error().field(), QStringLiteral("wav"));
            QCOMPARE(clip.error().code(), ErrorCode::InvalidInput);
        }
    }
};

QTEST_GUILESS_MAIN(TestWavFile)
#include "testwavfile.moc"
