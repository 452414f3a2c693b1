// The part of sherpa-onnx's C API (libsherpa-onnx-c-api.so) that Chalán's large-vocabulary engine calls, declared
// here as the binary layout of the version the installer pins (installer/fetch-sherpa-onnx.sh, npm package
// sherpa-onnx-linux-x64 1.13.4): the library is opened at run time, so the build needs neither it nor its header.
// Configs are passed by pointer and read whole by the library, so every struct below must keep the pinned
// version's field order and size (the static_asserts hold the sizes measured against that version); a library of
// another version is refused before any config is handed to it (SherpaOnnxGetVersionStr).
// Only the offline (non-streaming) recognizer: create it from a config, feed one utterance to a stream, decode,
// read the text. Fields the engine does not set stay zero (null strings), which the library takes as "unused".
#pragma once

#include <cstdint>

namespace nexus::sherpa {

inline constexpr const char *kPinnedVersion = "1.13.4";

// Strings are UTF-8 paths or option words owned by the caller for the duration of the create call.
using Text = const char *;

struct FeatureConfig
{
    std::int32_t sampleRate;
    std::int32_t featureDim;
};

struct TransducerFiles { Text encoder, decoder, joiner; };
struct OneModelFile { Text model; };
struct WhisperConfig
{
    Text encoder, decoder, language, task;
    std::int32_t tailPaddings, tokenTimestamps, segmentTimestamps;
};
struct SenseVoiceConfig { Text model, language; std::int32_t useItn; };
struct MoonshineConfig { Text preprocessor, encoder, uncachedDecoder, cachedDecoder, mergedDecoder; };
struct EncoderDecoderFiles { Text encoder, decoder; };
struct CanaryConfig { Text encoder, decoder, sourceLanguage, targetLanguage; std::int32_t usePunctuation; };
struct FunAsrNanoConfig
{
    Text encoderAdaptor, llm, embedding, tokenizer, systemPrompt, userPrompt;
    std::int32_t maxNewTokens;
    float temperature, topP;
    std::int32_t seed;
    Text language;
    std::int32_t itn;
    Text hotwords;
};
struct Qwen3AsrConfig
{
    Text convFrontend, encoder, decoder, tokenizer;
    std::int32_t maxTotalLength, maxNewTokens;
    float temperature, topP;
    std::int32_t seed;
    Text hotwords;
};
struct CohereTranscribeConfig { Text encoder, decoder, language; std::int32_t usePunctuation, useItn; };

// The model families the library knows, in its order; Chalán fills transducer, nemoCtc, whisper or tdnn.
struct ModelConfig
{
    TransducerFiles transducer;
    OneModelFile paraformer;
    OneModelFile nemoCtc;
    WhisperConfig whisper;
    OneModelFile tdnn;
    Text tokens;
    std::int32_t numThreads;
    std::int32_t debug;
    Text provider;
    Text modelType;
    Text modelingUnit;
    Text bpeVocab;
    Text telespeechCtc;
    SenseVoiceConfig senseVoice;
    MoonshineConfig moonshine;
    EncoderDecoderFiles fireRedAsr;
    OneModelFile dolphin;
    OneModelFile zipformerCtc;
    CanaryConfig canary;
    OneModelFile wenetCtc;
    OneModelFile omnilingual;
    OneModelFile medAsr;
    FunAsrNanoConfig funAsrNano;
    OneModelFile fireRedAsrCtc;
    Qwen3AsrConfig qwen3Asr;
    CohereTranscribeConfig cohereTranscribe;
};

struct LanguageModelConfig { Text model; float scale; };
struct HomophoneReplacerConfig { Text dictDir, lexicon, ruleFsts; };

struct RecognizerConfig
{
    FeatureConfig features;
    ModelConfig model;
    LanguageModelConfig languageModel;
    Text decodingMethod;
    std::int32_t maxActivePaths;
    Text hotwordsFile;
    float hotwordsScore;
    Text ruleFsts;
    Text ruleFars;
    float blankPenalty;
    HomophoneReplacerConfig homophones;
};

static_assert(sizeof(FeatureConfig) == 8);
static_assert(sizeof(ModelConfig) == 504, "sherpa-onnx 1.13.4's SherpaOnnxOfflineModelConfig is 504 bytes");
static_assert(sizeof(RecognizerConfig) == 608, "sherpa-onnx 1.13.4's SherpaOnnxOfflineRecognizerConfig is 608 bytes");

// The library's result starts with the recognized text (UTF-8); the rest of it is not read.
struct ResultHead { Text text; };

struct Recognizer; // opaque
struct Stream; // opaque

using GetVersionStrFn = const char *(*)();
using CreateOfflineRecognizerFn = const Recognizer *(*)(const RecognizerConfig *);
using DestroyOfflineRecognizerFn = void (*)(const Recognizer *);
using CreateOfflineStreamFn = const Stream *(*)(const Recognizer *);
using DestroyOfflineStreamFn = void (*)(const Stream *);
using AcceptWaveformOfflineFn = void (*)(const Stream *, std::int32_t sampleRate, const float *samples, std::int32_t n);
using DecodeOfflineStreamFn = void (*)(const Recognizer *, const Stream *);
using GetOfflineStreamResultFn = const ResultHead *(*)(const Stream *);
using DestroyOfflineRecognizerResultFn = void (*)(const ResultHead *);

} // namespace nexus::sherpa
