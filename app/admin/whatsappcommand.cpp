// nexus-admin whatsapp webhook: the tenant's WhatsApp webhook settings (Meta's verify token and the app secret that
// signs every status call), read from files so they never stand on a command line, sent over the admin API.
#include "admincommands.h"
#include "remoteclient.h"

#include "server/adminroutes.h"

#include <QFile>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin whatsapp webhook --verify-token-file F --app-secret-file F --server URL [--ca PEM] "
      "[--key-file F] [--json]\n"
      "  Meta's WhatsApp Business app calls https://SERVER/v1/webhooks/whatsapp/TENANT with the message statuses\n"
      "  (delivered, read, failed): subscribe it there with the same verify token; the app secret (App settings >\n"
      "  Basic) is what Meta signs each call with. Each file holds its value on its first line.\n";

// The first line of `path`, or an empty string with the reason in *error.
QString firstLine(const QString &option, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--%1: cannot read %2: %3").arg(option, path, file.errorString());
        return {};
    }
    const QString line = QString::fromUtf8(file.readAll()).section(u'\n', 0, 0).trimmed();
    if (line.isEmpty())
        *error = QStringLiteral("--%1: %2 is empty").arg(option, path);
    return line;
}
} // namespace

int runWhatsApp(const QStringList &args)
{
    const QString action = args.value(0);
    CommandLine line(QStringLiteral("whatsapp ") + action, QString::fromLatin1(kUsage));
    RemoteClient client(line);
    if (action != QLatin1String("webhook"))
        return client.usageError(
            action.isEmpty() ? QStringLiteral("missing action") : QStringLiteral("unknown action \"%1\"").arg(action));
    const QCommandLineOption tokenFile = valueOption("verify-token-file", "F");
    const QCommandLineOption secretFile = valueOption("app-secret-file", "F");
    line.addOptions({ tokenFile, secretFile });
    if (std::optional<int> done = line.parse(args.mid(1)))
        return *done;
    if (std::optional<int> missing = line.require({ &tokenFile, &secretFile }))
        return *missing;
    QString error;
    const QString token = firstLine(QStringLiteral("verify-token-file"), line.value(tokenFile), &error);
    const QString secret = error.isEmpty()
        ? firstLine(QStringLiteral("app-secret-file"), line.value(secretFile), &error)
        : QString();
    if (!error.isEmpty())
        return client.usageError(error);
    if (std::optional<int> failed = client.prepare())
        return *failed;
    const QJsonObject body { { QStringLiteral("verify_token"), token }, { QStringLiteral("app_secret"), secret } };
    int exitCode = 0;
    std::optional<QJsonObject> answer = client.call(QString(adminpath::kWhatsAppWebhook), &body, &exitCode);
    if (!answer)
        return exitCode;
    if (client.json())
        client.printJson(*answer);
    else
        line.out() << "WhatsApp webhook set: subscribe " << answer->value(QStringLiteral("path")).toString()
                   << " on this server in Meta's app, with the same verify token\n";
    return 0;
}

} // namespace nexus::admin
