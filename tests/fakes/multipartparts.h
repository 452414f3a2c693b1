// What the fakes of outside services read from an upload: a multipart/form-data body split into its parts (field
// name, file name, content type, bytes), as a real server's form parser would.
#pragma once

#include <QByteArray>
#include <QList>

namespace nexus::test {

struct MultipartPart
{
    QByteArray name;
    QByteArray fileName; // empty for a plain field
    QByteArray contentType;
    QByteArray bytes;
};

// `contentType` is the request's header ("multipart/form-data; boundary=…"); anything else gives no parts.
inline QList<MultipartPart> multipartParts(const QByteArray &contentType, const QByteArray &body)
{
    QList<MultipartPart> parts;
    const qsizetype at = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || at < 0)
        return parts;
    QByteArray boundaryValue = contentType.mid(at + 9).split(';').first().trimmed();
    if (boundaryValue.startsWith('"') && boundaryValue.endsWith('"'))
        boundaryValue = boundaryValue.mid(1, boundaryValue.size() - 2);
    const QByteArray boundary = "--" + boundaryValue;
    qsizetype from = body.indexOf(boundary);
    while (from >= 0) {
        from += boundary.size();
        if (body.mid(from, 2) == "--")
            break;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + boundary), from);
        if (next < 0)
            break;
        const QByteArray part = body.mid(from + 2, next - from - 2); // after CRLF, before CRLF--boundary
        const qsizetype split = part.indexOf("\r\n\r\n");
        if (split < 0)
            break;
        const QByteArray headers = part.left(split);
        const auto param = [&headers](const QByteArray &name) {
            const qsizetype p = headers.indexOf(QByteArray("; " + name + "=\""));
            if (p < 0)
                return QByteArray();
            const qsizetype start = p + name.size() + 4;
            return headers.mid(start, headers.indexOf('"', start) - start);
        };
        const qsizetype type = headers.indexOf("Content-Type: ");
        parts.append({ param("name"), param("filename"),
            type < 0 ? QByteArray() : headers.mid(type + 14).split('\r').first(), part.mid(split + 4) });
        from = next + 2;
    }
    return parts;
}

} // namespace nexus::test
