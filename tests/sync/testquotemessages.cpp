// A quote sent to its customer through the notifications outbox: by WhatsApp the real Cloud API client uploads the
// PDF (POST /{phone-number-id}/media, multipart) and sends the media id as a document (or the template's document
// header); by e-mail the PDF is attached (multipart/mixed). Offline the message stays queued and nothing is uploaded;
// back online it is delivered once. No mobile number, an opted-out customer or a second send by the same channel are
// refused with nothing queued.
#include "client/notifications/notificationdispatcher.h"
#include "client/notifications/smtpclient.h"
#include "client/notifications/whatsappclient.h"
#include "fakesmtpserver.h"
#include "fakewhatsappserver.h"
#include "notifications/notificationservice.h"
#include "quotes/quotesender.h"
#include "quotes/quoteservice.h"
#include "store/localstore.h"
#include "storefixture.h"
#include "why.h"

#include <QJsonArray>
#include <QTest>

using namespace nexus;

namespace {

const QString kShelf = QStringLiteral("wh-mostrador");

// Stands for the quote's PDF (the sync layer sends bytes; ui_testsalequote checks the real document).
const QByteArray kPdf = QByteArray("%PDF-1.4\n% cotizacion\n") + QByteArray(3000, '\x7f') + QByteArray("\n%%EOF\n");

} // namespace

class TestQuoteMessages final : public QObject
{
    Q_OBJECT

    test::StoreFixture m_store { QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC) };

    Database &db() { return m_store.db(); }

    qint64 count(const QString &sql) { return m_store.count(sql); }

    Quote quote(const QString &customerId, const QString &phone, const QString &email)
    {
        Cart cart;
        [[maybe_unused]] Status added = cart.add(CartItem { 7, QStringLiteral("BAL-7"), QStringLiteral("Balata"), kShelf,
                                                     Money(45000), Money(52000), Money(20000), TaxRate::iva16(), 1,
                                                     QStringLiteral("25174400"), QStringLiteral("H87") },
            Quantity::units(2));
        QuoteService quotes(
            db(), m_store.clock(), QuoteContext { QStringLiteral("dev-1"), QStringLiteral("branch-1") });
        Result<Quote> saved = quotes.save(cart,
            { { customerId, QStringLiteral("José Ñúñez"), phone, email }, {}, quotes.defaultValidUntil(),
                QStringLiteral("u-1"), QStringLiteral("Ana"), Role::Cashier });
        if (!saved)
            qFatal("quote: %s", test::why(saved).constData());
        return *saved;
    }

    Result<QString> send(const Quote &q, NotificationChannel channel)
    {
        NotificationService notifications(db(), m_store.clock());
        return queueQuoteMessage(notifications, q, channel, QStringLiteral("Cotizacion_%1.pdf").arg(q.folio), kPdf);
    }

private Q_SLOTS:
    void init()
    {
        const Status opened = m_store.open();
        QVERIFY2(opened, test::why(opened).constData());
    }
    void cleanup() { m_store.close(); }

    // The client alone: upload then message, as text-with-document and as a template with a document header.
    void whatsAppUploadsTheDocumentThenSendsIt()
    {
        Result<TlsIdentity> tls = TlsIdentity::loadOrCreate(m_store.file(QStringLiteral("tls-doc")));
        QVERIFY(tls.has_value());
        test::FakeWhatsAppServer fake(*tls);
        WhatsAppClient client({ fake.baseUrl(), QStringLiteral("v21.0"), QStringLiteral("1234567890"),
            QStringLiteral("tok-secreto"), QStringLiteral("es_MX"), tls->certificatePath, 5000 });
        NotificationMessage m;
        m.idempotencyKey = QStringLiteral("quote_sent:q1:whatsapp:+528112345678");
        m.channel = NotificationChannel::WhatsApp;
        m.recipient = QStringLiteral("+528112345678");
        m.body = QStringLiteral("Hola José, te enviamos la cotización COT-000001 por $1,044.00.");
        m.attachmentName = QStringLiteral("Cotizacion_COT-000001.pdf");
        m.attachment = kPdf;
        ChannelOutcome sent = client.send(m);
        QVERIFY2(sent.kind == ChannelOutcome::Kind::Sent, qPrintable(sent.error));

        const QList<test::FakeWhatsAppServer::Upload> uploads = fake.uploads();
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads[0].phoneNumberId, QStringLiteral("1234567890"));
        QCOMPARE(uploads[0].authorization, QByteArray("Bearer tok-secreto"));
        QCOMPARE(uploads[0].messagingProduct, QByteArray("whatsapp"));
        QCOMPARE(uploads[0].type, QByteArray("application/pdf"));
        QCOMPARE(uploads[0].fileType, QByteArray("application/pdf"));
        QCOMPARE(uploads[0].fileName, QByteArray("Cotizacion_COT-000001.pdf"));
        QCOMPARE(uploads[0].bytes, kPdf);
        QList<test::FakeWhatsAppServer::Received> got = fake.received();
        QCOMPARE(got.size(), 1);
        const QJsonObject body = got[0].body;
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("document"));
        QCOMPARE(body.value(QStringLiteral("to")).toString(), QStringLiteral("528112345678"));
        const QJsonObject document = body.value(QStringLiteral("document")).toObject();
        QCOMPARE(document.value(QStringLiteral("id")).toString(), uploads[0].mediaId);
        QCOMPARE(document.value(QStringLiteral("filename")).toString(), m.attachmentName);
        QCOMPARE(document.value(QStringLiteral("caption")).toString(), m.body);

        // An approved template: the document goes as its header, the values as its body.
        m.whatsappTemplate = QStringLiteral("cotizacion_pdf");
        m.params = QStringList { QStringLiteral("José"), QStringLiteral("COT-000001") };
        sent = client.send(m);
        QVERIFY2(sent.kind == ChannelOutcome::Kind::Sent, qPrintable(sent.error));
        QCOMPARE(fake.uploads().size(), 2);
        const QJsonObject tpl = fake.received().last().body.value(QStringLiteral("template")).toObject();
        QCOMPARE(tpl.value(QStringLiteral("name")).toString(), QStringLiteral("cotizacion_pdf"));
        const QJsonArray components = tpl.value(QStringLiteral("components")).toArray();
        QCOMPARE(components.size(), 2);
        const QJsonObject header = components[0].toObject();
        QCOMPARE(header.value(QStringLiteral("type")).toString(), QStringLiteral("header"));
        const QJsonObject parameter = header.value(QStringLiteral("parameters")).toArray().first().toObject();
        QCOMPARE(parameter.value(QStringLiteral("type")).toString(), QStringLiteral("document"));
        QCOMPARE(parameter.value(QStringLiteral("document")).toObject().value(QStringLiteral("id")).toString(),
            fake.uploads().last().mediaId);
        QCOMPARE(components[1].toObject().value(QStringLiteral("parameters")).toArray().size(), 2);
    }

    void offlineQueuedThenDeliveredOnce()
    {
        QVERIFY(db().exec(QStringLiteral("INSERT INTO customers(id, name, phone, email, hlc, created_at, updated_at) "
                                         "VALUES ('c-1', 'José Ñúñez', '81 1234 5678', 'jose@example.mx', '0', "
                                         "'2026-01-01', '2026-01-01')")));
        const Quote q = quote(QStringLiteral("c-1"), {}, {});
        Result<QString> queued = send(q, NotificationChannel::WhatsApp);
        QVERIFY2(queued.has_value(), test::why(queued).constData());
        QCOMPARE(*queued, QStringLiteral("+528112345678")); // the customer's stored phone
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE state = 'queued' AND "
                                      "channel = 'whatsapp' AND length(attachment) > 3000 AND ref_type = 'quote'")),
            1);
        // Again by WhatsApp: refused, nothing more queued.
        Result<QString> twice = send(q, NotificationChannel::WhatsApp);
        QVERIFY(!twice);
        QCOMPARE(twice.error().field(), QStringLiteral("quote"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages")), 1);

        Result<TlsIdentity> tls = TlsIdentity::loadOrCreate(m_store.file(QStringLiteral("tls-off")));
        QVERIFY(tls.has_value());
        test::FakeWhatsAppServer fake(*tls);
        WhatsAppClient client({ fake.baseUrl(), QStringLiteral("v21.0"), QStringLiteral("555"), QStringLiteral("t"),
            QStringLiteral("es_MX"), tls->certificatePath, 3000 });
        NotificationDispatcher dispatcher(db(), m_store.clock(), { 30, 3600, 8 });
        dispatcher.setChannel(NotificationChannel::WhatsApp, &client);

        fake.setDown(true); // the store is offline
        Result<DispatchReport> report = dispatcher.runOnce();
        QVERIFY2(report.has_value(), test::why(report).constData());
        QCOMPARE(report->retried, 1);
        QCOMPARE(fake.uploads().size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE state = 'queued' "
                                      "AND attempts = 1")),
            1);

        fake.setDown(false);
        m_store.clock().advanceMs(31'000);
        report = dispatcher.runOnce();
        QVERIFY2(report.has_value(), test::why(report).constData());
        QCOMPARE(report->sent, 1);
        QCOMPARE(fake.uploads().size(), 1);
        QCOMPARE(fake.uploads()[0].bytes, kPdf);
        QCOMPARE(fake.received().size(), 1);
        QCOMPARE(fake.received()[0].body.value(QStringLiteral("document")).toObject().value(QStringLiteral("filename"))
                     .toString(),
            QStringLiteral("Cotizacion_%1.pdf").arg(q.folio));
        QVERIFY(fake.received()[0].body.value(QStringLiteral("document")).toObject().value(QStringLiteral("caption"))
                    .toString()
                    .contains(q.folio));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE state = 'sent' AND "
                                      "provider_message_id LIKE 'wamid.%'")),
            1);
        m_store.clock().advanceMs(3'600'000);
        QCOMPARE(dispatcher.runOnce()->sent, 0);
        QCOMPARE(fake.received().size(), 1);
    }

    void emailCarriesThePdf()
    {
        const Quote q = quote({}, {}, QStringLiteral("compras@nandu.mx"));
        Result<QString> queued = send(q, NotificationChannel::Email);
        QVERIFY2(queued.has_value(), test::why(queued).constData());
        test::FakeSmtpServer fake;
        SmtpClient client({ fake.url(), {}, {}, QStringLiteral("ventas@refaccionaria.mx"),
            QStringLiteral("Refaccionaria"), false, {}, 5000 });
        NotificationDispatcher dispatcher(db(), m_store.clock());
        dispatcher.setChannel(NotificationChannel::Email, &client);
        QCOMPARE(dispatcher.runOnce()->sent, 1);
        QCOMPARE(fake.mails().size(), 1);
        const QByteArray data = fake.mails()[0].data;
        QVERIFY(data.contains("Content-Type: multipart/mixed; boundary="));
        QVERIFY(data.contains("Content-Type: text/plain; charset=UTF-8"));
        QVERIFY(data.contains(
            QByteArray("Content-Disposition: attachment; filename=\"Cotizacion_" + q.folio.toLatin1() + ".pdf\"")));
        // The attachment's base64, unwrapped, is the PDF.
        const qsizetype start = data.indexOf("Content-Type: application/pdf");
        QVERIFY(start > 0);
        const qsizetype body = data.indexOf("\r\n\r\n", start) + 4;
        const qsizetype end = data.indexOf("--", body);
        QCOMPARE(QByteArray::fromBase64(data.mid(body, end - body).replace("\r\n", "")), kPdf);
    }

    void refusedWithNothingQueued()
    {
        const Quote walkIn = quote({}, QStringLiteral("123"), {});
        Result<QString> noPhone = send(walkIn, NotificationChannel::WhatsApp);
        QVERIFY(!noPhone);
        QCOMPARE(noPhone.error().field(), QStringLiteral("phone"));
        Result<QString> noEmail = send(walkIn, NotificationChannel::Email);
        QVERIFY(!noEmail);
        QCOMPARE(noEmail.error().field(), QStringLiteral("email"));

        QVERIFY(db().exec(QStringLiteral("INSERT INTO customers(id, name, phone, email, hlc, created_at, updated_at) "
                                         "VALUES ('c-2', 'Ana', '8112345678', '', '0', '2026-01-01', '2026-01-01')")));
        NotificationService notifications(db(), m_store.clock());
        QVERIFY(notifications.store().setPreferences(
            QStringLiteral("c-2"), { true, true, true }, QStringLiteral("u-1"), QStringLiteral("2026-03-01")));
        Result<QString> optedOut = send(quote(QStringLiteral("c-2"), {}, {}), NotificationChannel::WhatsApp);
        QVERIFY(!optedOut);
        QCOMPARE(optedOut.error().field(), QStringLiteral("customer"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages")), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuoteMessages)
#include "testquotemessages.moc"
