// What every remote nexus-admin command shares: --server/--ca and the key options, the HTTPS call, exit codes, jobs.
#pragma once

#include "commandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace nexus::admin {

// Two credentials reach the admin API. A tenant's admin key (nxa_…, --key-file or NEXUS_ADMIN_KEY) works on its own
// tenant. The server operator's key (nxo_…, --operator-key-file or NEXUS_OPERATOR_KEY) creates and lists tenants,
// issues their admin keys and, with --tenant SLUG, works on any tenant. Keys are read from a file or the
// environment, never from the command line (where `ps` and the shell history would show them).
class RemoteClient final
{
public:
    enum class Scope {
        Tenant, // /v1/admin/…: an admin key, or the operator's key with --tenant
        Operator, // /v1/operator/…: the operator's key only
    };

    // Older shape: options added to the caller's parser by addOptions(), read by prepare(parser).
    RemoteClient(QString command, QString usage, QTextStream &out, QTextStream &err);
    // The connection options are added to `line` now; prepare() reads them after line.parse().
    explicit RemoteClient(CommandLine &line, Scope scope = Scope::Tenant);
    ~RemoteClient();
    Q_DISABLE_COPY_MOVE(RemoteClient)

    // Adds --server, --ca, --key-file, --operator-key-file, --tenant and --json to `parser` (call before parsing).
    void addOptions(QCommandLineParser &parser);
    // After parsing: checks the connection options and reads the key. nullopt when ready, else the exit code.
    [[nodiscard]] std::optional<int> prepare(const QCommandLineParser &parser);
    [[nodiscard]] std::optional<int> prepare() { return prepare(m_line.parser()); }
    // --server was given: a command with a local and a remote form takes the remote one.
    [[nodiscard]] bool requested() const { return m_line.parser().isSet(m_server); }

    // GET (postBody null) or POST JSON; the answer object (any 2xx), or the exit code after printing why.
    [[nodiscard]] std::optional<QJsonObject> call(
        const QString &pathAndQuery, const QJsonObject *postBody, int *exitCode);
    // Polls GET /v1/admin/jobs?id= until the job is done or failed, printing each new stage on stderr (unless
    // --json). The finished job, or the exit code (a failed job's error printed as fail() would).
    [[nodiscard]] std::optional<QJsonObject> waitForJob(const QString &jobId, int *exitCode);
    // `snapshot status [JOB]`, `catalog status [JOB]`: one job (its state, stage, result or error), or the tenant's
    // recent jobs when `id` is empty. Exit 0, or a failed job's exit code.
    [[nodiscard]] int printJobStatus(const QString &id);
    // A failed job's error object {code, message, field} printed; its exit code (2 when it names a field).
    [[nodiscard]] int jobFailed(const QJsonObject &job);

    [[nodiscard]] int usageError(const QString &message) { return m_line.usageError(message); }
    [[nodiscard]] bool json() const { return m_line.json(); }
    void printJson(const QJsonObject &object) { m_line.printJson(object); }
    void printTable(const QStringList &header, const QList<QStringList> &rows) { m_line.printTable(header, rows); }
    [[nodiscard]] CommandLine &line() { return m_line; }
    // The tenant an operator's key works on (--tenant), empty with an admin key.
    [[nodiscard]] const QString &tenant() const { return m_tenantSlug; }

    [[nodiscard]] static QString money(qint64 cents) { return CommandLine::money(cents); }
    [[nodiscard]] static QString quantity(qint64 thousandths) { return CommandLine::quantity(thousandths); }

private:
    [[nodiscard]] std::optional<int> readKey(const QCommandLineParser &parser);

    std::unique_ptr<CommandLine> m_ownLine; // the older shape's
    CommandLine &m_line;
    Scope m_scope = Scope::Tenant;
    QCommandLineOption m_server = valueOption("server", "URL");
    QCommandLineOption m_ca = valueOption("ca", "PEM");
    QCommandLineOption m_keyFile = valueOption("key-file", "FILE");
    QCommandLineOption m_operatorKeyFile = valueOption("operator-key-file", "FILE");
    QCommandLineOption m_tenantOption = valueOption("tenant", "SLUG");
    QCommandLineOption m_jsonOption = flagOption("json");
    QString m_serverUrl;
    QString m_caFile;
    QString m_key;
    QString m_tenantSlug;
};

} // namespace nexus::admin
