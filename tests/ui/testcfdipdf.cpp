// The printed representation of a stamped CFDI: every fiscal datum on the page, the SAT's QR scannable back to its
// verification URL, many conceptos flowing onto numbered pages with nothing overlapping, and a real PDF whose text
// pdftotext can read.
#include "cfdi/amountinwords.h"
#include "cfdi/invoicelayout.h"
#include "cfdi/stampedcfdi.h"
#include "scan/imagebarcodereader.h"
#include "screenshots.h"
#include "stampedcfdis.h"
#include "tempdir.h"
#include "testcfdisupport.h"
#include "why.h"

#include <QApplication>
#include <QJsonArray>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

// NEXUS_CFDI_SHOTS=DIR keeps the pictures and PDFs somewhere to look at; a temporary folder otherwise.
QString shotsDir()
{
    return nexus::test::shotsDir("NEXUS_CFDI_SHOTS", QDir::temp().filePath(QStringLiteral("nexus-cfdi")));
}

// Text boxes that overlap on a page (section bands and the row rules are boxes, not texts).
QStringList overlaps(const InvoicePage &page)
{
    QStringList found;
    for (std::size_t i = 0; i < page.texts.size(); ++i)
        for (std::size_t j = i + 1; j < page.texts.size(); ++j) {
            const QRectF a = page.texts[i].rect.adjusted(1, 1, -1, -1);
            const QRectF b = page.texts[j].rect.adjusted(1, 1, -1, -1);
            if (a.intersects(b) && !page.texts[i].text.isEmpty() && !page.texts[j].text.isEmpty())
                found.append(page.texts[i].text.left(30) + QStringLiteral(" × ") + page.texts[j].text.left(30));
        }
    return found;
}

} // namespace

class TestCfdiPdf final : public QObject
{
    Q_OBJECT

    std::optional<Csd> m_csd;
    std::optional<CfdiIssuer> m_issuer;
    const QString m_uuid = QStringLiteral("6F3B2E10-7A4C-4D2B-9C1E-2B5A0D9E8F71");

    Result<StampedCfdi> stamped(const QJsonObject &request)
    {
        Result<QByteArray> xml = stampedTestCfdi(*m_issuer, request, *m_csd, m_uuid);
        if (!xml)
            return std::unexpected(xml.error());
        return parseStampedCfdi(*xml);
    }

    static QJsonObject request(const QString &name)
    {
        return validCase(name).value(QStringLiteral("request")).toObject();
    }

    static void checkPages(const InvoiceLayout &layout)
    {
        const QRectF paper(0, 0, InvoiceLayout::kPageWidth, InvoiceLayout::kPageHeight);
        const QRectF content = paper.adjusted(InvoiceLayout::kMargin - 1, InvoiceLayout::kMargin - 1,
            -InvoiceLayout::kMargin + 1, -InvoiceLayout::kMargin + 1);
        for (std::size_t p = 0; p < layout.pages().size(); ++p) {
            const InvoicePage &page = layout.pages()[p];
            for (const InvoiceText &text : page.texts)
                QVERIFY2(content.contains(text.rect), qPrintable(text.text.left(40)));
            const QStringList clashes = overlaps(page);
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
            QVERIFY(
                layout.text(int(p)).contains(QStringLiteral("Página %1 de %2").arg(p + 1).arg(layout.pages().size())));
        }
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

    void onePageCarriesEveryFiscalDatum()
    {
        Result<StampedCfdi> cfdi = stamped(request(QStringLiteral("ingreso_16_una_linea")));
        QVERIFY2(cfdi.has_value(), why(cfdi));
        Result<InvoiceLayout> layout = InvoiceLayout::create(
            *cfdi, { QStringLiteral("Refaccionaria Martínez"), { QStringLiteral("Av. Juárez 120, Centro, CDMX") } });
        QVERIFY2(layout.has_value(), why(layout));
        QCOMPARE(layout->pages().size(), std::size_t(1));
        checkPages(*layout);
        const QString text = layout->text();
        for (const QString &expected : { QStringLiteral("Refaccionaria Martínez"),
                 QStringLiteral("ESCUELA KEMPER URGATE"), QStringLiteral("EKU9003173C9"),
                 QStringLiteral("601 - General de Ley Personas Morales"), QStringLiteral("C.P. 06000"),
                 QStringLiteral("FACTURA"), QStringLiteral("MTZ-1001"), m_uuid, QStringLiteral("2026-01-15T10:30:00"),
                 QStringLiteral("2026-01-15T10:31:07"), QStringLiteral("30001000000500003416"),
                 QStringLiteral("I - Ingreso"), QStringLiteral("UNIVERSIDAD ROBOTICA ESPAÑOLA"),
                 QStringLiteral("URE180429TM6"), QStringLiteral("C.P. 86991"),
                 QStringLiteral("G03 - Gastos en general"), QStringLiteral("25174800"), QStringLiteral("H87 Pieza"),
                 QStringLiteral("Balata delantera cerámica"), QStringLiteral("No. identificación: BAL-1001"),
                 QStringLiteral("Traslado IVA 16 %  Base 100.00  Importe 16.00"), QStringLiteral("IVA trasladado 16 %"),
                 QStringLiteral("116.00 MXN"), QStringLiteral("CIENTO DIECISÉIS PESOS 00/100 M.N."),
                 QStringLiteral("01 - Efectivo"), QStringLiteral("PUE - Pago en una sola exhibición"), cfdi->seal,
                 cfdi->stamp.satSeal, tfdCadenaOriginal(cfdi->stamp), kTestSatCertificate, kTestPacRfc,
                 QStringLiteral("Este documento es una representación impresa de un CFDI 4.0") })
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QCOMPARE(layout->qrText(), satVerificationUrl(*cfdi));
        QCOMPARE(layout->fileName(), QStringLiteral("MTZ1001_") + m_uuid + QStringLiteral(".pdf"));

        // The QR on the page scans back to the SAT's verification URL.
        const InvoicePage &page = layout->pages().front();
        QVERIFY(!page.qrRect.isEmpty());
        QVERIFY2(page.qrRect.width() >= 2.75 / 2.54 * InvoiceLayout::kUnitsPerInch, "smaller than the SAT's 2.75 cm");
        const QImage image = layout->pageImage(0, 200);
        QVERIFY(image.save(QDir(shotsDir()).filePath(QStringLiteral("factura-1.png"))));
        Result<DecodedBarcode> decoded = ImageBarcodeReader::read(image);
        QVERIFY2(decoded.has_value(), why(decoded));
        QCOMPARE(decoded->format, QStringLiteral("QRCode"));
        QCOMPARE(decoded->text, satVerificationUrl(*cfdi));

        // The QR alone as an image (for the screen and e-mails): ZXing reads the same URL back.
        Result<BarcodeMatrix> qr = BarcodeMatrix::encode(BarcodeKind::Qr, layout->qrText());
        QVERIFY2(qr.has_value(), why(qr));
        const QImage qrImage = qr->toImage(4, 4);
        QCOMPARE(qrImage.width(), (qr->width() + 8) * 4);
        Result<DecodedBarcode> fromImage = ImageBarcodeReader::read(qrImage);
        QVERIFY2(fromImage.has_value(), why(fromImage));
        QCOMPARE(fromImage->text, satVerificationUrl(*cfdi));

        // The PDF itself: Letter, one page, its text extractable.
        const QByteArray pdf = layout->pdf();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 10'000);
        const QString path = QDir(shotsDir()).filePath(QStringLiteral("factura-1.pdf"));
        QVERIFY2(layout->writePdf(path).has_value(), qPrintable(path));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's own text was not read back");
        QProcess process;
        process.start(pdftotext, { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY(process.waitForFinished(60'000));
        const QString extracted = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &expected : { m_uuid, QStringLiteral("CIENTO DIECISÉIS PESOS 00/100 M.N."),
                 QStringLiteral("Balata delantera cerámica"), QStringLiteral("Página 1 de 1") })
            QVERIFY2(extracted.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + extracted));
        process.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), { path });
        if (process.waitForFinished(60'000)) {
            const QString info = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(info.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info));
            QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
        }
    }

    void manyConceptosFlowOntoNumberedPages()
    {
        QJsonObject many = request(QStringLiteral("ingreso_16_una_linea"));
        const QJsonObject first = many.value(QStringLiteral("items")).toArray().first().toObject();
        QJsonArray items;
        for (int i = 1; i <= 70; ++i) {
            QJsonObject item = first;
            QJsonObject product = item.value(QStringLiteral("product")).toObject();
            product.insert(QStringLiteral("description"),
                i % 7 == 0 ? QStringLiteral("Pieza %1: juego de balatas cerámicas delanteras y traseras para "
                                            "Nissan Versa 2012-2019 con sensor de desgaste y herrajes")
                                 .arg(i)
                           : QStringLiteral("Pieza %1: refacción de prueba").arg(i));
            product.insert(QStringLiteral("price"), 10.0 + i * 13.37);
            product.insert(QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(i));
            item.insert(QStringLiteral("product"), product);
            item.insert(QStringLiteral("quantity"), 1 + i % 4);
            items.append(item);
        }
        many.insert(QStringLiteral("items"), items);
        Result<StampedCfdi> cfdi = stamped(many);
        QVERIFY2(cfdi.has_value(), why(cfdi));
        QCOMPARE(cfdi->concepts.size(), std::size_t(70));
        Result<InvoiceLayout> layout = InvoiceLayout::create(*cfdi);
        QVERIFY2(layout.has_value(), why(layout));
        const int pages = int(layout->pages().size());
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        checkPages(*layout);
        const QString text = layout->text();
        for (int i = 1; i <= 70; ++i) // every concepto exactly once
            QCOMPARE(text.count(QStringLiteral("Pieza %1:").arg(i)), 1);
        for (int p = 0; p < pages; ++p) {
            const QString pageText = layout->text(p);
            // The table header repeats on every page that has conceptos; the header block is only on page 1.
            if (pageText.contains(QLatin1String("SKU-")))
                QVERIFY(pageText.contains(QLatin1String("Valor unitario")));
            QCOMPARE(pageText.contains(QLatin1String("RECEPTOR")), p == 0);
            QCOMPARE(!layout->pages()[std::size_t(p)].qrRect.isEmpty(), p == pages - 1);
            QVERIFY(layout->pageImage(p, 100).save(
                QDir(shotsDir()).filePath(QStringLiteral("factura-muchas-%1.png").arg(p + 1))));
        }
        QVERIFY(layout->text(pages - 1).contains(tfdCadenaOriginal(cfdi->stamp)));
        Result<Money> total = cfdi->totalMoney();
        QVERIFY(total.has_value());
        QVERIFY(text.contains(amountInWords(*total)));
        const QString path = QDir(shotsDir()).filePath(QStringLiteral("factura-muchas.pdf"));
        QVERIFY(layout->writePdf(path).has_value());
        QProcess process;
        process.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), { path });
        if (process.waitForFinished(60'000) && process.exitCode() == 0) {
            const QString info = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))), qPrintable(info));
        }
    }

    void creditNoteShowsItsRelatedInvoice()
    {
        Result<StampedCfdi> cfdi = stamped(request(QStringLiteral("egreso_nota_credito_01")));
        QVERIFY2(cfdi.has_value(), why(cfdi));
        Result<InvoiceLayout> layout = InvoiceLayout::create(*cfdi);
        QVERIFY2(layout.has_value(), why(layout));
        checkPages(*layout);
        QVERIFY(layout->text().contains(QStringLiteral("NOTA DE CRÉDITO")));
        QVERIFY(layout->text().contains(cfdi->related.front().uuids.front()));
        QVERIFY(layout->text().contains(QStringLiteral("01 - Nota de crédito de los documentos relacionados")));
        QVERIFY(layout->pageImage(0, 100).save(QDir(shotsDir()).filePath(QStringLiteral("nota-credito.png"))));
    }

    void paymentReceiptShowsWhatItPays()
    {
        Result<StampedCfdi> cfdi = stamped(request(QStringLiteral("pago_parcial")));
        QVERIFY2(cfdi.has_value(), why(cfdi));
        Result<InvoiceLayout> layout = InvoiceLayout::create(*cfdi);
        QVERIFY2(layout.has_value(), why(layout));
        checkPages(*layout);
        const QString text = layout->text();
        QVERIFY(text.contains(QStringLiteral("RECIBO DE PAGO")));
        QVERIFY(text.contains(QStringLiteral("COMPLEMENTO DE PAGO")));
        QVERIFY(text.contains(QStringLiteral("03 - Transferencia electrónica de fondos")));
        QVERIFY(text.contains(QStringLiteral("SPEI-000123")));
        QVERIFY(!text.contains(QStringLiteral("CERO PESOS"))); // its Total of 0 XXX is not an amount to write out
        QVERIFY2(text.contains(QStringLiteral("(MTZ-1003)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Parcialidad 1 · saldo anterior 1,160.00 · pagado 500.00 · saldo "
                                              "insoluto 660.00")),
            qPrintable(text));
        QVERIFY(layout->pageImage(0, 100).save(QDir(shotsDir()).filePath(QStringLiteral("recibo-pago.png"))));
    }

    void groupedAmountsKeepTheXmlDigits()
    {
        QCOMPARE(groupedAmount(QStringLiteral("1234567.50")), QStringLiteral("1,234,567.50"));
        QCOMPARE(groupedAmount(QStringLiteral("999.999999")), QStringLiteral("999.999999"));
        QCOMPARE(groupedAmount(QStringLiteral("1000")), QStringLiteral("1,000"));
        QCOMPARE(groupedAmount(QStringLiteral("-12345.6")), QStringLiteral("-12,345.6"));
    }
};

QTEST_MAIN(TestCfdiPdf)
#include "testcfdipdf.moc"
