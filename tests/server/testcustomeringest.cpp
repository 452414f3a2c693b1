// Customer facts through the real push ingest, on an SQLite tenant file and on a PostgreSQL tenant schema: records
// created and edited at real counters (CustomerService) with last-writer-wins by stamp and the loser kept, replays
// and re-sent facts changing nothing, invalid or foreign facts quarantined, duplicates kept as exceptions, credit
// sales (schema 3 and older) charging the tenant's ledger, abonos paying the oldest charges first, and the
// "customers" change log carrying balance, store credit and unpaid charges. Another tenant never sees any of it.
#include "ingestbackends.h"
#include "postgrescluster.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "customers/customerpayload.h"
#include "customers/customerpaymentservice.h"
#include "customers/customerservice.h"
#include "customers/hybridclock.h"
#include "customers/rfc.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "server/ingestservice.h"
#include "server/serveroptions.h"
#include "server/serverstorage.h"
#include "server/serverstoragefactory.h"
#include "server/sqlitetenantstore.h"
#include "server/tenantservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/schemadatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestCustomerIngest final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    IngestBackends m_backends { m_dir };
    IngestTenant m_acmeTenant;
    IngestTenant m_betaTenant;
    Database *m_tenant = nullptr;
    Database *m_other = nullptr; // a second tenant: must never see acme's customers
    std::unique_ptr<IngestService> m_ingest;
    int m_round = 0;

    QString mty() const { return m_acme.branchId(QStringLiteral("MTY")); }

    struct Counter
    {
        std::unique_ptr<LocalStore> store;
        DeviceContext device;
        qint64 pushedSeq = 0;
    };

    Counter counter()
    {
        Counter c;
        const int round = ++m_round;
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(
            m_dir.file(QStringLiteral("counter-%1.db").arg(round)), QStringLiteral("counter-%1").arg(round));
        if (!store)
            return c;
        c.store = std::move(*store);
        c.device = DeviceContext { QStringLiteral("t-acme"), QStringLiteral("acme"), mty(),
            IdGenerator::instance().nextString(), 1 };
        if (!CashSessionService(c.store->db(), Clock::system(), c.device.deviceId, c.device.branchId)
                 .open(QStringLiteral("u-cajero"), Money(50000)))
            c.store.reset();
        return c;
    }

    CustomerContext as(const Counter &c, Role role = Role::Manager)
    {
        return CustomerContext { c.device.deviceId, c.device.branchId, QStringLiteral("u-gerente"), role, {}, {} };
    }

    static CustomerFields fields(const QString &name, const QString &rfcBody, const QString &phone,
        qint64 creditLimit = 0)
    {
        CustomerFields f;
        f.name = name;
        f.rfc = rfcBody.isEmpty() ? QString() : rfcBody + rfcCheckDigit(rfcBody);
        f.fiscalRegime = rfcBody.size() == 11 ? QStringLiteral("601") : QStringLiteral("612");
        f.postalCode = QStringLiteral("64000");
        f.phone = phone;
        f.priceList = QStringLiteral("mayoreo");
        f.creditLimit = Money(creditLimit);
        f.creditDays = 30;
        return f;
    }

    Result<SaleReceipt> sellOnCredit(Counter &c, const QString &customerId, qint64 cents)
    {
        Cart cart;
        if (Status added = cart.add(CartItem { 7, QStringLiteral("SKU-7"), QStringLiteral("Balata"),
                                        mty() + QStringLiteral("-wh-A"), Money(cents), Money(cents), Money(cents / 2),
                                        TaxRate::iva16(), 1, QStringLiteral("25174400"), QStringLiteral("H87") },
                Quantity::units(1));
            !added)
            return std::unexpected(added.error());
        cart.setCustomerId(customerId);
        const CheckoutContext context { c.device.deviceId, c.device.branchId, QStringLiteral("MTY1"),
            QStringLiteral("u-cajero"), Role::Cashier, false };
        return CheckoutService(c.store->db(), Clock::system())
            .checkout(cart, { Tender { TenderMethod::StoreCredit, Money(cents), 0, {} } }, context);
    }

    // The counter's facts not pushed yet, in seq order (as the sync engine sends them).
    wire::PushRequest unpushed(Counter &c)
    {
        wire::PushRequest request { c.device.deviceId, 1, {} };
        Result<QList<OutboxEntry>> pending = Outbox(c.store->db()).pending(100);
        if (!pending)
            return request;
        for (const OutboxEntry &entry : *pending)
            if (entry.seq > c.pushedSeq)
                request.mutations.append(wire::PushMutation {
                    entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
        return request;
    }

    QStringList push(Counter &c)
    {
        const wire::PushRequest request = unpushed(c);
        Result<wire::PushResponse> answer = m_ingest->push(c.device, request);
        QStringList list;
        if (!answer) {
            qWarning("push failed: %s", qPrintable(answer.error().logMessage()));
            return list;
        }
        for (const wire::PushResult &result : answer->results) {
            list << result.status;
            if (result.status != QLatin1String("applied"))
                qInfo("%s: %s", qPrintable(result.status), qPrintable(result.detail));
        }
        if (!request.mutations.isEmpty())
            c.pushedSeq = request.mutations.last().seq;
        return list;
    }

    QStringList pushOne(const DeviceContext &device, qint64 seq, const QString &type, const QJsonObject &payload,
        int schema = 1)
    {
        const wire::PushRequest request { device.deviceId, 1,
            { wire::PushMutation { IdGenerator::instance().nextString(), seq, schema, type, payload, {}, {} } } };
        Result<wire::PushResponse> answer = m_ingest->push(device, request);
        QStringList list;
        if (answer)
            for (const wire::PushResult &result : answer->results)
                list << result.status;
        return list;
    }

    qint64 count(const QString &sql, const QVariantList &values = {}, Database *db = nullptr)
    {
        Result<QVariant> value = (db ? db : m_tenant)->scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    QString text(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = m_tenant->scalar(sql, values);
        return value ? value->toString() : QString();
    }

    // The customer's current entry in the "customers" change log.
    QJsonObject logged(const QString &customerId)
    {
        return QJsonDocument::fromJson(text(QStringLiteral("SELECT row FROM change_log WHERE bucket = 'customers' "
                                                           "AND scope = '*' AND key = ? AND deleted = 0"),
                                            { customerId })
                                           .toUtf8())
            .object();
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        const Status started = m_backends.startPostgres();
        NEXUS_WARN_WITHOUT_POSTGRES(started);
    }

    void init()
    {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres && !m_backends.hasPostgres())
            QSKIP("no PostgreSQL server on this machine");
        const int round = ++m_round;
        Result<IngestTenant> tenant = m_backends.create(postgres, QStringLiteral("acme%1").arg(round));
        QVERIFY2(tenant.has_value(), why(tenant).constData());
        m_acmeTenant = std::move(*tenant);
        Result<IngestTenant> other = m_backends.create(postgres, QStringLiteral("beta%1").arg(round));
        QVERIFY2(other.has_value(), why(other).constData());
        m_betaTenant = std::move(*other);
        m_tenant = &m_acmeTenant.db();
        m_other = &m_betaTenant.db();
        QVERIFY(m_acme.writeInto(*m_tenant));
        QVERIFY(TenantFixture::standard(QStringLiteral("beta")).writeInto(*m_other));
        m_ingest = std::make_unique<IngestService>(*m_tenant, Clock::system());
    }

    void cleanup()
    {
        m_ingest.reset();
        m_tenant = nullptr;
        m_other = nullptr;
        m_acmeTenant = {};
        m_betaTenant = {};
    }

    void createdAtACounterReachesTheBucketOnceAndOnlyThisTenant()
    {
        Counter c = counter();
        QVERIFY(c.store);
        Result<Customer> created = CustomerService(c.store->db(), Clock::system())
                                       .create(fields(QStringLiteral("Taller Núñez"), QStringLiteral("NUGA800101AB"),
                                                   QStringLiteral("8112345678"), 500000),
                                           as(c));
        QVERIFY2(created, why(created).constData());
        const wire::PushRequest batch = unpushed(c);
        QCOMPARE(push(c), (QStringList { QStringLiteral("applied"), QStringLiteral("applied") })); // till, customer
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND hlc = ? AND phone = "
                                      "'8112345678' AND credit_limit_cents = 500000 AND created_by_device = ?"),
                     { created->id, created->hlc, c.device.deviceId }),
            1);
        const QJsonObject row = logged(created->id);
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Taller Núñez"));
        QCOMPARE(row.value(QStringLiteral("hlc")).toString(), created->hlc);
        QCOMPARE(row.value(QStringLiteral("balance_cents")).toInteger(), 0);
        QVERIFY(row.value(QStringLiteral("open_documents")).isArray());
        // Replayed: the stored result again, nothing new.
        Result<wire::PushResponse> again = m_ingest->push(c.device, batch);
        QVERIFY2(again, why(again).constData());
        QCOMPARE(again->results.last().status, QStringLiteral("replayed"));
        // The same fact under a new mutation id (a restored outbox): applied as "unchanged", still one customer.
        wire::PushMutation copy = batch.mutations.last();
        copy.mutationId = IdGenerator::instance().nextString();
        copy.seq = 3;
        Result<wire::PushResponse> resent = m_ingest->push(c.device, wire::PushRequest { c.device.deviceId, 1, { copy } });
        QVERIFY2(resent, why(resent).constData());
        QCOMPARE(resent->results.first().status, QStringLiteral("applied"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_conflicts")), 0);
        // Tenant isolation: the other tenant's database and log know nothing of it.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers"), {}, m_other), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE bucket = 'customers'"), {}, m_other), 0);
    }

    void lastWriterWinsWhateverTheArrivalOrderAndTheLoserIsKept()
    {
        Counter a = counter();
        Counter b = counter();
        QVERIFY(a.store && b.store);
        Result<Customer> created = CustomerService(a.store->db(), Clock::system())
                                       .create(fields(QStringLiteral("Refacciones Beto"), QString(),
                                                   QStringLiteral("8187654321")),
                                           as(a));
        QVERIFY2(created, why(created).constData());
        QCOMPARE(push(a).size(), 2);
        // Counter B has the customer from the pull (same record, same stamp).
        QVERIFY(b.store->db().exec(
            QStringLiteral("INSERT INTO customers(id, name, phone, price_list, hlc, created_at, updated_at, "
                           "server_acked_seq) VALUES (?, ?, ?, 'mayoreo', ?, '', '', 0)"),
            { created->id, created->fields.name, created->fields.phone, created->hlc }));
        // Both edit offline: A first (older stamp), B later (newer stamp). B's reaches the server first.
        CustomerFields byA = created->fields;
        byA.email = QStringLiteral("a@example.mx");
        Result<Customer> editA = CustomerService(a.store->db(), Clock::system()).update(created->id, byA, as(a));
        QVERIFY2(editA, why(editA).constData());
        QTest::qWait(5);
        CustomerFields byB = created->fields;
        byB.email = QStringLiteral("b@example.mx");
        byB.name = QStringLiteral("Refacciones Beto y Hnos");
        Result<Customer> editB = CustomerService(b.store->db(), Clock::system()).update(created->id, byB, as(b));
        QVERIFY2(editB, why(editB).constData());
        QVERIFY(hlcIsNewer(editB->hlc, editA->hlc));
        QStringList answers = push(b);
        QCOMPARE(answers.last(), QStringLiteral("applied"));
        answers = push(a);
        QCOMPARE(answers.last(), QStringLiteral("applied")); // applied as a fact, but it lost
        QCOMPARE(text(QStringLiteral("SELECT email FROM customers WHERE id = ?"), { created->id }),
            QStringLiteral("b@example.mx"));
        QCOMPARE(text(QStringLiteral("SELECT hlc FROM customers WHERE id = ?"), { created->id }), editB->hlc);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_conflicts WHERE customer_id = ? AND loser_hlc = ? "
                                      "AND winner_hlc = ?"),
                     { created->id, editA->hlc, editB->hlc }),
            1);
        const QJsonObject loser = QJsonDocument::fromJson(
            text(QStringLiteral("SELECT loser FROM customer_conflicts WHERE customer_id = ?"), { created->id }).toUtf8())
                                      .object();
        QCOMPARE(loser.value(QStringLiteral("email")).toString(), QStringLiteral("a@example.mx"));
        QCOMPARE(logged(created->id).value(QStringLiteral("name")).toString(), QStringLiteral("Refacciones Beto y Hnos"));

        // A newer edit that did not see B's (it started from the created version): it wins, and B's goes to the log.
        QTest::qWait(5);
        CustomerFields byA2 = editA->fields;
        byA2.phone = QStringLiteral("8100000000");
        Result<Customer> editA2 = CustomerService(a.store->db(), Clock::system()).update(created->id, byA2, as(a));
        QVERIFY2(editA2, why(editA2).constData());
        QCOMPARE(push(a).last(), QStringLiteral("applied"));
        QCOMPARE(text(QStringLiteral("SELECT phone FROM customers WHERE id = ?"), { created->id }),
            QStringLiteral("8100000000"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_conflicts WHERE customer_id = ? AND loser_hlc = ?"),
                     { created->id, editB->hlc }),
            1);
    }

    void invalidForeignAndForgedFactsAreQuarantined()
    {
        Counter c = counter();
        QVERIFY(c.store);
        QCOMPARE(push(c), QStringList { QStringLiteral("applied") }); // the till
        const QString id = IdGenerator::instance().nextString();
        Customer good;
        good.id = id;
        good.fields = fields(QStringLiteral("Cliente"), QStringLiteral("CLIE800101AB"), QString());
        good.hlc = nextHlc(Clock::system().nowMs(), QString(), c.device.deviceId);
        good.updatedAtUtc = QStringLiteral("2026-01-15T10:00:00.000Z");
        QJsonObject badRfc = customerPayload(good, QString(), mty(), QStringLiteral("u"));
        badRfc.insert(QStringLiteral("rfc"), QStringLiteral("CLIE800231AB1")); // 31 February
        QCOMPARE(pushOne(c.device, 2, QString(kCustomerCreatedMutation), badRfc),
            QStringList { QStringLiteral("quarantined") });
        QJsonObject foreign = customerPayload(good, QString(), m_acme.branchId(QStringLiteral("GDL")), {});
        QCOMPARE(pushOne(c.device, 3, QString(kCustomerCreatedMutation), foreign),
            QStringList { QStringLiteral("quarantined") });
        Customer forged = good;
        forged.hlc = nextHlc(Clock::system().nowMs() + 1'000'000, QString(), QStringLiteral("zzz-other-device"));
        QCOMPARE(pushOne(c.device, 4, QString(kCustomerCreatedMutation),
                     customerPayload(forged, QString(), mty(), {})),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers")), 0);
        // An update of a customer whose creation was lost creates it (it carries the whole record).
        QCOMPARE(pushOne(c.device, 5, QString(kCustomerUpdatedMutation), customerPayload(good, QString(), mty(), {})),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), { id }), 1);
    }

    void twoCountersAddingTheSamePersonOpenAnException()
    {
        Counter a = counter();
        Counter b = counter();
        QVERIFY(a.store && b.store);
        const CustomerFields same = fields(QStringLiteral("Doble"), QStringLiteral("DOBL800101AB"), QString());
        QVERIFY(CustomerService(a.store->db(), Clock::system()).create(same, as(a)));
        QVERIFY(CustomerService(b.store->db(), Clock::system()).create(same, as(b)));
        QCOMPARE(push(a).last(), QStringLiteral("applied"));
        QCOMPARE(push(b).last(), QStringLiteral("applied"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers WHERE rfc = ?"), { QVariant(same.rfc) }), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'duplicate_customer'")), 1);
    }

    void creditSalesChargeTheLedgerAndTheBucketShowsTheBalance()
    {
        Counter c = counter();
        QVERIFY(c.store);
        Result<Customer> customer = CustomerService(c.store->db(), Clock::system())
                                        .create(fields(QStringLiteral("Flotilla SA"), QStringLiteral("FLO010203AB"),
                                                    QString(), 100000),
                                            as(c));
        QVERIFY2(customer, why(customer).constData());
        Result<SaleReceipt> first = sellOnCredit(c, customer->id, 30000);
        QVERIFY2(first, why(first).constData());
        Result<SaleReceipt> second = sellOnCredit(c, customer->id, 20000);
        QVERIFY2(second, why(second).constData());
        QCOMPARE(push(c).size(), 4);
        QCOMPARE(count(QStringLiteral("SELECT balance_cents FROM customers WHERE id = ?"), { customer->id }), 50000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_account_ledger WHERE customer_id = ? AND "
                                      "kind = 'charge' AND due_on IS NOT NULL"),
                     { customer->id }),
            2);
        QJsonObject row = logged(customer->id);
        QCOMPARE(row.value(QStringLiteral("balance_cents")).toInteger(), 50000);
        QJsonArray open = row.value(QStringLiteral("open_documents")).toArray();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("folio")).toString(), first->folio);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'credit_over_limit'")), 0);

        // An abono of $400: pays the first ticket ($300) and $100 of the second.
        const QString payment = IdGenerator::instance().nextString();
        const QJsonObject abono { { QStringLiteral("id"), payment }, { QStringLiteral("customer_id"), customer->id },
            { QStringLiteral("branch_id"), mty() }, { QStringLiteral("amount_cents"), 40000 },
            { QStringLiteral("method"), QStringLiteral("cash") }, { QStringLiteral("at"), QStringLiteral("2030-01-01T00:00:00.000Z") },
            { QStringLiteral("folio"), QStringLiteral("MTY1-A000001") } };
        const QStringList applied = pushOne(c.device, 5, QString(kCustomerPaymentMutation), abono);
        QCOMPARE(applied, QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT amount_cents FROM customer_payment_applications WHERE payment_id = ? AND "
                                      "charge_id = ?"),
                     { payment, QString(first->saleId + QStringLiteral(":account")) }),
            30000);
        QCOMPARE(count(QStringLiteral("SELECT amount_cents FROM customer_payment_applications WHERE payment_id = ? AND "
                                      "charge_id = ?"),
                     { payment, QString(second->saleId + QStringLiteral(":account")) }),
            10000);
        row = logged(customer->id);
        QCOMPARE(row.value(QStringLiteral("balance_cents")).toInteger(), 10000);
        open = row.value(QStringLiteral("open_documents")).toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("remaining_cents")).toInteger(), 10000);
        // The same abono under another mutation id is refused (it cannot pay twice).
        QCOMPARE(pushOne(c.device, 6, QString(kCustomerPaymentMutation), abono),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT balance_cents FROM customers WHERE id = ?"), { customer->id }), 10000);

        // The rest paid at the counter, part by card and part in cash: the card abono, then the cash-in and its
        // abono, from the counter's outbox.
        c.pushedSeq = 6;
        // Seqs 5 and 6 went up by hand above: the counter's next facts come after them.
        QVERIFY(c.store->db().exec(QStringLiteral("UPDATE sqlite_sequence SET seq = 6 WHERE name = 'outbox'")));
        const CustomerPaymentContext context { c.device.deviceId, c.device.branchId, QStringLiteral("MTY1"),
            QStringLiteral("u-cajero"), Role::Cashier };
        Result<CustomerPaymentReceipt> card = CustomerPaymentService(c.store->db(), Clock::system())
                                                  .record(customer->id,
                                                      Tender { TenderMethod::CardDebit, Money(4000), 0,
                                                          QStringLiteral("AUT-5521") },
                                                      context);
        QVERIFY2(card, why(card).constData());
        Result<CustomerPaymentReceipt> cash
            = CustomerPaymentService(c.store->db(), Clock::system()).recordCash(customer->id, Money(6000), context);
        QVERIFY2(cash, why(cash).constData());
        QCOMPARE(push(c), (QStringList { QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("applied") }));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cash_movements WHERE kind = 'in' AND device_id = ?"),
                     { c.device.deviceId }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT -amount_cents FROM customer_account_ledger WHERE id = ?"), { card->id }),
            4000);
        QCOMPARE(count(QStringLiteral("SELECT balance_cents FROM customers WHERE id = ?"), { customer->id }), 0);
        QCOMPARE(logged(customer->id).value(QStringLiteral("open_documents")).toArray().size(), 0);
    }

    void olderSalesAreSplitByTheServersStoreCreditAndOverLimitIsReported()
    {
        Counter c = counter();
        QVERIFY(c.store);
        Result<Customer> customer = CustomerService(c.store->db(), Clock::system())
                                        .create(fields(QStringLiteral("Chofer"), QString(), QStringLiteral("8111111111"),
                                                    10000),
                                            as(c));
        QVERIFY2(customer, why(customer).constData());
        QCOMPARE(push(c).size(), 2);
        // $30 of store credit from a return at another counter.
        QVERIFY(m_tenant->exec(QStringLiteral("INSERT INTO store_credit_ledger(id, customer_id, branch_id, amount_cents, "
                                              "ref_type, ref_id, at) VALUES ('r1', ?, ?, 3000, 'return', 'ret', 'x')"),
            { customer->id, mty() }));
        QCOMPARE(count(QStringLiteral("SELECT store_credit_cents FROM customers WHERE id = ?"), { customer->id }), 3000);
        // A schema 2 sale of $200 on credit (an older counter): $30 from the store credit, $170 on account, which
        // leaves the account beyond its $100 limit with nobody's authorisation: an exception, never a refusal.
        const QString sale = IdGenerator::instance().nextString();
        const QJsonObject payload { { QStringLiteral("id"), sale }, { QStringLiteral("folio"), QStringLiteral("OLD-1") },
            { QStringLiteral("branch_id"), mty() }, { QStringLiteral("cashier_id"), QStringLiteral("u") },
            { QStringLiteral("customer_id"), customer->id }, { QStringLiteral("price_list"), QStringLiteral("publico") },
            { QStringLiteral("sold_at"), QStringLiteral("2026-01-15T10:00:00.000Z") },
            { QStringLiteral("subtotal_cents"), 17241 }, { QStringLiteral("tax_cents"), 2759 },
            { QStringLiteral("total_cents"), 20000 },
            { QStringLiteral("lines"),
                QJsonArray { QJsonObject { { QStringLiteral("part_id"), 7 },
                    { QStringLiteral("warehouse_id"), QString(mty() + QStringLiteral("-wh-A")) },
                    { QStringLiteral("quantity"), 1000 }, { QStringLiteral("unit_price_cents"), 20000 },
                    { QStringLiteral("discount_cents"), 0 }, { QStringLiteral("base_cents"), 17241 },
                    { QStringLiteral("tax_cents"), 2759 }, { QStringLiteral("tax_code"), QStringLiteral("IVA16") },
                    { QStringLiteral("sat_product_key"), QStringLiteral("25174400") },
                    { QStringLiteral("sat_unit_key"), QStringLiteral("H87") },
                    { QStringLiteral("description"), QStringLiteral("Balata") }, { QStringLiteral("cost_cents"), 1 },
                    { QStringLiteral("retail_price_cents"), 20000 }, { QStringLiteral("price_version"), 1 } } } },
            { QStringLiteral("payments"),
                QJsonArray { QJsonObject { { QStringLiteral("method"), QStringLiteral("store_credit") },
                    { QStringLiteral("amount_cents"), 20000 } } } } };
        QCOMPARE(pushOne(c.device, 3, QStringLiteral("sale.completed"), payload, 2),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT store_credit_cents FROM customers WHERE id = ?"), { customer->id }), 0);
        QCOMPARE(count(QStringLiteral("SELECT balance_cents FROM customers WHERE id = ?"), { customer->id }), 17000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'credit_over_limit' AND ref = ?"),
                     { sale }),
            1);
        // Schema 3 whose split does not add up to the payments: quarantined, nothing charged.
        QJsonObject bad = payload;
        bad.insert(QStringLiteral("id"), IdGenerator::instance().nextString());
        bad.insert(QStringLiteral("customer_credit"),
            QJsonObject { { QStringLiteral("store_credit_cents"), 0 }, { QStringLiteral("account_cents"), 100 } });
        QCOMPARE(pushOne(c.device, 4, QStringLiteral("sale.completed"), bad, 3),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT balance_cents FROM customers WHERE id = ?"), { customer->id }), 17000);
    }
};

QTEST_GUILESS_MAIN(TestCustomerIngest)
#include "testcustomeringest.moc"
