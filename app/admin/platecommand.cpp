// nexus-admin plate check PLATE…: one JSON line per plate, from the same core check the counter uses
// (vehicles/plate.h).
#include "admincommands.h"
#include "orderedjson.h"

#include "vehicles/plate.h"

#include <QJsonObject>
#include <QTextStream>

namespace nexus::admin {

namespace {

constexpr const char *kUsage
    = "usage: nexus-admin plate check PLATE [PLATE...]\n"
      "  prints one JSON object per plate: {\"plate\", \"valid\", \"kind\", \"state\", \"normalized\", \"reason\",\n"
      "  \"formatted\", \"current_norm\"}; kind: private_car, private_truck, motorcycle, public_service,\n"
      "  federal_transport, trailer, demonstration, disability, diplomatic; state when the series or layout tells it.\n"
      "  Exit 0 when all are valid, 1 when one is not, 2 for bad arguments.\n";

} // namespace

int runPlate(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.value(0) != QLatin1String("check") || args.size() < 2) {
        err << "nexus-admin plate: " << (args.isEmpty() ? "missing action" : "give the plates to check") << "\n"
            << kUsage;
        return 2;
    }
    bool allValid = true;
    for (const QString &plate : args.mid(1)) {
        const PlateCheck check = checkPlate(plate);
        const auto text = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
        const QJsonObject line {
            { QStringLiteral("plate"), plate },
            { QStringLiteral("valid"), check.valid },
            { QStringLiteral("kind"),
                check.valid ? QJsonValue(QLatin1String(plateKindName(check.kind))) : QJsonValue() },
            { QStringLiteral("state"), text(check.state) },
            { QStringLiteral("normalized"), check.normalized },
            { QStringLiteral("reason"), check.valid ? QJsonValue() : QJsonValue(check.reason.message()) },
            { QStringLiteral("formatted"), text(check.formatted) },
            { QStringLiteral("current_norm"), check.valid ? QJsonValue(check.currentNorm) : QJsonValue() },
        };
        out << orderedJsonLine(line, { "plate", "valid", "kind", "state", "normalized", "reason" }) << "\n";
        allValid = allValid && check.valid;
    }
    out.flush();
    return allValid ? 0 : 1;
}

} // namespace nexus::admin
