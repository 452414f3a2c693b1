// A stamped CFDI read back for its printed representation: the data, the TFD's cadena original (checked against the
// SAT's own cadenaoriginal_TFD_1_1.xslt) and the verification URL of the QR (Anexo 20).
#include <QtTest>

#include "cfdi/stampedcfdi.h"
#include "stampedcfdis.h"
#include "tempdir.h"
#include "testcfdisupport.h"
#include "why.h"

using namespace nexus;
using namespace nexus::test;

class TestCfdiStamped final : public QObject
{
    Q_OBJECT

    std::optional<Csd> m_csd;
    std::optional<CfdiIssuer> m_issuer;
    const QString m_uuid = QStringLiteral("6F3B2E10-7A4C-4D2B-9C1E-2B5A0D9E8F71");

    QByteArray stamped(const QString &caseName)
    {
        const QJsonObject request = validCase(caseName).value(QStringLiteral("request")).toObject();
        Result<QByteArray> xml = stampedTestCfdi(*m_issuer, request, *m_csd, m_uuid);
        return xml ? *xml : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        NEXUS_REQUIRE_TEST_CSD();
        Result<SatTestIdentity> identity = satTestIdentity();
        QVERIFY2(identity.has_value(), why(identity));
        m_csd = identity->csd;
        m_issuer = identity->issuer;
    }

    void readsEveryPartOfTheComprobante()
    {
        const QByteArray xml = stamped(QStringLiteral("ingreso_16_una_linea"));
        QVERIFY(!xml.isEmpty());
        Result<StampedCfdi> cfdi = parseStampedCfdi(xml);
        QVERIFY2(cfdi.has_value(), why(cfdi));
        QCOMPARE(cfdi->version, QStringLiteral("4.0"));
        QCOMPARE(cfdi->type, QStringLiteral("I"));
        QCOMPARE(cfdi->series, QStringLiteral("MTZ"));
        QCOMPARE(cfdi->folio, QStringLiteral("1001"));
        QCOMPARE(cfdi->date, QStringLiteral("2026-01-15T10:30:00"));
        QCOMPARE(cfdi->paymentForm, QStringLiteral("01"));
        QCOMPARE(cfdi->paymentMethod, QStringLiteral("PUE"));
        QCOMPARE(cfdi->currency, QStringLiteral("MXN"));
        QCOMPARE(cfdi->subtotal, QStringLiteral("100.00"));
        QCOMPARE(cfdi->total, QStringLiteral("116.00"));
        QCOMPARE(cfdi->placeOfIssue, QStringLiteral("06000"));
        QCOMPARE(cfdi->exportCode, QStringLiteral("01"));
        QCOMPARE(cfdi->certificateNumber, QStringLiteral("30001000000500003416"));
        QVERIFY(cfdi->certificate.size() > 1000);
        QVERIFY(cfdi->seal.size() > 300);
        QCOMPARE(cfdi->issuer.rfc, QStringLiteral("EKU9003173C9"));
        QCOMPARE(cfdi->issuer.name, QStringLiteral("ESCUELA KEMPER URGATE"));
        QCOMPARE(cfdi->issuer.taxSystem, QStringLiteral("601"));
        QCOMPARE(cfdi->receiver.rfc, QStringLiteral("URE180429TM6"));
        QCOMPARE(cfdi->receiver.name, QStringLiteral("UNIVERSIDAD ROBOTICA ESPAÑOLA"));
        QCOMPARE(cfdi->receiver.taxSystem, QStringLiteral("601"));
        QCOMPARE(cfdi->receiver.zip, QStringLiteral("86991"));
        QCOMPARE(cfdi->receiver.use, QStringLiteral("G03"));
        QCOMPARE(cfdi->concepts.size(), std::size_t(1));
        const StampedConcept &line = cfdi->concepts.front();
        QCOMPARE(line.productKey, QStringLiteral("25174800"));
        QCOMPARE(line.sku, QStringLiteral("BAL-1001"));
        QCOMPARE(line.quantity, QStringLiteral("1"));
        QCOMPARE(line.unitKey, QStringLiteral("H87"));
        QCOMPARE(line.unitName, QStringLiteral("Pieza"));
        QCOMPARE(line.description, QStringLiteral("Balata delantera cerámica"));
        QCOMPARE(line.unitValue, QStringLiteral("100.00"));
        QCOMPARE(line.amount, QStringLiteral("100.00"));
        QCOMPARE(line.taxObject, QStringLiteral("02"));
        QCOMPARE(line.transfers.size(), std::size_t(1));
        QCOMPARE(line.transfers.front().tax, QStringLiteral("002"));
        QCOMPARE(line.transfers.front().rate, QStringLiteral("0.160000"));
        QCOMPARE(line.transfers.front().base, QStringLiteral("100.00"));
        QCOMPARE(line.transfers.front().amount, QStringLiteral("16.00"));
        QCOMPARE(cfdi->transferSummary.size(), std::size_t(1)); // the concept's Traslado is not counted twice
        QCOMPARE(cfdi->transferSummary.front().amount, QStringLiteral("16.00"));
        QCOMPARE(cfdi->totalTransferred, QStringLiteral("16.00"));
        QVERIFY(cfdi->totalWithheld.isEmpty());
        QCOMPARE(cfdi->stamp.version, QStringLiteral("1.1"));
        QCOMPARE(cfdi->stamp.uuid, m_uuid);
        QCOMPARE(cfdi->stamp.stampedAt, QStringLiteral("2026-01-15T10:31:07"));
        QCOMPARE(cfdi->stamp.pacRfc, kTestPacRfc);
        QCOMPARE(cfdi->stamp.cfdSeal, cfdi->seal);
        QCOMPARE(cfdi->stamp.satCertificateNumber, kTestSatCertificate);
        QVERIFY(!cfdi->stamp.satSeal.isEmpty());
        Result<Money> total = cfdi->totalMoney();
        QVERIFY2(total.has_value(), why(total));
        QCOMPARE(total->centavos(), 11600);
    }

    void readsWithholdingsDiscountsAndRelatedDocuments()
    {
        Result<StampedCfdi> flete = parseStampedCfdi(stamped(QStringLiteral("ingreso_retencion_flete")));
        QVERIFY2(flete.has_value(), why(flete));
        QVERIFY(!flete->withholdingSummary.empty());
        QVERIFY(!flete->totalWithheld.isEmpty());
        QVERIFY(!flete->concepts.front().withholdings.empty());
        Result<StampedCfdi> credit = parseStampedCfdi(stamped(QStringLiteral("egreso_nota_credito_01")));
        QVERIFY2(credit.has_value(), why(credit));
        QCOMPARE(credit->type, QStringLiteral("E"));
        QCOMPARE(credit->related.size(), std::size_t(1));
        QCOMPARE(credit->related.front().relationship, QStringLiteral("01"));
        QVERIFY(!credit->related.front().uuids.isEmpty());
        Result<StampedCfdi> global = parseStampedCfdi(stamped(QStringLiteral("global_mes")));
        QVERIFY2(global.has_value(), why(global));
        QCOMPARE(global->receiver.rfc, QStringLiteral("XAXX010101000"));
        QVERIFY(!global->globalPeriodicity.isEmpty());
        QVERIFY(!global->globalYear.isEmpty());
        Result<StampedCfdi> payment = parseStampedCfdi(stamped(QStringLiteral("pago_parcial")));
        QVERIFY2(payment.has_value(), why(payment));
        QCOMPARE(payment->type, QStringLiteral("P"));
        QCOMPARE(payment->payments.size(), std::size_t(1));
        QCOMPARE(payment->payments.front().paymentForm, QStringLiteral("03"));
        QCOMPARE(payment->payments.front().amount, QStringLiteral("500.00"));
        QCOMPARE(payment->payments.front().operationNumber, QStringLiteral("SPEI-000123"));
        QCOMPARE(payment->payments.front().documents.size(), std::size_t(1));
        const StampedPaidDocument &paid = payment->payments.front().documents.front();
        QCOMPARE(paid.uuid.toLower(), QStringLiteral("39c85a3f-275b-4341-b259-e8971d9f8a94"));
        QCOMPARE(paid.installment, QStringLiteral("1"));
        QCOMPARE(paid.previousBalance, QStringLiteral("1160.00"));
        QCOMPARE(paid.paid, QStringLiteral("500.00"));
        QCOMPARE(paid.remaining, QStringLiteral("660.00"));
        Result<StampedCfdi> many = parseStampedCfdi(stamped(QStringLiteral("ingreso_redondeo_muchas_lineas")));
        QVERIFY2(many.has_value(), why(many));
        QVERIFY(many->concepts.size() > 3);
    }

    void prefixesDoNotMatterNamespacesDo()
    {
        QByteArray xml = stamped(QStringLiteral("ingreso_16_una_linea"));
        xml.replace("cfdi:", "c4:").replace("xmlns:cfdi=", "xmlns:c4=");
        Result<StampedCfdi> cfdi = parseStampedCfdi(xml);
        QVERIFY2(cfdi.has_value(), why(cfdi));
        QCOMPARE(cfdi->concepts.size(), std::size_t(1));
        QCOMPARE(cfdi->stamp.uuid, m_uuid);
        // CFDI 3.3's namespace is not a CFDI 4.0.
        QByteArray old = stamped(QStringLiteral("ingreso_16_una_linea"));
        old.replace("http://www.sat.gob.mx/cfd/4", "http://www.sat.gob.mx/cfd/3");
        Result<StampedCfdi> refused = parseStampedCfdi(old);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().field(), QStringLiteral("xml"));
    }

    void refusesWhatIsNotAStampedCfdi()
    {
        const QByteArray xml = stamped(QStringLiteral("ingreso_16_una_linea"));
        Result<StampedCfdi> broken = parseStampedCfdi(xml.left(xml.size() / 2));
        QVERIFY(!broken.has_value());
        QCOMPARE(broken.error().field(), QStringLiteral("xml"));
        QByteArray unstamped = xml;
        unstamped.replace("TimbreFiscalDigital", "OtroComplemento");
        Result<StampedCfdi> noStamp = parseStampedCfdi(unstamped);
        QVERIFY(!noStamp.has_value());
        QCOMPARE(noStamp.error().field(), QStringLiteral("TimbreFiscalDigital"));
        QByteArray badUuid = xml;
        badUuid.replace(m_uuid.toUtf8(), "NOT-A-UUID");
        Result<StampedCfdi> uuid = parseStampedCfdi(badUuid);
        QVERIFY(!uuid.has_value());
        QCOMPARE(uuid.error().field(), QStringLiteral("UUID"));
        // A timbre copied from another document: its SelloCFD is not this Sello.
        QByteArray otherSeal = xml;
        otherSeal.replace("SelloCFD=\"", "SelloCFD=\"X");
        Result<StampedCfdi> seal = parseStampedCfdi(otherSeal);
        QVERIFY(!seal.has_value());
        QCOMPARE(seal.error().field(), QStringLiteral("SelloCFD"));
        QByteArray noTotal = xml;
        noTotal.replace("Total=\"116.00\"", "Total=\"ciento\"");
        Result<StampedCfdi> total = parseStampedCfdi(noTotal);
        QVERIFY(!total.has_value());
        QCOMPARE(total.error().field(), QStringLiteral("Total"));
    }

    void tfdCadenaIsTheSatsStylesheet_data()
    {
        QTest::addColumn<QString>("legend");
        QTest::newRow("sin leyenda") << QString();
        QTest::newRow("con leyenda") << QStringLiteral("Leyenda  del   PAC");
    }

    void tfdCadenaIsTheSatsStylesheet()
    {
        QFETCH(QString, legend);
        const QJsonObject request
            = validCase(QStringLiteral("ingreso_16_una_linea")).value(QStringLiteral("request")).toObject();
        Result<InvoiceRequest> parsed = parseInvoiceRequest(request);
        QVERIFY2(parsed.has_value(), why(parsed));
        Result<SealedCfdi> sealed
            = sealCfdi(*m_issuer, *parsed, *m_csd, QDateTime(QDate(2026, 1, 20), QTime(18, 0), Qt::UTC));
        QVERIFY2(sealed.has_value(), why(sealed));
        Result<StampedCfdi> cfdi
            = parseStampedCfdi(withTestStamp(sealed->xml, m_uuid, QStringLiteral("2026-01-15T10:31:07"), legend));
        QVERIFY2(cfdi.has_value(), why(cfdi));
        const QString cadena = tfdCadenaOriginal(cfdi->stamp);
        QString expected
            = QStringLiteral("||1.1|") + m_uuid + QStringLiteral("|2026-01-15T10:31:07|") + kTestPacRfc + u'|';
        if (!legend.isEmpty())
            expected += QStringLiteral("Leyenda del PAC|"); // normalize-space()
        expected += sealed->seal + u'|' + kTestSatCertificate + QStringLiteral("||");
        QCOMPARE(cadena, expected);

        // The SAT's own stylesheet over the TimbreFiscalDigital alone gives the same text.
        const QString xsltproc = QStandardPaths::findExecutable(QStringLiteral("xsltproc"));
        if (xsltproc.isEmpty()) {
            if (runningInCi())
                QFAIL("xsltproc is missing");
            QSKIP("xsltproc is not installed: the cross-check with the SAT's stylesheet did not run");
        }
        TempDir dir;
        const QString xml
            = QString::fromUtf8(withTestStamp(sealed->xml, m_uuid, QStringLiteral("2026-01-15T10:31:07"), legend));
        static const QRegularExpression tfd(QStringLiteral("<tfd:TimbreFiscalDigital[^>]*/>"));
        QString element = tfd.match(xml).captured(0);
        element.replace(QLatin1String("xsi:schemaLocation"),
            QLatin1String("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation"));
        QFile file(dir.file(QStringLiteral("tfd.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(element.toUtf8());
        file.close();
        QProcess process;
        process.start(xsltproc,
            { QStringLiteral("--nonet"),
                QDir(satDir()).filePath(
                    QStringLiteral("sitio_internet/cfd/TimbreFiscalDigital/cadenaoriginal_TFD_1_1.xslt")),
                file.fileName() });
        QVERIFY(process.waitForFinished(60'000));
        const QString fromSat = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(cadena, fromSat);
    }

    void verificationTotalFollowsTheAnexo_data()
    {
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("tt");
        QTest::newRow("two decimals") << QStringLiteral("1200.50") << QStringLiteral("1200.5");
        QTest::newRow("cents") << QStringLiteral("116.01") << QStringLiteral("116.01");
        QTest::newRow("whole") << QStringLiteral("1000.00") << QStringLiteral("1000.0");
        QTest::newRow("no decimals") << QStringLiteral("116") << QStringLiteral("116.0");
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0.0");
        QTest::newRow("zero decimals") << QStringLiteral("0.00") << QStringLiteral("0.0");
        QTest::newRow("leading zeros") << QStringLiteral("000123.4500") << QStringLiteral("123.45");
        QTest::newRow("six decimals") << QStringLiteral("0.123456") << QStringLiteral("0.123456");
        QTest::newRow("seventh rounds down") << QStringLiteral("0.1234561") << QStringLiteral("0.123456");
        QTest::newRow("seventh rounds up") << QStringLiteral("0.1234565") << QStringLiteral("0.123457");
        QTest::newRow("carry") << QStringLiteral("9.9999995") << QStringLiteral("10.0");
        QTest::newRow("eighteen integers")
            << QStringLiteral("123456789012345678.123456") << QStringLiteral("123456789012345678.123456");
        QTest::newRow("not a number") << QStringLiteral("abc") << QStringLiteral("0.0");
    }

    void verificationTotalFollowsTheAnexo()
    {
        QFETCH(QString, total);
        QFETCH(QString, tt);
        QCOMPARE(satVerificationTotal(total), tt);
    }

    void verificationUrlCarriesTheStamp()
    {
        Result<StampedCfdi> cfdi = parseStampedCfdi(stamped(QStringLiteral("ingreso_16_una_linea")));
        QVERIFY2(cfdi.has_value(), why(cfdi));
        QCOMPARE(satVerificationUrl(*cfdi),
            QStringLiteral("https://verificacfdi.facturaelectronica.sat.gob.mx/default.aspx?id=") + m_uuid
                + QStringLiteral("&re=EKU9003173C9&rr=URE180429TM6&tt=116.0&fe=") + cfdi->seal.right(8));
        QCOMPARE(cfdi->seal.right(8).size(), 8);
        // RFCs with an ampersand are written as the XML writes them (Anexo 20).
        StampedCfdi ampersand = *cfdi;
        ampersand.issuer.rfc = QStringLiteral("Ñ&A010101AAA");
        ampersand.total = QStringLiteral("1234.5678");
        QVERIFY(satVerificationUrl(ampersand).contains(QStringLiteral("&re=Ñ&amp;A010101AAA&rr=")));
        QVERIFY(satVerificationUrl(ampersand).contains(QStringLiteral("&tt=1234.5678&fe=")));
    }
};

QTEST_GUILESS_MAIN(TestCfdiStamped)
#include "testcfdistamped.moc"
