// nexus-bench voice: Chalán's intent accuracy over its phrasing table (tests/data/assistant/intents.tsv, embedded).
// `nexus-bench voice [--table FILE] [--parts N] [--seed S] [--rounds R]`
// Builds a demo catalogue (vehicles, categories, synonyms: the parser's vocabulary), parses every row and prints one
// JSON line: rows, accuracy (kind and slots right), kind accuracy, rejected rows rejected, false actions (a row that
// must be rejected that produced an intent), per-kind accuracy, parse time percentiles, and the rows that failed.
// Then one JSON line per offline speech engine over the spoken fixtures (tests/fixtures/voice, voiceaudio.cpp):
// word error rate, intent accuracy, rejections, false actions, decode time per utterance.
// `[--fixtures MANIFEST] [--model-dir DIR] [--sherpa-model DIR] [--dump-grammar DIR] [--no-audio]`
// `[--min-score N|off] [--half 1|2]`: pocketsphinx's shortcut line (off: only the two passes' agreement), and only the odd (1) or even (2) fixture rows.
// `[--trace FILE]`: pocketsphinx's two passes per utterance as JSON lines instead of the figures (for tuning).
// --sherpa-model adds the large-vocabulary engine (sherpa-onnx, the installed library) with that model folder.
#include "benchmarks.h"
#include "benchstats.h"
#include "voiceaudio.h"

#include "assistant/intentcase.h"
#include "assistant/intentparser.h"
#include "demo/catalogwriter.h"
#include "store/catalogstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace nexus::bench {

int runVoice(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("table"), QStringLiteral("intent table (TSV)"), QStringLiteral("file"),
        QStringLiteral(":/assistant/intents.tsv") });
    parser.addOption({ QStringLiteral("parts"), QStringLiteral("demo catalogue parts"), QStringLiteral("n"),
        QStringLiteral("1500") });
    parser.addOption({ QStringLiteral("seed"), QStringLiteral("demo seed"), QStringLiteral("s"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("rounds"), QStringLiteral("timed parses of the table"), QStringLiteral("r"),
        QStringLiteral("20") });
    parser.addOption({ QStringLiteral("fixtures"), QStringLiteral("spoken fixtures manifest"), QStringLiteral("file"),
        QStringLiteral(NEXUS_VOICE_FIXTURES "/manifest.tsv") });
    parser.addOption({ QStringLiteral("model-dir"), QStringLiteral("pocketsphinx model directory"), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("sherpa-model"), QStringLiteral("sherpa-onnx model folder (another engine)"),
        QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("dump-grammar"), QStringLiteral("write the generated grammar and dictionary"),
        QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("no-audio"), QStringLiteral("only the text table") });
    parser.addOption({ QStringLiteral("min-score"), QStringLiteral("pocketsphinx shortcut line, or off"),
        QStringLiteral("n|off") });
    parser.addOption({ QStringLiteral("trace"), QStringLiteral("write pocketsphinx's two passes per utterance (JSON lines)"),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("half"), QStringLiteral("only the odd (1) or even (2) fixture rows"),
        QStringLiteral("1|2"), QStringLiteral("0") });
    QTextStream err(stderr);
    if (!parser.parse(QStringList { QStringLiteral("voice") } + args)) {
        err << "nexus-bench voice: " << parser.errorText() << "\n";
        return 2;
    }
    Result<QList<IntentCase>> cases = IntentCase::readTable(parser.value(QStringLiteral("table")));
    if (!cases) {
        err << "nexus-bench voice: " << cases.error().logMessage() << "\n";
        return 1;
    }
    QTemporaryDir work;
    demo::DemoOptions options;
    options.outDir = work.path();
    options.parts = parser.value(QStringLiteral("parts")).toLongLong();
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    demo::ProgressCounter progress { 0 };
    const QString path = work.filePath(QStringLiteral("catalog.db"));
    if (Result<demo::CatalogStats> written = demo::CatalogWriter(options, progress).write(path); !written) {
        err << "nexus-bench voice: " << written.error().logMessage() << "\n";
        return 1;
    }
    Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(path, QStringLiteral("voice-bench"));
    if (!catalog) {
        err << "nexus-bench voice: " << catalog.error().logMessage() << "\n";
        return 1;
    }
    Result<IntentVocabulary> vocabulary = IntentVocabulary::load((*catalog)->db(), nullptr);
    if (!vocabulary) {
        err << "nexus-bench voice: " << vocabulary.error().logMessage() << "\n";
        return 1;
    }
    // The places a branch would have (nexus.db is not part of this benchmark).
    for (const char16_t *place : { u"Mostrador", u"Bodega 2", u"Zapopan" })
        vocabulary->addPlace(QString::fromUtf16(place));
    const IntentParser intents(std::move(*vocabulary));

    int right = 0;
    int kindRight = 0;
    int mustReject = 0;
    int rejected = 0;
    int falseActions = 0;
    QMap<QString, std::pair<int, int>> perKind; // kind → (right, rows)
    QJsonArray failures;
    for (const IntentCase &row : *cases) {
        const Intent intent = intents.parse(row.phrase);
        const QString mismatch = row.mismatch(intent);
        auto &[kindGood, kindRows] = perKind[row.kind];
        ++kindRows;
        if (mismatch.isEmpty()) {
            ++right;
            ++kindGood;
        } else {
            failures.append(QJsonObject { { QStringLiteral("line"), row.line }, { QStringLiteral("phrase"), row.phrase },
                { QStringLiteral("why"), mismatch } });
        }
        kindRight += intentKindCode(intent.kind) == row.kind ? 1 : 0;
        if (row.kind == u"unknown") {
            ++mustReject;
            if (intent.kind == IntentKind::Unknown)
                ++rejected;
            else
                ++falseActions;
        }
    }
    std::vector<double> micros;
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    for (int round = 0; round < rounds; ++round) {
        for (const IntentCase &row : *cases) {
            QElapsedTimer timer;
            timer.start();
            const Intent intent = intents.parse(row.phrase);
            micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
            Q_UNUSED(intent);
        }
    }
    QJsonObject kinds;
    for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
        kinds.insert(it.key(), double(it->first) / it->second);
    const double rows = double(cases->size());
    const QJsonObject line {
        { QStringLiteral("benchmark"), QStringLiteral("voice") },
        { QStringLiteral("rows"), int(cases->size()) },
        { QStringLiteral("intent_accuracy"), right / rows },
        { QStringLiteral("kind_accuracy"), kindRight / rows },
        { QStringLiteral("must_reject"), mustReject },
        { QStringLiteral("rejected"), rejected },
        { QStringLiteral("false_actions"), falseActions },
        { QStringLiteral("per_kind"), kinds },
        { QStringLiteral("parse_p50_us"), percentile(micros, 0.5) },
        { QStringLiteral("parse_p99_us"), percentile(micros, 0.99) },
        { QStringLiteral("wer"), QJsonValue() }, // typed text: see the voice-audio lines
        { QStringLiteral("failures"), failures },
    };
    QTextStream out(stdout);
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
    if (parser.isSet(QStringLiteral("no-audio")))
        return 0;
    VoiceAudioOptions audio;
    audio.manifest = parser.value(QStringLiteral("fixtures"));
    audio.modelDir = parser.value(QStringLiteral("model-dir"));
    audio.dumpDir = parser.value(QStringLiteral("dump-grammar"));
    audio.sherpaModelDir = parser.value(QStringLiteral("sherpa-model"));
    audio.minScore = parser.value(QStringLiteral("min-score"));
    audio.traceFile = parser.value(QStringLiteral("trace"));
    audio.half = std::clamp(parser.value(QStringLiteral("half")).toInt(), 0, 2);
    for (const QJsonValue engine : measureVoiceAudio((*catalog)->db(), audio))
        out << QJsonDocument(engine.toObject()).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

} // namespace nexus::bench
