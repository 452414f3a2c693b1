// Till (corte de caja): cash in/out rules, the figures per tender from real checkouts (change, dollars, cards,
// store credit, cancelled sales, cash refunds of returns), the close per denomination and tender, Z numbering,
// refusals that write nothing, and the X/Z report lines.
#include "cash/cashmovementservice.h"
#include "cash/cashmovementslip.h"
#include "cash/tillcloseservice.h"
#include "cash/tillledger.h"
#include "cash/tillreportdocument.h"
#include "cash/tillreports.h"
#include "common/idgenerator.h"
#include "mockclock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-till");
const QString kBranch = QStringLiteral("branch-centro");
const QString kCashier = QStringLiteral("user-cajera");
const QString kManager = QStringLiteral("user-gerente");
const qint64 kUsdRatePpm = 17'500'000; // $17.50 per dollar

CartItem item(qint64 partId, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), QStringLiteral("Pieza %1").arg(partId),
        QStringLiteral("wh-1"), Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1,
        QStringLiteral("25174400"), QStringLiteral("H87") };
}

CheckoutContext sellAs()
{
    return CheckoutContext { kDevice, kBranch, QStringLiteral("CEN1"), kCashier, Role::Cashier, false };
}

Tender tender(TenderMethod method, qint64 cents, const QString &reference = {})
{
    return Tender { method, Money(cents, method == TenderMethod::CashUsd ? Currency::USD : Currency::MXN),
        method == TenderMethod::CashUsd ? kUsdRatePpm : 0, reference };
}

// A line "left ……… right" exactly `width` wide, as ReceiptDocument::columns lays it out.
bool hasColumns(const QStringList &lines, const QString &left, const QString &right, int width = 48)
{
    for (const QString &line : lines)
        if (line.size() == width && line.startsWith(left) && line.endsWith(right)
            && line.mid(left.size(), width - left.size() - right.size()).trimmed().isEmpty())
            return true;
    return false;
}

bool hasText(const QStringList &lines, const QString &text)
{
    for (const QString &line : lines)
        if (line.trimmed() == text)
            return true;
    return false;
}

} // namespace

class TestTill final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock { QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC) }; // 09:00 in Mexico City
    int m_round = 0;
    QString m_session;

    Database &db() { return m_store->db(); }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    CashMovementService movements() { return CashMovementService(db(), m_clock, kDevice, kBranch); }
    TillCloseService closer() { return TillCloseService(db(), m_clock, kDevice, kBranch); }

    QString openTill(qint64 floatCents)
    {
        Result<CashSession> opened
            = CashSessionService(db(), m_clock, kDevice, kBranch).open(kCashier, Money(floatCents));
        return opened ? opened->id : QString();
    }

    QString sell(
        qint64 priceCents, const std::vector<Tender> &tenders, qint64 discountPpm = 0, const QString &customer = {})
    {
        Cart cart;
        if (!cart.add(item(priceCents, priceCents), Quantity::units(1)))
            return {};
        if (discountPpm != 0 && !cart.setLineDiscountPpm(0, discountPpm))
            return {};
        cart.setCustomerId(customer);
        m_clock.advanceMs(60'000);
        Result<SaleReceipt> receipt = CheckoutService(db(), m_clock).checkout(cart, tenders, sellAs());
        if (!receipt)
            qWarning("sale refused: %s", qPrintable(receipt.error().logMessage()));
        return receipt ? receipt->saleId : QString();
    }

    bool insertReturn(const QString &saleId, const QString &method, qint64 totalCents)
    {
        static int folio = 0;
        return db()
            .exec(QStringLiteral("INSERT INTO returns(id, folio, sale_id, branch_id, device_id, cash_session_id, "
                                 "cashier_id, approved_by, reason, refund_method, subtotal_cents, tax_cents, "
                                 "total_cents, returned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'no le quedó', ?, 0, 0, "
                                 "?, ?)"),
                { IdGenerator::instance().nextString(), QStringLiteral("CEN1-D%1").arg(++folio), saleId, kBranch,
                    kDevice, m_session, kCashier, kManager, method, totalCents,
                    m_clock.nowUtc().toString(Qt::ISODateWithMs) })
            .has_value();
    }

    CashMovementRequest move(CashMovementKind kind, qint64 cents, const QString &reason, Role role = Role::Cashier,
        const QString &authorizedBy = {})
    {
        return CashMovementRequest { kind, Money(cents), reason, kCashier, role, authorizedBy };
    }

    // The standard day used by several tests (figures worked out by hand in each).
    void sellTheDay()
    {
        // A: cash $200 for $116 → $84 change: the drawer keeps $116.
        QVERIFY(!sell(11600, { tender(TenderMethod::Cash, 20000) }).isEmpty());
        // B: US$20 at $17.50 = $350 for $232 → $118 change in pesos out of the peso drawer.
        QVERIFY(!sell(23200, { tender(TenderMethod::CashUsd, 2000) }).isEmpty());
        // C: credit card $50 + cash $100 for $116 → card first, cash pays $66, $34 change.
        QVERIFY(!sell(11600,
            { tender(TenderMethod::CardCredit, 5000, QStringLiteral("AUT-1")), tender(TenderMethod::Cash, 10000) })
                     .isEmpty());
        QVERIFY(!sell(11600, { tender(TenderMethod::CardDebit, 11600, QStringLiteral("AUT-2")) }).isEmpty());
        // E: 10 % off $116 = $104.40 by transfer.
        QVERIFY(!sell(11600, { tender(TenderMethod::Transfer, 10440, QStringLiteral("SPEI-9")) }, 100'000).isEmpty());
        // F: on the account of a customer with $500.00 of credit (checkout checks what they have available).
        QVERIFY(db().exec(QStringLiteral("INSERT INTO customers(id, name, credit_limit_cents, hlc, created_at, "
                                         "updated_at) VALUES ('cust-1', 'Taller Uno', 50000, '', '', '')")));
        QVERIFY(!sell(11600, { tender(TenderMethod::StoreCredit, 11600) }, 0, QStringLiteral("cust-1")).isEmpty());
        // G: cancelled afterwards: none of its money counts.
        const QString cancelled = sell(11600, { tender(TenderMethod::Cash, 11600) });
        QVERIFY(!cancelled.isEmpty());
        QVERIFY(db().exec(QStringLiteral("UPDATE sales SET status = 'cancelled' WHERE id = ?"), { cancelled }));
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::move(*LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round))));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO users(id, username, display_name, role, branch_id, "
                                         "password_hash, active, updated_at) VALUES "
                                         "(?, 'ana', 'Ana López', 'cashier', ?, 'x', 1, '2026-01-01'), "
                                         "(?, 'beto', 'Beto Garza', 'manager', ?, 'x', 1, '2026-01-01')"),
            { kCashier, kBranch, kManager, kBranch }));
        QVERIFY(
            db().exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'CEN', 'Centro')"), { kBranch }));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('device_name', 'Caja 1')")));
        m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC));
        m_session = openTill(50000);
        QVERIFY(!m_session.isEmpty());
    }
    void cleanup() { m_store.reset(); }

    void cashMovementsAreValidatedAndWriteNothingWhenRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("authorizedBy");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        const int in = int(CashMovementKind::In);
        const int out = int(CashMovementKind::Out);
        const int cashier = int(Role::Cashier);
        const auto invalid = int(ErrorCode::InvalidInput);
        const auto denied = int(ErrorCode::PermissionDenied);
        QTest::newRow("zero") << in << qint64(0) << QStringLiteral("cambio") << cashier << QString()
                              << QStringLiteral("amount") << invalid;
        QTest::newRow("negative") << in << qint64(-100) << QStringLiteral("cambio") << cashier << QString()
                                  << QStringLiteral("amount") << invalid;
        QTest::newRow("blank reason") << in << qint64(100) << QStringLiteral("   ") << cashier << QString()
                                      << QStringLiteral("reason") << invalid;
        QTest::newRow("mechanic cash in") << in << qint64(100) << QStringLiteral("cambio") << int(Role::Mechanic)
                                          << QString() << QStringLiteral("open_cash_session") << denied;
        QTest::newRow("cashier out alone") << out << qint64(100) << QStringLiteral("proveedor") << cashier << QString()
                                           << QStringLiteral("cash_withdrawal") << denied;
        QTest::newRow("cashier out, cashier as manager") << out << qint64(100) << QStringLiteral("proveedor") << cashier
                                                         << kCashier << QStringLiteral("authorized_by") << denied;
        QTest::newRow("out above the drawer") << out << qint64(50001) << QStringLiteral("retiro") << int(Role::Manager)
                                              << QString() << QStringLiteral("amount") << invalid;
    }
    void cashMovementsAreValidatedAndWriteNothingWhenRefused()
    {
        QFETCH(int, kind);
        QFETCH(qint64, cents);
        QFETCH(QString, reason);
        QFETCH(int, role);
        QFETCH(QString, authorizedBy);
        QFETCH(QString, field);
        QFETCH(int, code);
        const qint64 outbox = count(QStringLiteral("SELECT count(*) FROM outbox"));
        const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        Result<CashMovement> refused
            = movements().record(move(CashMovementKind(kind), cents, reason, Role(role), authorizedBy));
        QVERIFY(!refused.has_value());
        QCOMPARE(int(refused.error().code()), code);
        // Validation names the field; a permission refusal names the permission.
        const bool named = refused.error().field() == field || refused.error().args().contains(field);
        QVERIFY2(named, qPrintable(refused.error().logMessage()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cash_movements")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
        if (ErrorCode(code) != ErrorCode::PermissionDenied)
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    void withdrawalAboveTheDrawerSaysHowMuchThereIs()
    {
        Result<CashMovement> refused
            = movements().record(move(CashMovementKind::Out, 50001, QStringLiteral("retiro"), Role::Manager));
        QVERIFY(!refused.has_value());
        QVERIFY2(
            refused.error().logMessage().contains(QStringLiteral("$500.00")), qPrintable(refused.error().logMessage()));
        // Exactly what the drawer holds is allowed.
        Result<CashMovement> all
            = movements().record(move(CashMovementKind::Out, 50000, QStringLiteral("retiro"), Role::Manager));
        QVERIFY2(all.has_value(), test::why(all).constData());
    }

    void cashInAndOutAreAuditedAndQueued()
    {
        Result<CashMovement> in
            = movements().record(move(CashMovementKind::In, 30000, QStringLiteral("  fondo de cambio ")));
        QVERIFY2(in.has_value(), test::why(in).constData());
        QCOMPARE(in->reason, QStringLiteral("fondo de cambio"));
        QCOMPARE(in->cashSessionId, m_session);
        m_clock.advanceMs(1000);
        // The cashier cannot take cash out alone; with a manager's authorisation the manager is recorded.
        Result<CashMovement> out = movements().record(
            move(CashMovementKind::Out, 10000, QStringLiteral("pago a proveedor"), Role::Cashier, kManager));
        QVERIFY2(out.has_value(), test::why(out).constData());
        QCOMPARE(out->authorizedBy, kManager);
        // A manager needs nobody: nothing recorded in authorized_by even if a name was passed.
        Result<CashMovement> own
            = movements().record(move(CashMovementKind::Out, 100, QStringLiteral("propina"), Role::Manager, kManager));
        QVERIFY2(own.has_value(), test::why(own).constData());
        QVERIFY(own->authorizedBy.isEmpty());

        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM cash_movements WHERE cash_session_id = ?"), { m_session }), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'cash_in' AND subject = ?"),
                     { in->id }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'cash_out'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cash_movements WHERE authorized_by = ?"), { kManager }), 1);

        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(10);
        QVERIFY(pending.has_value());
        QList<OutboxEntry> moved;
        for (const OutboxEntry &entry : *pending)
            if (entry.type == QLatin1String("cash.moved"))
                moved.append(entry);
        QCOMPARE(moved.size(), 3);
        QCOMPARE(moved.at(0).schemaVersion, 1);
        QCOMPARE(moved.at(0).payload.value(QStringLiteral("kind")).toString(), QStringLiteral("in"));
        QCOMPARE(moved.at(0).payload.value(QStringLiteral("amount_cents")).toInteger(), 30000);
        QCOMPARE(moved.at(0).payload.value(QStringLiteral("branch_id")).toString(), kBranch);
        QCOMPARE(moved.at(0).payload.value(QStringLiteral("id")).toString(), in->id);
        QCOMPARE(moved.at(1).payload.value(QStringLiteral("authorized_by")).toString(), kManager);
        QVERIFY(moved.at(0).payload.value(QStringLiteral("authorized_by")).isNull());

        Result<TillFigures> figures = TillLedger(db()).figures(m_session);
        QVERIFY(figures.has_value());
        QCOMPARE(figures->cashIn.centavos(), 30000);
        QCOMPARE(figures->cashOut.centavos(), 10100);
        QCOMPARE(figures->expectedCash().centavos(), 50000 + 30000 - 10100);
        QCOMPARE(figures->movements.size(), 3);
    }

    void movementSlipSaysWhoWhyAndOpensTheDrawer()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(17, 5), Qt::UTC));
        Result<CashMovement> out = movements().record(
            move(CashMovementKind::Out, 12000, QStringLiteral("pago a proveedor"), Role::Cashier, kManager));
        QVERIFY2(out.has_value(), test::why(out).constData());
        Result<CashMovementSlip> slip = TillReports(db(), m_clock).slip(*out);
        QVERIFY2(slip.has_value(), test::why(slip).constData());
        QCOMPARE(slip->drawerAfter.centavos(), 50000 - 12000);
        const ReceiptDocument doc = cashMovementDocument(*slip);
        QVERIFY(doc.kicksDrawer());
        const QStringList lines = doc.plainLines(48);
        QVERIFY2(hasText(lines, QStringLiteral("RETIRO DE EFECTIVO")), qPrintable(lines.join(u'\n')));
        QVERIFY(hasColumns(lines, QStringLiteral("Sucursal"), QStringLiteral("Centro (CEN)")));
        QVERIFY(hasColumns(lines, QStringLiteral("Fecha"), QStringLiteral("25/11/2026 11:05")));
        QVERIFY(hasColumns(lines, QStringLiteral("Retiró"), QStringLiteral("Ana López")));
        QVERIFY(hasColumns(lines, QStringLiteral("Autorizó"), QStringLiteral("Beto Garza")));
        QVERIFY(lines.contains(QStringLiteral("Motivo: pago a proveedor")));
        QVERIFY(hasColumns(lines, QStringLiteral("Importe"), QStringLiteral("$120.00"), 24)); // double size
        QVERIFY(hasColumns(lines, QStringLiteral("Efectivo esperado en caja"), QStringLiteral("$380.00")));
        // A cash in by the cashier herself: nobody authorised it.
        Result<CashMovement> in = movements().record(move(CashMovementKind::In, 500, QStringLiteral("morralla")));
        QVERIFY(in.has_value());
        const QStringList inLines = cashMovementDocument(*TillReports(db(), m_clock).slip(*in)).plainLines(48);
        QVERIFY(hasText(inLines, QStringLiteral("ENTRADA DE EFECTIVO")));
        QVERIFY(hasColumns(inLines, QStringLiteral("Ingresó"), QStringLiteral("Ana López")));
        QVERIFY(!inLines.join(u'\n').contains(QStringLiteral("Autorizó")));
    }

    void lastClosedSessionIsTheHighestZ()
    {
        TillLedger ledger(db());
        QVERIFY(!ledger.lastClosedSession(kDevice)->has_value());
        QVERIFY(closer().close({ m_session, kCashier, Role::Cashier, { { 50000, 1 } }, {}, {} }).has_value());
        const QString first = m_session;
        m_session = openTill(0);
        QVERIFY(closer().close({ m_session, kCashier, Role::Cashier, {}, {}, {} }).has_value());
        Result<std::optional<TillSession>> last = ledger.lastClosedSession(kDevice);
        QVERIFY(last.has_value() && last->has_value());
        QCOMPARE((*last)->id, m_session);
        QCOMPARE((*last)->zNumber, 2);
        QVERIFY(first != m_session);
        QVERIFY(!ledger.lastClosedSession(QStringLiteral("dev-other"))->has_value());
    }

    void aCashInRecordsNoAuthoriser()
    {
        Result<CashMovement> in = movements().record(
            move(CashMovementKind::In, 100, QStringLiteral("morralla"), Role::Cashier, QStringLiteral("someone")));
        QVERIFY2(in.has_value(), test::why(in).constData());
        QVERIFY(in->authorizedBy.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cash_movements WHERE authorized_by IS NOT NULL")), 0);
    }

    void noMovementWithoutAnOpenTill()
    {
        QVERIFY(db().exec(QStringLiteral("UPDATE cash_sessions SET status = 'closed'")));
        Result<CashMovement> refused = movements().record(move(CashMovementKind::In, 100, QStringLiteral("cambio")));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().field(), QStringLiteral("cash_session"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cash_movements")), 0);
    }

    void figuresPerTenderFromRealCheckouts()
    {
        sellTheDay();
        const QString saleA = db().scalar(QStringLiteral("SELECT id FROM sales ORDER BY sold_at LIMIT 1"))->toString();
        QVERIFY(movements().record(move(CashMovementKind::In, 30000, QStringLiteral("cambio"))).has_value());
        QVERIFY(movements()
                    .record(move(CashMovementKind::Out, 10000, QStringLiteral("proveedor"), Role::Manager))
                    .has_value());
        QVERIFY(insertReturn(saleA, QStringLiteral("cash"), 5800));
        QVERIFY(insertReturn(saleA, QStringLiteral("store_credit"), 1000));

        Result<TillFigures> f = TillLedger(db()).figures(m_session);
        QVERIFY2(f.has_value(), test::why(f).constData());
        // Pesos: A keeps 116, B pays out 118 of change, C keeps 66 → 64.
        QCOMPARE(f->cashSales.centavos(), 11600 - 11800 + 6600);
        QCOMPARE(f->cashRefunds.centavos(), 5800);
        QCOMPARE(f->expected(QStringLiteral("cash")).centavos(), 50000 + 6400 + 30000 - 10000 - 5800);
        // Summing amount_cents of the peso rows would have missed the change of the dollar payment.
        const qint64 naive
            = count(QStringLiteral("SELECT SUM(p.amount_cents) FROM sale_payments p JOIN sales s ON "
                                   "s.id = p.sale_id WHERE p.method = 'cash' AND s.status = 'completed'"));
        QVERIFY(50000 + naive + 30000 - 10000 - 5800 != f->expectedCash().centavos());
        QCOMPARE(f->expected(QStringLiteral("cash_usd")), Money(2000, Currency::USD));
        QCOMPARE(f->expected(QStringLiteral("card_credit")).centavos(), 5000);
        QCOMPARE(f->expected(QStringLiteral("card_debit")).centavos(), 11600);
        QCOMPARE(f->expected(QStringLiteral("transfer")).centavos(), 10440);
        QCOMPARE(f->expected(QStringLiteral("store_credit")).centavos(), 11600);
        QCOMPARE(f->usdSalesMxn.centavos(), 23200);
        QCOMPARE(int(f->tenders.size()), 7); // loyalty points too, never counted
        QCOMPARE(f->tenders.front().method, QStringLiteral("cash"));

        QCOMPARE(f->salesCount, 6);
        QCOMPARE(f->cancelledCount, 1);
        QCOMPARE(f->returnsCount, 2);
        QCOMPARE(f->refunds.centavos(), 6800);
        QCOMPARE(f->gross.centavos(), 11600 * 4 + 23200 + 10440);
        QCOMPARE(f->discounts.centavos(), 1160);
        QCOMPARE(f->subtotal.centavos(), 10000 * 4 + 20000 + 9000);
        QCOMPARE(f->tax.centavos(), 1600 * 4 + 3200 + 1440);
        QCOMPARE(f->averageTicket.centavos(), (11600 * 4 + 23200 + 10440) / 6);
    }

    void closeFreezesExpectedAgainstCounted()
    {
        sellTheDay();
        m_clock.set(QDateTime(QDate(2026, 11, 26), QTime(1, 30), Qt::UTC)); // 19:30 the 25th in Mexico City
        const qint64 outboxBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));
        // Expected pesos: 500 + 64 = 564.00. Counted: 500 + 50 + 10 + 2 + 1 + 0.50 = 563.50 → 0.50 short.
        TillCloseRequest request { m_session, kCashier, Role::Cashier,
            { { 50000, 1 }, { 5000, 1 }, { 1000, 1 }, { 200, 1 }, { 100, 1 }, { 50, 1 } },
            { { QStringLiteral("cash_usd"), Money(2000, Currency::USD) },
                { QStringLiteral("card_credit"), Money(5000) }, { QStringLiteral("card_debit"), Money(11600) },
                { QStringLiteral("transfer"), Money(10440) } },
            QStringLiteral("todo en orden") };
        Result<TillClose> closed = closer().close(request);
        QVERIFY2(closed.has_value(), test::why(closed).constData());
        QCOMPARE(closed->zNumber, 1);
        QCOMPARE(closed->countedCash.centavos(), 56350);
        QVERIFY(!closed->flagged());
        QCOMPARE(closed->tenders.front().expected.centavos(), 56400);
        QCOMPARE(closed->tenders.front().difference().centavos(), -50);
        QVERIFY(closed->figures.session.closed);

        // Frozen in the tables.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM cash_session_tenders WHERE cash_session_id = ?"), { m_session }),
            6);
        QCOMPARE(count(QStringLiteral("SELECT expected_cents FROM cash_session_tenders WHERE method = 'cash'")), 56400);
        QCOMPARE(count(QStringLiteral("SELECT counted_cents FROM cash_session_tenders WHERE method = 'cash'")), 56350);
        QCOMPARE(count(QStringLiteral("SELECT counted_cents FROM cash_session_tenders WHERE method = 'store_credit'")),
            11600);
        QCOMPARE(
            count(QStringLiteral("SELECT counted_cents FROM cash_session_tenders WHERE method = 'cash_usd'")), 2000);
        QCOMPARE(
            count(QStringLiteral("SELECT pieces FROM cash_session_denominations WHERE denomination_cents = 50")), 1);
        QCOMPARE(
            count(QStringLiteral("SELECT pieces FROM cash_session_denominations WHERE denomination_cents = 100000")),
            0);
        QCOMPARE(
            count(QStringLiteral("SELECT SUM(denomination_cents * pieces) FROM cash_session_denominations")), 56350);
        QCOMPARE(count(QStringLiteral("SELECT z_number FROM cash_sessions WHERE id = ?"), { m_session }), 1);
        QCOMPARE(
            count(QStringLiteral("SELECT counted_cash_cents FROM cash_sessions WHERE id = ?"), { m_session }), 56350);
        QCOMPARE(
            db().scalar(QStringLiteral("SELECT status || '|' || closed_by || '|' || closed_at || '|' || close_note "
                                       "FROM cash_sessions WHERE id = ?"),
                    { m_session })
                ->toString(),
            QStringLiteral("closed|%1|2026-11-26T01:30:00.000Z|todo en orden").arg(kCashier));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'cash_session_closed' AND subject = ?"),
                { m_session }),
            1);

        // One outbox fact with the tenders.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(100);
        QVERIFY(pending.has_value());
        const OutboxEntry &fact = pending->last();
        QCOMPARE(fact.type, QStringLiteral("cash_session.closed"));
        QCOMPARE(fact.schemaVersion, 1);
        QCOMPARE(fact.payload.value(QStringLiteral("z_number")).toInt(), 1);
        QCOMPARE(fact.payload.value(QStringLiteral("tenders")).toArray().size(), 6);
        const QJsonObject cash = fact.payload.value(QStringLiteral("tenders")).toArray().at(0).toObject();
        QCOMPARE(cash.value(QStringLiteral("difference_cents")).toInteger(), -50);
        QCOMPARE(fact.payload.value(QStringLiteral("denominations")).toArray().size(), 11);

        // A second close is refused and changes nothing; so is a sale until a new till opens.
        Result<TillClose> again = closer().close(request);
        QVERIFY(!again.has_value());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
        QVERIFY(sell(11600, { tender(TenderMethod::Cash, 11600) }).isEmpty());
        Cart cart;
        QVERIFY(cart.add(item(1, 100), Quantity::units(1)).has_value());
        Result<SaleReceipt> refused
            = CheckoutService(db(), m_clock).checkout(cart, { tender(TenderMethod::Cash, 100) }, sellAs());
        QCOMPARE(refused.error().field(), QStringLiteral("cash_session"));

        // The next till gets Z 2; a big shortage is accepted but flagged.
        m_session = openTill(10000);
        QVERIFY(!m_session.isEmpty());
        QVERIFY(!sell(11600, { tender(TenderMethod::Cash, 11600) }).isEmpty());
        Result<TillClose> second = closer().close({ m_session, kCashier, Role::Cashier, { { 10000, 1 } }, {}, {} });
        QVERIFY2(second.has_value(), test::why(second).constData());
        QCOMPARE(second->zNumber, 2);
        QCOMPARE(second->tenders.front().difference().centavos(), -11600);
        QVERIFY(second->flagged());
        QCOMPARE(int(second->tenders.size()), 1); // nothing but pesos expected or counted
    }

    void closeRefusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QString>("field");
        QTest::newRow("not a bill") << QStringLiteral("denomination") << QStringLiteral("pieces.3000");
        QTest::newRow("negative pieces") << QStringLiteral("negative") << QStringLiteral("pieces.2000");
        QTest::newRow("counted twice") << QStringLiteral("twice") << QStringLiteral("pieces.2000");
        QTest::newRow("card not counted") << QStringLiteral("missing") << QStringLiteral("counted.card_credit");
        QTest::newRow("pesos as a total") << QStringLiteral("cashTotal") << QStringLiteral("counted.cash");
        QTest::newRow("unknown method") << QStringLiteral("unknown") << QStringLiteral("counted.cheque");
        QTest::newRow("dollars in pesos") << QStringLiteral("usdInPesos") << QStringLiteral("counted.cash_usd");
        QTest::newRow("mechanic") << QStringLiteral("mechanic") << QStringLiteral("open_cash_session");
        QTest::newRow("other device's till") << QStringLiteral("otherDevice") << QStringLiteral("cash_session");
    }
    void closeRefusalsWriteNothing()
    {
        QFETCH(QString, case_);
        QFETCH(QString, field);
        QVERIFY(!sell(11600, { tender(TenderMethod::CardCredit, 11600, QStringLiteral("A")) }).isEmpty());
        TillCloseRequest request { m_session, kCashier, Role::Cashier, { { 2000, 1 } },
            { { QStringLiteral("card_credit"), Money(11600) } }, {} };
        if (case_ == QLatin1String("denomination"))
            request.pieces.push_back({ 3000, 1 });
        else if (case_ == QLatin1String("negative"))
            request.pieces = { { 2000, -1 } };
        else if (case_ == QLatin1String("twice"))
            request.pieces.push_back({ 2000, 2 });
        else if (case_ == QLatin1String("missing"))
            request.counted.clear();
        else if (case_ == QLatin1String("cashTotal"))
            request.counted[QStringLiteral("cash")] = Money(2000);
        else if (case_ == QLatin1String("unknown"))
            request.counted[QStringLiteral("cheque")] = Money(2000);
        else if (case_ == QLatin1String("usdInPesos"))
            request.counted[QStringLiteral("cash_usd")] = Money(2000);
        else if (case_ == QLatin1String("mechanic"))
            request.role = Role::Mechanic;
        const qint64 outbox = count(QStringLiteral("SELECT count(*) FROM outbox"));
        Result<TillClose> refused = case_ == QLatin1String("otherDevice")
            ? TillCloseService(db(), m_clock, QStringLiteral("dev-other"), kBranch).close(request)
            : closer().close(request);
        QVERIFY(!refused.has_value());
        const bool named = refused.error().field() == field || refused.error().args().contains(field);
        QVERIFY2(named, qPrintable(refused.error().logMessage()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cash_sessions WHERE status = 'open'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cash_session_tenders")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cash_session_denominations")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    }

    void xReportChangesNothingAndShowsExpected()
    {
        sellTheDay();
        m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(17, 5), Qt::UTC));
        QVERIFY(
            movements().record(move(CashMovementKind::In, 30000, QStringLiteral("cambio de la matriz"))).has_value());
        m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(18, 5), Qt::UTC));
        const qint64 outbox = count(QStringLiteral("SELECT count(*) FROM outbox"));
        const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        Result<TillReport> report = TillReports(db(), m_clock).x(m_session);
        QVERIFY2(report.has_value(), test::why(report).constData());
        const ReceiptDocument doc = tillReportDocument(*report);
        QVERIFY(!doc.kicksDrawer());
        const QStringList lines = doc.plainLines(48);
        QVERIFY2(hasText(lines, QStringLiteral("CORTE X")), qPrintable(lines.join(u'\n')));
        QVERIFY(hasColumns(lines, QStringLiteral("Sucursal"), QStringLiteral("Centro (CEN)")));
        QVERIFY(hasColumns(lines, QStringLiteral("Caja"), QStringLiteral("Caja 1")));
        QVERIFY(hasColumns(lines, QStringLiteral("Abrió"), QStringLiteral("Ana López")));
        QVERIFY(hasColumns(lines, QStringLiteral("Apertura"), QStringLiteral("25/11/2026 09:00")));
        QVERIFY(hasColumns(lines, QStringLiteral("Emitido"), QStringLiteral("25/11/2026 12:05")));
        QVERIFY(hasColumns(lines, QStringLiteral("Ventas"), QStringLiteral("6")));
        QVERIFY(hasColumns(lines, QStringLiteral("Canceladas"), QStringLiteral("1")));
        QVERIFY(hasColumns(lines, QStringLiteral("IVA"), QStringLiteral("$110.40")));
        QVERIFY(hasColumns(lines, QStringLiteral("Total vendido"), QStringLiteral("$800.40")));
        QVERIFY(hasColumns(lines, QStringLiteral("Descuentos otorgados"), QStringLiteral("$11.60")));
        QVERIFY(hasColumns(lines, QStringLiteral("Efectivo esperado"), QStringLiteral("$864.00")));
        QVERIFY(hasColumns(lines, QStringLiteral("Efectivo USD"), QStringLiteral("US$20.00")));
        QVERIFY(hasColumns(lines, QStringLiteral("Tarjeta de crédito"), QStringLiteral("$50.00")));
        QVERIFY(hasColumns(lines, QStringLiteral("Transferencia"), QStringLiteral("$104.40")));
        QVERIFY(hasColumns(lines, QStringLiteral("11:05 Entrada: cambio de la matriz"), QStringLiteral("$300.00")));
        QVERIFY(!lines.join(u'\n').contains(QStringLiteral("Contado")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cash_sessions WHERE status = 'open'")), 1);
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 48, qPrintable(line));
        // 58 mm paper: the same report, nothing wider than 32.
        for (const QString &line : doc.plainLines(32))
            QVERIFY2(line.size() <= 32, qPrintable(line));
    }

    void zReportShowsTheCloseAndReprintsTheSame()
    {
        sellTheDay();
        m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(20, 0), Qt::UTC));
        QVERIFY(
            movements()
                .record(move(CashMovementKind::Out, 20000, QStringLiteral("depósito banco"), Role::Cashier, kManager))
                .has_value());
        m_clock.set(QDateTime(QDate(2026, 11, 26), QTime(1, 30), Qt::UTC));
        // Expected pesos 564 − 200 = 364; counted 1 × 200 + 3 × 50 = 350 → 14 short (inside the $20 tolerance);
        // debit card vouchers 10 short (no tolerance for cards).
        Result<TillClose> closed = closer().close({ m_session, kCashier, Role::Cashier, { { 20000, 1 }, { 5000, 3 } },
            { { QStringLiteral("cash_usd"), Money(2000, Currency::USD) },
                { QStringLiteral("card_credit"), Money(5000) }, { QStringLiteral("card_debit"), Money(10600) },
                { QStringLiteral("transfer"), Money(10440) } },
            QStringLiteral("falta un voucher") });
        QVERIFY2(closed.has_value(), test::why(closed).constData());
        Result<TillReport> report = TillReports(db(), m_clock).z(*closed);
        QVERIFY2(report.has_value(), test::why(report).constData());
        const ReceiptDocument doc = tillReportDocument(*report);
        QVERIFY(doc.kicksDrawer());
        const QStringList lines = doc.plainLines(48);
        const QString text = lines.join(u'\n');
        if (qEnvironmentVariableIsSet("NEXUS_PRINT_REPORTS"))
            qInfo().noquote() << QStringLiteral("\n") + text;
        QVERIFY2(hasText(lines, QStringLiteral("CORTE Z No. 1")), qPrintable(text));
        QVERIFY(hasColumns(lines, QStringLiteral("Cerró"), QStringLiteral("Ana López")));
        QVERIFY(hasColumns(lines, QStringLiteral("Cierre"), QStringLiteral("25/11/2026 19:30")));
        QVERIFY(hasColumns(lines, QStringLiteral("Salidas de efectivo"), QStringLiteral("-$200.00")));
        QVERIFY(hasColumns(lines, QStringLiteral("Efectivo esperado"), QStringLiteral("$364.00")));
        // Per tender: expected, counted, difference, in that order after the tender's name.
        const qsizetype cash = lines.indexOf(QStringLiteral("Efectivo MXN"));
        QVERIFY2(cash > 0, qPrintable(text));
        QVERIFY(hasColumns(lines.mid(cash + 1, 1), QStringLiteral("Esperado"), QStringLiteral("$364.00")));
        QVERIFY(hasColumns(lines.mid(cash + 2, 1), QStringLiteral("Contado"), QStringLiteral("$350.00")));
        QVERIFY(hasColumns(lines.mid(cash + 3, 1), QStringLiteral("Faltante"), QStringLiteral("-$14.00")));
        const qsizetype debit = lines.indexOf(QStringLiteral("Tarjeta de débito"));
        QVERIFY(debit > cash);
        QVERIFY(hasColumns(
            lines.mid(debit + 3, 1), QStringLiteral("Faltante (fuera de tolerancia)"), QStringLiteral("-$10.00")));
        const qsizetype usd = lines.indexOf(QStringLiteral("Efectivo USD"));
        QVERIFY(hasColumns(lines.mid(usd + 3, 1), QStringLiteral("Diferencia"), QStringLiteral("US$0.00")));
        QVERIFY(hasColumns(lines, QStringLiteral("$200 x 1"), QStringLiteral("$200.00")));
        QVERIFY(hasColumns(lines, QStringLiteral("$50 x 3"), QStringLiteral("$150.00")));
        QVERIFY(hasColumns(lines, QStringLiteral("Total contado"), QStringLiteral("$350.00")));
        QVERIFY(!text.contains(QStringLiteral("$1,000 x")));
        QVERIFY(hasColumns(lines, QStringLiteral("14:00 Salida: depósito banco"), QStringLiteral("-$200.00")));
        QVERIFY(text.contains(QStringLiteral("Nota: falta un voucher")));

        // A reprint from the stored close lays out the same lines (only "printed at" could differ; it is not shown).
        m_clock.advanceMs(3'600'000);
        Result<TillReport> reprint = TillReports(db(), m_clock).z(m_session);
        QVERIFY2(reprint.has_value(), test::why(reprint).constData());
        QCOMPARE(tillReportDocument(*reprint).plainLines(48), lines);
        // An X of a closed till is refused; a Z of an open one too.
        QCOMPARE(TillReports(db(), m_clock).x(m_session).error().code(), ErrorCode::Conflict);
        const QString next = openTill(0);
        QCOMPARE(TillReports(db(), m_clock).z(next).error().code(), ErrorCode::Conflict);
    }
};

int main(int argc, char **argv)
{
    // The reports print local time: pin the zone so "09:00" means the same on every machine.
    qputenv("TZ", "America/Mexico_City");
    QCoreApplication app(argc, argv);
    TestTill test;
    return QTest::qExec(&test, argc, argv);
}

#include "testtill.moc"
