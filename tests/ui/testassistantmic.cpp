// Chalán hears through a real microphone stack: a private PulseAudio server whose only source is module-pipe-source,
// fed with a WAV's samples, so QAudioSource reads it as it would a microphone. The captured clip must be the WAV (same
// length, correlation ~1); through the panel (Ctrl+M from any screen, the level meter moving, Ctrl+M again) the clip
// goes to the online transcription service configured in the voice settings dialog (a local fake over HTTPS, key in
// the SecretStore), the transcript comes back as the user's bubble and the intent acts on the sale's real ticket.
// With the service down the panel says why and keeps working. Leaves screenshots (NEXUS_SHOTS_DIR). Skipped where
// pulseaudio is not installed.
#include "faketranscriptionapi.h"
#include "kioskfixture.h"
#include "salefixture.h"
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "assistant/assistantdock.h"
#include "assistant/assistantpane.h"
#include "assistant/assistantpanel.h"
#include "assistant/microphone.h"
#include "assistant/speechsettings.h"
#include "assistant/wavfile.h"
#include "client/onlinetranscriber.h"
#include "client/secretstore.h"
#include "main/area.h"
#include "offlinerecognizer.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"
#include <QSettings>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtEndian>

#include <cmath>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

using namespace nexus;
using namespace nexus::test;

namespace {

std::vector<double> samplesOf(const QByteArray &pcm16)
{
    std::vector<double> out(static_cast<size_t>(pcm16.size() / 2));
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = qFromLittleEndian<qint16>(pcm16.constData() + i * 2);
    return out;
}

// The best normalised cross-correlation of `heard` against `sent` over shifts of up to `maxLag` samples either way.
double bestCorrelation(const QByteArray &sent, const QByteArray &heard, int maxLag, int *lagOut)
{
    const std::vector<double> a = samplesOf(sent);
    const std::vector<double> b = samplesOf(heard);
    double best = 0;
    for (int lag = -maxLag; lag <= maxLag; lag += 1) {
        double dot = 0, ea = 0, eb = 0;
        for (size_t i = 0; i < a.size(); ++i) {
            const qint64 j = qint64(i) + lag;
            if (j < 0 || j >= qint64(b.size()))
                continue;
            dot += a[i] * b[size_t(j)];
            ea += a[i] * a[i];
            eb += b[size_t(j)] * b[size_t(j)];
        }
        const double c = ea > 0 && eb > 0 ? dot / std::sqrt(ea * eb) : 0;
        if (c > best) {
            best = c;
            *lagOut = lag;
        }
    }
    return best;
}

double energy(const QByteArray &pcm16)
{
    double sum = 0;
    for (const double v : samplesOf(pcm16))
        sum += v * v;
    return sum;
}

} // namespace

class TestAssistantMic final : public QObject
{
    Q_OBJECT

public:
    static inline QString s_runtime; // set in main() before the application exists

private:
    TempDir m_dir;
    QProcess m_pulse;
    QString m_fifo;
    QString m_shots;
    QString m_sku;
    AudioClip m_wav; // what the "customer" says, 16 kHz mono
    std::unique_ptr<FakeTranscriptionApi> m_api;
    QString m_caFile;

    QString dir() const { return m_dir.path(); }

    // Writes the WAV's samples into the pipe source from another thread, as a microphone would deliver them.
    void speak()
    {
        const QByteArray pcm = m_wav.pcm16;
        const QByteArray fifo = QFile::encodeName(m_fifo);
        std::thread writer([pcm, fifo] {
            const int fd = ::open(fifo.constData(), O_WRONLY);
            if (fd < 0)
                return;
            qsizetype done = 0;
            while (done < pcm.size()) {
                const ssize_t wrote = ::write(fd, pcm.constData() + done, size_t(pcm.size() - done));
                if (wrote <= 0)
                    break;
                done += wrote;
            }
            ::close(fd);
        });
        writer.join(); // PulseAudio drains the pipe as fast as it is written
    }

    // Whether someone records from our PulseAudio server: the microphone's stream is connected, so what is written
    // to the pipe from now on reaches it (before, PulseAudio drops it, as a microphone nobody listens to).
    bool capturing() const
    {
        QProcess pactl;
        pactl.start(QStandardPaths::findExecutable(QStringLiteral("pactl")),
            { QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("source-outputs") });
        return pactl.waitForFinished(5000) && !pactl.readAllStandardOutput().trimmed().isEmpty();
    }

    // The cashier taps the microphone, the customer speaks, the cashier taps again to send.
    void spokenTurn(AssistantPanel *panel, QToolButton *mic)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!capturing(), 10000); // the last turn's stream is closed
        QTest::mouseClick(mic, Qt::LeftButton);
        QTRY_VERIFY(panel->isListening());
        QTRY_VERIFY_WITH_TIMEOUT(capturing(), 10000);
        speak();
        QTest::qWait(300);
        QTest::mouseClick(mic, Qt::LeftButton);
    }

    void compareWithTheWav(const AudioClip &clip)
    {
        QCOMPARE(clip.sampleRate, 16000);
        qInfo("wav %.3f s, captured %.3f s", m_wav.seconds(), clip.seconds());
        QVERIFY2(std::abs(clip.seconds() - m_wav.seconds()) < 0.1, "the capture is not as long as the WAV");
        int lag = 0;
        const double correlation = bestCorrelation(m_wav.pcm16, clip.pcm16, 800, &lag);
        const double energyRatio = energy(clip.pcm16) / energy(m_wav.pcm16);
        qInfo("correlation %.4f at lag %d, energy ratio %.3f", correlation, lag, energyRatio);
        QVERIFY2(correlation > 0.98, "the captured audio is not the WAV");
        QVERIFY2(energyRatio > 0.9 && energyRatio < 1.1, "the captured audio is not as loud as the WAV");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString pulseaudio = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
        if (pulseaudio.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty())
            QSKIP("pulseaudio and pactl (pulseaudio-utils) are not installed");
        initUiTests();
        m_shots = shotsDir("NEXUS_SHOTS_DIR", QDir::temp().filePath(QStringLiteral("nexus-shots/assistant")));

        // The customer's words: an espeak-ng fixture when the repository has them, else a made-up voiced signal.
        QFile file(qEnvironmentVariable("NEXUS_SOURCE_DIR")
            + QStringLiteral("/tests/fixtures/voice/add-02.wav")); // "agrégame quince bujías"
        if (file.exists()) {
            QVERIFY(file.open(QIODevice::ReadOnly));
            Result<AudioClip> clip = fromWav(file.readAll());
            QVERIFY2(clip.has_value(), why(clip));
            m_wav = Microphone::toClip(clip->pcm16, [&clip] {
                QAudioFormat format;
                format.setSampleRate(clip->sampleRate);
                format.setChannelCount(1);
                format.setSampleFormat(QAudioFormat::Int16);
                return format;
            }());
            qInfo("speaking %s", qPrintable(file.fileName()));
        } else {
            m_wav.pcm16.resize(24000 * 2);
            for (int i = 0; i < 24000; ++i) {
                const double t = i / 16000.0;
                const double envelope = 0.5 + 0.5 * std::sin(2 * M_PI * 3 * t);
                const double voice = std::sin(2 * M_PI * (140 + 60 * t) * t) + 0.5 * std::sin(2 * M_PI * 700 * t);
                qToLittleEndian(qint16(std::lround(9000 * envelope * voice)), m_wav.pcm16.data() + i * 2);
            }
        }
        QVERIFY(m_wav.seconds() > 0.5);

        // The fake microphone: PulseAudio makes the FIFO and reads whatever is written to it as captured audio.
        // It leaves by itself a minute after its last client, should this test crash before cleanupTestCase().
        m_fifo = s_runtime + QStringLiteral("/microphone.fifo");
        m_pulse.setProcessChannelMode(QProcess::MergedChannels);
        m_pulse.start(pulseaudio,
            { QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=60"),
                QStringLiteral("--disallow-exit"), QStringLiteral("-L"), QStringLiteral("module-native-protocol-unix"),
                QStringLiteral("-L"),
                QStringLiteral("module-pipe-source source_name=nexus_mic format=s16le rate=16000 channels=1 file=")
                    + m_fifo });
        QVERIFY(m_pulse.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(s_runtime + QStringLiteral("/pulse/native")) && QFile::exists(m_fifo),
            15000);

        Result<std::unique_ptr<FakeTranscriptionApi>> api
            = FakeTranscriptionApi::start(m_dir.file(QStringLiteral("transcription")));
        QVERIFY2(api.has_value(), why(api));
        m_api = std::move(*api);
        m_caFile = m_api->caFile();

        const std::optional<SaleFixture::CatalogPart> part = SaleFixture::assistantCounter(dir(),
            { QStringLiteral("rosa"), QString::fromUtf8("Rosa Treviño"), Role::Manager, QStringLiteral("gerente"),
                QStringLiteral("7391") });
        QVERIFY(part.has_value());
        m_sku = part->sku;
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("beto"), QString::fromUtf8("Beto Salinas"), Role::Mechanic, QStringLiteral("taller"),
                QStringLiteral("4321") }));
    }

    void cleanupTestCase()
    {
        m_api.reset();
        if (m_pulse.state() != QProcess::NotRunning) {
            m_pulse.terminate();
            m_pulse.waitForFinished(5000);
        }
    }

    void clipConversion()
    {
        // 48 kHz stereo float (a USB headset's format) becomes 16 kHz mono 16-bit: a third of the frames, averaged.
        QAudioFormat headset;
        headset.setSampleRate(48000);
        headset.setChannelCount(2);
        headset.setSampleFormat(QAudioFormat::Float);
        QByteArray raw(4800 * 2 * 4, '\0');
        for (int i = 0; i < 4800; ++i) {
            const float left = float(0.5 * std::sin(2 * M_PI * 440 * i / 48000.0));
            qToLittleEndian(left, raw.data() + i * 8);
            qToLittleEndian(left * 0.5f, raw.data() + i * 8 + 4);
        }
        const AudioClip clip = Microphone::toClip(raw, headset);
        QCOMPARE(clip.sampleRate, 16000);
        QCOMPARE(clip.samples(), 1600);
        for (int i = 0; i < 1600; i += 97) {
            const double expected = 0.375 * std::sin(2 * M_PI * 440 * i / 16000.0) * 32768;
            QVERIFY(std::abs(qFromLittleEndian<qint16>(clip.pcm16.constData() + i * 2) - expected) < 2);
        }
        QCOMPARE(Microphone::peak(clip.pcm16) > 0.37, true);
    }

    void theFakeMicrophoneHearsTheWav()
    {
        Microphone microphone;
        QVERIFY2(microphone.isAvailable(), qPrintable(microphone.problem()));
        QVERIFY(microphone.problem().isEmpty());
        QSignalSpy levels(&microphone, &Microphone::levelChanged);
        QVERIFY(microphone.start());
        QVERIFY(microphone.isListening());
        QTRY_VERIFY_WITH_TIMEOUT(capturing(), 10000);
        speak();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(levels.cbegin(), levels.cend(),
                                     [](const QList<QVariant> &level) { return level.at(0).toDouble() > 0.2; }),
            5000);
        QTest::qWait(500);
        const AudioClip clip = microphone.stop();
        QVERIFY(!microphone.isListening());
        compareWithTheWav(clip);
    }

    void spokenQuestionActsOnTheTicket()
    {
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("rosa"), QStringLiteral("gerente")));
        SaleScreen *sale = session.main()->saleScreen();
        QTRY_VERIFY(sale->ensureReady());

        // Open Chalán: the microphone is there, but no offline engine is installed and none is chosen yet.
        QTest::keyClick(session.main(), Qt::Key_Space, Qt::ControlModifier);
        AssistantDock *dock = session.main()->assistantDock();
        QTRY_VERIFY(dock->isVisible());
        AssistantPanel *panel = dock->panel();
        auto *mic = panel->findChild<QToolButton *>(QStringLiteral("assistantMicButton"));
        auto *micStatus = panel->findChild<QLabel *>(QStringLiteral("assistantMicStatus"));
        QVERIFY(mic && micStatus);
        QVERIFY(panel->microphone() && panel->microphone()->isAvailable());
        QSignalSpy handled(panel, &AssistantPanel::speechHandled);
        if (!SpeechEngines::offlineInstalled()) {
            QVERIFY(!mic->isEnabled());
            QVERIFY2(micStatus->isVisible() && micStatus->text().contains(QString::fromUtf8("ajustes de voz")),
                qPrintable(micStatus->text()));
        } else {
            // Offline by default: the data folder's pocketsphinx hears through the microphone exactly what it hears
            // from the WAV file itself (its grammar is this store's: what it makes of the phrase is voice/'s to test).
            QVERIFY(mic->isEnabled());
            const Result<Transcript> fromFile = sharedOfflineRecognizer(QSettings(), dir())->recognize(m_wav);
            QVERIFY2(fromFile.has_value(), why(fromFile));
            spokenTurn(panel, mic);
            QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 1, 30000);
            qInfo("pocketsphinx heard through the microphone: \"%s\"", qPrintable(handled.at(0).at(0).toString()));
            QCOMPARE(handled.at(0).at(0).toString(), fromFile->text.trimmed());
            if (fromFile->text.trimmed().isEmpty())
                QVERIFY2(micStatus->text().startsWith(QString::fromUtf8("No te escuché bien")),
                    qPrintable(micStatus->text()));
            handled.clear();
        }

        // The manager chooses the online service in the voice settings; the key goes to the SecretStore only.
        whenModal([this](QWidget *dialog) {
            auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("speechSettingsDialog"));
            auto *engine = dialog->findChild<QComboBox *>(QStringLiteral("speechEngine"));
            engine->setCurrentIndex(1);
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("speechUrl"));
            url->clear();
            QTest::keyClicks(url, QStringLiteral("http://127.0.0.1")); // not https: refused, nothing stored
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("speechSave")), Qt::LeftButton);
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("speechStatus"));
            QVERIFY2(status->text().startsWith(QString::fromUtf8("La dirección del servicio de transcripción")),
                qPrintable(status->text()));
            QVERIFY(url->hasFocus());
            url->clear();
            QTest::keyClicks(url, m_api->baseUrl() + QStringLiteral("/v1"));
            auto *model = dialog->findChild<QLineEdit *>(QStringLiteral("speechModel"));
            model->clear();
            QTest::keyClicks(model, QStringLiteral("whisper-large-v3"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("speechApiKey")), m_api->apiKey());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("speechCaFile")), m_caFile);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("speechSave")), Qt::LeftButton);
        });
        QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("assistantVoiceSettings")), Qt::LeftButton);
        {
            Result<std::unique_ptr<LocalStore>> store
                = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("probe"));
            QVERIFY(store.has_value());
            const SpeechSettings saved = SpeechSettings::load(**store);
            QCOMPARE(saved.engine, SpeechSettings::Engine::Online);
            QCOMPARE(saved.onlineModel, QStringLiteral("whisper-large-v3"));
            Result<QSqlQuery> leaked = (*store)->db().exec(
                QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE ?"), { QStringLiteral("%sk-test%") });
            QVERIFY(leaked.has_value() && leaked->next());
            QCOMPARE(leaked->value(0).toInt(), 0); // the key is not in the settings
            SecretStore secrets(dir());
            QCOMPARE(OnlineTranscriber::apiKeyFrom(secrets), m_api->apiKey());
        }
        QVERIFY(mic->isEnabled());
        QVERIFY(!micStatus->isVisible() || !micStatus->property("problem").toBool()); // no problem left
        session.main()->activateWindow(); // the offscreen platform does not give the keyboard back by itself
        QVERIFY(QTest::qWaitForWindowActive(session.main()));

        // From another screen: Ctrl+M listens; the customer speaks; the meter moves.
        QVERIFY(session.main()->showArea(Area::Workshop));
        m_api->setTranscript(QStringLiteral("busca ") + m_sku);
        QTest::keyClick(session.main(), Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY2(panel->isListening(), qPrintable(micStatus->text()));
        QVERIFY(mic->isChecked());
        auto *level = panel->findChild<QProgressBar *>(QStringLiteral("assistantLevel"));
        QVERIFY(level->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(capturing(), 10000);
        speak();
        QTRY_VERIFY_WITH_TIMEOUT(level->value() > 20, 5000);
        shoot(panel, m_shots, "assistant-listening");
        QTest::qWait(300);

        // Ctrl+M again: transcribed off the UI thread, then asked as if typed.
        QTest::keyClick(session.main(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(!panel->isListening());
        QVERIFY(panel->isTranscribing() || handled.count() == 1);
        QVERIFY(!mic->isEnabled() || handled.count() == 1); // one turn at a time
        QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 1, 15000);
        QCOMPARE(handled.at(0).at(0).toString(), QStringLiteral("busca ") + m_sku);
        QCOMPARE(panel->lastReply().parts.front().sku, m_sku);
        QList<QLabel *> texts = panel->findChildren<QLabel *>(QStringLiteral("assistantBubbleText"));
        bool userBubble = false;
        for (QLabel *text : texts)
            userBubble = userBubble || (text->text() == QStringLiteral("busca ") + m_sku);
        QVERIFY(userBubble);

        // What the service got is what the microphone heard: the WAV, with the settings' model, in Spanish.
        const FakeTranscriptionApi::Request sent = m_api->requests().last();
        QCOMPARE(sent.model, QByteArray("whisper-large-v3"));
        QCOMPARE(sent.language, QByteArray("es"));
        compareWithTheWav(sent.clip);

        // A spoken turn that would change the ticket waits for the cashier: Esc drops it, nothing changes.
        m_api->setTranscript(QStringLiteral("agrega el primero"));
        spokenTurn(panel, mic);
        QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 2, 15000);
        QVERIFY(panel->hasPendingSpokenRequest());
        QCOMPARE(sale->cartModel()->rowCount(), 0);
        shoot(panel, m_shots, "assistant-spoken-confirm");
        panel->input()->setFocus();
        QTest::keyClick(panel->input(), Qt::Key_Escape);
        QVERIFY(!panel->hasPendingSpokenRequest());
        QTest::keyClick(panel->input(), Qt::Key_Return);
        QCOMPARE(sale->cartModel()->rowCount(), 0);

        // Said again and confirmed with Enter on the empty input: the part goes on the real ticket.
        spokenTurn(panel, mic);
        QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 3, 15000);
        QVERIFY(panel->hasPendingSpokenRequest());
        QCOMPARE(sale->cartModel()->rowCount(), 0);
        panel->input()->setFocus();
        QTest::keyClick(panel->input(), Qt::Key_Return);
        QVERIFY(!panel->hasPendingSpokenRequest());
        QTRY_COMPARE(sale->cartModel()->rowCount(), 1);
        QCOMPARE(sale->cartModel()->cart().lines().front().item.sku, m_sku);

        // The line is down: the offline engine listens instead, or without one the panel says why; typing still works.
        m_api->setDown(true);
        spokenTurn(panel, mic);
        QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 4, 30000);
        if (SpeechEngines::offlineInstalled()) { // the offline engine listened instead, and says so
            QVERIFY2(micStatus->text().startsWith(
                         QString::fromUtf8("No hay conexión con el servicio de transcripción en línea: escuchó el motor")),
                qPrintable(micStatus->text()));
        } else {
            QVERIFY(handled.at(3).at(0).toString().isEmpty());
            texts = panel->findChildren<QLabel *>(QStringLiteral("assistantBubbleText"));
            QVERIFY2(
                texts.last()->text().startsWith(QString::fromUtf8("No puedo conectar con el servicio de transcripción")),
                qPrintable(texts.last()->text()));
        }
        QVERIFY(mic->isEnabled());
        QTest::qWait(100); // the conversation scrolls to the new bubble
        shoot(panel, m_shots, "assistant-transcription-offline");
        m_api->setDown(false);
        QTest::keyClicks(panel->input(), QStringLiteral("busca ") + m_sku);
        QTest::keyClick(panel->input(), Qt::Key_Return);
        QCOMPARE(panel->lastReply().parts.front().sku, m_sku);
    }

    // The workshop kiosk hears as the counter does (the same panel and path, the mechanic's permissions): Ctrl+M
    // opens Chalán listening and sends, the touch-sized button does the same, and signing out lets go of the
    // microphone. Uses the online transcription service spokenQuestionActsOnTheTicket configured.
    void kioskListensWithCtrlMAndTheButton()
    {
        {
            Result<std::unique_ptr<LocalStore>> store
                = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("kiosk-probe"));
            QVERIFY(store.has_value());
            QCOMPARE(SpeechSettings::load(**store).engine, SpeechSettings::Engine::Online);
        }
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("rosa"), QStringLiteral("gerente")));
        KioskWindow *kiosk = openKiosk(*session.main());
        QVERIFY(kiosk);

        // Nobody signed in: Ctrl+M opens nothing.
        QTest::keyClick(kiosk, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(!kiosk->assistant());

        QVERIFY(signInAtKiosk(*kiosk, QStringLiteral("Beto"), QStringLiteral("4321")));
        const QString tip = kiosk->findChild<QPushButton *>(QStringLiteral("kioskChalan"))->toolTip();
        QVERIFY2(tip.startsWith(QString::fromUtf8("Pregúntale a Chalán escribiendo, o háblale con "))
                && tip.endsWith(AssistantPanel::listenKey().toString(QKeySequence::NativeText)),
            qPrintable(tip));

        // Ctrl+M: Chalán opens beside the orders, listening; the meter moves; Ctrl+M again sends.
        m_api->setTranscript(QStringLiteral("busca ") + m_sku);
        const qsizetype sentBefore = m_api->requests().size();
        QTRY_VERIFY_WITH_TIMEOUT(!capturing(), 10000);
        QTest::keyClick(kiosk, Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(kiosk->assistant() && kiosk->assistant()->isVisible());
        AssistantPanel *panel = kiosk->assistant()->panel();
        QSignalSpy handled(panel, &AssistantPanel::speechHandled);
        auto *micStatus = panel->findChild<QLabel *>(QStringLiteral("assistantMicStatus"));
        QTRY_VERIFY2(panel->isListening(), qPrintable(micStatus->text()));
        auto *mic = panel->findChild<QToolButton *>(QStringLiteral("assistantMicButton"));
        QVERIFY(mic->isChecked());
        QVERIFY2(mic->height() >= 56, qPrintable(QString::number(mic->height()))); // a finger's target
        for (const char *name : { "assistantSpeakToggle", "assistantNewConversation", "assistantVoiceSettings",
                 "assistantInput", "assistantSend" })
            QVERIFY2(panel->findChild<QWidget *>(QString::fromLatin1(name))->height() >= 48, name);
        auto *level = panel->findChild<QProgressBar *>(QStringLiteral("assistantLevel"));
        QTRY_VERIFY_WITH_TIMEOUT(capturing(), 10000);
        speak();
        QTRY_VERIFY_WITH_TIMEOUT(level->value() > 20, 5000);
        shoot(kiosk, m_shots, "kiosk-assistant-listening");
        QTest::qWait(300);
        QTest::keyClick(kiosk, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(!panel->isListening());
        QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 1, 15000);
        QCOMPARE(handled.at(0).at(0).toString(), QStringLiteral("busca ") + m_sku);
        QCOMPARE(panel->lastReply().parts.front().sku, m_sku);
        QCOMPARE(m_api->requests().size(), sentBefore + 1);
        compareWithTheWav(m_api->requests().last().clip);
        const QList<QToolButton *> speakButtons
            = panel->findChildren<QToolButton *>(QStringLiteral("assistantSpeakButton"));
        QVERIFY(!speakButtons.isEmpty());
        QTRY_VERIFY(std::all_of(speakButtons.cbegin(), speakButtons.cend(), // once the new bubbles are laid out
            [](const QToolButton *button) { return button->width() >= 48 && button->height() >= 48; }));

        // The button, tapped twice: asked with the mechanic's permissions (today's sales are a manager's).
        m_api->setTranscript(QString::fromUtf8("¿cuánto llevamos vendido hoy?"));
        spokenTurn(panel, mic);
        QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 2, 15000);
        QVERIFY(panel->lastReply().refused);
        QTest::qWait(100);
        shoot(kiosk, m_shots, "kiosk-assistant-mic");

        // Hidden while it listens (the Chalán button): the microphone is let go, nothing is sent.
        auto *chalan = kiosk->findChild<QPushButton *>(QStringLiteral("kioskChalan"));
        QTest::mouseClick(mic, Qt::LeftButton);
        QTRY_VERIFY(panel->isListening());
        QTRY_VERIFY_WITH_TIMEOUT(capturing(), 10000);
        QTest::mouseClick(chalan, Qt::LeftButton);
        QTRY_VERIFY(!kiosk->assistant()->isVisible());
        QVERIFY(!panel->isListening());
        QTRY_VERIFY_WITH_TIMEOUT(!capturing(), 10000);
        QTest::qWait(300);
        QCOMPARE(m_api->requests().size(), sentBefore + 2);
        QCOMPARE(handled.count(), 2);

        // Signing out while it listens: the microphone is let go and the conversation ends.
        QTest::mouseClick(chalan, Qt::LeftButton);
        QTRY_VERIFY(kiosk->assistant()->isVisible());
        QCOMPARE(kiosk->assistant()->panel(), panel); // the same conversation until the mechanic signs out
        QTest::mouseClick(mic, Qt::LeftButton);
        QTRY_VERIFY(panel->isListening());
        QTRY_VERIFY_WITH_TIMEOUT(capturing(), 10000);
        const QPointer<AssistantPane> pane = kiosk->assistant();
        QTest::mouseClick(kiosk->findChild<QPushButton *>(QStringLiteral("kioskSignOut")), Qt::LeftButton);
        QTRY_VERIFY(!kiosk->signedIn());
        QVERIFY(!kiosk->assistant());
        QTRY_VERIFY_WITH_TIMEOUT(!capturing(), 10000);
        QTRY_VERIFY(pane.isNull());
    }
};

int main(int argc, char **argv)
{
    // Everything private: no user's sound server is touched, and ours is found by its socket; secrets in files.
    QTemporaryDir runtime;
    QTemporaryDir home;
    QTemporaryDir config;
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    qputenv("HOME", home.path().toUtf8());
    qunsetenv("PULSE_SERVER");
    qputenv("NEXUS_SECRET_STORE", "file");
    qputenv("NEXUS_TTS_ENGINE", "none");
    TestAssistantMic::s_runtime = runtime.path();
    useOffscreenScreen(config, 1366, 768); // the counter's screen
    QApplication app(argc, argv);
    TestAssistantMic test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "testassistantmic.moc"
