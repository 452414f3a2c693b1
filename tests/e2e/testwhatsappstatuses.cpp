// WhatsApp's delivery reports reach the counters' message log: HQ sets the tenant's webhook with nexus-admin whatsapp
// webhook (verify token and app secret from files), Meta's status webhook is called on the real nexus-server (GET
// subscription check with the verify token; POST signed with X-Hub-Signature-256 over the body with the app secret),
// the server keeps the statuses and every counter's real SyncEngine pulls them in the "whatsapp_statuses" bucket:
// MTY's messages become delivered, read, failed with Meta's error; GDL's own message is delivered at GDL only. A call
// with a bad or missing signature is 401 and nothing is kept. Runs on SQLite, and on PostgreSQL with
// NEXUS_TEST_BACKEND=postgresql (e2e_testwhatsappstatuses_postgresql). The app secret is sealed in the tenant's
// database (never in clear) and still verifies the signatures after the server restarts.
#include "../server/testadminfixture.h"
#include "tempdir.h"
#include "twocounters.h"

#include "client/httpclient.h"
#include "common/idgenerator.h"
#include "notifications/notificationstore.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

const QByteArray kAppSecret = QByteArrayLiteral("app-secret-ñandú-42");
const QString kVerifyToken = QStringLiteral("verificame-123");

QByteArray signed256(const QByteArray &body, const QByteArray &secret)
{
    return QByteArrayLiteral("X-Hub-Signature-256: sha256=")
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

// Meta's call: statuses of four messages (one with its error) and an inbound customer message in another change.
const QByteArray kStatuses = R"({"object":"whatsapp_business_account","entry":[{"id":"1029384756","changes":[
 {"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"phone_number_id":"555"},"statuses":[
  {"id":"wamid.MTY-A","status":"delivered","timestamp":"1772463600","recipient_id":"528112345678"},
  {"id":"wamid.MTY-B","status":"read","timestamp":"1772463660","recipient_id":"528112345679"},
  {"id":"wamid.MTY-C","status":"failed","timestamp":"1772463720","recipient_id":"528112345670",
   "errors":[{"code":131026,"title":"Message undeliverable"}]},
  {"id":"wamid.GDL-D","status":"delivered","timestamp":"1772463780","recipient_id":"523312345678"}]}},
 {"field":"messages","value":{"messaging_product":"whatsapp","contacts":[{"wa_id":"528112345678"}],
  "messages":[{"from":"528112345678","id":"wamid.IN-1","type":"text","text":{"body":"Gracias, paso mañana"}}]}}]}]})";

} // namespace

class TestWhatsAppStatuses final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    TwoCounters m_stack { m_root.path() };
    std::unique_ptr<HttpClient> m_http;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    EnrolledCounter &m_mty = m_stack.mty;
    EnrolledCounter &m_gdl = m_stack.gdl;

    QString webhook(const QString &slug = QStringLiteral("acme"))
    {
        return m_stack.server().url() + QStringLiteral("/v1/webhooks/whatsapp/") + slug;
    }

    // A WhatsApp message the counter is sending (claimed, Meta's answer not stored yet): its id.
    static QString sending(EnrolledCounter &counter, const QString &key)
    {
        NotificationStore store(counter.db());
        NotificationMessage m;
        m.id = IdGenerator::instance().nextString();
        m.idempotencyKey = QStringLiteral("order_ready:") + key + QStringLiteral(":whatsapp:+528112345678");
        m.event = NotificationEvent::OrderReady;
        m.channel = NotificationChannel::WhatsApp;
        m.recipient = QStringLiteral("+528112345678");
        m.body = QStringLiteral("Tu vehículo está listo");
        m.createdAt = QStringLiteral("2026-03-02T15:00:00.000Z");
        if (!store.enqueue(m))
            return {};
        Result<std::optional<NotificationMessage>> claimed
            = store.claimDue(QStringLiteral("2026-03-02T15:00:01.000Z"), { NotificationChannel::WhatsApp });
        return claimed && *claimed ? (*claimed)->id : QString();
    }

    // A WhatsApp message the counter sent, with Meta's message id.
    static QString sent(EnrolledCounter &counter, const QString &wamid)
    {
        const QString id = sending(counter, wamid);
        if (id.isEmpty() || !NotificationStore(counter.db()).markSent(id, wamid, QStringLiteral("2026-03-02T15:00:02.000Z")))
            return {};
        return id;
    }

    // The app secret as the tenant's database holds it.
    QString storedSecret()
    {
        auto db = m_stack.backend().openTenant(QStringLiteral("acme"), QStringLiteral("check-secret"));
        if (!db)
            return QStringLiteral("<no tenant>");
        Result<QVariant> secret
            = (*db)->scalar(QStringLiteral("SELECT verify_token || ' ' || app_secret FROM whatsapp_webhook_config"));
        return secret ? secret->toString() : QStringLiteral("<error>");
    }

    qint64 pendingAt(EnrolledCounter &counter, const QString &wamid)
    {
        Result<QVariant> n = counter.db().scalar(
            QStringLiteral("SELECT count(*) FROM whatsapp_pending_statuses WHERE provider_message_id = ?"), { wamid });
        return n ? n->toLongLong() : -1;
    }

    static NotificationMessage message(EnrolledCounter &counter, const QString &id)
    {
        Result<NotificationMessage> m = NotificationStore(counter.db()).message(id);
        return m ? *m : NotificationMessage {};
    }

    qint64 reportsAtServer()
    {
        auto db = m_stack.backend().openTenant(QStringLiteral("acme"), QStringLiteral("check-reports"));
        if (!db)
            return -1;
        Result<QVariant> n = (*db)->scalar(QStringLiteral("SELECT count(*) FROM whatsapp_status_reports"));
        return n ? n->toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        const Status started = m_stack.startBackend();
        NEXUS_REQUIRE_POSTGRES(started);
        const QString failed = m_stack.start(m_acme);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // HQ sets the tenant's webhook with nexus-admin over the admin API, the values read from files.
        QString refused;
        const QString keyFile = m_root.file(QStringLiteral("acme.key"));
        QVERIFY2(!createAdminKeyFile(m_stack.backend(), QStringLiteral("acme"), keyFile, &refused).isEmpty(),
            qPrintable(refused));
        const QString tokenFile = writeTestFile(m_root.file(QStringLiteral("token.txt")), kVerifyToken.toUtf8() + "\n");
        const QString shortFile = writeTestFile(m_root.file(QStringLiteral("short.txt")), "abc\n");
        const QString secretFile = writeTestFile(m_root.file(QStringLiteral("secret.txt")), kAppSecret + "\n");
        const QStringList remote { QStringLiteral("--server"), m_stack.server().url(), QStringLiteral("--ca"),
            m_stack.server().caFile(), QStringLiteral("--key-file"), keyFile };
        const AdminRun tooShort = runAdmin(QStringList { QStringLiteral("whatsapp"), QStringLiteral("webhook"),
            QStringLiteral("--verify-token-file"), tokenFile, QStringLiteral("--app-secret-file"), shortFile } + remote);
        QCOMPARE(tooShort.exitCode, 2);
        QVERIFY2(tooShort.err.contains(QStringLiteral("app_secret")), qPrintable(tooShort.err));
        const AdminRun set = runAdmin(QStringList { QStringLiteral("whatsapp"), QStringLiteral("webhook"),
            QStringLiteral("--verify-token-file"), tokenFile, QStringLiteral("--app-secret-file"), secretFile } + remote);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(QStringLiteral("/v1/webhooks/whatsapp/acme")), qPrintable(set.out));
        // Sealed with the server's key (AES-256-GCM): the database never holds the secret that signs Meta's calls.
        const QString stored = storedSecret();
        QVERIFY2(stored.startsWith(kVerifyToken + QStringLiteral(" v1:")), qPrintable(stored));
        QVERIFY2(!stored.contains(QString::fromUtf8(kAppSecret)), qPrintable(stored));
        m_http = std::make_unique<HttpClient>(
            HttpClient::Options { m_stack.server().caFile(), 5000, 15000, nullptr });
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

    // Meta's subscription check: the challenge comes back only with the tenant's verify token.
    void subscriptionCheck()
    {
        const QString query = QStringLiteral("?hub.mode=subscribe&hub.verify_token=%1&hub.challenge=1158201444");
        Result<HttpResponse> ok = m_http->get(webhook() + query.arg(kVerifyToken));
        QVERIFY2(ok, why(ok).constData());
        QCOMPARE(ok->status, 200);
        QCOMPARE(ok->body, QByteArray("1158201444"));
        Result<HttpResponse> wrong = m_http->get(webhook() + query.arg(QStringLiteral("otro")));
        QVERIFY(wrong);
        QCOMPARE(wrong->status, 403);
        QVERIFY(!wrong->body.contains("1158201444"));
        Result<HttpResponse> unknown = m_http->get(webhook(QStringLiteral("nadie")) + query.arg(kVerifyToken));
        QVERIFY(unknown);
        QCOMPARE(unknown->status, 404);
    }

    void statusesReachTheCountersThatSentThem()
    {
        const QString a = sent(m_mty, QStringLiteral("wamid.MTY-A"));
        const QString b = sent(m_mty, QStringLiteral("wamid.MTY-B"));
        const QString c = sent(m_mty, QStringLiteral("wamid.MTY-C"));
        const QString d = sent(m_gdl, QStringLiteral("wamid.GDL-D"));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !d.isEmpty());

        // Forged or unsigned calls: 401, nothing kept, nothing reaches the counters.
        Result<HttpResponse> forged = m_http->send(webhook(), &kStatuses, { signed256(kStatuses, "not-the-secret") });
        QVERIFY2(forged, why(forged).constData());
        QCOMPARE(forged->status, 401);
        Result<HttpResponse> unsigned_ = m_http->send(webhook(), &kStatuses, {});
        QVERIFY(unsigned_);
        QCOMPARE(unsigned_->status, 401);
        // Signed for another body: the signature covers every byte.
        QByteArray tampered = kStatuses;
        tampered.replace("\"failed\"", "\"read\"");
        Result<HttpResponse> changed = m_http->send(webhook(), &tampered, { signed256(kStatuses, kAppSecret) });
        QVERIFY(changed);
        QCOMPARE(changed->status, 401);
        QCOMPARE(reportsAtServer(), 0);
        QVERIFY(m_mty.sync());
        QCOMPARE(message(m_mty, a).state, MessageState::Sent);

        // Meta's signed call: 200 and kept once.
        Result<HttpResponse> accepted = m_http->send(webhook(), &kStatuses, { signed256(kStatuses, kAppSecret) });
        QVERIFY2(accepted, why(accepted).constData());
        QCOMPARE(accepted->status, 200);
        QCOMPARE(reportsAtServer(), 1);
        // A call with only an inbound message is answered and not kept.
        const QByteArray inbound = R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages",
            "value":{"messages":[{"from":"528112345678","id":"wamid.IN-2","type":"text","text":{"body":"Hola"}}]}}]}]})";
        Result<HttpResponse> chat = m_http->send(webhook(), &inbound, { signed256(inbound, kAppSecret) });
        QVERIFY(chat);
        QCOMPARE(chat->status, 200);
        QCOMPARE(reportsAtServer(), 1);
        {
            auto db = m_stack.backend().openTenant(QStringLiteral("acme"), QStringLiteral("check-body"));
            QVERIFY(db);
            Result<QVariant> body = (*db)->scalar(QStringLiteral("SELECT body FROM whatsapp_status_reports"));
            QVERIFY(body);
            QVERIFY(body->toString().contains(QStringLiteral("wamid.MTY-C")));
            QVERIFY2(!body->toString().contains(QStringLiteral("Gracias")), qPrintable(body->toString()));
        }

        // Each counter's engine pass brings the report; the log of each shows what Meta said of its own messages.
        QVERIFY(m_mty.sync());
        const NotificationMessage delivered = message(m_mty, a);
        QCOMPARE(delivered.state, MessageState::Delivered);
        QCOMPARE(delivered.deliveredAt, QStringLiteral("2026-03-02T15:00:00.000Z"));
        QVERIFY(delivered.readAt.isEmpty());
        const NotificationMessage read = message(m_mty, b);
        QCOMPARE(read.state, MessageState::Delivered);
        QCOMPARE(read.readAt, QStringLiteral("2026-03-02T15:01:00.000Z"));
        const NotificationMessage failed = message(m_mty, c);
        QCOMPARE(failed.state, MessageState::Failed);
        QVERIFY2(failed.lastError.contains(QStringLiteral("131026"))
                && failed.lastError.contains(QStringLiteral("Message undeliverable")),
            qPrintable(failed.lastError));
        QCOMPARE(message(m_gdl, d).state, MessageState::Sent); // GDL has not pulled yet
        QVERIFY(m_gdl.sync());
        QCOMPARE(message(m_gdl, d).state, MessageState::Delivered);
        QCOMPARE(message(m_gdl, d).deliveredAt, QStringLiteral("2026-03-02T15:03:00.000Z"));

        // Meta repeats a call it thinks was lost: the log does not move backwards or twice.
        Result<HttpResponse> again = m_http->send(webhook(), &kStatuses, { signed256(kStatuses, kAppSecret) });
        QVERIFY(again && again->status == 200);
        QVERIFY(m_mty.sync());
        QCOMPARE(message(m_mty, b).readAt, QStringLiteral("2026-03-02T15:01:00.000Z"));
        QCOMPARE(message(m_mty, c).state, MessageState::Failed);
    }

    // Meta's webhook can beat the counter: the report comes down while MTY has not stored the wamid yet (the send is
    // still 'sending'). The statuses wait at MTY and are applied when markSent stores the wamid; GDL keeps them
    // waiting too (not its message) and its log does not change.
    void statusBeforeTheSendIsStored()
    {
        const QString e = sending(m_mty, QStringLiteral("wamid.MTY-E"));
        QVERIFY(!e.isEmpty());
        const QByteArray early = R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages",
            "value":{"statuses":[
             {"id":"wamid.MTY-E","status":"delivered","timestamp":"1772463900","recipient_id":"528112345678"},
             {"id":"wamid.MTY-E","status":"read","timestamp":"1772463960","recipient_id":"528112345678"}]}}]}]})";
        Result<HttpResponse> accepted = m_http->send(webhook(), &early, { signed256(early, kAppSecret) });
        QVERIFY2(accepted && accepted->status == 200, accepted ? accepted->body.constData() : why(accepted).constData());
        QVERIFY(m_mty.sync());
        QVERIFY(m_gdl.sync());
        QCOMPARE(message(m_mty, e).state, MessageState::Sending);
        QCOMPARE(pendingAt(m_mty, QStringLiteral("wamid.MTY-E")), 2);
        QCOMPARE(pendingAt(m_gdl, QStringLiteral("wamid.MTY-E")), 2);

        QVERIFY(NotificationStore(m_mty.db()).markSent(e, QStringLiteral("wamid.MTY-E"), QStringLiteral("2026-03-02T15:04:58.000Z")));
        const NotificationMessage now = message(m_mty, e);
        QCOMPARE(now.state, MessageState::Delivered);
        QCOMPARE(now.deliveredAt, QStringLiteral("2026-03-02T15:05:00.000Z"));
        QCOMPARE(now.readAt, QStringLiteral("2026-03-02T15:06:00.000Z"));
        QCOMPARE(pendingAt(m_mty, QStringLiteral("wamid.MTY-E")), 0);
        // Another pass brings nothing new and moves nothing back.
        QVERIFY(m_mty.sync());
        QCOMPARE(message(m_mty, e).readAt, QStringLiteral("2026-03-02T15:06:00.000Z"));
        QCOMPARE(pendingAt(m_mty, QStringLiteral("wamid.MTY-E")), 0);
    }

    // The sealed secret still checks Meta's signatures after a restart (the key is derived from the token key in the
    // server's data folder, not kept in memory only); a row from before sealing, with the secret in clear, is sealed
    // when the server starts and keeps working.
    void secretSealedAcrossRestarts()
    {
        {
            auto db = m_stack.backend().openTenant(QStringLiteral("acme"), QStringLiteral("clear-secret"));
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE whatsapp_webhook_config SET app_secret = ?"),
                             { QString::fromUtf8(kAppSecret) })
                        .has_value());
        }
        QVERIFY(storedSecret().contains(QString::fromUtf8(kAppSecret)));
        const quint16 port = m_stack.server().port();
        QCOMPARE(m_stack.server().stop(), 0);
        QVERIFY2(m_stack.server().start(port), qPrintable(m_stack.server().log()));
        const QString stored = storedSecret();
        QVERIFY2(stored.startsWith(kVerifyToken + QStringLiteral(" v1:")), qPrintable(stored));
        QVERIFY2(!stored.contains(QString::fromUtf8(kAppSecret)), qPrintable(stored));

        const qint64 before = reportsAtServer();
        Result<HttpResponse> forged = m_http->send(webhook(), &kStatuses, { signed256(kStatuses, "not-the-secret") });
        QVERIFY(forged);
        QCOMPARE(forged->status, 401);
        Result<HttpResponse> accepted = m_http->send(webhook(), &kStatuses, { signed256(kStatuses, kAppSecret) });
        QVERIFY2(accepted, why(accepted).constData());
        QCOMPARE(accepted->status, 200);
        QCOMPARE(reportsAtServer(), before + 1);
        const QString query = QStringLiteral("?hub.mode=subscribe&hub.verify_token=%1&hub.challenge=77");
        Result<HttpResponse> subscribed = m_http->get(webhook() + query.arg(kVerifyToken));
        QVERIFY(subscribed && subscribed->status == 200);

        // Once more, sealed already: nothing changes, the signature still verifies.
        QCOMPARE(m_stack.server().stop(), 0);
        QVERIFY2(m_stack.server().start(port), qPrintable(m_stack.server().log()));
        QCOMPARE(storedSecret(), stored);
        Result<HttpResponse> again = m_http->send(webhook(), &kStatuses, { signed256(kStatuses, kAppSecret) });
        QVERIFY(again);
        QCOMPARE(again->status, 200);
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppStatuses)
#include "testwhatsappstatuses.moc"
