// What every remote nexus-admin command shares: --server/--ca/--key-file options, the HTTPS call, exit codes, tables.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace nexus::admin {

// Exit codes of the remote commands: 0 done, 1 server or network failure, 2 bad input (nothing was written),
// 3 the server refused the admin key.
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitRefused = 3;

class RemoteClient final
{
public:
    // command: "price set" etc., for messages; usage: printed after a command-line error.
    RemoteClient(QString command, QString usage, QTextStream &out, QTextStream &err);

    // Adds --server, --ca, --key-file and --json to `parser` (call before parsing).
    void addOptions(QCommandLineParser &parser);
    // After parsing: checks the connection options and reads the key (--key-file, else NEXUS_ADMIN_KEY).
    // nullopt when ready, else the exit code (the message is printed).
    [[nodiscard]] std::optional<int> prepare(const QCommandLineParser &parser);

    // GET (postBody null) or POST JSON; the answer object, or the exit code after printing why.
    [[nodiscard]] std::optional<QJsonObject> call(
        const QString &pathAndQuery, const QJsonObject *postBody, int *exitCode);

    [[nodiscard]] int usageError(const QString &message);
    [[nodiscard]] bool json() const { return m_json; }
    // Prints the answer as compact JSON (for --json).
    void printJson(const QJsonObject &object);
    // A human table: a header row and rows, columns as wide as their widest cell.
    void printTable(const QStringList &header, const QList<QStringList> &rows);

    [[nodiscard]] static QString money(qint64 cents);
    [[nodiscard]] static QString quantity(qint64 thousandths);

private:
    QString m_command;
    QString m_usage;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineOption m_server { QStringLiteral("server"), QString(), QStringLiteral("URL") };
    QCommandLineOption m_ca { QStringLiteral("ca"), QString(), QStringLiteral("PEM") };
    QCommandLineOption m_keyFile { QStringLiteral("key-file"), QString(), QStringLiteral("FILE") };
    QCommandLineOption m_jsonOption { QStringLiteral("json") };
    QString m_serverUrl;
    QString m_caFile;
    QString m_key;
    bool m_json = false;
};

} // namespace nexus::admin
