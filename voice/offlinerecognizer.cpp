// Builds the pocketsphinx recognizer from the settings and the stores' vocabulary.
#include "offlinerecognizer.h"

#include "commandgrammar.h"
#include "pocketsphinxrecognizer.h"
#include "voicelexicon.h"

#include <QSettings>

namespace nexus {

PocketsphinxOptions pocketsphinxOptions(const QSettings &settings)
{
    PocketsphinxOptions options;
    options.modelDir = settings.value(QStringLiteral("voice/pocketsphinxModelDir"), options.modelDir).toString();
    options.minScore = settings.value(QStringLiteral("voice/pocketsphinxMinScore"), options.minScore).toInt();
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

} // namespace nexus
