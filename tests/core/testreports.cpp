// Reports: totals reconcile to the centavo with raw SQL sums over the ledgers (data-driven: sales over several days,
// cashiers, tills, mixed payments with change, returns, lines without cost), CSV quoting, role gating refusals
// (nothing read), and cancelling a long report on its worker thread.
#include "common/money.h"
#include "reports/reportcsv.h"
#include "reports/reportjob.h"
#include "reports/reportservice.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <random>

using namespace nexus;

namespace {

const QString kBranch = QStringLiteral("branch-centro");
const QString kOther = QStringLiteral("branch-norte");
const QString kCashierA = QStringLiteral("user-ana");
const QString kCashierB = QStringLiteral("user-beto");
const QString kManager = QStringLiteral("user-gerente");
const QTimeZone kZone(-6 * 3600);

// "2026-03-14T17:32:05.000Z" for a local day and second of the day in kZone.
QString at(const QDate &day, int secondOfDay)
{
    return QDateTime(day, QTime(0, 0), kZone).addSecs(secondOfDay).toUTC().toString(Qt::ISODateWithMs);
}

class Ledger final
{
public:
    explicit Ledger(Database &db) : m_db(db) { }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        Result<QSqlQuery> q = m_db.exec(sql, values);
        QVERIFY2(q.has_value(), qPrintable(q ? QString() : q.error().logMessage()));
    }

    void users()
    {
        for (const auto &[id, name, role, branch] :
            { std::tuple { kCashierA, "Ana", "cashier", kBranch }, std::tuple { kCashierB, "Beto", "cashier", kBranch },
                std::tuple { kManager, "Gerente", "manager", kBranch } })
            exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, branch_id, password_hash, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, 'x', '2026-01-01T00:00:00.000Z')"),
                { id, id, QString::fromLatin1(name), QString::fromLatin1(role), branch });
        exec(QStringLiteral("INSERT INTO branches (id, code, name) VALUES (?, 'CEN', 'Sucursal Centro'), (?, 'NTE', "
                            "'Sucursal Norte')"),
            { kBranch, kOther });
        exec(QStringLiteral("INSERT INTO warehouses (id, branch_id, code, name) VALUES ('wh-1', ?, 'MOS', "
                            "'Mostrador'), ('wh-2', ?, 'MOS', 'Mostrador norte')"),
            { kBranch, kOther });
    }

    // One till per cashier and day, `sales` tickets each, some with a returned line.
    void generate(quint32 seed, int days, int salesPerTill, int returnEvery, const QString &branch)
    {
        std::mt19937 rng(seed);
        auto between = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        const QDate first(2026, 3, 2);
        for (int d = 0; d < days; ++d) {
            const QDate day = first.addDays(d);
            for (const QString &cashier : { kCashierA, kCashierB }) {
                const QString session = QStringLiteral("cs-%1-%2-%3").arg(branch).arg(d).arg(cashier);
                exec(QStringLiteral("INSERT INTO cash_sessions (id, branch_id, device_id, opened_by, opened_at, "
                                    "opening_float_cents, closed_by, closed_at, status) VALUES (?, ?, ?, ?, ?, 150000, "
                                    "?, ?, 'closed')"),
                    { session, branch, QString(QStringLiteral("dev-") + cashier), cashier, at(day, 8 * 3600), cashier,
                        at(day, 20 * 3600) });
                for (int s = 0; s < salesPerTill; ++s) {
                    const QString sale = QStringLiteral("s-%1-%2").arg(branch).arg(++m_sales);
                    const int lines = between(1, 3);
                    qint64 base = 0, tax = 0, total = 0;
                    exec(QStringLiteral("INSERT INTO sales (id, folio, branch_id, device_id, cash_session_id, "
                                        "cashier_id, customer_id, price_list, subtotal_cents, tax_cents, total_cents, "
                                        "discount_cents, change_cents, sold_at) VALUES (?, ?, ?, 'dev', ?, ?, NULL, "
                                        "'publico', 0, 0, 0, 0, 0, ?)"),
                        { sale, QStringLiteral("F-%1").arg(sale), branch, session, cashier,
                            at(day, 9 * 3600 + s * 600 + between(0, 500)) });
                    for (int l = 1; l <= lines; ++l) {
                        const qint64 qty = between(1, 3) * 1000;
                        const qint64 unit = between(1999, 250000);
                        const qint64 gross = unit * qty / 1000;
                        const qint64 lineBase = divideRounded(gross * 100, 116);
                        const qint64 cost = between(0, 9) == 0 ? 0 : unit * between(40, 70) / 116;
                        exec(QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, part_id, sku, description, "
                                            "warehouse_id, quantity, unit_price_cents, discount_cents, base_cents, "
                                            "tax_cents, tax_code, cost_cents, retail_price_cents, price_version, "
                                            "sat_product_key, sat_unit_key) VALUES (?, ?, ?, ?, ?, 'wh-1', ?, ?, 0, ?, "
                                            "?, 'iva16', ?, ?, 1, '25174400', 'H87')"),
                            { sale, l, between(1, 40), QStringLiteral("SKU-%1").arg(l),
                                QStringLiteral("Balata \"cerámica\", delantera"), qty, unit, lineBase, gross - lineBase,
                                cost, unit });
                        base += lineBase;
                        tax += gross - lineBase;
                        total += gross;
                    }
                    exec(QStringLiteral(
                             "UPDATE sales SET subtotal_cents = ?, tax_cents = ?, total_cents = ? WHERE id = ?"),
                        { base, tax, total, sale });
                    // Payments: card for part, cash (with change) for the rest, or one method alone.
                    const int shape = between(0, 2);
                    if (shape == 0) {
                        const qint64 card = total / 2;
                        exec(QStringLiteral("INSERT INTO sale_payments (sale_id, line_no, method, amount_cents, "
                                            "tendered_cents) VALUES (?, 1, 'card_debit', ?, ?), (?, 2, 'cash', ?, ?)"),
                            { sale, card, card, sale, total - card, total - card + 5000 });
                        exec(QStringLiteral("UPDATE sales SET change_cents = 5000 WHERE id = ?"), { sale });
                    } else {
                        exec(QStringLiteral("INSERT INTO sale_payments (sale_id, line_no, method, amount_cents, "
                                            "tendered_cents) VALUES (?, 1, ?, ?, ?)"),
                            { sale, shape == 1 ? QStringLiteral("cash") : QStringLiteral("transfer"), total, total });
                    }
                    if (returnEvery > 0 && m_sales % returnEvery == 0) {
                        const QString ret = QStringLiteral("r-%1").arg(sale);
                        Result<QSqlQuery> line = m_db.exec(
                            QStringLiteral("SELECT part_id, quantity, base_cents, tax_cents FROM sale_lines WHERE "
                                           "sale_id = ? AND line_no = 1"),
                            { sale });
                        QVERIFY(line && line->next());
                        const qint64 rb = line->value(2).toLongLong(), rt = line->value(3).toLongLong();
                        exec(QStringLiteral("INSERT INTO returns (id, folio, sale_id, branch_id, device_id, "
                                            "cash_session_id, cashier_id, approved_by, reason, refund_method, "
                                            "subtotal_cents, tax_cents, total_cents, returned_at) VALUES (?, ?, ?, ?, "
                                            "'dev', ?, ?, ?, 'No le quedó', 'cash', ?, ?, ?, ?)"),
                            { ret, QStringLiteral("D-%1").arg(sale), sale, branch, session, cashier, kManager, rb, rt,
                                rb + rt, at(day, 19 * 3600) });
                        exec(QStringLiteral("INSERT INTO return_lines (return_id, line_no, sale_line_no, part_id, "
                                            "quantity, base_cents, tax_cents, total_cents, destination, warehouse_id) "
                                            "VALUES (?, 1, 1, ?, ?, ?, ?, ?, 'stock', 'wh-1')"),
                            { ret, line->value(0), line->value(1), rb, rt, rb + rt });
                    }
                }
            }
        }
    }

    qint64 sum(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> v = m_db.scalar(sql, values);
        return v ? v->toLongLong() : -1;
    }

private:
    Database &m_db;
    int m_sales = 0;
};

ReportRequest request(ReportKind kind, const QDate &from, const QDate &to)
{
    ReportRequest r;
    r.kind = kind;
    r.from = from;
    r.to = to;
    r.timeZone = kZone;
    return r;
}

const ReportViewer kManagerViewer { kManager, Role::Manager, kBranch };

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconcileWithLedgers_data();
    void reconcileWithLedgers();
    void csvQuoting_data();
    void csvQuoting();
    void csvDocument();
    void roleGating();
    void cancelBeforeStart();
    void cancelRunningJob();
};

void TestReports::reconcileWithLedgers_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("salesPerTill");
    QTest::addColumn<int>("returnEvery");
    QTest::addColumn<int>("fromDay");
    QTest::addColumn<int>("toDay");
    QTest::newRow("one day, no returns") << 1u << 1 << 6 << 0 << 0 << 0;
    QTest::newRow("a week, returns, mixed payments") << 7u << 7 << 9 << 4 << 0 << 6;
    QTest::newRow("middle of the range only") << 11u << 10 << 5 << 3 << 3 << 5;
    QTest::newRow("every sale returned once") << 23u << 3 << 4 << 1 << 0 << 2;
}

void TestReports::reconcileWithLedgers()
{
    QFETCH(quint32, seed);
    QFETCH(int, days);
    QFETCH(int, salesPerTill);
    QFETCH(int, returnEvery);
    QFETCH(int, fromDay);
    QFETCH(int, toDay);
    test::TempDir dir;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(dir.file(QStringLiteral("nexus.db")));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().logMessage()));
    Database &db = (*store)->db();
    Ledger ledger(db);
    ledger.users();
    ledger.generate(seed, days, salesPerTill, returnEvery, kBranch);
    ledger.generate(seed + 1, days, 2, 2, kOther); // another branch's sales must never count for the manager
    const QDate first(2026, 3, 2);
    const QDate from = first.addDays(fromDay);
    const QDate to = first.addDays(toDay);
    ReportRequest range = request(ReportKind::SalesJournal, from, to);
    const auto utc = ReportService::utcRange(range);
    const QVariantList inRange { utc.first, utc.second, kBranch };
    const QString sales = QStringLiteral(" FROM sales WHERE sold_at >= ? AND sold_at < ? AND branch_id = ?");
    const QString returns
        = QStringLiteral(" FROM returns WHERE returned_at >= ? AND returned_at < ? AND branch_id = ?");
    const qint64 salesTotal = ledger.sum(QStringLiteral("SELECT sum(total_cents)") + sales, inRange);
    const qint64 returnsTotal = ledger.sum(QStringLiteral("SELECT COALESCE(sum(total_cents), 0)") + returns, inRange);
    QVERIFY(salesTotal > 0);
    ReportService service(db, QString());

    Result<ReportTable> journal = service.run(range, kManagerViewer);
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().logMessage()));
    QCOMPARE(journal->total(QStringLiteral("total")), salesTotal);
    QCOMPARE(journal->total(QStringLiteral("subtotal")),
        ledger.sum(QStringLiteral("SELECT sum(subtotal_cents)") + sales, inRange));
    QCOMPARE(
        journal->total(QStringLiteral("tax")), ledger.sum(QStringLiteral("SELECT sum(tax_cents)") + sales, inRange));
    QCOMPARE(journal->rows.size(), ledger.sum(QStringLiteral("SELECT count(*)") + sales, inRange));

    // Tickets paid (partly) by card: their whole totals.
    range.paymentMethod = QStringLiteral("card_debit");
    Result<ReportTable> card = service.run(range, kManagerViewer);
    QVERIFY(card);
    QCOMPARE(card->total(QStringLiteral("total")),
        ledger.sum(QStringLiteral("SELECT COALESCE(sum(total_cents), 0)") + sales
                + QStringLiteral(" AND id IN (SELECT sale_id FROM sale_payments WHERE method = 'card_debit')"),
            inRange));
    range.paymentMethod.clear();

    for (ReportKind kind : { ReportKind::SalesByPart, ReportKind::SalesByCashier, ReportKind::SalesByCustomer }) {
        range.kind = kind;
        Result<ReportTable> grouped = service.run(range, kManagerViewer);
        QVERIFY2(grouped, qPrintable(grouped ? QString() : grouped.error().logMessage()));
        QCOMPARE(grouped->total(QStringLiteral("sold")), salesTotal);
        QCOMPARE(grouped->total(QStringLiteral("returned")), returnsTotal);
        QCOMPARE(grouped->total(QStringLiteral("net")), salesTotal - returnsTotal);
    }
    range.kind = ReportKind::SalesByCashier;
    range.cashierId = kCashierA;
    Result<ReportTable> ana = service.run(range, kManagerViewer);
    QVERIFY(ana);
    QCOMPARE(ana->rows.size(), 1);
    QCOMPARE(ana->total(QStringLiteral("sold")),
        ledger.sum(QStringLiteral("SELECT sum(total_cents)") + sales + QStringLiteral(" AND cashier_id = ?"),
            inRange + QVariantList { kCashierA }));
    range.cashierId.clear();

    range.kind = ReportKind::Returns;
    Result<ReportTable> returned = service.run(range, kManagerViewer);
    QVERIFY(returned);
    QCOMPARE(returned->total(QStringLiteral("total")), returnsTotal);

    // Margins need categories: without catalog.db the report says so instead of guessing.
    range.kind = ReportKind::Margins;
    Result<ReportTable> noCatalog = service.run(range, kManagerViewer);
    QVERIFY(!noCatalog);
    QCOMPARE(noCatalog.error().code(), ErrorCode::NotFound);
    QCOMPARE(noCatalog.error().field(), QStringLiteral("catalog"));
    {
        Result<std::unique_ptr<Database>> catalog
            = Database::open(dir.file(QStringLiteral("catalog.db")), Durability::Normal, QStringLiteral("cat-setup"));
        QVERIFY(catalog);
        QVERIFY((*catalog)->execScript(QStringLiteral(
            "CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE brands (id INTEGER PRIMARY KEY, "
            "name TEXT); CREATE TABLE parts (id INTEGER PRIMARY KEY, sku TEXT, name TEXT, brand_id INTEGER, "
            "category_id INTEGER, cost_cents INTEGER); INSERT INTO categories VALUES (1, 'Frenos'), (2, 'Filtros');")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cat-setup"));
    ReportService withCatalog(db, dir.file(QStringLiteral("catalog.db")));
    QVERIFY(db.exec(QStringLiteral("ATTACH DATABASE ? AS seed"), { dir.file(QStringLiteral("catalog.db")) }));
    QVERIFY(
        db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
                               "INSERT INTO seed.parts SELECT i, 'P' || i, 'Pieza ' || i, 1, 1 + i % 2, 0 FROM n")));
    QVERIFY(db.exec(QStringLiteral("DETACH DATABASE seed")));
    Result<ReportTable> margins = withCatalog.run(range, kManagerViewer);
    QVERIFY2(margins, qPrintable(margins ? QString() : margins.error().logMessage()));
    const QString lines = QStringLiteral(" FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.sold_at >= ? AND "
                                         "s.sold_at < ? AND s.branch_id = ?");
    const QString returnLines = QStringLiteral(
        " FROM return_lines rl JOIN returns r ON r.id = rl.return_id JOIN sale_lines sl ON sl.sale_id = r.sale_id AND "
        "sl.line_no = rl.sale_line_no WHERE r.returned_at >= ? AND r.returned_at < ? AND r.branch_id = ?");
    QCOMPARE(margins->total(QStringLiteral("base")),
        ledger.sum(QStringLiteral("SELECT sum(l.base_cents)") + lines, inRange)
            - ledger.sum(QStringLiteral("SELECT COALESCE(sum(rl.base_cents), 0)") + returnLines, inRange));
    QCOMPARE(margins->total(QStringLiteral("cost")),
        ledger.sum(QStringLiteral("SELECT sum((l.cost_cents * l.quantity + 500) / 1000)") + lines, inRange)
            - ledger.sum(
                QStringLiteral("SELECT COALESCE(sum((sl.cost_cents * rl.quantity + 500) / 1000), 0)") + returnLines,
                inRange));
    const qint64 noCost
        = ledger.sum(QStringLiteral("SELECT count(*)") + lines + QStringLiteral(" AND l.cost_cents = 0"), inRange);
    QCOMPARE(margins->total(QStringLiteral("no_cost")), noCost);
    QCOMPARE(margins->notes.isEmpty(), noCost == 0); // missing costs are said, not hidden
    QCOMPARE(margins->rows.size(), 2); // Frenos and Filtros

    // Cortes: every till of the range, the same figures as its Z.
    range.kind = ReportKind::CashSessions;
    Result<ReportTable> tills = service.run(range, kManagerViewer);
    QVERIFY(tills);
    QCOMPARE(tills->rows.size(), (toDay - fromDay + 1) * 2);
    QCOMPARE(tills->total(QStringLiteral("gross")), salesTotal);
    QCOMPARE(tills->total(QStringLiteral("refunds")), returnsTotal);
    QCOMPARE(tills->total(QStringLiteral("cash_sales")),
        ledger.sum(QStringLiteral("SELECT sum(p.amount_cents) FROM sale_payments p JOIN sales s ON s.id = p.sale_id "
                                  "WHERE p.method = 'cash' AND s.sold_at >= ? AND s.sold_at < ? AND s.branch_id = ?"),
            inRange));
}

void TestReports::csvQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Balatas") << true << QStringLiteral("Balatas");
    QTest::newRow("comma") << QStringLiteral("Frenos, delantero") << true << QStringLiteral("\"Frenos, delantero\"");
    QTest::newRow("quote") << QStringLiteral("Llanta 15\" rin") << true << QStringLiteral("\"Llanta 15\"\" rin\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << true << QStringLiteral("\"a\nb\"");
    QTest::newRow("edge space") << QStringLiteral(" x") << true << QStringLiteral("\" x\"");
    QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << true << QStringLiteral("'=SUM(A1)");
    QTest::newRow("negative amount stays a number") << QStringLiteral("-12.50") << false << QStringLiteral("-12.50");
    QTest::newRow("accents") << QStringLiteral("Cerámica ñ") << true << QStringLiteral("Cerámica ñ");
}

void TestReports::csvQuoting()
{
    QFETCH(QString, value);
    QFETCH(bool, text);
    QFETCH(QString, field);
    QCOMPARE(csvField(value, text), field);
}

void TestReports::csvDocument()
{
    ReportTable table;
    table.timeZone = kZone;
    table.columns = { { QStringLiteral("name"), QStringLiteral("Descripción"), ColumnType::Text, false },
        { QStringLiteral("qty"), QStringLiteral("Cantidad"), ColumnType::Quantity, true },
        { QStringLiteral("total"), QStringLiteral("Total"), ColumnType::Money, true } };
    table.rows = { { QStringLiteral("Balata \"cerámica\", delantera"), qint64(1500), qint64(123456) },
        { QStringLiteral("Filtro"), qint64(-1000), qint64(-5) } };
    table.sumTotals();
    const QByteArray csv = reportCsv(table);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 5); // header, 2 rows, totals, the empty tail after the last CRLF
    QCOMPARE(lines.at(0), QStringLiteral("Descripción,Cantidad,Total"));
    QCOMPARE(lines.at(1), QStringLiteral("\"Balata \"\"cerámica\"\", delantera\",1.500,1234.56"));
    QCOMPARE(lines.at(2), QStringLiteral("Filtro,-1.000,-0.05"));
    QCOMPARE(lines.at(3), QStringLiteral("Total,0.500,1234.51"));
}

void TestReports::roleGating()
{
    test::TempDir dir;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(dir.file(QStringLiteral("nexus.db")));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().logMessage()));
    Ledger ledger((*store)->db());
    ledger.users();
    ledger.generate(5, 2, 3, 0, kBranch);
    ReportService service((*store)->db(), QString());
    const QDate day(2026, 3, 2);
    const ReportViewer ana { kCashierA, Role::Cashier, kBranch };
    const QString anaSession = QStringLiteral("cs-%1-0-%2").arg(kBranch, kCashierA);
    const QString betoSession = QStringLiteral("cs-%1-0-%2").arg(kBranch, kCashierB);

    ReportRequest own = request(ReportKind::SalesJournal, day, day.addDays(1));
    own.cashSessionId = anaSession;
    Result<ReportTable> mine = service.run(own, ana);
    QVERIFY2(mine, qPrintable(mine ? QString() : mine.error().logMessage()));
    QCOMPARE(mine->rows.size(), 3); // her till's tickets only
    QCOMPARE(mine->total(QStringLiteral("total")),
        ledger.sum(QStringLiteral("SELECT sum(total_cents) FROM sales WHERE cash_session_id = ?"), { anaSession }));

    struct Refusal
    {
        const char *what;
        ReportRequest request;
        ReportViewer viewer;
        QString field;
    };
    ReportRequest others = own;
    others.cashSessionId = betoSession;
    ReportRequest noSession = own;
    noSession.cashSessionId.clear();
    ReportRequest margins = own;
    margins.kind = ReportKind::Margins;
    ReportRequest otherBranch = request(ReportKind::SalesJournal, day, day);
    otherBranch.branchId = kOther;
    ReportRequest backwards = request(ReportKind::SalesJournal, day, day.addDays(-1));
    const QList<Refusal> refusals {
        { "cashier, another cashier's till", others, ana, QStringLiteral("cash_session") },
        { "cashier, no till named", noSession, ana, QStringLiteral("cash_session") },
        { "cashier, a branch report", margins, ana, QStringLiteral("report") },
        { "manager, another branch", otherBranch, kManagerViewer, QStringLiteral("branch") },
        { "mechanic", own, ReportViewer { QStringLiteral("m"), Role::Mechanic, kBranch }, QStringLiteral("report") },
        { "last day before the first", backwards, kManagerViewer, QStringLiteral("to") },
    };
    for (const Refusal &refusal : refusals) {
        Result<ReportTable> refused = service.run(refusal.request, refusal.viewer);
        QVERIFY2(!refused, refusal.what);
        QVERIFY2(refused.error().field() == refusal.field, refusal.what);
        if (refusal.field != QLatin1String("to"))
            QVERIFY2(refused.error().code() == ErrorCode::PermissionDenied, refusal.what);
    }
    // HQ sees every branch the replica holds.
    Result<ReportTable> all = service.run(otherBranch, ReportViewer { QStringLiteral("hq"), Role::Hq, QString() });
    QVERIFY(all);
    QCOMPARE(all->rows.size(), 0);
}

void TestReports::cancelBeforeStart()
{
    test::TempDir dir;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(dir.file(QStringLiteral("nexus.db")));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().logMessage()));
    Ledger ledger((*store)->db());
    ledger.users();
    ledger.generate(3, 1, 3, 0, kBranch);
    ReportService service((*store)->db(), QString());
    ReportControl control;
    control.cancelled = true;
    Result<ReportTable> cancelled = service.run(
        request(ReportKind::SalesJournal, QDate(2026, 3, 2), QDate(2026, 3, 2)), kManagerViewer, &control);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().field(), QStringLiteral("report"));
}

void TestReports::cancelRunningJob()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("nexus.db"));
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().logMessage()));
    Ledger ledger((*store)->db());
    ledger.users();
    // 150,000 movements in the range: long enough to be caught running.
    ledger.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150000) "
                               "INSERT INTO stock_movements "
                               "(id, part_id, warehouse_id, kind, quantity, ref_type, ref_id, user_id, at) SELECT 'm' "
                               "|| i, i % 5000, 'wh-1', "
                               "'sale', -1000, 'sale', 's' || i, ?, '2026-03-02T18:00:00.000Z' FROM n"),
        { kCashierA });
    ReportJob job(path, QString());
    QSignalSpy finished(&job, &ReportJob::finished);
    QSignalSpy cancelled(&job, &ReportJob::cancelled);
    QSignalSpy progress(&job, &ReportJob::progress);
    QVERIFY(job.start(request(ReportKind::InventoryMovements, QDate(2026, 3, 1), QDate(2026, 3, 3)), kManagerViewer));
    QVERIFY(!job.start(request(ReportKind::SalesJournal, QDate(2026, 3, 1), QDate(2026, 3, 3)), kManagerViewer));
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() > 0, 10000);
    job.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.size() + finished.size() > 0, 20000);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(finished.size(), 0);

    // The same report, not cancelled, completes with every movement.
    QSignalSpy done(&job, &ReportJob::finished);
    QVERIFY(job.start(request(ReportKind::InventoryMovements, QDate(2026, 3, 1), QDate(2026, 3, 3)), kManagerViewer));
    QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 60000);
    const ReportTable table = done.first().first().value<ReportTable>();
    QCOMPARE(table.rows.size(), 150000);
    QCOMPARE(table.total(QStringLiteral("quantity")), -150000LL * 1000);
}

QTEST_GUILESS_MAIN(TestReports)
#include "testreports.moc"
