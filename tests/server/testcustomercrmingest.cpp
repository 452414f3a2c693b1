// The customer-card facts through the real nexus-server over HTTPS: a counter (its own nexus.db, the real
// CustomerService and CustomerCrmService) adds a customer, a vehicle, a note, a call and tags, and pushes its outbox;
// the tenant's tables hold them. An older edit of a vehicle or tag set never overwrites a newer one, another branch's
// fact and a malformed one are quarantined, a vehicle of a customer the server does not know opens an exception with
// the record. Runs on SQLite, and on PostgreSQL with NEXUS_TEST_BACKEND=postgresql.
#include "counterpushtest.h"

#include "common/clock.h"
#include "customers/crmpayload.h"
#include "customers/customercrmservice.h"

using namespace nexus;
using namespace nexus::test;

class TestCustomerCrmIngest final : public CounterPushTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startCounterAndServer(); }

    void cleanupTestCase() { stopServer(); }

    void theCardOfACounterCustomerReachesTheTenant()
    {
        CustomerFields f;
        f.name = QStringLiteral("Transportes del Norte");
        f.phone = QStringLiteral("8112345678");
        Result<Customer> customer = CustomerService(m_counter->db(), Clock::system()).create(f, context());
        QVERIFY2(customer, why(customer).constData());
        CustomerCrmService crm(m_counter->db(), Clock::system());
        CustomerVehicleFields v;
        v.vin = QStringLiteral("3N1CN7AD2JL855041");
        v.plates = QStringLiteral("NLF-123-A");
        v.make = QStringLiteral("NISSAN");
        v.model = QStringLiteral("Versa");
        v.year = 2018;
        v.engine = QStringLiteral("1.6L L4");
        v.color = QStringLiteral("Gris");
        v.mileageKm = 91000;
        Result<CustomerVehicle> vehicle = crm.saveVehicle(customer->id, {}, v, context());
        QVERIFY2(vehicle, why(vehicle).constData());
        QVERIFY(crm.addNote(customer->id, CustomerNoteKind::Note, QStringLiteral("Prefiere Brembo"), context(),
            QStringLiteral("María López")));
        QVERIFY(crm.addNote(customer->id, CustomerNoteKind::Call, QStringLiteral("Avisé que llegó la pieza"), context(),
            QStringLiteral("Jorge Díaz")));
        QVERIFY(crm.setTags(customer->id, { QStringLiteral("Flotilla"), QStringLiteral("crédito") }, context()));

        QCOMPARE(pushCounter(), QStringList(5, QStringLiteral("applied")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_vehicles WHERE id = ? AND customer_id = ? AND "
                                      "vin = '3N1CN7AD2JL855041' AND plates = 'NLF123A' AND year = 2018 AND "
                                      "mileage_km = 91000 AND device_id = ?"),
                     { vehicle->id, customer->id, m_device.id }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_notes WHERE customer_id = ?"), { customer->id }), 2);
        QCOMPARE(tenantValue(QStringLiteral("SELECT user_name FROM customer_notes WHERE kind = 'call'")).toString(),
            QStringLiteral("Jorge Díaz"));
        QCOMPARE(tenantValue(QStringLiteral("SELECT tags FROM customer_tag_sets WHERE customer_id = ?"),
                     { customer->id })
                     .toString(),
            QStringLiteral("[\"credito\",\"flotilla\"]"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_tags WHERE customer_id = ?"), { customer->id }), 2);

        // An edit: the mileage moves on. Then a late copy of the first version (older time) changes nothing.
        v.mileageKm = 95000;
        QTest::qWait(5);
        Result<CustomerVehicle> edited = crm.saveVehicle(customer->id, vehicle->id, v, context());
        QVERIFY2(edited, why(edited).constData());
        QCOMPARE(pushCounter(), QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT mileage_km FROM customer_vehicles WHERE id = ?"), { vehicle->id }), 95000);
        QJsonObject stale = vehiclePayload(*vehicle, m_device.branchId, QStringLiteral("u-gerente"));
        QCOMPARE(pushOne(QString(kCustomerVehicleSavedMutation), stale), QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT mileage_km FROM customer_vehicles WHERE id = ?"), { vehicle->id }), 95000);
        // The same for tags: an older set arriving late is superseded.
        QCOMPARE(pushOne(QString(kCustomerTagsSetMutation),
                     tagsPayload(customer->id, { QStringLiteral("viejo") }, m_device.branchId,
                         QStringLiteral("u-gerente"), QStringLiteral("2020-01-01T00:00:00.000Z"))),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_tags WHERE customer_id = ? AND tag = 'viejo'"),
                     { customer->id }),
            0);

        // Another branch's fact, a malformed one, an empty note: quarantined, nothing stored.
        QJsonObject foreign = stale;
        foreign.insert(QStringLiteral("branch_id"), m_acme.branchId(QStringLiteral("GDL")));
        QCOMPARE(pushOne(QString(kCustomerVehicleSavedMutation), foreign), QStringList { QStringLiteral("quarantined") });
        QJsonObject badPlates = stale;
        badPlates.insert(QStringLiteral("id"), IdGenerator::instance().nextString());
        badPlates.insert(QStringLiteral("plates"), QStringLiteral("IOQ-000"));
        QCOMPARE(pushOne(QString(kCustomerVehicleSavedMutation), badPlates),
            QStringList { QStringLiteral("quarantined") });
        CustomerNote empty { IdGenerator::instance().nextString(), customer->id, CustomerNoteKind::Note,
            QStringLiteral("  "), QStringLiteral("u"), QStringLiteral("U"), QStringLiteral("2026-01-01T00:00:00.000Z") };
        QCOMPARE(pushOne(QString(kCustomerNoteAddedMutation), notePayload(empty, m_device.branchId)),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_vehicles")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_notes")), 2);

        // A vehicle of a customer the server never heard of: kept in an exception, not in the table.
        CustomerVehicle orphan = *vehicle;
        orphan.id = IdGenerator::instance().nextString();
        orphan.customerId = IdGenerator::instance().nextString();
        QCOMPARE(pushOne(QString(kCustomerVehicleSavedMutation),
                     vehiclePayload(orphan, m_device.branchId, QStringLiteral("u-gerente"))),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_vehicles WHERE id = ?"), { orphan.id }), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'unknown_customer' AND ref = ?"),
                     { orphan.id }),
            1);
    }
};

QTEST_GUILESS_MAIN(TestCustomerCrmIngest)
#include "testcustomercrmingest.moc"
