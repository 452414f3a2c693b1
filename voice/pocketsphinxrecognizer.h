// Offline command recognition with pocketsphinx: Chalán's Spanish command grammar and its generated dictionary on
// Debian's en-us acoustic model. Anything outside the grammar is forced onto its nearest command, so the words heard
// are checked against a free phone loop over the same frames: when the phones explain the audio much better than
// the grammar's words, those words were not said, and the utterance is dropped (heard as nothing) instead of
// becoming a wrong command.
#pragma once

#include "assistant/speechrecognizer.h"

#include <QMutex>

#include <memory>

namespace nexus {

class CommandGrammar;

struct PocketsphinxOptions
{
    // Debian's pocketsphinx-en-us layout: <modelDir>/en-us holds the acoustic model.
    QString modelDir = defaultModelDir();
    // Lowest score an utterance may have: the grammar words' acoustic score minus the phone loop's over the same
    // frames, per frame (pocketsphinx's log units). Calibrated on 80 espeak-ng phrasings of the intent table that are
    // not among the test fixtures: at -18 none of the 16 phrases that must be rejected got through and 4 of 64
    // commands did (8 others were misheard); at -20 chatter starts to become commands.
    int minScore = kDefaultMinScore;

    static constexpr int kDefaultMinScore = -18;
    [[nodiscard]] static QString defaultModelDir();
};

class PocketsphinxRecognizer final : public SpeechRecognizer
{
public:
    PocketsphinxRecognizer(const CommandGrammar &grammar, PocketsphinxOptions options = {});
    ~PocketsphinxRecognizer() override;
    PocketsphinxRecognizer(const PocketsphinxRecognizer &) = delete;
    PocketsphinxRecognizer &operator=(const PocketsphinxRecognizer &) = delete;

    [[nodiscard]] QString name() const override { return QStringLiteral("pocketsphinx"); }
    [[nodiscard]] bool isAvailable() const override { return m_decoder != nullptr; }
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] Result<Transcript> recognize(const AudioClip &clip) override;

    // What the grammar heard before the phone-loop check (for tuning and nexus-bench); empty before recognize().
    [[nodiscard]] QString lastGrammarHypothesis() const;
    // The score of the last utterance (see PocketsphinxOptions::minScore).
    [[nodiscard]] int lastScore() const;

private:
    struct Decoder;
    std::unique_ptr<Decoder> m_decoder;
    Error m_problem;
    PocketsphinxOptions m_options;
    mutable QMutex m_mutex;
};

} // namespace nexus
