// The offline speech-to-text engine the assistant panel listens with when nothing else is configured: pocketsphinx
// on the command grammar of this store's catalogue. Settings (QSettings, group "voice"):
//   voice/pocketsphinxModelDir    the en-us model directory (default: Debian's pocketsphinx-en-us)
//   voice/pocketsphinxMinScore    the rejection line of PocketsphinxOptions (default: kDefaultMinScore)
#pragma once

#include "assistant/speechrecognizer.h"
#include "common/error.h"

#include <memory>

class QSettings;

namespace nexus {

class Database;
struct PocketsphinxOptions;
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
// Whether the offline engine's model is installed: cheap, for the UI thread ("is there an offline engine?").
[[nodiscard]] bool offlineRecognizerInstalled(const QSettings &settings);

} // namespace nexus
