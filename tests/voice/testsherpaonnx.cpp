// The large-vocabulary engine (sherpa-onnx through its C API, opened at run time): a model folder is recognised by
// its files and a folder that lacks one (or holds a file that is not ONNX) names it; without the library, with a library that is not sherpa-onnx's, or
// with a model file missing, the engine cannot listen and says why in the counter's Spanish; with the library the
// installer pins (installer/fetch-sherpa-onnx.sh) it really decodes the committed espeak-ng fixture add-01.wav into
// text that the real intent parser turns into the right request.
// The decoding models are tests/fixtures/voice/sherpa-toy* (make-model.py, make-ctc.py, make-transducer.py,
// make-whisper.py): toy five-word models of the tdnn, NeMo CTC, transducer and whisper kinds trained there, since no
// Spanish speech model can be fetched on this project's machines. They prove the engine's path through the library
// for each kind (ABI of the pinned version, the config slots of the kind, whisper's language and task, features, ONNX
// runtime, CTC, transducer or whisper greedy search, tokens), not the quality of a real Spanish model.
// Needs the library ($NEXUS_SHERPA_ONNX_LIB or <source>/.cache/sherpa-onnx/<version>/): under CI=true a missing
// library fails (the installer provides it), elsewhere the decoding test is skipped.
#include "assistant/intentparser.h"
#include "democatalogue.h"
#include "offlinerecognizer.h"
#include "onnxmetadata.h"
#include "sherpaonnxlibrary.h"
#include "sherpaonnxmodel.h"
#include "sherpaonnxrecognizer.h"
#include "speechcase.h"
#include "speechscore.h"
#include "store/catalogstore.h"
#include "tempdir.h"
#include "why.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace nexus;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(NEXUS_VOICE_FIXTURES "/") + name;
}

// An ONNX file with only what SherpaOnnxModel reads: the first field (ir_version 7) and these metadata entries
// (ModelProto field 14: key 1, value 2), the graph left out.
void onnxShell(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &metadata)
{
    QByteArray bytes("\x08\x07", 2);
    for (const auto &[key, value] : metadata) {
        const QByteArray entry = char(0x0a) + QByteArray(1, char(key.size())) + key + char(0x12)
            + QByteArray(1, char(value.size())) + value;
        bytes += char(0x72) + QByteArray(1, char(entry.size())) + entry;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A stand-in for a model file of the kind its name says, with the metadata the pinned library needs from it (an
// encoder carries both a transducer's and whisper's keys), or a tokens.txt with its blank.
void touch(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (name.endsWith(QStringLiteral("tokens.txt"))) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("<blk> 0\n\u2581agrega 1\n").toUtf8());
    } else if (name.contains(QStringLiteral("encoder"))) {
        QList<std::pair<QByteArray, QByteArray>> keys { { "model_type", "zipformer2" }, { "is_multilingual", "0" } };
        for (const char *key : { "n_mels", "n_text_layer", "n_text_ctx", "n_text_state", "n_vocab", "sot", "eot",
                 "blank_id", "translate", "transcribe", "no_timestamps", "no_speech", "sot_sequence" })
            keys.emplaceBack(key, "1");
        onnxShell(path, keys);
    } else if (name.contains(QStringLiteral("decoder"))) {
        onnxShell(path, { { "vocab_size", "500" }, { "context_size", "2" } });
    } else {
        onnxShell(path, { { "vocab_size", "500" }, { "subsampling_factor", "4" } });
    }
}

// What the counter reads: the message in es_MX.
QString inSpanish(const Error &error)
{
    QTranslator spanish;
    if (!spanish.load(QStringLiteral(":/i18n/nexus_es_MX.qm")))
        return QStringLiteral("(no es_MX translations)");
    QCoreApplication::installTranslator(&spanish);
    const QString message = error.message();
    QCoreApplication::removeTranslator(&spanish);
    return message;
}

} // namespace

class TestSherpaOnnx final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<IntentParser> m_parser;

    QString installedLibrary() const
    {
        const QSettings none(m_dir.file(QStringLiteral("none.ini")), QSettings::IniFormat);
        return SherpaOnnxLibrary::locate(none);
    }

    // The installed library's path; empty when it is missing, which fails the test under CI=true (the installer
    // provides it there). Callers return on a failure and skip on an empty path.
    QString requireLibrary() const
    {
        const QString library = installedLibrary();
        if (QFileInfo(library).isFile())
            return library;
        if (qEnvironmentVariable("CI") == u"true")
            QTest::qFail(qPrintable(QStringLiteral("no sherpa-onnx library at %1: installer/fetch-sherpa-onnx.sh").arg(library)),
                __FILE__, __LINE__);
        return {};
    }

    // The committed phrase "Agrega dos filtros de aceite" (add-01.wav) as the manifest describes it.
    static QList<SpeechCase> addPhrase()
    {
        Result<SpeechFixtures> fixtures = SpeechFixtures::read(fixture(QStringLiteral("manifest.tsv")));
        if (!fixtures) {
            QTest::qFail(test::why(fixtures).constData(), __FILE__, __LINE__);
            return {};
        }
        QList<SpeechCase> phrase;
        for (const SpeechCase &spoken : std::as_const(fixtures->cases)) {
            if (spoken.wavPath.endsWith(QStringLiteral("/add-01.wav")))
                phrase.append(spoken);
        }
        return phrase;
    }

    // The real intent parser over the demo catalogue (written once per run); null when it could not be built.
    const IntentParser *parser()
    {
        if (m_parser)
            return m_parser.get();
        Result<test::DemoCatalogue> catalogue = test::writeDemoCatalogue(m_dir, 300);
        if (!catalogue) {
            QTest::qFail(test::why(catalogue).constData(), __FILE__, __LINE__);
            return nullptr;
        }
        Result<IntentVocabulary> vocabulary = IntentVocabulary::load(catalogue->store->db(), nullptr);
        if (!vocabulary) {
            QTest::qFail(test::why(vocabulary).constData(), __FILE__, __LINE__);
            return nullptr;
        }
        m_parser = std::make_unique<IntentParser>(std::move(*vocabulary));
        return m_parser.get();
    }

private Q_SLOTS:
    void modelFolderIsRecognisedByItsFiles()
    {
        const QDir root(m_dir.path());
        QVERIFY(root.mkpath(QStringLiteral("transducer")) && root.mkpath(QStringLiteral("whisper"))
            && root.mkpath(QStringLiteral("ctc")));
        for (const char *file : { "encoder-epoch-99.onnx", "encoder-epoch-99.int8.onnx", "decoder-epoch-99.onnx",
                 "joiner-epoch-99.int8.onnx", "tokens.txt" })
            touch(root.filePath(QStringLiteral("transducer/") + QLatin1String(file)));
        for (const char *file : { "tiny-encoder.int8.onnx", "tiny-decoder.int8.onnx", "tiny-tokens.txt" })
            touch(root.filePath(QStringLiteral("whisper/") + QLatin1String(file)));
        for (const char *file : { "model.onnx", "tokens.txt" })
            touch(root.filePath(QStringLiteral("ctc/") + QLatin1String(file)));

        Result<SherpaOnnxModel> transducer = SherpaOnnxModel::inspect(root.filePath(QStringLiteral("transducer")));
        QVERIFY2(transducer.has_value(), test::why(transducer).constData());
        QCOMPARE(transducer->kind, SherpaOnnxModel::Kind::Transducer);
        QVERIFY2(transducer->encoder.endsWith(QStringLiteral("encoder-epoch-99.int8.onnx")),
            qPrintable(transducer->encoder)); // int8 preferred
        QVERIFY(transducer->decoder.endsWith(QStringLiteral("decoder-epoch-99.onnx")));
        QVERIFY(transducer->joiner.endsWith(QStringLiteral("joiner-epoch-99.int8.onnx")));
        QVERIFY(transducer->tokens.endsWith(QStringLiteral("transducer/tokens.txt")));

        Result<SherpaOnnxModel> whisper = SherpaOnnxModel::inspect(root.filePath(QStringLiteral("whisper")));
        QVERIFY2(whisper.has_value(), test::why(whisper).constData());
        QCOMPARE(whisper->kindName(), QStringLiteral("whisper"));
        QVERIFY(whisper->tokens.endsWith(QStringLiteral("tiny-tokens.txt")));

        Result<SherpaOnnxModel> ctc = SherpaOnnxModel::inspect(root.filePath(QStringLiteral("ctc")));
        QVERIFY2(ctc.has_value(), test::why(ctc).constData());
        QCOMPARE(ctc->kind, SherpaOnnxModel::Kind::Ctc);

        Result<SherpaOnnxModel> toy = SherpaOnnxModel::inspect(fixture(QStringLiteral("sherpa-toy")));
        QVERIFY2(toy.has_value(), test::why(toy).constData());
        QCOMPARE(toy->kind, SherpaOnnxModel::Kind::Tdnn);
    }

    void folderThatLacksAFileNamesIt()
    {
        const QDir root(m_dir.path());
        QVERIFY(root.mkpath(QStringLiteral("half")) && root.mkpath(QStringLiteral("empty"))
            && root.mkpath(QStringLiteral("notokens")));
        touch(root.filePath(QStringLiteral("half/encoder.onnx")));
        touch(root.filePath(QStringLiteral("half/joiner.onnx")));
        touch(root.filePath(QStringLiteral("half/tokens.txt")));
        touch(root.filePath(QStringLiteral("notokens/model.int8.onnx")));

        Result<SherpaOnnxModel> half = SherpaOnnxModel::inspect(root.filePath(QStringLiteral("half")));
        QVERIFY(!half.has_value());
        QCOMPARE(half.error().field(), QStringLiteral("model_dir"));
        const QString halfMessage = inSpanish(half.error());
        QVERIFY2(halfMessage.contains(QStringLiteral("decoder.onnx")) && !halfMessage.contains(QStringLiteral("tokens")),
            qPrintable(halfMessage));
        QVERIFY2(halfMessage.startsWith(QStringLiteral("A la carpeta del modelo de voz")), qPrintable(halfMessage));

        Result<SherpaOnnxModel> noTokens = SherpaOnnxModel::inspect(root.filePath(QStringLiteral("notokens")));
        QVERIFY(!noTokens.has_value());
        QVERIFY2(noTokens.error().message().endsWith(QStringLiteral("lacks tokens.txt")),
            qPrintable(noTokens.error().message()));

        Result<SherpaOnnxModel> empty = SherpaOnnxModel::inspect(root.filePath(QStringLiteral("empty")));
        QVERIFY(!empty.has_value());
        QVERIFY2(empty.error().message().contains(QStringLiteral("model.onnx"))
                && empty.error().message().contains(QStringLiteral("tokens.txt")),
            qPrintable(empty.error().message()));

        // A copy that is not ONNX at all (here: a web page saved by mistake) is named before the library sees it.
        QVERIFY(root.mkpath(QStringLiteral("html")));
        touch(root.filePath(QStringLiteral("html/tokens.txt")));
        {
            QFile page(root.filePath(QStringLiteral("html/model.onnx")));
            QVERIFY(page.open(QIODevice::WriteOnly));
            page.write("<!DOCTYPE html><title>404</title>");
        }
        Result<SherpaOnnxModel> html = SherpaOnnxModel::inspect(root.filePath(QStringLiteral("html")));
        QVERIFY(!html.has_value());
        QVERIFY2(html.error().message().contains(root.filePath(QStringLiteral("html/model.onnx")))
                && html.error().message().contains(QStringLiteral("not an ONNX model")),
            qPrintable(html.error().message()));

        const QString nowhere = root.filePath(QStringLiteral("not-installed"));
        Result<SherpaOnnxModel> missing = SherpaOnnxModel::inspect(nowhere);
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QCOMPARE(inSpanish(missing.error()),
            QStringLiteral("La carpeta del modelo de voz %1 no existe").arg(nowhere));
        QCOMPARE(SherpaOnnxModel::inspect(QStringLiteral("  ")).error().code(), ErrorCode::InvalidInput);
    }

    // Files the library would end the program over (sherpa-onnx exits on a metadata key or token it needs and does
    // not find): each is named in Spanish when the folder is inspected, and the engine, library or not, does not
    // listen instead of taking the counter down.
    void folderTheLibraryWouldStopOnNamesIt()
    {
        const QDir root(m_dir.path());
        const auto folder = [&](const QString &name, const QList<std::pair<QString, QString>> &copies) {
            QVERIFY(root.mkpath(name));
            for (const auto &[from, to] : copies)
                QVERIFY2(QFile::copy(fixture(from), root.filePath(name + QLatin1Char('/') + to)), qPrintable(to));
        };
        // A whisper folder whose files are not whisper's (here: the toy transducer's encoder and decoder).
        folder(QStringLiteral("not-whisper"),
            { { QStringLiteral("sherpa-toy-transducer/encoder.onnx"), QStringLiteral("tiny-encoder.onnx") },
                { QStringLiteral("sherpa-toy-transducer/decoder.onnx"), QStringLiteral("tiny-decoder.onnx") },
                { QStringLiteral("sherpa-toy-transducer/tokens.txt"), QStringLiteral("tiny-tokens.txt") } });
        // A transducer whose encoder is a CTC model, one whose decoder is its joiner, a CTC model without a blank.
        folder(QStringLiteral("ctc-as-encoder"),
            { { QStringLiteral("sherpa-toy/tdnn.onnx"), QStringLiteral("encoder.onnx") },
                { QStringLiteral("sherpa-toy-transducer/decoder.onnx"), QStringLiteral("decoder.onnx") },
                { QStringLiteral("sherpa-toy-transducer/joiner.onnx"), QStringLiteral("joiner.onnx") },
                { QStringLiteral("sherpa-toy-transducer/tokens.txt"), QStringLiteral("tokens.txt") } });
        folder(QStringLiteral("joiner-as-decoder"),
            { { QStringLiteral("sherpa-toy-transducer/encoder.onnx"), QStringLiteral("encoder.onnx") },
                { QStringLiteral("sherpa-toy-transducer/joiner.onnx"), QStringLiteral("decoder.onnx") },
                { QStringLiteral("sherpa-toy-transducer/joiner.onnx"), QStringLiteral("joiner.onnx") },
                { QStringLiteral("sherpa-toy-transducer/tokens.txt"), QStringLiteral("tokens.txt") } });
        folder(QStringLiteral("no-blank"),
            { { QStringLiteral("sherpa-toy-ctc/model.onnx"), QStringLiteral("model.onnx") } });
        {
            QFile tokens(root.filePath(QStringLiteral("no-blank/tokens.txt")));
            QVERIFY(tokens.open(QIODevice::WriteOnly));
            tokens.write(QStringLiteral("\u2581agrega 0\n\u2581dos 1\n").toUtf8());
        }

        const QString library = installedLibrary(); // the real one when installed: it must not be reached
        const auto refused = [&](const QString &name) {
            SherpaOnnxRecognizer engine(SherpaOnnxOptions { .libraryPath = library, .modelDir = root.filePath(name) });
            if (engine.isAvailable())
                return QStringLiteral("(it listens)");
            return engine.error().field() == u"model_dir" ? inSpanish(engine.error()) : engine.problem();
        };
        const QString whisper = refused(QStringLiteral("not-whisper"));
        QCOMPARE(whisper,
            QStringLiteral(
                "Al archivo del modelo de voz %1 le falta n_mels en sus metadatos: no es un modelo whisper que "
                "sherpa-onnx pueda cargar")
                .arg(root.filePath(QStringLiteral("not-whisper/tiny-encoder.onnx"))));
        QCOMPARE(refused(QStringLiteral("ctc-as-encoder")),
            QStringLiteral("El archivo del modelo de voz %1 es un modelo tdnn, no un transductor que sherpa-onnx pueda "
                           "cargar")
                .arg(root.filePath(QStringLiteral("ctc-as-encoder/encoder.onnx"))));
        const QString decoder = refused(QStringLiteral("joiner-as-decoder"));
        QVERIFY2(decoder.contains(root.filePath(QStringLiteral("joiner-as-decoder/decoder.onnx")))
                && decoder.contains(QStringLiteral("vocab_size")),
            qPrintable(decoder));
        QCOMPARE(refused(QStringLiteral("no-blank")),
            QStringLiteral("El archivo de tokens %1 no tiene el símbolo en blanco (<blk>, <eps> o <blank>)")
                .arg(root.filePath(QStringLiteral("no-blank/tokens.txt"))));

        // The metadata as read from a real model file (the toy NeMo CTC's).
        Result<QHash<QString, QString>> ctc = onnxMetadata(fixture(QStringLiteral("sherpa-toy-ctc/model.onnx")));
        QVERIFY2(ctc.has_value(), test::why(ctc).constData());
        QCOMPARE(ctc->value(QStringLiteral("model_type")), QStringLiteral("EncDecCTCModelBPE"));
        QCOMPARE(ctc->value(QStringLiteral("subsampling_factor")), QStringLiteral("2"));
        QCOMPARE(ctc->value(QStringLiteral("normalize_type")), QStringLiteral("per_feature"));
        // A truncated copy is not ONNX.
        QFile whole(fixture(QStringLiteral("sherpa-toy-ctc/model.onnx")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile cut(root.filePath(QStringLiteral("cut.onnx")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.read(whole.size() / 2));
        cut.close();
        QVERIFY(!onnxMetadata(cut.fileName()).has_value());
    }

    void withoutTheLibraryItSaysSoInSpanish()
    {
        SherpaOnnxOptions options;
        options.libraryPath = m_dir.file(QStringLiteral("lib/libsherpa-onnx-c-api.so"));
        options.modelDir = fixture(QStringLiteral("sherpa-toy"));
        SherpaOnnxRecognizer engine(options);
        QVERIFY(!engine.isAvailable());
        QCOMPARE(engine.name(), QStringLiteral("sherpa-onnx"));
        QCOMPARE(engine.error().field(), QStringLiteral("library"));
        const QString problem = inSpanish(engine.error());
        QVERIFY2(problem.startsWith(QStringLiteral("La biblioteca sherpa-onnx no está instalada"))
                && problem.contains(options.libraryPath),
            qPrintable(problem));
        Result<Transcript> heard = engine.recognize(AudioClip { QByteArray(3200, '\0'), 16000 });
        QVERIFY(!heard.has_value());
        QCOMPARE(heard.error().code(), ErrorCode::NotFound);

        // A library that is not sherpa-onnx's C API is refused by name, not called.
        options.libraryPath = QLibraryInfo::path(QLibraryInfo::LibrariesPath) + QStringLiteral("/libQt6Core.so.6");
        SherpaOnnxRecognizer other(options);
        QVERIFY(!other.isAvailable());
        QVERIFY2(other.problem().contains(QStringLiteral("lacks SherpaOnnxGetVersionStr")), qPrintable(other.problem()));

        // The model is checked first: a missing file is named even where the library is missing too.
        options.modelDir = m_dir.file(QStringLiteral("no-model"));
        SherpaOnnxRecognizer neither(options);
        QCOMPARE(neither.error().field(), QStringLiteral("model_dir"));
    }

    void decodesTheFixtureThroughTheLibrary()
    {
        const QString library = requireLibrary();
        if (QTest::currentTestFailed())
            return;
        if (library.isEmpty())
            QSKIP("no sherpa-onnx library: run installer/fetch-sherpa-onnx.sh");
        Result<std::shared_ptr<const SherpaOnnxLibrary>> opened = SherpaOnnxLibrary::open(library);
        QVERIFY2(opened.has_value(), test::why(opened).constData());
        QCOMPARE((*opened)->version(), QLatin1String(sherpa::kPinnedVersion));

        // A model folder that lacks a file: named, and the library is never handed the config.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("toy-no-tokens")));
        QVERIFY(QFile::copy(fixture(QStringLiteral("sherpa-toy/tdnn.onnx")), m_dir.file(QStringLiteral("toy-no-tokens/tdnn.onnx"))));
        SherpaOnnxRecognizer lacking(SherpaOnnxOptions { .libraryPath = library, .modelDir = m_dir.file(QStringLiteral("toy-no-tokens")) });
        QVERIFY(!lacking.isAvailable());
        QVERIFY2(inSpanish(lacking.error()).endsWith(QStringLiteral("tokens.txt")), qPrintable(lacking.problem()));

        SherpaOnnxRecognizer engine(SherpaOnnxOptions { .libraryPath = library, .modelDir = fixture(QStringLiteral("sherpa-toy")) });
        QVERIFY2(engine.isAvailable(), qPrintable(engine.problem()));
        QVERIFY(engine.problem().isEmpty());
        QCOMPARE(engine.model().kindName(), QStringLiteral("tdnn"));

        // The committed phrase, through the library, to the real intent parser.
        const QList<SpeechCase> phrase = addPhrase();
        QCOMPARE(phrase.size(), 1);
        QCOMPARE(phrase.front().intent.phrase, QStringLiteral("Agrega dos filtros de aceite"));
        const IntentParser *parser = this->parser();
        QVERIFY(parser);

        const SpeechScore score = scoreSpeech(engine, *parser, phrase);
        QCOMPARE(score.results.size(), 1);
        const SpeechResult &result = score.results.front();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        // The toy model loses the short "de" (make-model.py prints the same when it decodes the phrase with numpy).
        QCOMPARE(result.heard, QStringLiteral("agrega dos filtros aceite"));
        QVERIFY2(result.mismatch.isEmpty(), qPrintable(result.mismatch));
        QCOMPARE(score.right, 1);
        QCOMPARE(score.wordErrors, 1);

        // Silence is heard as nothing, not as an error.
        Result<Transcript> quiet = engine.recognize(AudioClip { QByteArray(32000, '\0'), 16000 });
        QVERIFY2(quiet.has_value(), test::why(quiet).constData());
        QCOMPARE(quiet->text, QString());
        QCOMPARE(quiet->engine, QStringLiteral("sherpa-onnx"));

        // The settings' shared engine: one per folder while it listens; a folder that could not is tried again.
        const QSettings settings(m_dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const std::shared_ptr<SpeechRecognizer> shared = sharedSherpaOnnxRecognizer(settings, fixture(QStringLiteral("sherpa-toy")));
        QVERIFY2(shared->isAvailable(), qPrintable(shared->problem()));
        QCOMPARE(sharedSherpaOnnxRecognizer(settings, fixture(QStringLiteral("sherpa-toy"))).get(), shared.get());
        const QString later = m_dir.file(QStringLiteral("later"));
        QVERIFY(!sharedSherpaOnnxRecognizer(settings, later)->isAvailable());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("later")));
        for (const char *file : { "tdnn.onnx", "tokens.txt" })
            QVERIFY(QFile::copy(fixture(QStringLiteral("sherpa-toy/")) + QLatin1String(file), later + QLatin1Char('/') + QLatin1String(file)));
        QVERIFY(sharedSherpaOnnxRecognizer(settings, later)->isAvailable());
    }

    // Each kind of model folder the store may install, as a toy of that kind (tests/fixtures/voice/sherpa-toy*: the
    // scripts beside make-model.py), through the path the counter takes: the folder named in the settings, its kind
    // told by its files, the engine's config for that kind handed to the real library, the phrase heard and parsed.
    // A config field at the wrong place or of the wrong kind gives no words (or no recognizer) here.
    void decodesEveryModelKind_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("heard");
        QTest::addColumn<int>("wordErrors");
        // The toys lose the short "de" where the numpy decoding in their scripts does too.
        const QString lostDe = QStringLiteral("agrega dos filtros aceite");
        QTest::newRow("tdnn") << QStringLiteral("sherpa-toy") << QStringLiteral("tdnn") << lostDe << 1;
        QTest::newRow("NeMo CTC") << QStringLiteral("sherpa-toy-ctc") << QStringLiteral("ctc")
                                  << QStringLiteral("agrega dos filtros de aceite") << 0;
        QTest::newRow("transducer") << QStringLiteral("sherpa-toy-transducer") << QStringLiteral("transducer") << lostDe
                                    << 1;
        // Its decoder gives no words unless the initial tokens ask for Spanish and a transcription (the config's
        // language and task) without timestamps.
        QTest::newRow("whisper") << QStringLiteral("sherpa-toy-whisper") << QStringLiteral("whisper")
                                 << QStringLiteral("agrega dos filtros de aceite") << 0;
    }

    void decodesEveryModelKind()
    {
        QFETCH(QString, folder);
        QFETCH(QString, kind);
        QFETCH(QString, heard);
        QFETCH(int, wordErrors);
        const QString library = requireLibrary();
        if (QTest::currentTestFailed())
            return;
        if (library.isEmpty())
            QSKIP("no sherpa-onnx library: run installer/fetch-sherpa-onnx.sh");
        const QList<SpeechCase> phrase = addPhrase();
        QCOMPARE(phrase.size(), 1);
        const IntentParser *parser = this->parser();
        QVERIFY(parser);

        const QSettings settings(m_dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const std::shared_ptr<SpeechRecognizer> engine = sharedSherpaOnnxRecognizer(settings, fixture(folder));
        QVERIFY2(engine->isAvailable(), qPrintable(engine->problem()));
        const auto sherpa = std::dynamic_pointer_cast<SherpaOnnxRecognizer>(engine);
        QVERIFY(sherpa);
        QCOMPARE(sherpa->model().kindName(), kind);

        const SpeechScore score = scoreSpeech(*engine, *parser, phrase);
        QCOMPARE(score.results.size(), 1);
        const SpeechResult &result = score.results.front();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.heard, heard);
        QVERIFY2(result.mismatch.isEmpty(), qPrintable(result.mismatch)); // agregar 2 × "filtros de aceite"
        QCOMPARE(score.right, 1);
        QCOMPARE(score.wordErrors, wordErrors);

        // Silence: nothing heard, whichever decoder runs.
        Result<Transcript> quiet = engine->recognize(AudioClip { QByteArray(32000, '\0'), 16000 });
        QVERIFY2(quiet.has_value(), test::why(quiet).constData());
        QCOMPARE(quiet->text, QString());
    }
};

QTEST_GUILESS_MAIN(TestSherpaOnnx)
#include "testsherpaonnx.moc"
