// The customer's card: vehicles (validation, facts), notes and calls, tags and the list filter by tag; the timeline
// built from real rows (checkout sales, an abono, a return, a service order, an invoice, a message, notes) in order;
// analytics (lifetime value, average ticket, rhythm, churn) and the loyalty tiers and points at their boundaries; a
// VIN or plates at the counter turned into the catalogue's vehicle filter, whose results all fit that vehicle (the
// generated catalogue; the VIN decoding part needs the installed vPIC database, see core_testvindecoder).
#include "catalog/catalogsearch.h"
#include "catalog/catalogsearchindex.h"
#include "customers/countervehicle.h"
#include "customers/crmpayload.h"
#include "customers/customeranalytics.h"
#include "customers/customercrmservice.h"
#include "customers/customercrmstore.h"
#include "customers/customercrmvalidation.h"
#include "customers/customerpaymentservice.h"
#include "customers/customerservice.h"
#include "customers/customertimeline.h"
#include "customers/loyalty.h"
#include "demo/catalogwriter.h"
#include "mockclock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/catalogstore.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "vpicpath.h"
#include "vehicles/vindecoder.h"
#include "why.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("0190a1b2-dev1");
const QString kBranch = QStringLiteral("branch-1");

CustomerContext cashier()
{
    return CustomerContext { kDevice, kBranch, QStringLiteral("user-cajero"), Role::Cashier, {}, {} };
}

CustomerContext manager()
{
    return CustomerContext { kDevice, kBranch, QStringLiteral("user-gerente"), Role::Manager, {}, {} };
}

CartItem item(qint64 partId, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), QStringLiteral("Pieza %1").arg(partId),
        QStringLiteral("wh-1"), Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1,
        QStringLiteral("25174400"), QStringLiteral("H87") };
}

} // namespace

class TestCustomerCrm final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC) };
    int m_round = 0;

    Database &db() { return m_store->db(); }
    CustomerCrmService crm() { return CustomerCrmService(db(), m_clock); }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    QList<OutboxEntry> outbox()
    {
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(100);
        return pending ? *pending : QList<OutboxEntry>();
    }
    Customer create(const QString &name, const QString &phone, qint64 creditLimit = 0)
    {
        CustomerFields f;
        f.name = name;
        f.phone = phone;
        f.creditLimit = Money(creditLimit);
        f.creditDays = creditLimit > 0 ? 30 : 0;
        Result<Customer> created = CustomerService(db(), m_clock).create(f, manager());
        if (!created)
            qWarning("create refused: %s", qPrintable(created.error().logMessage()));
        return created ? *created : Customer {};
    }
    void openTill()
    {
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(QStringLiteral("user-cajero"), Money(50000)));
    }
    Result<SaleReceipt> sell(const QString &customerId, qint64 cents, bool onAccount = false, qint64 partId = 7)
    {
        Cart cart;
        if (Status added = cart.add(item(partId, cents), Quantity::units(1)); !added)
            return std::unexpected(added.error());
        cart.setCustomerId(customerId);
        const std::vector<Tender> tenders { Tender {
            onAccount ? TenderMethod::StoreCredit : TenderMethod::Cash, Money(cents), 0, {} } };
        CheckoutContext context { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-cajero"),
            Role::Cashier, false, {} };
        return CheckoutService(db(), m_clock).checkout(cart, tenders, context);
    }
    QString now() const { return m_clock.nowUtc().toString(Qt::ISODateWithMs); }
    void exec(const QString &sql, const QVariantList &values)
    {
        Result<QSqlQuery> done = db().exec(sql, values);
        QVERIFY2(done, test::why(done).constData());
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC));
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round)));
        QVERIFY2(store, test::why(store).constData());
        m_store = std::move(*store);
    }
    void cleanup() { m_store.reset(); }

    void vehicleRules_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::addColumn<QString>("plates");
        QTest::addColumn<QString>("make");
        QTest::addColumn<int>("year");
        QTest::addColumn<qint64>("mileage");
        QTest::addColumn<QString>("errorField"); // '' valid

        QTest::newRow("VIN only") << "3n1cn7ad2jl855041" << "" << "" << 0 << qint64(0) << "";
        QTest::newRow("plates only") << "" << "abc-123-d" << "" << 0 << qint64(0) << "";
        QTest::newRow("make only") << "" << "" << "Nissan" << 2015 << qint64(80000) << "";
        QTest::newRow("nothing to know it by") << "" << "" << "" << 2015 << qint64(0) << "vin";
        QTest::newRow("VIN of 16") << "3N1CN7AD2JL85504" << "" << "" << 0 << qint64(0) << "vin";
        QTest::newRow("VIN with O") << "3N1CN7AD2JL85504O" << "" << "" << 0 << qint64(0) << "vin";
        QTest::newRow("plates with Q") << "" << "QQQ-123-Q" << "" << 0 << qint64(0) << "plate";
        QTest::newRow("year 1949") << "" << "" << "Ford" << 1949 << qint64(0) << "year";
        QTest::newRow("year 1950") << "" << "" << "Ford" << 1950 << qint64(0) << "";
        QTest::newRow("next year + 1") << "" << "" << "Ford" << 2028 << qint64(0) << "";
        QTest::newRow("next year + 2") << "" << "" << "Ford" << 2029 << qint64(0) << "year";
        QTest::newRow("negative mileage") << "" << "" << "Ford" << 2020 << qint64(-1) << "mileage_km";
    }

    void vehicleRules()
    {
        QFETCH(QString, vin);
        QFETCH(QString, plates);
        QFETCH(QString, make);
        QFETCH(int, year);
        QFETCH(qint64, mileage);
        QFETCH(QString, errorField);
        CustomerVehicleFields f;
        f.vin = vin;
        f.plates = plates;
        f.make = make;
        f.year = year;
        f.mileageKm = mileage;
        Result<CustomerVehicleFields> valid = validateVehicle(f, 2026);
        QCOMPARE(valid ? QString() : valid.error().field(), errorField);
        if (valid) {
            QCOMPARE(valid->vin, vin.toUpper());
            QVERIFY(!valid->plates.contains(QLatin1Char('-')));
        }
    }

    void tagsAreNormalised()
    {
        QCOMPARE(parseTags(QStringLiteral("Flotilla, #Taller Mecánico,flotilla, ,ÚNICO")),
            (QStringList { QStringLiteral("flotilla"), QStringLiteral("taller-mecanico"), QStringLiteral("unico") }));
        QCOMPARE(validateTags({ QString(kMaxTagLength + 1, QLatin1Char('a')) }).error().field(), QStringLiteral("tags"));
    }

    void vehicleSavedWithItsFactAndEditedOnce()
    {
        const Customer customer = create(QStringLiteral("Transportes del Norte"), QStringLiteral("8112345678"));
        CustomerVehicleFields f;
        f.vin = QStringLiteral("3n1cn7ad2jl855041");
        f.plates = QStringLiteral("nlf-123-a");
        f.make = QStringLiteral("Nissan");
        f.model = QStringLiteral("Versa");
        f.year = 2018;
        f.mileageKm = 91000;
        Result<CustomerVehicle> saved = crm().saveVehicle(customer.id, {}, f, cashier());
        QVERIFY2(saved, test::why(saved).constData());
        QCOMPARE(saved->fields.vin, QStringLiteral("3N1CN7AD2JL855041"));
        QCOMPARE(saved->fields.plates, QStringLiteral("NLF123A"));
        QList<OutboxEntry> facts = outbox();
        QCOMPARE(facts.constLast().type, QString(kCustomerVehicleSavedMutation));
        QCOMPARE(facts.constLast().payload.value(QStringLiteral("plates")).toString(), QStringLiteral("NLF123A"));
        QCOMPARE(facts.constLast().payload.value(QStringLiteral("mileage_km")).toInteger(), 91000);
        const qsizetype before = facts.size();

        // The same again writes nothing; an edit updates the row and sends the whole record again.
        QVERIFY(crm().saveVehicle(customer.id, saved->id, f, cashier()));
        QCOMPARE(outbox().size(), before);
        f.mileageKm = 95000;
        m_clock.advanceMs(1000);
        QVERIFY(crm().saveVehicle(customer.id, saved->id, f, cashier()));
        QCOMPARE(outbox().size(), before + 1);
        QCOMPARE(count(QStringLiteral("SELECT mileage_km FROM customer_vehicles WHERE id = ?"), { saved->id }), 95000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_vehicles")), 1);

        // Bad input: nothing written, the field named.
        f.plates = QStringLiteral("IOQ-000");
        Result<CustomerVehicle> refused = crm().saveVehicle(customer.id, {}, f, cashier());
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("plate"));
        QCOMPARE(outbox().size(), before + 1);
        // Another customer's vehicle id cannot be edited through this one.
        const Customer other = create(QStringLiteral("Otro"), QStringLiteral("8110000000"));
        f.plates.clear();
        QCOMPARE(crm().saveVehicle(other.id, saved->id, f, cashier()).error().field(), QStringLiteral("vehicle"));
        QCOMPARE(crm().saveVehicle(QStringLiteral("nobody"), {}, f, cashier()).error().field(),
            QStringLiteral("customer"));
    }

    void notesAndTagsGoUpAndTagsFilterTheList()
    {
        const Customer fleet = create(QStringLiteral("Transportes del Norte"), QStringLiteral("8112345678"));
        const Customer shop = create(QStringLiteral("Taller Hermanos Ruiz"), QStringLiteral("8187654321"));
        Result<CustomerNote> note = crm().addNote(fleet.id, CustomerNoteKind::Call,
            QStringLiteral("  Pide cotización de 10 juegos de balatas  "), cashier(), QStringLiteral("María López"));
        QVERIFY2(note, test::why(note).constData());
        QCOMPARE(note->text, QStringLiteral("Pide cotización de 10 juegos de balatas"));
        const OutboxEntry fact = outbox().constLast();
        QCOMPARE(fact.type, QString(kCustomerNoteAddedMutation));
        QCOMPARE(fact.payload.value(QStringLiteral("kind")).toString(), QStringLiteral("call"));
        QCOMPARE(fact.payload.value(QStringLiteral("user_name")).toString(), QStringLiteral("María López"));
        QCOMPARE(crm().addNote(fleet.id, CustomerNoteKind::Note, QStringLiteral("   "), cashier(), {}).error().field(),
            QStringLiteral("text"));

        Result<QStringList> tags = crm().setTags(fleet.id, { QStringLiteral("Flotilla"), QStringLiteral("Crédito") },
            cashier());
        QVERIFY2(tags, test::why(tags).constData());
        QCOMPARE(*tags, (QStringList { QStringLiteral("credito"), QStringLiteral("flotilla") }));
        QCOMPARE(outbox().constLast().type, QString(kCustomerTagsSetMutation));
        QCOMPARE(outbox().constLast().payload.value(QStringLiteral("tags")).toArray().size(), 2);
        const qsizetype before = outbox().size();
        QVERIFY(crm().setTags(fleet.id, { QStringLiteral("flotilla"), QStringLiteral("credito") }, cashier()));
        QCOMPARE(outbox().size(), before); // the same set: nothing
        QVERIFY(crm().setTags(shop.id, { QStringLiteral("taller") }, cashier()));

        CustomerService customers(db(), m_clock);
        Result<QList<Customer>> flotilla = customers.search(QStringLiteral("#Flotilla"));
        QVERIFY(flotilla);
        QCOMPARE(flotilla->size(), 1);
        QCOMPARE(flotilla->constFirst().id, fleet.id);
        QCOMPARE(customers.search(QStringLiteral("#taller ruiz"))->size(), 1);
        QCOMPARE(customers.search(QStringLiteral("#taller norte"))->size(), 0);
        QCOMPARE(customers.search(QString())->size(), 2);
        Result<QList<std::pair<QString, int>>> counts = CustomerCrmStore(db()).tagCounts();
        QVERIFY(counts);
        QCOMPARE(counts->size(), 3);
    }

    void timelineHasEverythingNewestFirst()
    {
        const Customer customer
            = create(QStringLiteral("Transportes del Norte"), QStringLiteral("8112345678"), 1'000'000);
        const Customer other = create(QStringLiteral("Otro"), QStringLiteral("8110000000"));
        openTill();
        m_clock.advanceMs(60'000);
        Result<SaleReceipt> first = sell(customer.id, 120000);
        QVERIFY2(first, test::why(first).constData());
        m_clock.advanceMs(60'000);
        QVERIFY(sell(other.id, 5000)); // someone else's: not on this timeline
        m_clock.advanceMs(60'000);
        Result<SaleReceipt> credit = sell(customer.id, 80000, true);
        QVERIFY2(credit, test::why(credit).constData());
        m_clock.advanceMs(60'000);
        Result<CustomerPaymentReceipt> abono = CustomerPaymentService(db(), m_clock)
                                                   .recordCash(customer.id, Money(30000),
                                                       { kDevice, kBranch, QStringLiteral("MTZ1"),
                                                           QStringLiteral("user-cajero"), Role::Cashier });
        QVERIFY2(abono, test::why(abono).constData());
        m_clock.advanceMs(60'000);
        exec(QStringLiteral("INSERT INTO returns(id, folio, sale_id, branch_id, device_id, cash_session_id, "
                            "cashier_id, approved_by, reason, refund_method, subtotal_cents, tax_cents, total_cents, "
                            "returned_at) SELECT 'ret-1', 'MTZ1-D000001', id, branch_id, device_id, cash_session_id, "
                            "cashier_id, 'user-gerente', 'No era la medida', 'cash', 17241, 2759, 20000, ? "
                            "FROM sales WHERE id = ?"),
            { now(), first->saleId });
        m_clock.advanceMs(60'000);
        exec(QStringLiteral("INSERT INTO service_orders(id, folio, branch_id, device_id, status, customer_id, "
                            "customer_name, vehicle_make, vehicle_model, vehicle_year, complaint, estimate_cents, "
                            "opened_by, opened_at, updated_at) VALUES ('so-1', 'OS-000007', ?, ?, 'repair', ?, "
                            "'Transportes del Norte', 'Nissan', 'Versa', 2018, 'Rechina al frenar', 250000, "
                            "'user-asesor', ?, ?)"),
            { kBranch, kDevice, customer.id, now(), now() });
        m_clock.advanceMs(60'000);
        exec(QStringLiteral("INSERT INTO invoices(id, kind, customer_id, receiver_rfc, receiver_name, state, "
                            "request_json, idempotency_key, total_cents, series, folio_number, created_by, "
                            "created_at, updated_at) VALUES ('inv-1', 'customer', ?, 'TNO010101AB1', "
                            "'TRANSPORTES DEL NORTE', 'timbrada', '{}', 'k-1', 120000, 'F', 42, 'user-cajero', ?, ?)"),
            { customer.id, now(), now() });
        m_clock.advanceMs(60'000);
        exec(QStringLiteral("INSERT INTO notification_messages(id, idempotency_key, event, channel, recipient, "
                            "customer_id, ref_type, ref_id, body, state, created_at, sent_at) VALUES ('msg-1', 'm-1', "
                            "'order_ready', 'whatsapp', '+528112345678', ?, 'service_order', 'so-1', "
                            "'Tu Versa ya está listo', 'sent', ?, ?)"),
            { customer.id, now(), now() });
        exec(QStringLiteral("INSERT INTO notification_messages(id, idempotency_key, event, channel, customer_id, "
                            "body, state, created_at) VALUES ('msg-2', 'm-2', 'new_sale', 'in_app', ?, 'Venta', "
                            "'sent', ?)"),
            { customer.id, now() }); // in-app: the store's own bell, not a message to the customer
        m_clock.advanceMs(60'000);
        exec(QStringLiteral("INSERT INTO quotes(id, folio, branch_id, device_id, customer_id, customer_name, vehicle, "
                            "price_list, subtotal_cents, tax_cents, total_cents, discount_cents, valid_until, state, "
                            "created_by, created_by_name, created_at, sale_id, sale_folio, converted_at) VALUES "
                            "('q-1', 'COT-000003', ?, ?, ?, 'Transportes del Norte', 'Nissan Versa 2018', 'publico', "
                            "86207, 13793, 100000, 0, '2026-03-12', 'converted', 'user-cajero', 'María López', ?, ?, "
                            "?, ?)"),
            { kBranch, kDevice, customer.id, now(), first->saleId, first->folio, now() });
        exec(QStringLiteral("INSERT INTO quotes(id, folio, branch_id, device_id, customer_id, customer_name, "
                            "price_list, subtotal_cents, tax_cents, total_cents, discount_cents, valid_until, "
                            "created_by, created_at) VALUES ('q-2', 'COT-000004', ?, ?, ?, 'Transportes del Norte', "
                            "'publico', 8621, 1379, 10000, 0, '2020-01-31', 'user-cajero', ?)"),
            { kBranch, kDevice, customer.id, QStringLiteral("2020-01-20T10:00:00.000Z") }); // long expired: oldest
        m_clock.advanceMs(60'000);
        exec(QStringLiteral("INSERT INTO warranty_claims(id, folio, branch_id, device_id, sale_id, sale_folio, line_no, "
                            "part_id, description, quantity, customer_id, expires_on, reason, status, resolution, "
                            "refund_cents, opened_by, opened_at) VALUES ('wc-1', 'MTZ1-G000001', ?, ?, ?, ?, 1, 7, "
                            "'Pieza 7', 1000, ?, '2026-06-01', 'Se calienta', 'resolved', 'refund', 120000, "
                            "'user-cajero', ?)"),
            { kBranch, kDevice, first->saleId, first->folio, customer.id, now() });
        m_clock.advanceMs(60'000);
        QVERIFY(crm().addNote(customer.id, CustomerNoteKind::Note, QStringLiteral("Prefiere Brembo"), cashier(),
            QStringLiteral("María López")));
        m_clock.advanceMs(60'000);
        QVERIFY(crm().addNote(customer.id, CustomerNoteKind::Call, QStringLiteral("Avisé que llegó la pieza"),
            cashier(), QStringLiteral("Jorge Díaz")));

        Result<QList<TimelineEntry>> timeline = customerTimeline(db(), customer.id);
        QVERIFY2(timeline, test::why(timeline).constData());
        QStringList kinds;
        for (const TimelineEntry &e : *timeline)
            kinds << QString::fromLatin1(timelineKindCode(e.kind));
        QCOMPARE(kinds, (QStringList { QStringLiteral("call"), QStringLiteral("note"), QStringLiteral("warranty"),
                            QStringLiteral("quote"), QStringLiteral("message"), QStringLiteral("invoice"),
                            QStringLiteral("service_order"), QStringLiteral("return"), QStringLiteral("payment"),
                            QStringLiteral("sale"), QStringLiteral("sale"), QStringLiteral("quote") }));
        QList<TimelineEntry> t = *timeline;
        // The claim: its folio, what was refunded, its resolution, the part and the reason.
        QCOMPARE(t.at(2).reference, QStringLiteral("MTZ1-G000001"));
        QCOMPARE(t.at(2).amount, Money(120000));
        QCOMPARE(t.at(2).status, QStringLiteral("refund"));
        QCOMPARE(t.at(2).detail, QStringLiteral("Pieza 7: Se calienta"));
        QCOMPARE(t.at(2).by, QStringLiteral("user-cajero"));
        // The quotes: the converted one names the sale it became; the old open one has expired.
        QCOMPARE(t.at(3).reference, QStringLiteral("COT-000003"));
        QCOMPARE(t.at(3).status, QStringLiteral("converted"));
        QCOMPARE(t.at(3).detail, QStringLiteral("Nissan Versa 2018 → ") + first->folio);
        QCOMPARE(t.at(3).by, QStringLiteral("María López"));
        QCOMPARE(t.constLast().reference, QStringLiteral("COT-000004"));
        QCOMPARE(t.constLast().status, QStringLiteral("expired"));
        QCOMPARE(t.constLast().amount, Money(10000));
        t.remove(2, 2);
        t.removeLast();
        QCOMPARE(t.at(0).detail, QStringLiteral("Avisé que llegó la pieza"));
        QCOMPARE(t.at(0).by, QStringLiteral("Jorge Díaz"));
        QCOMPARE(t.at(2).reference, QStringLiteral("whatsapp"));
        QCOMPARE(t.at(2).status, QStringLiteral("sent"));
        QCOMPARE(t.at(3).reference, QStringLiteral("F42"));
        QCOMPARE(t.at(3).status, QStringLiteral("timbrada"));
        QCOMPARE(t.at(4).reference, QStringLiteral("OS-000007"));
        QCOMPARE(t.at(4).amount, Money(250000));
        QCOMPARE(t.at(4).detail, QStringLiteral("Nissan Versa 2018: Rechina al frenar"));
        QCOMPARE(t.at(5).reference, QStringLiteral("MTZ1-D000001"));
        QCOMPARE(t.at(5).amount, Money(20000));
        QCOMPARE(t.at(5).detail, first->folio + QStringLiteral(": No era la medida"));
        QCOMPARE(t.at(6).reference, abono->folio);
        QCOMPARE(t.at(6).amount, Money(30000));
        QCOMPARE(t.at(7).reference, credit->folio);
        QCOMPARE(t.at(7).amount, Money(80000));
        QCOMPARE(t.at(8).reference, first->folio);
        QCOMPARE(t.at(8).status, QStringLiteral("completed"));
        QCOMPARE(t.at(8).detail, QStringLiteral("1")); // lines

        // The limit keeps the newest.
        Result<QList<TimelineEntry>> three = customerTimeline(db(), customer.id, 3);
        QCOMPARE(three->size(), 3);
        QCOMPARE(three->constLast().kind, TimelineKind::Warranty);
    }

    void analyticsFromTheirSales()
    {
        const Customer customer = create(QStringLiteral("Taller Hermanos Ruiz"), QStringLiteral("8187654321"));
        openTill();
        // Purchases on 2025-01-10, 01-20, 01-30 (every 10 days) and a return; today 2025-02-14: 15 days since.
        const QDate days[] = { QDate(2025, 1, 10), QDate(2025, 1, 20), QDate(2025, 1, 30) };
        const qint64 totals[] = { 1000000, 500000, 300001 };
        QString firstSale;
        for (int i = 0; i < 3; ++i) {
            m_clock.set(QDateTime(days[i], QTime(17, 0), Qt::UTC));
            Result<SaleReceipt> sale = sell(customer.id, totals[i], false, 7 + i);
            QVERIFY2(sale, test::why(sale).constData());
            if (firstSale.isEmpty())
                firstSale = sale->saleId;
        }
        exec(QStringLiteral("INSERT INTO returns(id, folio, sale_id, branch_id, device_id, cash_session_id, "
                            "cashier_id, approved_by, reason, refund_method, subtotal_cents, tax_cents, total_cents, "
                            "returned_at) SELECT 'ret-1', 'MTZ1-D000001', id, branch_id, device_id, cash_session_id, "
                            "cashier_id, 'user-gerente', 'No era', 'cash', 86207, 13793, 100000, "
                            "'2025-01-11T17:00:00.000Z' FROM sales WHERE id = ?"),
            { firstSale });

        const QDateTime today(QDate(2025, 2, 14), QTime(12, 0), Qt::UTC);
        Result<CustomerAnalytics> a = customerAnalytics(db(), customer.id, today);
        QVERIFY2(a, test::why(a).constData());
        QCOMPARE(a->purchases, 3);
        QCOMPARE(a->grossSales, Money(1800001));
        QCOMPARE(a->refunds, Money(100000));
        QCOMPARE(a->lifetimeValue, Money(1700001));
        QCOMPARE(a->averageTicket, Money(600000)); // 1800001 / 3 rounded
        QCOMPARE(a->purchaseDays, 3);
        QCOMPARE(a->averageDaysBetween, 10.0);
        QCOMPARE(a->daysSinceLast, 15);
        QCOMPARE(a->churn, ChurnRisk::Low); // 15 / 10 = 1.5: still their rhythm
        QCOMPARE(a->rolling12MonthSpend, Money(1700001)); // $17,000.01: silver
        QCOMPARE(a->tier, LoyaltyTier::Silver);
        QCOMPARE(a->points, qint64(1000 + 500 + 300 - 100));
        QCOMPARE(a->spendByPart.size(), 3);
        QCOMPARE(a->spendByPart.value(7), Money(1000000));

        // Two days later they are late for them; a year later the window has emptied and they are gone.
        QCOMPARE(customerAnalytics(db(), customer.id, today.addDays(2))->churn, ChurnRisk::Medium);
        Result<CustomerAnalytics> later = customerAnalytics(db(), customer.id, today.addDays(365));
        QCOMPARE(later->churn, ChurnRisk::High);
        QCOMPARE(later->rolling12MonthSpend, Money(0));
        QCOMPARE(later->tier, LoyaltyTier::Bronze);
        QCOMPARE(later->lifetimeValue, Money(1700001));

        // Nobody bought: nothing, unknown risk.
        const Customer none = create(QStringLiteral("Nuevo"), QStringLiteral("8100000001"));
        Result<CustomerAnalytics> empty = customerAnalytics(db(), none.id, today);
        QCOMPARE(empty->purchases, 0);
        QCOMPARE(empty->daysSinceLast, -1);
        QCOMPARE(empty->churn, ChurnRisk::Unknown);
        QCOMPARE(empty->averageTicket, Money(0));
    }

    void churnRule_data()
    {
        QTest::addColumn<int>("daysSince");
        QTest::addColumn<double>("every");
        QTest::addColumn<int>("purchaseDays");
        QTest::addColumn<int>("risk");
        QTest::newRow("one purchase day") << 400 << 0.0 << 1 << int(ChurnRisk::Unknown);
        QTest::newRow("on time") << 10 << 10.0 << 4 << int(ChurnRisk::Low);
        QTest::newRow("1.5x") << 15 << 10.0 << 4 << int(ChurnRisk::Low);
        QTest::newRow("just over 1.5x") << 16 << 10.0 << 4 << int(ChurnRisk::Medium);
        QTest::newRow("3x") << 30 << 10.0 << 4 << int(ChurnRisk::Medium);
        QTest::newRow("just over 3x") << 31 << 10.0 << 4 << int(ChurnRisk::High);
    }

    void churnRule()
    {
        QFETCH(int, daysSince);
        QFETCH(double, every);
        QFETCH(int, purchaseDays);
        QFETCH(int, risk);
        QCOMPARE(int(churnRisk(daysSince, every, purchaseDays)), risk);
    }

    void loyaltyTiersAtTheirBoundaries_data()
    {
        QTest::addColumn<qint64>("spend");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<qint64>("toNext");
        QTest::newRow("nothing") << qint64(0) << "bronze" << kLoyaltySilverCentavos;
        QTest::newRow("a centavo short of silver") << kLoyaltySilverCentavos - 1 << "bronze" << qint64(1);
        QTest::newRow("silver") << kLoyaltySilverCentavos << "silver" << kLoyaltyGoldCentavos - kLoyaltySilverCentavos;
        QTest::newRow("a centavo short of gold") << kLoyaltyGoldCentavos - 1 << "silver" << qint64(1);
        QTest::newRow("gold") << kLoyaltyGoldCentavos << "gold" << kLoyaltyPlatinumCentavos - kLoyaltyGoldCentavos;
        QTest::newRow("a centavo short of platinum") << kLoyaltyPlatinumCentavos - 1 << "gold" << qint64(1);
        QTest::newRow("platinum") << kLoyaltyPlatinumCentavos << "platinum" << qint64(0);
        QTest::newRow("net refunds") << qint64(-5000) << "bronze" << kLoyaltySilverCentavos + 5000;
    }

    void loyaltyTiersAtTheirBoundaries()
    {
        QFETCH(qint64, spend);
        QFETCH(QString, tier);
        QFETCH(qint64, toNext);
        QCOMPARE(QString::fromLatin1(loyaltyTierCode(loyaltyTier(Money(spend)))), tier);
        QCOMPARE(loyaltyToNextTier(Money(spend)), Money(toNext));
        QCOMPARE(kLoyaltySilverCentavos, qint64(1'000'000)); // $10,000.00: the programme's published figures
        QCOMPARE(kLoyaltyGoldCentavos, qint64(3'000'000));
        QCOMPARE(kLoyaltyPlatinumCentavos, qint64(7'500'000));
    }

    void pointsPerTenPesos()
    {
        QCOMPARE(loyaltyPoints(Money(999)), qint64(0));
        QCOMPARE(loyaltyPoints(Money(1000)), qint64(1));
        QCOMPARE(loyaltyPoints(Money(1999)), qint64(1));
        QCOMPARE(loyaltyPoints(Money(123456)), qint64(123));
        QCOMPARE(loyaltyPoints(Money(-5000)), qint64(0));
    }

    void platesAndVinsOnFileGiveTheVehicleFilter()
    {
        const Customer customer = create(QStringLiteral("Transportes del Norte"), QStringLiteral("8112345678"));
        CustomerVehicleFields f;
        f.vin = QStringLiteral("3N1CN7AD2JL855041");
        f.plates = QStringLiteral("NLF-123-A");
        f.make = QStringLiteral("Nissan");
        f.model = QStringLiteral("Versa");
        f.year = 2018;
        Result<CustomerVehicle> saved = crm().saveVehicle(customer.id, {}, f, cashier());
        QVERIFY2(saved, test::why(saved).constData());

        for (const QString &typed : { QStringLiteral("nlf 123 a"), QStringLiteral("3n1cn7ad2jl855041") }) {
            Result<CounterVehicle> found = resolveCounterVehicle(db(), nullptr, typed);
            QVERIFY2(found, test::why(found).constData());
            QVERIFY(found->fromCustomerFile);
            QCOMPARE(found->customerId, customer.id);
            QCOMPARE(found->filter.make, QStringLiteral("Nissan"));
            QCOMPARE(found->filter.model, QStringLiteral("Versa"));
            QCOMPARE(found->filter.year, 2018);
            QCOMPARE(found->description, QStringLiteral("Nissan Versa 2018"));
        }
        Result<CounterVehicle> unknownPlates = resolveCounterVehicle(db(), nullptr, QStringLiteral("NLF-999-A"));
        QVERIFY(!unknownPlates);
        QCOMPARE(unknownPlates.error().code(), ErrorCode::NotFound);
        QCOMPARE(resolveCounterVehicle(db(), nullptr, QStringLiteral("balata")).error().field(),
            QStringLiteral("vehicle"));
        // A VIN not on file with no decoder installed: told so.
        QCOMPARE(resolveCounterVehicle(db(), nullptr, QStringLiteral("3VW1K1AJ5HM277759")).error().field(),
            QStringLiteral("vehicle"));
    }

    void decodedVinFiltersTheGeneratedCatalogue()
    {
        if (!QFileInfo::exists(test::vpicDatabasePath())) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(QStringLiteral("no vPIC database at %1").arg(test::vpicDatabasePath())));
            QSKIP("no vPIC database installed (installer/fetch-vpic.sh)");
        }
        Result<std::unique_ptr<VinDecoder>> decoder = VinDecoder::open(test::vpicDatabasePath(), m_clock);
        QVERIFY2(decoder, test::why(decoder).constData());
        Result<CounterVehicle> vehicle
            = resolveCounterVehicle(db(), decoder->get(), QStringLiteral("3N1CN7AD2JL855041"));
        QVERIFY2(vehicle, test::why(vehicle).constData());
        QVERIFY(!vehicle->fromCustomerFile);
        QCOMPARE(vehicle->filter.model, QStringLiteral("Versa"));
        QCOMPARE(vehicle->filter.year, 2018);

        demo::DemoOptions options;
        options.outDir = m_dir.path();
        options.parts = 3000;
        demo::ProgressCounter progress { 0 };
        const QString path = m_dir.file(QStringLiteral("catalog.db"));
        Result<demo::CatalogStats> written = demo::CatalogWriter(options, progress).write(path);
        QVERIFY2(written, test::why(written).constData());
        Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(path, QStringLiteral("crm-catalog"));
        QVERIFY2(catalog, test::why(catalog).constData());
        QVERIFY(CatalogSearchIndex::rebuild((*catalog)->db()));
        CatalogSearch search((*catalog)->db());
        const auto fitsVersa2018 = [&](qint64 partId) {
            Result<QVariant> fits = (*catalog)->db().scalar(
                QStringLiteral("SELECT count(*) FROM fitment f JOIN vehicles v ON v.id = f.vehicle_id WHERE "
                               "f.part_id = ? AND v.make = 'Nissan' AND v.model = 'Versa' AND v.year = 2018"),
                { partId });
            return fits && fits->toLongLong() > 0;
        };
        // The vehicle alone: every part of the catalogue that fits it.
        CatalogQuery query;
        query.vehicle = vehicle->filter;
        query.limit = 100;
        Result<CatalogSearchResult> fitting = search.search(query);
        QVERIFY2(fitting, test::why(fitting).constData());
        QVERIFY(!fitting->hits.isEmpty());
        for (const CatalogHit &hit : fitting->hits)
            QVERIFY2(fitsVersa2018(hit.partId), qPrintable(hit.sku));
        // With a word: only the fitting parts of that kind, while the word alone finds parts of other cars too.
        query.text = fitting->hits.constFirst().name.section(QLatin1Char(' '), 0, 0);
        Result<CatalogSearchResult> word = search.search(query);
        QVERIFY2(word, test::why(word).constData());
        QVERIFY(!word->hits.isEmpty());
        for (const CatalogHit &hit : word->hits)
            QVERIFY2(fitsVersa2018(hit.partId), qPrintable(hit.sku));
        query.vehicle = {};
        Result<CatalogSearchResult> all = search.search(query);
        QVERIFY2(all, test::why(all).constData());
        QVERIFY(std::any_of(all->hits.cbegin(), all->hits.cend(),
            [&](const CatalogHit &hit) { return !fitsVersa2018(hit.partId); }));
    }
};

QTEST_GUILESS_MAIN(TestCustomerCrm)
#include "testcustomercrm.moc"
