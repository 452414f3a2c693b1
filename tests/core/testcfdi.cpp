// CFDI 4.0 building and sealing: data-driven cases that must pass the SAT's own validator, and the SAT rules refused.
#include <QtTest>

#include "cfdi/cadenaoriginal.h"
#include "cfdi/cfdibuilder.h"
#include "cfdi/cfdisealer.h"
#include "cfdi/cfdixml.h"
#include "tempdir.h"
#include "testcfdisupport.h"
#include "why.h"

using namespace nexus;
using namespace nexus::test;

class TestCfdi final : public QObject
{
    Q_OBJECT

    std::optional<Csd> m_csd;
    CfdiIssuer m_issuer;
    TempDir m_dir;
    QStringList m_validatorLines;
    // Every case carries its own date; this is only the fallback "now".
    const QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC);

    Result<SealedCfdi> seal(const QJsonObject &requestJson, const CfdiIssuer &issuer)
    {
        Result<InvoiceRequest> request = parseInvoiceRequest(requestJson);
        if (!request)
            return std::unexpected(request.error());
        return sealCfdi(issuer, *request, *m_csd, m_now);
    }

    // What the customer paid at the counter for tax-included lines: Σ round(price × quantity) − discount.
    static std::optional<Money> ticketTotal(const InvoiceRequest &request)
    {
        Money total = Money::zero(request.currency);
        for (const InvoiceItem &item : request.items) {
            const InvoiceProduct &product = item.product;
            for (const InvoiceTax &tax : product.taxes)
                if (tax.withholding || tax.base)
                    return std::nullopt;
            if (!product.taxIncluded && !product.taxes.empty())
                return std::nullopt;
            total += product.price.times(item.quantity.thousandths()) - item.discount;
        }
        return total;
    }

private Q_SLOTS:
    void initTestCase()
    {
        NEXUS_REQUIRE_SAT_VALIDATOR();
        QVERIFY(m_dir.isValid());
        Result<Csd> csd = loadCsd(testCsdFile("EKU9003173C9.cer"), testCsdFile("EKU9003173C9.key"), kTestCsdPassword);
        QVERIFY2(csd.has_value(), why(csd));
        m_csd = *csd;
        Result<CfdiIssuer> issuer = testIssuer();
        QVERIFY2(issuer.has_value(), why(issuer));
        m_issuer = *issuer;
    }

    void cleanupTestCase()
    {
        // The validator's own verdict for every generated document, for the record.
        for (const QString &line : std::as_const(m_validatorLines))
            qInfo("%s", qPrintable(line));
    }

    void sealedCasePassesTheSatValidator_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = validCaseNames();
        QVERIFY2(names.size() >= 15, "tests/data/cfdi/valid has lost cases");
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void sealedCasePassesTheSatValidator()
    {
        QFETCH(QString, name);
        const QJsonObject testCase = validCase(name);
        Result<InvoiceRequest> request = parseInvoiceRequest(testCase.value(QStringLiteral("request")).toObject());
        QVERIFY2(request.has_value(), why(request));
        Result<SealedCfdi> sealed = sealCfdi(m_issuer, *request, *m_csd, m_now);
        QVERIFY2(sealed.has_value(), why(sealed));
        const CfdiDocument &document = sealed->document;
        QCOMPARE(document.certificateNumber, QStringLiteral("30001000000500003416"));
        QVERIFY(sealed->cadenaOriginal.startsWith("||4.0|"));
        QVERIFY(sealed->cadenaOriginal.contains("|30001000000500003416|"));

        const QString path = m_dir.file(name + QStringLiteral(".xml"));
        QVERIFY(writeFileAtomically(path, sealed->xml).has_value());
        const Validation validation = validateCfdi(path);
        QVERIFY2(validation.exitCode == 0, qPrintable(name + QStringLiteral(": ") + validation.output));
        QVERIFY2(validation.output.contains(QLatin1String("seal ok")), qPrintable(validation.output));
        m_validatorLines.append(QString(validation.output).replace(m_dir.path() + QLatin1Char('/'), QString()));

        // The amounts the guides give for the case.
        const QJsonObject expect = testCase.value(QStringLiteral("expect")).toObject();
        const auto expected = [&expect](const char *key) { return expect.value(QLatin1String(key)).toString(); };
        if (expect.contains(QLatin1String("subtotal")))
            QCOMPARE(document.subtotal.toPlainString(), expected("subtotal"));
        if (expect.contains(QLatin1String("total")))
            QCOMPARE(document.total.toPlainString(), expected("total"));
        if (expect.contains(QLatin1String("discount")))
            QCOMPARE(document.discount.value_or(Money()).toPlainString(), expected("discount"));
        if (expect.contains(QLatin1String("transferred")))
            QCOMPARE(document.totalTransferred.value_or(Money()).toPlainString(), expected("transferred"));
        if (expect.contains(QLatin1String("withheld")))
            QCOMPARE(document.totalWithheld.value_or(Money()).toPlainString(), expected("withheld"));
        if (expect.contains(QLatin1String("payment_total")))
            QCOMPARE(document.paymentTotals.total.toPlainString(), expected("payment_total"));
        if (expect.contains(QLatin1String("remaining"))) {
            Money remaining;
            for (const CfdiPayment &payment : document.payments)
                for (const CfdiPaymentDocument &doc : payment.documents)
                    remaining += doc.remaining;
            QCOMPARE(remaining.toPlainString(), expected("remaining"));
        }
        // Tax-included lines: the CFDI's Total is what the customer paid at the counter, to the centavo.
        if (document.type != CfdiType::Pago)
            if (const std::optional<Money> ticket = ticketTotal(*request))
                QCOMPARE(document.total.toPlainString(), ticket->toPlainString());
    }

    void cadenaIsTheSatTransformationOfTheSealedXml()
    {
        Result<SealedCfdi> sealed
            = seal(validCase(QStringLiteral("global_dia")).value(QStringLiteral("request")).toObject(), m_issuer);
        QVERIFY2(sealed.has_value(), why(sealed));
        const QString path = m_dir.file(QStringLiteral("cadena.xml"));
        QVERIFY(writeFileAtomically(path, sealed->xml).has_value());
        QProcess process;
        process.start(QDir(satDir()).filePath(QStringLiteral("validate-cfdi")), { QStringLiteral("--cadena"), path });
        QVERIFY(process.waitForFinished(120'000));
        QCOMPARE(process.exitCode(), 0);
        // xsltproc over the SAT's files on disk and our libxslt over the embedded copy: the same cadena.
        QCOMPARE(process.readAllStandardOutput().split('\n').first(), sealed->cadenaOriginal);
        QVERIFY(sealed->cadenaOriginal.contains("|01|01|2026|")); // InformacionGlobal
        QVERIFY(sealed->cadenaOriginal.contains("|MTZ1-000104|"));
        // And again from the sealed XML (Sello is not part of the cadena).
        Result<QByteArray> again = cadenaOriginal(sealed->xml);
        QVERIFY2(again.has_value(), why(again));
        QCOMPARE(*again, sealed->cadenaOriginal);
    }

    void validatorRejectsATamperedInvoice()
    {
        Result<SealedCfdi> sealed = seal(
            validCase(QStringLiteral("ingreso_16_una_linea")).value(QStringLiteral("request")).toObject(), m_issuer);
        QVERIFY2(sealed.has_value(), why(sealed));
        QByteArray tampered = sealed->xml;
        tampered.replace("Descripcion=\"Balata delantera cerámica\"", "Descripcion=\"Balata trasera\"");
        QVERIFY(tampered != sealed->xml);
        const QString path = m_dir.file(QStringLiteral("tampered.xml"));
        QVERIFY(writeFileAtomically(path, tampered).has_value());
        const Validation validation = validateCfdi(path);
        QVERIFY2(validation.exitCode != 0, qPrintable(validation.output));
        QVERIFY2(validation.output.contains(QLatin1String("Sello does not verify")), qPrintable(validation.output));
    }

    void brokenRuleIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QJsonObject>("issuerChanges");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("contains");
        const QJsonArray cases
            = QJsonDocument::fromJson(readAll(QDir(cfdiDataDir()).filePath(QStringLiteral("invalid.json")))).array();
        QVERIFY2(cases.size() >= 40, "tests/data/cfdi/invalid.json has lost cases");
        for (const QJsonValue &value : cases) {
            const QJsonObject entry = value.toObject();
            QTest::newRow(qPrintable(entry.value(QStringLiteral("name")).toString()))
                << entry.value(QStringLiteral("base")).toString() << entry.value(QStringLiteral("set")).toObject()
                << entry.value(QStringLiteral("issuer")).toObject() << entry.value(QStringLiteral("field")).toString()
                << entry.value(QStringLiteral("contains")).toString();
        }
    }

    void brokenRuleIsRefusedNamingTheField()
    {
        QFETCH(QString, base);
        QFETCH(QJsonObject, changes);
        QFETCH(QJsonObject, issuerChanges);
        QFETCH(QString, field);
        QFETCH(QString, contains);
        // The unchanged case seals: the change alone is what breaks the rule.
        const QJsonObject request = validCase(base).value(QStringLiteral("request")).toObject();
        QVERIFY2(!request.isEmpty(), qPrintable(base));
        QVERIFY(seal(request, m_issuer).has_value());
        Result<CfdiIssuer> issuer = testIssuer(issuerChanges);
        Result<SealedCfdi> sealed = issuer ? seal(withValues(request, changes), *issuer)
                                           : Result<SealedCfdi>(std::unexpected(issuer.error()));
        QVERIFY2(!sealed.has_value(), "the broken rule was accepted");
        QCOMPARE(sealed.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(sealed.error().field(), field);
        QVERIFY2(sealed.error().message().contains(contains), qPrintable(sealed.error().logMessage()));
        QVERIFY2(sealed.error().message().contains(field), qPrintable(sealed.error().logMessage()));
    }

    void malformedRequestNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray customer
            = R"("customer": {"legal_name": "UNIVERSIDAD ROBOTICA ESPAÑOLA", "tax_id": "URE180429TM6", "tax_system": "601", "address": {"zip": "86991"}})";
        const auto invoice = [&customer](const char *items, const char *extra = "") -> QByteArray {
            return "{" + customer + R"(, "payment_form": "01", "items": )" + QByteArray(items) + extra + "}";
        };
        QTest::newRow("not JSON") << QByteArray("{\"type\": ") << QStringLiteral("json");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("json");
        QTest::newRow("no customer") << QByteArray(R"({"payment_form": "01", "items": []})")
                                     << QStringLiteral("customer");
        QTest::newRow("customer by Facturapi id")
            << QByteArray(R"({"customer": "58e93bd8e86eb318b0197456", "items": []})") << QStringLiteral("customer");
        QTest::newRow("customer without zip") << QByteArray(
            R"({"customer": {"legal_name": "X", "tax_id": "URE180429TM6", "tax_system": "601", "address": {}}})")
                                              << QStringLiteral("customer.address.zip");
        QTest::newRow("unknown type") << invoice("[]", R"(, "type": "T")") << QStringLiteral("type");
        QTest::newRow("no items") << invoice("[]") << QStringLiteral("items");
        QTest::newRow("no payment form") << QByteArray("{" + customer
            + R"(, "items": [{"product": {"description": "A", "product_key": "25174800", "price": 1}}]})")
                                         << QStringLiteral("payment_form");
        QTest::newRow("price with three decimals")
            << invoice(R"([{"product": {"description": "A", "product_key": "25174800", "price": 1.005}}])")
            << QStringLiteral("items[0].product.price");
        QTest::newRow("price as text that is not a number")
            << invoice(R"([{"product": {"description": "A", "product_key": "25174800", "price": "diez"}}])")
            << QStringLiteral("items[0].product.price");
        QTest::newRow("negative price") << invoice(
            R"([{"product": {"description": "A", "product_key": "25174800", "price": -1}}])")
                                        << QStringLiteral("items[0].product.price");
        QTest::newRow("quantity zero") << invoice(
            R"([{"quantity": 0, "product": {"description": "A", "product_key": "25174800", "price": 1}}])")
                                       << QStringLiteral("items[0].quantity");
        QTest::newRow("quantity with four decimals") << invoice(
            R"([{"quantity": 1.0001, "product": {"description": "A", "product_key": "25174800", "price": 1}}])")
                                                     << QStringLiteral("items[0].quantity");
        QTest::newRow("no description") << invoice(R"([{"product": {"product_key": "25174800", "price": 1}}])")
                                        << QStringLiteral("items[0].product.description");
        QTest::newRow("product by Facturapi id")
            << invoice(R"([{"product": "5a2a307be93a2f00129ea035"}])") << QStringLiteral("items[0].product");
        QTest::newRow("unknown tax type") << invoice(
            R"([{"product": {"description": "A", "product_key": "25174800", "price": 1, "taxes": [{"type": "IVX", "rate": 0.16}]}}])")
                                          << QStringLiteral("items[0].product.taxes[0].type");
        QTest::newRow("tax_included not a boolean") << invoice(
            R"([{"product": {"description": "A", "product_key": "25174800", "price": 1, "tax_included": "yes"}}])")
                                                    << QStringLiteral("items[0].product.tax_included");
        QTest::newRow("text with the cadena's separator")
            << invoice(R"([{"product": {"description": "A|B", "product_key": "25174800", "price": 1}}])")
            << QStringLiteral("items[0].product.description");
        QTest::newRow("date that is not ISO 8601") << invoice(
            R"([{"product": {"description": "A", "product_key": "25174800", "price": 1}}])",
            R"(, "date": "15/01/2026")") << QStringLiteral("date");
        QTest::newRow("currency not supported") << invoice(
            R"([{"product": {"description": "A", "product_key": "25174800", "price": 1}}])", R"(, "currency": "EUR")")
                                                << QStringLiteral("currency");
        QTest::newRow("payment without complements")
            << QByteArray("{" + customer + R"(, "type": "P"})") << QStringLiteral("complements");
        QTest::newRow("payment tax without base") << QByteArray("{" + customer
            + R"(, "type": "P", "complements": [{"type": "pago", "data": [{"payment_form": "03", "related_documents": [{"uuid": "39c85a3f-275b-4341-b259-e8971d9f8a94", "amount": 1, "installment": 1, "last_balance": 1, "taxes": [{"type": "IVA", "rate": 0.16}]}]}]}]})")
                                                  << QStringLiteral(
                                                         "complements[0].data[0].related_documents[0].taxes[0].base");
    }

    void malformedRequestNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        Result<InvoiceRequest> request = parseInvoiceRequest(json);
        QVERIFY2(!request.has_value(), "a malformed request was accepted");
        QCOMPARE(request.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(request.error().field(), field);
    }

    void issuerJsonIsChecked()
    {
        QVERIFY(!parseIssuer("{}").has_value());
        Result<CfdiIssuer> noZip = parseIssuer(R"({"tax_id": "EKU9003173C9", "legal_name": "X", "tax_system": "601"})");
        QVERIFY(!noZip.has_value());
        QCOMPARE(noZip.error().field(), QStringLiteral("issuer.zip"));
        Result<CfdiIssuer> badZone
            = testIssuer(QJsonObject { { QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus") } });
        QVERIFY(badZone.has_value());
        Result<SealedCfdi> sealed = seal(
            validCase(QStringLiteral("ingreso_16_una_linea")).value(QStringLiteral("request")).toObject(), *badZone);
        QVERIFY(!sealed.has_value());
        QCOMPARE(sealed.error().field(), QStringLiteral("issuer.time_zone"));
    }

    void requestRoundTripsThroughFacturapiJson()
    {
        // What a Facturapi client would send is the same request: it builds the same document.
        for (const QString &name : validCaseNames()) {
            Result<InvoiceRequest> first
                = parseInvoiceRequest(validCase(name).value(QStringLiteral("request")).toObject());
            QVERIFY2(first.has_value(), why(first));
            Result<InvoiceRequest> second = parseInvoiceRequest(invoiceRequestToJson(*first));
            QVERIFY2(second.has_value(), qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(why(second))));
            Result<CfdiDocument> a = buildCfdi(m_issuer, *first, m_now);
            Result<CfdiDocument> b = buildCfdi(m_issuer, *second, m_now);
            QVERIFY2(a.has_value() && b.has_value(), qPrintable(name));
            QCOMPARE(writeCfdiXml(*b), writeCfdiXml(*a));
        }
    }

    void utcDateIsWrittenAsLocalTimeOfThePlaceOfIssue()
    {
        QJsonObject request
            = validCase(QStringLiteral("ingreso_16_una_linea")).value(QStringLiteral("request")).toObject();
        request.insert(QStringLiteral("date"), QStringLiteral("2026-01-15T16:30:00.000Z"));
        Result<InvoiceRequest> parsed = parseInvoiceRequest(request);
        QVERIFY2(parsed.has_value(), why(parsed));
        Result<CfdiDocument> document = buildCfdi(m_issuer, *parsed, m_now);
        QVERIFY2(document.has_value(), why(document));
        QCOMPARE(document->date, QStringLiteral("2026-01-15T10:30:00")); // Mexico City, UTC−6
        Result<CfdiIssuer> tijuana
            = testIssuer(QJsonObject { { QStringLiteral("time_zone"), QStringLiteral("America/Tijuana") } });
        QVERIFY(tijuana.has_value());
        Result<CfdiDocument> border = buildCfdi(*tijuana, *parsed, m_now);
        QVERIFY2(border.has_value(), why(border));
        QCOMPARE(border->date, QStringLiteral("2026-01-15T08:30:00")); // UTC−8 in winter
        request.remove(QStringLiteral("date"));
        Result<CfdiDocument> undated = buildCfdi(m_issuer, *parseInvoiceRequest(request), m_now);
        QVERIFY2(undated.has_value(), why(undated));
        QCOMPARE(undated->date, QStringLiteral("2026-03-02T12:00:00"));
    }

    void manyLinesRoundPerLineThenSum()
    {
        // Per line, then summed: the Traslado of each concept is the counter's split and the summary adds them.
        Result<InvoiceRequest> request = parseInvoiceRequest(
            validCase(QStringLiteral("ingreso_redondeo_muchas_lineas")).value(QStringLiteral("request")).toObject());
        QVERIFY2(request.has_value(), why(request));
        Result<CfdiDocument> document = buildCfdi(m_issuer, *request, m_now);
        QVERIFY2(document.has_value(), why(document));
        QCOMPARE(document->concepts.size(), std::size_t(12));
        Money bases, taxes;
        for (const CfdiConcept &line : document->concepts) {
            QCOMPARE(line.transfers.size(), std::size_t(1));
            QCOMPARE(line.transfers.front().base, line.amount - line.discount);
            bases += line.transfers.front().base;
            taxes += line.transfers.front().amount;
        }
        QCOMPARE(document->transferSummary.size(), std::size_t(1));
        QCOMPARE(document->transferSummary.front().base, bases);
        QCOMPARE(*document->totalTransferred, taxes);
        // 1 centavo filter at 16 %: base 0.01, tax 0.00 — the split keeps every centavo of the line.
        QCOMPARE(document->concepts[6].amount.toPlainString(), QStringLiteral("0.01"));
        QCOMPARE(document->concepts[6].transfers.front().amount.toPlainString(), QStringLiteral("0.00"));
        // 0.333 m of hose at 45.50: ValorUnitario carries six decimals so Cantidad × ValorUnitario is the Importe.
        const CfdiConcept &hose = document->concepts[4];
        QCOMPARE(hose.quantity.toString(), QStringLiteral("0.333"));
        QCOMPARE(hose.amount.toPlainString(), QStringLiteral("13.06"));
        QCOMPARE(satDecimal(hose.unitValueMicros, 6, 2), QStringLiteral("39.219219"));
    }

    void paymentTaxBaseIsTheProportionPaid()
    {
        QCOMPARE(paymentTaxBase(Money(100000), Money(116000), Money(50000)).toPlainString(), QStringLiteral("431.03"));
        QCOMPARE(paymentTaxBase(Money(100000), Money(116000), Money(66000)).toPlainString(), QStringLiteral("568.97"));
        QCOMPARE(
            paymentTaxBase(Money(100000), Money(116000), Money(116000)).toPlainString(), QStringLiteral("1000.00"));
        QCOMPARE(paymentTaxBase(Money(100000), Money(0), Money(1)).toPlainString(), QStringLiteral("0.00"));
    }

    void satDecimalsAreWrittenAsTheSchemaWants()
    {
        QCOMPARE(satDecimal(1'234'500'000, 6, 2), QStringLiteral("1234.50"));
        QCOMPARE(satDecimal(39'219'219, 6, 2), QStringLiteral("39.219219"));
        QCOMPARE(satDecimal(17'234'500, 6, 0), QStringLiteral("17.2345"));
        QCOMPARE(satDecimal(1'000'000, 6, 0), QStringLiteral("1"));
        QCOMPARE(satRate(160'000), QStringLiteral("0.160000"));
        QCOMPARE(satRate(0), QStringLiteral("0.000000"));
    }

    void cadenaOfSomethingElseIsAnError()
    {
        QVERIFY(!cadenaOriginal("<not-closed").has_value());
        Result<QByteArray> other = cadenaOriginal("<?xml version=\"1.0\"?><factura total=\"1\"/>");
        QVERIFY(!other.has_value());
        QCOMPARE(other.error().field(), QStringLiteral("xml"));
    }
};

QTEST_GUILESS_MAIN(TestCfdi)
#include "testcfdi.moc"
