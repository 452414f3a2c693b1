// SherpaOnnxRecognizer: the model folder → the library's offline recognizer config → one stream per utterance.
#include "sherpaonnxrecognizer.h"

#include "pcmresampler.h"
#include "sherpaonnxlibrary.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QtEndian>

#include <vector>

Q_LOGGING_CATEGORY(lcSherpaOnnx, "nexus.voice.sherpa")

namespace nexus {

namespace {

constexpr int kRate = 16000;

} // namespace

SherpaOnnxRecognizer::SherpaOnnxRecognizer(SherpaOnnxOptions options) : m_options(std::move(options))
{
    // The model first: a missing file is the store's to fix and is named whether or not the library is there.
    Result<SherpaOnnxModel> model = SherpaOnnxModel::inspect(m_options.modelDir);
    if (!model) {
        m_problem = model.error();
        return;
    }
    m_model = std::move(*model);
    Result<std::shared_ptr<const SherpaOnnxLibrary>> library = SherpaOnnxLibrary::open(m_options.libraryPath);
    if (!library) {
        m_problem = library.error();
        return;
    }
    m_library = std::move(*library);

    // Every string the config points at lives until the create call returns.
    const QByteArray encoder = m_model.encoder.toUtf8();
    const QByteArray decoder = m_model.decoder.toUtf8();
    const QByteArray joiner = m_model.joiner.toUtf8();
    const QByteArray single = m_model.model.toUtf8();
    const QByteArray tokens = m_model.tokens.toUtf8();
    const QByteArray language = m_options.language.toUtf8();
    sherpa::RecognizerConfig config {};
    config.features.sampleRate = kRate;
    config.features.featureDim = 80;
    config.model.tokens = tokens.constData();
    config.model.numThreads = std::max(1, m_options.threads);
    config.model.provider = "cpu";
    config.decodingMethod = "greedy_search";
    switch (m_model.kind) {
    case SherpaOnnxModel::Kind::Transducer:
        config.model.transducer = { encoder.constData(), decoder.constData(), joiner.constData() };
        break;
    case SherpaOnnxModel::Kind::Whisper:
        config.model.whisper.encoder = encoder.constData();
        config.model.whisper.decoder = decoder.constData();
        config.model.whisper.language = language.constData();
        config.model.whisper.task = "transcribe";
        config.model.whisper.tailPaddings = -1; // the library's default
        break;
    case SherpaOnnxModel::Kind::Ctc:
        config.model.nemoCtc.model = single.constData();
        break;
    case SherpaOnnxModel::Kind::Tdnn:
        config.model.tdnn.model = single.constData();
        break;
    }
    m_recognizer = m_library->createRecognizer(&config);
    if (!m_recognizer)
        m_problem = Error(ErrorCode::Io, NX_ERR("sherpa-onnx could not load the %1 speech model in %2"),
            { m_model.kindName(), m_model.dir }, QStringLiteral("model_dir"));
    else
        qCInfo(lcSherpaOnnx).noquote() << "sherpa-onnx" << m_library->version() << m_model.kindName() << "model from"
                                       << m_model.dir;
}

SherpaOnnxRecognizer::~SherpaOnnxRecognizer()
{
    if (m_recognizer)
        m_library->destroyRecognizer(m_recognizer);
}

QString SherpaOnnxRecognizer::problem() const
{
    return m_recognizer ? QString() : m_problem.message();
}

Result<Transcript> SherpaOnnxRecognizer::recognize(const AudioClip &clip)
{
    QMutexLocker lock(&m_mutex);
    if (!m_recognizer)
        return std::unexpected(m_problem);
    Transcript transcript;
    transcript.engine = name();
    const AudioClip audio = PcmResampler::resample(clip, kRate);
    if (audio.samples() == 0)
        return transcript;
    std::vector<float> samples(size_t(audio.samples()));
    for (size_t i = 0; i < samples.size(); ++i)
        samples[i] = float(qFromLittleEndian<qint16>(audio.pcm16.constData() + 2 * i)) / 32768.0f;
    const sherpa::Stream *stream = m_library->createStream(m_recognizer);
    if (!stream)
        return fail(ErrorCode::Internal, NX_ERR("sherpa-onnx could not start listening"), {}, QStringLiteral("engine"));
    m_library->acceptWaveform(stream, kRate, samples.data(), std::int32_t(samples.size()));
    m_library->decode(m_recognizer, stream);
    if (const sherpa::ResultHead *result = m_library->result(stream)) {
        transcript.text = QString::fromUtf8(result->text ? result->text : "").trimmed();
        m_library->destroyResult(result);
    }
    m_library->destroyStream(stream);
    qCDebug(lcSherpaOnnx).noquote() << "heard\t" << transcript.text;
    return transcript;
}

} // namespace nexus
