// SMTP with libcurl's easy interface. Replies 4xx are "later", 5xx "never"; a connection that could not be made is
// "later" too (nothing was handed over).
#include "client/notifications/smtpclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace nexus {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = static_cast<qsizetype>(size * count);
    const qsizetype n = std::min(room, upload->data.size() - upload->offset);
    memcpy(buffer, upload->data.constData() + upload->offset, static_cast<size_t>(n));
    upload->offset += n;
    return static_cast<size_t>(n);
}

QByteArray encodedWord(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray wrapped(const QByteArray &base64)
{
    QByteArray out;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        out += base64.mid(i, 76) + "\r\n";
    return out;
}

struct EasyDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

QByteArray SmtpClient::messageId(const QString &idempotencyKey)
{
    // The key has ':' and '+' in it; a hash keeps the id short and within RFC 5322's dot-atom.
    return "<" + QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(40)
        + "@nexus-pos>";
}

QByteArray SmtpClient::mimeMessage(
    const NotificationMessage &message, const QString &fromAddress, const QString &fromName, const QDateTime &date)
{
    const QByteArray from = fromName.isEmpty() ? fromAddress.toUtf8()
                                               : encodedWord(fromName) + " <" + fromAddress.toUtf8() + ">";
    QByteArray out;
    out += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000\r\n";
    out += "From: " + from + "\r\n";
    out += "To: <" + message.recipient.toUtf8() + ">\r\n";
    out += "Subject: " + encodedWord(message.subject) + "\r\n";
    out += "Message-ID: " + messageId(message.idempotencyKey) + "\r\n";
    out += "X-Nexus-Idempotency-Key: " + message.idempotencyKey.toUtf8() + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    // With a document: multipart/mixed, the text first, then the file as an attachment (RFC 2046, RFC 2183).
    const QByteArray boundary = "=_nexus_" + messageId(message.idempotencyKey).mid(1, 24);
    if (!message.attachment.isEmpty())
        out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    out += wrapped(body.toUtf8().toBase64());
    if (!message.attachment.isEmpty()) {
        const QByteArray type = attachmentMimeType(message.attachmentName);
        QByteArray name = encodedWord(message.attachmentName);
        name.replace('"', '_');
        out += "\r\n--" + boundary + "\r\nContent-Type: " + type + "; name=\"" + name
            + "\"\r\nContent-Disposition: attachment; filename=\"" + name
            + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + wrapped(message.attachment.toBase64()) + "--"
            + boundary + "--\r\n";
    }
    return out;
}

ChannelOutcome SmtpClient::send(const NotificationMessage &message)
{
    if (!message.recipient.contains(QLatin1Char('@')))
        return { ChannelOutcome::Kind::Failed, {}, QStringLiteral("no e-mail address") };
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl)
        return { ChannelOutcome::Kind::Retry, {}, QStringLiteral("libcurl could not start") };
    CURL *handle = curl.get();
    Upload upload { mimeMessage(message, m_config.fromAddress, m_config.fromName, QDateTime::currentDateTimeUtc()), 0 };
    const QByteArray url = m_config.url.toUtf8();
    const QByteArray from = "<" + m_config.fromAddress.toUtf8() + ">";
    const QByteArray user = m_config.username.toUtf8();
    const QByteArray password = m_config.password.toUtf8();
    const QByteArray caFile = QFile::encodeName(m_config.caFile);
    const QByteArray to = "<" + message.recipient.toUtf8() + ">";
    std::unique_ptr<curl_slist, ListDeleter> rcpt(curl_slist_append(nullptr, to.constData()));
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(m_config.timeoutMs));
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(m_config.requireStartTls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    if (!m_config.caFile.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
    if (!m_config.username.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(upload.data.size()));
    const CURLcode code = curl_easy_perform(handle);
    long reply = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
    if (code == CURLE_OK)
        return { ChannelOutcome::Kind::Sent, QString::fromLatin1(messageId(message.idempotencyKey)), {} };
    const QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    const QString error = reply > 0 ? QStringLiteral("SMTP %1: %2").arg(reply).arg(detail) : detail;
    if (reply >= 500 || code == CURLE_LOGIN_DENIED || code == CURLE_USE_SSL_FAILED)
        return { ChannelOutcome::Kind::Failed, {}, error };
    return { ChannelOutcome::Kind::Retry, {}, error };
}

} // namespace nexus
