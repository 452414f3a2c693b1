// Inventory reports on a real nexus.db whose stock moved through the ledger (receipts, sales, a sale without stock)
// and whose sales are in the sales ledger: slow movers (stock with no sale in the period, its value at the branch's
// average cost or the catalogue's, days idle), stock-outs (parts at or below zero that sold in the period, out since
// their last outgoing movement, the lost-sales estimate) and the ABC classes at their 80 % / 95 % edges; every figure
// checked by hand and the totals reconciled with raw SQL over the ledgers; another branch's stock stays out.
#include "common/idgenerator.h"
#include "common/money.h"
#include "inventory/stockledger.h"
#include "reports/inventoryreports.h"
#include "reports/reportservice.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QSqlQuery>
#include <QTest>

using namespace nexus;

namespace {

const QString kBranch = QStringLiteral("branch-centro");
const QString kOther = QStringLiteral("branch-norte");
const QString kManager = QStringLiteral("user-gerente");
const QTimeZone kZone(-6 * 3600);
const QDate kFrom(2026, 3, 1);
const QDate kTo(2026, 3, 30); // 30 days

QString at(const QDate &day, int hour = 12)
{
    return QDateTime(day, QTime(hour, 0), kZone).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class TestInventoryReports final : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    int m_sales = 0;

    Database &db() { return m_store->db(); }
    qint64 sum(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> v = db().scalar(sql, values);
        return v && v->isValid() ? v->toLongLong() : -1;
    }
    void move(qint64 part, const QString &warehouse, const QString &kind, qint64 units, const QDate &day)
    {
        Transaction transaction(db());
        QVERIFY(transaction.begin());
        QVERIFY(StockLedger(db()).post({ { IdGenerator::instance().nextString(), part, warehouse, kind,
            Quantity::units(units), kind, QStringLiteral("ref"), kManager, at(day) } }));
        QVERIFY(transaction.commit());
    }
    // A completed sale of `units` of `part` at `unitCents` (IVA included) from `warehouse`, with its movement.
    void sell(qint64 part, const QString &warehouse, qint64 units, qint64 unitCents, const QDate &day)
    {
        const QString sale = QStringLiteral("s-%1").arg(++m_sales);
        const qint64 gross = unitCents * units;
        const qint64 base = divideRounded(gross * 100, 116);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO sales (id, folio, branch_id, device_id, cash_session_id, "
                                         "cashier_id, price_list, subtotal_cents, tax_cents, total_cents, "
                                         "discount_cents, sold_at) VALUES (?, ?, ?, 'dev', 'cs-1', ?, 'publico', ?, ?, "
                                         "?, 0, ?)"),
            { sale, QString(QStringLiteral("F-") + sale), warehouse == QLatin1String("wh-3") ? kOther : kBranch,
                kManager, base, gross - base, gross, at(day) }));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, part_id, sku, description, "
                                         "warehouse_id, quantity, unit_price_cents, discount_cents, base_cents, "
                                         "tax_cents, tax_code, cost_cents, retail_price_cents, price_version, "
                                         "sat_product_key, sat_unit_key) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 0, ?, ?, "
                                         "'iva16', 0, ?, 1, '25174400', 'H87')"),
            { sale, part, QStringLiteral("P%1").arg(part), QStringLiteral("Pieza %1").arg(part), warehouse,
                units * 1000, unitCents, base, gross - base, unitCents }));
        move(part, warehouse, QStringLiteral("sale"), -units, day);
    }
    Result<ReportTable> run(ReportKind kind, const QDate &from = kFrom)
    {
        ReportRequest r;
        r.kind = kind;
        r.from = from;
        r.to = kTo;
        r.timeZone = kZone;
        return ReportService(db(), m_dir.file(QStringLiteral("catalog.db")))
            .run(r, { kManager, Role::Manager, kBranch });
    }
    static int rowOf(const ReportTable &table, const QString &sku)
    {
        for (int i = 0; i < table.rows.size(); ++i)
            if (table.rows.at(i).at(0).toString() == sku)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        {
            Result<std::unique_ptr<Database>> catalog = Database::open(
                m_dir.file(QStringLiteral("catalog.db")), Durability::Normal, QStringLiteral("cat-setup"));
            QVERIFY(catalog);
            QVERIFY((*catalog)->execScript(QStringLiteral(
                "CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE brands (id INTEGER "
                "PRIMARY KEY, name TEXT); CREATE TABLE parts (id INTEGER PRIMARY KEY, sku TEXT, name TEXT, brand_id "
                "INTEGER, category_id INTEGER, cost_cents INTEGER); INSERT INTO parts VALUES (1, 'P1', 'Balata', 0, "
                "0, 30000), (2, 'P2', 'Filtro de aceite', 0, 0, 9000), (3, 'P3', 'Bujía', 0, 0, 4550), (4, 'P4', "
                "'Amortiguador', 0, 0, 0), (5, 'P5', 'Banda', 0, 0, 0), (6, 'P6', 'Foco', 0, 0, 1000), (7, 'P7', "
                "'Tapón', 0, 0, 500);")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cat-setup"));
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store.has_value(), test::why(store).constData());
        m_store = std::move(*store);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO branches (id, code, name) VALUES (?, 'CEN', 'Centro'), (?, "
                                         "'NTE', 'Norte')"),
            { kBranch, kOther }));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO warehouses (id, branch_id, code, name) VALUES ('wh-1', ?, 'MOS', "
                                         "'Mostrador'), ('wh-2', ?, 'BOD', 'Bodega'), ('wh-3', ?, 'MOS', 'Norte')"),
            { kBranch, kBranch, kOther }));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO cash_sessions (id, branch_id, device_id, opened_by, opened_at, "
                                         "opening_float_cents, status) VALUES ('cs-1', ?, 'dev', ?, ?, 0, 'open')"),
            { kBranch, kManager, at(QDate(2026, 1, 1)) }));
        // The branch's average cost of P2 (the catalogue says 90.00).
        QVERIFY(db().exec(QStringLiteral("INSERT INTO part_costs (part_id, average_cost_cents, updated_at) VALUES "
                                         "(2, 12000, '2026-01-02')")));
        const QDate jan5(2026, 1, 5);
        move(1, QStringLiteral("wh-1"), QStringLiteral("receipt"), 12, jan5);
        sell(1, QStringLiteral("wh-1"), 2, 40000, QDate(2026, 3, 10)); // P1: $800.00 in the period, 10 left
        move(2, QStringLiteral("wh-1"), QStringLiteral("receipt"), 6, jan5);
        sell(2, QStringLiteral("wh-1"), 1, 15000, QDate(2026, 2, 10)); // P2: 5 left, last sold before the period
        move(3, QStringLiteral("wh-2"), QStringLiteral("receipt"), 3, jan5); // P3: never sold
        move(4, QStringLiteral("wh-1"), QStringLiteral("receipt"), 4, jan5);
        sell(4, QStringLiteral("wh-1"), 2, 3750, QDate(2026, 3, 5));
        sell(4, QStringLiteral("wh-1"), 2, 3750, QDate(2026, 3, 20)); // P4: $150.00, out since the 20th
        sell(5, QStringLiteral("wh-1"), 1, 5000, QDate(2026, 3, 25)); // P5: $50.00 sold without stock: −1
        move(6, QStringLiteral("wh-3"), QStringLiteral("receipt"), 7, jan5); // P6: the other branch's
        move(7, QStringLiteral("wh-1"), QStringLiteral("receipt"), 1, jan5);
        sell(7, QStringLiteral("wh-1"), 1, 1000, QDate(2026, 2, 1)); // P7: out, but no demand in the period
    }
    void cleanupTestCase() { m_store.reset(); }

    void slowMoversHaveValueAndIdleDays()
    {
        Result<ReportTable> t = run(ReportKind::SlowMovers);
        QVERIFY2(t.has_value(), test::why(t).constData());
        QCOMPARE(t->rows.size(), 2);
        // P2 first: 5 × 120.00 (the branch's average cost) = 600.00, more than P3's 3 × 45.50.
        QCOMPARE(t->rows.at(0).at(0).toString(), QStringLiteral("P2"));
        QCOMPARE(t->rows.at(0).at(1).toString(), QStringLiteral("Filtro de aceite"));
        QCOMPARE(t->number(0, QStringLiteral("quantity")), 5000);
        QCOMPARE(t->number(0, QStringLiteral("value")), 60000);
        QCOMPARE(t->rows.at(0).at(5).toString(), at(QDate(2026, 2, 10)));
        QCOMPARE(t->number(0, QStringLiteral("idle_days")), QDate(2026, 2, 10).daysTo(kTo));
        QCOMPARE(t->rows.at(1).at(0).toString(), QStringLiteral("P3"));
        QCOMPARE(t->number(1, QStringLiteral("value")), 13650);
        QCOMPARE(t->rows.at(1).at(5).toString(), QString()); // never sold: idle since it arrived
        QCOMPARE(t->number(1, QStringLiteral("idle_days")), QDate(2026, 1, 5).daysTo(kTo));
        // Reconciled: the branch's positive balances of parts without a sale line in the period, at cost.
        Result<QSqlQuery> attached
            = db().exec(QStringLiteral("ATTACH DATABASE ? AS seed"), { m_dir.file(QStringLiteral("catalog.db")) });
        QVERIFY(attached.has_value());
        const qint64 raw = sum(QStringLiteral(
            "SELECT sum(l.quantity * COALESCE(c.average_cost_cents, p.cost_cents) / 1000) FROM stock_levels l "
            "JOIN warehouses w ON w.id = l.warehouse_id JOIN seed.parts p ON p.id = l.part_id "
            "LEFT JOIN part_costs c ON c.part_id = l.part_id WHERE w.branch_id = ? AND l.quantity > 0 AND "
            "l.part_id NOT IN (SELECT sl.part_id FROM sale_lines sl JOIN sales s ON s.id = sl.sale_id WHERE "
            "s.sold_at >= ? AND s.sold_at < ?)"),
            { kBranch, at(kFrom, 0), at(kTo.addDays(1), 0) });
        QVERIFY(db().exec(QStringLiteral("DETACH DATABASE seed")));
        QCOMPARE(t->total(QStringLiteral("value")), raw);
        QCOMPARE(raw, 73650);
    }

    void stockOutsEstimateTheLostSales()
    {
        Result<ReportTable> t = run(ReportKind::StockOuts);
        QVERIFY2(t.has_value(), test::why(t).constData());
        QCOMPARE(t->rows.size(), 2); // P4 and P5; P7 is out but nobody asked for it in the period
        const int p4 = rowOf(*t, QStringLiteral("P4"));
        const int p5 = rowOf(*t, QStringLiteral("P5"));
        QVERIFY(p4 >= 0 && p5 >= 0);
        QCOMPARE(t->number(p4, QStringLiteral("quantity")), 0);
        QCOMPARE(t->number(p4, QStringLiteral("sold_qty")), 4000);
        QCOMPARE(t->number(p4, QStringLiteral("sold")), 15000);
        QCOMPARE(t->rows.at(p4).at(5).toString(), at(QDate(2026, 3, 20)));
        // Out 10 whole days of 30: it sold 4 in the 20 days it had stock, so 2 more ($75.00) were lost.
        QCOMPARE(t->number(p4, QStringLiteral("days_out")), 10);
        QCOMPARE(t->number(p4, QStringLiteral("lost_qty")), 2000);
        QCOMPARE(t->number(p4, QStringLiteral("lost")), 7500);
        QCOMPARE(t->number(p5, QStringLiteral("quantity")), -1000);
        QCOMPARE(t->number(p5, QStringLiteral("days_out")), 5);
        QCOMPARE(t->number(p5, QStringLiteral("lost")), 1000); // 5000 × 5 / 25
        QCOMPARE(p4, 0); // the largest loss first
        // Reconciled: the period's sales of the branch's parts at or below zero.
        QCOMPARE(t->total(QStringLiteral("sold")),
            sum(QStringLiteral("SELECT sum(sl.base_cents + sl.tax_cents) FROM sale_lines sl JOIN sales s ON s.id = "
                               "sl.sale_id WHERE s.branch_id = ? AND s.sold_at >= ? AND s.sold_at < ? AND sl.part_id IN "
                               "(SELECT l.part_id FROM stock_levels l JOIN warehouses w ON w.id = l.warehouse_id WHERE "
                               "w.branch_id = ? GROUP BY l.part_id HAVING sum(l.quantity) <= 0)"),
                { kBranch, at(kFrom, 0), at(kTo.addDays(1), 0), kBranch }));
    }

    void aShortStockedSpellCountsAWeekOfDemand()
    {
        // From the 18th: P4 sold its last 2 on the 20th and has been out 10 of the 13 days. Three days in stock
        // would read as 2/3 a day; a week is counted instead: 2 × 10 / 7 pieces, $75.00 × 10 / 7.
        Result<ReportTable> t = run(ReportKind::StockOuts, QDate(2026, 3, 18));
        QVERIFY2(t.has_value(), test::why(t).constData());
        const int p4 = rowOf(*t, QStringLiteral("P4"));
        QVERIFY(p4 >= 0);
        QCOMPARE(t->number(p4, QStringLiteral("sold_qty")), 2000);
        QCOMPARE(t->number(p4, QStringLiteral("days_out")), 10);
        QCOMPARE(t->number(p4, QStringLiteral("lost_qty")), 2857);
        QCOMPARE(t->number(p4, QStringLiteral("lost")), 10714);
        const int p5 = rowOf(*t, QStringLiteral("P5")); // 8 days in stock: more than a week, taken as they are
        QCOMPARE(t->number(p5, QStringLiteral("lost")), 3125);
    }

    void abcClassesAtTheirEdges()
    {
        Result<ReportTable> t = run(ReportKind::AbcAnalysis);
        QVERIFY2(t.has_value(), test::why(t).constData());
        QCOMPARE(t->rows.size(), 3);
        // $800 + $150 + $50: P1 makes the first 80 % (A), P4 starts at 80 % (B), P5 at 95 % (C).
        const QStringList order { QStringLiteral("P1"), QStringLiteral("P4"), QStringLiteral("P5") };
        const QStringList classes { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") };
        const qint64 shares[] = { 8000, 1500, 500 };
        const qint64 cumulative[] = { 8000, 9500, 10000 };
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(t->rows.at(i).at(0).toString(), order.at(i));
            QCOMPARE(t->rows.at(i).at(6).toString(), classes.at(i));
            QCOMPARE(t->number(i, QStringLiteral("share")), shares[i]);
            QCOMPARE(t->number(i, QStringLiteral("cumulative")), cumulative[i]);
        }
        QCOMPARE(t->total(QStringLiteral("net")),
            sum(QStringLiteral("SELECT sum(sl.base_cents + sl.tax_cents) FROM sale_lines sl JOIN sales s ON s.id = "
                               "sl.sale_id WHERE s.branch_id = ? AND s.sold_at >= ? AND s.sold_at < ?"),
                { kBranch, at(kFrom, 0), at(kTo.addDays(1), 0) }));
        QCOMPARE(abcClass(7999, 1), QStringLiteral("A"));
        QCOMPARE(abcClass(9499, 1), QStringLiteral("B"));
        QCOMPARE(abcClass(0, 0), QStringLiteral("C"));
        QVERIFY(t->notes.size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestInventoryReports)
#include "testinventoryreports.moc"
