// Stock control on a real nexus.db: adjustments with a reason (manager permission or a manager's authorisation, the
// ledger, audit, outbox fact and kardex), physical counts whose difference is taken against the ledger balance
// when each line was counted, even with real sales (CheckoutService) between counting and posting, and reorder
// levels (by hand or from sales velocity) whose alerts are raised, acknowledged and resolved by the stock.
#include "auth/permission.h"
#include "common/idgenerator.h"
#include "inventory/kardex.h"
#include "inventory/reorderservice.h"
#include "inventory/stockadjustmentservice.h"
#include "inventory/stockcountservice.h"
#include "inventory/stockfact.h"
#include "inventory/stockledger.h"
#include "mockclock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"

#include <QJsonArray>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kBranch = QStringLiteral("branch-mty");
const QString kShelf = QStringLiteral("wh-mty-a");
const QString kBack = QStringLiteral("wh-mty-b");
const QString kOtherBranchShelf = QStringLiteral("wh-gdl-a");
const QString kManager = QStringLiteral("u-gerente");
const QString kCashier = QStringLiteral("u-cajero");
const QString kOtherCashier = QStringLiteral("u-cajera2");
constexpr qint64 kBrake = 7;
constexpr qint64 kFilter = 9;

Quantity units(qint64 n)
{
    return Quantity::units(n);
}

} // namespace

class TestStockControl final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    MockClock m_clock;
    const StockContext m_context { QStringLiteral("device-mty"), kBranch, QStringLiteral("MTY1") };

    Database &db() { return m_store->db(); }
    qint64 stock(qint64 part, const QString &warehouse = kShelf)
    {
        Result<Quantity> balance = StockLedger(db()).balance(part, warehouse);
        return balance ? balance->thousandths() : -999999;
    }
    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    qint64 footprint()
    {
        return scalar(QStringLiteral("SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM stock_movements) + "
                                     "(SELECT count(*) FROM stock_adjustments) + (SELECT count(*) FROM audit_log) + "
                                     "(SELECT count(*) FROM stock_counts WHERE state <> 'open')"));
    }
    QList<OutboxEntry> facts()
    {
        QList<OutboxEntry> list;
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(1000);
        if (pending)
            for (const OutboxEntry &entry : *pending)
                if (entry.type == QLatin1String(kStockAdjusted))
                    list << entry;
        return list;
    }
    bool receive(qint64 part, qint64 quantity, const QString &warehouse = kShelf)
    {
        Transaction transaction(db());
        return transaction.begin()
            && StockLedger(db()).post({ { IdGenerator::instance().nextString(), part, warehouse,
                   QStringLiteral("receipt"), units(quantity), QStringLiteral("purchase_order"), QStringLiteral("po-1"),
                   kManager, QStringLiteral("2026-01-10T09:00:00.000Z") } })
            && transaction.commit();
    }
    // A real counter sale of `quantity` of `part` from the shelf.
    bool sell(qint64 part, qint64 quantity)
    {
        m_clock.advanceMs(60'000); // a minute later
        Cart cart;
        if (!cart.add(CartItem { part, QStringLiteral("SKU-%1").arg(part), QStringLiteral("Pieza"), kShelf, Money(11600),
                          Money(11600), Money(6000), TaxRate::iva16(), 1, QStringLiteral("25174400"),
                          QStringLiteral("H87") },
                units(quantity)))
            return false;
        const CheckoutContext context { m_context.deviceId, kBranch, QStringLiteral("MTY1"), kCashier, Role::Cashier,
            false };
        return CheckoutService(db(), m_clock)
            .checkout(cart, { Tender { TenderMethod::Cash, Money(1000000), 0, {} } }, context)
            .has_value();
    }
    StockAdjustmentRequest shrink(qint64 part, qint64 quantity)
    {
        return StockAdjustmentRequest { kShelf, AdjustmentReason::Shrinkage, QStringLiteral("Caja mojada"),
            { { part, QStringLiteral("SKU-%1").arg(part), QStringLiteral("Balata"), units(-quantity) } } };
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TempDir>();
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir->file(QStringLiteral("nexus.db")), QStringLiteral("stockcontrol"));
        QVERIFY2(store.has_value(), why(store).constData());
        m_store = std::move(*store);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'MTY', 'Monterrey')"), { kBranch }));
        for (const QString &warehouse : { kShelf, kBack })
            QVERIFY(db().exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, ?, ?)"),
                { warehouse, kBranch, warehouse.right(1).toUpper(), QString(QStringLiteral("Almacén ") + warehouse) }));
        for (const auto &[id, role] : { std::pair { kManager, Role::Manager }, std::pair { kCashier, Role::Cashier },
                 std::pair { kOtherCashier, Role::Cashier } })
            QVERIFY(db().exec(QStringLiteral("INSERT INTO users(id, username, display_name, role, branch_id, "
                                             "password_hash, updated_at) VALUES (?, ?, ?, ?, ?, 'x', '2026-01-01')"),
                { id, id, QString(QStringLiteral("Nombre ") + id), roleCode(role), kBranch }));
        QVERIFY(CashSessionService(db(), m_clock, m_context.deviceId, kBranch).open(kCashier, Money(50000)));
        QVERIFY(receive(kBrake, 10));
        QVERIFY(receive(kFilter, 4));
    }
    void cleanup() { m_store.reset(); }

    void managerAdjustmentMovesTheLedgerWithAuditFactAndKardex()
    {
        StockAdjustmentService service(db(), m_clock, m_context);
        Result<StockAdjustment> done = service.adjust(shrink(kBrake, 2), { kManager, Role::Manager, {} });
        QVERIFY2(done.has_value(), why(done).constData());
        QCOMPARE(done->folio, QStringLiteral("MTY1-A000001"));
        QCOMPARE(stock(kBrake), units(8).thousandths());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'adjustment' AND id = ? AND "
                                       "ref_type = 'adjustment' AND ref_id = ? AND quantity = -2000 AND user_id = ?"),
                     { QString(done->id + QStringLiteral(":1")), done->id, kManager }),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'stock_adjusted' AND subject = ?"),
                     { done->folio }),
            1);
        const QList<OutboxEntry> sent = facts();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.front().schemaVersion, kStockAdjustedSchema);
        const QJsonObject payload = sent.front().payload;
        QCOMPARE(payload.value(QStringLiteral("reason")).toString(), QStringLiteral("shrinkage"));
        QCOMPARE(payload.value(QStringLiteral("branch_id")).toString(), kBranch);
        QCOMPARE(payload.value(QStringLiteral("folio")).toString(), done->folio);
        QCOMPARE(payload.value(QStringLiteral("lines")).toArray().at(0).toObject().value(QStringLiteral("quantity")).toInteger(),
            -2000);
        // The kardex names the adjustment, its reason and note, and who made it.
        Result<std::vector<KardexEntry>> kardex = Kardex(db()).history(kBrake, { kShelf });
        QVERIFY2(kardex.has_value(), why(kardex).constData());
        QCOMPARE(kardex->front().kind, QStringLiteral("adjustment"));
        QCOMPARE(kardex->front().reference, done->folio);
        QCOMPARE(kardex->front().reason, QStringLiteral("shrinkage"));
        QCOMPARE(kardex->front().note, QStringLiteral("Caja mojada"));
        QCOMPARE(kardex->front().userName, QString(QStringLiteral("Nombre ") + kManager));
        QCOMPARE(kardex->front().balance, units(8));
        // A correction may add pieces.
        Result<StockAdjustment> added = service.adjust({ kShelf, AdjustmentReason::Correction,
                                                           QStringLiteral("Se encontró en bodega"),
                                                           { { kFilter, QStringLiteral("F-9"), {}, units(3) } } },
            { kManager, Role::Manager, {} });
        QVERIFY2(added.has_value(), why(added).constData());
        QCOMPARE(added->folio, QStringLiteral("MTY1-A000002"));
        QCOMPARE(stock(kFilter), units(7).thousandths());
        Result<std::vector<StockAdjustment>> recent = service.recent();
        QVERIFY(recent.has_value());
        QCOMPARE(recent->size(), size_t(2));
        QCOMPARE(recent->front().folio, added->folio);
    }

    void cashierNeedsAManagersAuthorisation()
    {
        StockAdjustmentService service(db(), m_clock, m_context);
        const qint64 before = footprint();
        Result<StockAdjustment> refused = service.adjust(shrink(kBrake, 1), { kCashier, Role::Cashier, {} });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().field(), QStringLiteral("authorized_by"));
        QVERIFY2(refused.error().message().contains(QStringLiteral("manager")), qPrintable(refused.error().message()));
        // Another cashier is no authoriser, nor is the cashier themself.
        for (const QString &authoriser : { kOtherCashier, kCashier, QStringLiteral("u-nadie") }) {
            Result<StockAdjustment> still = service.adjust(shrink(kBrake, 1), { kCashier, Role::Cashier, authoriser });
            QVERIFY(!still);
            QCOMPARE(still.error().code(), ErrorCode::PermissionDenied);
        }
        QCOMPARE(footprint(), before);
        QCOMPARE(stock(kBrake), units(10).thousandths());
        Result<StockAdjustment> authorised = service.adjust(shrink(kBrake, 1), { kCashier, Role::Cashier, kManager });
        QVERIFY2(authorised.has_value(), why(authorised).constData());
        QCOMPARE(authorised->authorizedBy, kManager);
        QCOMPARE(stock(kBrake), units(9).thousandths());
        QCOMPARE(facts().front().payload.value(QStringLiteral("authorized_by")).toString(), kManager);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'stock_adjusted' AND user_id = ? "
                                       "AND details LIKE ?"),
                     { kCashier, QString(QStringLiteral("%") + kManager + QStringLiteral("%")) }),
            1);
    }

    void badAdjustmentsNameTheFieldAndWriteNothing_data()
    {
        QTest::addColumn<QString>("warehouse");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("note");
        QTest::addColumn<qint64>("part");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<QString>("field");
        const int shrinkage = int(AdjustmentReason::Shrinkage);
        const int theft = int(AdjustmentReason::Theft);
        QTest::newRow("zero") << kShelf << shrinkage << QString() << kBrake << qint64(0)
                              << QStringLiteral("lines[0].quantity");
        QTest::newRow("shrinkage adds") << kShelf << shrinkage << QString() << kBrake << qint64(1000)
                                        << QStringLiteral("lines[0].quantity");
        QTest::newRow("no part") << kShelf << shrinkage << QString() << qint64(0) << qint64(-1000)
                                 << QStringLiteral("lines[0].part_id");
        QTest::newRow("theft without note") << kShelf << theft << QStringLiteral("  ") << kBrake << qint64(-1000)
                                            << QStringLiteral("note");
        QTest::newRow("other branch") << kOtherBranchShelf << shrinkage << QString() << kBrake << qint64(-1000)
                                      << QStringLiteral("warehouse_id");
        QTest::newRow("no warehouse") << QString() << shrinkage << QString() << kBrake << qint64(-1000)
                                      << QStringLiteral("warehouse_id");
    }
    void badAdjustmentsNameTheFieldAndWriteNothing()
    {
        QFETCH(QString, warehouse);
        QFETCH(int, reason);
        QFETCH(QString, note);
        QFETCH(qint64, part);
        QFETCH(qint64, quantity);
        QFETCH(QString, field);
        const qint64 before = footprint();
        Result<StockAdjustment> refused = StockAdjustmentService(db(), m_clock, m_context)
                                              .adjust({ warehouse, AdjustmentReason(reason), note,
                                                          { { part, QStringLiteral("X"), {}, Quantity(quantity) } } },
                                                  { kManager, Role::Manager, {} });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(refused.error().field(), field);
        QCOMPARE(footprint(), before);
    }

    // The case: counted while the ledger said 10, three sold before posting: the shelf had 8, so 2 are
    // missing, and after posting the stock is 8 - 3 = 5 (not 8, which posting against today's 7 would give).
    void countPostsTheDifferenceAgainstTheBalanceWhenCounted()
    {
        StockCountService counts(db(), m_clock, m_context);
        Result<StockCount> opened = counts.open(kShelf, {}, QStringLiteral("Conteo de fin de mes"), kCashier);
        QVERIFY2(opened.has_value(), why(opened).constData());
        QCOMPARE(opened->folio, QStringLiteral("MTY1-C000001"));
        Result<StockCountLine> brake = counts.count(opened->id, { kBrake, QStringLiteral("SKU-7"), QStringLiteral("Balata"),
                                                                 units(8), false },
            kCashier);
        QVERIFY2(brake.has_value(), why(brake).constData());
        QCOMPARE(brake->expected, units(10));
        QCOMPARE(brake->difference(), units(-2));
        QVERIFY(sell(kBrake, 3)); // sold between counting and posting
        QCOMPARE(stock(kBrake), units(7).thousandths());
        // Scanned piece by piece: four scans, the balance of the first one stays the expected quantity.
        for (int i = 0; i < 4; ++i) {
            Result<StockCountLine> scanned
                = counts.count(opened->id, { kFilter, QStringLiteral("F-9"), QStringLiteral("Filtro"), units(1), true },
                    kCashier);
            QVERIFY2(scanned.has_value(), why(scanned).constData());
            if (i == 0)
                QVERIFY(sell(kFilter, 1)); // a filter sold in the middle of scanning the filters
        }
        const qint64 movementsBefore = scalar(QStringLiteral("SELECT count(*) FROM stock_movements"));
        // Posting needs a manager.
        Result<StockCount> refused = counts.post(opened->id, { kCashier, Role::Cashier, {} });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_movements")), movementsBefore);
        m_clock.advanceMs(60'000);
        Result<StockCount> posted = counts.post(opened->id, { kCashier, Role::Cashier, kManager });
        QVERIFY2(posted.has_value(), why(posted).constData());
        QCOMPARE(posted->state, CountState::Posted);
        QCOMPARE(posted->authorizedBy, kManager);
        QCOMPARE(stock(kBrake), units(5).thousandths());
        // Filters: 4 counted against 4 at the first scan: no difference, no movement, 3 left after the sale.
        QCOMPARE(stock(kFilter), units(3).thousandths());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'count'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT quantity FROM stock_movements WHERE kind = 'count' AND part_id = ?"),
                     { kBrake }),
            units(-2).thousandths());
        const QList<OutboxEntry> sent = facts();
        QCOMPARE(sent.size(), 1);
        const QJsonObject payload = sent.front().payload;
        QCOMPARE(payload.value(QStringLiteral("kind")).toString(), QStringLiteral("count"));
        const QJsonArray lines = payload.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("expected")).toInteger(), units(10).thousandths());
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("counted")).toInteger(), units(8).thousandths());
        // The kardex shows the count's folio; a posted count takes no more lines and cannot be posted again.
        Result<std::vector<KardexEntry>> kardex = Kardex(db()).history(kBrake, { kShelf });
        QVERIFY(kardex.has_value());
        QCOMPARE(kardex->front().reference, opened->folio);
        QCOMPARE(kardex->front().kind, QStringLiteral("count"));
        QCOMPARE(kardex->front().userId, kCashier);
        QCOMPARE(kardex->front().authorizedByName, QString(QStringLiteral("Nombre ") + kManager));
        QVERIFY(!counts.post(opened->id, { kManager, Role::Manager, {} }));
        Result<StockCountLine> late
            = counts.count(opened->id, { kBrake, QStringLiteral("SKU-7"), {}, units(1), true }, kCashier);
        QVERIFY(!late);
        QCOMPARE(late.error().code(), ErrorCode::Conflict);
    }

    void typedRecountTakesTheBalanceAgain()
    {
        StockCountService counts(db(), m_clock, m_context);
        Result<StockCount> opened = counts.open(kShelf, QStringLiteral("Frenos"), {}, kManager);
        QVERIFY(opened.has_value());
        QVERIFY(counts.count(opened->id, { kBrake, QStringLiteral("SKU-7"), {}, units(9), false }, kManager));
        QVERIFY(sell(kBrake, 1));
        Result<StockCountLine> recount
            = counts.count(opened->id, { kBrake, QStringLiteral("SKU-7"), {}, units(8), false }, kManager);
        QVERIFY(recount.has_value());
        QCOMPARE(recount->expected, units(9));
        QCOMPARE(recount->counted, units(8));
        Result<StockCount> posted = counts.post(opened->id, { kManager, Role::Manager, {} });
        QVERIFY2(posted.has_value(), why(posted).constData());
        QCOMPARE(stock(kBrake), units(8).thousandths());
    }

    void oneOpenCountPerWarehouseAndScope()
    {
        StockCountService counts(db(), m_clock, m_context);
        Result<StockCount> first = counts.open(kShelf, {}, {}, kCashier);
        QVERIFY(first.has_value());
        Result<StockCount> second = counts.open(kShelf, {}, {}, kManager);
        QVERIFY(!second);
        QCOMPARE(second.error().code(), ErrorCode::Conflict);
        QVERIFY(counts.open(kShelf, QStringLiteral("Filtros"), {}, kManager)); // a cycle count of one category
        QVERIFY(counts.open(kBack, {}, {}, kManager));
        Result<StockCount> foreign = counts.open(kOtherBranchShelf, {}, {}, kManager);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().field(), QStringLiteral("warehouse_id"));
        Result<StockCount> empty = counts.post(first->id, { kManager, Role::Manager, {} });
        QVERIFY(!empty);
        QCOMPARE(empty.error().field(), QStringLiteral("lines"));
        Result<StockCount> cancelled = counts.cancel(first->id, kCashier);
        QVERIFY(cancelled.has_value());
        QCOMPARE(cancelled->state, CountState::Cancelled);
        QVERIFY(counts.open(kShelf, {}, {}, kCashier)); // the warehouse can be counted again
        Result<std::vector<StockCount>> list = counts.list();
        QVERIFY(list.has_value());
        QCOMPARE(list->size(), size_t(4));
        QCOMPARE(list->back().state, CountState::Cancelled);
        QVERIFY(facts().isEmpty());
    }

    void fullCountZeroesWhatWasNotCountedCycleCountDoesNot()
    {
        constexpr qint64 kPad = 11; // sold offline without stock: -1
        QVERIFY(receive(kFilter, 5, kBack));
        QVERIFY(sell(kPad, 1));
        QCOMPARE(stock(kPad), units(-1).thousandths());
        StockCountService counts(db(), m_clock, m_context);
        // A cycle count of one category counts the brakes and leaves everything else alone.
        Result<StockCount> cycle = counts.open(kShelf, QStringLiteral("Frenos"), {}, kManager);
        QVERIFY2(cycle.has_value(), why(cycle).constData());
        QVERIFY(counts.count(cycle->id, { kBrake, QStringLiteral("SKU-7"), {}, units(9), false }, kManager));
        Result<UncountedStock> none = counts.uncounted(cycle->id);
        QVERIFY2(none.has_value(), why(none).constData());
        QCOMPARE(none->parts, 0);
        QVERIFY(counts.post(cycle->id, { kManager, Role::Manager, {} }));
        QCOMPARE(stock(kBrake), units(9).thousandths());
        QCOMPARE(stock(kFilter), units(4).thousandths());
        QCOMPARE(stock(kPad), units(-1).thousandths());

        // A full count of the shelf that only finds brakes: the filters (4, then 3 after a sale) and the pad go to 0.
        Result<StockCount> full = counts.open(kShelf, {}, {}, kManager);
        QVERIFY2(full.has_value(), why(full).constData());
        QVERIFY(counts.count(full->id, { kBrake, QStringLiteral("SKU-7"), {}, units(9), false }, kManager));
        Result<UncountedStock> before = counts.uncounted(full->id);
        QVERIFY2(before.has_value(), why(before).constData());
        QCOMPARE(before->parts, 2);
        QCOMPARE(before->units, units(4));
        QVERIFY(sell(kFilter, 1)); // sold before posting: the confirmation and the posting see 3
        QCOMPARE(counts.uncounted(full->id)->units, units(3));
        const qint64 factsBefore = facts().size();
        m_clock.advanceMs(60'000);
        Result<StockCount> posted = counts.post(full->id, { kManager, Role::Manager, {} });
        QVERIFY2(posted.has_value(), why(posted).constData());
        QCOMPARE(posted->lines.size(), size_t(3));
        QCOMPARE(stock(kBrake), units(9).thousandths());
        QCOMPARE(stock(kFilter), 0);
        QCOMPARE(stock(kPad), 0);
        QCOMPARE(stock(kFilter, kBack), units(5).thousandths()); // another warehouse: not in this count
        QCOMPARE(scalar(QStringLiteral("SELECT counted FROM stock_count_lines WHERE count_id = ? AND part_id = ?"),
                     { full->id, kFilter }),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT expected FROM stock_count_lines WHERE count_id = ? AND part_id = ?"),
                     { full->id, kFilter }),
            units(3).thousandths());
        QCOMPARE(scalar(QStringLiteral("SELECT sum(quantity) FROM stock_movements WHERE kind = 'count' AND "
                                       "ref_id = ?"),
                     { full->id }),
            units(-3 + 1).thousandths());
        // One fact whose lines carry the zeroed parts, so the server moves the same stock.
        const QList<OutboxEntry> sent = facts();
        QCOMPARE(sent.size(), factsBefore + 1);
        const QJsonArray lines = sent.back().payload.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        qint64 moved = 0;
        for (const QJsonValue &line : lines) {
            QCOMPARE(line.toObject().value(QStringLiteral("counted")).toInteger(), 0);
            moved += line.toObject().value(QStringLiteral("quantity")).toInteger();
        }
        QCOMPARE(moved, units(-2).thousandths());
        // Nothing counted at all is still refused, not a way to empty a warehouse by mistake.
        Result<StockCount> empty = counts.open(kBack, {}, {}, kManager);
        QVERIFY(empty.has_value());
        QCOMPARE(counts.uncounted(empty->id)->parts, 1);
        Result<StockCount> refused = counts.post(empty->id, { kManager, Role::Manager, {} });
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("lines"));
        QCOMPARE(stock(kFilter, kBack), units(5).thousandths());
    }

    void reorderLevelsAreCheckedAndSuggestedFromSales()
    {
        ReorderService reorder(db(), m_clock, kBranch);
        const ReorderLevel level { kBrake, kShelf, QStringLiteral("SKU-7"), QStringLiteral("Balata"), units(2), units(8),
            units(20), false };
        Status refused = reorder.setLevel(level, kCashier, Role::Cashier);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        ReorderLevel bad = level;
        bad.maximum = units(5);
        QCOMPARE(reorder.setLevel(bad, kManager, Role::Manager).error().field(), QStringLiteral("maximum"));
        bad = level;
        bad.minimum = units(9);
        QCOMPARE(reorder.setLevel(bad, kManager, Role::Manager).error().field(), QStringLiteral("reorder_point"));
        bad = level;
        bad.warehouseId = kOtherBranchShelf;
        QCOMPARE(reorder.setLevel(bad, kManager, Role::Manager).error().field(), QStringLiteral("warehouse_id"));
        QVERIFY(reorder.setLevel(level, kManager, Role::Manager));
        Result<std::vector<ReorderLevel>> levels = reorder.levels();
        QVERIFY(levels.has_value());
        QCOMPARE(levels->size(), size_t(1));
        QCOMPARE(levels->front().maximum, units(20));

        // 14 filters sold over the last two weeks (one a day), one returned: 13 net; an old sale is outside.
        QVERIFY(sell(kFilter, 5));
        m_clock.advanceMs(qint64(20) * 24 * 3600 * 1000);
        for (int day = 0; day < 14; ++day) {
            QVERIFY(sell(kFilter, 1));
            m_clock.advanceMs(qint64(24) * 3600 * 1000 - 60'000);
        }
        QVERIFY(receive(kFilter, 1)); // not a sale: ignored
        Transaction transaction(db());
        QVERIFY(transaction.begin());
        QVERIFY(StockLedger(db()).post({ { QStringLiteral("ret-1"), kFilter, kShelf, QStringLiteral("return"), units(1),
            QStringLiteral("return"), QStringLiteral("r-1"), kCashier, m_clock.nowUtc().toString(Qt::ISODateWithMs) } }));
        QVERIFY(transaction.commit());
        Result<ReorderSuggestion> suggested = reorder.suggest(kFilter, kShelf, 2, 10);
        QVERIFY2(suggested.has_value(), why(suggested).constData());
        QCOMPARE(suggested->sold, units(13));
        // daily 13/14: minimum ⌈13×10/28⌉ = 5, point 5 + ⌈130/14⌉ = 15, maximum 15 + ⌈390/14⌉ = 43.
        QCOMPARE(suggested->minimum, units(5));
        QCOMPARE(suggested->reorderPoint, units(15));
        QCOMPARE(suggested->maximum, units(43));
        // Without a lead time and without a supplier: a week.
        Result<ReorderSuggestion> defaulted = reorder.suggest(kFilter, kShelf, 2);
        QVERIFY(defaulted.has_value());
        QCOMPARE(defaulted->leadDays, ReorderService::kDefaultLeadDays);
        QCOMPARE(reorder.suggest(kFilter, kShelf, 0).error().field(), QStringLiteral("weeks"));
    }

    void alertsAreRaisedAcknowledgedAndResolvedByTheStock()
    {
        ReorderService reorder(db(), m_clock, kBranch);
        QVERIFY(reorder.setLevel({ kBrake, kShelf, QStringLiteral("SKU-7"), QStringLiteral("Balata"), units(2), units(8),
                                     units(20), false },
            kManager, Role::Manager));
        QVERIFY(reorder.setLevel({ kFilter, kShelf, QStringLiteral("F-9"), QStringLiteral("Filtro"), {}, units(3), {},
                                     false },
            kManager, Role::Manager));
        Result<AlertScan> first = reorder.scan(); // brakes 10 > 8; filters 4 > 3
        QVERIFY2(first.has_value(), why(first).constData());
        QCOMPARE(first->raised, 0);
        QVERIFY(sell(kBrake, 3)); // 7 ≤ 8
        QVERIFY(sell(kFilter, 2)); // 2 ≤ 3
        Result<AlertScan> second = reorder.scan();
        QVERIFY(second.has_value());
        QCOMPARE(second->raised, 2);
        QCOMPARE(second->open, 2);
        QCOMPARE(reorder.scan()->raised, 0); // one open alert per part and warehouse
        Result<std::vector<StockAlert>> open = reorder.alerts();
        QVERIFY(open.has_value());
        QCOMPARE(open->size(), size_t(2));
        const StockAlert &brake = open->front().partId == kBrake ? open->front() : open->back();
        const StockAlert &filter = open->front().partId == kFilter ? open->front() : open->back();
        QCOMPARE(brake.stock, units(7));
        QCOMPARE(brake.toOrder, units(13)); // up to the maximum of 20
        QCOMPARE(filter.toOrder, units(4)); // no maximum: up to twice the point (6)
        QVERIFY(reorder.acknowledge(brake.id, kCashier));
        QCOMPARE(reorder.acknowledge(brake.id, kCashier).error().code(), ErrorCode::NotFound);
        Result<std::vector<StockAlert>> afterAck = reorder.alerts();
        QCOMPARE(afterAck->back().id, brake.id); // acknowledged ones go last
        QCOMPARE(afterAck->back().acknowledgedBy, kCashier);
        // A receipt takes the brakes above the point: resolved at the next scan; the filters stay.
        QVERIFY(receive(kBrake, 5));
        Result<AlertScan> third = reorder.scan();
        QVERIFY(third.has_value());
        QCOMPARE(third->resolved, 1);
        QCOMPARE(third->open, 1);
        QCOMPARE(reorder.alerts()->size(), size_t(1));
        Result<std::vector<StockAlert>> all = reorder.alerts(true);
        QCOMPARE(all->size(), size_t(2));
        QVERIFY(!all->back().resolvedAtUtc.isEmpty());
        QCOMPARE(all->back().toOrder, Quantity());
        // Low again later: a new alert.
        QVERIFY(sell(kBrake, 5));
        QCOMPARE(reorder.scan()->raised, 1);
    }
};

QTEST_GUILESS_MAIN(TestStockControl)
#include "teststockcontrol.moc"
