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

} // namespace nexus
