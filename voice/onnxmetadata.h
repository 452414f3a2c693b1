// The custom metadata of an ONNX model file (ModelProto.metadata_props: model_type, vocab_size, …), read without
// loading the model: the top-level protobuf fields are walked and the graph is skipped by its length, so a file of
// hundreds of megabytes costs a few reads. sherpa-onnx ends the program when a key it needs is missing, so the engine
// reads them first (SherpaOnnxModel::inspect).
#pragma once

#include "common/error.h"

#include <QHash>
#include <QString>

namespace nexus {

// The key → value pairs of the model in `path`; fails (field "model_dir") when the file is not an ONNX protobuf
// (empty, truncated, another format).
[[nodiscard]] Result<QHash<QString, QString>> onnxMetadata(const QString &path);

} // namespace nexus
