// How this counter listens to Chalán: the engine (offline commands on this computer, an offline large-vocabulary
// model the store installed in a folder, or an online OpenAI-compatible transcription service), the model's folder
// and the online service's address, model and optional certificate, kept in the device's settings; the service's API key lives only in the SecretStore (keychain), never in the settings.
#pragma once

#include "assistant/speechrecognizer.h"
#include "common/error.h"

#include <QString>

#include <memory>

namespace nexus {

class LocalStore;

struct SpeechSettings
{
    enum class Engine { Offline, LargeVocabulary, Online };

    static constexpr const char *kEngineKey = "assistant.speech.engine"; // "offline" | "sherpa" | "online"
    static constexpr const char *kModelDirKey = "assistant.speech.sherpa_model_dir";
    static constexpr const char *kUrlKey = "assistant.speech.online_url";
    static constexpr const char *kModelKey = "assistant.speech.online_model";
    static constexpr const char *kCaFileKey = "assistant.speech.online_ca_file";

    Engine engine = Engine::Offline;
    QString modelDir; // the large-vocabulary (sherpa-onnx) model's folder
    QString onlineUrl;
    QString onlineModel;
    QString onlineCaFile; // '' the system's CAs; a PEM file for a service with its own certificate

    // What is saved, with the defaults (OpenAI's address and model) where nothing is.
    [[nodiscard]] static SpeechSettings load(LocalStore &store);
    // Checks the chosen engine's fields (online: url / model / ca_file; large vocabulary: model_dir, naming the files
    // the folder lacks), then stores them.
    [[nodiscard]] Status save(LocalStore &store) const;
    [[nodiscard]] Status validate() const;
};

// The recognizers a listening turn uses: the chosen one first, and the offline command engine to fall back on when
// the online service cannot be reached or the large-vocabulary model cannot listen (null when there is none).
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
