// Builds the pocketsphinx recognizer from the settings and the stores' vocabulary.
#include "offlinerecognizer.h"

#include "commandgrammar.h"
#include "pocketsphinxrecognizer.h"
#include "sherpaonnxlibrary.h"
#include "sherpaonnxrecognizer.h"
#include "voicelexicon.h"

#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QSettings>
#include <QThread>

Q_LOGGING_CATEGORY(lcOfflineSpeech, "nexus.voice.offline")

namespace nexus {

PocketsphinxOptions pocketsphinxOptions(const QSettings &settings)
{
    PocketsphinxOptions options;
    options.modelDir = settings.value(QStringLiteral("voice/pocketsphinxModelDir"), options.modelDir).toString();
    options.minScore = PocketsphinxOptions::parseMinScore(
        settings.value(QStringLiteral("voice/pocketsphinxMinScore")).toString(), options.minScore);
    return options;
}

std::unique_ptr<SpeechRecognizer> makeOfflineRecognizer(const QSettings &settings, const VoiceLexicon &lexicon)
{
    return std::make_unique<PocketsphinxRecognizer>(CommandGrammar::build(lexicon), pocketsphinxOptions(settings));
}

Result<std::unique_ptr<SpeechRecognizer>> makeOfflineRecognizer(const QSettings &settings, Database &catalogDb,
    Database *nexusDb)
{
    Result<VoiceLexicon> lexicon = VoiceLexicon::load(catalogDb, nexusDb);
    if (!lexicon)
        return std::unexpected(lexicon.error());
    return makeOfflineRecognizer(settings, *lexicon);
}

std::shared_ptr<SpeechRecognizer> sharedOfflineRecognizer(const QSettings &settings, const QString &dataDir)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<SpeechRecognizer>> built;
    QMutexLocker lock(&mutex);
    const QString key = QDir(dataDir).absolutePath();
    if (const auto found = built.constFind(key); found != built.constEnd())
        return *found;
    // Connections of this thread only, closed when the lexicon is read.
    const QString suffix = QStringLiteral("-voice-") + QString::number(quintptr(QThread::currentThreadId()));
    const auto openIfThere = [&](const QString &file, Durability durability) -> std::unique_ptr<Database> {
        const QString path = QDir(key).filePath(file);
        if (!QFileInfo(path).isFile())
            return nullptr;
        Result<std::unique_ptr<Database>> db = Database::open(path, durability, file + suffix);
        if (!db) {
            qCWarning(lcOfflineSpeech) << "cannot read" << path << db.error().logMessage();
            return nullptr;
        }
        return std::move(*db);
    };
    VoiceLexicon lexicon;
    {
        std::unique_ptr<Database> catalog = openIfThere(QStringLiteral("catalog.db"), Durability::Normal);
        std::unique_ptr<Database> store = openIfThere(QStringLiteral("nexus.db"), Durability::Full);
        if (catalog) {
            Result<VoiceLexicon> loaded = VoiceLexicon::load(*catalog, store.get());
            if (loaded)
                lexicon = std::move(*loaded);
            else
                qCWarning(lcOfflineSpeech) << "no catalogue words for the voice grammar:" << loaded.error().logMessage();
        }
    }
    std::shared_ptr<SpeechRecognizer> recognizer = makeOfflineRecognizer(settings, lexicon);
    built.insert(key, recognizer);
    return recognizer;
}

SherpaOnnxOptions sherpaOnnxOptions(const QSettings &settings, const QString &modelDir)
{
    SherpaOnnxOptions options;
    options.libraryPath = SherpaOnnxLibrary::locate(settings);
    options.modelDir = modelDir.trimmed();
    return options;
}

std::shared_ptr<SpeechRecognizer> sharedSherpaOnnxRecognizer(const QSettings &settings, const QString &modelDir)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<SpeechRecognizer>> built;
    const SherpaOnnxOptions options = sherpaOnnxOptions(settings, modelDir);
    const QString key = options.libraryPath + QLatin1Char('\n') + QDir(options.modelDir).absolutePath();
    QMutexLocker lock(&mutex);
    if (const auto found = built.constFind(key); found != built.constEnd())
        return *found;
    auto recognizer = std::make_shared<SherpaOnnxRecognizer>(options);
    if (recognizer->isAvailable())
        built.insert(key, recognizer);
    else
        qCWarning(lcOfflineSpeech) << "the large-vocabulary engine cannot listen:" << recognizer->error().logMessage();
    return recognizer;
}

bool offlineRecognizerInstalled(const QSettings &settings)
{
    return QFileInfo(QDir(pocketsphinxOptions(settings).modelDir).filePath(QStringLiteral("en-us/mdef"))).isFile();
}

} // namespace nexus
