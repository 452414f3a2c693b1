// sherpa-onnx's C API library, opened at run time: the build does not need it and a counter without it still runs
// (the engine says why it cannot listen). Where it is looked for, first found wins:
//   1. the path given (QSettings voice/sherpaOnnxLibrary, or the environment's NEXUS_SHERPA_ONNX_LIB)
//   2. <program folder>/../lib/sherpa-onnx/libsherpa-onnx-c-api.so (an installed Nexus)
//   3. the checkout's .cache/sherpa-onnx/<pinned version>/ where installer/fetch-sherpa-onnx.sh puts it
// libonnxruntime.so sits beside it (the library finds it through its $ORIGIN rpath).
#pragma once

#include "common/error.h"
#include "sherpaonnxabi.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace nexus {

class SherpaOnnxLibrary final
{
public:
    static constexpr const char *kSettingsKey = "voice/sherpaOnnxLibrary";
    static constexpr const char *kEnvironment = "NEXUS_SHERPA_ONNX_LIB";

    // Opens the library and resolves the calls Chalán makes; refuses a library of another version than the pinned
    // one (its structs would not match). Loaded once per path and kept for the life of the program.
    [[nodiscard]] static Result<std::shared_ptr<const SherpaOnnxLibrary>> open(const QString &path);
    // The first candidate path that exists (see above); the configured one even when missing, so the error names it.
    [[nodiscard]] static QString locate(const QSettings &settings);
    [[nodiscard]] static QStringList candidates(const QString &configured);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString version() const { return m_version; }

    sherpa::CreateOfflineRecognizerFn createRecognizer = nullptr;
    sherpa::DestroyOfflineRecognizerFn destroyRecognizer = nullptr;
    sherpa::CreateOfflineStreamFn createStream = nullptr;
    sherpa::DestroyOfflineStreamFn destroyStream = nullptr;
    sherpa::AcceptWaveformOfflineFn acceptWaveform = nullptr;
    sherpa::DecodeOfflineStreamFn decode = nullptr;
    sherpa::GetOfflineStreamResultFn result = nullptr;
    sherpa::DestroyOfflineRecognizerResultFn destroyResult = nullptr;

private:
    QString m_path;
    QString m_version;
};

} // namespace nexus
