// What sherpa-onnx 1.13.4 (the pinned version) reads from a model folder's files before it can listen, checked here
// because the library ends the program, instead of failing, when one is missing: the ONNX metadata keys of each kind
// (offline-*-model.cc: SHERPA_ONNX_READ_META_DATA) and, for the CTC kinds, the blank symbol in tokens.txt.
//   transducer  encoder: model_type, one the library knows as a transducer; then icefall's (conformer, zipformer,
//               zipformer2) decoder: vocab_size, context_size, or NeMo's (EncDecRNNTBPEModel,
//               EncDecHybridRNNTCTCBPEModel) encoder: vocab_size, subsampling_factor, pred_rnn_layers, pred_hidden
//   whisper     encoder: n_mels … sot_sequence (and the language lists when is_multilingual)
//   ctc         model: vocab_size, subsampling_factor (NeMo CTC); tokens.txt: <blk>, <eps> or <blank>
//   tdnn        model: vocab_size; tokens.txt: <blk>, <eps> or <blank>
#pragma once

#include "common/error.h"

namespace nexus {

struct SherpaOnnxModel;

// The first thing `model`'s files lack, as an error with field "model_dir" naming the file and what it lacks; also
// fails when a model file is not ONNX at all.
[[nodiscard]] Status checkSherpaOnnxNeeds(const SherpaOnnxModel &model);

} // namespace nexus
