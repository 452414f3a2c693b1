// Recognising a model folder's kind and files by their names.
#include "sherpaonnxmodel.h"

#include "sherpaonnxneeds.h"

#include <QDir>
#include <QFileInfo>

namespace nexus {

namespace {

// The .onnx file whose name contains `part` (int8 preferred); empty when none.
QString onnxWith(const QStringList &files, QLatin1String part, const QDir &dir)
{
    QString best;
    for (const QString &file : files) {
        if (!file.endsWith(QLatin1String(".onnx")) || !file.contains(part))
            continue;
        if (best.isEmpty() || (file.contains(QLatin1String("int8")) && !best.contains(QLatin1String("int8"))))
            best = file;
    }
    return best.isEmpty() ? QString() : dir.filePath(best);
}

} // namespace

QString SherpaOnnxModel::kindName() const
{
    switch (kind) {
    case Kind::Transducer:
        return QStringLiteral("transducer");
    case Kind::Whisper:
        return QStringLiteral("whisper");
    case Kind::Ctc:
        return QStringLiteral("ctc");
    case Kind::Tdnn:
        return QStringLiteral("tdnn");
    }
    return {};
}

Result<SherpaOnnxModel> SherpaOnnxModel::inspect(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the folder of the speech model"), {},
            QStringLiteral("model_dir"));
    const QDir dir(trimmed);
    if (!QFileInfo(trimmed).isDir())
        return fail(ErrorCode::NotFound, NX_ERR("The speech model folder %1 does not exist"), { trimmed },
            QStringLiteral("model_dir"));
    const QStringList files = dir.entryList(QDir::Files | QDir::Readable, QDir::Name);
    SherpaOnnxModel found;
    found.dir = dir.absolutePath();
    for (const QString &file : files) {
        if (file == u"tokens.txt" || (file.endsWith(QLatin1String("tokens.txt")) && found.tokens.isEmpty()))
            found.tokens = dir.filePath(file);
    }
    found.encoder = onnxWith(files, QLatin1String("encoder"), dir);
    found.decoder = onnxWith(files, QLatin1String("decoder"), dir);
    found.joiner = onnxWith(files, QLatin1String("joiner"), dir);
    QStringList missing;
    if (!found.joiner.isEmpty() || (!found.encoder.isEmpty() && !found.decoder.isEmpty())) {
        found.kind = found.joiner.isEmpty() ? Kind::Whisper : Kind::Transducer;
        if (found.encoder.isEmpty())
            missing.append(QStringLiteral("encoder.onnx"));
        if (found.decoder.isEmpty())
            missing.append(QStringLiteral("decoder.onnx"));
    } else if (const QString tdnn = onnxWith(files, QLatin1String("tdnn"), dir); !tdnn.isEmpty()) {
        found.kind = Kind::Tdnn;
        found.model = tdnn;
    } else if (const QString model = onnxWith(files, QLatin1String("model"), dir); !model.isEmpty()) {
        found.kind = Kind::Ctc;
        found.model = model;
    } else if (!found.encoder.isEmpty() || !found.decoder.isEmpty()) {
        // Half a model: name the half that is missing, as for a transducer (the common Spanish kind).
        found.kind = Kind::Transducer;
        missing.append(found.encoder.isEmpty() ? QStringLiteral("encoder.onnx") : QStringLiteral("decoder.onnx"));
        missing.append(QStringLiteral("joiner.onnx"));
    } else {
        missing.append(QStringLiteral("model.onnx (or encoder.onnx + decoder.onnx + joiner.onnx)"));
    }
    if (found.tokens.isEmpty())
        missing.append(QStringLiteral("tokens.txt"));
    if (!missing.isEmpty())
        return fail(ErrorCode::NotFound, NX_ERR("The speech model folder %1 lacks %2"),
            { found.dir, missing.join(QStringLiteral(", ")) }, QStringLiteral("model_dir"));
    // What the library would end the program over (a file that is not ONNX, a metadata key or token it needs).
    if (Status needs = checkSherpaOnnxNeeds(found); !needs)
        return std::unexpected(needs.error());
    return found;
}

} // namespace nexus
