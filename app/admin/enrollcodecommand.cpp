// nexus-admin enroll-code: prints a one-time device enrollment code; the rules live in nexus::EnrollmentService.
#include "admincommands.h"
#include "remoteclient.h"

#include "server/adminroutes.h"

#include "common/clock.h"
#include "server/enrollmentservice.h"
#include "server/serverstoragefactory.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cmath>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin enroll-code --data DIR [--database URL] --tenant SLUG --branch CODE [--ttl-hours H]\n"
      "       nexus-admin enroll-code --branch CODE [--ttl-hours H] --server URL [--ca PEM] [--key-file F] [--json]\n"
      "  prints the code on stdout (only the code), details on stderr\n";
} // namespace

int runEnrollCode(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << "nexus-admin enroll-code: " << message << "\n" << kUsage;
        return 2;
    };

    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    // PostgreSQL storage of a server started with --database (the same URL).
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QString(), QStringLiteral("SLUG"));
    const QCommandLineOption branch(QStringLiteral("branch"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption ttl(QStringLiteral("ttl-hours"), QString(), QStringLiteral("H"));
    parser.addOptions({ data, database, tenant, branch, ttl });
    // With --server: through the admin API, for the admin key's tenant (no --data, no --tenant).
    RemoteClient client(QStringLiteral("enroll-code"), QString::fromLatin1(kUsage), out, err);
    client.addOptions(parser);
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("server"))) {
        if (parser.isSet(data) || parser.isSet(tenant) || parser.isSet(database))
            return usageError(
                QStringLiteral("--server works on the admin key's tenant: no --data, --database or --tenant"));
        if (parser.value(branch).isEmpty())
            return usageError(QStringLiteral("--branch is required"));
        QJsonObject body { { QStringLiteral("branch"), parser.value(branch) } };
        if (parser.isSet(ttl)) {
            bool ok = false;
            const double hours = parser.value(ttl).toDouble(&ok);
            if (!ok || !std::isfinite(hours) || hours <= 0)
                return usageError(QStringLiteral("--ttl-hours must be a positive number of hours, not \"%1\"")
                                      .arg(parser.value(ttl)));
            body.insert(QStringLiteral("ttl_hours"), hours);
        }
        if (std::optional<int> failed = client.prepare(parser))
            return *failed;
        int exitCode = 0;
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kEnrollCodes), &body, &exitCode);
        if (!answer)
            return exitCode;
        if (client.json()) {
            client.printJson(*answer);
            return 0;
        }
        out << answer->value(QStringLiteral("code")).toString() << Qt::endl;
        err << "one-time code for branch " << answer->value(QStringLiteral("branch")).toString() << " ("
            << answer->value(QStringLiteral("branch_name")).toString() << "), valid until "
            << answer->value(QStringLiteral("expires_at")).toString() << "\n";
        return 0;
    }
    for (const QCommandLineOption *required : { &data, &tenant, &branch })
        if (parser.value(*required).isEmpty())
            return usageError(QStringLiteral("--%1 is required").arg(required->names().first()));

    qint64 ttlSeconds = EnrollmentService::kDefaultTtlSeconds;
    if (parser.isSet(ttl)) {
        bool ok = false;
        const double hours = parser.value(ttl).toDouble(&ok);
        if (!ok || !std::isfinite(hours) || hours <= 0)
            return usageError(
                QStringLiteral("--ttl-hours must be a positive number of hours, not \"%1\"").arg(parser.value(ttl)));
        ttlSeconds = std::llround(hours * 3600.0);
    }

    auto storage = openServerStorage(parser.value(data), parser.value(database));
    if (!storage) {
        err << "nexus-admin enroll-code: " << storage.error().message() << "\n";
        return 1;
    }
    Result<IssuedCode> issued = EnrollmentService(**storage, Clock::system())
                                    .issueCode(parser.value(tenant), parser.value(branch), ttlSeconds);
    if (!issued) {
        err << "nexus-admin enroll-code: ";
        if (!issued.error().field().isEmpty())
            err << "--" << issued.error().field() << ": ";
        err << issued.error().message() << "\n";
        return issued.error().field().isEmpty() ? 1 : 2;
    }
    out << issued->code << Qt::endl;
    err << "one-time code for tenant " << issued->tenant.slug << ", branch " << issued->branch.code << " ("
        << issued->branch.name << "), valid until " << issued->expiresAt.toString(Qt::ISODate) << " UTC\n";
    return 0;
}

} // namespace nexus::admin
