// RemoteClient: the key from a file or the environment, libcurl HTTPS through HttpClient, error printing, job polls.
#include "remoteclient.h"

#include "client/httpclient.h"
#include "protocol/apierror.h"
#include "server/adminroutes.h"

#include <QFile>
#include <QJsonDocument>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace nexus::admin {

RemoteClient::RemoteClient(QString command, QString usage, QTextStream &out, QTextStream &err)
    : m_ownLine(std::make_unique<CommandLine>(std::move(command), std::move(usage), out, err)), m_line(*m_ownLine)
{
}

RemoteClient::RemoteClient(CommandLine &line, Scope scope) : m_line(line), m_scope(scope)
{
    m_line.addOptions({ m_server, m_ca, m_keyFile, m_operatorKeyFile, m_tenantOption });
}

RemoteClient::~RemoteClient() = default;

void RemoteClient::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({ m_server, m_ca, m_keyFile, m_operatorKeyFile, m_tenantOption, m_jsonOption });
}

std::optional<int> RemoteClient::prepare(const QCommandLineParser &parser)
{
    if (m_ownLine)
        m_line.setJson(parser.isSet(m_jsonOption));
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
    return readKey(parser);
}

std::optional<int> RemoteClient::readKey(const QCommandLineParser &parser)
{
    const bool adminFile = parser.isSet(m_keyFile);
    const bool operatorFile = parser.isSet(m_operatorKeyFile);
    if (adminFile && operatorFile)
        return usageError(QStringLiteral("give --key-file or --operator-key-file, not both"));
    const auto readFile = [this, &parser](const QCommandLineOption &option) -> std::optional<int> {
        QFile file(parser.value(option));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("--%1: cannot read %2: %3")
                                  .arg(option.names().constFirst(), file.fileName(), file.errorString()));
        m_key = QString::fromUtf8(file.readAll()).trimmed();
        return std::nullopt;
    };
    const QString adminEnv = qEnvironmentVariable("NEXUS_ADMIN_KEY").trimmed();
    const QString operatorEnv = qEnvironmentVariable("NEXUS_OPERATOR_KEY").trimmed();
    const bool useOperator
        = m_scope == Scope::Operator || operatorFile || (!adminFile && adminEnv.isEmpty() && !operatorEnv.isEmpty());
    if (m_scope == Scope::Operator && adminFile)
        return usageError(QStringLiteral("--key-file: this command needs the server operator's key "
                                         "(--operator-key-file or NEXUS_OPERATOR_KEY), not a tenant's admin key"));
    if (useOperator) {
        if (operatorFile) {
            if (std::optional<int> failed = readFile(m_operatorKeyFile))
                return failed;
        } else {
            m_key = operatorEnv;
        }
        if (m_key.isEmpty())
            return usageError(QStringLiteral("--operator-key-file: no operator key (give --operator-key-file FILE or "
                                             "set NEXUS_OPERATOR_KEY)"));
        if (m_scope == Scope::Tenant) {
            m_tenantSlug = parser.value(m_tenantOption).trimmed();
            if (m_tenantSlug.isEmpty())
                return usageError(QStringLiteral("--tenant is required with the operator's key: say which tenant"));
        }
        return std::nullopt;
    }
    if (adminFile) {
        if (std::optional<int> failed = readFile(m_keyFile))
            return failed;
    } else {
        m_key = adminEnv;
    }
    if (m_key.isEmpty())
        return usageError(QStringLiteral("--key-file: no admin key (give --key-file FILE or set NEXUS_ADMIN_KEY)"));
    if (!parser.value(m_tenantOption).trimmed().isEmpty())
        return usageError(QStringLiteral("--tenant: an admin key works on its own tenant; --tenant goes with the "
                                         "operator's key (--operator-key-file)"));
    return std::nullopt;
}

std::optional<QJsonObject> RemoteClient::call(const QString &pathAndQuery, const QJsonObject *postBody, int *exitCode)
{
    QTextStream &err = m_line.err();
    const HttpClient http(HttpClient::Options { m_caFile, 5000, 120000, nullptr });
    const QByteArray body = postBody ? QJsonDocument(*postBody).toJson(QJsonDocument::Compact) : QByteArray();
    QList<QByteArray> headers { QByteArrayLiteral("Authorization: Bearer ") + m_key.toUtf8() };
    if (!m_tenantSlug.isEmpty())
        headers.append(QByteArray(adminpath::kTenantHeader.data()) + ": " + m_tenantSlug.toUtf8());
    Result<HttpResponse> reply = http.send(m_serverUrl + pathAndQuery, postBody ? &body : nullptr, headers);
    const bool success = reply && reply->status >= 200 && reply->status < 300;
    if (!success)
        err << "nexus-admin " << m_line.command() << ": ";
    if (!reply) {
        err << "cannot reach " << m_serverUrl << ": " << reply.error().message() << "\n";
        err.flush();
        *exitCode = kExitFailure;
        return std::nullopt;
    }
    if (success) {
        const QJsonDocument document = QJsonDocument::fromJson(reply->body);
        if (document.isObject())
            return document.object();
        err << "nexus-admin " << m_line.command() << ": the server answered something that is not a JSON object\n";
        err.flush();
        *exitCode = kExitFailure;
        return std::nullopt;
    }
    const wire::ApiError error = wire::ApiError::fromBody(reply->status, reply->body);
    if (reply->status == 401) {
        err << "the server refused the " << (m_key.startsWith(QLatin1String("nxo_")) ? "operator" : "admin")
            << " key (HTTP 401: " << error.message << ")\n";
        *exitCode = kExitRefused;
    } else if (reply->status == 400 && !error.field.isEmpty()) {
        err << "--" << error.field << ": " << error.message << (postBody ? " (nothing was changed)\n" : "\n");
        *exitCode = kExitBadInput;
    } else {
        err << "HTTP " << reply->status << ": " << error.message << "\n";
        *exitCode = reply->status == 400 ? kExitBadInput : kExitFailure;
    }
    err.flush();
    return std::nullopt;
}

int RemoteClient::jobFailed(const QJsonObject &job)
{
    const QJsonObject error = job.value(QStringLiteral("error")).toObject();
    QTextStream &err = m_line.err();
    const QString field = error.value(QStringLiteral("field")).toString();
    err << "nexus-admin " << m_line.command() << ": ";
    if (!field.isEmpty())
        err << "--" << field << ": ";
    err << error.value(QStringLiteral("message")).toString() << " (job " << job.value(QStringLiteral("id")).toString()
        << ")\n";
    err.flush();
    return !field.isEmpty() || error.value(QStringLiteral("code")).toString() == QLatin1String("invalid_field")
        ? kExitBadInput
        : kExitFailure;
}

int RemoteClient::printJobStatus(const QString &id)
{
    int exitCode = 0;
    if (id.isEmpty()) {
        std::optional<QJsonObject> answer = call(QString(adminpath::kJobs), nullptr, &exitCode);
        if (!answer)
            return exitCode;
        if (json()) {
            printJson(*answer);
            return 0;
        }
        QList<QStringList> rows;
        for (const QJsonValue &value : answer->value(QStringLiteral("rows")).toArray()) {
            const QJsonObject job = value.toObject();
            const auto text = [&job](const char *key) { return job.value(QLatin1String(key)).toString(); };
            rows.append(
                { text("id"), text("kind"), text("state"), text("stage"), text("started_at"), text("finished_at") });
        }
        printTable({ QStringLiteral("JOB"), QStringLiteral("KIND"), QStringLiteral("STATE"), QStringLiteral("STAGE"),
                       QStringLiteral("STARTED"), QStringLiteral("FINISHED") },
            rows);
        return 0;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), id);
    std::optional<QJsonObject> job
        = call(QString(adminpath::kJobs) + u'?' + query.toString(QUrl::FullyEncoded), nullptr, &exitCode);
    if (!job)
        return exitCode;
    // Interrupted: the server running it stopped before it finished (its error says so).
    const QString state = job->value(QStringLiteral("state")).toString();
    const bool failed = state == QLatin1String("failed") || state == QLatin1String("interrupted");
    if (json())
        printJson(*job);
    else
        m_line.printFields({ { QStringLiteral("job"), job->value(QStringLiteral("id")).toString() },
            { QStringLiteral("kind"), job->value(QStringLiteral("kind")).toString() },
            { QStringLiteral("state"), job->value(QStringLiteral("state")).toString() },
            { QStringLiteral("stage"), job->value(QStringLiteral("stage")).toString() },
            { QStringLiteral("started"), job->value(QStringLiteral("started_at")).toString() },
            { QStringLiteral("finished"), job->value(QStringLiteral("finished_at")).toString() },
            { QStringLiteral("result"),
                QString::fromUtf8(
                    QJsonDocument(job->value(QStringLiteral("result")).toObject()).toJson(QJsonDocument::Compact)) } });
    return failed ? jobFailed(*job) : 0;
}

std::optional<QJsonObject> RemoteClient::waitForJob(const QString &jobId, int *exitCode)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), jobId);
    const QString path = QString(adminpath::kJobs) + u'?' + query.toString(QUrl::FullyEncoded);
    QString lastStage;
    unsigned long pauseMs = 200;
    for (;;) {
        std::optional<QJsonObject> job = call(path, nullptr, exitCode);
        if (!job)
            return std::nullopt;
        const QString state = job->value(QStringLiteral("state")).toString();
        const QString stage = job->value(QStringLiteral("stage")).toString();
        if (!json() && state == QLatin1String("running") && !stage.isEmpty() && stage != lastStage) {
            m_line.err() << job->value(QStringLiteral("kind")).toString() << ": " << stage << "…\n";
            m_line.err().flush();
            lastStage = stage;
        }
        if (state == QLatin1String("failed") || state == QLatin1String("interrupted")) {
            if (json())
                printJson(*job);
            *exitCode = jobFailed(*job);
            return std::nullopt;
        }
        if (state != QLatin1String("running"))
            return job;
        QThread::msleep(pauseMs);
        pauseMs = std::min<unsigned long>(pauseMs * 2, 2000);
    }
}

} // namespace nexus::admin
