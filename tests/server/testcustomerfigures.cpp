// A customer's figures on head office's row (tenant migrations 0026, 0028): the lifetime purchases, sales, refunds,
// purchase days and first/last purchase recomputed when their sale or return arrives, what each part came to as the
// lines arrive, and the daily sweep that moves the
// 12-month window (CustomerFiguresSweep, with a MockClock) recomputing the customer whose oldest counted sale left it
// — their tier drops without a new fact of theirs and the row comes down in the "customers" bucket — while a customer
// whose window did not move is left alone. Every test runs on an SQLite tenant file and on a PostgreSQL tenant schema.
#include "ingesttest.h"
#include "mockclock.h"

#include "customers/loyalty.h"
#include "server/changelogreader.h"
#include "server/customerfiguressweep.h"
#include "server/isotime.h"

using namespace nexus;
using namespace nexus::test;

class TestCustomerFigures final : public IngestTest
{
    Q_OBJECT

private:
    QDateTime m_base = QDateTime::currentDateTimeUtc();

    qint64 value(const QString &sql, const QVariantList &values = {})
    {
        const Result<QVariant> v = m_tenant->scalar(sql, values);
        return v && v->isValid() && !v->isNull() ? v->toLongLong() : -1;
    }

    QString text(const QString &sql, const QVariantList &values = {})
    {
        const Result<QVariant> v = m_tenant->scalar(sql, values);
        return v ? v->toString() : QStringLiteral("<error>");
    }

    bool addCustomer(const QString &id, const QString &name)
    {
        return m_tenant
            ->exec(QStringLiteral("INSERT INTO customers(id, name, rfc, fiscal_regime, postal_code, created_at) "
                                  "VALUES (?, ?, 'XAXX010101000', '616', '64000', ?)"),
                { id, name, isoUtc(m_base.addYears(-2)) })
            .has_value();
    }

    // A ticket of the customer `daysAgo` days before m_base at MTY, as the ingest stores it.
    bool sell(const QString &saleId, const QString &customerId, qint64 cents, int daysAgo)
    {
        return m_tenant
            ->exec(QStringLiteral("INSERT INTO sales(id, branch_id, device_id, folio, cashier_id, customer_id, "
                                  "price_list, subtotal_cents, tax_cents, total_cents, sold_at) "
                                  "VALUES (?, ?, 'dev-mty', ?, 'u-1', ?, 'publico', ?, ?, ?, ?)"),
                { saleId, m_acme.branchId(QStringLiteral("MTY")), QString(QStringLiteral("MTY1-") + saleId), customerId,
                    cents * 100 / 116, cents - cents * 100 / 116, cents, isoUtc(m_base.addDays(-daysAgo)) })
            .has_value();
    }

    // Line `lineNo` of the ticket: one piece of `partId` worth `cents`, IVA included.
    bool line(const QString &saleId, int lineNo, qint64 partId, qint64 cents)
    {
        return m_tenant
            ->exec(QStringLiteral("INSERT INTO sale_lines(sale_id, line_no, part_id, warehouse_id, quantity, "
                                  "unit_price_cents, base_cents, tax_cents, tax_code, cost_cents, retail_price_cents, "
                                  "price_version) VALUES (?, ?, ?, ?, 1000, ?, ?, ?, 'IVA16', 0, ?, 1)"),
                { saleId, lineNo, partId, QString(m_acme.branchId(QStringLiteral("MTY")) + QStringLiteral("-wh-A")), cents,
                    cents * 100 / 116, cents - cents * 100 / 116, cents })
            .has_value();
    }

    bool giveBack(const QString &returnId, const QString &saleId, qint64 cents, int daysAgo)
    {
        return m_tenant
            ->exec(QStringLiteral("INSERT INTO returns(id, folio, sale_id, branch_id, device_id, cashier_id, "
                                  "approved_by, reason, refund_method, subtotal_cents, tax_cents, total_cents, "
                                  "returned_at, received_at) VALUES (?, ?, ?, ?, 'dev-mty', 'u-1', 'u-2', 'No le quedó', "
                                  "'cash', ?, ?, ?, ?, ?)"),
                { returnId, QString(QStringLiteral("MTY1-D") + returnId), saleId,
                    m_acme.branchId(QStringLiteral("MTY")), cents * 100 / 116, cents - cents * 100 / 116, cents,
                    isoUtc(m_base.addDays(-daysAgo)), isoUtc(m_base) })
            .has_value();
    }

    // The customer's row as the "customers" bucket sends it now, with its change-log seq.
    std::pair<qint64, QJsonObject> pulled(const QString &customerId)
    {
        Result<std::unique_ptr<ChangeLogReader>> reader = m_backends.changeLog(m_acmeTenant);
        if (!reader)
            return { -1, {} };
        Result<wire::PullResponse> page
            = (*reader)->page(QStringLiteral("customers"), { QStringLiteral("*") }, QString(), 500);
        if (!page)
            return { -1, {} };
        for (const wire::PullRow &row : page->rows)
            if (row.key == customerId)
                return { row.seq, row.row };
        return { -1, {} };
    }

private Q_SLOTS:
    void initTestCase_data() { backendRows(); }
    void initTestCase() { startBackends(); }
    void init() { openTenant(QStringLiteral("figures")); }
    void cleanup() { closeTenant(); }

    void lifetimeFiguresFollowEverySaleAndReturn()
    {
        QVERIFY(addCustomer(QStringLiteral("c-ana"), QStringLiteral("Ana Treviño")));
        QCOMPARE(value(QStringLiteral("SELECT purchases FROM customers WHERE id = 'c-ana'")), 0);
        QVERIFY(text(QStringLiteral("SELECT coalesce(last_purchase_at, 'none') FROM customers WHERE id = 'c-ana'"))
            == QStringLiteral("none"));

        // Two tickets on one day and one a week later, at any branch: three purchases on two days.
        QVERIFY(sell(QStringLiteral("s1"), QStringLiteral("c-ana"), 1000'00, 10));
        QVERIFY(sell(QStringLiteral("s2"), QStringLiteral("c-ana"), 500'00, 10));
        QVERIFY(sell(QStringLiteral("s3"), QStringLiteral("c-ana"), 300'00, 3));
        QVERIFY(giveBack(QStringLiteral("r1"), QStringLiteral("s2"), 200'00, 2));
        // Their lines: brake pads (7) on two tickets, a filter (8) on one; what each part came to goes on the row.
        QVERIFY(line(QStringLiteral("s1"), 1, 7, 600'00));
        QVERIFY(line(QStringLiteral("s1"), 2, 8, 400'00));
        QVERIFY(line(QStringLiteral("s2"), 1, 8, 500'00));
        QVERIFY(line(QStringLiteral("s3"), 1, 7, 300'00));
        QCOMPARE(value(QStringLiteral("SELECT purchases FROM customers WHERE id = 'c-ana'")), 3);
        QCOMPARE(value(QStringLiteral("SELECT gross_cents FROM customers WHERE id = 'c-ana'")), 1800'00);
        QCOMPARE(value(QStringLiteral("SELECT refunds_cents FROM customers WHERE id = 'c-ana'")), 200'00);
        QCOMPARE(value(QStringLiteral("SELECT purchase_days FROM customers WHERE id = 'c-ana'")), 2);
        QCOMPARE(value(QStringLiteral("SELECT loyalty_spend_cents FROM customers WHERE id = 'c-ana'")), 1600'00);

        // The bucket carries them.
        const auto [seq, row] = pulled(QStringLiteral("c-ana"));
        QVERIFY(seq > 0);
        QCOMPARE(row.value(QStringLiteral("purchases")).toInteger(), 3);
        QCOMPARE(row.value(QStringLiteral("gross_cents")).toInteger(), 1800'00);
        QCOMPARE(row.value(QStringLiteral("refunds_cents")).toInteger(), 200'00);
        QCOMPARE(row.value(QStringLiteral("purchase_days")).toInteger(), 2);
        QCOMPARE(row.value(QStringLiteral("first_purchase_at")).toString(), isoUtc(m_base.addDays(-10)));
        QCOMPARE(row.value(QStringLiteral("last_purchase_at")).toString(), isoUtc(m_base.addDays(-3)));
        const QJsonObject parts = row.value(QStringLiteral("part_spend")).toObject();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.value(QStringLiteral("7")).toInteger(), 900'00);
        QCOMPARE(parts.value(QStringLiteral("8")).toInteger(), 900'00);
        // A line of a sale without a customer changes nobody's figures.
        QVERIFY(m_tenant->exec(QStringLiteral("INSERT INTO sales(id, branch_id, device_id, folio, cashier_id, "
                                              "price_list, subtotal_cents, tax_cents, total_cents, sold_at) VALUES "
                                              "('walk-in', ?, 'dev-mty', 'MTY1-9', 'u-1', 'publico', 862, 138, 1000, ?)"),
            { m_acme.branchId(QStringLiteral("MTY")), isoUtc(m_base) }));
        QVERIFY(line(QStringLiteral("walk-in"), 1, 7, 10'00));
        QCOMPARE(pulled(QStringLiteral("c-ana")).first, seq);
        QCOMPARE(value(QStringLiteral("SELECT CAST(sum(spent_cents) AS BIGINT) FROM customer_part_spend")), 1800'00);
    }

    void sweepMovesAStoppedCustomerDownATier()
    {
        MockClock clock(m_base);
        // The window starts where today's sweep puts it (the migration put it at the database's own day).
        QVERIFY(CustomerFiguresSweep::run(*m_tenant, clock.nowUtc()).has_value());
        QCOMPARE(text(QStringLiteral("SELECT since FROM customer_figures_window")),
            CustomerFiguresSweep::windowStart(m_base));

        // Ana: $25,000 ten months ago, $8,000 (of which $1,000 back) three months ago, $2,000 last week: Gold.
        QVERIFY(addCustomer(QStringLiteral("c-ana"), QStringLiteral("Ana Treviño")));
        QVERIFY(sell(QStringLiteral("a1"), QStringLiteral("c-ana"), 25'000'00, 300));
        QVERIFY(sell(QStringLiteral("a2"), QStringLiteral("c-ana"), 8'000'00, 100));
        QVERIFY(giveBack(QStringLiteral("ar"), QStringLiteral("a2"), 1'000'00, 90));
        QVERIFY(sell(QStringLiteral("a3"), QStringLiteral("c-ana"), 2'000'00, 5));
        // Beto bought last month only: his window does not move in the next 70 days.
        QVERIFY(addCustomer(QStringLiteral("c-beto"), QStringLiteral("Beto Garza")));
        QVERIFY(sell(QStringLiteral("b1"), QStringLiteral("c-beto"), 12'000'00, 30));
        const qint64 anaSpend = value(QStringLiteral("SELECT loyalty_spend_cents FROM customers WHERE id = 'c-ana'"));
        QCOMPARE(anaSpend, 34'000'00);
        QCOMPARE(loyaltyTier(Money(anaSpend)), LoyaltyTier::Gold);
        const auto [anaSeq, anaRow] = pulled(QStringLiteral("c-ana"));
        const auto [betoSeq, betoRow] = pulled(QStringLiteral("c-beto"));
        QVERIFY(anaSeq > 0 && betoSeq > 0);

        // The same day again: nothing to do, nothing logged.
        Result<bool> again = CustomerFiguresSweep::run(*m_tenant, clock.nowUtc().addSecs(3600));
        QVERIFY2(again, why(again).constData());
        QVERIFY(!*again);
        QCOMPARE(pulled(QStringLiteral("c-ana")).first, anaSeq);

        // 70 days on, Ana has bought nothing: her $25,000 left the window. No fact of hers arrived, yet the sweep
        // brings her to $9,000 (Bronze), logs her row again for every counter and leaves Beto's as it was.
        clock.set(m_base.addDays(70));
        Result<bool> moved = CustomerFiguresSweep::run(*m_tenant, clock.nowUtc());
        QVERIFY2(moved, why(moved).constData());
        QVERIFY(*moved);
        const qint64 after = value(QStringLiteral("SELECT loyalty_spend_cents FROM customers WHERE id = 'c-ana'"));
        QCOMPARE(after, 9'000'00);
        QCOMPARE(loyaltyTier(Money(after)), LoyaltyTier::Bronze);
        const auto [newSeq, newRow] = pulled(QStringLiteral("c-ana"));
        QVERIFY(newSeq > anaSeq);
        QCOMPARE(newRow.value(QStringLiteral("loyalty_spend_cents")).toInteger(), 9'000'00);
        QCOMPARE(newRow.value(QStringLiteral("gross_cents")).toInteger(), 35'000'00); // lifetime stays
        QCOMPARE(pulled(QStringLiteral("c-beto")).first, betoSeq);
        QCOMPARE(value(QStringLiteral("SELECT loyalty_spend_cents FROM customers WHERE id = 'c-beto'")), 12'000'00);
        // Her oldest counted fact is now the $8,000 ticket: the next sweep that recomputes her is the one past it.
        QCOMPARE(text(QStringLiteral("SELECT loyalty_window_from FROM customers WHERE id = 'c-ana'")),
            isoUtc(m_base.addDays(-100)));

        // A year on, nothing of Beto's is left either; the window never moves back.
        clock.set(m_base.addDays(400));
        QVERIFY(CustomerFiguresSweep::run(*m_tenant, clock.nowUtc()).value_or(false));
        QCOMPARE(value(QStringLiteral("SELECT loyalty_spend_cents FROM customers WHERE id = 'c-beto'")), 0);
        QCOMPARE(value(QStringLiteral("SELECT loyalty_spend_cents FROM customers WHERE id = 'c-ana'")), 0);
        QVERIFY(pulled(QStringLiteral("c-beto")).first > betoSeq);
        QVERIFY(!CustomerFiguresSweep::run(*m_tenant, m_base).value_or(true));
        QCOMPARE(text(QStringLiteral("SELECT since FROM customer_figures_window")),
            CustomerFiguresSweep::windowStart(m_base.addDays(400)));
    }
};

QTEST_GUILESS_MAIN(TestCustomerFigures)
#include "testcustomerfigures.moc"
