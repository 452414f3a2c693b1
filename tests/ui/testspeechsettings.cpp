// The voice settings dialog's large-vocabulary engine, in es_MX: chosen from the engine box, its model folder typed,
// a folder that lacks a file refused with the file named (focus on the folder, nothing stored), a complete folder
// stored; the stored settings then make the sherpa-onnx engine the one that listens, with the offline command engine
// behind it. The model folder is the voice tests' toy model (tests/fixtures/voice/sherpa-toy).
#include "screenshots.h"
#include "tempdir.h"
#include "uisession.h"
#include "why.h"

#include "assistant/speechsettings.h"
#include "assistant/speechsettingsdialog.h"
#include "client/secretstore.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestSpeechSettings final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    QString m_shots;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file"); // never the developer's keychain
        initUiTests();
        m_shots = shotsDir("NEXUS_SHOTS_DIR", QDir::temp().filePath(QStringLiteral("nexus-shots/assistant")));
    }

    void largeVocabularyModelFolderIsCheckedAndStored()
    {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")), QStringLiteral("speech-settings"));
        QVERIFY2(store.has_value(), why(store).constData());
        SecretStore secrets(m_dir.path());
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es_MX")));
        SpeechSettingsDialog dialog(**store, secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *engine = dialog.findChild<QComboBox *>(QStringLiteral("speechEngine"));
        auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("speechModelDir"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("speechUrl"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("speechStatus"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("speechSave"));
        QVERIFY(engine && folder && url && status && save);
        QVERIFY(!folder->isEnabled()); // offline commands by default: no folder to name

        const int large = engine->findData(QStringLiteral("sherpa"));
        QVERIFY(large >= 0);
        QCOMPARE(engine->itemText(large), QStringLiteral("Sin conexión, vocabulario amplio"));
        engine->setFocus();
        engine->setCurrentIndex(large);
        QVERIFY(folder->isEnabled());
        QVERIFY(!url->isEnabled());

        // A folder with the model but not its tokens: refused, the missing file named, nothing stored.
        const QString partial = m_dir.file(QStringLiteral("modelo-es"));
        QVERIFY(QDir().mkpath(partial));
        QVERIFY(QFile::copy(QStringLiteral(NEXUS_VOICE_FIXTURES "/sherpa-toy/tdnn.onnx"), partial + QStringLiteral("/tdnn.onnx")));
        QTest::keyClicks(folder, partial);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(status->text(), QStringLiteral("A la carpeta del modelo de voz %1 le falta tokens.txt").arg(partial));
        QVERIFY(folder->hasFocus());
        QCOMPARE(SpeechSettings::load(**store).engine, SpeechSettings::Engine::Offline);
        shoot(&dialog, m_shots, "speech-settings-model-missing-file");

        // The store copies the rest of the model in: saved.
        QVERIFY(QFile::copy(QStringLiteral(NEXUS_VOICE_FIXTURES "/sherpa-toy/tokens.txt"), partial + QStringLiteral("/tokens.txt")));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(status->property("role").toString() != u"error", qPrintable(status->text()));
        const SpeechSettings saved = SpeechSettings::load(**store);
        QCOMPARE(saved.engine, SpeechSettings::Engine::LargeVocabulary);
        QCOMPARE(saved.modelDir, partial);
        shoot(&dialog, m_shots, "speech-settings-large-vocabulary");

        // What listens: sherpa-onnx on that folder (available where the installer put the library), the command
        // engine behind it when this computer has pocketsphinx's model.
        const SpeechEngines engines = SpeechEngines::make(saved, m_dir.path());
        QVERIFY(engines.primary);
        QCOMPARE(engines.primary->name(), QStringLiteral("sherpa-onnx"));
        QCOMPARE(bool(engines.fallback), SpeechEngines::offlineInstalled());
        if (engines.primary->isAvailable())
            QVERIFY(engines.primary->problem().isEmpty());
        else
            QVERIFY2(engines.primary->problem().contains(QStringLiteral("sherpa-onnx")), qPrintable(engines.primary->problem()));

        // Reopened, the dialog shows what was stored.
        SpeechSettingsDialog again(**store, secrets);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("speechEngine"))->currentData().toString(), QStringLiteral("sherpa"));
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("speechModelDir"))->text(), partial);
    }
};

QTEST_MAIN(TestSpeechSettings)
#include "testspeechsettings.moc"
