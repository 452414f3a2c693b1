// Walking an ONNX ModelProto's top-level fields (protobuf wire format) for its metadata_props (field 14).
#include "onnxmetadata.h"

#include <QBuffer>
#include <QFile>

namespace nexus {

namespace {

constexpr quint64 kIrVersionTag = 0x08; // field 1 (ir_version), varint: every ONNX file starts with it
constexpr quint64 kMetadataField = 14; // repeated StringStringEntryProto { 1: key, 2: value }

enum Wire { Varint = 0, Fixed64 = 1, Bytes = 2, Fixed32 = 5 };

bool readVarint(QIODevice &in, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        char byte = 0;
        if (!in.getChar(&byte))
            return false;
        value |= quint64(uchar(byte) & 0x7f) << shift;
        if (!(uchar(byte) & 0x80))
            return true;
    }
    return false;
}

// Calls `field(number, payload device, length)` for each length-delimited field and skips the others; false on a
// malformed stream. `payload` is left positioned after the field whether or not the callback read it.
template <typename OnBytes> bool walk(QIODevice &in, bool mustStartWithIrVersion, OnBytes onBytes)
{
    const qint64 size = in.size();
    bool first = true;
    while (in.pos() < size) {
        quint64 tag = 0;
        if (!readVarint(in, tag) || (first && mustStartWithIrVersion && tag != kIrVersionTag))
            return false;
        first = false;
        quint64 skip = 0;
        switch (tag & 7) {
        case Varint:
            if (!readVarint(in, skip))
                return false;
            skip = 0;
            break;
        case Fixed64:
            skip = 8;
            break;
        case Fixed32:
            skip = 4;
            break;
        case Bytes: {
            if (!readVarint(in, skip) || skip > quint64(size - in.pos()))
                return false;
            const qint64 end = in.pos() + qint64(skip);
            if (!onBytes(tag >> 3, in, qint64(skip)))
                return false;
            if (!in.seek(end))
                return false;
            skip = 0;
            break;
        }
        default:
            return false;
        }
        if (skip > quint64(size - in.pos()) || !in.seek(in.pos() + qint64(skip)))
            return false;
    }
    return !first;
}

} // namespace

Result<QHash<QString, QString>> onnxMetadata(const QString &path)
{
    QHash<QString, QString> metadata;
    QFile file(path);
    const auto readEntry = [&metadata](quint64 number, QIODevice &in, qint64 length) {
        if (number != kMetadataField)
            return true;
        QBuffer entry;
        entry.setData(in.read(length));
        if (!entry.open(QIODevice::ReadOnly) || entry.size() != length)
            return false;
        QString key;
        QString value;
        const bool parsed = walk(entry, false, [&](quint64 field, QIODevice &part, qint64 size) {
            if (field == 1)
                key = QString::fromUtf8(part.read(size));
            else if (field == 2)
                value = QString::fromUtf8(part.read(size));
            return true;
        });
        if (parsed || entry.size() == 0)
            metadata.insert(key, value);
        return parsed || entry.size() == 0;
    };
    if (!file.open(QIODevice::ReadOnly) || !walk(file, true, readEntry))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The speech model file %1 is not an ONNX model (a damaged or incomplete copy?)"), { path },
            QStringLiteral("model_dir"));
    return metadata;
}

} // namespace nexus
