// The spoken fixtures (WAV → engine → transcript → intent parser) measured per offline engine.
#include "voiceaudio.h"

#include "benchstats.h"

#include "assistant/intentparser.h"
#include "commandgrammar.h"
#include "pocketsphinxrecognizer.h"
#include "pronunciationdictionary.h"
#include "sherpaonnxlibrary.h"
#include "sherpaonnxrecognizer.h"
#include "speechscore.h"
#include "voicelexicon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSettings>

#include <vector>

namespace nexus::bench {

namespace {

QJsonObject failure(const QString &why)
{
    return QJsonObject { { QStringLiteral("error"), why } };
}

void dump(const QString &dir, const CommandGrammar &grammar)
{
    QDir().mkpath(dir);
    QFile jsgf(QDir(dir).filePath(QStringLiteral("chalan.gram")));
    if (jsgf.open(QIODevice::WriteOnly))
        jsgf.write(grammar.jsgf().toUtf8());
    QFile dictionary(QDir(dir).filePath(QStringLiteral("chalan.dic")));
    if (dictionary.open(QIODevice::WriteOnly))
        dictionary.write(PronunciationDictionary::write(grammar.words()).toUtf8());
}

QJsonObject figures(const QString &engine, const SpeechScore &score)
{
    std::vector<double> millis;
    double decodeSeconds = 0;
    double audioSeconds = 0;
    QJsonArray failures;
    for (const SpeechResult &result : score.results) {
        millis.push_back(result.decodeMs);
        decodeSeconds += result.decodeMs / 1000.0;
        audioSeconds += result.audioSeconds;
        if (!result.mismatch.isEmpty())
            failures.append(QJsonObject { { QStringLiteral("wav"), QFileInfo(result.spoken.wavPath).fileName() },
                { QStringLiteral("said"), result.spoken.intent.phrase }, { QStringLiteral("heard"), result.heard },
                { QStringLiteral("why"), result.mismatch } });
    }
    return QJsonObject {
        { QStringLiteral("benchmark"), QStringLiteral("voice-audio") },
        { QStringLiteral("engine"), engine },
        { QStringLiteral("utterances"), int(score.results.size()) },
        { QStringLiteral("wer"), score.wordErrorRate() },
        { QStringLiteral("intent_accuracy"), score.intentAccuracy() },
        { QStringLiteral("must_reject"), score.mustReject },
        { QStringLiteral("rejected"), score.rejected },
        { QStringLiteral("false_actions"), score.falseActions },
        { QStringLiteral("misheard_commands"), score.misheard },
        { QStringLiteral("decode_p50_ms"), percentile(millis, 0.5) },
        { QStringLiteral("decode_p99_ms"), percentile(millis, 0.99) },
        { QStringLiteral("real_time_factor"), audioSeconds > 0 ? decodeSeconds / audioSeconds : 0.0 },
        { QStringLiteral("failures"), failures },
    };
}

} // namespace

QJsonArray measureVoiceAudio(Database &catalogDb, const VoiceAudioOptions &options)
{
    Result<SpeechFixtures> fixtures = SpeechFixtures::read(options.manifest);
    if (!fixtures)
        return { failure(fixtures.error().logMessage()) };
    if (options.half != 0) {
        QList<SpeechCase> kept;
        for (qsizetype i = options.half - 1; i < fixtures->cases.size(); i += 2)
            kept.append(fixtures->cases.at(i));
        fixtures->cases = kept;
    }
    Result<IntentVocabulary> vocabulary = IntentVocabulary::load(catalogDb, nullptr);
    Result<VoiceLexicon> lexicon = VoiceLexicon::load(catalogDb, nullptr);
    if (!vocabulary || !lexicon)
        return { failure(!vocabulary ? vocabulary.error().logMessage() : lexicon.error().logMessage()) };
    for (const QString &place : std::as_const(fixtures->places)) {
        vocabulary->addPlace(place);
        lexicon->addPlace(place);
    }
    for (const QString &customer : std::as_const(fixtures->customers))
        lexicon->addPerson(customer);
    const IntentParser parser(std::move(*vocabulary));
    const CommandGrammar grammar = CommandGrammar::build(*lexicon);
    if (!options.dumpDir.isEmpty())
        dump(options.dumpDir, grammar);

    QJsonArray engines;
    PocketsphinxOptions pocketsphinx;
    if (!options.modelDir.isEmpty())
        pocketsphinx.modelDir = options.modelDir;
    if (options.minScore)
        pocketsphinx.minScore = *options.minScore;
    PocketsphinxRecognizer recognizer(grammar, pocketsphinx);
    if (!recognizer.isAvailable()) {
        engines.append(QJsonObject { { QStringLiteral("benchmark"), QStringLiteral("voice-audio") },
            { QStringLiteral("engine"), recognizer.name() }, { QStringLiteral("error"), recognizer.problem() } });
    } else {
        QJsonObject line = figures(recognizer.name(), scoreSpeech(recognizer, parser, fixtures->cases));
        line.insert(QStringLiteral("min_score"), pocketsphinx.minScore);
        line.insert(QStringLiteral("half"), options.half);
        engines.append(line);
    }
    if (!options.sherpaModelDir.isEmpty()) {
        // The large-vocabulary engine hears the same fixtures with no grammar: the store's model decides.
        SherpaOnnxOptions sherpa;
        sherpa.libraryPath = SherpaOnnxLibrary::locate(QSettings());
        sherpa.modelDir = options.sherpaModelDir;
        SherpaOnnxRecognizer large(sherpa);
        if (!large.isAvailable()) {
            engines.append(QJsonObject { { QStringLiteral("benchmark"), QStringLiteral("voice-audio") },
                { QStringLiteral("engine"), large.name() }, { QStringLiteral("error"), large.error().logMessage() } });
        } else {
            QJsonObject line = figures(large.name(), scoreSpeech(large, parser, fixtures->cases));
            line.insert(QStringLiteral("model_dir"), large.model().dir);
            line.insert(QStringLiteral("model_kind"), large.model().kindName());
            engines.append(line);
        }
    }
    return engines;
}

} // namespace nexus::bench
