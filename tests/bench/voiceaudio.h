// nexus-bench voice's audio figures: the spoken fixtures through each offline speech engine (voiceaudio.cpp).
#pragma once

#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace nexus {
class Database;
class IntentParser;
} // namespace nexus

namespace nexus::bench {

struct VoiceAudioOptions
{
    QString manifest; // tests/fixtures/voice/manifest.tsv
    QString modelDir; // empty: the engine's default
    QString dumpDir; // write the generated grammar and dictionary there (for tuning); empty: no
    QString sherpaModelDir; // a sherpa-onnx model folder: measured as another engine; empty: not measured
    QString minScore; // pocketsphinx's shortcut line, or "off" (PocketsphinxOptions::parseMinScore); empty: its default
    // 0: every fixture; 1: the odd rows (1st, 3rd, …); 2: the even rows. A line is tuned on one half (or on other
    // phrasings) and reported on both, so the figure is not one the line was fitted to.
    int half = 0;
    // Write both pocketsphinx passes of every utterance there as JSON lines (for tuning on the development set:
    // tests/voice/learn-phone-costs.py) instead of measuring; empty: no.
    QString traceFile;
};

// One JSON object per engine: engine, utterances, wer, intent_accuracy, must_reject, rejected, false_actions,
// misheard_commands, decode_p50_ms, decode_p99_ms, real_time_factor, its settings (pocketsphinx: min_score;
// sherpa-onnx: model_dir, model_kind), failures. Errors (unreadable manifest, an engine that cannot listen) come back
// as {error}.
[[nodiscard]] QJsonArray measureVoiceAudio(Database &catalogDb, const VoiceAudioOptions &options);

} // namespace nexus::bench
