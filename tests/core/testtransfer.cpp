// Transfers between branches on two real nexus.db files (the sending and the receiving branch), the server's relay
// played by merging each side's transfer into the other (TransferStore::merge, what the pull does): the state machine
// derived from the facts, stock and in-transit arithmetic (nothing counted twice, nothing lost), every refusal
// naming its field with nothing written, the permissions, offline steps surviving older copies, conflicting steps
// converging, the kardex, the part's stock view and the cart's call.
#include "inventory/kardex.h"
#include "inventory/partstock.h"
#include "inventory/stockledger.h"
#include "inventory/transferpayload.h"
#include "inventory/transferrules.h"
#include "inventory/transferservice.h"
#include "mockclock.h"
#include "sales/cart.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"

#include <QJsonArray>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kMty = QStringLiteral("branch-mty"); // sends
const QString kGdl = QStringLiteral("branch-gdl"); // requests and receives
const QString kMtyShelf = QStringLiteral("wh-mty-a");
const QString kMtyBack = QStringLiteral("wh-mty-b");
const QString kGdlShelf = QStringLiteral("wh-gdl-a");
constexpr qint64 kBrake = 7; // balata
constexpr qint64 kFilter = 9; // filtro

using Receipts = QList<std::pair<qint64, qint64>>; // (received, missing) per receipt of line 1

Quantity units(qint64 n)
{
    return Quantity::units(n);
}

// One branch's counter: its nexus.db with its branch, warehouses, the tenant's branches and two users.
struct Branch
{
    std::unique_ptr<LocalStore> store;
    QString branchId;
    QString deviceId;
    QString series;

    [[nodiscard]] Database &db() { return store->db(); }
    [[nodiscard]] TransferService service(const Clock &clock)
    {
        return TransferService(db(), clock, TransferContext { deviceId, branchId, series });
    }
    [[nodiscard]] TransferActor manager() const
    {
        return TransferActor { branchId + QStringLiteral("-gerente"), QStringLiteral("Gerente ") + series,
            Role::Manager };
    }
    [[nodiscard]] TransferActor cashier() const
    {
        return TransferActor { branchId + QStringLiteral("-cajero"), QStringLiteral("Cajero ") + series,
            Role::Cashier };
    }
    [[nodiscard]] qint64 stock(qint64 part, const QString &warehouse)
    {
        Result<Quantity> balance = StockLedger(db()).balance(part, warehouse);
        return balance ? balance->thousandths() : -999999;
    }
    [[nodiscard]] qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    [[nodiscard]] Transfer load(const QString &id)
    {
        Result<std::optional<Transfer>> found = TransferStore(db()).find(id);
        return found && *found ? **found : Transfer {};
    }
    // What the server relays: this side's copy of the transfer merged into the other side's nexus.db.
    [[nodiscard]] bool sendTo(Branch &other, const QString &transferId)
    {
        Transfer copy = load(transferId);
        copy.serverState = transferStateCode(copy.state());
        copy.serverVersion = other.load(transferId).serverVersion + 1;
        Transaction transaction(other.db());
        return transaction.begin() && TransferStore(other.db()).merge(copy, QStringLiteral("2026-01-15T10:30:00.000Z"))
            && transaction.commit();
    }
    [[nodiscard]] QStringList outboxTypes()
    {
        QStringList types;
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(1000);
        if (pending)
            for (const OutboxEntry &entry : *pending)
                types << entry.type;
        return types;
    }
    // Rows that a refused step must not have written.
    [[nodiscard]] qint64 footprint()
    {
        return count(QStringLiteral("SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM stock_movements) + "
                                    "(SELECT count(*) FROM transfers) + (SELECT count(*) FROM transfer_shipments) + "
                                    "(SELECT count(*) FROM transfer_receipts) + (SELECT count(*) FROM audit_log) + "
                                    "(SELECT count(*) FROM transfers WHERE cancelled_at IS NOT NULL)"));
    }
};

TransferShipmentRequest shipAll(const Transfer &transfer, const QString &warehouse)
{
    TransferShipmentRequest request { transfer.id, {}, QStringLiteral("Paquetería Castores"), QStringLiteral("CX-1"),
        {} };
    for (const TransferLine &line : transfer.lines)
        request.lines.push_back({ line.lineNo, line.requested, warehouse });
    return request;
}

TransferReceiptLine got(int lineNo, qint64 quantity, qint64 shortage = 0, const QString &reason = {})
{
    return TransferReceiptLine { lineNo, units(quantity), units(shortage), reason, kGdlShelf };
}

// A transfer made of facts only, for the state table.
Transfer facts(qint64 shipped, const Receipts &receipts, bool cancelled)
{
    Transfer t;
    t.id = QStringLiteral("t");
    t.folio = QStringLiteral("GDL1-T000001");
    t.lines.push_back({ 1, kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata"), units(5) });
    if (shipped > 0)
        t.shipments.push_back({ QStringLiteral("s"), QStringLiteral("u"), {}, QStringLiteral("2026-01-15"), {}, {}, {},
            { { 1, units(shipped), kMtyShelf } } });
    int n = 0;
    for (const auto &[quantity, shortage] : receipts)
        t.receipts.push_back({ QStringLiteral("r%1").arg(++n), QStringLiteral("u"), {}, QStringLiteral("2026-01-16"),
            {}, { { 1, units(quantity), units(shortage), QStringLiteral("razón"), kGdlShelf } } });
    if (cancelled)
        t.cancellation = TransferCancellation { QStringLiteral("u"), {}, kGdl, QStringLiteral("2026-01-15"),
            QStringLiteral("ya no") };
    return t;
}

} // namespace

class TestTransfer final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDir> m_dir;
    MockClock m_clock;
    Branch m_mty;
    Branch m_gdl;

    Branch open(const QString &name, const QString &branchId, const QString &code, const QStringList &warehouses)
    {
        Branch branch;
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir->file(name + QStringLiteral(".db")), QStringLiteral("transfer-") + name);
        if (!store)
            return branch;
        branch.store = std::move(*store);
        branch.branchId = branchId;
        branch.deviceId = QStringLiteral("device-") + code;
        branch.series = code + QStringLiteral("1");
        Database &db = branch.db();
        bool ok = db.exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, ?, ?)"),
                        { branchId, code, QString(QStringLiteral("Sucursal ") + code) })
                      .has_value();
        for (const QString &warehouse : warehouses)
            ok = ok
                && db.exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, ?, ?)"),
                         { warehouse, branchId, warehouse.right(1).toUpper(),
                             QString(QStringLiteral("Almacén ") + warehouse) })
                       .has_value();
        for (const auto &[id, other] :
            { std::pair { kMty, QStringLiteral("MTY") }, std::pair { kGdl, QStringLiteral("GDL") } })
            ok = ok
                && db.exec(QStringLiteral("INSERT INTO remote_branches(id, code, name) VALUES (?, ?, ?)"),
                         { id, other, QString(QStringLiteral("Sucursal ") + other) })
                       .has_value();
        for (const TransferActor &user : { branch.manager(), branch.cashier() })
            ok = ok
                && db.exec(QStringLiteral("INSERT INTO users(id, username, display_name, role, branch_id, "
                                          "password_hash, updated_at) VALUES (?, ?, ?, ?, ?, 'x', '2026-01-01')"),
                         { user.userId, user.userId, user.displayName, roleCode(user.role), branchId })
                       .has_value();
        if (!ok)
            branch.store.reset();
        return branch;
    }

    bool receiveStock(Branch &branch, qint64 part, const QString &warehouse, qint64 quantity)
    {
        Transaction transaction(branch.db());
        return transaction.begin()
            && StockLedger(branch.db())
                   .post({ { QStringLiteral("rcv-%1-%2").arg(part).arg(warehouse), part, warehouse,
                       QStringLiteral("receipt"), units(quantity), QStringLiteral("purchase_order"),
                       QStringLiteral("po-1"), branch.manager().userId, QStringLiteral("2026-01-10T09:00:00.000Z") } })
            && transaction.commit();
    }

    // GDL asks MTY for 5 balatas and 2 filters; MTY learns of it.
    Transfer requested()
    {
        Result<Transfer> transfer = m_gdl.service(m_clock).request(
            TransferRequest { kMty, kGdlShelf, QStringLiteral("Para el cliente Ramírez"),
                { { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), units(5) },
                    { kFilter, QStringLiteral("FIL-9"), QStringLiteral("Filtro de aceite"), units(2) } } },
            m_gdl.cashier());
        if (!transfer || !m_gdl.sendTo(m_mty, transfer->id))
            return {};
        return *transfer;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(m_dir->isValid());
        m_mty = open(QStringLiteral("mty"), kMty, QStringLiteral("MTY"), { kMtyShelf, kMtyBack });
        m_gdl = open(QStringLiteral("gdl"), kGdl, QStringLiteral("GDL"), { kGdlShelf });
        QVERIFY(m_mty.store && m_gdl.store);
        QVERIFY(receiveStock(m_mty, kBrake, kMtyShelf, 10));
        QVERIFY(receiveStock(m_mty, kFilter, kMtyShelf, 10));
    }

    void cleanup()
    {
        m_mty = {};
        m_gdl = {};
        m_dir.reset();
    }

    void stateFollowsTheFacts_data()
    {
        QTest::addColumn<qint64>("shipped");
        QTest::addColumn<Receipts>("receipts");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QString>("state");
        QTest::addColumn<qint64>("inTransit");
        using R = Receipts;
        QTest::newRow("requested") << qint64(0) << R {} << false << "requested" << qint64(0);
        QTest::newRow("cancelled") << qint64(0) << R {} << true << "cancelled" << qint64(0);
        QTest::newRow("shipped") << qint64(4) << R {} << false << "shipped" << qint64(4000);
        QTest::newRow("partially received")
            << qint64(4) << R { { 1, 0 } } << false << "partially_received" << qint64(3000);
        QTest::newRow("received in two") << qint64(4) << R { { 1, 0 }, { 3, 0 } } << false << "closed" << qint64(0);
        QTest::newRow("closed by a shortage") << qint64(4) << R { { 3, 1 } } << false << "closed" << qint64(0);
        QTest::newRow("more than shipped") << qint64(4) << R { { 5, 0 } } << false << "closed" << qint64(0);
        QTest::newRow("a cancel overruled by the shipment") << qint64(4) << R {} << true << "shipped" << qint64(4000);
    }

    void stateFollowsTheFacts()
    {
        QFETCH(qint64, shipped);
        QFETCH(Receipts, receipts);
        QFETCH(bool, cancelled);
        QFETCH(QString, state);
        QFETCH(qint64, inTransit);
        const Transfer t = facts(shipped, receipts, cancelled);
        QCOMPARE(transferStateCode(t.state()), state);
        QCOMPARE(t.inTransit().thousandths(), inTransit);
        QCOMPARE(t.cancelOverruled(), cancelled && shipped > 0);
        const TransferLineTotals totals = t.totals(1);
        // Whatever happened, every shipped piece is received, missing or still on the road (plus any excess).
        QCOMPARE((totals.received + totals.shortage + totals.inTransit - totals.excess).thousandths(),
            totals.shipped.thousandths());
    }

    void fullCycleMovesStockOnceAndKeepsTransitVisible()
    {
        const Transfer asked = requested();
        QVERIFY(!asked.id.isEmpty());
        QCOMPARE(asked.folio, QStringLiteral("GDL1-T000001"));
        QCOMPARE(m_mty.load(asked.id).state(), TransferState::Requested);
        QCOMPARE(m_mty.load(asked.id).requestedByName, QStringLiteral("Cajero GDL1"));

        // MTY ships 4 of the 5 balatas (it keeps one) and both filters from its shelf.
        TransferShipmentRequest shipping = shipAll(asked, kMtyShelf);
        shipping.lines[0].quantity = units(4);
        Result<Transfer> shipped = m_mty.service(m_clock).ship(shipping, m_mty.manager());
        QVERIFY2(shipped.has_value(), why(shipped).constData());
        QCOMPARE(shipped->state(), TransferState::Shipped);
        QCOMPARE(m_mty.stock(kBrake, kMtyShelf), 6000);
        QCOMPARE(m_mty.stock(kFilter, kMtyShelf), 8000);
        QCOMPARE(m_mty.count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'transfer_out' AND "
                                            "ref_type = 'transfer' AND ref_id = ?"),
                     { asked.id }),
            2);
        // In transit on both sides once the shipment reached GDL.
        QVERIFY(m_mty.sendTo(m_gdl, asked.id));
        QCOMPARE(m_mty.load(asked.id).inTransit().thousandths(), 6000);
        QCOMPARE(m_gdl.load(asked.id).inTransit().thousandths(), 6000);
        QCOMPARE(m_gdl.load(asked.id).state(), TransferState::Shipped);
        Result<PartStock> view = readPartStock(m_gdl.db(), kBrake, kGdl);
        QVERIFY2(view.has_value(), why(view).constData());
        QCOMPARE(view->incoming.thousandths(), 4000);
        Result<PartStock> sender = readPartStock(m_mty.db(), kBrake, kMty);
        QVERIFY2(sender.has_value(), why(sender).constData());
        QCOMPARE(sender->outgoing.thousandths(), 4000);
        QCOMPARE(sender->rows.size(), size_t(2)); // its two warehouses
        QCOMPARE(sender->rows[0].quantity.thousandths(), 6000);
        QVERIFY(sender->rows[0].own);

        // GDL receives 3 balatas now; of the filters one arrived and one broke on the road.
        Result<Transfer> first = m_gdl.service(m_clock).receive(
            TransferReceiptRequest {
                asked.id, { got(1, 3), got(2, 1, 1, QStringLiteral("Llegó roto")) }, QStringLiteral("Caja abierta") },
            m_gdl.manager());
        QVERIFY2(first.has_value(), why(first).constData());
        QCOMPARE(first->state(), TransferState::PartiallyReceived);
        QCOMPARE(first->inTransit().thousandths(), 1000);
        QCOMPARE(m_gdl.stock(kBrake, kGdlShelf), 3000);
        QCOMPARE(m_gdl.stock(kFilter, kGdlShelf), 1000);
        QCOMPARE(first->totals(2).shortage.thousandths(), 1000);
        // The last balata arrives later: closed.
        m_clock.advanceMs(3600000);
        Result<Transfer> second
            = m_gdl.service(m_clock).receive(TransferReceiptRequest { asked.id, { got(1, 1) }, {} }, m_gdl.manager());
        QVERIFY2(second.has_value(), why(second).constData());
        QCOMPARE(second->state(), TransferState::Closed);
        QCOMPARE(second->inTransit().thousandths(), 0);
        QVERIFY(m_gdl.sendTo(m_mty, asked.id));
        QCOMPARE(m_mty.load(asked.id).state(), TransferState::Closed);
        QCOMPARE(m_mty.load(asked.id).receipts.size(), size_t(2));

        // Nothing counted twice or lost: what left MTY is in GDL or declared missing.
        for (const qint64 part : { kBrake, kFilter }) {
            const qint64 left = 10000 - m_mty.stock(part, kMtyShelf);
            const qint64 arrived = m_gdl.stock(part, kGdlShelf);
            const qint64 missing = part == kFilter ? 1000 : 0;
            QCOMPARE(left, arrived + missing);
        }
        QCOMPARE(m_gdl.outboxTypes(),
            (QStringList { QStringLiteral("transfer.requested"), QStringLiteral("transfer.received"),
                QStringLiteral("transfer.received") }));
        QCOMPARE(m_mty.outboxTypes(), QStringList { QStringLiteral("transfer.shipped") });

        // The kardex: who, when, why, and the balance each movement left.
        Result<std::vector<KardexEntry>> kardex = Kardex(m_gdl.db()).history(kFilter, { kGdlShelf });
        QVERIFY2(kardex.has_value(), why(kardex).constData());
        QCOMPARE(kardex->size(), size_t(1));
        QCOMPARE(kardex->front().kind, QStringLiteral("transfer_in"));
        QCOMPARE(kardex->front().reference, QStringLiteral("GDL1-T000001"));
        QCOMPARE(kardex->front().reason, QStringLiteral("Llegó roto"));
        QCOMPARE(kardex->front().userName, QStringLiteral("Gerente GDL1"));
        QCOMPARE(kardex->front().otherBranchName, QStringLiteral("Sucursal MTY"));
        Result<std::vector<KardexEntry>> sent = Kardex(m_mty.db()).history(kBrake, { kMtyShelf, kMtyBack });
        QVERIFY2(sent.has_value(), why(sent).constData());
        QCOMPARE(sent->size(), size_t(2));
        QCOMPARE(sent->at(0).kind, QStringLiteral("transfer_out"));
        QCOMPARE(sent->at(0).quantity.thousandths(), -4000);
        QCOMPARE(sent->at(0).balance.thousandths(), 6000);
        QCOMPARE(sent->at(1).kind, QStringLiteral("receipt"));
        QCOMPARE(sent->at(1).balance.thousandths(), 10000);
        QCOMPARE(sent->at(0).otherBranchName, QStringLiteral("Sucursal GDL"));
    }

    void stepPayloadsCarryTheFacts()
    {
        const Transfer asked = requested();
        Result<Transfer> shipped = m_mty.service(m_clock).ship(shipAll(asked, kMtyBack), m_mty.manager());
        QVERIFY2(shipped.has_value(), why(shipped).constData());
        Result<QList<OutboxEntry>> pending = Outbox(m_mty.db()).pending(10);
        QVERIFY(pending && pending->size() == 1);
        const QJsonObject payload = pending->front().payload;
        QCOMPARE(pending->front().schemaVersion, kTransferSchema);
        QCOMPARE(payload.value(QStringLiteral("transfer_id")).toString(), asked.id);
        QCOMPARE(payload.value(QStringLiteral("from_branch_id")).toString(), kMty);
        QCOMPARE(payload.value(QStringLiteral("id")).toString(), shipped->shipments.front().id);
        QCOMPARE(payload.value(QStringLiteral("carrier")).toString(), QStringLiteral("Paquetería Castores"));
        const QJsonArray lines = payload.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("quantity")).toInteger(), 5000);
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("warehouse_id")).toString(), kMtyBack);
        // The movement of a step has the step's id: it cannot be posted twice.
        QCOMPARE(m_mty.count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE id = ?"),
                     { QString(shipped->shipments.front().id + QStringLiteral(":1")) }),
            1);
        const QJsonObject document = transferDocument(*shipped, 3, QStringLiteral("2026-01-15T11:00:00.000Z"));
        QCOMPARE(document.value(QStringLiteral("state")).toString(), QStringLiteral("shipped"));
        QCOMPARE(document.value(QStringLiteral("shipments")).toArray().size(), 1);
        QVERIFY(document.value(QStringLiteral("cancellation")).isNull());
    }

    void refusalsNameTheFieldAndWriteNothing_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        const int invalid = int(ErrorCode::InvalidInput);
        const int denied = int(ErrorCode::PermissionDenied);
        const int conflict = int(ErrorCode::Conflict);
        QTest::newRow("quantity zero") << "request-zero"
                                       << "lines[0].quantity" << invalid;
        QTest::newRow("no lines") << "request-empty"
                                  << "lines" << invalid;
        QTest::newRow("from itself") << "request-self"
                                     << "from_branch_id" << invalid;
        QTest::newRow("unknown branch") << "request-unknown-branch"
                                        << "from_branch_id" << invalid;
        QTest::newRow("foreign warehouse") << "request-foreign-warehouse"
                                           << "to_warehouse_id" << invalid;
        QTest::newRow("mechanic requests") << "request-mechanic"
                                           << "" << denied;
        QTest::newRow("cashier ships") << "ship-cashier"
                                       << "" << denied;
        QTest::newRow("receiver ships") << "ship-by-receiver"
                                        << "transfer_id" << denied;
        QTest::newRow("more than requested") << "ship-too-much"
                                             << "lines[0].quantity" << invalid;
        QTest::newRow("nothing shipped") << "ship-nothing"
                                         << "lines" << invalid;
        QTest::newRow("ship from a foreign warehouse") << "ship-foreign-warehouse"
                                                       << "lines[0].warehouse_id" << invalid;
        QTest::newRow("a line that is not there") << "ship-unknown-line"
                                                  << "lines[0].line_no" << invalid;
        QTest::newRow("receive before shipping") << "receive-unshipped"
                                                 << "state" << conflict;
        QTest::newRow("sender receives") << "receive-by-sender"
                                         << "transfer_id" << denied;
        QTest::newRow("more than in transit") << "receive-too-much"
                                              << "lines[0].reason" << invalid;
        QTest::newRow("missing without reason") << "receive-missing-unexplained"
                                                << "lines[0].reason" << invalid;
        QTest::newRow("more missing than in transit") << "receive-missing-too-much"
                                                      << "lines[0].shortage" << invalid;
        QTest::newRow("negative received") << "receive-negative"
                                           << "lines[0].quantity" << invalid;
        QTest::newRow("cancel after shipping") << "cancel-shipped"
                                               << "state" << conflict;
        QTest::newRow("cancel without reason") << "cancel-no-reason"
                                               << "reason" << invalid;
    }

    void refusalsNameTheFieldAndWriteNothing()
    {
        QFETCH(QString, step);
        QFETCH(QString, field);
        QFETCH(int, code);
        const Transfer asked = requested();
        QVERIFY(!asked.id.isEmpty());
        TransferService gdl = m_gdl.service(m_clock);
        TransferService mty = m_mty.service(m_clock);
        // Steps on a shipped transfer (2 balatas and a filter in transit) where the case needs one.
        if (step.startsWith(QLatin1String("receive-")) && step != QLatin1String("receive-unshipped")) {
            TransferShipmentRequest shipping = shipAll(asked, kMtyShelf);
            shipping.lines[0].quantity = units(2);
            shipping.lines[1].quantity = units(1);
            QVERIFY(mty.ship(shipping, m_mty.manager()).has_value());
            QVERIFY(m_mty.sendTo(m_gdl, asked.id));
        }
        if (step == QLatin1String("cancel-shipped")) {
            QVERIFY(mty.ship(shipAll(asked, kMtyShelf), m_mty.manager()).has_value());
            QVERIFY(m_mty.sendTo(m_gdl, asked.id));
        }
        const qint64 beforeMty = m_mty.footprint();
        const qint64 beforeGdl = m_gdl.footprint();
        const TransferRequestLine brake { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata"), units(1) };
        Status result;
        auto keep = [&result](const auto &outcome) {
            result = outcome ? Status() : Status(std::unexpected(outcome.error()));
        };
        if (step == QLatin1String("request-zero"))
            keep(gdl.request({ kMty, kGdlShelf, {}, { { kBrake, {}, {}, Quantity() } } }, m_gdl.manager()));
        else if (step == QLatin1String("request-empty"))
            keep(gdl.request({ kMty, kGdlShelf, {}, {} }, m_gdl.manager()));
        else if (step == QLatin1String("request-self"))
            keep(gdl.request({ kGdl, kGdlShelf, {}, { brake } }, m_gdl.manager()));
        else if (step == QLatin1String("request-unknown-branch"))
            keep(gdl.request({ QStringLiteral("branch-cuu"), kGdlShelf, {}, { brake } }, m_gdl.manager()));
        else if (step == QLatin1String("request-foreign-warehouse"))
            keep(gdl.request({ kMty, kMtyShelf, {}, { brake } }, m_gdl.manager()));
        else if (step == QLatin1String("request-mechanic"))
            keep(gdl.request({ kMty, kGdlShelf, {}, { brake } },
                TransferActor { QStringLiteral("u-mec"), QStringLiteral("Mecánico"), Role::Mechanic }));
        else if (step == QLatin1String("ship-cashier"))
            keep(mty.ship(shipAll(asked, kMtyShelf), m_mty.cashier()));
        else if (step == QLatin1String("ship-by-receiver"))
            keep(gdl.ship(shipAll(asked, kGdlShelf), m_gdl.manager()));
        else if (step == QLatin1String("ship-too-much")) {
            TransferShipmentRequest shipping = shipAll(asked, kMtyShelf);
            shipping.lines[0].quantity = units(6);
            keep(mty.ship(shipping, m_mty.manager()));
        } else if (step == QLatin1String("ship-nothing")) {
            TransferShipmentRequest shipping = shipAll(asked, kMtyShelf);
            for (TransferShipmentLine &line : shipping.lines)
                line.quantity = Quantity();
            keep(mty.ship(shipping, m_mty.manager()));
        } else if (step == QLatin1String("ship-foreign-warehouse"))
            keep(mty.ship(shipAll(asked, kGdlShelf), m_mty.manager()));
        else if (step == QLatin1String("ship-unknown-line"))
            keep(mty.ship({ asked.id, { { 3, units(1), kMtyShelf } }, {}, {}, {} }, m_mty.manager()));
        else if (step == QLatin1String("receive-unshipped"))
            keep(gdl.receive({ asked.id, { got(1, 1) }, {} }, m_gdl.manager()));
        else if (step == QLatin1String("receive-by-sender"))
            keep(mty.receive({ asked.id, { got(1, 1) }, {} }, m_mty.manager()));
        else if (step == QLatin1String("receive-too-much"))
            keep(gdl.receive({ asked.id, { got(1, 3) }, {} }, m_gdl.manager()));
        else if (step == QLatin1String("receive-missing-unexplained"))
            keep(gdl.receive({ asked.id, { got(1, 1, 1) }, {} }, m_gdl.manager()));
        else if (step == QLatin1String("receive-missing-too-much"))
            keep(gdl.receive({ asked.id, { got(1, 1, 2, QStringLiteral("Extraviada")) }, {} }, m_gdl.manager()));
        else if (step == QLatin1String("receive-negative"))
            keep(gdl.receive({ asked.id, { got(1, -1, 2, QStringLiteral("x")) }, {} }, m_gdl.manager()));
        else if (step == QLatin1String("cancel-shipped"))
            keep(gdl.cancel(asked.id, QStringLiteral("Ya no se necesita"), m_gdl.manager()));
        else if (step == QLatin1String("cancel-no-reason"))
            keep(gdl.cancel(asked.id, QStringLiteral("  "), m_gdl.manager()));
        else
            QFAIL("unknown step");
        QVERIFY2(!result, qPrintable(step));
        QCOMPARE(int(result.error().code()), code);
        if (!field.isEmpty())
            QCOMPARE(result.error().field(), field);
        QVERIFY(!result.error().message().isEmpty());
        QCOMPARE(m_mty.footprint(), beforeMty);
        QCOMPARE(m_gdl.footprint(), beforeGdl);
    }

    void cashierMayRequestFromTheCart()
    {
        Cart cart;
        const CartItem item { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), kGdlShelf,
            Money(45000), Money(45000), Money(20000), TaxRate::iva16(), 1, QStringLiteral("25174400"),
            QStringLiteral("H87") };
        QVERIFY(cart.add(item, units(3)));
        Result<Transfer> asked = m_gdl.service(m_clock).requestTransferForCartLine(
            cart.lines().front(), kMty, m_gdl.cashier(), QStringLiteral("Cliente espera en mostrador"));
        QVERIFY2(asked.has_value(), why(asked).constData());
        QCOMPARE(asked->fromBranchId, kMty);
        QCOMPARE(asked->toBranchId, kGdl);
        QCOMPARE(asked->toWarehouseId, kGdlShelf);
        QCOMPARE(asked->lines.size(), size_t(1));
        QCOMPARE(asked->lines.front().partId, kBrake);
        QCOMPARE(asked->lines.front().sku, QStringLiteral("BAL-7"));
        QCOMPARE(asked->lines.front().requested.thousandths(), 3000);
        QCOMPARE(asked->note, QStringLiteral("Cliente espera en mostrador"));
        QCOMPARE(m_gdl.outboxTypes(), QStringList { QStringLiteral("transfer.requested") });
        QCOMPARE(m_gdl.load(asked->id).state(), TransferState::Requested);
        // A line of the sending branch's own warehouse cannot come to this branch.
        CartLine foreign = cart.lines().front();
        foreign.item.warehouseId = kMtyShelf;
        Result<Transfer> refused = m_gdl.service(m_clock).requestTransferForCartLine(foreign, kMty, m_gdl.cashier());
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("to_warehouse_id"));
    }

    void theSamePartTwiceIsOneLine()
    {
        const TransferRequestLine brake { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata"), units(2) };
        Result<Transfer> asked
            = m_gdl.service(m_clock).request({ kMty, kGdlShelf, {}, { brake, brake } }, m_gdl.manager());
        QVERIFY2(asked.has_value(), why(asked).constData());
        QCOMPARE(asked->lines.size(), size_t(1));
        QCOMPARE(asked->lines.front().requested.thousandths(), 4000);
        Result<Transfer> second = m_gdl.service(m_clock).request({ kMty, kGdlShelf, {}, { brake } }, m_gdl.manager());
        QVERIFY2(second.has_value(), why(second).constData());
        QCOMPARE(second->folio, QStringLiteral("GDL1-T000002"));
    }

    void mergeIsAUnionOfFacts()
    {
        const Transfer asked = requested();
        QVERIFY(m_mty.service(m_clock).ship(shipAll(asked, kMtyShelf), m_mty.manager()).has_value());
        QVERIFY(m_mty.sendTo(m_gdl, asked.id));
        const Transfer olderCopy = m_gdl.load(asked.id); // shipped, no receipts: what the server had before
        // GDL receives offline; then an older copy of the server's arrives: the receipt stays.
        Result<Transfer> received = m_gdl.service(m_clock).receive(
            TransferReceiptRequest { asked.id, { got(1, 5), got(2, 2) }, {} }, m_gdl.manager());
        QVERIFY2(received.has_value(), why(received).constData());
        const auto tables = [this] {
            return m_gdl.count(QStringLiteral("SELECT (SELECT count(*) FROM transfer_lines) * 1000000 + "
                                              "(SELECT count(*) FROM transfer_shipment_lines) * 1000 + "
                                              "(SELECT count(*) FROM transfer_receipt_lines)"));
        };
        const qint64 before = tables();
        for (int i = 0; i < 2; ++i) {
            Transaction transaction(m_gdl.db());
            QVERIFY(transaction.begin());
            QVERIFY(TransferStore(m_gdl.db()).merge(olderCopy, QStringLiteral("2026-01-15T12:00:00.000Z")));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(tables(), before);
        QCOMPARE(m_gdl.load(asked.id).state(), TransferState::Closed);
        QCOMPARE(m_gdl.count(
                     QStringLiteral("SELECT count(*) FROM transfers WHERE id = ? AND state = 'closed'"), { asked.id }),
            1);
        QCOMPARE(m_gdl.stock(kBrake, kGdlShelf), 5000);
    }

    void offlineCancelAndShipConverge()
    {
        const Transfer asked = requested();
        // Both offline: GDL cancels, MTY ships. Each then gets the other's copy.
        Result<Transfer> cancelled
            = m_gdl.service(m_clock).cancel(asked.id, QStringLiteral("Lo consiguió el cliente"), m_gdl.manager());
        QVERIFY2(cancelled.has_value(), why(cancelled).constData());
        QCOMPARE(cancelled->state(), TransferState::Cancelled);
        Result<Transfer> shipped = m_mty.service(m_clock).ship(shipAll(asked, kMtyShelf), m_mty.manager());
        QVERIFY2(shipped.has_value(), why(shipped).constData());
        QVERIFY(m_gdl.sendTo(m_mty, asked.id));
        QVERIFY(m_mty.sendTo(m_gdl, asked.id));
        for (Branch *side : { &m_mty, &m_gdl }) {
            const Transfer t = side->load(asked.id);
            QCOMPARE(t.state(), TransferState::Shipped); // the pieces moved: the shipment stands
            QVERIFY(t.cancelOverruled());
            QCOMPARE(t.inTransit().thousandths(), 7000);
        }
        // ...and GDL can receive what is on its way.
        Result<Transfer> received = m_gdl.service(m_clock).receive(
            TransferReceiptRequest { asked.id, { got(1, 5), got(2, 2) }, {} }, m_gdl.manager());
        QVERIFY2(received.has_value(), why(received).constData());
        QCOMPARE(received->state(), TransferState::Closed);
    }

    void partStockShowsOtherBranchesAsOfTheirPull()
    {
        QVERIFY(m_gdl.db()
                    .exec(QStringLiteral("INSERT INTO remote_stock_levels(part_id, warehouse_id, branch_id, quantity, "
                                         "pulled_at) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)"),
                        { kBrake, kMtyShelf, kMty, 6000, QStringLiteral("2026-01-15T09:00:00.000Z"), kBrake, kMtyBack,
                            kMty, 2000, QStringLiteral("2026-01-15T09:00:00.000Z") })
                    .has_value());
        Result<PartStock> view = readPartStock(m_gdl.db(), kBrake, kGdl);
        QVERIFY2(view.has_value(), why(view).constData());
        QCOMPARE(view->rows.size(), size_t(2));
        QVERIFY(view->rows[0].own);
        QCOMPARE(view->rows[0].warehouseId, kGdlShelf);
        QCOMPARE(view->rows[0].quantity.thousandths(), 0);
        QVERIFY(!view->rows[1].own);
        QCOMPARE(view->rows[1].branchName, QStringLiteral("Sucursal MTY"));
        QCOMPARE(view->rows[1].quantity.thousandths(), 8000);
        QCOMPARE(view->rows[1].asOfUtc, QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "testtransfer.moc"
