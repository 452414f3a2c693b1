// Notifications end to end on real nexus.db files: templates render (unknown placeholder named), events from the real
// workshop, checkout and stock services queue messages in their own transaction, opt-out and channel preferences are
// respected, and the dispatcher sends through the real WhatsApp and SMTP clients to local fakes: offline → queued and
// retried with back-off → sent once; a crash between claim and outcome never sends twice.
#include "client/notifications/notificationdispatcher.h"
#include "client/notifications/notificationdispatchrunner.h"
#include "client/notifications/smtpclient.h"
#include "client/notifications/whatsappclient.h"
#include "client/notifications/whatsappstatusreplica.h"
#include "fakesmtpserver.h"
#include "fakewhatsappserver.h"
#include "inventory/stockledger.h"
#include "mockclock.h"
#include "notifications/notificationservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/domainevents.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"
#include "workshop/serviceorderservice.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-1");
const QString kBranch = QStringLiteral("branch-1");
const QString kShelf = QStringLiteral("wh-mostrador");
const WorkshopActor kAdvisor { QStringLiteral("u-asesor"), QStringLiteral("Ana"), Role::Cashier };
const WorkshopActor kMechanic { QStringLiteral("u-meca"), QStringLiteral("Beto"), Role::Mechanic };

CartItem part(qint64 partId, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), QStringLiteral("Pieza %1").arg(partId), kShelf,
        Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
        QStringLiteral("H87") };
}

QString decodedBody(const QByteArray &mail)
{
    const qsizetype split = mail.indexOf("\r\n\r\n");
    return QString::fromUtf8(QByteArray::fromBase64(mail.mid(split + 4).replace("\r\n", "")));
}

} // namespace

// The fake WhatsApp Cloud API and a dispatcher sending to it through the real client (30 s first retry, 1 h at most,
// 8 attempts).
struct WhatsAppAtFake
{
    WhatsAppAtFake(const TlsIdentity &tls, Database &db, const Clock &clock)
        : fake(tls),
          client({ fake.baseUrl(), QStringLiteral("v21.0"), QStringLiteral("555"), QStringLiteral("t"),
              QStringLiteral("es_MX"), tls.certificatePath, 3000 }),
          dispatcher(db, clock, { 30, 3600, 8 })
    {
        dispatcher.setChannel(NotificationChannel::WhatsApp, &client);
    }

    test::FakeWhatsAppServer fake;
    WhatsAppClient client;
    NotificationDispatcher dispatcher;
};

class TestNotifications final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<NotificationService> m_notifications;
    test::MockClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC) };
    int m_round = 0;
    QString m_path;

    Database &db() { return m_store->db(); }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    std::vector<NotificationMessage> messages(std::optional<NotificationChannel> channel = std::nullopt)
    {
        Result<std::vector<NotificationMessage>> list = m_notifications->store().messages(std::nullopt, channel, 100);
        return list ? *list : std::vector<NotificationMessage> {};
    }
    void addCustomer(const QString &id, const QString &name, const QString &phone, const QString &email)
    {
        QVERIFY(db().exec(QStringLiteral("INSERT INTO customers(id, name, phone, email, hlc, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, '0', '2026-01-01', '2026-01-01')"),
                        { id, name, phone.isNull() ? QStringLiteral("") : phone,
                            email.isNull() ? QStringLiteral("") : email })
                    .has_value());
    }
    void receive(qint64 partId, qint64 units)
    {
        Transaction transaction(db());
        QVERIFY(transaction.begin().has_value());
        QVERIFY(StockLedger(db())
                    .post({ { QStringLiteral("rcv-%1-%2").arg(partId).arg(units), partId, kShelf,
                        QStringLiteral("receipt"), Quantity::units(units), QStringLiteral("purchase_order"),
                        QStringLiteral("po-1"), kAdvisor.userId, QStringLiteral("2026-03-01T00:00:00.000Z") } })
                    .has_value());
        QVERIFY(transaction.commit().has_value());
    }
    // An order for `customerId` (phone given at reception) moved through the real workshop service to ready.
    QString orderReady(const QString &customerId, const QString &phone)
    {
        ServiceOrderService workshop(db(), m_clock, WorkshopContext { kDevice, kBranch, false, {} });
        NewServiceOrder order;
        order.customer = { customerId, QStringLiteral("José Ñúñez"), phone };
        order.vehicle = { {}, QStringLiteral("abc-123-d"), {}, QStringLiteral("Nissan"), QStringLiteral("Tsuru"), 2015,
            120000 };
        order.complaint = QStringLiteral("Ruido al frenar");
        order.mechanicId = kMechanic.userId;
        order.mechanicName = kMechanic.name;
        Result<ServiceOrder> opened = workshop.open(order, kAdvisor);
        if (!opened)
            return {};
        ServiceOrder current = *opened;
        (void)workshop.addLabor(
            current.id, { QStringLiteral("Frenos"), LaborPricing::Flat, {}, {}, Money(245000), {}, {} }, kMechanic);
        (void)workshop.approveEstimate(current.id, QStringLiteral("Firmado"), kAdvisor);
        for (ServiceOrderStatus to : { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair,
                 ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready }) {
            Result<ServiceOrder> moved = workshop.move(current.id, current.status, to, kMechanic, {});
            if (!moved) {
                qWarning("move: %s", qPrintable(moved.error().logMessage()));
                return {};
            }
            current = *moved;
        }
        return current.folio;
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round));
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_path);
        QVERIFY2(store.has_value(), test::why(store).constData());
        m_store = std::move(*store);
        m_notifications = std::make_unique<NotificationService>(db(), m_clock);
        attachEventSink(db(), m_notifications.get());
        QVERIFY(m_store->setSetting(QStringLiteral("branch_name"), QStringLiteral("Refaccionaria Centro")).has_value());
    }
    void cleanup()
    {
        attachEventSink(db(), nullptr);
        m_notifications.reset();
        m_store.reset();
    }

    void rendersPlaceholdersAndNamesUnknownOnes()
    {
        NotificationTemplate tpl { NotificationEvent::OrderReady, NotificationChannel::Email,
            QStringLiteral("Orden {folio}"), QStringLiteral("Hola {cliente}, tu {vehiculo}: {monto} {x}"), {}, true, {},
            {} };
        const PlaceholderValues values { { QStringLiteral("cliente"), QStringLiteral("Ana {folio}") },
            { QStringLiteral("vehiculo"), QStringLiteral("Tsuru") }, { QStringLiteral("folio"), QStringLiteral("OS-1") },
            { QStringLiteral("monto"), QStringLiteral("$1.00") } };
        Result<RenderedText> unknown = renderTemplate(tpl, values);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field(), QStringLiteral("body"));
        QVERIFY2(unknown.error().logMessage().contains(QStringLiteral("{x}")), qPrintable(unknown.error().logMessage()));
        tpl.body = QStringLiteral("Hola {cliente}, tu {vehiculo}: {monto}. {cliente}");
        Result<RenderedText> ok = renderTemplate(tpl, values);
        QVERIFY2(ok.has_value(), test::why(ok).constData());
        // A value with braces is not expanded again.
        QCOMPARE(ok->body, QStringLiteral("Hola Ana {folio}, tu Tsuru: $1.00. Ana {folio}"));
        QCOMPARE(ok->subject, QStringLiteral("Orden OS-1"));
        QCOMPARE(ok->params, QStringList({ QStringLiteral("Ana {folio}"), QStringLiteral("Tsuru"),
                                 QStringLiteral("$1.00") }));
        Result<QString> missing = renderText(QStringLiteral("{folio} {monto}"), { { QStringLiteral("folio"), {} } });
        QVERIFY(!missing);
        QVERIFY(missing.error().logMessage().contains(QStringLiteral("{monto}")));
        // Every default template renders with the sample values of its event (the editor's preview).
        Result<std::vector<NotificationTemplate>> all = m_notifications->store().templates();
        QVERIFY(all.has_value());
        QVERIFY(all->size() >= 17);
        for (const NotificationTemplate &t : *all) {
            Result<RenderedText> preview = m_notifications->preview(t);
            QVERIFY2(preview.has_value(), qPrintable(eventCode(t.event) + channelCode(t.channel)));
            QVERIFY(!preview->body.contains(QLatin1Char('{')));
        }
        // The editor refuses a template with a placeholder its event does not offer, and non-managers.
        tpl.body = QStringLiteral("Hola {pieza}");
        Status bad = m_notifications->saveTemplate(tpl, Role::Manager, QStringLiteral("Gloria"));
        QVERIFY(!bad);
        QVERIFY(bad.error().logMessage().contains(QStringLiteral("{pieza}")));
        tpl.body = QStringLiteral("Listo {cliente}");
        QCOMPARE(m_notifications->saveTemplate(tpl, Role::Cashier, QStringLiteral("Ana")).error().code(),
            ErrorCode::PermissionDenied);
        QVERIFY(m_notifications->saveTemplate(tpl, Role::Manager, QStringLiteral("Gloria")).has_value());
        QCOMPARE(m_notifications->store().templateFor(NotificationEvent::OrderReady, NotificationChannel::Email)
                     ->value()
                     .body,
            QStringLiteral("Listo {cliente}"));
    }

    // The real workshop service moves an order to ready: WhatsApp, e-mail and in-app messages are queued by the
    // same transaction, rendered in Spanish with the order's data; the same event never queues twice.
    void orderReadyQueuesPerChannel()
    {
        addCustomer(QStringLiteral("c-1"), QStringLiteral("José Ñúñez"), QStringLiteral("81 1234 5678"),
            QStringLiteral("jose@example.mx"));
        const QString folio = orderReady(QStringLiteral("c-1"), QStringLiteral("8112345678"));
        QVERIFY(!folio.isEmpty());
        const std::vector<NotificationMessage> all = messages();
        QCOMPARE(all.size(), size_t(3));
        std::map<NotificationChannel, NotificationMessage> byChannel;
        for (const NotificationMessage &m : all)
            byChannel[m.channel] = m;
        const NotificationMessage &wa = byChannel.at(NotificationChannel::WhatsApp);
        QCOMPARE(wa.recipient, QStringLiteral("+528112345678"));
        QCOMPARE(wa.state, MessageState::Queued);
        QVERIFY2(wa.body.contains(QStringLiteral("Hola José Ñúñez, tu Nissan Tsuru 2015 (ABC-123-D) ya está listo")),
            qPrintable(wa.body));
        QVERIFY2(wa.body.contains(folio) && wa.body.contains(QStringLiteral("$2,450.00")), qPrintable(wa.body));
        QVERIFY(wa.body.contains(QStringLiteral("Refaccionaria Centro")));
        QCOMPARE(byChannel.at(NotificationChannel::Email).recipient, QStringLiteral("jose@example.mx"));
        QCOMPARE(byChannel.at(NotificationChannel::InApp).state, MessageState::Delivered);
        QCOMPARE(*m_notifications->store().unreadInAppCount(), 1);
        // Publishing the same fact again (a replay) queues nothing new.
        const QVariantMap data { { QStringLiteral("folio"), folio }, { QStringLiteral("customer_id"), QStringLiteral("c-1") },
            { QStringLiteral("customer_name"), QStringLiteral("José") }, { QStringLiteral("total_cents"), 100 } };
        const QString eventId = wa.idempotencyKey.section(QLatin1Char(':'), 1, 1);
        publishEvent(db(), { QString::fromLatin1(domainevent::kServiceOrderReady), eventId, data });
        QCOMPARE(messages().size(), size_t(3));
    }

    // Opt-out: nothing goes to the customer on any channel (staff still see it in the app); channel preferences:
    // only the chosen channel. Every channel not used is in the log as skipped with the reason, never dispatched.
    void optOutAndPreferencesRespected()
    {
        auto only = [this](NotificationChannel channel) {
            const std::vector<NotificationMessage> list = messages(channel);
            return list.size() == 1 ? list.front() : NotificationMessage {};
        };
        addCustomer(QStringLiteral("c-out"), QStringLiteral("Sin Avisos"), QStringLiteral("5512345678"),
            QStringLiteral("no@example.mx"));
        QVERIFY(m_notifications->store()
                    .setPreferences(QStringLiteral("c-out"), { true, true, true }, QStringLiteral("Ana"),
                        QStringLiteral("2026-03-02T15:00:00.000Z"))
                    .has_value());
        QVERIFY(!orderReady(QStringLiteral("c-out"), QStringLiteral("5512345678")).isEmpty());
        for (NotificationChannel channel : { NotificationChannel::WhatsApp, NotificationChannel::Email }) {
            const NotificationMessage skipped = only(channel);
            QCOMPARE(skipped.state, MessageState::Skipped);
            QCOMPARE(skipped.skipReason, SkipReason::OptedOut);
            QCOMPARE(skipped.customerId, QStringLiteral("c-out"));
            QVERIFY(skipped.nextAttemptAt.isEmpty());
        }
        QCOMPARE(messages(NotificationChannel::InApp).size(), size_t(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE state = 'skipped' AND "
                                      "skip_reason = 'opted_out'")),
            2);

        addCustomer(QStringLiteral("c-mail"), QStringLiteral("Solo Correo"), QStringLiteral("5587654321"),
            QStringLiteral("correo@example.mx"));
        QVERIFY(m_notifications->store()
                    .setPreferences(QStringLiteral("c-mail"), { false, true, false }, QStringLiteral("Ana"),
                        QStringLiteral("2026-03-02T15:00:00.000Z"))
                    .has_value());
        QVERIFY(db().exec(QStringLiteral("DELETE FROM notification_messages")).has_value());
        QVERIFY(!orderReady(QStringLiteral("c-mail"), QStringLiteral("5587654321")).isEmpty());
        QCOMPARE(only(NotificationChannel::WhatsApp).state, MessageState::Skipped);
        QCOMPARE(only(NotificationChannel::WhatsApp).skipReason, SkipReason::ChannelDeclined);
        QCOMPARE(only(NotificationChannel::Email).state, MessageState::Queued);
        QCOMPARE(only(NotificationChannel::Email).recipient, QStringLiteral("correo@example.mx"));

        // No e-mail address and a landline: both channels skipped, each with its reason.
        addCustomer(QStringLiteral("c-none"), QStringLiteral("Sin Datos"), QStringLiteral("123"), {});
        QVERIFY(db().exec(QStringLiteral("DELETE FROM notification_messages")).has_value());
        QVERIFY(!orderReady(QStringLiteral("c-none"), QStringLiteral("123")).isEmpty());
        QCOMPARE(only(NotificationChannel::WhatsApp).skipReason, SkipReason::NoPhone);
        QCOMPARE(only(NotificationChannel::Email).skipReason, SkipReason::NoEmail);
        QCOMPARE(skipReasonTitle(SkipReason::NoEmail), QStringLiteral("No e-mail address"));

        // The dispatcher never claims a skipped message, and the service does not resend one.
        Result<std::optional<NotificationMessage>> claimed = m_notifications->store().claimDue(
            m_clock.nowUtc().addDays(1).toString(Qt::ISODateWithMs),
            { NotificationChannel::WhatsApp, NotificationChannel::Email });
        QVERIFY(claimed.has_value());
        QVERIFY(!claimed->has_value());
        QVERIFY(!m_notifications->resend(only(NotificationChannel::Email).id));
    }

    // A real checkout above the threshold announces the sale in the app; the same checkout takes a part below its
    // reorder point (low_stock) and another to zero (reorder_alert); a small sale announces nothing.
    void saleAndStockEventsFromCheckout()
    {
        QVERIFY(m_store->setSetting(NotificationService::kNewSaleThresholdSetting, QStringLiteral("100000")));
        receive(1, 10);
        receive(2, 1);
        QVERIFY(m_notifications->store()
                    .setStockAlertLevel({ 1, kShelf, QStringLiteral("BAL-1"), QStringLiteral("Balata"), Quantity::units(5) })
                    .has_value());
        QVERIFY(m_notifications->store()
                    .setStockAlertLevel({ 2, kShelf, QStringLiteral("FIL-2"), QStringLiteral("Filtro"), Quantity::units(0) })
                    .has_value());
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(kAdvisor.userId, Money(50000)).has_value());
        const CheckoutContext context { kDevice, kBranch, QStringLiteral("CEN1"), kAdvisor.userId, Role::Cashier, false };
        Cart small;
        QVERIFY(small.add(part(1, 10000), Quantity::units(1)).has_value());
        QVERIFY(CheckoutService(db(), m_clock)
                    .checkout(small, { Tender { TenderMethod::Cash, Money(10000), 0, {} } }, context)
                    .has_value());
        QCOMPARE(messages().size(), size_t(0)); // 9 left, above 5; $100 below the threshold

        Cart big;
        QVERIFY(big.add(part(1, 50000), Quantity::units(4)).has_value());
        QVERIFY(big.add(part(2, 20000), Quantity::units(1)).has_value());
        Result<SaleReceipt> receipt
            = CheckoutService(db(), m_clock).checkout(big, { Tender { TenderMethod::Cash, Money(220000), 0, {} } }, context);
        QVERIFY2(receipt.has_value(), test::why(receipt).constData());
        std::map<NotificationEvent, NotificationMessage> byEvent;
        for (const NotificationMessage &m : messages(NotificationChannel::InApp))
            byEvent[m.event] = m;
        QCOMPARE(byEvent.size(), size_t(3));
        QCOMPARE(byEvent.at(NotificationEvent::NewSale).subject,
            QStringLiteral("Venta %1 por $2,200.00").arg(receipt->folio));
        QCOMPARE(byEvent.at(NotificationEvent::LowStock).body, QStringLiteral("Quedan 5 de Balata (BAL-1) (mínimo 5)."));
        QVERIFY(byEvent.at(NotificationEvent::ReorderAlert).body.startsWith(QStringLiteral("Filtro (FIL-2) se agotó")));
        // Further sales below the point do not repeat the alert (it fires when the balance crosses it).
        Cart again;
        QVERIFY(again.add(part(1, 100), Quantity::units(1)).has_value());
        QVERIFY(CheckoutService(db(), m_clock)
                    .checkout(again, { Tender { TenderMethod::Cash, Money(100), 0, {} } }, context)
                    .has_value());
        QCOMPARE(messages(NotificationChannel::InApp).size(), size_t(3));
    }

    // WhatsApp through the real client to the fake Cloud API: the request has the documented shape, accents arrive
    // intact, the Bearer token and the idempotency key travel; Meta's error object ends in the log.
    void whatsAppClientAgainstFake()
    {
        Result<TlsIdentity> tls = TlsIdentity::loadOrCreate(m_dir.file(QStringLiteral("tls-wa")));
        QVERIFY(tls.has_value());
        test::FakeWhatsAppServer fake(*tls);
        QVERIFY(fake.port() > 0);
        WhatsAppClient client({ fake.baseUrl(), QStringLiteral("v21.0"), QStringLiteral("1234567890"),
            QStringLiteral("tok-secreto"), QStringLiteral("es_MX"), tls->certificatePath, 5000 });
        NotificationMessage m;
        m.id = QStringLiteral("m1");
        m.idempotencyKey = QStringLiteral("order_ready:ev1:whatsapp:+528112345678");
        m.channel = NotificationChannel::WhatsApp;
        m.recipient = QStringLiteral("+528112345678");
        m.body = QStringLiteral("Hola José Ñúñez, tu vehículo está listo ¿vienes?");
        ChannelOutcome sent = client.send(m);
        QVERIFY2(sent.kind == ChannelOutcome::Kind::Sent, qPrintable(sent.error));
        QCOMPARE(sent.providerMessageId, QStringLiteral("wamid.TEST1"));
        QList<test::FakeWhatsAppServer::Received> got = fake.received();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0].authorization, QByteArray("Bearer tok-secreto"));
        QCOMPARE(got[0].phoneNumberId, QStringLiteral("1234567890"));
        QCOMPARE(got[0].body.value(QStringLiteral("to")).toString(), QStringLiteral("528112345678"));
        QCOMPARE(got[0].body.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(got[0].body.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString(), m.body);
        QCOMPARE(got[0].body.value(QStringLiteral("biz_opaque_callback_data")).toString(), m.idempotencyKey);

        m.whatsappTemplate = QStringLiteral("orden_lista");
        m.params = { QStringLiteral("José Ñúñez"), QStringLiteral("OS-000001") };
        QVERIFY(client.send(m).kind == ChannelOutcome::Kind::Sent);
        const QJsonObject tpl = fake.received().at(1).body.value(QStringLiteral("template")).toObject();
        QCOMPARE(tpl.value(QStringLiteral("name")).toString(), QStringLiteral("orden_lista"));
        QCOMPARE(tpl.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("es_MX"));
        const QJsonArray params = tpl.value(QStringLiteral("components")).toArray().at(0).toObject().value(
            QStringLiteral("parameters")).toArray();
        QCOMPARE(params.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("José Ñúñez"));

        fake.setMode(test::FakeWhatsAppServer::Mode::Reject);
        ChannelOutcome rejected = client.send(m);
        QVERIFY(rejected.kind == ChannelOutcome::Kind::Failed);
        QVERIFY2(rejected.error.contains(QStringLiteral("131026"))
                && rejected.error.contains(QStringLiteral("Receiver is incapable")),
            qPrintable(rejected.error));
        fake.setMode(test::FakeWhatsAppServer::Mode::Throttled);
        QVERIFY(client.send(m).kind == ChannelOutcome::Kind::Retry);

        // Delivery reports in Meta's webhook format mark the row delivered.
        const QByteArray webhook = R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages",
            "value":{"statuses":[{"id":"wamid.TEST1","status":"delivered","timestamp":"1772463600"}]}}]}]})";
        const std::vector<WhatsAppClient::StatusUpdate> updates = WhatsAppClient::parseStatusWebhook(webhook);
        QCOMPARE(updates.size(), size_t(1));
        QCOMPARE(updates[0].status, QStringLiteral("delivered"));
    }

    void smtpClientAgainstFake()
    {
        test::FakeSmtpServer fake;
        SmtpClient client({ fake.url(), {}, {}, QStringLiteral("taller@refaccionaria.mx"),
            QStringLiteral("Refaccionaria Peñón"), false, {}, 5000 });
        NotificationMessage m;
        m.idempotencyKey = QStringLiteral("order_ready:ev1:email:jose@example.mx");
        m.channel = NotificationChannel::Email;
        m.recipient = QStringLiteral("jose@example.mx");
        m.subject = QStringLiteral("Tu vehículo está listo — orden OS-000001");
        m.body = QStringLiteral("Hola José Ñúñez:\n\nTu vehículo está listo.\n.\nSaludos");
        ChannelOutcome sent = client.send(m);
        QVERIFY2(sent.kind == ChannelOutcome::Kind::Sent, qPrintable(sent.error));
        const QList<test::FakeSmtpServer::Mail> mails = fake.mails();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails[0].from, QByteArray("<taller@refaccionaria.mx>"));
        QCOMPARE(mails[0].recipients, QList<QByteArray>({ "<jose@example.mx>" }));
        const QByteArray &data = mails[0].data;
        QVERIFY(data.contains("Content-Type: text/plain; charset=UTF-8"));
        QVERIFY(data.contains(QByteArray("Subject: =?UTF-8?B?" + m.subject.toUtf8().toBase64() + "?=")));
        QVERIFY(data.contains(QByteArray("Message-ID: " + SmtpClient::messageId(m.idempotencyKey))));
        QCOMPARE(decodedBody(data), QString(m.body).replace(QStringLiteral("\n"), QStringLiteral("\r\n")));

        fake.setMode(test::FakeSmtpServer::Mode::TempFail);
        ChannelOutcome later = client.send(m);
        QVERIFY2(later.kind == ChannelOutcome::Kind::Retry, qPrintable(later.error));
        QVERIFY2(later.error.contains(QStringLiteral("451")), qPrintable(later.error));
        fake.setMode(test::FakeSmtpServer::Mode::PermFail);
        ChannelOutcome never = client.send(m);
        QVERIFY2(never.kind == ChannelOutcome::Kind::Failed, qPrintable(never.error));
        QVERIFY(never.error.contains(QStringLiteral("550")));
    }

    // Offline: the fake is down, the message stays queued and is retried with growing waits; when the fake is back
    // it is sent exactly once and marked sent with the provider's id. A permanent error fails with Meta's words;
    // resend puts it back.
    void offlineQueuedRetriedThenSentOnce()
    {
        addCustomer(QStringLiteral("c-1"), QStringLiteral("José Ñúñez"), QStringLiteral("8112345678"), {});
        QVERIFY(!orderReady(QStringLiteral("c-1"), QStringLiteral("8112345678")).isEmpty());
        Result<TlsIdentity> tls = TlsIdentity::loadOrCreate(m_dir.file(QStringLiteral("tls-wa2")));
        QVERIFY(tls.has_value());
        WhatsAppAtFake wa(*tls, db(), m_clock);
        test::FakeWhatsAppServer &fake = wa.fake;
        NotificationDispatcher &dispatcher = wa.dispatcher;
        fake.setDown(true);

        QList<qint64> waits;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            Result<DispatchReport> report = dispatcher.runOnce();
            QVERIFY2(report.has_value(), test::why(report).constData());
            QCOMPARE(report->retried, 1);
            const NotificationMessage m = messages(NotificationChannel::WhatsApp).front();
            QCOMPARE(m.state, MessageState::Queued);
            QCOMPARE(m.attempts, attempt);
            QVERIFY(!m.lastError.isEmpty());
            const QDateTime next = QDateTime::fromString(m.nextAttemptAt, Qt::ISODateWithMs);
            waits << m_clock.nowUtc().secsTo(next);
            // Not due yet: nothing is tried.
            QCOMPARE(dispatcher.runOnce()->retried, 0);
            m_clock.set(next);
        }
        QCOMPARE(waits, QList<qint64>({ 30, 60, 120 }));
        QCOMPARE(fake.received().size(), 0);

        fake.setDown(false);
        Result<DispatchReport> report = dispatcher.runOnce();
        QVERIFY2(report.has_value(), test::why(report).constData());
        QCOMPARE(report->sent, 1);
        QCOMPARE(fake.received().size(), 1);
        NotificationMessage sent = messages(NotificationChannel::WhatsApp).front();
        QCOMPARE(sent.state, MessageState::Sent);
        QCOMPARE(sent.providerMessageId, QStringLiteral("wamid.TEST1"));
        m_clock.advanceMs(3600 * 1000);
        QCOMPARE(dispatcher.runOnce()->sent, 0);
        QCOMPARE(fake.received().size(), 1);
        // The provider's later report: delivered.
        QVERIFY(*m_notifications->store().applyProviderStatus(
            QStringLiteral("wamid.TEST1"), QStringLiteral("delivered"), {}, QStringLiteral("2026-03-02T16:00:00.000Z")));
        QCOMPARE(messages(NotificationChannel::WhatsApp).front().state, MessageState::Delivered);

        // A permanent error: failed with the provider's error; resend queues it again and it goes.
        QVERIFY(!orderReady(QStringLiteral("c-1"), QStringLiteral("8112345678")).isEmpty());
        fake.setMode(test::FakeWhatsAppServer::Mode::Reject);
        QCOMPARE(dispatcher.runOnce()->failed, 1);
        const NotificationMessage failed = messages(NotificationChannel::WhatsApp).front();
        QCOMPARE(failed.state, MessageState::Failed);
        QVERIFY2(failed.lastError.contains(QStringLiteral("131026")), qPrintable(failed.lastError));
        QVERIFY(!m_notifications->resend(sent.id)); // only a failed one
        fake.setMode(test::FakeWhatsAppServer::Mode::Accept);
        QVERIFY(m_notifications->resend(failed.id).has_value());
        QCOMPARE(dispatcher.runOnce()->sent, 1);
        QCOMPARE(fake.received().size(), 3);
    }

    // Meta's report can come down before the counter stored the message as sent (the webhook fires as soon as Meta
    // answers the send): the statuses wait and are applied when the dispatcher stores the wamid the fake returned.
    // Statuses of a message this counter never sent wait a week, then a newer report prunes them.
    void statusBeforeTheSendIsStored()
    {
        addCustomer(QStringLiteral("c-1"), QStringLiteral("José Ñúñez"), QStringLiteral("8112345678"), {});
        QVERIFY(!orderReady(QStringLiteral("c-1"), QStringLiteral("8112345678")).isEmpty());
        Result<TlsIdentity> tls = TlsIdentity::loadOrCreate(m_dir.file(QStringLiteral("tls-wa3")));
        QVERIFY(tls.has_value());
        WhatsAppAtFake wa(*tls, db(), m_clock);
        NotificationDispatcher &dispatcher = wa.dispatcher;

        auto report = [this](const QString &id, const QString &receivedAt, const QByteArray &statuses) {
            const QJsonObject row { { QStringLiteral("id"), id }, { QStringLiteral("received_at"), receivedAt },
                { QStringLiteral("body"),
                    QString::fromUtf8(R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":)"
                                      R"("messages","value":{"statuses":[)" + statuses + "]}}]}]}") } };
            Transaction transaction(db());
            return transaction.begin() && applyWhatsAppStatusReport(db(), row) && transaction.commit();
        };
        // Read and delivered of the wamid the fake will give, and a status of another counter's message.
        QVERIFY(report(QStringLiteral("r-1"), QStringLiteral("2026-03-02T15:00:05.000Z"),
            R"({"id":"wamid.TEST1","status":"read","timestamp":"1772463660","recipient_id":"528112345678"},)"
            R"({"id":"wamid.TEST1","status":"delivered","timestamp":"1772463600","recipient_id":"528112345678"},)"
            R"({"id":"wamid.OTRA-CAJA","status":"delivered","timestamp":"1772463600","recipient_id":"52811"})"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM whatsapp_pending_statuses")), 3);
        QCOMPARE(messages(NotificationChannel::WhatsApp).front().state, MessageState::Queued);

        Result<DispatchReport> sent = dispatcher.runOnce();
        QVERIFY2(sent.has_value(), test::why(sent).constData());
        QCOMPARE(sent->sent, 1);
        const NotificationMessage m = messages(NotificationChannel::WhatsApp).front();
        QCOMPARE(m.providerMessageId, QStringLiteral("wamid.TEST1"));
        QCOMPARE(m.state, MessageState::Delivered);
        QCOMPARE(m.deliveredAt, QStringLiteral("2026-03-02T15:00:00.000Z"));
        QCOMPARE(m.readAt, QStringLiteral("2026-03-02T15:01:00.000Z"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM whatsapp_pending_statuses WHERE provider_message_id = "
                                      "'wamid.TEST1'")),
            0);
        // A repeat of the report once the message is known changes nothing and keeps nothing.
        QVERIFY(report(QStringLiteral("r-2"), QStringLiteral("2026-03-02T15:10:00.000Z"),
            R"({"id":"wamid.TEST1","status":"delivered","timestamp":"1772463600","recipient_id":"528112345678"})"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM whatsapp_pending_statuses")), 1);
        QCOMPARE(messages(NotificationChannel::WhatsApp).front().readAt, QStringLiteral("2026-03-02T15:01:00.000Z"));
        // Eight days later another report comes: the other counter's status is pruned, the new one waits.
        QVERIFY(report(QStringLiteral("r-3"), QStringLiteral("2026-03-10T15:10:00.000Z"),
            R"({"id":"wamid.OTRA-2","status":"failed","timestamp":"1773155400","recipient_id":"52811",)"
            R"("errors":[{"code":131026,"title":"Message undeliverable"}]})"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM whatsapp_pending_statuses WHERE provider_message_id = "
                                      "'wamid.OTRA-CAJA'")),
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM whatsapp_pending_statuses WHERE provider_message_id = "
                                      "'wamid.OTRA-2' AND error LIKE '%131026%'")),
            1);
    }

    // A crash after the provider accepted the message but before the outcome was stored: the next process (a new
    // connection, a new dispatcher) finds it 'sending', marks it failed as interrupted and never sends it again.
    void noDuplicateAcrossCrash()
    {
        addCustomer(QStringLiteral("c-1"), QStringLiteral("José"), {}, QStringLiteral("jose@example.mx"));
        QVERIFY(!orderReady(QStringLiteral("c-1"), {}).isEmpty());
        test::FakeSmtpServer fake;
        SmtpClient client({ fake.url(), {}, {}, QStringLiteral("taller@example.mx"), {}, false, {}, 5000 });
        {
            // The first process: exactly the dispatcher's steps up to the provider, then it dies.
            NotificationStore store(db());
            Result<std::optional<NotificationMessage>> claimed = store.claimDue(
                m_clock.nowUtc().toString(Qt::ISODateWithMs), { NotificationChannel::Email });
            QVERIFY(claimed.has_value() && claimed->has_value());
            QVERIFY(client.send(**claimed).kind == ChannelOutcome::Kind::Sent);
        }
        QCOMPARE(fake.mails().size(), 1);
        attachEventSink(db(), nullptr);
        m_notifications.reset();
        m_store.reset();
        Result<std::unique_ptr<LocalStore>> reopened = LocalStore::open(m_path);
        QVERIFY(reopened.has_value());
        m_store = std::move(*reopened);
        m_notifications = std::make_unique<NotificationService>(db(), m_clock);
        NotificationDispatcher dispatcher(db(), m_clock);
        dispatcher.setChannel(NotificationChannel::Email, &client);
        QCOMPARE(*dispatcher.recoverInterrupted(), 1);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(dispatcher.runOnce()->sent, 0);
            m_clock.advanceMs(3600 * 1000);
        }
        QCOMPARE(fake.mails().size(), 1);
        const NotificationMessage m = messages(NotificationChannel::Email).front();
        QCOMPARE(m.state, MessageState::Failed);
        QVERIFY(m.lastError.contains(QStringLiteral("interrupted")));
        // Two dispatchers on one database cannot both claim a message.
        QVERIFY(m_notifications->resend(m.id).has_value());
        NotificationStore a(db());
        const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
        QVERIFY(a.claimDue(now, { NotificationChannel::Email })->has_value());
        QVERIFY(!a.claimDue(now, { NotificationChannel::Email })->has_value());
    }

    // A template that cannot render (edited around the editor's checks) never blocks the order's move, and the
    // event queues none of its messages rather than some.
    void brokenTemplateNeverBlocksTheEvent()
    {
        addCustomer(QStringLiteral("c-1"), QStringLiteral("José"), QStringLiteral("8112345678"),
            QStringLiteral("jose@example.mx"));
        NotificationTemplate broken { NotificationEvent::OrderReady, NotificationChannel::Email, QStringLiteral("Hola"),
            QStringLiteral("Tu {auto} está listo"), {}, true, {}, {} };
        QVERIFY(m_notifications->store().saveTemplate(broken).has_value());
        QVERIFY(!orderReady(QStringLiteral("c-1"), QStringLiteral("8112345678")).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_orders WHERE status = 'ready'")), 1);
        QCOMPARE(messages().size(), size_t(0));
    }

    // The runner the client starts: its own thread and connection, the e-mail channel configured from settings;
    // an order made ready on the UI's connection is sent by the runner's next pass.
    void runnerSendsFromItsThread()
    {
        test::FakeSmtpServer fake;
        QVERIFY(m_store->setSetting(QStringLiteral("notify_smtp_url"), fake.url()).has_value());
        QVERIFY(m_store->setSetting(QStringLiteral("notify_smtp_from"), QStringLiteral("taller@example.mx")).has_value());
        QVERIFY(m_store->setSetting(QStringLiteral("notify_smtp_starttls"), QStringLiteral("optional")).has_value());
        addCustomer(QStringLiteral("c-1"), QString::fromUtf8("José"), {}, QStringLiteral("jose@example.mx"));
        NotificationDispatchRunner runner(m_path, 100);
        QSignalSpy passes(&runner, &NotificationDispatchRunner::passFinished);
        runner.start();
        QVERIFY(!orderReady(QStringLiteral("c-1"), {}).isEmpty()); // the test's clock is behind: due at once
        QVERIFY(passes.wait(10000));
        QCOMPARE(passes.first().at(0).toInt(), 1);
        runner.stop();
        QCOMPARE(fake.mails().size(), 1);
        QCOMPARE(messages(NotificationChannel::Email).front().state, MessageState::Sent);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "testnotifications.moc"
