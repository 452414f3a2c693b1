// The "purchase_suggestions" pull bucket end to end: two counters of branch MTY and one of GDL enrolled with the real
// nexus-server over loopback HTTPS (real nexus.db files, the real ServiceOrderService, PurchasingService and
// SyncEngine over CurlTransport). A part nobody has, added to an order at MTY's first counter, becomes a purchase
// suggestion that the second counter pulls and drafts with Inventario's F7 path (createDraftPurchaseOrders); the first
// then shows it ordered in the second's purchase order (the waiting line names its folio) and refuses to draft it again
// from a list read before; GDL never gets MTY's suggestions. Cancelling an order at the first counter withdraws its
// suggestion at the second, and cancelling the pulled order at the second withdraws it at the first (the server
// withdraws it with the order), and so does taking the waiting line off a pulled order at the second. Both counters
// drafting the same suggestion offline end with the same winner, the earliest draft, and one exception for head
// office. SQLite files, or PostgreSQL with NEXUS_TEST_BACKEND=postgresql (e2e_testpurchasesuggestionspull_postgresql).
#include "branchcounters.h"
#include "tempdir.h"
#include "why.h"

#include "common/clock.h"
#include "customers/rfc.h"
#include "purchasing/purchasesuggestionlist.h"
#include "purchasing/purchasingservice.h"
#include "store/database.h"
#include "workshop/serviceorderservice.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestPurchaseSuggestionsPull final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));

    static ServiceOrderService workshop(EnrolledCounter &counter)
    {
        return ServiceOrderService(counter.db(), Clock::system(),
            WorkshopContext { counter.profile.deviceId, counter.profile.branchId, counter.profile.borderRegion,
                counter.profile.folioSeries });
    }
    static PurchasingService purchasing(EnrolledCounter &counter)
    {
        return PurchasingService(counter.db(), Clock::system(),
            PurchasingContext { counter.profile.deviceId, counter.profile.branchId, counter.profile.folioSeries });
    }
    static QString text(EnrolledCounter &counter, const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = counter.db().scalar(sql, values);
        return value && value->isValid() ? value->toString() : QString();
    }
    static qint64 count(EnrolledCounter &counter, const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = counter.db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    static std::size_t openCount(EnrolledCounter &counter)
    {
        Result<std::vector<PurchaseSuggestion>> open = PurchaseSuggestionList(counter.db()).open();
        return open ? open->size() : std::size_t(999);
    }
    // The brake supplier, saved at a counter (suppliers do not come down: each purchasing desk keeps its own).
    static bool saveSupplier(EnrolledCounter &counter, const PurchasingActor &buyer)
    {
        Supplier supplier;
        supplier.name = QStringLiteral("Frenos del Norte");
        const QString body = QStringLiteral("FNO010203AB");
        supplier.rfc = body + rfcCheckDigit(body);
        supplier.email = QStringLiteral("ventas@frenos.mx");
        supplier.parts = { SupplierPart { 7, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), {}, 12000,
            true } };
        Result<Supplier> saved = purchasing(counter).saveSupplier(supplier, buyer);
        if (!saved)
            qWarning() << why(saved);
        return bool(saved);
    }
    // An order at `counter` that needs `units` brakes nobody has: its purchase suggestion's id.
    QString orderNeedingBrakes(EnrolledCounter &counter, const WorkshopActor &advisor, int units, QString *orderId)
    {
        NewServiceOrder order;
        order.customer = { {}, QStringLiteral("Rosa Treviño"), QStringLiteral("8112223344") };
        order.vehicle
            = { {}, QStringLiteral("RST-12-34"), {}, QStringLiteral("Ford"), QStringLiteral("Ranger"), 2018, 120500 };
        order.complaint = QStringLiteral("Rechinan los frenos");
        ServiceOrderService orders = workshop(counter);
        Result<ServiceOrder> opened = orders.open(order, advisor);
        if (!opened) {
            qWarning() << why(opened);
            return {};
        }
        const CartItem brake { 7, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), counter.shelf(),
            Money(35000), Money(35000), Money(20000), TaxRate::iva16(), 3, QStringLiteral("25171500"),
            QStringLiteral("H87") };
        Result<PartSupplyOutcome> supplied = orders.supplyPart(opened->id, { brake, Quantity::units(units), {} }, advisor);
        if (!supplied || supplied->toPurchase != Quantity::units(units)) {
            qWarning() << "supplyPart:" << why(supplied);
            return {};
        }
        *orderId = opened->id;
        return text(counter, QStringLiteral("SELECT ref_id FROM service_order_part_sources WHERE order_id = ? AND "
                                            "kind = 'purchase'"),
            { opened->id });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
    }

    void suggestionsReachTheWholeBranch()
    {
        BranchCounters counters(m_root.path());
        const Status started = counters.startBackend();
        NEXUS_REQUIRE_POSTGRES(started);
        const QString error = counters.start(m_acme);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EnrolledCounter &a = counters.a;
        EnrolledCounter &b = counters.b;
        EnrolledCounter &gdl = counters.gdl;
        const QString managerId = m_acme.userId(QStringLiteral("acme-mty-gerente"));
        const WorkshopActor advisor { managerId, QStringLiteral("Gloria Gerente"), Role::Manager };
        const PurchasingActor buyer { managerId, QStringLiteral("Gloria Gerente"), Role::Manager };
        QVERIFY(saveSupplier(a, buyer));
        QVERIFY(saveSupplier(b, buyer));

        // A: an order needs three brakes nobody has: a purchase suggestion. B and GDL pull.
        QString orderId;
        const QString suggestionId = orderNeedingBrakes(a, advisor, 3, &orderId);
        QVERIFY(!suggestionId.isEmpty());
        const QString folio = workshop(a).load(orderId)->folio;
        QVERIFY2(a.sync(), "A left facts pending");
        QVERIFY(b.sync());
        QVERIFY(gdl.sync());
        Result<std::vector<PurchaseSuggestion>> atB = PurchaseSuggestionList(b.db()).open();
        QVERIFY2(atB, why(atB).constData());
        QCOMPARE(atB->size(), std::size_t(1));
        QCOMPARE(atB->front().id, suggestionId);
        QCOMPARE(atB->front().partId, qint64(7));
        QCOMPARE(atB->front().quantity, Quantity::units(3));
        QCOMPARE(atB->front().warehouseId, a.shelf());
        QVERIFY2(atB->front().reason.contains(folio), qPrintable(atB->front().reason));
        QCOMPARE(b.pending(), 0); // applied as the server's state, no facts of B's own
        // B's copy of the order knows its line waits for that purchase.
        Result<ServiceOrder> orderAtB = workshop(b).load(orderId);
        QVERIFY2(orderAtB, why(orderAtB).constData());
        QCOMPARE(orderAtB->parts.front().source.kind, PartSourceKind::Purchase);
        QCOMPARE(orderAtB->parts.front().source.refId, suggestionId);
        // GDL's devices never get MTY's suggestions.
        QCOMPARE(count(gdl, QStringLiteral("SELECT count(*) FROM purchase_suggestions")), 0);
        QCOMPARE(count(gdl, QStringLiteral("SELECT count(*) FROM pull_rows WHERE bucket = 'purchase_suggestions'")), 0);

        // A reads its list (Inventario open at A); meanwhile B drafts the suggestion with F7's path.
        Result<std::vector<PurchaseSuggestion>> staleAtA = PurchaseSuggestionList(a.db()).open();
        QVERIFY(staleAtA && staleAtA->size() == 1);
        Result<DraftOrdersOutcome> drafted = purchasing(b).createDraftPurchaseOrders(*atB, buyer);
        QVERIFY2(drafted, why(drafted).constData());
        QCOMPARE(drafted->orders.size(), std::size_t(1));
        const PurchaseOrder po = drafted->orders.front();
        QVERIFY2(po.note.contains(folio), qPrintable(po.note));
        QCOMPARE(openCount(b), std::size_t(0));
        QCOMPARE(workshop(b).load(orderId)->parts.front().source.folio, po.folio);
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        // A shows it ordered in B's purchase order: off the list, and the waiting line names B's folio.
        QCOMPARE(openCount(a), std::size_t(0));
        QCOMPARE(text(a, QStringLiteral("SELECT purchase_order_id FROM purchase_suggestions WHERE id = ?"),
                     { suggestionId }),
            po.id);
        Result<ServiceOrder> waiting = workshop(a).load(orderId);
        QVERIFY2(waiting, why(waiting).constData());
        QCOMPARE(waiting->parts.front().source.folio, po.folio);
        QVERIFY(!waiting->parts.front().source.withdrawn);
        // A cannot draft it again from the list it read before: refused, no purchase order written at A.
        Result<DraftOrdersOutcome> twice = purchasing(a).createDraftPurchaseOrders(*staleAtA, buyer);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code(), ErrorCode::Conflict);
        QCOMPARE(count(a, QStringLiteral("SELECT count(*) FROM purchase_orders")), 0);
        QCOMPARE(a.pending(), 0);

        // A cancels a second order: B's list loses its suggestion.
        QString secondOrder;
        const QString second = orderNeedingBrakes(a, advisor, 1, &secondOrder);
        QVERIFY(!second.isEmpty());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(openCount(b), std::size_t(1));
        QVERIFY(workshop(a).move(secondOrder, ServiceOrderStatus::Received, ServiceOrderStatus::Cancelled, advisor,
            QStringLiteral("El cliente ya no quiso")));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(openCount(b), std::size_t(0));
        QVERIFY(!text(b, QStringLiteral("SELECT cancelled_at FROM purchase_suggestions WHERE id = ?"), { second })
                     .isEmpty());

        // B cancels a third order, opened at A and pulled: the server withdraws its suggestion, A's list loses it.
        QString thirdOrder;
        const QString third = orderNeedingBrakes(a, advisor, 2, &thirdOrder);
        QVERIFY(!third.isEmpty());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        Result<ServiceOrder> cancelledAtB = workshop(b).move(thirdOrder, ServiceOrderStatus::Received,
            ServiceOrderStatus::Cancelled, advisor, QStringLiteral("Se llevó el carro"));
        QVERIFY2(cancelledAtB, why(cancelledAtB).constData());
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        QCOMPARE(openCount(a), std::size_t(0));
        QVERIFY(!text(a, QStringLiteral("SELECT cancelled_at FROM purchase_suggestions WHERE id = ?"), { third })
                     .isEmpty());
        QVERIFY(b.sync());
        QCOMPARE(openCount(b), std::size_t(0));

        // B takes the waiting line off a fifth order, opened at A and pulled: A's suggestion for it is withdrawn.
        QString fifthOrder;
        const QString fifth = orderNeedingBrakes(a, advisor, 1, &fifthOrder);
        QVERIFY(!fifth.isEmpty());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        Result<ServiceOrder> pulledFifth = workshop(b).load(fifthOrder);
        QVERIFY2(pulledFifth && pulledFifth->parts.size() == 1, why(pulledFifth).constData());
        Result<ServiceOrder> removedAtB = workshop(b).removePart(fifthOrder, pulledFifth->parts.front().id, advisor);
        QVERIFY2(removedAtB, why(removedAtB).constData());
        QVERIFY(removedAtB->parts.front().source.withdrawn); // withdrawn at B at once, its fact on the way up
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        QVERIFY(!text(a, QStringLiteral("SELECT cancelled_at FROM purchase_suggestions WHERE id = ?"), { fifth })
                     .isEmpty());
        QVERIFY(workshop(a).load(fifthOrder)->parts.front().source.withdrawn);
        QCOMPARE(openCount(a), std::size_t(0));
        QVERIFY(b.sync());
        QCOMPARE(openCount(b), std::size_t(0));

        // Both draft a fourth suggestion offline (A first): after the syncs both show A's draft, the earliest, and
        // head office has one exception naming both folios.
        QString fourthOrder;
        const QString fourth = orderNeedingBrakes(a, advisor, 4, &fourthOrder);
        QVERIFY(!fourth.isEmpty());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        Result<std::vector<PurchaseSuggestion>> listA = PurchaseSuggestionList(a.db()).open();
        Result<std::vector<PurchaseSuggestion>> listB = PurchaseSuggestionList(b.db()).open();
        QVERIFY(listA && listA->size() == 1 && listB && listB->size() == 1);
        Result<DraftOrdersOutcome> draftA = purchasing(a).createDraftPurchaseOrders(*listA, buyer);
        QVERIFY2(draftA, why(draftA).constData());
        QTest::qWait(5); // a later draft time at B
        Result<DraftOrdersOutcome> draftB = purchasing(b).createDraftPurchaseOrders(*listB, buyer);
        QVERIFY2(draftB, why(draftB).constData());
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        const QString winner = draftA->orders.front().id;
        for (EnrolledCounter *counter : { &a, &b }) {
            QCOMPARE(text(*counter, QStringLiteral("SELECT purchase_order_id FROM purchase_suggestions WHERE id = ?"),
                         { fourth }),
                winner);
            QCOMPARE(openCount(*counter), std::size_t(0));
        }
        QCOMPARE(workshop(a).load(fourthOrder)->parts.front().source.folio, draftA->orders.front().folio);
        {
            Result<std::unique_ptr<Database>> tenant = counters.backend().openTenant(QStringLiteral("acme"), QStringLiteral("hq"));
            QVERIFY2(tenant, why(tenant).constData());
            Result<QVariant> exceptions = (*tenant)->scalar(
                QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'purchase_suggestion_ordered_twice' AND "
                               "ref = ?"),
                { fourth });
            QVERIFY2(exceptions, why(exceptions).constData());
            QCOMPARE(exceptions->toLongLong(), 1);
        }
        // Nothing of MTY's ever reached GDL.
        QVERIFY(gdl.sync());
        QCOMPARE(count(gdl, QStringLiteral("SELECT count(*) FROM purchase_suggestions")), 0);
        QCOMPARE(a.pending(), 0);
        QCOMPARE(b.pending(), 0);
        QCOMPARE(counters.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseSuggestionsPull)
#include "testpurchasesuggestionspull.moc"
