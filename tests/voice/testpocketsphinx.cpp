// Spoken Spanish → pocketsphinx → transcript → the real intent parser: the committed espeak-ng WAV fixtures
// (tests/fixtures/voice) must give their intents at a minimum accuracy, and speech that must be rejected (refusals,
// chatter outside the grammar) must never become an action. Also: a missing model is a clear problem, silence is
// heard as nothing, and a 48 kHz microphone clip is resampled to (nearly) what the 16 kHz clip gives.
#include "assistant/intentparser.h"
#include "offlinerecognizer.h"
#include "store/localstore.h"
#include "catalog/catalogsearchindex.h"
#include "commandgrammar.h"
#include "democatalogue.h"
#include "pcmresampler.h"
#include "pocketsphinxrecognizer.h"
#include "speechscore.h"
#include "store/catalogstore.h"
#include "tempdir.h"
#include "voicelexicon.h"
#include "assistant/wavfile.h"
#include "why.h"
#include "worderrorrate.h"

#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace nexus;

class TestPocketsphinx final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<CatalogStore> m_catalog;
    SpeechFixtures m_fixtures;
    std::unique_ptr<IntentParser> m_parser;
    std::unique_ptr<PocketsphinxRecognizer> m_recognizer;

    QString fixture(const QString &name) const { return QStringLiteral(NEXUS_VOICE_FIXTURES "/") + name; }

private Q_SLOTS:
    void initTestCase()
    {
        Result<SpeechFixtures> fixtures = SpeechFixtures::read(fixture(QStringLiteral("manifest.tsv")));
        QVERIFY2(fixtures.has_value(), test::why(fixtures).constData());
        m_fixtures = std::move(*fixtures);

        Result<test::DemoCatalogue> catalogue = test::writeDemoCatalogue(m_dir, 1500);
        QVERIFY2(catalogue.has_value(), test::why(catalogue).constData());
        m_catalog = std::move(catalogue->store);

        Result<IntentVocabulary> vocabulary = IntentVocabulary::load(m_catalog->db(), nullptr);
        QVERIFY2(vocabulary.has_value(), test::why(vocabulary).constData());
        Result<VoiceLexicon> lexicon = VoiceLexicon::load(m_catalog->db(), nullptr);
        QVERIFY2(lexicon.has_value(), test::why(lexicon).constData());
        for (const QString &place : std::as_const(m_fixtures.places)) {
            vocabulary->addPlace(place);
            lexicon->addPlace(place);
        }
        for (const QString &customer : std::as_const(m_fixtures.customers))
            lexicon->addPerson(customer);
        m_parser = std::make_unique<IntentParser>(std::move(*vocabulary));
        m_recognizer = std::make_unique<PocketsphinxRecognizer>(CommandGrammar::build(*lexicon));
        QVERIFY2(m_recognizer->isAvailable(), qPrintable(m_recognizer->problem()));
        QVERIFY(m_recognizer->problem().isEmpty());
    }

    // The figures nexus-bench voice reports, held to a floor: most commands understood, no wrong action ever.
    void fixturesGiveTheirIntents()
    {
        QVERIFY(m_fixtures.cases.size() >= 40);
        const SpeechScore score = scoreSpeech(*m_recognizer, *m_parser, m_fixtures.cases);
        QStringList report;
        for (const SpeechResult &result : score.results) {
            if (!result.mismatch.isEmpty())
                report.append(QFileInfo(result.spoken.wavPath).fileName() + QStringLiteral(" said \"")
                    + result.spoken.intent.phrase + QStringLiteral("\" heard \"") + result.heard
                    + QStringLiteral("\": ") + result.mismatch);
        }
        qInfo().noquote() << "intent accuracy" << score.intentAccuracy() << "WER" << score.wordErrorRate()
                          << "rejected" << score.rejected << "/" << score.mustReject << "misheard commands"
                          << score.misheard << "\n  "
                          << report.join(QStringLiteral("\n  "));
        QCOMPARE(score.falseActions, 0);
        QCOMPARE(score.rejected, score.mustReject);
        // A command is heard right or not at all: none is acted on as another request or with other slots.
        QCOMPARE(score.misheard, 0);
        QVERIFY2(score.intentAccuracy() >= kMinIntentAccuracy, qPrintable(report.join(QLatin1Char('\n'))));
        QVERIFY(score.wordErrorRate() <= kMaxWordErrorRate);
    }

    // "cotízame unos discos de freno para aveo": the first pass alone heard "quita unos discos de freno gabriel", a
    // removal the cashier never asked for (taken by the single-pass recognizer at its line of -18). The phones heard
    // align to another command, so the two passes disagree and it is heard as nothing.
    void disagreeingPassesAreHeardAsNothing()
    {
        Result<AudioClip> clip = readWavFile(fixture(QStringLiteral("search-09.wav")));
        QVERIFY2(clip.has_value(), test::why(clip).constData());
        Result<Transcript> heard = m_recognizer->recognize(*clip);
        QVERIFY2(heard.has_value(), test::why(heard).constData());
        const PocketsphinxRecognizer::Trace passes = m_recognizer->lastTrace();
        QVERIFY2(passes.grammar.startsWith(QStringLiteral("quita ")), qPrintable(passes.grammar));
        QVERIFY2(passes.score >= -18
                && (!PocketsphinxOptions::kDefaultMinScore || passes.score < *PocketsphinxOptions::kDefaultMinScore),
            qPrintable(QString::number(passes.score)));
        QVERIFY(!passes.phones.isEmpty());
        QVERIFY2(!passes.aligned.isEmpty() && passes.aligned != passes.grammar, qPrintable(passes.aligned));
        QCOMPARE(heard->text, QString());
        QCOMPARE(m_parser->parse(heard->text).kind, IntentKind::Unknown);
    }

    // The shortcut line comes from the settings (voice/pocketsphinxMinScore): a whole number, or "off" for only the
    // two passes' agreement; anything else keeps the default.
    void theShortcutLineComesFromTheSettings()
    {
        QSettings settings(m_dir.file(QStringLiteral("shortcut.ini")), QSettings::IniFormat);
        QCOMPARE(pocketsphinxOptions(settings).minScore, PocketsphinxOptions::kDefaultMinScore);
        settings.setValue(QStringLiteral("voice/pocketsphinxMinScore"), -3);
        QCOMPARE(pocketsphinxOptions(settings).minScore, std::optional<int>(-3));
        settings.setValue(QStringLiteral("voice/pocketsphinxMinScore"), QStringLiteral("off"));
        QCOMPARE(pocketsphinxOptions(settings).minScore, std::nullopt);
        settings.setValue(QStringLiteral("voice/pocketsphinxMinScore"), QStringLiteral("loose"));
        QCOMPARE(pocketsphinxOptions(settings).minScore, PocketsphinxOptions::kDefaultMinScore);
    }

    void silenceIsHeardAsNothing()
    {
        AudioClip silence;
        silence.pcm16 = QByteArray(16000 * 2, '\0');
        Result<Transcript> heard = m_recognizer->recognize(silence);
        QVERIFY2(heard.has_value(), test::why(heard).constData());
        QCOMPARE(heard->text, QString());
        QCOMPARE(heard->engine, QStringLiteral("pocketsphinx"));
        Result<Transcript> empty = m_recognizer->recognize(AudioClip {});
        QVERIFY2(empty.has_value(), test::why(empty).constData());
        QCOMPARE(empty->text, QString());
    }

    // A microphone at 48 kHz: the recognizer resamples to 16 kHz and hears the same command.
    void otherRatesAreResampled()
    {
        Result<AudioClip> clip = readWavFile(fixture(QStringLiteral("add-01.wav")));
        QVERIFY2(clip.has_value(), test::why(clip).constData());
        QCOMPARE(clip->sampleRate, 16000);
        const AudioClip high = PcmResampler::resample(*clip, 48000);
        QCOMPARE(high.sampleRate, 48000);
        QVERIFY(qAbs(high.seconds() - clip->seconds()) < 0.01);
        QVERIFY(m_recognizer->recognize(*clip).has_value());
        const QString direct = m_recognizer->lastGrammarHypothesis();
        QVERIFY(m_recognizer->recognize(high).has_value());
        const QString resampled = m_recognizer->lastGrammarHypothesis();
        QVERIFY2(direct.startsWith(QStringLiteral("agrega ")), qPrintable(direct));
        QVERIFY2(wordErrors(direct, resampled).errors <= 1, qPrintable(direct + QStringLiteral(" / ") + resampled));
    }

    // The panel's engine: one recognizer per data folder, its grammar from that folder's catalog.db and nexus.db.
    void theDataFolderGivesOneSharedRecognizer()
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store.has_value(), test::why(store).constData());
        QVERIFY((*store)
                    ->db()
                    .execScript(QStringLiteral(
                        "INSERT INTO branches(id, code, name) VALUES ('branch-1', 'MTZ', 'Matriz');"
                        "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('wh-b2', 'branch-1', 'B2', "
                        "'Bodega Norte');"))
                    .has_value());
        Result<VoiceLexicon> lexicon = VoiceLexicon::load(m_catalog->db(), &(*store)->db());
        QVERIFY2(lexicon.has_value(), test::why(lexicon).constData());
        QVERIFY(lexicon->places.contains(QStringLiteral("bodega norte")));
        QVERIFY(lexicon->places.contains(QStringLiteral("matriz")));
        QVERIFY(lexicon->partPhrases.contains(QStringLiteral("balatas")));
        QVERIFY(!lexicon->vehicles.isEmpty());

        const QSettings settings(m_dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QVERIFY(offlineRecognizerInstalled(settings));
        const std::shared_ptr<SpeechRecognizer> first = sharedOfflineRecognizer(settings, m_dir.path());
        QVERIFY(first && first->isAvailable());
        QCOMPARE(first->name(), QStringLiteral("pocketsphinx"));
        QCOMPARE(sharedOfflineRecognizer(settings, m_dir.path()).get(), first.get());
    }

    void missingModelIsAProblemNotACrash()
    {
        PocketsphinxOptions options;
        options.modelDir = m_dir.file(QStringLiteral("no-model"));
        PocketsphinxRecognizer missing(CommandGrammar::build(VoiceLexicon {}), options);
        QVERIFY(!missing.isAvailable());
        QVERIFY2(missing.problem().contains(options.modelDir), qPrintable(missing.problem()));
        // The panel shows it in the counter's language.
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/i18n/nexus_es_MX.qm")));
        QCoreApplication::installTranslator(&spanish);
        const QString problem = missing.problem();
        QCoreApplication::removeTranslator(&spanish);
        QVERIFY2(problem.startsWith(QStringLiteral("El modelo de voz no está instalado en ")), qPrintable(problem));
        Result<Transcript> heard = missing.recognize(AudioClip { QByteArray(3200, '\0'), 16000 });
        QVERIFY(!heard.has_value());
        QCOMPARE(heard.error().code(), ErrorCode::NotFound);
    }

private:
    // Floors under what the fixtures measured (two passes: intent accuracy 0.30 with every must-reject row rejected
    // and no command misheard, WER 0.92; the single pass had 0.35, WER 0.81 and 6 of 36 commands misheard: the en-us
    // model hears espeak-ng's Spanish poorly, and a command it is unsure of is now heard as nothing); not a goal.
    static constexpr double kMinIntentAccuracy = 0.25;
    static constexpr double kMaxWordErrorRate = 0.95;
};

QTEST_GUILESS_MAIN(TestPocketsphinx)
#include "testpocketsphinx.moc"
