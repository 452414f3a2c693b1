// MultipartForm: parts written as they are added, the closing delimiter appended by body().
#include "client/multipartform.h"

#include <QUuid>

namespace nexus {

MultipartForm::MultipartForm(QByteArray boundary)
    : m_boundary(boundary.isEmpty() ? "nexus-" + QUuid::createUuid().toByteArray(QUuid::Id128) : std::move(boundary))
{
}

void MultipartForm::addField(const QByteArray &name, const QByteArray &value)
{
    m_parts += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
        + "\r\n";
}

void MultipartForm::addFile(
    const QByteArray &name, const QString &fileName, const QByteArray &contentType, const QByteArray &bytes)
{
    QByteArray quotedName = fileName.toUtf8();
    quotedName.replace('"', '_').replace('\r', '_').replace('\n', '_');
    m_parts += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
        + quotedName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n" + bytes + "\r\n";
}

QByteArray MultipartForm::body() const
{
    return m_parts + "--" + m_boundary + "--\r\n";
}

QByteArray MultipartForm::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

} // namespace nexus
