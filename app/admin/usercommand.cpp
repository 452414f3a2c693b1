// nexus-admin users add|activate|deactivate: people of the tenant; passwords and PINs are hashed here, never sent.
#include "admincommands.h"
#include "remoteclient.h"

#include "auth/passwordhasher.h"
#include "server/adminroutes.h"

#include <QFile>
#include <QRegularExpression>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin users add --username U --name NAME --role admin|manager|cashier|mechanic|hq [--branch CODE]\n"
      "                             --password-file FILE --server URL [--ca PEM] [--key-file F] [--json]\n"
      "       nexus-admin users activate|deactivate USERNAME --server URL [--ca PEM] [--key-file F] [--json]\n"
      "  FILE: the password on its first line (8 characters or more), optionally a 4–6 digit PIN on the second\n";
} // namespace

int runUserChange(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("users ") + action, QString::fromLatin1(kUsage));
    RemoteClient client(line);
    const QCommandLineOption username = valueOption("username", "U");
    const QCommandLineOption name = valueOption("name", "NAME");
    const QCommandLineOption role = valueOption("role", "ROLE");
    const QCommandLineOption branch = valueOption("branch", "CODE");
    const QCommandLineOption passwordFile = valueOption("password-file", "FILE");
    line.addOptions({ username, name, role, branch, passwordFile });
    if (std::optional<int> done = line.parse(args.mid(1), 1))
        return *done;
    int exitCode = 0;

    if (action == QLatin1String("activate") || action == QLatin1String("deactivate")) {
        if (line.positional().size() != 1)
            return client.usageError(QStringLiteral("%1 takes exactly one USERNAME").arg(action));
        if (std::optional<int> failed = client.prepare())
            return *failed;
        const QJsonObject body { { QStringLiteral("username"), line.positional().constFirst() },
            { QStringLiteral("active"), action == QLatin1String("activate") } };
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kUserActive), &body, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json())
            client.printJson(*answer);
        else
            line.out() << "user " << answer->value(QStringLiteral("username")).toString() << " "
                       << (answer->value(QStringLiteral("active")).toBool() ? "active" : "deactivated")
                       << " (counters follow at their next pull)\n";
        return 0;
    }

    for (const QCommandLineOption *required : { &username, &name, &role, &passwordFile })
        if (line.value(*required).trimmed().isEmpty())
            return client.usageError(QStringLiteral("--%1 is required").arg(required->names().first()));
    QFile file(line.value(passwordFile));
    if (!file.open(QIODevice::ReadOnly))
        return client.usageError(
            QStringLiteral("--password-file: cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const QString password = lines.value(0).trimmed();
    const QString pin = lines.value(1).trimmed();
    if (password.size() < 8)
        return client.usageError(QStringLiteral("--password-file: the password needs 8 characters or more"));
    static const QRegularExpression pinShape(QStringLiteral("^\\d{4,6}$"));
    if (!pin.isEmpty() && !pinShape.match(pin).hasMatch())
        return client.usageError(QStringLiteral("--password-file: a PIN is 4 to 6 digits"));
    if (std::optional<int> failed = client.prepare())
        return *failed;
    const QJsonObject body { { QStringLiteral("username"), line.value(username).trimmed() },
        { QStringLiteral("display_name"), line.value(name) }, { QStringLiteral("role"), line.value(role).trimmed() },
        { QStringLiteral("branch"), line.value(branch).trimmed() },
        { QStringLiteral("password_hash"), PasswordHasher::hash(password) },
        { QStringLiteral("pin_hash"), pin.isEmpty() ? QString() : PasswordHasher::hash(pin) } };
    std::optional<QJsonObject> answer = client.call(QString(adminpath::kUsers), &body, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json())
        client.printJson(*answer);
    else
        line.out() << "added user " << answer->value(QStringLiteral("username")).toString() << " ("
                   << answer->value(QStringLiteral("role")).toString() << ")\n";
    return 0;
}

} // namespace nexus::admin
