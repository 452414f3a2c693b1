// nexus-admin rfc check RFC…: one JSON line per RFC, from the same core check the counter uses (customers/rfc.h).
#include "admincommands.h"

#include "customers/rfc.h"

#include <QTextStream>

#include <nlohmann/json.hpp>

namespace nexus::admin {

namespace {

constexpr const char *kUsage = "usage: nexus-admin rfc check RFC [RFC...]\n"
                               "  prints one JSON object per RFC: {\"rfc\", \"valid\", \"kind\", \"reason\"}\n"
                               "  kind: fisica (13 characters), moral (12), generic (XAXX010101000, XEXX010101000),\n"
                               "  null when the length says neither; exit 0 when all are valid, 1 when one is not\n";

const char *kindName(RfcKind kind)
{
    switch (kind) {
    case RfcKind::Fisica:
        return "fisica";
    case RfcKind::Moral:
        return "moral";
    case RfcKind::Generic:
        return "generic";
    }
    return "";
}

} // namespace

int runRfc(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << kUsage;
        return 0;
    }
    QStringList rfcs;
    for (const QString &arg : args.mid(1)) {
        if (arg == QLatin1String("--json"))
            continue; // the output is JSON lines anyway
        if (arg.startsWith(QLatin1Char('-'))) {
            err << "nexus-admin rfc: unknown option \"" << arg << "\"\n" << kUsage;
            return 2;
        }
        rfcs.append(arg);
    }
    if (args.value(0) != QLatin1String("check") || rfcs.isEmpty()) {
        err << "nexus-admin rfc: " << (args.isEmpty() ? "missing action" : "give the RFCs to check") << "\n"
            << kUsage;
        return 2;
    }
    bool allValid = true;
    for (const QString &rfc : std::as_const(rfcs)) {
        const RfcCheck check = checkRfc(rfc);
        nlohmann::ordered_json line;
        line["rfc"] = check.normalized.isEmpty() ? rfc.toStdString() : check.normalized.toStdString();
        line["valid"] = check.valid;
        // The kind follows from the length even when the date or the check digit is wrong.
        const qsizetype length = check.normalized.size();
        if (check.valid || length == 12 || length == 13)
            line["kind"] = kindName(check.kind);
        else
            line["kind"] = nullptr;
        if (check.valid)
            line["reason"] = nullptr;
        else
            line["reason"] = check.reason.message().toStdString();
        out << QString::fromStdString(line.dump()) << "\n";
        allValid = allValid && check.valid;
    }
    out.flush();
    return allValid ? 0 : 1;
}

} // namespace nexus::admin
