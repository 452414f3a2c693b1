// Label sheets and picture decoding: a 3 × 10 letter sheet PDF of part labels whose EAN-13 and Code 128, drawn with
// ZXing, decode back with ZXing's reader to the same codes; barcodes in pictures are read rotated and scaled.
#include "demo/catalogwriter.h"
#include "printing/barcodematrix.h"
#include "printing/labelsheet.h"
#include "printing/partlabelsource.h"
#include "printing/printerconfig.h"
#include "printing/ticketprinter.h"
#include "scan/imagebarcodereader.h"
#include "store/catalogstore.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTransform>

using namespace nexus;

namespace {

QList<PartLabel> demoLabels(int count)
{
    QList<PartLabel> labels;
    for (int i = 0; i < count; ++i) {
        // Every other label has a real EAN-13 (checked digit), the rest only a SKU.
        const QString body = QStringLiteral("7501234%1").arg(10000 + i, 5, 10, QLatin1Char('0'));
        labels << PartLabel { QStringLiteral("SKU-%1").arg(7000 + i),
            QStringLiteral("Balata delantera cerámica para Nissan Tsuru III 1.6 pieza %1").arg(i), Money(45990 + i),
            i % 2 == 0 ? ean13WithCheckDigit(body) : QString() };
    }
    return labels;
}

// A printed-looking barcode picture: quiet zone, `module` pixels per module.
QImage barcodePicture(BarcodeKind kind, const QString &text, int module, int height)
{
    const BarcodeMatrix matrix = *BarcodeMatrix::encode(kind, text);
    const int quiet = 12 * module;
    const int h = matrix.isLinear() ? height : matrix.height() * module;
    QImage image(matrix.width() * module + 2 * quiet, h + 2 * quiet, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    matrix.paint(painter, QRectF(quiet, quiet, matrix.width() * module, h));
    return image;
}

QImage transformed(const QImage &image, qreal degrees, qreal scale)
{
    QTransform transform;
    transform.rotate(degrees);
    transform.scale(scale, scale);
    const QRect bounds = transform.mapRect(image.rect());
    QImage out(bounds.size() + QSize(40, 40), QImage::Format_RGB32);
    out.fill(Qt::white); // a photo's background, not the transparent corners of a rotated image
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(20 - bounds.left(), 20 - bounds.top());
    painter.setTransform(transform, true);
    painter.drawImage(0, 0, image);
    return out;
}

} // namespace

class TestPrintLabels final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;

private Q_SLOTS:
    void sheetPdfHasAPageForEveryThirtyLabels()
    {
        const LabelSheet sheet(demoLabels(32));
        QCOMPARE(sheet.pageCount(), 2);
        const Result<QByteArray> pdf = sheet.pdf();
        QVERIFY2(pdf.has_value(), test::why(pdf).constData());
        QVERIFY(pdf->startsWith("%PDF-"));
        QCOMPARE(pdf->count("/Type /Page\n") + pdf->count("/Type /Page\r") + pdf->count("/Type /Page/")
                + pdf->count("/Type /Page "),
            2);
        QVERIFY2(pdf->contains("/MediaBox [0 0 612"),
            pdf->mid(pdf->indexOf("/MediaBox"), 40).constData()); // US letter: 612 × 792 points
        const QString path = m_dir.file(QStringLiteral("labels.pdf"));
        QVERIFY(sheet.writePdf(path).has_value());
        QVERIFY(QFile(path).size() == pdf->size());
        QCOMPARE(LabelSheet({}).pdf().error().field(), QStringLiteral("labels"));
    }

    void sheetBarcodesDecodeBackToTheirCodes()
    {
        const QList<PartLabel> labels = demoLabels(6);
        const LabelSheet sheet(labels);
        const int dpi = 300;
        const QImage page = sheet.pageImage(0, dpi);
        if (!qEnvironmentVariableIsEmpty("NEXUS_PRINT_SHOTS"))
            page.save(qEnvironmentVariable("NEXUS_PRINT_SHOTS") + QStringLiteral("/labels-page.png"));
        const LabelSheetLayout layout;
        const qreal perMm = dpi / 25.4;
        for (int i = 0; i < labels.size(); ++i) {
            const int row = i / layout.columns;
            const int column = i % layout.columns;
            const QRect box(qRound((layout.leftMm + column * layout.columnPitchMm) * perMm),
                qRound((layout.topMm + row * layout.rowPitchMm) * perMm), qRound(layout.labelMm.width() * perMm),
                qRound(layout.labelMm.height() * perMm));
            const Result<DecodedBarcode> decoded = ImageBarcodeReader::read(page.copy(box));
            QVERIFY2(decoded.has_value(),
                qPrintable(QStringLiteral("label %1: %2").arg(i).arg(QString::fromUtf8(test::why(decoded)))));
            if (labels.at(i).usesEan13()) {
                QCOMPARE(decoded->format, QStringLiteral("EAN-13"));
                QCOMPARE(decoded->text, labels.at(i).barcode);
            } else {
                QCOMPARE(decoded->format, QStringLiteral("Code128"));
                QCOMPARE(decoded->text, labels.at(i).sku);
            }
        }
    }

    void picturesDecodeRotatedAndScaled_data()
    {
        QTest::addColumn<qreal>("degrees");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("upright") << 0.0 << 1.0;
        QTest::newRow("upside down, smaller") << 180.0 << 0.7;
        QTest::newRow("portrait photo") << 90.0 << 1.5;
        QTest::newRow("tilted 12°, larger") << 12.0 << 1.8;
        QTest::newRow("tilted -25°") << -25.0 << 1.2;
    }
    void picturesDecodeRotatedAndScaled()
    {
        QFETCH(qreal, degrees);
        QFETCH(qreal, scale);
        const QString ean = ean13WithCheckDigit(u"750100200300");
        const Result<DecodedBarcode> decoded
            = ImageBarcodeReader::read(transformed(barcodePicture(BarcodeKind::Ean13, ean, 3, 120), degrees, scale));
        QVERIFY2(decoded.has_value(), test::why(decoded).constData());
        QCOMPARE(decoded->format, QStringLiteral("EAN-13"));
        QCOMPARE(decoded->text, ean);

        const Result<DecodedBarcode> qr = ImageBarcodeReader::read(
            transformed(barcodePicture(BarcodeKind::Qr, QStringLiteral("MTZ1-000123"), 6, 0), degrees, scale));
        QVERIFY2(qr.has_value(), test::why(qr).constData());
        QCOMPARE(qr->format, QStringLiteral("QRCode"));
        QCOMPARE(qr->text, QStringLiteral("MTZ1-000123"));
    }

    void catalogueLabelsGoToTheLabelPrinter()
    {
        demo::DemoOptions options;
        options.outDir = m_dir.path();
        options.parts = 300;
        demo::ProgressCounter progress { 0 };
        const QString catalogPath = m_dir.file(QStringLiteral("catalog.db"));
        QVERIFY(demo::CatalogWriter(options, progress).write(catalogPath).has_value());
        auto catalog = CatalogStore::open(catalogPath, QStringLiteral("labels-catalog"));
        QVERIFY2(catalog.has_value(), test::why(catalog).constData());
        Database &catalogDb = (*catalog)->db();
        // Two parts with an EAN-13 and one without, if the generator made such parts.
        QList<qint64> ids;
        auto withCode = catalogDb.exec(QStringLiteral("SELECT id FROM parts WHERE barcode IS NOT NULL AND active = 1 "
                                                      "ORDER BY id LIMIT 2"));
        while (withCode->next())
            ids << withCode->value(0).toLongLong();
        auto withoutCode = catalogDb.exec(QStringLiteral("SELECT id FROM parts WHERE barcode IS NULL AND active = 1 "
                                                         "ORDER BY id LIMIT 1"));
        while (withoutCode->next())
            ids << withoutCode->value(0).toLongLong();
        QVERIFY(ids.size() >= 2);
        const Result<QList<PartLabel>> labels = PartLabelSource(catalogDb).labels(ids);
        QVERIFY2(labels.has_value(), test::why(labels).constData());
        for (int i = 0; i < ids.size(); ++i) {
            auto row = catalogDb.exec(QStringLiteral("SELECT sku, coalesce(barcode, ''), retail_price_cents "
                                                     "FROM parts WHERE id = ?"),
                { ids.at(i) });
            QVERIFY(row->next());
            QCOMPARE(labels->at(i).sku, row->value(0).toString());
            QCOMPARE(labels->at(i).barcode, row->value(1).toString());
            QCOMPARE(labels->at(i).price.centavos(), row->value(2).toLongLong()); // no list: precio público
        }
        QCOMPARE(PartLabelSource(catalogDb).label(999999).error().code(), ErrorCode::NotFound);

        // The label printer is its own device: not configured → nothing queued; configured → ZPL arrives.
        auto store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY(store.has_value());
        TicketPrinter printer(**store);
        QCOMPARE(printer.printLabels(*labels).error().field(), QStringLiteral("label_printer"));
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        int closed = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, this, [&closed, &received, socket] {
                received += socket->readAll();
                ++closed;
            });
        });
        PrinterConfig labelPrinter;
        labelPrinter.kind = PrinterKind::Network;
        labelPrinter.target = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
        QVERIFY(PrinterSettings((*store)->db(), PrinterSettings::kLabelPrinter).save(labelPrinter).has_value());
        QVERIFY(!PrinterSettings((*store)->db()).load()->isConfigured()); // the ticket printer is still unset
        QSignalSpy printed(&printer, &TicketPrinter::printed);
        ZplLabelOptions zpl;
        zpl.copies = 2;
        QVERIFY(printer.printLabels(*labels, zpl).has_value());
        QVERIFY(printed.wait(5000));
        QCOMPARE(printed.first().first().toString(), QStringLiteral("labels"));
        QTRY_COMPARE_WITH_TIMEOUT(closed, 1, 5000);
        QCOMPARE(received, *zplLabels(*labels, zpl));
        QCOMPARE(received.count("^XA"), ids.size());
        for (const PartLabel &label : *labels)
            QVERIFY(received.contains(
                QByteArray("^FD" + (label.usesEan13() ? label.barcode.left(12) : label.sku).toLatin1() + "^FS")));
    }

    void filesAndPicturesWithoutBarcodes()
    {
        const QString png = m_dir.file(QStringLiteral("box-label.png"));
        QVERIFY(
            transformed(barcodePicture(BarcodeKind::Code128, QStringLiteral("BAL-4471"), 2, 80), 90, 1.0).save(png));
        const Result<DecodedBarcode> fromFile = ImageBarcodeReader::readFile(png);
        QVERIFY2(fromFile.has_value(), test::why(fromFile).constData());
        QCOMPARE(fromFile->text, QStringLiteral("BAL-4471"));

        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const Result<DecodedBarcode> none = ImageBarcodeReader::read(blank);
        QCOMPARE(none.error().code(), ErrorCode::NotFound);
        QCOMPARE(none.error().field(), QStringLiteral("image"));
        QCOMPARE(ImageBarcodeReader::read(QImage()).error().field(), QStringLiteral("image"));

        const QString notImage = m_dir.file(QStringLiteral("notes.txt"));
        QFile text(notImage);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture");
        text.close();
        QCOMPARE(ImageBarcodeReader::readFile(notImage).error().field(), QStringLiteral("path"));
        // An EAN-13 whose check digit is wrong is refused before anything is drawn.
        QCOMPARE(BarcodeMatrix::encode(BarcodeKind::Ean13, QStringLiteral("7501234567890")).error().field(),
            QStringLiteral("barcode"));
    }
};

QTEST_MAIN(TestPrintLabels)
#include "testprintlabels.moc"
