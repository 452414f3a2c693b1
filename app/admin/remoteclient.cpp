// RemoteClient: the admin key from a file or the environment, libcurl HTTPS through HttpClient, error printing.
#include "remoteclient.h"

#include "client/httpclient.h"
#include "protocol/apierror.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrl>

namespace nexus::admin {

RemoteClient::RemoteClient(QString command, QString usage, QTextStream &out, QTextStream &err)
    : m_command(std::move(command)), m_usage(std::move(usage)), m_out(out), m_err(err)
{
}

void RemoteClient::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({ m_server, m_ca, m_keyFile, m_jsonOption });
}

int RemoteClient::usageError(const QString &message)
{
    m_err << "nexus-admin " << m_command << ": " << message << "\n" << m_usage;
    m_err.flush();
    return kExitBadInput;
}

std::optional<int> RemoteClient::prepare(const QCommandLineParser &parser)
{
    m_json = parser.isSet(m_jsonOption);
    m_serverUrl = parser.value(m_server).trimmed();
    while (m_serverUrl.endsWith(u'/'))
        m_serverUrl.chop(1);
    const QUrl url(m_serverUrl);
    if (m_serverUrl.isEmpty())
        return usageError(QStringLiteral("--server is required (https://host:port)"));
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return usageError(QStringLiteral("--server must be an https:// URL, not \"%1\"").arg(m_serverUrl));
    m_caFile = parser.value(m_ca);
    if (!m_caFile.isEmpty() && !QFile::exists(m_caFile))
        return usageError(QStringLiteral("--ca: there is no file %1").arg(m_caFile));
    if (parser.isSet(m_keyFile)) {
        QFile file(parser.value(m_keyFile));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(
                QStringLiteral("--key-file: cannot read %1: %2").arg(file.fileName(), file.errorString()));
        m_key = QString::fromUtf8(file.readAll()).trimmed();
    } else {
        m_key = qEnvironmentVariable("NEXUS_ADMIN_KEY").trimmed();
    }
    if (m_key.isEmpty())
        return usageError(QStringLiteral("--key-file: no admin key (give --key-file FILE or set NEXUS_ADMIN_KEY)"));
    return std::nullopt;
}

std::optional<QJsonObject> RemoteClient::call(const QString &pathAndQuery, const QJsonObject *postBody, int *exitCode)
{
    const HttpClient http(HttpClient::Options { m_caFile, 5000, 120000, nullptr });
    const QByteArray body = postBody ? QJsonDocument(*postBody).toJson(QJsonDocument::Compact) : QByteArray();
    Result<HttpResponse> reply = http.send(m_serverUrl + pathAndQuery, postBody ? &body : nullptr,
        { QByteArrayLiteral("Authorization: Bearer ") + m_key.toUtf8() });
    if (!reply || reply->status != 200)
        m_err << "nexus-admin " << m_command << ": ";
    if (!reply) {
        m_err << "cannot reach " << m_serverUrl << ": " << reply.error().message() << "\n";
        m_err.flush();
        *exitCode = kExitFailure;
        return std::nullopt;
    }
    if (reply->status == 200) {
        const QJsonDocument document = QJsonDocument::fromJson(reply->body);
        if (document.isObject())
            return document.object();
        m_err << "nexus-admin " << m_command << ": the server answered something that is not a JSON object\n";
        *exitCode = kExitFailure;
        return std::nullopt;
    }
    const wire::ApiError error = wire::ApiError::fromBody(reply->status, reply->body);
    if (reply->status == 401) {
        m_err << "the server refused the admin key (HTTP 401: " << error.message << ")\n";
        *exitCode = kExitRefused;
    } else if (reply->status == 400 && !error.field.isEmpty()) {
        m_err << "--" << error.field << ": " << error.message << (postBody ? " (nothing was changed)\n" : "\n");
        *exitCode = kExitBadInput;
    } else {
        m_err << "HTTP " << reply->status << ": " << error.message << "\n";
        *exitCode = reply->status == 400 ? kExitBadInput : kExitFailure;
    }
    m_err.flush();
    return std::nullopt;
}

void RemoteClient::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << "\n";
    m_out.flush();
}

void RemoteClient::printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &cell : header)
        widths.append(cell.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    const auto line = [this, &widths](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i) + 2) : cells.at(i);
        m_out << text << "\n";
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    if (rows.isEmpty())
        m_out << "(none)\n";
    m_out.flush();
}

QString RemoteClient::money(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString RemoteClient::quantity(qint64 thousandths)
{
    const qint64 magnitude = thousandths < 0 ? -thousandths : thousandths;
    QString text = QString::number(magnitude / 1000);
    if (magnitude % 1000 != 0) {
        QString fraction = QStringLiteral("%1").arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += u'.' + fraction;
    }
    return thousandths < 0 ? u'-' + text : text;
}

} // namespace nexus::admin
