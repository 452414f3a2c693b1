// A customer's card is the same at every branch: two counters of different branches (MTY, GDL) enrolled with the real
// nexus-server over HTTPS, each with its real SyncEngine. What MTY writes on a customer's card (a vehicle, a note, a
// call, tags) reaches GDL through the "customer_cards" bucket after one pass each; GDL's edit of the vehicle and its
// own note come back to MTY; a tag set MTY edited after GDL's and has not pushed yet survives GDL's set coming down,
// then wins at the server and reaches GDL; an older unpushed set gives way to the server's newer one.
#include "../server/tenantfixture.h"
#include "enrolledcounter.h"
#include "tenantstack.h"
#include "tempdir.h"

#include "common/clock.h"
#include "customers/customercrmservice.h"
#include "customers/customercrmstore.h"
#include "customers/customerservice.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestCustomerCards final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    EnrolledCounter m_mty;
    EnrolledCounter m_gdl;

    CustomerContext context(EnrolledCounter &counter) const
    {
        return CustomerContext { counter.profile.deviceId, counter.profile.branchId, QStringLiteral("u-gerente"),
            Role::Manager, {}, {} };
    }

    // The card as a counter shows it: vehicles, notes (kind, text, who) and tags, in a comparable form.
    static QStringList card(EnrolledCounter &counter, const QString &customerId)
    {
        CustomerCrmStore store(counter.db());
        QStringList lines;
        Result<QList<CustomerVehicle>> vehicles = store.vehicles(customerId);
        if (vehicles)
            for (const CustomerVehicle &v : *vehicles)
                lines << QStringLiteral("vehicle %1 %2 %3 %4 %5 km").arg(v.id, v.fields.vin, v.fields.plates,
                    v.fields.make, QString::number(v.fields.mileageKm));
        Result<QList<CustomerNote>> notes = store.notes(customerId);
        if (notes)
            for (const CustomerNote &n : *notes)
                lines << QStringLiteral("%1 %2: %3 (%4)").arg(noteKindCode(n.kind), n.id, n.text, n.userName);
        Result<QStringList> tags = store.tags(customerId);
        if (tags)
            lines << QStringLiteral("tags ") + tags->join(QLatin1Char(','));
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        const TenantStack stack
            = createTenantStack(m_root.path(), QString(), m_acme, { QStringLiteral("MTY"), QStringLiteral("GDL") });
        QVERIFY2(stack.error.isEmpty(), qPrintable(stack.error));
        m_server = std::make_unique<ServerProcess>(stack.data);
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        m_mty = enrollCounter(*m_server, stack.codes.at(0), m_root.file(QStringLiteral("mty")), QStringLiteral("mty"));
        m_gdl = enrollCounter(*m_server, stack.codes.at(1), m_root.file(QStringLiteral("gdl")), QStringLiteral("gdl"));
        QVERIFY(m_mty.store && m_gdl.store);
    }

    void cleanupTestCase()
    {
        m_mty = {};
        m_gdl = {};
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void theCardIsTheSameAtEveryBranch()
    {
        CustomerFields f;
        f.name = QStringLiteral("Transportes Ruiz");
        f.phone = QStringLiteral("8112345670");
        Result<Customer> customer = CustomerService(m_mty.db(), Clock::system()).create(f, context(m_mty));
        QVERIFY2(customer, why(customer).constData());
        CustomerCrmService mtyCrm(m_mty.db(), Clock::system());
        CustomerVehicleFields v;
        v.vin = QStringLiteral("3N1CN7AD2JL855041");
        v.plates = QStringLiteral("NLF-123-A");
        v.make = QStringLiteral("NISSAN");
        v.model = QStringLiteral("Versa");
        v.year = 2018;
        v.mileageKm = 91000;
        Result<CustomerVehicle> vehicle = mtyCrm.saveVehicle(customer->id, {}, v, context(m_mty));
        QVERIFY2(vehicle, why(vehicle).constData());
        QVERIFY(mtyCrm.addNote(customer->id, CustomerNoteKind::Note, QStringLiteral("Prefiere balatas cerámicas"),
            context(m_mty), QStringLiteral("María López")));
        QVERIFY(mtyCrm.addNote(customer->id, CustomerNoteKind::Call, QStringLiteral("Avisé que llegó la bomba"),
            context(m_mty), QStringLiteral("Jorge Díaz")));
        QVERIFY(mtyCrm.setTags(customer->id, { QStringLiteral("Flotilla"), QStringLiteral("crédito") }, context(m_mty)));

        QVERIFY(m_mty.sync());
        QVERIFY(m_gdl.sync());
        const QStringList atMty = card(m_mty, customer->id);
        QCOMPARE(atMty.size(), 4); // a vehicle, two notes, the tags
        QCOMPARE(card(m_gdl, customer->id), atMty);
        QVERIFY2(atMty.last() == QStringLiteral("tags credito,flotilla"), qPrintable(atMty.join(QLatin1Char('\n'))));

        // GDL drives the car further and writes a note: both come back to MTY.
        QTest::qWait(5); // a later edit time than MTY's
        CustomerCrmService gdlCrm(m_gdl.db(), Clock::system());
        v.mileageKm = 95500;
        QVERIFY2(gdlCrm.saveVehicle(customer->id, vehicle->id, v, context(m_gdl)), "GDL's edit refused");
        QVERIFY(gdlCrm.addNote(customer->id, CustomerNoteKind::Note, QStringLiteral("Pasó a Guadalajara"),
            context(m_gdl), QStringLiteral("Ana Pérez")));
        QVERIFY(m_gdl.sync());
        QVERIFY(m_mty.sync());
        const QStringList afterGdl = card(m_mty, customer->id);
        QCOMPARE(afterGdl.size(), 5);
        QVERIFY2(afterGdl.first().endsWith(QStringLiteral("95500 km")), qPrintable(afterGdl.first()));
        QCOMPARE(card(m_gdl, customer->id), afterGdl);

        // GDL retags the customer and syncs; MTY retags it later and does not push yet. MTY pulls only: its own set,
        // newer and still on its way up, stays; once pushed it wins at the server and comes down to GDL.
        QVERIFY(gdlCrm.setTags(customer->id, { QStringLiteral("taller") }, context(m_gdl)));
        QVERIFY(m_gdl.sync());
        QTest::qWait(5);
        QVERIFY(mtyCrm.setTags(customer->id, { QStringLiteral("vip") }, context(m_mty)));
        Result<SyncEngine::PullPassResult> pulled = m_mty.engine->pullBuckets();
        QVERIFY2(pulled, why(pulled).constData());
        QCOMPARE(card(m_mty, customer->id).last(), QStringLiteral("tags vip"));
        QVERIFY(m_mty.sync());
        QVERIFY(m_gdl.sync());
        QCOMPARE(card(m_gdl, customer->id).last(), QStringLiteral("tags vip"));

        // The other way round: MTY's unpushed set is older than the one GDL pushes meanwhile, so the server's comes
        // down over it at once, and MTY's, superseded at the server, changes nothing anywhere.
        QVERIFY(mtyCrm.setTags(customer->id, { QStringLiteral("mostrador") }, context(m_mty)));
        QTest::qWait(5);
        QVERIFY(gdlCrm.setTags(customer->id, { QStringLiteral("flotilla") }, context(m_gdl)));
        QVERIFY(m_gdl.sync());
        pulled = m_mty.engine->pullBuckets();
        QVERIFY2(pulled, why(pulled).constData());
        QCOMPARE(card(m_mty, customer->id).last(), QStringLiteral("tags flotilla"));
        QVERIFY(m_mty.sync());
        QVERIFY(m_gdl.sync());
        QCOMPARE(card(m_mty, customer->id).last(), QStringLiteral("tags flotilla"));
        QCOMPARE(card(m_gdl, customer->id), card(m_mty, customer->id));
    }
};

QTEST_GUILESS_MAIN(TestCustomerCards)
#include "testcustomercards.moc"
