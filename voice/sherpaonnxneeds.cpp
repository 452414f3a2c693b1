// The metadata keys and tokens each model kind needs in the pinned sherpa-onnx.
#include "sherpaonnxneeds.h"

#include "onnxmetadata.h"
#include "sherpaonnxmodel.h"

#include <QFile>
#include <QHash>

namespace nexus {

namespace {

using Metadata = QHash<QString, QString>;

Status lacking(const QString &file, const QString &key, const SherpaOnnxModel &model)
{
    return fail(ErrorCode::InvalidInput,
        NX_ERR("The speech model file %1 lacks %2 in its metadata: it is not a %3 model sherpa-onnx can load"),
        { file, key, model.kindName() }, QStringLiteral("model_dir"));
}

// The first of `keys` that `file`'s metadata lacks.
Status needKeys(const QString &file, const Metadata &metadata, const QStringList &keys, const SherpaOnnxModel &model)
{
    for (const QString &key : keys) {
        if (metadata.value(key).isEmpty())
            return lacking(file, key, model);
    }
    return {};
}

// The CTC decoder's blank: a tokens.txt line whose symbol is one of these.
Status needBlank(const QString &tokens)
{
    QFile file(tokens);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray symbol = file.readLine().trimmed().split(' ').value(0);
            if (symbol == "<blk>" || symbol == "<eps>" || symbol == "<blank>")
                return {};
        }
    }
    return fail(ErrorCode::InvalidInput, NX_ERR("The tokens file %1 has no blank symbol (<blk>, <eps> or <blank>)"),
        { tokens }, QStringLiteral("model_dir"));
}

Status transducerNeeds(const SherpaOnnxModel &model, const Metadata &encoder, const Metadata &decoder)
{
    const QString type = encoder.value(QStringLiteral("model_type"));
    if (type.isEmpty())
        return lacking(model.encoder, QStringLiteral("model_type"), model);
    if (type == u"conformer" || type == u"zipformer" || type == u"zipformer2")
        return needKeys(
            model.decoder, decoder, { QStringLiteral("vocab_size"), QStringLiteral("context_size") }, model);
    if (type == u"EncDecRNNTBPEModel" || type == u"EncDecHybridRNNTCTCBPEModel")
        return needKeys(model.encoder, encoder,
            { QStringLiteral("vocab_size"), QStringLiteral("subsampling_factor"), QStringLiteral("pred_rnn_layers"),
                QStringLiteral("pred_hidden") },
            model);
    return fail(ErrorCode::InvalidInput,
        NX_ERR("The speech model file %1 is a %2 model, not a transducer sherpa-onnx can load"),
        { model.encoder, type }, QStringLiteral("model_dir"));
}

Status whisperNeeds(const SherpaOnnxModel &model, const Metadata &encoder)
{
    QStringList keys { QStringLiteral("n_mels"), QStringLiteral("n_text_layer"), QStringLiteral("n_text_ctx"),
        QStringLiteral("n_text_state"), QStringLiteral("n_vocab"), QStringLiteral("sot"), QStringLiteral("eot"),
        QStringLiteral("blank_id"), QStringLiteral("translate"), QStringLiteral("transcribe"),
        QStringLiteral("is_multilingual"), QStringLiteral("no_timestamps"), QStringLiteral("no_speech"),
        QStringLiteral("sot_sequence") };
    if (encoder.value(QStringLiteral("is_multilingual")).toInt() != 0)
        keys << QStringLiteral("all_language_tokens") << QStringLiteral("all_language_codes");
    return needKeys(model.encoder, encoder, keys, model);
}

} // namespace

Status checkSherpaOnnxNeeds(const SherpaOnnxModel &model)
{
    QHash<QString, Metadata> metadata;
    for (const QString &file : { model.encoder, model.decoder, model.joiner, model.model }) {
        if (file.isEmpty())
            continue;
        Result<Metadata> read = onnxMetadata(file);
        if (!read)
            return std::unexpected(read.error());
        metadata.insert(file, std::move(*read));
    }
    switch (model.kind) {
    case SherpaOnnxModel::Kind::Transducer:
        return transducerNeeds(model, metadata.value(model.encoder), metadata.value(model.decoder));
    case SherpaOnnxModel::Kind::Whisper:
        return whisperNeeds(model, metadata.value(model.encoder));
    case SherpaOnnxModel::Kind::Ctc:
        if (Status keys = needKeys(model.model, metadata.value(model.model),
                { QStringLiteral("vocab_size"), QStringLiteral("subsampling_factor") }, model);
            !keys)
            return keys;
        return needBlank(model.tokens);
    case SherpaOnnxModel::Kind::Tdnn:
        if (Status keys = needKeys(model.model, metadata.value(model.model), { QStringLiteral("vocab_size") }, model);
            !keys)
            return keys;
        return needBlank(model.tokens);
    }
    return {};
}

} // namespace nexus
