// nexus-admin enroll-code: prints a one-time device enrollment code; the rules live in nexus::EnrollmentService.
#include "admincommands.h"
#include "localstorage.h"
#include "remoteclient.h"

#include "common/clock.h"
#include "server/adminroutes.h"
#include "server/enrollmentservice.h"
#include "server/isotime.h"

#include <cmath>

namespace nexus::admin {

namespace {
constexpr const char *kUsage
    = "usage: nexus-admin enroll-code --data DIR [--database URL] --tenant SLUG --branch CODE [--ttl-hours H] "
      "[--json]\n"
      "       nexus-admin enroll-code --branch CODE [--ttl-hours H] --server URL [--ca PEM] [--key-file F] [--json]\n"
      "  prints the code on stdout (only the code), details on stderr\n";

// The code alone on stdout (a script captures it), what it is for on stderr; --json: the whole answer.
int printCode(CommandLine &line, const QJsonObject &answer)
{
    if (line.json()) {
        line.printJson(answer);
        return 0;
    }
    line.out() << answer.value(QStringLiteral("code")).toString() << Qt::endl;
    line.err() << "one-time code for branch " << answer.value(QStringLiteral("branch")).toString() << " ("
               << answer.value(QStringLiteral("branch_name")).toString() << "), valid until "
               << answer.value(QStringLiteral("expires_at")).toString() << "\n";
    return 0;
}
} // namespace

int runEnrollCode(const QStringList &args)
{
    CommandLine line(QStringLiteral("enroll-code"), QString::fromLatin1(kUsage));
    const QCommandLineOption branch = valueOption("branch", "CODE");
    const QCommandLineOption ttl = valueOption("ttl-hours", "H");
    line.addOptions({ branch, ttl });
    LocalStorage local(line, LocalStorage::Tenant::Required);
    // With --server: through the admin API, for the admin key's tenant (no --data, no --tenant).
    RemoteClient client(line);
    if (std::optional<int> done = line.parse(args))
        return *done;
    if (std::optional<int> missing = line.require({ &branch }))
        return *missing;
    std::optional<double> hours;
    if (line.isSet(ttl)) {
        bool ok = false;
        hours = line.value(ttl).toDouble(&ok);
        if (!ok || !std::isfinite(*hours) || *hours <= 0)
            return line.usageError(
                QStringLiteral("--ttl-hours must be a positive number of hours, not \"%1\"").arg(line.value(ttl)));
    }

    if (client.requested()) {
        if (line.isSet(QStringLiteral("data")) || line.isSet(QStringLiteral("database")))
            return line.usageError(QStringLiteral("--server works on the key's tenant: no --data or --database"));
        if (std::optional<int> failed = client.prepare())
            return *failed;
        QJsonObject body { { QStringLiteral("branch"), line.value(branch) } };
        if (hours)
            body.insert(QStringLiteral("ttl_hours"), *hours);
        int exitCode = 0;
        std::optional<QJsonObject> answer = client.call(QString(adminpath::kEnrollCodes), &body, &exitCode);
        return answer ? printCode(line, *answer) : exitCode;
    }

    if (std::optional<int> failed = local.open())
        return *failed;
    const qint64 ttlSeconds = hours ? std::llround(*hours * 3600.0) : EnrollmentService::kDefaultTtlSeconds;
    Result<IssuedCode> issued = EnrollmentService(local.storage(), Clock::system())
                                    .issueCode(local.tenant().slug, line.value(branch), ttlSeconds);
    if (!issued)
        return line.fail(issued.error());
    return printCode(line,
        QJsonObject { { QStringLiteral("code"), issued->code }, { QStringLiteral("tenant"), issued->tenant.slug },
            { QStringLiteral("branch"), issued->branch.code }, { QStringLiteral("branch_name"), issued->branch.name },
            { QStringLiteral("expires_at"), isoUtc(issued->expiresAt) } });
}

} // namespace nexus::admin
