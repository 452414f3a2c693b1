// The offline speech-to-text engine the assistant panel listens with when nothing else is configured: pocketsphinx
// on the command grammar of this store's catalogue. Settings (QSettings, group "voice"):
//   voice/pocketsphinxModelDir    the en-us model directory (default: Debian's pocketsphinx-en-us)
//   voice/pocketsphinxMinScore    the shortcut line of PocketsphinxOptions, or "off" (default: kDefaultMinScore)
// The large-vocabulary engine (sherpa-onnx) is the store's choice, with its model folder (ui's SpeechSettings); where
// its library is comes from the installation (SherpaOnnxLibrary::locate: voice/sherpaOnnxLibrary,
// NEXUS_SHERPA_ONNX_LIB, the installed or fetched copy).
#pragma once

#include "assistant/speechrecognizer.h"
#include "common/error.h"

#include <memory>

class QSettings;

namespace nexus {

class Database;
struct PocketsphinxOptions;
struct SherpaOnnxOptions;
struct VoiceLexicon;

[[nodiscard]] PocketsphinxOptions pocketsphinxOptions(const QSettings &settings);

// Always a recognizer; isAvailable()/problem() say when its model is missing.
[[nodiscard]] std::unique_ptr<SpeechRecognizer> makeOfflineRecognizer(const QSettings &settings,
    const VoiceLexicon &lexicon);
// Reads the lexicon from catalog.db and nexus.db (may be null) first; fails when they cannot be read.
[[nodiscard]] Result<std::unique_ptr<SpeechRecognizer>> makeOfflineRecognizer(const QSettings &settings,
    Database &catalogDb, Database *nexusDb);

// The one offline recognizer of a store's data folder (catalog.db and nexus.db there, read on their own connections),
// built on first use and then shared: blocking (about a second), so call it off the UI thread. Without readable
// databases it still listens, to the commands without the catalogue's words.
[[nodiscard]] std::shared_ptr<SpeechRecognizer> sharedOfflineRecognizer(const QSettings &settings,
    const QString &dataDir);
[[nodiscard]] SherpaOnnxOptions sherpaOnnxOptions(const QSettings &settings, const QString &modelDir);
// The large-vocabulary recognizer of a model folder, loaded on first use and shared while it can listen (a folder
// or library that was missing is tried again next time, so installing the model needs no restart). Blocking: call it
// off the UI thread. Always a recognizer; isAvailable()/problem() say when the library or a model file is missing.
[[nodiscard]] std::shared_ptr<SpeechRecognizer> sharedSherpaOnnxRecognizer(const QSettings &settings,
    const QString &modelDir);

// Whether the offline engine's model is installed: cheap, for the UI thread ("is there an offline engine?").
[[nodiscard]] bool offlineRecognizerInstalled(const QSettings &settings);

} // namespace nexus
