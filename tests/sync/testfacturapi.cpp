// The Facturapi client over real HTTPS against the fake Facturapi: create (stamped by our sealer + the SAT's test CSD,
// valid for the SAT's validator), the idempotent retry, 202 pending → valid, cancellation, e-mail, downloads, the
// API key from the secret store, and every kind of PAC error as a Spanish message naming its field.
#include "cfdi/cfdisealer.h"
#include "cfdi/stampedcfdi.h"
#include "client/secretstore.h"
#include "fakefacturapi.h"
#include "pactestsupport.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>
#include <QTranslator>

using namespace nexus;
using namespace nexus::test;

namespace {

QJsonObject caseRequest(const char *name)
{
    QJsonObject request = validCase(QLatin1String(name)).value(QStringLiteral("request")).toObject();
    request.remove(QStringLiteral("date")); // stamped now, as Facturapi does without a date
    return request;
}

} // namespace

class TestFacturapi final : public QObject
{
    Q_OBJECT

    TempDir m_dir;
    PacFixture m_pac;
    int m_round = 0;

    [[nodiscard]] QString key() { return QStringLiteral("key-%1-%2").arg(m_round).arg(QUuid::createUuid().toString()); }

private Q_SLOTS:
    void initTestCase()
    {
        NEXUS_REQUIRE_SAT_VALIDATOR();
        const Status loaded = m_pac.load();
        QVERIFY2(loaded.has_value(), why(loaded));
    }

    void init()
    {
        ++m_round;
        const Status started
            = m_pac.start(m_dir.file(QStringLiteral("pac-%1").arg(m_round)), QStringLiteral("sk_test_1"));
        QVERIFY2(started.has_value(), why(started));
    }

    void cleanup() { m_pac.stop(); }

    void createsAStampedInvoiceTheSatValidates()
    {
        const Result<PacInvoice> invoice = m_pac.line.client->createInvoice(caseRequest("ingreso_16_una_linea"), key());
        QVERIFY2(invoice.has_value(), why(invoice));
        QCOMPARE(invoice->status, QStringLiteral("valid"));
        QVERIFY(invoice->isStamped());
        QCOMPARE(invoice->uuid.size(), 36);
        QCOMPARE(invoice->total, Money(11600));
        QCOMPARE(m_pac.fake->stampCount(), 1);

        const Result<QByteArray> xml = m_pac.line.client->downloadXml(invoice->id);
        QVERIFY2(xml.has_value(), why(xml));
        const Result<StampedCfdi> stamped = parseStampedCfdi(*xml);
        QVERIFY2(stamped.has_value(), why(stamped));
        QCOMPARE(stamped->stamp.uuid, invoice->uuid);
        QCOMPARE(stamped->stamp.cfdSeal, stamped->seal); // SelloCFD is the Comprobante's own Sello
        QVERIFY(!stamped->stamp.satSeal.isEmpty());
        QVERIFY(!stamped->stamp.satCertificateNumber.isEmpty());
        QCOMPARE(stamped->stamp.stampedAt, invoice->stampDate);
        QCOMPARE(stamped->receiver.rfc, QStringLiteral("URE180429TM6"));

        const QString path = m_dir.file(QStringLiteral("stamped-%1.xml").arg(m_round));
        QVERIFY(writeFileAtomically(path, withoutTfd(*xml)).has_value());
        const Validation validation = validateCfdi(path);
        QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));

        const Result<QByteArray> pdf = m_pac.line.client->downloadPdf(invoice->id);
        QVERIFY2(pdf.has_value(), why(pdf));
        QVERIFY(pdf->startsWith("%PDF"));
        QVERIFY(pdf->contains(invoice->uuid.toLatin1()));
    }

    void theSameKeyNeverStampsTwice()
    {
        const QString idempotencyKey = key();
        const QJsonObject request = caseRequest("ingreso_tasa0_exento");
        const Result<PacInvoice> first = m_pac.line.client->createInvoice(request, idempotencyKey);
        QVERIFY2(first.has_value(), why(first));
        const Result<PacInvoice> again = m_pac.line.client->createInvoice(request, idempotencyKey);
        QVERIFY2(again.has_value(), why(again));
        QCOMPARE(again->id, first->id);
        QCOMPARE(again->uuid, first->uuid);
        QCOMPARE(m_pac.fake->createRequests(), 2);
        QCOMPARE(m_pac.fake->stampCount(), 1);

        // The same key with another body is the PAC's conflict, shown in Spanish.
        QJsonObject other = request;
        other.insert(QStringLiteral("use"), QStringLiteral("G01"));
        other.insert(QStringLiteral("payment_form"), QStringLiteral("04"));
        const Result<PacInvoice> clash = m_pac.line.client->createInvoice(other, idempotencyKey);
        QVERIFY(!clash.has_value());
        QCOMPARE(clash.error().code(), ErrorCode::Conflict);
        QVERIFY2(
            clash.error().message().startsWith(QStringLiteral("El PAC rechazó")), qPrintable(clash.error().message()));
        QVERIFY(clash.error().message().contains(QStringLiteral("llave de idempotencia")));
        QCOMPARE(m_pac.fake->stampCount(), 1);

        // A different key is a different invoice.
        const Result<PacInvoice> second = m_pac.line.client->createInvoice(request, key());
        QVERIFY2(second.has_value(), why(second));
        QVERIFY(second->uuid != first->uuid);
        QCOMPARE(m_pac.fake->stampCount(), 2);
    }

    void aCutAnswerIsRetriedWithTheSameKey()
    {
        const QString idempotencyKey = key();
        const PacLine impatient = pacLine(m_pac.fake->url(), m_pac.fake->caFile(), QStringLiteral("sk_test_1"), 1000);
        m_pac.fake->setDelayMs(4000); // the PAC stamps, the answer comes after the client gave up
        const Result<PacInvoice> lost
            = impatient.client->createInvoice(caseRequest("ingreso_16_una_linea"), idempotencyKey);
        QVERIFY(!lost.has_value());
        QCOMPARE(lost.error().code(), ErrorCode::Network);
        QVERIFY2(lost.error().message().startsWith(QStringLiteral("No se puede conectar con el PAC")),
            qPrintable(lost.error().message()));
        m_pac.fake->setDelayMs(0);
        QVERIFY(m_pac.fake->waitUntilIdle(30'000)); // it answers one request at a time: the slow one first
        QCOMPARE(m_pac.fake->stampCount(), 1);
        const Result<PacInvoice> retried
            = m_pac.line.client->createInvoice(caseRequest("ingreso_16_una_linea"), idempotencyKey);
        QVERIFY2(retried.has_value(), why(retried));
        QVERIFY(retried->isStamped());
        QCOMPARE(m_pac.fake->stampCount(), 1);
    }

    void pendingThenValid()
    {
        m_pac.fake->setPendingPolls(2);
        const Result<PacInvoice> created
            = m_pac.line.client->createInvoice(caseRequest("ingreso_iva8_frontera"), key());
        QVERIFY2(created.has_value(), why(created));
        QVERIFY(created->isPending());
        QVERIFY(created->uuid.isEmpty());
        QCOMPARE(m_pac.fake->stampCount(), 0);
        const Result<QByteArray> early = m_pac.line.client->downloadXml(created->id);
        QVERIFY(!early.has_value());
        QCOMPARE(early.error().code(), ErrorCode::InvalidInput);
        QVERIFY(early.error().message().contains(QStringLiteral("aún no ha sido timbrada")));

        const Result<PacInvoice> stillPending = m_pac.line.client->invoice(created->id);
        QVERIFY2(stillPending.has_value(), why(stillPending));
        QVERIFY(stillPending->isPending());
        const Result<PacInvoice> done = m_pac.line.client->invoice(created->id);
        QVERIFY2(done.has_value(), why(done));
        QVERIFY(done->isStamped());
        QCOMPARE(m_pac.fake->stampCount(), 1);
        const Result<QByteArray> xml = m_pac.line.client->downloadXml(created->id);
        QVERIFY2(xml.has_value(), why(xml));
        QVERIFY(xml->contains(done->uuid.toLatin1()));
    }

    void errorsAreSpanishAndNameTheField_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("startsWith");
        QTest::newRow("400 refused") << 400 << int(ErrorCode::InvalidInput) << "pac"
                                     << "El PAC rechazó la factura";
        QTest::newRow("401 key") << 401 << int(ErrorCode::Unauthenticated) << "api_key"
                                 << "El PAC no aceptó la llave de API";
        QTest::newRow("429 busy") << 429 << int(ErrorCode::Network) << "pac"
                                  << "El PAC está recibiendo demasiadas";
        QTest::newRow("500 failing") << 500 << int(ErrorCode::Network) << "pac"
                                     << "El PAC está fallando (HTTP 500)";
        QTest::newRow("503 failing") << 503 << int(ErrorCode::Network) << "pac"
                                     << "El PAC está fallando (HTTP 503)";
    }
    void errorsAreSpanishAndNameTheField()
    {
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, field);
        QFETCH(QString, startsWith);
        const QString pacMessage = QStringLiteral("Mensaje del PAC %1").arg(status);
        m_pac.fake->failNext(status, pacMessage, QStringLiteral("pac_code_%1").arg(status));
        const Result<PacInvoice> refused = m_pac.line.client->createInvoice(caseRequest("ingreso_16_una_linea"), key());
        QVERIFY(!refused.has_value());
        QCOMPARE(int(refused.error().code()), code);
        QCOMPARE(refused.error().field(), field);
        QVERIFY2(refused.error().message().startsWith(startsWith), qPrintable(refused.error().message()));
        QVERIFY2(refused.error().message().contains(pacMessage), qPrintable(refused.error().message()));
        QCOMPARE(m_pac.fake->stampCount(), 0);
    }

    void theFakeValidatesTheRequest()
    {
        // The PAC's own validation (here: our parser and builder) with Facturapi's path as the field.
        QJsonObject request = caseRequest("ingreso_16_una_linea");
        QJsonArray items = request.value(QStringLiteral("items")).toArray();
        QJsonObject item = items.at(0).toObject();
        QJsonObject product = item.value(QStringLiteral("product")).toObject();
        product.insert(QStringLiteral("product_key"), QStringLiteral("123"));
        item.insert(QStringLiteral("product"), product);
        items[0] = item;
        request.insert(QStringLiteral("items"), items);
        const Result<PacInvoice> refused = m_pac.line.client->createInvoice(request, key());
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(refused.error().field(), QStringLiteral("items[0].product.product_key"));
        QVERIFY2(refused.error().message().startsWith(QStringLiteral("El PAC rechazó la factura")),
            qPrintable(refused.error().message()));
        QCOMPARE(m_pac.fake->stampCount(), 0);

        // A wrong key: refused before anything else.
        FacturapiClient stranger(*m_pac.line.transport, QStringLiteral("sk_test_otra"));
        const Result<PacInvoice> unauthorised = stranger.createInvoice(caseRequest("ingreso_16_una_linea"), key());
        QCOMPARE(unauthorised.error().code(), ErrorCode::Unauthenticated);
        QVERIFY(unauthorised.error().message().contains(QStringLiteral("no es válida")));

        // An unknown invoice.
        const Result<PacInvoice> missing = m_pac.line.client->invoice(QStringLiteral("0123456789abcdef01234567"));
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QVERIFY2(missing.error().message().startsWith(QStringLiteral("El PAC no tiene la factura")),
            qPrintable(missing.error().message()));
        // An id that would leave the path is never sent.
        QCOMPARE(m_pac.line.client->invoice(QStringLiteral("../customers")).error().field(), QStringLiteral("pac_id"));
    }

    void aDownPacIsANetworkError()
    {
        m_pac.fake->goDown();
        const Result<PacInvoice> down = m_pac.line.client->createInvoice(caseRequest("ingreso_16_una_linea"), key());
        QCOMPARE(down.error().code(), ErrorCode::Network);
        QVERIFY2(down.error().message().startsWith(QStringLiteral("No se puede conectar con el PAC")),
            qPrintable(down.error().message()));
        QVERIFY(m_pac.fake->comeUp().has_value());
        const Result<PacInvoice> up = m_pac.line.client->createInvoice(caseRequest("ingreso_16_una_linea"), key());
        QVERIFY2(up.has_value(), why(up));
    }

    void cancelsWithAMotive()
    {
        const Result<PacInvoice> invoice = m_pac.line.client->createInvoice(caseRequest("ingreso_16_una_linea"), key());
        QVERIFY2(invoice.has_value(), why(invoice));

        // Checked before anything is sent.
        QCOMPARE(m_pac.line.client->cancelInvoice(invoice->id, QStringLiteral("05")).error().field(),
            QStringLiteral("motive"));
        const Result<PacInvoice> noSubstitute = m_pac.line.client->cancelInvoice(invoice->id, QStringLiteral("01"));
        QCOMPARE(noSubstitute.error().field(), QStringLiteral("substitution"));
        QVERIFY(noSubstitute.error().message().contains(QStringLiteral("sustituye")));
        QCOMPARE(m_pac.line.client->cancelInvoice(invoice->id, QStringLiteral("02"), invoice->uuid).error().field(),
            QStringLiteral("substitution"));
        QVERIFY(m_pac.fake->cancelMotive(invoice->id).isEmpty());

        const Result<PacInvoice> cancelled = m_pac.line.client->cancelInvoice(invoice->id, QStringLiteral("02"));
        QVERIFY2(cancelled.has_value(), why(cancelled));
        QCOMPARE(cancelled->status, QStringLiteral("canceled"));
        QCOMPARE(cancelled->cancellationStatus, QStringLiteral("accepted"));
        QCOMPARE(m_pac.fake->cancelMotive(invoice->id), QStringLiteral("02"));
        const Result<PacInvoice> twice = m_pac.line.client->cancelInvoice(invoice->id, QStringLiteral("02"));
        QCOMPARE(twice.error().code(), ErrorCode::InvalidInput);
        QVERIFY(twice.error().message().contains(QStringLiteral("Solo se pueden cancelar facturas válidas")));

        // Motive 01 names the substituting invoice; a receiver who must accept leaves it pending first.
        m_pac.fake->setCancellationPolls(1);
        const Result<PacInvoice> wrong = m_pac.line.client->createInvoice(caseRequest("ingreso_16_una_linea"), key());
        const Result<PacInvoice> right = m_pac.line.client->createInvoice(caseRequest("ingreso_16_una_linea"), key());
        QVERIFY(wrong.has_value() && right.has_value());
        const Result<PacInvoice> substituted
            = m_pac.line.client->cancelInvoice(wrong->id, QStringLiteral("01"), right->uuid.toLower());
        QVERIFY2(substituted.has_value(), why(substituted));
        QCOMPARE(substituted->status, QStringLiteral("valid"));
        QCOMPARE(substituted->cancellationStatus, QStringLiteral("pending"));
        const Result<PacInvoice> accepted = m_pac.line.client->invoice(wrong->id);
        QVERIFY2(accepted.has_value(), why(accepted));
        QCOMPARE(accepted->status, QStringLiteral("canceled"));
        QCOMPARE(m_pac.fake->cancelMotive(wrong->id), QStringLiteral("01"));
    }

    void sendsByEmail()
    {
        const Result<PacInvoice> invoice = m_pac.line.client->createInvoice(caseRequest("ingreso_16_una_linea"), key());
        QVERIFY2(invoice.has_value(), why(invoice));
        const Status sent = m_pac.line.client->sendByEmail(invoice->id, { QStringLiteral("compras@refaccionaria.mx") });
        QVERIFY2(sent.has_value(), why(sent));
        QCOMPARE(m_pac.fake->emailsSent(invoice->id), QStringList { QStringLiteral("compras@refaccionaria.mx") });
        QCOMPARE(m_pac.line.client->sendByEmail(invoice->id, { QStringLiteral("no es correo") }).error().field(),
            QStringLiteral("email"));
        QCOMPARE(m_pac.fake->emailsSent(invoice->id).size(), 1);
    }

    void apiKeyFromTheSecretStore()
    {
        SecretStore secrets(m_dir.file(QStringLiteral("secrets-%1").arg(m_round)), SecretStore::Mode::FileOnly);
        QVERIFY(QDir().mkpath(m_dir.file(QStringLiteral("secrets-%1").arg(m_round))));
        const Result<QString> missing = FacturapiClient::apiKeyFrom(secrets);
        QCOMPARE(missing.error().field(), QStringLiteral("api_key"));
        QVERIFY(missing.error().message().contains(QStringLiteral("Facturapi")));
        QVERIFY(secrets.write(QLatin1String(FacturapiClient::kApiKeySecret), "sk_test_1\n").has_value());
        const Result<QString> stored = FacturapiClient::apiKeyFrom(secrets);
        QVERIFY2(stored.has_value(), why(stored));
        QCOMPARE(*stored, QStringLiteral("sk_test_1"));
        FacturapiClient fromStore(*m_pac.line.transport, *stored);
        const Result<PacInvoice> invoice = fromStore.createInvoice(caseRequest("ingreso_16_una_linea"), key());
        QVERIFY2(invoice.has_value(), why(invoice));
    }
};

QTEST_GUILESS_MAIN(TestFacturapi)
#include "testfacturapi.moc"
