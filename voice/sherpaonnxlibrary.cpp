// Finding, opening and checking libsherpa-onnx-c-api.so (QLibrary: dlopen underneath).
#include "sherpaonnxlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QMutexLocker>
#include <QSettings>

namespace nexus {

namespace {

constexpr const char *kFileName = "libsherpa-onnx-c-api.so";

template <typename Fn>
bool resolve(QLibrary &library, const char *symbol, Fn &into, QString &missing)
{
    into = reinterpret_cast<Fn>(library.resolve(symbol));
    if (!into && missing.isEmpty())
        missing = QLatin1String(symbol);
    return into != nullptr;
}

} // namespace

QStringList SherpaOnnxLibrary::candidates(const QString &configured)
{
    QStringList paths;
    if (!configured.trimmed().isEmpty())
        return { configured.trimmed() };
    if (QCoreApplication::instance())
        paths.append(QDir(QCoreApplication::applicationDirPath())
                         .filePath(QStringLiteral("../lib/sherpa-onnx/") + QLatin1String(kFileName)));
    paths.append(QStringLiteral(NEXUS_SHERPA_ONNX_CACHE "/") + QLatin1String(sherpa::kPinnedVersion)
        + QLatin1Char('/') + QLatin1String(kFileName));
    return paths;
}

QString SherpaOnnxLibrary::locate(const QSettings &settings)
{
    QString configured = settings.value(QLatin1String(kSettingsKey)).toString();
    if (configured.trimmed().isEmpty())
        configured = qEnvironmentVariable(kEnvironment);
    const QStringList paths = candidates(configured);
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
    }
    return paths.isEmpty() ? QString() : paths.constFirst();
}

Result<std::shared_ptr<const SherpaOnnxLibrary>> SherpaOnnxLibrary::open(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const SherpaOnnxLibrary>> opened;
    QMutexLocker lock(&mutex);
    if (const auto found = opened.constFind(path); found != opened.constEnd())
        return *found;
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound,
            NX_ERR("The sherpa-onnx library is not installed (%1): run installer/fetch-sherpa-onnx.sh"), { path },
            QStringLiteral("library"));
    auto *library = new QLibrary(path); // never unloaded: the models it made may outlive any owner here
    if (!library->load()) {
        const QString why = library->errorString();
        delete library;
        return fail(ErrorCode::Io, NX_ERR("Cannot load the sherpa-onnx library %1: %2"), { path, why },
            QStringLiteral("library"));
    }
    auto loaded = std::make_shared<SherpaOnnxLibrary>();
    loaded->m_path = path;
    sherpa::GetVersionStrFn version = nullptr;
    QString missing;
    resolve(*library, "SherpaOnnxGetVersionStr", version, missing);
    resolve(*library, "SherpaOnnxCreateOfflineRecognizer", loaded->createRecognizer, missing);
    resolve(*library, "SherpaOnnxDestroyOfflineRecognizer", loaded->destroyRecognizer, missing);
    resolve(*library, "SherpaOnnxCreateOfflineStream", loaded->createStream, missing);
    resolve(*library, "SherpaOnnxDestroyOfflineStream", loaded->destroyStream, missing);
    resolve(*library, "SherpaOnnxAcceptWaveformOffline", loaded->acceptWaveform, missing);
    resolve(*library, "SherpaOnnxDecodeOfflineStream", loaded->decode, missing);
    resolve(*library, "SherpaOnnxGetOfflineStreamResult", loaded->result, missing);
    resolve(*library, "SherpaOnnxDestroyOfflineRecognizerResult", loaded->destroyResult, missing);
    if (!missing.isEmpty())
        return fail(ErrorCode::Io, NX_ERR("The library %1 is not sherpa-onnx's C API: it lacks %2"), { path, missing },
            QStringLiteral("library"));
    loaded->m_version = QString::fromUtf8(version());
    if (loaded->m_version != QLatin1String(sherpa::kPinnedVersion))
        return fail(ErrorCode::Io, NX_ERR("The sherpa-onnx library %1 is version %2; Nexus needs version %3"),
            { path, loaded->m_version, QLatin1String(sherpa::kPinnedVersion) }, QStringLiteral("library"));
    opened.insert(path, loaded);
    return std::shared_ptr<const SherpaOnnxLibrary>(loaded);
}

} // namespace nexus
