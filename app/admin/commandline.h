// The one shape every nexus-admin command has: its options parsed alike, one exit-code rule, a table or --json.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <memory>
#include <optional>

#include "common/error.h"

namespace nexus::admin {

// Exit codes of every command: 0 done, 1 server, storage or network failure, 2 bad input (nothing was written),
// 3 the server refused the key.
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitRefused = 3;

// "--name VALUE" and "--flag" options, declared the same way in every command.
[[nodiscard]] QCommandLineOption valueOption(const char *name, const char *valueName);
[[nodiscard]] QCommandLineOption flagOption(const char *name);

// Why one class: each command used to build its own QCommandLineParser, its own usage-error lambda and its own
// error printer, with small differences (which errors exit 2, whether --json existed). A command now declares its
// options, calls parse() and answers through printJson()/printTable() or fail().
class CommandLine final
{
public:
    // command: "tenant create" (the prefix of every message); usage: printed after a command-line error and --help.
    CommandLine(QString command, QString usage);
    // The same, writing to the caller's streams.
    CommandLine(QString command, QString usage, QTextStream &out, QTextStream &err);
    ~CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    // Options of the command; a name added twice (a local and a remote mode both knowing --tenant) is kept once.
    void addOptions(const QList<QCommandLineOption> &options);
    // Parses `args` (the words after the command and its action); --json and --help are always known. At most
    // `maxPositional` words that are not options. nullopt: go on; else the exit code (the message is printed).
    [[nodiscard]] std::optional<int> parse(const QStringList &args, int maxPositional = 0);
    // Each option must have a non-blank value: "--tenant is required".
    [[nodiscard]] std::optional<int> require(std::initializer_list<const QCommandLineOption *> options);

    [[nodiscard]] QCommandLineParser &parser() { return m_parser; }
    [[nodiscard]] QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    [[nodiscard]] QString value(const QString &name) const { return m_parser.value(name); }
    [[nodiscard]] bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    [[nodiscard]] bool isSet(const QString &name) const { return m_parser.isSet(name); }
    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }
    [[nodiscard]] bool json() const { return m_json; }
    // For callers that parse with a parser of their own (RemoteClient's older shape).
    void setJson(bool json) { m_json = json; }

    [[nodiscard]] const QString &command() const { return m_command; }
    void setCommand(const QString &command) { m_command = command; }
    [[nodiscard]] QTextStream &out() { return *m_out; }
    [[nodiscard]] QTextStream &err() { return *m_err; }

    // "nexus-admin CMD: message" and the usage on stderr; exit 2.
    [[nodiscard]] int usageError(const QString &message);
    // "nexus-admin CMD: --field: message[ tail]" on stderr. Exit 2 when the error names a field or is bad input
    // (the command line can be fixed; nothing was written), else 1.
    [[nodiscard]] int fail(const Error &error, const QString &tail = {});
    // "nexus-admin CMD: message" on stderr; exit 1.
    [[nodiscard]] int failure(const QString &message);

    // --json: one compact JSON document on one line.
    void printJson(const QJsonObject &object);
    void printJson(const QJsonArray &array);
    // A human table: a header row and rows, columns as wide as their widest cell; "(none)" when empty.
    void printTable(const QStringList &header, const QList<QStringList> &rows);
    // "key  value" lines, keys aligned: one record for humans.
    void printFields(const QList<std::pair<QString, QString>> &fields);

    [[nodiscard]] static QString money(qint64 cents);
    [[nodiscard]] static QString quantity(qint64 thousandths);

private:
    QString m_command;
    QString m_usage;
    std::unique_ptr<QTextStream> m_ownOut;
    std::unique_ptr<QTextStream> m_ownErr;
    QTextStream *m_out = nullptr;
    QTextStream *m_err = nullptr;
    QCommandLineParser m_parser;
    QSet<QString> m_names;
    const QCommandLineOption m_jsonOption = flagOption("json");
    const QCommandLineOption m_helpOption { { QStringLiteral("help"), QStringLiteral("h") } };
    bool m_json = false;
};

} // namespace nexus::admin
