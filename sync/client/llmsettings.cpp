// Reading and saving the online assistant's settings and key.
#include "client/llmsettings.h"

#include "client/secretstore.h"
#include "store/localstore.h"

#include <QFileInfo>
#include <QUrl>

namespace nexus {

LlmConfig LlmSettings::load(const LocalStore &store)
{
    LlmConfig config;
    config.baseUrl = store.setting(urlKey()).value_or(QString());
    config.model = store.setting(modelKey()).value_or(QString());
    config.caFile = store.setting(caFileKey()).value_or(QString());
    return config;
}

QString LlmSettings::apiKey(SecretStore &secrets)
{
    Result<QByteArray> key = secrets.read(QString::fromLatin1(kKeySecret));
    return key ? QString::fromUtf8(*key).trimmed() : QString();
}

Status LlmSettings::validate(const LlmConfig &config)
{
    const QString url = config.baseUrl.trimmed();
    const QString model = config.model.trimmed();
    if (url.isEmpty() && model.isEmpty())
        return {}; // switched off
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != u"https" || parsed.host().isEmpty())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The address must be an https:// URL, e.g. https://api.openai.com (the key never travels in "
                   "clear text)."),
            {}, QStringLiteral("url"));
    if (model.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say which model to use, e.g. gpt-4o-mini."), {},
            QStringLiteral("model"));
    if (!config.caFile.trimmed().isEmpty() && !QFileInfo(config.caFile.trimmed()).isFile())
        return fail(ErrorCode::InvalidInput, NX_ERR("The certificate file %1 does not exist."),
            { config.caFile.trimmed() }, QStringLiteral("ca_file"));
    return {};
}

Status LlmSettings::save(
    LocalStore &store, SecretStore &secrets, const LlmConfig &config, const std::optional<QString> &apiKey)
{
    if (Status valid = validate(config); !valid)
        return valid;
    if (apiKey) {
        const QString key = apiKey->trimmed();
        if (key.isEmpty()) {
            if (Status removed = secrets.remove(QString::fromLatin1(kKeySecret)); !removed)
                return removed;
        } else if (Result<SecretStore::Backend> kept = secrets.write(QString::fromLatin1(kKeySecret), key.toUtf8());
                   !kept) {
            return std::unexpected(kept.error());
        }
    }
    for (const auto &[settingKey, value] : { std::pair { urlKey(), config.baseUrl.trimmed() },
             std::pair { modelKey(), config.model.trimmed() }, std::pair { caFileKey(), config.caFile.trimmed() } }) {
        if (Status saved = store.setSetting(settingKey, value); !saved)
            return saved;
    }
    return {};
}

} // namespace nexus
