// Chalán really makes sound: a private PulseAudio server with a null sink, speech-dispatcher (espeak-ng) through Qt
// TextToSpeech via Speaker, and parec recording the sink's monitor; the recording must hold speech, not silence. Then
// the panel's own path: the speaker button on an answer reads it aloud, and "Spoken replies" (saved for that user)
// speaks the next answer by itself. Skipped where pulseaudio/parec or the speechd engine are not installed.
#include "salefixture.h"
#include "tempdir.h"
#include "uisession.h"
#include "why.h"

#include "assistant/assistantpanel.h"
#include "assistant/speaker.h"
#include "auth/authservice.h"
#include "store/localstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>
#include <QToolButton>

#include <functional>

#include <csignal>

using namespace nexus;
using namespace nexus::test;

class TestAssistantAudio final : public QObject
{
    Q_OBJECT

public:
    // Set in main() before the application exists: GLib (and so libspeechd) reads these once.
    static inline QString s_runtime;

private:
    QProcess m_pulse;

    // The speech-dispatcher this test's Speaker spawned: the one whose socket is in our private runtime folder.
    void stopSpeechDispatcher()
    {
        const QString socket = s_runtime + QStringLiteral("/speech-dispatcher/speechd.sock");
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
            if (!cmdline.open(QIODevice::ReadOnly))
                continue;
            const QByteArray command = cmdline.readAll();
            if (command.startsWith("/usr/bin/speech-dispatcher") && command.contains(socket.toUtf8()))
                ::kill(pid.toInt(), SIGTERM);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString pulseaudio = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
        const QString parec = QStandardPaths::findExecutable(QStringLiteral("parec"));
        if (pulseaudio.isEmpty() || parec.isEmpty())
            QSKIP("pulseaudio and parec (pulseaudio-utils) are not installed");
        if (!QTextToSpeech::availableEngines().contains(QStringLiteral("speechd")))
            QSKIP("the speech-dispatcher engine of Qt TextToSpeech is not installed");
        QVERIFY(!s_runtime.isEmpty());
        m_pulse.setProcessChannelMode(QProcess::MergedChannels);
        m_pulse.start(pulseaudio,
            { QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                QStringLiteral("--disallow-exit"), QStringLiteral("-L"), QStringLiteral("module-native-protocol-unix"),
                QStringLiteral("-L"), QStringLiteral("module-null-sink sink_name=nexus_null") });
        QVERIFY(m_pulse.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(s_runtime + QStringLiteral("/pulse/native")), 15000);
    }

    void cleanupTestCase()
    {
        stopSpeechDispatcher();
        if (m_pulse.state() != QProcess::NotRunning) {
            m_pulse.terminate();
            m_pulse.waitForFinished(5000);
        }
    }

    // Records the null sink while `act` makes `speaker` talk, until it is done; the recording must hold speech.
    void hearsSpeech(Speaker &speaker, const std::function<void()> &act)
    {
        QProcess recorder;
        recorder.start(QStandardPaths::findExecutable(QStringLiteral("parec")),
            { QStringLiteral("-d"), QStringLiteral("nexus_null.monitor"), QStringLiteral("--format=s16le"),
                QStringLiteral("--rate=16000"), QStringLiteral("--channels=1"), QStringLiteral("--raw") });
        QVERIFY(recorder.waitForStarted());
        QElapsedTimer elapsed;
        elapsed.start();
        act();
        QTRY_VERIFY_WITH_TIMEOUT(speaker.isSpeaking(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!speaker.isSpeaking(), 30000);
        QVERIFY(speaker.isAvailable()); // it finished: the watchdog did not give up on the audio
        QTest::qWait(300);
        recorder.terminate();
        QVERIFY(recorder.waitForFinished(5000));
        const QByteArray pcm = recorder.readAllStandardOutput();
        int peak = 0;
        qsizetype loud = 0;
        for (qsizetype i = 0; i + 1 < pcm.size(); i += 2) {
            const int sample = std::abs(int(qint16(quint16(quint8(pcm[i])) | quint16(quint8(pcm[i + 1])) << 8)));
            peak = std::max(peak, sample);
            loud += sample > 1000 ? 1 : 0;
        }
        qInfo("recorded %lld samples in %lld ms, peak %d, %lld above 1000", static_cast<long long>(pcm.size() / 2),
            static_cast<long long>(elapsed.elapsed()), peak, static_cast<long long>(loud));
        QVERIFY2(peak > 3000, "the null sink recorded silence");
        QVERIFY2(loud > 16000 / 5, "less than 0.2 s of speech came out"); // 16 kHz mono
    }

    void speechComesOutOfTheSoundCard()
    {
        Speaker speaker(QStringLiteral("speechd"));
        QVERIFY2(speaker.isAvailable(), qPrintable(speaker.problem()));
        QCOMPARE(speaker.locale().language(), QLocale::Spanish);
        hearsSpeech(speaker, [&speaker] {
            speaker.say(QString::fromUtf8("Hola, soy Chalán. Encontré dos opciones de balatas para Tsuru."));
        });
    }

    void theAnswersSpeakerButtonReadsItAloud()
    {
        TempDir dir;
        const std::optional<SaleFixture::CatalogPart> part = SaleFixture::assistantCounter(dir.path(),
            { QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
                QStringLiteral("4821") });
        QVERIFY(part.has_value());
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(dir.file(QStringLiteral("nexus.db")), QStringLiteral("audio-panel"));
        QVERIFY2(store.has_value(), why(store).constData());
        AuthService auth((*store)->db(), Clock::system(), DeviceFixture::kDeviceId);
        QVERIFY(auth.login(QStringLiteral("maria"), QStringLiteral("caja")).has_value());
        AssistantPanel panel(**store, auth, nullptr);
        panel.resize(420, 700);
        panel.setVisible(true); // AssistantPanel::show(reply) hides QWidget::show()
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        Speaker &speaker = *panel.speaker();
        QVERIFY2(speaker.isAvailable(), qPrintable(speaker.problem()));

        (void)panel.ask(QStringLiteral("busca ") + part->sku);
        QCOMPARE(panel.lastReply().parts.front().sku, part->sku);
        QVERIFY(!speaker.isSpeaking()); // spoken replies are off for María
        const QList<QToolButton *> buttons = panel.findChildren<QToolButton *>(QStringLiteral("assistantSpeakButton"));
        QCOMPARE(buttons.size(), 1); // one answer, one speaker button
        QVERIFY(buttons.front()->isEnabled());
        hearsSpeech(speaker, [&buttons] { QTest::mouseClick(buttons.front(), Qt::LeftButton); });

        // "Spoken replies" on: saved for María, and the next answer is spoken by itself.
        auto *toggle = panel.findChild<QToolButton *>(QStringLiteral("assistantSpeakToggle"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE((*store)->setting(AssistantPanel::speakSettingKey(QStringLiteral("user-maria"))).value_or(QString()),
            QStringLiteral("1"));
        hearsSpeech(speaker, [&panel, &part] { (void)panel.ask(QStringLiteral("busca ") + part->sku); });
    }
};

int main(int argc, char **argv)
{
    // Everything private: no user's sound server or speech daemon is touched, and ours are found by their sockets.
    QTemporaryDir runtime;
    QTemporaryDir home;
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    qputenv("HOME", home.path().toUtf8());
    qunsetenv("PULSE_SERVER");
    TestAssistantAudio::s_runtime = runtime.path();
    QApplication app(argc, argv);
    initUiTests();
    TestAssistantAudio test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "testassistantaudio.moc"
