// Chalán's online transcription over real HTTPS against a local OpenAI-compatible fake: the multipart upload (a WAV
// of the clip, model, language=es, the Bearer key), the transcript read back, and every failure (wrong key, rate
// limit, no credit, server errors, refused model, garbage, timeout, line down, not configured) as a Spanish error
// naming its field.
#include "assistant/wavfile.h"
#include "client/onlinetranscriber.h"
#include "client/secretstore.h"
#include "faketranscriptionapi.h"
#include "tempdir.h"
#include "why.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTranslator>
#include <QtEndian>

#include <cmath>

using namespace nexus;
using namespace nexus::test;

namespace {

// A second of a rising tone at 16 kHz: something a WAV can carry and a test can compare sample by sample.
AudioClip toneClip(int samples = 16000)
{
    AudioClip clip;
    clip.pcm16.resize(samples * 2);
    for (int i = 0; i < samples; ++i) {
        const auto value = qint16(std::lround(9000 * std::sin(2 * M_PI * (300.0 + i / 40.0) * i / 16000.0)));
        qToLittleEndian(value, clip.pcm16.data() + i * 2);
    }
    return clip;
}

} // namespace

class TestOnlineTranscriber final : public QObject
{
    Q_OBJECT

    TempDir m_dir;
    QTranslator m_spanish;
    std::unique_ptr<FakeTranscriptionApi> m_api;
    QString m_caFile;

    [[nodiscard]] OnlineTranscriber::Config config(int timeoutMs = 30000) const
    {
        OnlineTranscriber::Config config;
        config.baseUrl = m_api->baseUrl() + QStringLiteral("/v1/"); // as people paste it
        config.model = QStringLiteral("whisper-1");
        config.apiKey = m_api->apiKey();
        config.caFile = m_caFile;
        config.timeoutMs = timeoutMs;
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_spanish.load(QStringLiteral(":/i18n/nexus_es_MX.qm")));
        QCoreApplication::installTranslator(&m_spanish);
        Result<std::unique_ptr<FakeTranscriptionApi>> api
            = FakeTranscriptionApi::start(m_dir.file(QStringLiteral("transcription")));
        QVERIFY2(api.has_value(), why(api));
        m_api = std::move(*api);
        m_caFile = m_api->caFile();
    }

    void cleanup()
    {
        m_api->setDelayMs(0);
        m_api->setDown(false);
    }

    void endpointFromTheBaseUrl_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("bare") << "https://api.openai.com" << "https://api.openai.com/v1/audio/transcriptions";
        QTest::newRow("slash") << "https://api.openai.com/" << "https://api.openai.com/v1/audio/transcriptions";
        QTest::newRow("v1") << "https://x.example:8443/v1" << "https://x.example:8443/v1/audio/transcriptions";
        QTest::newRow("prefix") << " https://gw.example/openai/v1/ "
                                << "https://gw.example/openai/v1/audio/transcriptions";
    }
    void endpointFromTheBaseUrl()
    {
        QFETCH(QString, base);
        QFETCH(QString, endpoint);
        QCOMPARE(OnlineTranscriber::endpoint(base), endpoint);
        QVERIFY(OnlineTranscriber::checkUrl(base).has_value());
    }

    void badUrlsAreRefused()
    {
        for (const char *url : { "http://api.openai.com", "api.openai.com", "", "https://", "https://x/v1?k=1" }) {
            const Status checked = OnlineTranscriber::checkUrl(QString::fromLatin1(url));
            QVERIFY2(!checked.has_value(), url);
            QCOMPARE(checked.error().field(), QStringLiteral("url"));
        }
    }

    void transcribesTheClipSentAsAWavForm()
    {
        m_api->setTranscript(QStringLiteral("agrega dos filtros de aceite"));
        const qsizetype before = m_api->requests().size();
        OnlineTranscriber transcriber(config());
        QVERIFY2(transcriber.isAvailable(), qPrintable(transcriber.problem()));
        const AudioClip clip = toneClip();
        const Result<Transcript> heard = transcriber.recognize(clip);
        QVERIFY2(heard.has_value(), why(heard));
        QCOMPARE(heard->text, QStringLiteral("agrega dos filtros de aceite"));
        QCOMPARE(heard->engine, QStringLiteral("online"));

        const QList<FakeTranscriptionApi::Request> requests = m_api->requests();
        QCOMPARE(requests.size(), before + 1);
        const FakeTranscriptionApi::Request &sent = requests.last();
        QCOMPARE(sent.authorization, "Bearer " + m_api->apiKey().toUtf8());
        QCOMPARE(sent.model, QByteArray("whisper-1"));
        QCOMPARE(sent.language, QByteArray("es"));
        QCOMPARE(sent.responseFormat, QByteArray("json"));
        QCOMPARE(sent.fileName, QByteArray("chalan.wav"));
        QCOMPARE(sent.fileType, QByteArray("audio/wav"));
        QCOMPARE(sent.clip.sampleRate, 16000);
        QCOMPARE(sent.clip.pcm16, clip.pcm16); // the very samples, not a re-encoding
    }

    void silenceIsNotSent()
    {
        const qsizetype before = m_api->requests().size();
        OnlineTranscriber transcriber(config());
        const Result<Transcript> heard = transcriber.recognize(AudioClip {});
        QVERIFY2(heard.has_value(), why(heard));
        QVERIFY(heard->text.isEmpty());
        QCOMPARE(m_api->requests().size(), before);
    }

    void failuresAreSpanishAndNameTheField_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("startsWith");
        QTest::newRow("401") << 401 << "invalid_api_key" << int(ErrorCode::Unauthenticated) << "api_key"
                             << QString::fromUtf8("El servicio de transcripción no aceptó la llave de API");
        QTest::newRow("429 rate") << 429 << "rate_limit_exceeded" << int(ErrorCode::Network) << "transcription"
                                  << QString::fromUtf8("El servicio de transcripción está recibiendo demasiadas");
        QTest::newRow("429 quota") << 429 << "insufficient_quota" << int(ErrorCode::Network) << "transcription"
                                   << QString::fromUtf8("La cuenta del servicio de transcripción se quedó sin crédito");
        QTest::newRow("500") << 500 << "" << int(ErrorCode::Network) << "transcription"
                             << QString::fromUtf8("El servicio de transcripción está fallando (HTTP 500)");
        QTest::newRow("503") << 503 << "" << int(ErrorCode::Network) << "transcription"
                             << QString::fromUtf8("El servicio de transcripción está fallando (HTTP 503)");
        QTest::newRow("400 model") << 400 << "model_not_found" << int(ErrorCode::InvalidInput) << "transcription"
                                   << QString::fromUtf8("El servicio de transcripción rechazó la grabación (HTTP 400");
    }
    void failuresAreSpanishAndNameTheField()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, errorCode);
        QFETCH(QString, field);
        QFETCH(QString, startsWith);
        const QString message = QStringLiteral("Mensaje del servicio %1").arg(status);
        m_api->failNext(status, message, QStringLiteral("invalid_request_error"), code);
        OnlineTranscriber transcriber(config());
        const Result<Transcript> refused = transcriber.recognize(toneClip(1600));
        QVERIFY(!refused.has_value());
        QCOMPARE(int(refused.error().code()), errorCode);
        QCOMPARE(refused.error().field(), field);
        QVERIFY2(refused.error().message().startsWith(startsWith), qPrintable(refused.error().message()));
        QVERIFY2(refused.error().message().contains(message), qPrintable(refused.error().message()));
    }

    void aWrongKeyIsRefusedByTheService()
    {
        OnlineTranscriber::Config wrong = config();
        wrong.apiKey = QStringLiteral("sk-otra");
        OnlineTranscriber transcriber(wrong);
        const Result<Transcript> refused = transcriber.recognize(toneClip(1600));
        QCOMPARE(refused.error().code(), ErrorCode::Unauthenticated);
        QVERIFY2(refused.error().message().contains(QStringLiteral("Incorrect API key provided")),
            qPrintable(refused.error().message()));
        QCOMPARE(m_api->requests().last().authorization, QByteArray("Bearer sk-otra"));
    }

    void garbageIsAProtocolError()
    {
        m_api->answerGarbageNext("<html><body>502 Bad Gateway</body></html>");
        OnlineTranscriber transcriber(config());
        const Result<Transcript> garbage = transcriber.recognize(toneClip(1600));
        QCOMPARE(garbage.error().code(), ErrorCode::Protocol);
        QVERIFY2(garbage.error().message().startsWith(
                     QString::fromUtf8("El servicio de transcripción respondió algo que no es una transcripción")),
            qPrintable(garbage.error().message()));
        QVERIFY(garbage.error().message().contains(QStringLiteral("Bad Gateway")));
    }

    void aSlowServiceTimesOut()
    {
        m_api->setDelayMs(3000);
        OnlineTranscriber transcriber(config(800));
        QElapsedTimer elapsed;
        elapsed.start();
        const Result<Transcript> late = transcriber.recognize(toneClip(1600));
        QCOMPARE(late.error().code(), ErrorCode::Network);
        QVERIFY2(elapsed.elapsed() < 2500, "the timeout did not cut the request");
        QVERIFY2(late.error().message().startsWith(
                     QString::fromUtf8("No se puede conectar con el servicio de transcripción")),
            qPrintable(late.error().message()));
    }

    void offlineIsANetworkError()
    {
        m_api->setDown(true);
        OnlineTranscriber transcriber(config());
        const Result<Transcript> down = transcriber.recognize(toneClip(1600));
        QCOMPARE(down.error().code(), ErrorCode::Network);
        QCOMPARE(down.error().field(), QStringLiteral("transcription"));
    }

    void notConfiguredSendsNothing()
    {
        const qsizetype before = m_api->requests().size();
        OnlineTranscriber::Config noKey = config();
        noKey.apiKey.clear();
        OnlineTranscriber transcriber(noKey);
        QVERIFY(!transcriber.isAvailable());
        QVERIFY2(transcriber.problem().contains(QStringLiteral("llave de API")), qPrintable(transcriber.problem()));
        const Result<Transcript> refused = transcriber.recognize(toneClip(1600));
        QCOMPARE(refused.error().field(), QStringLiteral("api_key"));
        OnlineTranscriber::Config plain = config();
        plain.baseUrl = QStringLiteral("http://127.0.0.1:1");
        QVERIFY(!OnlineTranscriber(plain).isAvailable());
        QCOMPARE(m_api->requests().size(), before);
    }

    void theKeyComesFromTheSecretStore()
    {
        SecretStore secrets(m_dir.path(), SecretStore::Mode::FileOnly);
        QVERIFY(OnlineTranscriber::apiKeyFrom(secrets).isEmpty());
        QVERIFY(secrets.write(QLatin1String(OnlineTranscriber::kApiKeySecret), " sk-guardada \n").has_value());
        QCOMPARE(OnlineTranscriber::apiKeyFrom(secrets), QStringLiteral("sk-guardada"));
    }
};

QTEST_GUILESS_MAIN(TestOnlineTranscriber)
#include "testonlinetranscriber.moc"
