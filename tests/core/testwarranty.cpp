// Warranties and claims: the period rule (override, brand+category, category, brand, catalogue, labor), lookups by
// ticket, customer and part with expiry and status, every claim path (replace moves stock, refund through the
// return path or the till, repair, reject with its reason, closed is final, an expired warranty is refused), the RMA
// to the supplier and the expiry notifications. Real SQLite files; the catalogue is a real attached catalog.db.
#include "auth/passwordhasher.h"
#include "auth/userrepository.h"
#include "inventory/stockledger.h"
#include "mockclock.h"
#include "notifications/notificationservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "warranty/rmaservice.h"
#include "warranty/warrantyclaimservice.h"
#include "warranty/warrantyexpiry.h"
#include "warranty/warrantylookup.h"
#include "warranty/warrantypayload.h"
#include "why.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-1");
const QString kBranch = QStringLiteral("branch-1");
const QString kWarehouse = QStringLiteral("wh-mostrador");
const QString kManager = QStringLiteral("user-gerente");
const QString kCashier = QStringLiteral("user-cajero");
const QString kCustomer = QStringLiteral("cust-1");

// Catalogue: part 1 balata (brand 10 "Frenos MX", category 100 "Balatas", 180 days); part 2 acumulador (brand 20,
// category 200, 540 days); part 3 líquido (category 300 with no warranty).
constexpr qint64 kBalata = 1;
constexpr qint64 kBattery = 2;
constexpr qint64 kFluid = 3;

CartItem item(qint64 partId, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), QStringLiteral("Pieza %1").arg(partId), kWarehouse,
        Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
        QStringLiteral("H87") };
}

CartItem labor(qint64 priceCents)
{
    CartItem service { 0, QStringLiteral(""), QStringLiteral("Cambio de balatas"), QString(), Money(priceCents),
        Money(priceCents), Money(0), TaxRate::iva16(), 1, QStringLiteral("78181500"), QStringLiteral("E48") };
    service.service = true;
    return service;
}

WarrantyActor actor(Role role = Role::Manager)
{
    return WarrantyActor { kDevice, kBranch, QStringLiteral("MTZ1"), role == Role::Manager ? kManager : kCashier,
        QStringLiteral("Gerente"), role, {} };
}

} // namespace

class TestWarranty final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock;
    int m_round = 0;
    QString m_catalog;

    Database &db() { return m_store->db(); }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    qint64 stock(qint64 partId, const QString &warehouse)
    {
        Result<Quantity> balance = StockLedger(db()).balance(partId, warehouse);
        return balance ? balance->thousandths() : -1;
    }

    // Rows in every table a claim step writes: none may change when a step is refused.
    QList<qint64> footprint()
    {
        QList<qint64> counts;
        for (const char *table : { "warranty_claims", "warranty_claim_evidence", "rmas", "returns", "cash_movements",
                 "stock_movements", "outbox" })
            counts << count(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        counts << count(QStringLiteral("SELECT count(*) FROM warranty_claims WHERE status <> 'open'"));
        return counts;
    }

    WarrantyLookup lookup() { return WarrantyLookup(db(), m_clock, m_catalog); }
    WarrantyClaimService claims()
    {
        return WarrantyClaimService(db(), m_clock, m_catalog, m_dir.file(QStringLiteral("evidence")));
    }

    // A ticket to the customer: 2 balatas at $850, 1 acumulador at $2,400, 1 líquido at $95 and the labor ($500).
    SaleReceipt sell()
    {
        Cart cart;
        if (!cart.add(item(kBalata, 85000), Quantity::units(2)) || !cart.add(item(kBattery, 240000), Quantity::units(1))
            || !cart.add(item(kFluid, 9500), Quantity::units(1)) || !cart.add(labor(50000), Quantity::units(1)))
            return {};
        cart.setCustomerId(kCustomer);
        CheckoutContext checkout { kDevice, kBranch, QStringLiteral("MTZ1"), kManager, Role::Manager, true };
        Result<SaleReceipt> receipt = CheckoutService(db(), m_clock)
                                          .checkout(cart, { Tender { TenderMethod::Cash, Money(500000), 0, {} } },
                                              checkout);
        if (!receipt)
            qWarning("sale: %s", qPrintable(receipt.error().logMessage()));
        return receipt ? *receipt : SaleReceipt {};
    }

    Result<WarrantyClaim> openClaim(const SaleReceipt &sale, int lineNo, QStringList evidence = {})
    {
        return claims().open(
            { sale.saleId, lineNo, Quantity::units(1), QStringLiteral("Rechinan al frenar"), true, evidence },
            actor());
    }

    QJsonObject lastFact(const QString &type)
    {
        Result<QSqlQuery> q = db().exec(
            QStringLiteral("SELECT payload FROM outbox WHERE type = ? ORDER BY seq DESC LIMIT 1"), { type });
        if (!q || !q->next())
            return {};
        return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = m_dir.file(QStringLiteral("catalog.db"));
        Result<std::unique_ptr<Database>> cat = Database::open(m_catalog, Durability::Normal, QStringLiteral("cat"));
        QVERIFY(cat.has_value());
        QVERIFY((*cat)->execScript(QStringLiteral(
            "CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT, warranty_days INTEGER NOT NULL DEFAULT 0);"
            "CREATE TABLE parts (id INTEGER PRIMARY KEY, name TEXT, brand_id INTEGER, category_id INTEGER);"
            "INSERT INTO categories VALUES (100, 'Balatas', 180), (200, 'Acumuladores', 540), (300, 'Líquidos', 0);"
            "INSERT INTO parts VALUES (1, 'Balata', 10, 100), (2, 'Acumulador', 20, 200), (3, 'Líquido', 10, 300);")));
    }

    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 1, 15), QTime(18, 0), Qt::UTC));
        m_store = std::move(*LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round))));
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(kManager, Money(100000)).has_value());
        for (const auto &[id, role] : { std::pair { kManager, Role::Manager }, std::pair { kCashier, Role::Cashier } }) {
            UserRecord record;
            record.user.id = id;
            record.user.username = id.mid(5);
            record.user.displayName = id;
            record.user.role = role;
            record.user.branchId = kBranch;
            record.passwordHash = PasswordHasher::hash(QStringLiteral("x"), 1000);
            QVERIFY(UserRepository(db()).upsert(record).has_value());
        }
        QVERIFY(db().exec(QStringLiteral("INSERT INTO customers(id, name, hlc, created_at, updated_at) VALUES (?, ?, '1', '', '')"),
            { kCustomer, QStringLiteral("Talleres Hernández") }));
        Transaction transaction(db());
        QVERIFY(transaction.begin().has_value());
        QVERIFY(StockLedger(db())
                    .post({ { QStringLiteral("rcv-1"), kBalata, kWarehouse, QStringLiteral("receipt"),
                        Quantity::units(10), QStringLiteral("purchase_order"), QStringLiteral("po"), kManager,
                        QStringLiteral("2026-01-01T00:00:00.000Z") } })
                    .has_value());
        QVERIFY(transaction.commit().has_value());
    }
    void cleanup() { m_store.reset(); }

    void periodRule_data()
    {
        QTest::addColumn<bool>("isLabor");
        QTest::addColumn<qint64>("brand");
        QTest::addColumn<qint64>("category");
        QTest::addColumn<int>("catalogueDays");
        QTest::addColumn<int>("overrideDays");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("source");
        // Policies: labor 90; brand 20 + category 200: 730; category 100: 365; brand 10: 30; category 300: 0.
        QTest::newRow("catalogue default") << false << qint64(30) << qint64(400) << 120 << -1 << 120
                                           << int(WarrantySource::Catalogue);
        QTest::newRow("category beats brand") << false << qint64(10) << qint64(100) << 180 << -1 << 365
                                              << int(WarrantySource::Category);
        QTest::newRow("brand and category") << false << qint64(20) << qint64(200) << 540 << -1 << 730
                                            << int(WarrantySource::BrandCategory);
        QTest::newRow("brand beats catalogue") << false << qint64(10) << qint64(400) << 120 << -1 << 30
                                               << int(WarrantySource::Brand);
        QTest::newRow("zero policy means none") << false << qint64(30) << qint64(300) << 60 << -1 << 0
                                                << int(WarrantySource::Category);
        QTest::newRow("line override wins") << false << qint64(20) << qint64(200) << 540 << 10 << 10
                                            << int(WarrantySource::LineOverride);
        QTest::newRow("labor policy") << true << qint64(0) << qint64(0) << 0 << -1 << 90
                                      << int(WarrantySource::Labor);
        QTest::newRow("nothing") << false << qint64(0) << qint64(0) << 0 << -1 << 0 << int(WarrantySource::None);
    }
    void periodRule()
    {
        QFETCH(bool, isLabor);
        QFETCH(qint64, brand);
        QFETCH(qint64, category);
        QFETCH(int, catalogueDays);
        QFETCH(int, overrideDays);
        QFETCH(int, days);
        QFETCH(int, source);
        const QList<WarrantyPolicy> policies { { WarrantyScope::Labor, 0, 0, 90, {}, {}, {} },
            { WarrantyScope::Part, 20, 200, 730, {}, {}, {} }, { WarrantyScope::Part, 0, 100, 365, {}, {}, {} },
            { WarrantyScope::Part, 10, 0, 30, {}, {}, {} }, { WarrantyScope::Part, 0, 300, 0, {}, {}, {} } };
        WarrantyLineFacts facts { isLabor, brand, category, catalogueDays, std::nullopt };
        if (overrideDays >= 0)
            facts.overrideDays = overrideDays;
        const WarrantyPeriod period = warrantyPeriod(facts, policies);
        QCOMPARE(period.days, days);
        QCOMPARE(int(period.source), source);
    }

    void periodText()
    {
        QCOMPARE(warrantyPeriodText(180), QStringLiteral("6 months"));
        QCOMPARE(warrantyPeriodText(365), QStringLiteral("1 year"));
        QCOMPARE(warrantyPeriodText(730), QStringLiteral("2 years"));
        QCOMPARE(warrantyPeriodText(30), QStringLiteral("1 month"));
        QCOMPARE(warrantyPeriodText(45), QStringLiteral("45 days"));
    }

    void policiesAreCheckedAndSaved()
    {
        WarrantyPolicyStore store(db());
        const QString now = QStringLiteral("2026-01-15T18:00:00.000Z");
        QCOMPARE(store.save({ WarrantyScope::Part, 0, 0, 30, {}, {}, {} }, QStringLiteral("g"), now).error().field(),
            QStringLiteral("category_id"));
        QCOMPARE(store.save({ WarrantyScope::Part, 0, 100, 4000, {}, {}, {} }, QStringLiteral("g"), now)
                     .error()
                     .field(),
            QStringLiteral("days"));
        QCOMPARE(store.save({ WarrantyScope::Labor, 5, 0, 30, {}, {}, {} }, QStringLiteral("g"), now).error().field(),
            QStringLiteral("scope"));
        QVERIFY(store.save({ WarrantyScope::Labor, 0, 0, 60, QStringLiteral("Mano de obra"), {}, {} },
                         QStringLiteral("g"), now)
                    .has_value());
        Result<QList<WarrantyPolicy>> all = store.policies();
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 1); // the seeded labor policy, replaced
        QCOMPARE(all->first().days, 60);
        // The saved one goes up as a fact (the refused ones wrote none), for the other counters of the tenant.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'warranty_policy.saved'")), 1);
        const QJsonObject fact = lastFact(QLatin1String(warrantymutation::kPolicySaved));
        QCOMPARE(fact.value(QStringLiteral("scope")).toString(), QStringLiteral("labor"));
        QCOMPARE(fact.value(QStringLiteral("days")).toInt(), 60);
        QCOMPARE(fact.value(QStringLiteral("at")).toString(), now);
    }

    void lookupByTicketCustomerAndPart()
    {
        const SaleReceipt sale = sell();
        QVERIFY(!sale.saleId.isEmpty());
        Result<QList<Warranty>> ticket = lookup().byFolio(QStringLiteral("mtz1-000001"));
        QVERIFY2(ticket.has_value(), test::why(ticket).constData());
        // Lines 1 balatas (180), 2 acumulador (540), 4 labor (90); the líquido has no warranty.
        QCOMPARE(ticket->size(), 3);
        const Warranty &balatas = ticket->at(0);
        QCOMPARE(balatas.lineNo, 1);
        QCOMPARE(balatas.period.days, 180);
        QCOMPARE(balatas.period.source, WarrantySource::Catalogue);
        const QDate soldOn = m_clock.nowUtc().toLocalTime().date();
        QCOMPARE(balatas.expiresOn, soldOn.addDays(180));
        QCOMPARE(balatas.status, WarrantyStatus::Active);
        QCOMPARE(balatas.customerName, QStringLiteral("Talleres Hernández"));
        QCOMPARE(balatas.claimable(), Quantity::units(2));
        QCOMPARE(ticket->at(1).period.days, 540);
        QCOMPARE(ticket->at(2).lineNo, 4);
        QVERIFY(ticket->at(2).labor());
        QCOMPARE(ticket->at(2).period.days, 90);
        QCOMPARE(ticket->at(2).period.source, WarrantySource::Labor);

        QCOMPARE(lookup().byFolio(QStringLiteral("MTZ1-000099")).error().code(), ErrorCode::NotFound);
        Result<QList<Warranty>> customer = lookup().byCustomer(kCustomer);
        QVERIFY(customer.has_value());
        QCOMPARE(customer->size(), 3);
        Result<QList<Warranty>> part = lookup().byPart(kBattery);
        QVERIFY(part.has_value());
        QCOMPARE(part->size(), 1);
        QCOMPARE(part->first().saleFolio, sale.folio);

        // The manager's category policy and a line override change what the same ticket says.
        QVERIFY(WarrantyPolicyStore(db())
                    .save({ WarrantyScope::Part, 0, 100, 365, {}, {}, {} }, QStringLiteral("g"),
                        m_clock.nowUtc().toString(Qt::ISODateWithMs))
                    .has_value());
        QVERIFY(WarrantyPolicyStore(db())
                    .overrideLine(sale.saleId, 2, 730, QStringLiteral("Promoción"), kManager, {})
                    .has_value());
        QCOMPARE(WarrantyPolicyStore(db()).overrideLine(sale.saleId, 2, 730, QStringLiteral(" "), kManager, {})
                     .error()
                     .field(),
            QStringLiteral("reason"));
        ticket = lookup().byFolio(sale.folio);
        QVERIFY(ticket.has_value());
        QCOMPARE(ticket->at(0).period.days, 365);
        QCOMPARE(ticket->at(0).period.source, WarrantySource::Category);
        QCOMPARE(ticket->at(1).period.days, 730);
        QCOMPARE(ticket->at(1).period.source, WarrantySource::LineOverride);

        // 181 days later the balatas' warranty is past its last day (the catalogue's 180 without the policy).
        QVERIFY(WarrantyPolicyStore(db()).remove(WarrantyScope::Part, 0, 100, m_clock.nowUtc().toString(Qt::ISODateWithMs)).has_value());
        m_clock.set(m_clock.nowUtc().addDays(181));
        ticket = lookup().byFolio(sale.folio);
        QVERIFY(ticket.has_value());
        QCOMPARE(ticket->at(0).status, WarrantyStatus::Expired);
        QCOMPARE(ticket->at(1).status, WarrantyStatus::Active);
    }

    void expiredWarrantyIsRefused()
    {
        const SaleReceipt sale = sell();
        m_clock.set(m_clock.nowUtc().addDays(181));
        const QList<qint64> before = footprint();
        Result<WarrantyClaim> refused = openClaim(sale, 1);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().field(), QStringLiteral("expires_on"));
        QVERIFY2(refused.error().logMessage().contains(QStringLiteral("expired on")),
            qPrintable(refused.error().logMessage()));
        QCOMPARE(footprint(), before);
        // A line without warranty, more pieces than sold, no reason: refused by name, nothing written.
        QCOMPARE(openClaim(sale, 3).error().field(), QStringLiteral("line_no"));
        QCOMPARE(claims()
                     .open({ sale.saleId, 2, Quantity::units(2), QStringLiteral("No arranca"), true, {} }, actor())
                     .error()
                     .field(),
            QStringLiteral("quantity"));
        QCOMPARE(claims().open({ sale.saleId, 2, Quantity::units(1), QStringLiteral("  "), true, {} }, actor())
                     .error()
                     .field(),
            QStringLiteral("reason"));
        QCOMPARE(footprint(), before);
    }

    void openCopiesEvidenceAndMarksTheWarrantyClaimed()
    {
        const SaleReceipt sale = sell();
        const QString photo = m_dir.file(QStringLiteral("foto-balata.jpg"));
        QFile file(photo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("JPEGDATA");
        file.close();
        Result<WarrantyClaim> claim = openClaim(sale, 1, { photo });
        QVERIFY2(claim.has_value(), test::why(claim).constData());
        QCOMPARE(claim->folio, QStringLiteral("MTZ1-G000001"));
        QCOMPARE(claim->status, ClaimStatus::Open);
        QCOMPARE(claim->evidence.size(), 1);
        QVERIFY(claim->evidence.first() != photo);
        QFile copy(claim->evidence.first());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("JPEGDATA"));
        QVERIFY(QFile::exists(photo)); // the original stays
        Result<WarrantyClaim> stored = claims().claim(claim->id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->evidence, claim->evidence);
        // The warranty now shows as claimed; one of the two balatas is still claimable.
        Result<Warranty> line = lookup().line(sale.saleId, 1);
        QVERIFY(line.has_value());
        QCOMPARE(line->status, WarrantyStatus::Claimed);
        QCOMPARE(line->claimable(), Quantity::units(1));
        const QJsonObject fact = lastFact(QLatin1String(warrantymutation::kClaimOpened));
        QCOMPARE(fact.value(QStringLiteral("claim_id")).toString(), claim->id);
        QCOMPARE(fact.value(QStringLiteral("sale_folio")).toString(), sale.folio);
        QCOMPARE(fact.value(QStringLiteral("quantity")).toInteger(), 1000);
        // Nothing moved: the piece is in custody, not in stock.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE ref_type = 'warranty_claim'")), 0);
    }

    void replaceMovesTheStock()
    {
        const SaleReceipt sale = sell();
        Result<WarrantyClaim> claim = openClaim(sale, 1);
        QVERIFY(claim.has_value());
        const qint64 shelf = stock(kBalata, kWarehouse);
        Result<WarrantyClaim> resolved
            = claims().resolve(claim->id, { ClaimResolution::Replace, {}, {}, RefundMethod::Cash, {} }, actor());
        QVERIFY2(resolved.has_value(), test::why(resolved).constData());
        QCOMPARE(resolved->status, ClaimStatus::Resolved);
        QCOMPARE(stock(kBalata, kWarehouse), shelf - 1000);
        QCOMPARE(stock(kBalata, kWarehouse + QStringLiteral(":defective")), 1000);
        const QJsonObject fact = lastFact(QLatin1String(warrantymutation::kClaimResolved));
        QCOMPARE(fact.value(QStringLiteral("resolution")).toString(), QStringLiteral("replace"));
        QCOMPARE(fact.value(QStringLiteral("movements")).toArray().size(), 2);
        // Resolved once: a second resolution is refused.
        QCOMPARE(claims()
                     .resolve(claim->id, { ClaimResolution::Repair, {}, {}, RefundMethod::Cash, {} }, actor())
                     .error()
                     .code(),
            ErrorCode::Conflict);
    }

    void replaceNeedsThePieceAndAnAuthority()
    {
        const SaleReceipt sale = sell();
        Result<WarrantyClaim> kept = claims().open(
            { sale.saleId, 1, Quantity::units(1), QStringLiteral("Rechinan"), false, {} }, actor());
        QVERIFY(kept.has_value());
        const QList<qint64> before = footprint();
        QCOMPARE(claims()
                     .resolve(kept->id, { ClaimResolution::Replace, {}, {}, RefundMethod::Cash, {} }, actor())
                     .error()
                     .field(),
            QStringLiteral("part_received"));
        QCOMPARE(claims()
                     .resolve(kept->id, { ClaimResolution::Repair, {}, {}, RefundMethod::Cash, {} },
                         actor(Role::Cashier))
                     .error()
                     .code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(footprint(), before);
        WarrantyActor approved = actor(Role::Cashier);
        approved.approvedBy = kManager;
        QVERIFY(claims()
                    .resolve(kept->id, { ClaimResolution::Repair, QStringLiteral("Se rectificó"), {},
                                           RefundMethod::Cash, {} },
                        approved)
                    .has_value());
    }

    void refundOfAPartGoesThroughTheReturnPath()
    {
        const SaleReceipt sale = sell();
        Result<WarrantyClaim> claim = claims().open(
            { sale.saleId, 2, Quantity::units(1), QStringLiteral("No carga"), true, {} }, actor());
        QVERIFY(claim.has_value());
        Result<WarrantyClaim> resolved
            = claims().resolve(claim->id, { ClaimResolution::Refund, {}, {}, RefundMethod::Cash, {} }, actor());
        QVERIFY2(resolved.has_value(), test::why(resolved).constData());
        QVERIFY(!resolved->returnId.isEmpty());
        QCOMPARE(resolved->refund, Money(240000));
        QCOMPARE(count(QStringLiteral("SELECT total_cents FROM returns WHERE id = ?"), { resolved->returnId }), 240000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM return_lines WHERE return_id = ? AND destination = "
                                      "'defective' AND sale_line_no = 2"),
                     { resolved->returnId }),
            1);
        QCOMPARE(stock(kBattery, kWarehouse + QStringLiteral(":defective")), 1000);
        QCOMPARE(count(QStringLiteral("SELECT return_id IS NOT NULL FROM warranty_claims WHERE id = ?"), { claim->id }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'sale.returned'")), 1);
        // Refunded: nothing of the line is left to claim, and the warranty shows as claimed.
        Result<Warranty> line = lookup().line(sale.saleId, 2);
        QVERIFY(line.has_value());
        QCOMPARE(line->claimable(), Quantity());
        QCOMPARE(line->status, WarrantyStatus::Claimed);
    }

    void refundOfLaborIsCashOutOfTheTill()
    {
        const SaleReceipt sale = sell();
        Result<WarrantyClaim> claim = claims().open(
            { sale.saleId, 4, Quantity::units(1), QStringLiteral("Siguen rechinando"), true, {} }, actor());
        QVERIFY2(claim.has_value(), test::why(claim).constData());
        QVERIFY(!claim->partReceived); // a service has no piece to leave
        QCOMPARE(claims()
                     .resolve(claim->id, { ClaimResolution::Replace, {}, {}, RefundMethod::Cash, {} }, actor())
                     .error()
                     .field(),
            QStringLiteral("resolution"));
        Result<WarrantyClaim> resolved
            = claims().resolve(claim->id, { ClaimResolution::Refund, {}, {}, RefundMethod::Cash, {} }, actor());
        QVERIFY2(resolved.has_value(), test::why(resolved).constData());
        QCOMPARE(resolved->refund, Money(50000));
        QCOMPARE(count(QStringLiteral("SELECT amount_cents FROM cash_movements WHERE id = ? AND kind = 'out'"),
                     { resolved->cashMovementId }),
            50000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'cash.moved'")), 1);
    }

    void rejectNeedsAReasonAndClosedIsFinal()
    {
        const SaleReceipt sale = sell();
        Result<WarrantyClaim> claim = openClaim(sale, 1);
        QVERIFY(claim.has_value());
        const QList<qint64> before = footprint();
        Result<WarrantyClaim> refused
            = claims().resolve(claim->id, { ClaimResolution::Reject, QStringLiteral("  "), {}, RefundMethod::Cash, {} },
                actor());
        QCOMPARE(refused.error().field(), QStringLiteral("resolution_note"));
        QCOMPARE(claims().close(claim->id, actor()).error().code(), ErrorCode::Conflict); // open: resolve first
        QCOMPARE(footprint(), before);
        Result<WarrantyClaim> rejected = claims().resolve(claim->id,
            { ClaimResolution::Reject, QStringLiteral("Desgaste normal por uso"), {}, RefundMethod::Cash, {} },
            actor());
        QVERIFY(rejected.has_value());
        QCOMPARE(rejected->resolutionNote, QStringLiteral("Desgaste normal por uso"));
        // A rejected claim leaves the warranty as it was: active, both pieces claimable again.
        Result<Warranty> line = lookup().line(sale.saleId, 1);
        QVERIFY(line.has_value());
        QCOMPARE(line->status, WarrantyStatus::Active);
        QCOMPARE(line->claimable(), Quantity::units(2));
        Result<WarrantyClaim> closed = claims().close(claim->id, actor());
        QVERIFY(closed.has_value());
        QCOMPARE(closed->status, ClaimStatus::Closed);
        QCOMPARE(lastFact(QLatin1String(warrantymutation::kClaimClosed)).value(QStringLiteral("claim_id")).toString(),
            claim->id);
        const QList<qint64> closedPrint = footprint();
        QCOMPARE(claims().close(claim->id, actor()).error().code(), ErrorCode::Conflict);
        Result<WarrantyClaim> after
            = claims().resolve(claim->id, { ClaimResolution::Repair, {}, {}, RefundMethod::Cash, {} }, actor());
        QCOMPARE(after.error().code(), ErrorCode::Conflict);
        QVERIFY(after.error().logMessage().contains(QStringLiteral("closed")));
        QCOMPARE(footprint(), closedPrint);
    }

    void rmaGoesBackToTheSupplierAndIsSettled()
    {
        const SaleReceipt sale = sell();
        Result<WarrantyClaim> claim = openClaim(sale, 1);
        QVERIFY(claim.has_value());
        RmaService rmas(db(), m_clock);
        QVERIFY(db().execScript(QStringLiteral(
            "INSERT INTO suppliers(id, name, updated_at) VALUES ('sup-1', 'Frenos MX', ''), ('sup-2', 'Acme', ''); "
            "INSERT INTO supplier_parts(supplier_id, part_id, sku, preferred) VALUES ('sup-1', 1, 'SKU-1', 1)")));
        Result<QList<RmaSupplier>> suppliers = rmas.suppliersFor(kBalata);
        QVERIFY(suppliers.has_value());
        QCOMPARE(suppliers->size(), 2);
        QCOMPARE(suppliers->first().id, QStringLiteral("sup-1"));
        QVERIFY(suppliers->first().sellsThePart);
        QVERIFY(!suppliers->last().sellsThePart);
        // Open (the store does not hold the piece yet): no RMA.
        QCOMPARE(rmas.send({ claim->id, {}, QStringLiteral("Frenos MX"), {}, {} }, actor()).error().field(),
            QStringLiteral("claim"));
        QVERIFY(claims().resolve(claim->id, { ClaimResolution::Replace, {}, {}, RefundMethod::Cash, {} }, actor()));
        QCOMPARE(rmas.send({ claim->id, {}, QStringLiteral(" "), {}, {} }, actor()).error().field(),
            QStringLiteral("supplier_name"));
        QCOMPARE(rmas.send({ claim->id, QStringLiteral("sup-9"), {}, {}, {} }, actor()).error().field(),
            QStringLiteral("supplier_id"));
        // A supplier of purchasing is referenced by id and named as purchasing names it.
        Result<Rma> sent = rmas.send({ claim->id, QStringLiteral("sup-1"), {}, QStringLiteral("RMA-5531"), {} }, actor());
        QVERIFY2(sent.has_value(), test::why(sent).constData());
        QCOMPARE(sent->supplierId, QStringLiteral("sup-1"));
        QCOMPARE(sent->supplierName, QStringLiteral("Frenos MX"));
        QCOMPARE(sent->folio, QStringLiteral("MTZ1-R000001"));
        QCOMPARE(sent->status, RmaStatus::Sent);
        QCOMPARE(stock(kBalata, kWarehouse + QStringLiteral(":defective")), 0);
        QCOMPARE(rmas.send({ claim->id, {}, QStringLiteral("Frenos MX"), {}, {} }, actor()).error().code(),
            ErrorCode::Conflict);
        QCOMPARE(rmas.settle(sent->id, RmaStatus::Credited, Money(0), {}, actor()).error().field(),
            QStringLiteral("credit_cents"));
        QCOMPARE(rmas.settle(sent->id, RmaStatus::Rejected, Money(0), {}, actor()).error().field(),
            QStringLiteral("note"));
        Result<Rma> credited = rmas.settle(sent->id, RmaStatus::Credited, Money(42000), {}, actor());
        QVERIFY(credited.has_value());
        QCOMPARE(credited->credit, Money(42000));
        QCOMPARE(rmas.settle(sent->id, RmaStatus::Rejected, Money(0), QStringLiteral("x"), actor()).error().code(),
            ErrorCode::Conflict);
        Result<QList<Rma>> all = rmas.rmas();
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().status, RmaStatus::Credited);
        QCOMPARE(all->first().claimFolio, claim->folio);
        const QJsonObject fact = lastFact(QLatin1String(warrantymutation::kRmaSettled));
        QCOMPARE(fact.value(QStringLiteral("credit_cents")).toInteger(), 42000);
    }

    void expiringWarrantiesAreNotifiedOnce()
    {
        sell();
        NotificationService notifications(db(), m_clock);
        WarrantyLookup warranties = lookup();
        Result<int> none = notifyExpiringWarranties(notifications, warranties);
        QVERIFY(none.has_value());
        QCOMPARE(*none, 0);
        // 80 days later the labor's 90 days end within 15 days.
        m_clock.set(m_clock.nowUtc().addDays(80));
        Result<int> queued = notifyExpiringWarranties(notifications, warranties);
        QVERIFY2(queued.has_value(), test::why(queued).constData());
        QVERIFY(*queued >= 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE event = 'warranty_expiring' "
                                      "AND channel = 'in_app' AND body LIKE '%Cambio de balatas%'")),
            1);
        Result<int> again = notifyExpiringWarranties(notifications, warranties);
        QVERIFY(again.has_value());
        QCOMPARE(*again, 0);
    }
};

QTEST_GUILESS_MAIN(TestWarranty)
#include "testwarranty.moc"
