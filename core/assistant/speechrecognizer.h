// Chalán's ears: one interface for every speech-to-text engine, so the panel does not care which one listens.
// Engines: offline command recognition (pocketsphinx, voice/), an offline large-vocabulary model (sherpa-onnx,
// voice/), and online transcription through an OpenAI-compatible /v1/audio/transcriptions endpoint (sync/client).
// The microphone (ui/assistant, Qt Multimedia) hands them one utterance at a time as an AudioClip.
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace nexus {

// One utterance: mono, signed 16-bit little-endian PCM at `sampleRate` Hz (engines resample when they need to).
struct AudioClip
{
    QByteArray pcm16;
    int sampleRate = 16000;

    [[nodiscard]] qint64 samples() const { return pcm16.size() / 2; }
    [[nodiscard]] double seconds() const { return sampleRate > 0 ? double(samples()) / sampleRate : 0.0; }
};

struct Transcript
{
    QString text;           // what was heard, as the engine wrote it (the intent parser normalises it)
    double confidence = 0;  // 0..1 when the engine says; 0 when it does not
    QString engine;         // SpeechRecognizer::name() of the engine that heard it
};

class SpeechRecognizer
{
public:
    virtual ~SpeechRecognizer() = default;

    // Short stable id: "pocketsphinx", "sherpa-onnx", "online".
    [[nodiscard]] virtual QString name() const = 0;
    // Whether it can listen now (model files found, endpoint configured and reachable as far as it knows).
    [[nodiscard]] virtual bool isAvailable() const = 0;
    // Why it cannot, translated; empty when it can.
    [[nodiscard]] virtual QString problem() const = 0;
    // Blocking: call it off the UI thread. Silence or nothing understood is an empty text, not an error; an error
    // is an engine that failed (model missing, endpoint down) and names why.
    [[nodiscard]] virtual Result<Transcript> recognize(const AudioClip &clip) = 0;
};

} // namespace nexus
