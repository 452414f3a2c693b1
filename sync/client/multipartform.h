// A multipart/form-data body (RFC 7578) for uploads over HttpClient::sendBody: text fields and files, one random
// boundary per form.
#pragma once

#include <QByteArray>
#include <QString>

namespace nexus {

class MultipartForm final
{
public:
    // `boundary` empty: a fresh random one.
    explicit MultipartForm(QByteArray boundary = {});

    void addField(const QByteArray &name, const QByteArray &value);
    // The file name is quoted with '"', CR and LF replaced by '_'.
    void addFile(
        const QByteArray &name, const QString &fileName, const QByteArray &contentType, const QByteArray &bytes);

    // The whole body, closing delimiter included.
    [[nodiscard]] QByteArray body() const;
    // "multipart/form-data; boundary=…"
    [[nodiscard]] QByteArray contentType() const;
    [[nodiscard]] const QByteArray &boundary() const { return m_boundary; }

private:
    QByteArray m_boundary;
    QByteArray m_parts;
};

} // namespace nexus
