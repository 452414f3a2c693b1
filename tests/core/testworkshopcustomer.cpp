// What the workshop's customer gets and keeps, on a real nexus.db with the notifications listener attached: the
// estimate sent for approval and the car ready each queue the customer's WhatsApp (and the bell's in-app line) in the
// same transaction as the order's change — queued, nothing sent, as on a counter without network — with the order's
// folio, car and amount; sending the estimate writes a note fact, is refused with nothing written when there is nothing
// to estimate, as a mechanic, or once the customer approved that amount; a changed estimate can be sent again. The
// inspection's photos: JPEG/PNG only, of an item on the order's checklist, not on a closed order, listed by item,
// removed.
#include "mockclock.h"
#include "notifications/notificationservice.h"
#include "store/domainevents.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"
#include "workshop/serviceorderpayload.h"
#include "workshop/serviceorderphotos.h"
#include "workshop/serviceorderservice.h"

#include <QTest>

using namespace nexus;

namespace {

const WorkshopActor kAdvisor { QStringLiteral("user-asesor"), QStringLiteral("Ana Asesora"), Role::Cashier };
const WorkshopActor kMechanic { QStringLiteral("user-meca"), QStringLiteral("Beto Mecánico"), Role::Mechanic };
const WorkshopActor kManager { QStringLiteral("user-gerente"), QStringLiteral("Gloria Gerente"), Role::Manager };
const WorkshopActor kHq { QStringLiteral("user-hq"), QStringLiteral("Oficina"), Role::Hq };

const QByteArray kJpeg = QByteArray::fromHex("ffd8ffe000104a46494600") + QByteArray(2000, 'x');
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(500, 'y');

} // namespace

class TestWorkshopCustomer final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<NotificationService> m_notifications;
    test::MockClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC) };
    int m_round = 0;

    Database &db() { return m_store->db(); }
    ServiceOrderService service()
    {
        return ServiceOrderService(
            db(), m_clock, WorkshopContext { QStringLiteral("dev-1"), QStringLiteral("branch-1"), false, {} });
    }

    QString text(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toString() : QStringLiteral("<none>");
    }
    qint64 count(const QString &sql, const QVariantList &values = {}) { return text(sql, values).toLongLong(); }

    ServiceOrder opened()
    {
        NewServiceOrder order;
        order.customer = { {}, QStringLiteral("Juan Pérez"), QStringLiteral("81 1234 5678") };
        order.vehicle
            = { {}, QStringLiteral("ABC-123-D"), {}, QStringLiteral("Honda"), QStringLiteral("Accord"), 2003, 185000 };
        order.complaint = QStringLiteral("Rechinan los frenos");
        order.mechanicId = kMechanic.userId;
        order.mechanicName = kMechanic.name;
        Result<ServiceOrder> result = service().open(order, kAdvisor);
        if (!result)
            qWarning("open: %s", qPrintable(result.error().logMessage()));
        return result ? *result : ServiceOrder {};
    }

    ServiceOrder withLabor(const ServiceOrder &order, qint64 cents)
    {
        Result<ServiceOrder> result = service().addLabor(order.id,
            { QStringLiteral("Cambio de balatas"), LaborPricing::Flat, {}, {}, Money(cents), {}, {} }, kAdvisor);
        if (!result)
            qWarning("labor: %s", qPrintable(result.error().logMessage()));
        return result ? *result : order;
    }

    QList<qint64> footprint()
    {
        return { count(QStringLiteral("SELECT count(*) FROM notification_messages")),
            count(QStringLiteral("SELECT count(*) FROM service_order_notes")),
            count(QStringLiteral("SELECT count(*) FROM outbox")) };
    }

private Q_SLOTS:
    void init()
    {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round)));
        QVERIFY2(store.has_value(), test::why(store).constData());
        m_store = std::move(*store);
        m_notifications = std::make_unique<NotificationService>(db(), m_clock);
        attachEventSink(db(), m_notifications.get());
    }

    void cleanup()
    {
        attachEventSink(db(), nullptr);
        m_notifications.reset();
        m_store.reset();
    }

    void estimateSentForApprovalQueuesTheCustomersMessage()
    {
        ServiceOrder order = opened();
        const QList<qint64> empty = footprint();
        Result<ServiceOrder> nothing = service().sendEstimate(order.id, kAdvisor);
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().field(), QStringLiteral("estimate"));
        QCOMPARE(footprint(), empty);

        order = withLabor(order, 185000);
        const QList<qint64> before = footprint();
        for (const WorkshopActor &actor : { kMechanic, kHq }) {
            Result<ServiceOrder> refused = service().sendEstimate(order.id, actor);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        }
        QCOMPARE(footprint(), before);

        Result<ServiceOrder> sent = service().sendEstimate(order.id, kAdvisor);
        QVERIFY2(sent.has_value(), test::why(sent).constData());
        // WhatsApp to the customer, queued; the branch's in-app line, delivered to the bell; no address: the e-mail is
        // logged as skipped.
        QCOMPARE(text(QStringLiteral("SELECT group_concat(channel || ':' || state, ' ') FROM (SELECT channel, state "
                                     "FROM notification_messages WHERE event = 'estimate_ready' AND ref_type = "
                                     "'service_order' AND ref_id = ? ORDER BY channel)"),
                     { order.id }),
            QStringLiteral("email:skipped in_app:delivered whatsapp:queued"));
        QCOMPARE(text(QStringLiteral("SELECT recipient FROM notification_messages WHERE event = 'estimate_ready' AND "
                                     "channel = 'whatsapp'")),
            QStringLiteral("+528112345678"));
        const QString body = text(QStringLiteral(
            "SELECT body FROM notification_messages WHERE event = 'estimate_ready' AND channel = 'whatsapp'"));
        QVERIFY2(body.contains(QStringLiteral("Juan Pérez")) && body.contains(sent->folio)
                && body.contains(QStringLiteral("Honda Accord 2003 (ABC-123-D)"))
                && body.contains(QStringLiteral("$1,850.00")),
            qPrintable(body));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM notification_messages WHERE sent_at IS NOT NULL")), // offline
            QStringLiteral("0"));
        // The order says so in its notes, and the note is a fact for the server and the other counters.
        QCOMPARE(sent->notes.size(), 1u);
        QVERIFY2(sent->notes.front().text.contains(QStringLiteral("1,850.00")), qPrintable(sent->notes.front().text));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = ? AND json_extract(payload, '$.text') = ?"),
                { QString::fromLatin1(serviceordermutation::kNoteAdded), sent->notes.front().text }),
            1);

        // Approved at that amount: sending it again is refused; a changed estimate goes again, as a new message.
        QVERIFY(service().approveEstimate(order.id, QStringLiteral("Por WhatsApp"), kAdvisor));
        const QList<qint64> approved = footprint();
        Result<ServiceOrder> again = service().sendEstimate(order.id, kAdvisor);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QCOMPARE(footprint(), approved);
        withLabor(order, 30000);
        QVERIFY(service().sendEstimate(order.id, kManager));
        QCOMPARE(
            count(QStringLiteral(
                "SELECT count(*) FROM notification_messages WHERE event = 'estimate_ready' AND channel = 'whatsapp'")),
            2);
        QVERIFY(text(QStringLiteral("SELECT body FROM notification_messages WHERE event = 'estimate_ready' AND "
                                    "channel = 'whatsapp' ORDER BY created_at DESC, id DESC LIMIT 1"))
                    .contains(QStringLiteral("$2,150.00")));
    }

    void carReadyQueuesTheCustomersMessage()
    {
        ServiceOrder order = withLabor(opened(), 50000);
        QVERIFY(service().approveEstimate(order.id, QStringLiteral("Firmó"), kAdvisor));
        for (ServiceOrderStatus to :
            { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair, ServiceOrderStatus::QualityCheck }) {
            Result<ServiceOrder> moved = service().move(order.id, service().load(order.id)->status, to, kMechanic, {});
            QVERIFY2(moved.has_value(), test::why(moved).constData());
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE event = 'order_ready'")), 0);
        QVERIFY(service().move(order.id, ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready, kMechanic, {}));
        QCOMPARE(text(QStringLiteral("SELECT group_concat(channel || ':' || state, ' ') FROM (SELECT channel, state "
                                     "FROM notification_messages WHERE event = 'order_ready' AND ref_id = ? ORDER BY "
                                     "channel)"),
                     { order.id }),
            QStringLiteral("email:skipped in_app:delivered whatsapp:queued"));
        const QString body = text(QStringLiteral(
            "SELECT body FROM notification_messages WHERE event = 'order_ready' AND channel = 'whatsapp'"));
        QVERIFY2(body.contains(QStringLiteral("listo")) && body.contains(QStringLiteral("$500.00"))
                && body.contains(QStringLiteral("Honda Accord 2003 (ABC-123-D)")),
            qPrintable(body));
    }

    void inspectionPhotos()
    {
        ServiceOrder order = opened();
        ServiceOrderPhotos photos(db(), m_clock);
        Result<ServiceOrderPhoto> brakes = photos.add(order.id, 1, kJpeg, PhotoSource::Camera, kMechanic);
        QVERIFY2(brakes.has_value(), test::why(brakes).constData());
        QCOMPARE(brakes->mime, QStringLiteral("image/jpeg"));
        m_clock.advanceMs(60000);
        QVERIFY(photos.add(order.id, 5, kPng, PhotoSource::File, kAdvisor));
        m_clock.advanceMs(60000);
        QVERIFY(photos.add(order.id, 1, kPng, PhotoSource::File, kAdvisor));

        struct Bad
        {
            QString orderId;
            int item;
            QByteArray image;
            WorkshopActor actor;
            QString field;
        };
        const QList<Bad> bad {
            { order.id, 1, {}, kMechanic, QStringLiteral("photo") },
            { order.id, 1, QByteArray("GIF89a") + QByteArray(100, 'z'), kMechanic, QStringLiteral("photo") },
            { order.id, 1, QByteArray::fromHex("ffd8ff") + QByteArray(ServiceOrderPhotos::kMaxBytes, 'x'), kMechanic,
                QStringLiteral("photo") },
            { order.id, 99, kJpeg, kMechanic, QStringLiteral("item") },
            { QStringLiteral("no-such-order"), 1, kJpeg, kMechanic, QStringLiteral("order") },
        };
        for (const Bad &entry : bad) {
            Result<ServiceOrderPhoto> refused
                = photos.add(entry.orderId, entry.item, entry.image, PhotoSource::File, entry.actor);
            QVERIFY(!refused);
            QCOMPARE(refused.error().field(), entry.field);
        }
        QVERIFY(!photos.add(order.id, 1, kJpeg, PhotoSource::File, kHq));

        Result<std::vector<ServiceOrderPhoto>> listed = photos.of(order.id);
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), 3u);
        QCOMPARE((*listed)[0].itemNo, 1);
        QCOMPARE((*listed)[0].source, PhotoSource::Camera);
        QCOMPARE((*listed)[0].image, kJpeg);
        QCOMPARE((*listed)[0].takenBy, kMechanic.name);
        QCOMPARE((*listed)[1].itemNo, 1);
        QCOMPARE((*listed)[1].mime, QStringLiteral("image/png"));
        QCOMPARE((*listed)[2].itemNo, 5);

        QVERIFY(photos.remove((*listed)[1].id, kMechanic));
        QCOMPARE(photos.of(order.id)->size(), 2u);
        QCOMPARE(photos.remove((*listed)[1].id, kMechanic).error().code(), ErrorCode::NotFound);

        // A cancelled order keeps its photos and takes no more.
        QVERIFY(service().move(order.id, ServiceOrderStatus::Received, ServiceOrderStatus::Cancelled, kManager,
            QStringLiteral("No regresó")));
        Result<ServiceOrderPhoto> closed = photos.add(order.id, 1, kJpeg, PhotoSource::File, kManager);
        QVERIFY(!closed);
        QCOMPARE(closed.error().field(), QStringLiteral("status"));
        QCOMPARE(photos.of(order.id)->size(), 2u);
    }
};

QTEST_GUILESS_MAIN(TestWorkshopCustomer)
#include "testworkshopcustomer.moc"
