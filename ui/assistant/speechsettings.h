// How this counter listens to Chalán: the engine (offline on this computer, or an online OpenAI-compatible
// transcription service) and the online service's address, model and optional certificate, kept in the device's
// settings; the service's API key lives only in the SecretStore (keychain), never in the settings.
#pragma once

#include "assistant/speechrecognizer.h"
#include "common/error.h"

#include <QString>

#include <memory>

namespace nexus {

class LocalStore;

struct SpeechSettings
{
    enum class Engine { Offline, Online };

    static constexpr const char *kEngineKey = "assistant.speech.engine"; // "offline" | "online"
    static constexpr const char *kUrlKey = "assistant.speech.online_url";
    static constexpr const char *kModelKey = "assistant.speech.online_model";
    static constexpr const char *kCaFileKey = "assistant.speech.online_ca_file";

    Engine engine = Engine::Offline;
    QString onlineUrl;
    QString onlineModel;
    QString onlineCaFile; // '' the system's CAs; a PEM file for a service with its own certificate

    // What is saved, with the defaults (OpenAI's address and model) where nothing is.
    [[nodiscard]] static SpeechSettings load(LocalStore &store);
    // Checks the online fields when the online engine is chosen (field url / model / ca_file), then stores them.
    [[nodiscard]] Status save(LocalStore &store) const;
    [[nodiscard]] Status validate() const;
};

// The recognizers a listening turn uses: the chosen one first, and the offline one to fall back on when the online
// service cannot be reached (null when there is none).
struct SpeechEngines
{
    std::shared_ptr<SpeechRecognizer> primary;
    std::shared_ptr<SpeechRecognizer> fallback;

    // Blocking (reads the key from the keychain): build them off the UI thread. `dataDir`: the folder of nexus.db.
    [[nodiscard]] static SpeechEngines make(const SpeechSettings &settings, const QString &dataDir);
    // Whether the offline engine (pocketsphinx, voice/) has its model here: cheap, for the UI thread.
    [[nodiscard]] static bool offlineInstalled();
};

} // namespace nexus
