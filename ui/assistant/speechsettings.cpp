// SpeechSettings: the device's settings rows, checked before they are kept; SpeechEngines: the recognizers they name.
#include "assistant/speechsettings.h"

#include "client/onlinetranscriber.h"
#include "client/secretstore.h"
#include "offlinerecognizer.h"
#include "sherpaonnxmodel.h"
#include "store/localstore.h"

#include <QFileInfo>
#include <QSettings>

namespace nexus {

namespace {

QString stored(LocalStore &store, const char *key, const QString &fallback = {})
{
    const Result<QString> value = store.setting(QLatin1String(key));
    return value && !value->isEmpty() ? *value : fallback;
}

} // namespace

SpeechSettings SpeechSettings::load(LocalStore &store)
{
    SpeechSettings settings;
    const QString engine = stored(store, kEngineKey);
    settings.engine = engine == u"online" ? Engine::Online
        : engine == u"sherpa"             ? Engine::LargeVocabulary
                                          : Engine::Offline;
    settings.modelDir = stored(store, kModelDirKey);
    settings.onlineUrl = stored(store, kUrlKey, QString::fromLatin1(OnlineTranscriber::kDefaultUrl));
    settings.onlineModel = stored(store, kModelKey, QString::fromLatin1(OnlineTranscriber::kDefaultModel));
    settings.onlineCaFile = stored(store, kCaFileKey);
    return settings;
}

Status SpeechSettings::validate() const
{
    if (engine == Engine::LargeVocabulary) {
        if (Result<SherpaOnnxModel> model = SherpaOnnxModel::inspect(modelDir); !model)
            return std::unexpected(model.error());
        return {};
    }
    if (engine != Engine::Online)
        return {};
    if (Status url = OnlineTranscriber::checkUrl(onlineUrl); !url)
        return url;
    if (onlineModel.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type the transcription model, e.g. whisper-1"), {},
            QStringLiteral("model"));
    if (!onlineCaFile.trimmed().isEmpty() && !QFileInfo(onlineCaFile.trimmed()).isFile())
        return fail(ErrorCode::NotFound, NX_ERR("The certificate file %1 does not exist"), { onlineCaFile.trimmed() },
            QStringLiteral("ca_file"));
    return {};
}

Status SpeechSettings::save(LocalStore &store) const
{
    if (Status valid = validate(); !valid)
        return valid;
    const std::pair<const char *, QString> rows[] = {
        { kEngineKey, engine == Engine::Online ? QStringLiteral("online")
                : engine == Engine::LargeVocabulary ? QStringLiteral("sherpa")
                                                    : QStringLiteral("offline") },
        { kModelDirKey, modelDir.trimmed() }, { kUrlKey, onlineUrl.trimmed() }, { kModelKey, onlineModel.trimmed() },
        { kCaFileKey, onlineCaFile.trimmed() }
    };
    for (const auto &[key, value] : rows) {
        if (Status kept = store.setSetting(QLatin1String(key), value); !kept)
            return kept;
    }
    return {};
}

bool SpeechEngines::offlineInstalled()
{
    return offlineRecognizerInstalled(QSettings());
}

SpeechEngines SpeechEngines::make(const SpeechSettings &settings, const QString &dataDir)
{
    SpeechEngines engines;
    // The data folder's one offline recognizer (its grammar read from the catalogue once); null without its model.
    std::shared_ptr<SpeechRecognizer> local
        = offlineInstalled() ? sharedOfflineRecognizer(QSettings(), dataDir) : std::shared_ptr<SpeechRecognizer>();
    if (settings.engine == SpeechSettings::Engine::LargeVocabulary) {
        engines.primary = sharedSherpaOnnxRecognizer(QSettings(), settings.modelDir);
        engines.fallback = local;
    } else if (settings.engine == SpeechSettings::Engine::Online) {
        SecretStore secrets(dataDir);
        OnlineTranscriber::Config config;
        config.baseUrl = settings.onlineUrl;
        config.model = settings.onlineModel;
        config.caFile = settings.onlineCaFile;
        config.apiKey = OnlineTranscriber::apiKeyFrom(secrets);
        engines.primary = std::make_shared<OnlineTranscriber>(config);
        engines.fallback = local;
    } else {
        engines.primary = local;
    }
    return engines;
}

} // namespace nexus
