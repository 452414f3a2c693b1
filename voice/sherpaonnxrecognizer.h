// Offline large-vocabulary speech recognition with sherpa-onnx (its C API, opened at run time): any Spanish model the
// store installs into a folder (see SherpaOnnxModel for the kinds) hears free speech, not only the command grammar;
// the intent parser then reads the transcript like typed text. Without the library or the model it is not available
// and problem() says which file is missing, in the UI's language.
// Caution: sherpa-onnx ends the program on some malformed model files. Missing files, files that are not ONNX and
// missing metadata keys or blank token are checked here first (SherpaOnnxModel::inspect); a file whose graph does
// not fit its kind is not: install models from their published archives only.
#pragma once

#include "assistant/speechrecognizer.h"
#include "sherpaonnxmodel.h"

#include <QMutex>

#include <memory>

namespace nexus {

class SherpaOnnxLibrary;
namespace sherpa {
struct Recognizer;
} // namespace sherpa

struct SherpaOnnxOptions
{
    QString libraryPath; // SherpaOnnxLibrary::locate() gives the installed one
    QString modelDir;
    QString language = QStringLiteral("es"); // for multilingual models that ask (whisper)
    int threads = 2;
};

class SherpaOnnxRecognizer final : public SpeechRecognizer
{
public:
    static constexpr const char *kName = "sherpa-onnx";

    // Blocking (loads the model: seconds for a large one): build it off the UI thread.
    explicit SherpaOnnxRecognizer(SherpaOnnxOptions options);
    ~SherpaOnnxRecognizer() override;
    SherpaOnnxRecognizer(const SherpaOnnxRecognizer &) = delete;
    SherpaOnnxRecognizer &operator=(const SherpaOnnxRecognizer &) = delete;

    [[nodiscard]] QString name() const override { return QLatin1String(kName); }
    [[nodiscard]] bool isAvailable() const override { return m_recognizer != nullptr; }
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] Result<Transcript> recognize(const AudioClip &clip) override;

    // Why it cannot listen (field "library" or "model_dir"); empty code-less Error when it can.
    [[nodiscard]] const Error &error() const { return m_problem; }
    // The model folder as understood (kind and files); meaningful when the folder was complete.
    [[nodiscard]] const SherpaOnnxModel &model() const { return m_model; }

private:
    SherpaOnnxOptions m_options;
    SherpaOnnxModel m_model;
    std::shared_ptr<const SherpaOnnxLibrary> m_library;
    const sherpa::Recognizer *m_recognizer = nullptr;
    Error m_problem;
    QMutex m_mutex;
};

} // namespace nexus
