// nexus-admin demo-data: argument checks, the progress bar and the closing summary; the data is nexus::demo's.
#include "admincommands.h"
#include "commandline.h"

#include "demo/demogenerator.h"
#include "demo/partgenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace nexus::admin {

namespace {

constexpr const char *kUsage
    = "usage: nexus-admin demo-data --out DIR [--parts N] [--seed S] [--force] [--json]\n"
      "  --out DIR    folder for catalog.db and tenant.db (created if missing)\n"
      "  --parts N    catalogue size, 1 to 10000000 (default 1546976, the reference catalogue)\n"
      "  --seed S     any whole number 0 to 18446744073709551615 (default 1); same seed, same files\n"
      "  --force      replace a dataset already in DIR\n";

QString humanBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
}

// One line redrawn in place: [#########.........]  47%  catalogue 41% · tenant 80%  0:31
class ProgressBar final
{
public:
    // The catalogue's share of the work grows with its size: nine tenths at 1.5M parts, next to nothing at 3,000.
    ProgressBar(QTextStream &err, qint64 parts) : m_err(err), m_catalogShare(int(parts * 1000 / (parts + 150'000)))
    {
        m_timer.start();
    }
    void update(int catalog, int tenant)
    {
        const int total = (catalog * m_catalogShare + tenant * (1000 - m_catalogShare)) / 1000;
        constexpr int kWidth = 30;
        const int filled = total * kWidth / 1000;
        const qint64 seconds = m_timer.elapsed() / 1000;
        m_err << "\r[" << QString(filled, QLatin1Char('#')) << QString(kWidth - filled, QLatin1Char('.')) << "] "
              << QStringLiteral("%1%").arg(total / 10, 3) << "  catalogue " << catalog / 10 << "% · tenant "
              << tenant / 10 << "%  " << seconds / 60 << ":"
              << QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0')) << "   ";
        m_err.flush();
    }
    void finish()
    {
        m_err << "\r" << QString(78, QLatin1Char(' ')) << "\r";
        m_err.flush();
    }

private:
    QTextStream &m_err;
    int m_catalogShare; // thousandths
    QElapsedTimer m_timer;
};

} // namespace

int runDemoData(const QStringList &args)
{
    CommandLine line(QStringLiteral("demo-data"), QString::fromLatin1(kUsage));
    const QCommandLineOption outDir = valueOption("out", "DIR");
    const QCommandLineOption parts = valueOption("parts", "N");
    const QCommandLineOption seed = valueOption("seed", "S");
    const QCommandLineOption force = flagOption("force");
    line.addOptions({ outDir, parts, seed, force });
    if (std::optional<int> done = line.parse(args))
        return *done;
    if (line.value(outDir).isEmpty())
        return line.usageError(QStringLiteral("--out DIR is required"));

    demo::DemoOptions options;
    options.outDir = line.value(outDir);
    bool ok = true;
    options.parts = line.isSet(parts) ? line.value(parts).toLongLong(&ok) : demo::DemoOptions::kDefaultParts;
    if (!ok || options.parts < 1 || options.parts > demo::PartGenerator::kMaxParts)
        return line.usageError(QStringLiteral("--parts must be a whole number from 1 to %1, not \"%2\"")
                                   .arg(demo::PartGenerator::kMaxParts)
                                   .arg(line.value(parts)));
    options.seed = line.isSet(seed) ? line.value(seed).toULongLong(&ok) : 1;
    if (!ok)
        return line.usageError(
            QStringLiteral("--seed must be a whole number from 0 to 18446744073709551615, not \"%1\"")
                .arg(line.value(seed)));
    if (Status valid = demo::DemoGenerator::validate(options); !valid)
        return line.usageError(QStringLiteral("--%1: %2").arg(valid.error().field(), valid.error().message()));
    if (demo::DemoGenerator::hasDataset(options.outDir) && !line.isSet(force))
        return line.usageError(QStringLiteral("--out %1 already holds a dataset; add --force to replace it")
                                   .arg(QDir::toNativeSeparators(options.outDir)));

    // Progress goes to the bar (on a terminal) and the summary; the stores' per-migration info lines are noise here.
    QLoggingCategory::setFilterRules(QStringLiteral("nexus.*.info=false"));
    const bool terminal = isatty(fileno(stderr)) != 0;
    ProgressBar bar(line.err(), options.parts);
    Result<demo::DemoSummary> summary = demo::DemoGenerator(options).run([&](int catalog, int tenant) {
        if (terminal)
            bar.update(catalog, tenant);
    });
    if (terminal)
        bar.finish();
    if (!summary)
        return line.fail(summary.error());

    const demo::DemoSummary &s = *summary;
    if (line.json()) {
        QJsonArray users;
        for (const demo::DemoCredential &user : s.credentials)
            users.append(
                QJsonObject { { QStringLiteral("username"), user.username }, { QStringLiteral("role"), user.role },
                    { QStringLiteral("branch"), user.branchCode }, { QStringLiteral("name"), user.displayName } });
        line.printJson(QJsonObject { { QStringLiteral("out"), options.outDir },
            { QStringLiteral("seed"), QString::number(options.seed) },
            { QStringLiteral("seconds"), double(s.elapsedMs) / 1000.0 },
            { QStringLiteral("catalog_bytes"), qint64(s.catalogBytes) },
            { QStringLiteral("tenant_bytes"), qint64(s.tenantBytes) },
            { QStringLiteral("parts"), qint64(s.catalog.parts) },
            { QStringLiteral("brands"), qint64(s.catalog.brands) },
            { QStringLiteral("categories"), qint64(s.catalog.categories) },
            { QStringLiteral("vehicles"), qint64(s.catalog.vehicles) },
            { QStringLiteral("branches"), qint64(s.tenant.branches) },
            { QStringLiteral("warehouses"), qint64(s.tenant.warehouses) },
            { QStringLiteral("customers"), qint64(s.tenant.customers) },
            { QStringLiteral("sales"), qint64(s.sales.sales) },
            { QStringLiteral("password"), QString::fromUtf8(demo::kDemoPassword) },
            { QStringLiteral("pin"), QString::fromUtf8(demo::kDemoPin) }, { QStringLiteral("users"), users } });
        return 0;
    }
    QTextStream &out = line.out();
    out << "demo dataset (seed " << options.seed << ") written to " << QDir::toNativeSeparators(options.outDir)
        << " in " << QString::number(double(s.elapsedMs) / 1000.0, 'f', 1) << " s\n"
        << "  catalog.db  " << humanBytes(s.catalogBytes) << ": " << s.catalog.parts << " parts, " << s.catalog.brands
        << " brands, " << s.catalog.categories << " categories, " << s.catalog.vehicles << " vehicles, "
        << s.catalog.partCodes << " OEM/cross codes, " << s.catalog.fitments << " fitment rows\n"
        << "  tenant.db   " << humanBytes(s.tenantBytes) << ": " << s.tenant.branches << " branches, "
        << s.tenant.warehouses << " warehouses, " << s.tenant.users << " users, " << s.tenant.customers
        << " customers, " << s.tenant.customerVehicles << " customer vehicles, " << s.tenant.stockLevels
        << " stock levels, " << s.sales.sales << " sales (" << s.sales.lines << " lines)\n\n"
        << "demo users (password \"" << demo::kDemoPassword << "\", PIN \"" << demo::kDemoPin << "\"):\n";
    for (const demo::DemoCredential &user : s.credentials)
        out << "  " << user.username.leftJustified(14) << user.role.leftJustified(10)
            << (user.branchCode.isEmpty() ? QStringLiteral("all") : user.branchCode).leftJustified(5)
            << user.displayName << "\n";
    return 0;
}

} // namespace nexus::admin
