// nexus-bench checkout: latency of the counter's checkout (one durable transaction, fsync included) on a real
// nexus.db with synchronous=FULL. `nexus-bench checkout [--lines N] [--count C] [--data DIR]`
// Opens a till, then checks out C carts of N lines (parts from two warehouses, some with discounts) with mixed
// tenders in rotation (cash, card + cash, transfer, USD + cash, debit), and prints one JSON line with p50/p95/p99.
// --checkpoint background (default, as nexus-pos ships): the WalCheckpointer thread copies the WAL into the database
// while the sales run, and the counter's connection keeps LocalStore's safety-net threshold.
// --checkpoint sqlite: SQLite's automatic checkpoint every 1000 pages, inside the commit that crosses it (before).
#include "benchmarks.h"

#include "common/clock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/counterstore.h"
#include "store/foliowitness.h"
#include "store/localstore.h"
#include "store/walcheckpointer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

namespace nexus::bench {

namespace {

int failWith(const QString &message)
{
    QTextStream(stderr) << "nexus-bench checkout: " << message << "\n";
    return 1;
}

double percentile(std::vector<double> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    const auto index = static_cast<std::size_t>(p * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

// CPU time of this thread: what is left of the wall time is waiting for the disk (fsync) or for the CPU.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

CartItem benchItem(int part, const QString &warehouse)
{
    const qint64 price = 4990 + (part * 7919) % 250000; // $49.90 … $2,549.90
    return CartItem { part, QStringLiteral("BEN-%1").arg(part, 6, 10, QLatin1Char('0')),
        QStringLiteral("Refacción de prueba %1").arg(part), warehouse, Money(price), Money(price + price / 10),
        Money(price * 55 / 100), TaxRate::iva16(), 1, QStringLiteral("25174400"), QStringLiteral("H87") };
}

std::vector<Tender> tendersFor(int round, Money total)
{
    const Money half(total.centavos() / 2);
    switch (round % 5) {
    case 0:
        return { Tender { TenderMethod::Cash, total + Money(5000), 0, {} } };
    case 1:
        return { Tender { TenderMethod::CardCredit, half, 0, QStringLiteral("AUT%1").arg(round) },
            Tender { TenderMethod::Cash, total - half + Money(1000), 0, {} } };
    case 2:
        return { Tender { TenderMethod::Transfer, total, 0, QStringLiteral("SPEI%1").arg(round) } };
    case 3: // 100 USD at 17.25 and the rest in pesos
        return { Tender { TenderMethod::CashUsd, Money(10000, Currency::USD), 17'250'000, {} },
            Tender { TenderMethod::Cash, total, 0, {} } };
    default:
        return { Tender { TenderMethod::CardDebit, total, 0, QStringLiteral("DEB%1").arg(round) } };
    }
}

} // namespace

int runCheckout(const QStringList &args)
{
    int lines = 20;
    int count = 2000;
    QString checkpoint = QStringLiteral("background");
    QString witness = QStringLiteral("on");
    QString dataDir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (arg == QLatin1String("--lines") && hasValue)
            lines = args.at(++i).toInt(&ok);
        else if (arg == QLatin1String("--count") && hasValue)
            count = args.at(++i).toInt(&ok);
        else if (arg == QLatin1String("--data") && hasValue)
            dataDir = args.at(++i);
        else if (arg == QLatin1String("--checkpoint") && hasValue)
            checkpoint = args.at(++i);
        else if (arg == QLatin1String("--witness") && hasValue)
            witness = args.at(++i);
        else
            ok = false;
        const bool knownCheckpoint
            = checkpoint == QLatin1String("background") || checkpoint == QLatin1String("sqlite");
        const bool knownWitness = witness == QLatin1String("on") || witness == QLatin1String("off");
        if (!ok || lines < 1 || lines > 500 || count < 1 || !knownCheckpoint || !knownWitness) {
            QTextStream(stderr) << "usage: nexus-bench checkout [--lines 1..500] [--count N] [--data DIR] "
                                   "[--checkpoint background|sqlite] [--witness on|off]\n";
            return 2;
        }
    }
    QTemporaryDir temp;
    const QString folder = dataDir.isEmpty() ? temp.path() : dataDir;
    if (!QDir().mkpath(folder))
        return failWith(QStringLiteral("cannot create %1").arg(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("bench-checkout.db"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(FolioWitness::pathFor(path));

    // WAL, synchronous=FULL: the real ledger. With the witness (as nexus-pos opens it) every commit also raises the
    // folio witness file beside nexus.db; --witness off measures the bare LocalStore.
    Result<std::unique_ptr<LocalStore>> store
        = witness == QLatin1String("on") ? openCounterStore(path, Clock::system()) : LocalStore::open(path);
    if (!store)
        return failWith(store.error().logMessage());
    Database &db = (*store)->db();
    const QString device = QStringLiteral("0190a6f2-7c1e-7000-8000-00000000be4c");
    const QString branch = QStringLiteral("branch-bench");
    const QString counter = QStringLiteral("wh-bench-mostrador");
    const QString back = QStringLiteral("wh-bench-bodega");
    if (Status seeded = db.execScript(QStringLiteral(
            "INSERT INTO branches(id, code, name) VALUES ('branch-bench', 'BEN', 'Sucursal de prueba');"
            "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('wh-bench-mostrador', 'branch-bench', 'MOS', "
            "'Mostrador');"
            "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('wh-bench-bodega', 'branch-bench', 'BOD', "
            "'Bodega');"));
        !seeded)
        return failWith(seeded.error().logMessage());
    Result<CashSession> till
        = CashSessionService(db, Clock::system(), device, branch).open(QStringLiteral("user-bench"), Money(100000));
    if (!till)
        return failWith(till.error().logMessage());

    WalCheckpointer checkpointer(path);
    if (checkpoint == QLatin1String("background"))
        checkpointer.start();
    else if (Status automatic = db.execScript(QStringLiteral("PRAGMA wal_autocheckpoint=1000")); !automatic)
        return failWith(automatic.error().logMessage());
    CheckoutService checkout(db, Clock::system());
    const CheckoutContext context { device, branch, QStringLiteral("BEN1"), QStringLiteral("user-bench"), Role::Cashier,
        false };
    std::vector<double> millis;
    std::vector<double> cpuMillis;
    millis.reserve(static_cast<std::size_t>(count));
    cpuMillis.reserve(static_cast<std::size_t>(count));
    for (int round = 0; round < count; ++round) {
        Cart cart;
        for (int line = 0; line < lines; ++line) {
            const int part = 1 + (round * 131 + line * 977) % 50000;
            if (Status added = cart.add(benchItem(part, line % 4 == 3 ? back : counter), Quantity::units(1 + line % 3));
                !added)
                return failWith(added.error().logMessage());
            if (line % 5 == 0)
                (void)cart.setLineDiscountPpm(static_cast<int>(cart.lines().size()) - 1, 50'000);
        }
        const std::vector<Tender> tenders = tendersFor(round, cart.totals().gross);
        QElapsedTimer clock;
        const double cpuStart = threadCpuMs();
        clock.start();
        Result<SaleReceipt> receipt = checkout.checkout(cart, tenders, context);
        millis.push_back(double(clock.nsecsElapsed()) / 1e6);
        cpuMillis.push_back(threadCpuMs() - cpuStart);
        if (!receipt)
            return failWith(QStringLiteral("checkout %1: %2").arg(round).arg(receipt.error().logMessage()));
    }
    checkpointer.stop();
    const qint64 sales = db.scalar(QStringLiteral("SELECT count(*) FROM sales"))->toLongLong();
    if (sales != count)
        return failWith(QStringLiteral("%1 sales stored, expected %2").arg(sales).arg(count));

    const auto rounded = [](double ms) { return std::round(ms * 1000.0) / 1000.0; };
    const QJsonObject line { { QStringLiteral("bench"), QStringLiteral("checkout") },
        { QStringLiteral("lines"), lines }, { QStringLiteral("count"), count },
        { QStringLiteral("synchronous"), QStringLiteral("FULL") },
        { QStringLiteral("checkpoint"), checkpoint },
        { QStringLiteral("witness"), witness },
        { QStringLiteral("checkpoint_passes"), checkpointer.passes() },
        { QStringLiteral("p50_ms"), rounded(percentile(millis, 0.50)) },
        { QStringLiteral("p95_ms"), rounded(percentile(millis, 0.95)) },
        { QStringLiteral("p99_ms"), rounded(percentile(millis, 0.99)) },
        { QStringLiteral("max_ms"), rounded(*std::max_element(millis.begin(), millis.end())) },
        { QStringLiteral("cpu_p50_ms"), rounded(percentile(cpuMillis, 0.50)) },
        { QStringLiteral("cpu_p99_ms"), rounded(percentile(cpuMillis, 0.99)) } };
    QTextStream out(stdout);
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
    out.flush();
    return 0;
}

} // namespace nexus::bench
