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
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString action = args.value(0);
    RemoteClient client(QStringLiteral("users ") + action, QString::fromLatin1(kUsage), out, err);
    QCommandLineParser parser;
    const QCommandLineOption username(QStringLiteral("username"), QString(), QStringLiteral("U"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    const QCommandLineOption branch(QStringLiteral("branch"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QString(), QStringLiteral("FILE"));
    parser.addOptions({ username, name, role, branch, passwordFile });
    parser.addPositionalArgument(QStringLiteral("username"), QString());
    client.addOptions(parser);
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args.mid(1)))
        return client.usageError(parser.errorText());
    int exitCode = 0;

    if (action == QLatin1String("activate") || action == QLatin1String("deactivate")) {
        if (parser.positionalArguments().size() != 1)
            return client.usageError(QStringLiteral("%1 takes exactly one USERNAME").arg(action));
        if (std::optional<int> failed = client.prepare(parser))
            return *failed;
        const QJsonObject body { { QStringLiteral("username"), parser.positionalArguments().constFirst() },
            { QStringLiteral("active"), action == QLatin1String("activate") } };
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kUserActive), &body, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json())
            client.printJson(*answer);
        else
            out << "user " << answer->value(QStringLiteral("username")).toString() << " "
                << (answer->value(QStringLiteral("active")).toBool() ? "active" : "deactivated")
                << " (counters follow at their next pull)\n";
        return 0;
    }

    for (const QCommandLineOption *required : { &username, &name, &role, &passwordFile })
        if (parser.value(*required).trimmed().isEmpty())
            return client.usageError(QStringLiteral("--%1 is required").arg(required->names().first()));
    QFile file(parser.value(passwordFile));
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
    if (std::optional<int> failed = client.prepare(parser))
        return *failed;
    const QJsonObject body { { QStringLiteral("username"), parser.value(username).trimmed() },
        { QStringLiteral("display_name"), parser.value(name) },
        { QStringLiteral("role"), parser.value(role).trimmed() },
        { QStringLiteral("branch"), parser.value(branch).trimmed() },
        { QStringLiteral("password_hash"), PasswordHasher::hash(password) },
        { QStringLiteral("pin_hash"), pin.isEmpty() ? QString() : PasswordHasher::hash(pin) } };
    std::optional<QJsonObject> answer = client.call(QString(adminpath::kUsers), &body, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json())
        client.printJson(*answer);
    else
        out << "added user " << answer->value(QStringLiteral("username")).toString() << " ("
            << answer->value(QStringLiteral("role")).toString() << ")\n";
    return 0;
}

} // namespace nexus::admin
