// A sherpa-onnx speech model as the store installs it: one folder, unpacked from the model's archive, named in the
// voice settings. What kind of model it is follows from the files in it:
//   transducer  encoder*.onnx + decoder*.onnx + joiner*.onnx + tokens.txt (zipformer, NeMo parakeet/fastconformer)
//   whisper     *encoder*.onnx + *decoder*.onnx + *tokens.txt, no joiner (whisper tiny/base/small: Spanish among
//               their languages; the engine asks for "es")
//   ctc         one model*.onnx + tokens.txt (NeMo CTC, e.g. a Spanish fastconformer CTC)
//   tdnn        one tdnn*.onnx + tokens.txt (a frame classifier with CTC output)
// Where a file comes in float and int8 versions the int8 one is taken (smaller, faster on a counter's CPU).
#pragma once

#include "common/error.h"

#include <QString>

namespace nexus {

struct SherpaOnnxModel
{
    enum class Kind { Transducer, Whisper, Ctc, Tdnn };

    Kind kind = Kind::Transducer;
    QString dir;
    QString encoder; // transducer, whisper
    QString decoder; // transducer, whisper
    QString joiner; // transducer
    QString model; // ctc, tdnn
    QString tokens;

    // The files of `dir`; the error (field "model_dir") says the folder is missing, names the files it lacks, or
    // names a model file that is not ONNX or lacks what the pinned library needs of its kind (sherpaonnxneeds.h:
    // the library would end the program over it).
    [[nodiscard]] static Result<SherpaOnnxModel> inspect(const QString &dir);
    [[nodiscard]] QString kindName() const;
};

} // namespace nexus
