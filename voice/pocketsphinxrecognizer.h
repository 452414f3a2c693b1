// Offline command recognition with pocketsphinx: Chalán's Spanish command grammar and its generated dictionary on
// Debian's en-us acoustic model. Anything outside the grammar is forced onto its nearest command, so every word is
// checked against a free phone loop over the same frames: a word the phones explain much better than the grammar
// word was not said, and the utterance is dropped (heard as nothing) instead of becoming a wrong command.
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
    // Lowest per-frame score (grammar word minus phone loop, log-likelihood units of pocketsphinx) a word may have.
    // Calibrated on 80 espeak-ng phrasings of the intent table that are not among the test fixtures: at -22 none of
    // the phrases that must be rejected got through; looser lines let chatter become commands.
    int minWordScore = kDefaultMinWordScore;

    static constexpr int kDefaultMinWordScore = -22;
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
    // The lowest per-frame word score of the last utterance (see PocketsphinxOptions::minWordScore).
    [[nodiscard]] int lastMinWordScore() const;

private:
    struct Decoder;
    std::unique_ptr<Decoder> m_decoder;
    Error m_problem;
    PocketsphinxOptions m_options;
    mutable QMutex m_mutex;
};

} // namespace nexus
