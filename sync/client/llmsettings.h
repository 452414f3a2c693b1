// Where the online assistant's configuration lives: URL, model and an optional CA file in nexus.db's settings table,
// the API key in the SecretStore (the keychain, or its 0600 file fallback) and never in plain settings.
#pragma once

#include <QString>

#include <optional>

#include "client/llmclient.h"
#include "common/error.h"

namespace nexus {

class LocalStore;
class SecretStore;

class LlmSettings final
{
public:
    static constexpr const char *kKeySecret = "llm-api-key"; // name in the SecretStore
    static QString urlKey() { return QStringLiteral("assistant.llm.url"); }
    static QString modelKey() { return QStringLiteral("assistant.llm.model"); }
    static QString caFileKey() { return QStringLiteral("assistant.llm.ca_file"); }

    // URL, model and CA file as stored, without the key; nothing stored is a config that is not configured (never an
    // error: the rules answer alone). A quick read of nexus.db: fine on the UI thread.
    [[nodiscard]] static LlmConfig load(const LocalStore &store);
    // The stored key, or empty. The keychain may take seconds: call it off the UI thread.
    [[nodiscard]] static QString apiKey(SecretStore &secrets);
    // Checks the fields (field "url", "model", "ca_file"), then saves them. `apiKey`: nullopt keeps the stored key,
    // an empty string removes it. An empty URL and model switch the online assistant off.
    [[nodiscard]] static Status save(
        LocalStore &store, SecretStore &secrets, const LlmConfig &config, const std::optional<QString> &apiKey);
    [[nodiscard]] static Status validate(const LlmConfig &config);
};

} // namespace nexus
