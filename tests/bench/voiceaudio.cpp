// The spoken fixtures (WAV → engine → transcript → intent parser) measured per offline engine.
#include "voiceaudio.h"

#include "benchstats.h"

#include "assistant/intentparser.h"
#include "assistant/wavfile.h"
#include "commandgrammar.h"
#include "pocketsphinxrecognizer.h"
#include "pronunciationdictionary.h"
#include "sherpaonnxlibrary.h"
#include "sherpaonnxrecognizer.h"
#include "speechscore.h"
#include "voicelexicon.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
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

// Both passes of every utterance, each transcript judged by the parser.
QJsonObject trace(
    PocketsphinxRecognizer &recognizer, const IntentParser &parser, const QList<SpeechCase> &cases, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    for (const SpeechCase &spoken : cases) {
        Result<AudioClip> clip = readWavFile(spoken.wavPath);
        if (!clip)
            return failure(clip.error().logMessage());
        QElapsedTimer timer;
        timer.start();
        Result<Transcript> heard = recognizer.recognize(*clip);
        const double millis = double(timer.nsecsElapsed()) / 1e6;
        const PocketsphinxRecognizer::Trace passes = recognizer.lastTrace();
        const auto judged = [&](const QString &text) {
            const Intent intent = parser.parse(text);
            return QJsonObject { { QStringLiteral("text"), text },
                { QStringLiteral("kind"), intentKindCode(intent.kind) },
                { QStringLiteral("mismatch"), spoken.intent.mismatch(intent) } };
        };
        const QJsonObject line {
            { QStringLiteral("wav"), QFileInfo(spoken.wavPath).fileName() },
            { QStringLiteral("said"), spoken.intent.phrase },
            { QStringLiteral("kind"), spoken.intent.kind },
            { QStringLiteral("heard"), judged(heard ? heard->text : QString()) },
            { QStringLiteral("grammar"), judged(passes.grammar) },
            { QStringLiteral("score"), passes.score },
            { QStringLiteral("phones"), QJsonArray::fromStringList(passes.phones) },
            { QStringLiteral("aligned"), judged(passes.aligned) },
            { QStringLiteral("distance"), passes.alignedDistance },
            { QStringLiteral("ms"), millis },
        };
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    return QJsonObject { { QStringLiteral("trace"), path }, { QStringLiteral("utterances"), int(cases.size()) } };
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
    pocketsphinx.minScore = PocketsphinxOptions::parseMinScore(options.minScore, pocketsphinx.minScore);
    PocketsphinxRecognizer recognizer(grammar, pocketsphinx);
    if (!recognizer.isAvailable()) {
        engines.append(QJsonObject { { QStringLiteral("benchmark"), QStringLiteral("voice-audio") },
            { QStringLiteral("engine"), recognizer.name() }, { QStringLiteral("error"), recognizer.problem() } });
    } else if (!options.traceFile.isEmpty()) {
        engines.append(trace(recognizer, parser, fixtures->cases, options.traceFile));
    } else {
        QJsonObject line = figures(recognizer.name(), scoreSpeech(recognizer, parser, fixtures->cases));
        line.insert(QStringLiteral("min_score"),
            pocketsphinx.minScore ? QJsonValue(*pocketsphinx.minScore) : QJsonValue(QStringLiteral("off")));
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
