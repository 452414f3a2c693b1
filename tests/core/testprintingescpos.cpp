// ESC/POS encoding of receipts: the bytes read back as the same lines as plainLines(), accents in CP850, Code 128 and
// QR commands carrying their payloads with correct length fields, raster logos, drawer kick only when asked.
#include "printing/codepage850.h"
#include "printing/escposencoder.h"
#include "printing/escposreader.h"
#include "printing/receiptdocument.h"
#include "why.h"

#include <QTest>

using namespace nexus;

namespace {

QByteArray raw(std::initializer_list<int> values)
{
    QByteArray out;
    for (const int v : values)
        out.append(static_cast<char>(v));
    return out;
}

MonoBitmap checkerboard(int width, int height)
{
    MonoBitmap bitmap(width, height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            bitmap.setDot(x, y, (x + y) % 2 == 0);
    return bitmap;
}

ReceiptDocument sampleTicket()
{
    ReceiptDocument doc;
    doc.logo(checkerboard(100, 40))
        .text(QStringLiteral("Refaccionaria Martínez"), ReceiptAlign::Center, true)
        .text(QStringLiteral("Av. Niños Héroes 1234, Col. Centro, Monterrey, N.L."), ReceiptAlign::Center)
        .text(QStringLiteral("MTZ1-000123"), ReceiptAlign::Center, true, true)
        .text(QStringLiteral("Cajero: José Peña"), ReceiptAlign::Right)
        .separator()
        .columns(
            QStringLiteral("2 x Balata delantera cerámica para Tsuru III 1.6 con sensor"), QStringLiteral("$1,399.80"))
        .columns(QStringLiteral("Descuento"), QStringLiteral("-$20.00"))
        .columns(QStringLiteral("TOTAL"), QStringLiteral("$1,379.80"), true, true)
        .feed(2)
        .barcode("MTZ1-000123")
        .qrCode("https://facturacion.refaccionariamartinez.com.mx/portal?folio=MTZ1-000123")
        .text(QStringLiteral("¡Gracias por su compra! ¿Dudas? Llámenos"), ReceiptAlign::Center);
    return doc;
}

} // namespace

class TestPrintingEscPos final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesReadBackAsPlainLines_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("columns");
        QTest::newRow("58 mm") << 58 << 32;
        QTest::newRow("80 mm") << 80 << 48;
    }
    void bytesReadBackAsPlainLines()
    {
        QFETCH(int, paper);
        QFETCH(int, columns);
        const ReceiptDocument doc = sampleTicket();
        const QByteArray bytes = EscPosEncoder(EscPosOptions::forPaper(paper)).encode(doc);
        const Result<EscPosPage> page = readEscPos(bytes, columns);
        QVERIFY2(page.has_value(), test::why(page).constData());
        QCOMPARE(page->lines, doc.plainLines(columns));
        for (const QString &line : page->lines)
            QVERIFY2(line.size() <= columns, qPrintable(line));
        QVERIFY(page->initialized);
        QCOMPARE(page->codePage, 2);
        QCOMPARE(page->code128, QList<QByteArray> { "MTZ1-000123" });
        QCOMPARE(page->qrCodes.size(), 1);
        QCOMPARE(page->qrCodes.first(),
            QByteArray("https://facturacion.refaccionariamartinez.com.mx/portal?folio=MTZ1-000123"));
        QCOMPARE(page->rasters.size(), 1);
        QCOMPARE(page->rasters.first().widthBytes, 13); // 100 dots → 13 bytes per row
        QCOMPARE(page->rasters.first().rows, 40);
        QCOMPARE(page->cuts, 1);
        QCOMPARE(page->drawerKicks, 0);
        // The wide text really was wrapped, and the large folio is centred in half as many columns.
        QVERIFY(doc.plainLines(columns).contains(
            QString((columns / 2 - 11) / 2, QLatin1Char(' ')) + QStringLiteral("MTZ1-000123")));
    }

    void accentsUseCodePage850Bytes()
    {
        QCOMPARE(toCodePage850(u"ñÑáéíóúüÜ¿¡$ÁÉÍÓÚ°"),
            raw({ 0xA4, 0xA5, 0xA0, 0x82, 0xA1, 0xA2, 0xA3, 0x81, 0x9A, 0xA8, 0xAD, 0x24, 0xB5, 0x90, 0xD6, 0xE0, 0xE9,
                0xF8 }));
        // Not in CP850: base letters and ASCII stand-ins instead of garbage; control characters never reach the
        // printer.
        QCOMPARE(toCodePage850(u"őş “20W-50” – x\x1b"), QByteArray("os \"20W-50\" - x "));
        QCOMPARE(fromCodePage850(toCodePage850(u"Señor Pérez, ¿güero?")), QStringLiteral("Señor Pérez, ¿güero?"));

        ReceiptDocument doc;
        doc.text(QStringLiteral("Bujía"));
        const QByteArray bytes = EscPosEncoder(EscPosOptions::forPaper(58)).encode(doc);
        QVERIFY(bytes.startsWith(raw({ 0x1B, 0x40, 0x1B, 0x74, 0x02 })));
        QVERIFY(bytes.contains(raw({ 'B', 'u', 'j', 0xA1, 'a', 0x0A })));
        QVERIFY(!bytes.contains("Buj\xc3\xad")); // no UTF-8 on paper
    }

    void qrCommandCarriesPayloadWithLengthFields()
    {
        const QByteArray payload(300, 'x');
        const QByteArray qr = EscPosEncoder::qrCode(payload, 6);
        const QByteArray model = raw({ 0x1D, 0x28, 0x6B, 4, 0, 49, 65, 50, 0 });
        const QByteArray store = raw({ 0x1D, 0x28, 0x6B, (303 & 0xFF), (303 >> 8), 49, 80, 48 });
        QVERIFY(qr.startsWith(model));
        QVERIFY(qr.contains(raw({ 0x1D, 0x28, 0x6B, 3, 0, 49, 67, 6 }))); // module size
        QVERIFY(qr.contains(raw({ 0x1D, 0x28, 0x6B, 3, 0, 49, 69, 49 }))); // level M
        const qsizetype at = qr.indexOf(store);
        QVERIFY(at > 0);
        QCOMPARE(qr.mid(at + store.size(), 300), payload);
        QVERIFY(qr.endsWith(raw({ 0x1D, 0x28, 0x6B, 3, 0, 49, 81, 48 })));
        QCOMPARE(qr.size(), 9 + 8 + 8 + 8 + 300 + 8);
    }

    void code128CarriesPayloadAndFitsThePaper()
    {
        const QByteArray folio = "MTZ1-000123";
        const QByteArray command = EscPosEncoder::code128(folio, 384);
        const QByteArray header = raw({ 0x1D, 0x6B, 73, int(folio.size() + 2), '{', 'B' });
        QVERIFY(command.endsWith(QByteArray(header + folio)));
        // 11 chars: (13 × 11 + 13 + 20) = 176 modules; at 2 dots 352 ≤ 384, at 3 dots it would not fit.
        QVERIFY(command.contains(raw({ 0x1D, 0x77, 2 })));
        QVERIFY(EscPosEncoder::code128(folio, 576).contains(raw({ 0x1D, 0x77, 3 })));
        // Too long for 58 mm even at one dot per module, or not ASCII: no barcode command, text instead.
        const QByteArray longData(40, '7');
        QVERIFY(EscPosEncoder::code128(longData, 384).isEmpty());
        QVERIFY(EscPosEncoder::code128("Peña", 576).isEmpty());
        QVERIFY(EscPosEncoder::code128("A{B", 576).isEmpty()); // { is the printer's code-set escape
        ReceiptDocument doc;
        doc.barcode(longData);
        const QByteArray bytes = EscPosEncoder(EscPosOptions::forPaper(58)).encode(doc);
        QVERIFY(!bytes.contains(raw({ 0x1D, 0x6B })));
        const Result<EscPosPage> page = readEscPos(bytes, 32);
        QVERIFY2(page.has_value(), test::why(page).constData());
        QCOMPARE(page->lines, doc.plainLines(32));
        QCOMPARE(page->lines.join(QString()).remove(QLatin1Char(' ')), QString::fromLatin1(longData));
    }

    void drawerKickOnlyWhenAsked()
    {
        const QByteArray kick = raw({ 0x1B, 0x70, 0x00, 25, 250 });
        ReceiptDocument doc = sampleTicket();
        const EscPosEncoder encoder(EscPosOptions::forPaper(80));
        QCOMPARE(encoder.encode(doc).count(kick), 0);
        doc.kickDrawer();
        const QByteArray kicked = encoder.encode(doc);
        QCOMPARE(kicked.count(kick), 1);
        QCOMPARE(readEscPos(kicked, 48)->drawerKicks, 1);
        doc.kickDrawer(false);
        QCOMPARE(encoder.encode(doc).count(kick), 0);
    }

    void rasterLogoFitsAndKeepsItsDots()
    {
        const MonoBitmap bitmap = checkerboard(20, 3);
        const QByteArray raster = EscPosEncoder::raster(bitmap);
        QCOMPARE(raster.left(8), raw({ 0x1D, 0x76, 0x30, 0, 3, 0, 3, 0 }));
        QCOMPARE(raster.mid(8), bitmap.bits());
        QCOMPARE(static_cast<unsigned char>(raster.at(8)), 0xAA); // 1 0 1 0 … MSB first, black = 1
        QCOMPARE(static_cast<unsigned char>(raster.at(11)), 0x55);

        // A logo wider than the paper is scaled into it; a tall one is sent in bands.
        ReceiptDocument doc;
        doc.logo(checkerboard(800, 600));
        const Result<EscPosPage> page = readEscPos(EscPosEncoder(EscPosOptions::forPaper(58)).encode(doc), 32);
        QVERIFY2(page.has_value(), test::why(page).constData());
        int rows = 0;
        for (const EscPosRaster &band : page->rasters) {
            QCOMPARE(band.widthBytes, 48); // 384 dots
            rows += band.rows;
        }
        QCOMPARE(rows, 600 * 384 / 800);
        QVERIFY(page->rasters.size() > 1);

        // A PNG logo prints only through the UI's rasterizer.
        ReceiptDocument png;
        png.logo(QByteArray("\x89PNG fake"));
        QCOMPARE(readEscPos(EscPosEncoder(EscPosOptions::forPaper(80)).encode(png), 48)->rasters.size(), 0);
        EscPosOptions options = EscPosOptions::forPaper(80);
        int askedWidth = 0;
        options.rasterizeLogo = [&askedWidth](const QByteArray &, int maxDots) {
            askedWidth = maxDots;
            return checkerboard(64, 8);
        };
        QCOMPARE(readEscPos(EscPosEncoder(options).encode(png), 48)->rasters.size(), 1);
        QCOMPARE(askedWidth, 576);
    }

    void readerRejectsTruncatedCommands()
    {
        const QByteArray bytes = EscPosEncoder::qrCode("hello", 4);
        const Result<EscPosPage> cut = readEscPos(bytes.left(bytes.size() - 12), 48);
        QVERIFY(!cut.has_value());
        QCOMPARE(cut.error().field(), QStringLiteral("bytes"));
    }
};

QTEST_GUILESS_MAIN(TestPrintingEscPos)
#include "testprintingescpos.moc"
