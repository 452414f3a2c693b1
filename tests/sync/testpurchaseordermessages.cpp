// A purchase order sent to its supplier through the notifications outbox, in the same transaction that marks it
// sent: by WhatsApp the real Cloud API client uploads the order's PDF and sends it as a document with a short caption;
// by e-mail the full order text goes with the PDF attached. Offline both stay queued and nothing is uploaded; back
// online each is delivered once. A supplier without a phone or e-mail cannot be sent to, and the order then
// stays a draft with nothing queued.
#include "client/notifications/notificationdispatcher.h"
#include "client/notifications/smtpclient.h"
#include "client/notifications/whatsappclient.h"
#include "fakesmtpserver.h"
#include "fakewhatsappserver.h"
#include "notifications/notificationservice.h"
#include "purchasing/purchaseordersender.h"
#include "purchasing/purchasingservice.h"
#include "store/localstore.h"
#include "storefixture.h"
#include "why.h"

#include <QTest>

using namespace nexus;

namespace {

const QString kBranch = QStringLiteral("branch-mty");
const QString kShelf = QStringLiteral("wh-mty-a");

// Stands for the order's PDF (the sync layer sends bytes; ui_testpurchasing checks the real document).
const QByteArray kPdf = QByteArray("%PDF-1.4\n% orden de compra\n") + QByteArray(2500, '\x7f') + QByteArray("\n%%EOF\n");

} // namespace

class TestPurchaseOrderMessages final : public QObject
{
    Q_OBJECT

    test::StoreFixture m_store { QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC) };
    const PurchasingActor m_manager { QStringLiteral("u-gerente"), QStringLiteral("Gerente"), Role::Manager };

    Database &db() { return m_store.db(); }
    PurchasingService service()
    {
        return PurchasingService(db(), m_store.clock(), PurchasingContext { QStringLiteral("dev-1"), kBranch,
            QStringLiteral("MTY1") });
    }
    qint64 count(const QString &sql) { return m_store.count(sql); }
    Supplier supplier(const QString &phone, const QString &email)
    {
        Supplier s;
        s.name = QStringLiteral("Frenos del Norte");
        s.contactName = QStringLiteral("Laura Pérez");
        s.phone = phone;
        s.email = email;
        s.creditDays = 30;
        Result<Supplier> saved = service().saveSupplier(s, m_manager);
        if (!saved)
            qFatal("supplier: %s", test::why(saved).constData());
        return *saved;
    }
    PurchaseOrder draft(const Supplier &s)
    {
        PurchaseOrderDraft d { {}, s.id, kShelf, Currency::MXN, kExchangeRateOne, {},
            { PurchaseOrderLine { 0, 7, QStringLiteral("BAL-1"), {}, QStringLiteral("FR-100"),
                QStringLiteral("Balata delantera"), Quantity::units(10), 10000 } } };
        Result<PurchaseOrder> saved = service().saveDraft(d, m_manager);
        if (!saved)
            qFatal("draft: %s", test::why(saved).constData());
        return *saved;
    }
    // What the Enviar dialog does: mark it sent and queue it, one transaction.
    Result<PurchaseOrder> send(const PurchaseOrder &order, const Supplier &s, QStringList *to = nullptr)
    {
        NotificationService notifications(db(), m_store.clock());
        return service().markSent(order.id, m_manager, [&](const PurchaseOrder &sent) -> Status {
            Result<QStringList> queued = queuePurchaseOrder(notifications, sent, s,
                { QStringLiteral("Refaccionaria Centro"), QStringLiteral("Mostrador"),
                    QStringLiteral("OC_%1.pdf").arg(sent.folio), kPdf });
            if (!queued)
                return std::unexpected(queued.error());
            if (to)
                *to = *queued;
            return {};
        });
    }

private Q_SLOTS:
    void init()
    {
        const Status opened = m_store.open();
        QVERIFY2(opened, test::why(opened).constData());
        QVERIFY(db().exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'MTY', 'Monterrey')"),
            { kBranch }));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, 'A', "
                                         "'Mostrador')"),
            { kShelf, kBranch }));
    }
    void cleanup() { m_store.close(); }

    void offlineQueuedThenDeliveredOnceByBothChannels()
    {
        const Supplier s = supplier(QStringLiteral("(81) 8123-4567"), QStringLiteral("ventas@frenos.mx"));
        const PurchaseOrder order = draft(s);
        QStringList to;
        Result<PurchaseOrder> sent = send(order, s, &to);
        QVERIFY2(sent.has_value(), test::why(sent).constData());
        QCOMPARE(sent->status, PurchaseOrderStatus::Sent);
        QCOMPARE(to, (QStringList { QStringLiteral("+528181234567"), QStringLiteral("ventas@frenos.mx") }));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE state = 'queued' AND "
                                      "event = 'po_sent' AND ref_type = 'purchase_order' AND length(attachment) > 2500")),
            2);

        Result<TlsIdentity> tls = TlsIdentity::loadOrCreate(m_store.file(QStringLiteral("tls-po")));
        QVERIFY(tls.has_value());
        test::FakeWhatsAppServer whatsapp(*tls);
        WhatsAppClient whatsappClient({ whatsapp.baseUrl(), QStringLiteral("v21.0"), QStringLiteral("555"),
            QStringLiteral("t"), QStringLiteral("es_MX"), tls->certificatePath, 3000 });
        test::FakeSmtpServer smtp;
        SmtpClient smtpClient({ smtp.url(), {}, {}, QStringLiteral("compras@refaccionaria.mx"),
            QStringLiteral("Refaccionaria Centro"), false, {}, 5000 });
        NotificationDispatcher dispatcher(db(), m_store.clock(), { 30, 3600, 8 });
        dispatcher.setChannel(NotificationChannel::WhatsApp, &whatsappClient);

        whatsapp.setDown(true); // offline: the WhatsApp message waits, nothing uploaded
        Result<DispatchReport> report = dispatcher.runOnce();
        QVERIFY2(report.has_value(), test::why(report).constData());
        QCOMPARE(report->retried, 1);
        QCOMPARE(whatsapp.uploads().size(), 0);

        whatsapp.setDown(false);
        dispatcher.setChannel(NotificationChannel::Email, &smtpClient);
        m_store.clock().advanceMs(31'000);
        report = dispatcher.runOnce();
        QVERIFY2(report.has_value(), test::why(report).constData());
        QCOMPARE(report->sent, 2);
        QCOMPARE(whatsapp.uploads().size(), 1);
        QCOMPARE(whatsapp.uploads()[0].bytes, kPdf);
        QCOMPARE(whatsapp.uploads()[0].fileName, QByteArray("OC_" + order.folio.toLatin1() + ".pdf"));
        QCOMPARE(whatsapp.received().size(), 1);
        const QJsonObject body = whatsapp.received()[0].body;
        QCOMPARE(body.value(QStringLiteral("to")).toString(), QStringLiteral("528181234567"));
        const QJsonObject document = body.value(QStringLiteral("document")).toObject();
        QCOMPARE(document.value(QStringLiteral("id")).toString(), whatsapp.uploads()[0].mediaId);
        const QString caption = document.value(QStringLiteral("caption")).toString();
        QVERIFY2(caption.contains(order.folio) && caption.contains(QStringLiteral("Laura Pérez"))
                && caption.contains(QStringLiteral("$1,000.00")) && caption.size() <= 1024,
            qPrintable(caption));

        QCOMPARE(smtp.mails().size(), 1);
        const QByteArray mail = smtp.mails()[0].data;
        QVERIFY(mail.contains("ventas@frenos.mx"));
        QVERIFY(mail.contains(
            QByteArray("Content-Disposition: attachment; filename=\"OC_" + order.folio.toLatin1() + ".pdf\"")));
        const qsizetype start = mail.indexOf("Content-Type: application/pdf");
        QVERIFY(start > 0);
        const qsizetype pdfAt = mail.indexOf("\r\n\r\n", start) + 4;
        QCOMPARE(QByteArray::fromBase64(mail.mid(pdfAt, mail.indexOf("--", pdfAt) - pdfAt).replace("\r\n", "")),
            kPdf);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE state = 'sent'")), 2);

        // Later runs send nothing more, and queueing the same order again adds nothing.
        m_store.clock().advanceMs(3'600'000);
        QCOMPARE(dispatcher.runOnce()->sent, 0);
        NotificationService notifications(db(), m_store.clock());
        Result<QStringList> again = queuePurchaseOrder(notifications, *sent, s,
            { QStringLiteral("Refaccionaria Centro"), QStringLiteral("Mostrador"), QStringLiteral("OC.pdf"), kPdf });
        QVERIFY(again.has_value());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages")), 2);
        QCOMPARE(dispatcher.runOnce()->sent, 0);
        QCOMPARE(whatsapp.received().size(), 1);
        QCOMPARE(smtp.mails().size(), 1);
    }

    void emailOnlyWhenThereIsNoPhone()
    {
        const Supplier s = supplier({}, QStringLiteral("pedidos@filtros.mx"));
        QStringList to;
        QVERIFY(send(draft(s), s, &to));
        QCOMPARE(to, QStringList { QStringLiteral("pedidos@filtros.mx") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE channel = 'email'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages")), 1);
    }

    void noAddressKeepsTheDraftAndQueuesNothing()
    {
        const Supplier s = supplier({}, {});
        const PurchaseOrder order = draft(s);
        Result<PurchaseOrder> refused = send(order, s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("supplier"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchase_orders WHERE status = 'draft'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseOrderMessages)
#include "testpurchaseordermessages.moc"
