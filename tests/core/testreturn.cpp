// Returns: ticket lookup by folio as typed or scanned, exact proration over partial returns, the one transaction
// (return, lines, stock back or to the defective location, store credit, audit, outbox), and every refusal naming
// its field with nothing written.
#include "auth/passwordhasher.h"
#include "auth/userrepository.h"
#include "cash/tillledger.h"
#include "inventory/stockledger.h"
#include "mockclock.h"
#include "returns/returnlookup.h"
#include "returns/returnpayload.h"
#include "returns/returnproration.h"
#include "returns/returnservice.h"
#include "returns/returnslip.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-1");
const QString kBranch = QStringLiteral("branch-1");
const QString kWarehouse = QStringLiteral("wh-mostrador");
const QString kCashier = QStringLiteral("user-cajero");
const QString kManager = QStringLiteral("user-gerente");
const QString kOtherCashier = QStringLiteral("user-cajera2");

CartItem item(qint64 partId, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), QStringLiteral("Pieza %1").arg(partId), kWarehouse,
        Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
        QStringLiteral("H87") };
}

ReturnContext context(Role role = Role::Manager, const QString &approvedBy = {})
{
    return ReturnContext { kDevice, kBranch, QStringLiteral("MTZ1"), role == Role::Manager ? kManager : kCashier, role,
        approvedBy };
}

ReturnLineRequest line(int saleLineNo, qint64 thousandths, ReturnDestination destination = ReturnDestination::Stock)
{
    return ReturnLineRequest { saleLineNo, Quantity(thousandths), destination };
}

// Child mode for the durability test: return one piece of `saleId`, say so, then die by SIGKILL before any clean
// shutdown.
int runChild(const QString &path, const QString &saleId)
{
    auto store = LocalStore::open(path, QStringLiteral("child"));
    if (!store)
        return 3;
    const ReturnRequest request { saleId, { line(2, 1000) }, QStringLiteral("Defectuosa"), RefundMethod::Cash, {}, {} };
    Result<ReturnRecord> record = ReturnService((*store)->db(), Clock::system()).processReturn(request, context());
    if (!record)
        return 5;
    std::printf("committed %s\n", qPrintable(record->folio));
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 6;
}

} // namespace

class TestReturn final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock;
    int m_round = 0;

    Database &db() { return m_store->db(); }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    // Rows in every table a return writes: none of them may change when a return is refused.
    QList<qint64> footprint()
    {
        QList<qint64> counts;
        for (const char *table : { "returns", "return_lines", "stock_movements", "stock_levels", "store_credit_ledger",
                 "outbox", "audit_log" })
            counts << count(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        counts << count(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_levels"));
        counts << count(QStringLiteral("SELECT count(*) FROM folio_counters WHERE series = 'MTZ1-D'"));
        return counts;
    }

    void addUser(const QString &id, Role role)
    {
        UserRecord record;
        record.user.id = id;
        record.user.username = id.mid(5);
        record.user.displayName = id;
        record.user.role = role;
        record.user.branchId = kBranch;
        record.passwordHash = PasswordHasher::hash(QStringLiteral("x"), 1000);
        QVERIFY(UserRepository(db()).upsert(record).has_value());
    }

    // A sale: 3 × part 1 at $333.33 with a 7 % line discount (odd centavos), 1 × part 2 at $99.90, 2.5 × part 3
    // (litres) at $41.17; paid `cardCents` by card and the rest in cash.
    SaleReceipt sell(qint64 cardCents = 0, const QString &customer = {})
    {
        Cart cart;
        if (!cart.add(item(1, 33333), Quantity::units(3)) || !cart.add(item(2, 9990), Quantity::units(1))
            || !cart.add(item(3, 4117), Quantity(2500)) || !cart.setLineDiscountPpm(0, 70'000))
            return {};
        cart.setCustomerId(customer);
        std::vector<Tender> tenders;
        if (cardCents > 0)
            tenders.push_back(Tender { TenderMethod::CardCredit, Money(cardCents), 0, QStringLiteral("AUTH-1") });
        tenders.push_back(Tender { TenderMethod::Cash, Money(200000), 0, {} });
        CheckoutContext checkout { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Manager, true };
        Result<SaleReceipt> receipt = CheckoutService(db(), m_clock).checkout(cart, tenders, checkout);
        if (!receipt)
            qWarning("sale: %s", qPrintable(receipt.error().logMessage()));
        return receipt ? *receipt : SaleReceipt {};
    }

    ReturnRequest request(
        const QString &saleId, std::vector<ReturnLineRequest> lines, RefundMethod method = RefundMethod::Cash)
    {
        return ReturnRequest { saleId, std::move(lines), QStringLiteral("No le quedó al vehículo"), method,
            method == RefundMethod::CardReversal ? QStringLiteral("REV-77") : QString(), {} };
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::move(*LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round))));
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(kCashier, Money(100000)).has_value());
        addUser(kManager, Role::Manager);
        addUser(kOtherCashier, Role::Cashier);
        Transaction transaction(db());
        QVERIFY(transaction.begin().has_value());
        QVERIFY(StockLedger(db())
                    .post({ { QStringLiteral("rcv-1"), 1, kWarehouse, QStringLiteral("receipt"), Quantity::units(10),
                        QStringLiteral("purchase_order"), QStringLiteral("po"), kCashier,
                        QStringLiteral("2026-01-01T00:00:00.000Z") } })
                    .has_value());
        QVERIFY(transaction.commit().has_value());
    }
    void cleanup() { m_store.reset(); }

    void canonicalFolio_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("exact") << "MTZ1-000123"
                               << "MTZ1-000123";
        QTest::newRow("lower case") << "mtz1-000123"
                                    << "MTZ1-000123";
        QTest::newRow("no separator") << "MTZ1000123"
                                      << "MTZ1-000123";
        QTest::newRow("US scanner on LA layout") << "MTZ1'000123"
                                                 << "MTZ1-000123";
        QTest::newRow("spaces around") << "  MTZ1/000123\n"
                                       << "MTZ1-000123";
        QTest::newRow("QR URL") << "https://factura.example.mx/?folio=MTZ1-000123"
                                << "MTZ1-000123";
        QTest::newRow("no series") << "000123"
                                   << "";
        QTest::newRow("letters at the end") << "MTZ1-00012A"
                                            << "";
        QTest::newRow("too short") << "A-12345"
                                   << "";
    }
    void canonicalFolio()
    {
        QFETCH(QString, typed);
        QFETCH(QString, canonical);
        QCOMPARE(ReturnLookup::canonicalFolio(typed), canonical);
    }

    void findsTheTicketAsTypedOrScanned()
    {
        const SaleReceipt sale = sell();
        QCOMPARE(sale.folio, QStringLiteral("MTZ1-000001"));
        for (const QString &typed : { QStringLiteral("MTZ1-000001"), QStringLiteral("mtz1-000001"),
                 QStringLiteral("MTZ1000001"), QStringLiteral("MTZ1'000001") }) {
            Result<ReturnableSale> found = ReturnLookup(db()).findByFolio(typed);
            QVERIFY2(found.has_value(), test::why(found).constData());
            QCOMPARE(found->id, sale.saleId);
            QCOMPARE(found->lines.size(), std::size_t(3));
            QCOMPARE(found->lines[0].sold, Quantity::units(3));
            QCOMPARE(found->lines[0].returnable(), Quantity::units(3));
            QCOMPARE(found->lines[2].sold, Quantity(2500));
            QCOMPARE(found->totals.gross, sale.totals.gross);
        }
        const Result<ReturnableSale> missing = ReturnLookup(db()).findByFolio(QStringLiteral("MTZ1-000002"));
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QCOMPARE(missing.error().field(), QStringLiteral("folio"));
        QCOMPARE(ReturnLookup(db()).findByFolio(QStringLiteral("  ")).error().field(), QStringLiteral("folio"));
    }

    void cancelledTicketIsRefused()
    {
        const SaleReceipt sale = sell();
        QVERIFY(db().exec(QStringLiteral("UPDATE sales SET status = 'cancelled' WHERE id = ?"), { sale.saleId }));
        const Result<ReturnableSale> found = ReturnLookup(db()).findByFolio(sale.folio);
        QCOMPARE(found.error().code(), ErrorCode::Conflict);
        const QList<qint64> before = footprint();
        const Result<ReturnRecord> refused
            = ReturnService(db(), m_clock).processReturn(request(sale.saleId, { line(2, 1000) }), context());
        QCOMPARE(refused.error().code(), ErrorCode::Conflict);
        QCOMPARE(refused.error().field(), QStringLiteral("sale_id"));
        QCOMPARE(footprint(), before);
    }

    // Cumulative proration: any split of a line refunds exactly the line; each part is within a centavo of its share.
    void partsSumExactlyToTheLine_data()
    {
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<qint64>("tax");
        QTest::addColumn<qint64>("sold");
        QTest::addColumn<QList<qint64>>("parts");
        QTest::newRow("3 x 1 of an odd total")
            << qint64(93000) << qint64(12828) << qint64(3000) << QList<qint64> { 1000, 1000, 1000 };
        QTest::newRow("1 then 2") << qint64(100) << qint64(14) << qint64(3000) << QList<qint64> { 1000, 2000 };
        QTest::newRow("7 singles of 1 centavo each")
            << qint64(7) << qint64(1) << qint64(7000) << QList<qint64> { 1000, 1000, 1000, 1000, 1000, 1000, 1000 };
        QTest::newRow("litres in thirds")
            << qint64(10293) << qint64(1420) << qint64(2500) << QList<qint64> { 833, 833, 834 };
        QTest::newRow("more pieces than centavos") << qint64(
            5) << qint64(1) << qint64(9000) << QList<qint64> { 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000 };
        QTest::newRow("zero tax") << qint64(99999) << qint64(0) << qint64(6000) << QList<qint64> { 2000, 1000, 3000 };
    }
    void partsSumExactlyToTheLine()
    {
        QFETCH(qint64, gross);
        QFETCH(qint64, tax);
        QFETCH(qint64, sold);
        QFETCH(QList<qint64>, parts);
        const LineAmounts whole { Money(gross), Money(gross - tax), Money(tax) };
        LineAmounts refunded { Money(0), Money(0), Money(0) };
        Quantity returned;
        for (const qint64 part : parts) {
            const LineAmounts amounts = prorateReturn(whole, Quantity(sold), returned, refunded, Quantity(part));
            QCOMPARE(amounts.base + amounts.tax, amounts.gross);
            QVERIFY(amounts.tax >= Money(0));
            // Within one centavo of the exact share gross × part / sold.
            const long double exact = static_cast<long double>(gross) * part / sold;
            QVERIFY2(std::abs(static_cast<long double>(amounts.gross.centavos()) - exact) <= 1.0L,
                qPrintable(QString::number(amounts.gross.centavos())));
            refunded.gross += amounts.gross;
            refunded.base += amounts.base;
            refunded.tax += amounts.tax;
            returned = returned + Quantity(part);
        }
        QCOMPARE(returned, Quantity(sold));
        QCOMPARE(refunded.gross, whole.gross);
        QCOMPARE(refunded.base, whole.base);
        QCOMPARE(refunded.tax, whole.tax);
    }

    void wholeLineInThreeReturnsRefundsExactlyTheLine()
    {
        const SaleReceipt sale = sell();
        Result<ReturnableSale> before = ReturnLookup(db()).load(sale.saleId);
        QVERIFY2(before.has_value(), test::why(before).constData());
        const ReturnableLine sold = before->lines[0];
        ReturnService service(db(), m_clock);
        LineAmounts sum { Money(0), Money(0), Money(0) };
        QStringList folios;
        for (int i = 0; i < 3; ++i) {
            Result<ReturnRecord> record = service.processReturn(request(sale.saleId, { line(1, 1000) }), context());
            QVERIFY2(record.has_value(), test::why(record).constData());
            sum.gross += record->totals.gross;
            sum.base += record->totals.base;
            sum.tax += record->totals.tax;
            folios << record->folio;
        }
        QCOMPARE(folios,
            (QStringList {
                QStringLiteral("MTZ1-D000001"), QStringLiteral("MTZ1-D000002"), QStringLiteral("MTZ1-D000003") }));
        QCOMPARE(sum.gross, sold.amounts.gross);
        QCOMPARE(sum.base, sold.amounts.base);
        QCOMPARE(sum.tax, sold.amounts.tax);
        // The stored rows say the same.
        QCOMPARE(count(QStringLiteral("SELECT sum(total_cents) FROM return_lines")), sold.amounts.gross.centavos());
        QCOMPARE(count(QStringLiteral("SELECT sum(base_cents) FROM return_lines")), sold.amounts.base.centavos());
        // Nothing of line 1 is left to return.
        Result<ReturnableSale> after = ReturnLookup(db()).load(sale.saleId);
        QVERIFY(after.has_value());
        QCOMPARE(after->lines[0].returnable(), Quantity(0));
        QCOMPARE(after->refunded, sold.amounts.gross);
        const Result<ReturnRecord> more = service.processReturn(request(sale.saleId, { line(1, 1) }), context());
        QCOMPARE(more.error().field(), QStringLiteral("lines[0].quantity"));
        // The sale's own folio counter did not move.
        QCOMPARE(count(QStringLiteral("SELECT next_number FROM folio_counters WHERE series = 'MTZ1'")), 2);
    }

    void oneTransactionWritesReturnStockAuditAndOutbox()
    {
        const SaleReceipt sale = sell();
        const qint64 stockBefore = StockLedger(db()).balance(1, kWarehouse)->thousandths();
        Result<ReturnRecord> record
            = ReturnService(db(), m_clock)
                  .processReturn(
                      request(sale.saleId, { line(1, 2000), line(3, 1000, ReturnDestination::Defective) }), context());
        QVERIFY2(record.has_value(), test::why(record).constData());
        QCOMPARE(record->folio, QStringLiteral("MTZ1-D000001"));
        QCOMPARE(record->saleFolio, sale.folio);
        QCOMPARE(record->approvedBy, kManager);
        QCOMPARE(record->lines.size(), std::size_t(2));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM returns WHERE sale_id = ? AND folio = ? AND total_cents = ? "
                                 "AND refund_method = 'cash' AND cash_session_id <> ''"),
                { sale.saleId, record->folio, record->totals.gross.centavos() }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM return_lines WHERE return_id = ?"), { record->id }), 2);
        // Stock: line 1 back to its warehouse, line 3 to the warehouse's defective location, never to the shelf.
        QCOMPARE(StockLedger(db()).balance(1, kWarehouse)->thousandths(), stockBefore + 2000);
        QCOMPARE(StockLedger(db()).balance(3, defectiveWarehouseId(kWarehouse))->thousandths(), 1000);
        QCOMPARE(StockLedger(db()).balance(3, kWarehouse)->thousandths(), -2500);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'return' AND ref_type = "
                                      "'return' AND ref_id = ? AND quantity > 0"),
                     { record->id }),
            2);
        // Every balance equals its ledger.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM stock_levels l WHERE quantity <> (SELECT sum(quantity) FROM "
                                 "stock_movements m WHERE m.part_id = l.part_id AND m.warehouse_id = l.warehouse_id)")),
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sale_returned' AND subject = ?"),
                     { record->folio }),
            1);
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(10);
        QVERIFY(pending.has_value());
        const OutboxEntry &fact = pending->last();
        QCOMPARE(fact.type, QStringLiteral("sale.returned"));
        QCOMPARE(fact.schemaVersion, 1);
        QCOMPARE(fact.seq, record->outboxSeq);
        QCOMPARE(fact.payload, returnPayload(*record));
        QCOMPARE(fact.payload.value(QStringLiteral("sale_id")).toString(), sale.saleId);
        const QJsonArray lines = fact.payload.value(QStringLiteral("lines")).toArray();
        QCOMPARE(
            lines.at(1).toObject().value(QStringLiteral("warehouse_id")).toString(), defectiveWarehouseId(kWarehouse));
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("sale_line_no")).toInt(), 3);
        QCOMPARE(fact.payload.value(QStringLiteral("total_cents")).toInteger(), record->totals.gross.centavos());
        // The slip: folio, ticket, total, and the drawer opens for cash.
        const ReceiptDocument slip = ReturnSlip::build(
            *record, ReturnSlipHeader { QStringLiteral("Sucursal Centro"), {}, {}, QStringLiteral("Ana"), {} });
        const QString text = slip.plainLines(48).join(QLatin1Char('\n'));
        QVERIFY2(
            text.contains(record->folio) && text.contains(sale.folio) && text.contains(record->totals.gross.format()),
            qPrintable(text));
        QVERIFY(slip.kicksDrawer());
    }

    // The refund is paid out of this device's open till: the close expects that much less cash in the drawer.
    void cashRefundCountsAgainstTheOpenTill()
    {
        const SaleReceipt sale = sell(15000);
        Result<std::optional<TillSession>> till = TillLedger(db()).openSession(kDevice);
        QVERIFY(till.has_value() && till->has_value());
        const QString session = (*till)->id;
        Result<TillFigures> before = TillLedger(db()).figures(session);
        QVERIFY2(before.has_value(), test::why(before).constData());
        ReturnService service(db(), m_clock);
        Result<ReturnRecord> cash = service.processReturn(request(sale.saleId, { line(1, 1000) }), context());
        QVERIFY2(cash.has_value(), test::why(cash).constData());
        QCOMPARE(cash->cashSessionId, session);
        Result<ReturnRecord> card
            = service.processReturn(request(sale.saleId, { line(2, 1000) }, RefundMethod::CardReversal), context());
        QVERIFY2(card.has_value(), test::why(card).constData());
        Result<TillFigures> after = TillLedger(db()).figures(session);
        QVERIFY2(after.has_value(), test::why(after).constData());
        QCOMPARE(after->cashRefunds, cash->totals.gross); // the card reversal is not cash
        QCOMPARE(after->expectedCash(), before->expectedCash() - cash->totals.gross);
        QCOMPARE(after->refunds, cash->totals.gross + card->totals.gross);
        QCOMPARE(after->returnsCount, 2);
    }

    void storeCreditGoesToTheSalesCustomerOrTheOneGiven()
    {
        const SaleReceipt withCustomer = sell(0, QStringLiteral("cust-1"));
        ReturnService service(db(), m_clock);
        Result<ReturnRecord> credit = service.processReturn(
            request(withCustomer.saleId, { line(2, 1000) }, RefundMethod::StoreCredit), context());
        QVERIFY2(credit.has_value(), test::why(credit).constData());
        QCOMPARE(count(QStringLiteral("SELECT sum(amount_cents) FROM store_credit_ledger WHERE customer_id = 'cust-1' "
                                      "AND ref_type = 'return' AND ref_id = ?"),
                     { credit->id }),
            credit->totals.gross.centavos());
        QVERIFY(credit->totals.gross.centavos() == 9990);

        const SaleReceipt anonymous = sell();
        ReturnRequest noCustomer = request(anonymous.saleId, { line(2, 1000) }, RefundMethod::StoreCredit);
        const QList<qint64> before = footprint();
        QCOMPARE(service.processReturn(noCustomer, context()).error().field(), QStringLiteral("customer_id"));
        QCOMPARE(footprint(), before);
        noCustomer.customerId = QStringLiteral("cust-2");
        Result<ReturnRecord> given = service.processReturn(noCustomer, context());
        QVERIFY2(given.has_value(), test::why(given).constData());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns WHERE id = ? AND customer_id = 'cust-2'"),
                     { given->id }),
            1);
    }

    void cardReversalOnlyUpToWhatWasPaidByCard()
    {
        const SaleReceipt sale = sell(15000); // $150.00 by card
        ReturnService service(db(), m_clock);
        // Part 2 ($99.90) fits; a second one would not (only $50.10 left on the card).
        Result<ReturnRecord> first
            = service.processReturn(request(sale.saleId, { line(2, 1000) }, RefundMethod::CardReversal), context());
        QVERIFY2(first.has_value(), test::why(first).constData());
        QCOMPARE(first->refundReference, QStringLiteral("REV-77"));
        const QList<qint64> before = footprint();
        const Result<ReturnRecord> tooMuch
            = service.processReturn(request(sale.saleId, { line(1, 1000) }, RefundMethod::CardReversal), context());
        QCOMPARE(tooMuch.error().field(), QStringLiteral("refund_method"));
        QCOMPARE(footprint(), before);
        // The same piece in cash is fine.
        QVERIFY(service.processReturn(request(sale.saleId, { line(1, 1000) }), context()).has_value());
    }

    void cashierNeedsAManager()
    {
        const SaleReceipt sale = sell();
        ReturnService service(db(), m_clock);
        const QList<qint64> before = footprint();
        const Result<ReturnRecord> alone
            = service.processReturn(request(sale.saleId, { line(2, 1000) }), context(Role::Cashier));
        QCOMPARE(alone.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(alone.error().field(), QStringLiteral("approved_by"));
        // Another cashier cannot approve it either.
        const Result<ReturnRecord> peer
            = service.processReturn(request(sale.saleId, { line(2, 1000) }), context(Role::Cashier, kOtherCashier));
        QCOMPARE(peer.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(footprint(), before);
        Result<ReturnRecord> approved
            = service.processReturn(request(sale.saleId, { line(2, 1000) }), context(Role::Cashier, kManager));
        QVERIFY2(approved.has_value(), test::why(approved).constData());
        QCOMPARE(approved->cashierId, kCashier);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM returns WHERE id = ? AND cashier_id = ? AND approved_by = ?"),
                { approved->id, kCashier, kManager }),
            1);
    }

    // kill -9 right after the return commits: reopening finds it exactly once, with its stock and its outbox row.
    void survivesKillRightAfterCommit()
    {
        const SaleReceipt sale = sell();
        QVERIFY(!sale.saleId.isEmpty());
        const qint64 before = StockLedger(db()).balance(2, kWarehouse)->thousandths();
        const QString path = db().path();
        m_store.reset();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child-return"), path, sale.saleId });
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(child.readAllStandardOutput().startsWith("committed MTZ1-D000001"));
        m_store = std::move(*LocalStore::open(path));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns WHERE sale_id = ?"), { sale.saleId }), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM return_lines")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'sale.returned'")), 1);
        QCOMPARE(StockLedger(db()).balance(2, kWarehouse)->thousandths(), before + 1000);
    }

    void badInputNamesTheFieldAndWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("reason") << "reason";
        QTest::newRow("no lines") << "lines";
        QTest::newRow("zero quantity") << "lines[0].quantity";
        QTest::newRow("negative quantity") << "lines[1].quantity";
        QTest::newRow("more than sold") << "lines[0].quantity";
        QTest::newRow("unknown line") << "lines[0].sale_line_no";
        QTest::newRow("line twice") << "lines[1].sale_line_no";
        QTest::newRow("card without reference") << "refund_reference";
        QTest::newRow("unknown sale") << "sale_id";
        QTest::newRow("another branch") << "sale_id";
        QTest::newRow("no till") << "cash_session";
        QTest::newRow("no cashier") << "cashier_id";
    }
    void badInputNamesTheFieldAndWritesNothing()
    {
        QFETCH(QString, field);
        const SaleReceipt sale = sell(50000);
        ReturnRequest bad = request(sale.saleId, { line(1, 1000) });
        ReturnContext who = context();
        const QByteArray tag = QTest::currentDataTag();
        if (tag == "reason")
            bad.reason = QStringLiteral("   ");
        else if (tag == "no lines")
            bad.lines.clear();
        else if (tag == "zero quantity")
            bad.lines = { line(1, 0) };
        else if (tag == "negative quantity")
            bad.lines = { line(2, 1000), line(1, -1000) };
        else if (tag == "more than sold")
            bad.lines = { line(1, 3001) };
        else if (tag == "unknown line")
            bad.lines = { line(9, 1000) };
        else if (tag == "line twice")
            bad.lines = { line(1, 1000), line(1, 1000) };
        else if (tag == "card without reference")
            bad.refundMethod = RefundMethod::CardReversal;
        else if (tag == "unknown sale")
            bad.saleId = QStringLiteral("no-such-sale");
        else if (tag == "another branch")
            who.branchId = QStringLiteral("branch-2");
        else if (tag == "no till")
            QVERIFY(db().exec(QStringLiteral("UPDATE cash_sessions SET status = 'closed'")));
        else if (tag == "no cashier")
            who.cashierId.clear();
        const QList<qint64> before = footprint();
        const Result<ReturnRecord> refused = ReturnService(db(), m_clock).processReturn(bad, who);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().field(), field);
        QVERIFY(!refused.error().message().isEmpty());
        QCOMPARE(footprint(), before);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--child-return") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestReturn test;
    return QTest::qExec(&test, argc, argv);
}
#include "testreturn.moc"
