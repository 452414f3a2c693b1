// Ticket printing from the counter: TicketPrinter sends a real sale's ESC/POS to a file and to a network printer (a
// local QTcpServer) off the UI thread; unreachable and stalled printers fail in bounded time with their name; the
// PDF renders real barcodes (decoded back with ZXing); the reprint dialog finds a folio, previews and prints it;
// each line with a warranty shows its last day on the preview and in the PDF (read back with pdftotext).
#include "mockclock.h"
#include "printing/escposreader.h"
#include "printing/logoraster.h"
#include "printing/networkprintersink.h"
#include "printing/printerconfig.h"
#include "printing/receiptpainter.h"
#include "printing/receiptpdf.h"
#include "printing/reprintdialog.h"
#include "printing/ticketprinter.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "scan/imagebarcodereader.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-1");
const QString kBranch = QStringLiteral("branch-1");
const QString kCashier = QStringLiteral("user-cajero");

CartItem item(qint64 partId, const QString &description, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), description, QStringLiteral("wh-1"),
        Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
        QStringLiteral("H87") };
}

// A raw-TCP "printer" that keeps every byte each connection sent.
class CapturePrinter final : public QObject
{
public:
    CapturePrinter()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_bytes += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_bytes += socket->readAll();
                    ++m_closed;
                    socket->deleteLater();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QTcpServer m_server;
    QByteArray m_bytes;
    int m_closed = 0;
};

} // namespace

class TestPrintTicket final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock;
    QString m_cashSale;
    QString m_cashFolio;
    QString m_cardSale;

    Database &db() { return m_store->db(); }
    void configure(PrinterKind kind, const QString &target, int paperMm = 80)
    {
        PrinterConfig config;
        config.kind = kind;
        config.target = target;
        config.paperMm = paperMm;
        config.headerLines = { QStringLiteral("¡Gracias por su preferencia!") };
        const Status saved = PrinterSettings(db()).save(config);
        QVERIFY2(saved.has_value(), test::why(saved).constData());
    }
    QString sell(const std::vector<Tender> &tenders)
    {
        Cart cart;
        if (!cart.add(item(11, QStringLiteral("Amortiguador delantero Monroe"), 89900), Quantity::units(2)))
            return {};
        if (!cart.add(item(12, QStringLiteral("Bujía iridio"), 18950), Quantity::units(4)))
            return {};
        const CheckoutContext context { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier, false };
        const Result<SaleReceipt> receipt = CheckoutService(db(), m_clock).checkout(cart, tenders, context);
        return receipt ? receipt->saleId : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::move(*LocalStore::open(m_dir.file(QStringLiteral("nexus.db"))));
        QVERIFY(
            db().exec(QStringLiteral("INSERT INTO branches(id, code, name, rfc, address) VALUES (?, 'MTZ', "
                                     "'Refaccionaria Martínez', 'RMA850101AB1', 'Av. Constitución 100, Monterrey')"),
                    { kBranch })
                .has_value());
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(kCashier, Money(50000)).has_value());
        // 2 × 899.00 + 4 × 189.50 = 2,556.00
        m_cashSale = sell({ Tender { TenderMethod::Cash, Money(300000), 0, {} } });
        m_cardSale = sell({ Tender { TenderMethod::CardDebit, Money(255600), 0, QStringLiteral("AUT-1") } });
        QVERIFY(!m_cashSale.isEmpty() && !m_cardSale.isEmpty());
        m_cashFolio = db().scalar(QStringLiteral("SELECT folio FROM sales WHERE id = ?"), { m_cashSale })->toString();
    }
    void cleanupTestCase() { m_store.reset(); }

    void noPrinterConfiguredIsReportedAtOnce()
    {
        TicketPrinter printer(*m_store);
        const Status status = printer.printSale(m_cashSale);
        QVERIFY(!status.has_value());
        QCOMPARE(status.error().field(), QStringLiteral("printer"));
        QCOMPARE(printer.pendingJobs(), 0);
        QCOMPARE(printer.printSale(QStringLiteral("no-such-sale")).error().field(), QStringLiteral("sale"));
    }

    void printsTheSaleToAFileOffTheUiThread()
    {
        const QString spool = m_dir.file(QStringLiteral("spool.bin"));
        configure(PrinterKind::File, spool, 58);
        TicketPrinter printer(*m_store);
        QSignalSpy printed(&printer, &TicketPrinter::printed);
        QVERIFY(printer.printSale(m_cashSale).has_value());
        QVERIFY(printed.wait(5000));
        QCOMPARE(printed.first().first().toString(), m_cashFolio);
        QFile file(spool);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<EscPosPage> page = readEscPos(file.readAll(), 32);
        QVERIFY2(page.has_value(), test::why(page).constData());
        const Result<ReceiptDocument> ticket = printer.saleTicket(m_cashSale, false);
        QVERIFY(ticket.has_value());
        QCOMPARE(page->lines, ticket->plainLines(32));
        QVERIFY(page->lines.contains(QStringLiteral("  ¡Gracias por su preferencia!")));
        QCOMPARE(page->drawerKicks, 1); // cash sale
        QCOMPARE(page->code128, QList<QByteArray> { m_cashFolio.toLatin1() });
        QCOMPARE(page->cuts, 1);
    }

    void logoIsRasteredForThePaper()
    {
        // A wide colour logo on a transparent background: rastered to at most the paper's 384 dots by half of it.
        QImage logo(1200, 400, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        {
            QPainter painter(&logo);
            painter.fillRect(QRect(100, 100, 1000, 200), QColor(200, 30, 30)); // dark red: prints black
            painter.fillRect(QRect(500, 150, 200, 100), QColor(250, 250, 120)); // pale yellow: paper
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(logo.save(&buffer, "PNG"));
        const MonoBitmap bitmap = rasterizeLogo(png, 384);
        QCOMPARE(bitmap.width(), 384);
        QCOMPARE(bitmap.height(), 128);
        QVERIFY(!bitmap.dot(5, 5)); // transparent → white
        QVERIFY(bitmap.dot(100, 64)); // red bar → black
        QVERIFY(!bitmap.dot(192, 64)); // yellow patch → white
        QVERIFY(rasterizeLogo(QByteArray("not a png"), 384).isNull());

        const QString spool = m_dir.file(QStringLiteral("logo.bin"));
        PrinterConfig config;
        config.kind = PrinterKind::File;
        config.target = spool;
        config.paperMm = 58;
        config.printLogo = true;
        config.logoPng = png;
        QVERIFY(PrinterSettings(db()).save(config).has_value());
        TicketPrinter printer(*m_store);
        QSignalSpy printed(&printer, &TicketPrinter::printed);
        QVERIFY(printer.printSale(m_cardSale).has_value());
        QVERIFY(printed.wait(5000));
        QFile file(spool);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<EscPosPage> page = readEscPos(file.readAll(), 32);
        QVERIFY2(page.has_value(), test::why(page).constData());
        QCOMPARE(page->rasters.size(), 1);
        QCOMPARE(page->rasters.first().widthBytes, 48);
        QCOMPARE(page->rasters.first().rows, 128);
        // The PDF/preview draws the logo above the branch name.
        const Result<ReceiptDocument> ticket = printer.saleTicket(m_cardSale, false);
        QVERIFY(ticket.has_value());
        QCOMPARE(ticket->blocks().front().kind, ReceiptBlock::Kind::Logo);
        const QImage preview = ReceiptPainter(*ticket, 58).toImage(1.0);
        if (!qEnvironmentVariableIsEmpty("NEXUS_PRINT_SHOTS"))
            preview.save(qEnvironmentVariable("NEXUS_PRINT_SHOTS") + QStringLiteral("/ticket-58-logo.png"));
        QCOMPARE(preview.pixelColor(preview.width() / 2 - 100, 24 + 60).lightness() < 128, true); // red bar, dark
    }

    void printsToANetworkPrinter()
    {
        CapturePrinter capture;
        QVERIFY(capture.m_server.isListening());
        configure(PrinterKind::Network, QStringLiteral("127.0.0.1:%1").arg(capture.m_server.serverPort()));
        TicketPrinter printer(*m_store);
        QSignalSpy printed(&printer, &TicketPrinter::printed);
        QSignalSpy failed(&printer, &TicketPrinter::failed);
        QVERIFY(printer.printSale(m_cardSale).has_value());
        QVERIFY(printer.printSale(m_cashSale, true).has_value()); // a reprint of the cash sale
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(capture.m_closed, 2, 5000);
        QCOMPARE(failed.size(), 0);
        // Two jobs on one stream: each starts with ESC @ and ends with a cut.
        const QByteArray init("\x1b@", 2);
        QCOMPARE(capture.m_bytes.count(init), 2);
        const qsizetype second = capture.m_bytes.indexOf(init, 1);
        const Result<EscPosPage> card = readEscPos(capture.m_bytes.left(second), 48);
        const Result<EscPosPage> reprint = readEscPos(capture.m_bytes.mid(second), 48);
        QVERIFY2(card.has_value(), test::why(card).constData());
        QVERIFY2(reprint.has_value(), test::why(reprint).constData());
        QCOMPARE(card->lines, printer.saleTicket(m_cardSale, false)->plainLines(48));
        QCOMPARE(card->drawerKicks, 0); // card only
        QCOMPARE(reprint->drawerKicks, 0); // reprints never open the drawer
        QVERIFY(reprint->lines.contains(QStringLiteral("      REIMPRESIÓN")));
    }

    void unreachablePrinterFailsInBoundedTimeWithItsName()
    {
        // A port nobody listens on: refused at once.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        QElapsedTimer timer;
        timer.start();
        const Status refused = NetworkPrinterSink(QStringLiteral("127.0.0.1"), closedPort, 2000).send("x");
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code(), ErrorCode::Network);
        QVERIFY2(refused.error().message().contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)),
            qPrintable(refused.error().message()));
        QVERIFY(timer.elapsed() < 2500);

        // A printer that accepts the connection but never reads (paper out): the job gives up at the deadline.
        QTcpServer stalled;
        QVERIFY(stalled.listen(QHostAddress::LocalHost, 0));
        timer.restart();
        const Status stuck = NetworkPrinterSink(QStringLiteral("127.0.0.1"), stalled.serverPort(), 500)
                                 .send(QByteArray(64 * 1024 * 1024, 'x'));
        const qint64 took = timer.elapsed();
        QVERIFY(!stuck.has_value());
        QVERIFY(stuck.error().message().contains(QString::number(stalled.serverPort())));
        QVERIFY2(took >= 400 && took < 2500, qPrintable(QString::number(took)));

        // Through TicketPrinter the UI thread is never held: printSale returns at once, failed() comes later.
        configure(PrinterKind::Network, QStringLiteral("127.0.0.1:%1").arg(closedPort));
        TicketPrinter printer(*m_store);
        QSignalSpy failed(&printer, &TicketPrinter::failed);
        timer.restart();
        QVERIFY(printer.printSale(m_cashSale).has_value());
        QVERIFY(timer.elapsed() < 200);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), m_cashFolio);
        QVERIFY(failed.first().at(1).toString().contains(QString::number(closedPort)));
        QCOMPARE(printer.pendingJobs(), 0);
    }

    void pdfTicketHasRealBarcodes()
    {
        configure(PrinterKind::File, m_dir.file(QStringLiteral("unused.bin")), 80);
        TicketPrinter printer(*m_store);
        const Result<ReceiptDocument> ticket = printer.saleTicket(m_cashSale, false);
        QVERIFY(ticket.has_value());
        ReceiptDocument withQr = *ticket;
        withQr.qrCode("https://factura.nexuspos.mx/?folio=" + m_cashFolio.toLatin1());

        const QString path = m_dir.file(QStringLiteral("ticket.pdf"));
        QVERIFY(writeReceiptPdf(withQr, 80, path).has_value());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 2000);
        // 80 mm wide: the MediaBox width is 80 mm in points (226.77, written rounded).
        QVERIFY2(bytes.contains("/MediaBox [0 0 227"), bytes.mid(bytes.indexOf("/MediaBox"), 60).constData());

        // The same painter output as an image: the Code 128 and the QR decode back to what they carry.
        const ReceiptPainter painter(withQr, 80);
        const QImage image = painter.toImage(1.0);
        QCOMPARE(image.width(), 640);
        QCOMPARE(image.height(), painter.heightDots());
        if (!qEnvironmentVariableIsEmpty("NEXUS_PRINT_SHOTS"))
            image.save(qEnvironmentVariable("NEXUS_PRINT_SHOTS") + QStringLiteral("/ticket-80.png"));
        const Result<QList<DecodedBarcode>> codes = ImageBarcodeReader::readAll(image);
        QVERIFY2(codes.has_value(), test::why(codes).constData());
        QStringList texts;
        for (const DecodedBarcode &code : *codes)
            texts << code.format + QLatin1Char(':') + code.text;
        QVERIFY2(texts.contains(QStringLiteral("Code128:") + m_cashFolio), qPrintable(texts.join(u' ')));
        QVERIFY2(texts.contains(QStringLiteral("QRCode:https://factura.nexuspos.mx/?folio=") + m_cashFolio),
            qPrintable(texts.join(u' ')));
        if (!qEnvironmentVariableIsEmpty("NEXUS_PRINT_SHOTS"))
            ReceiptPainter(*ticket, 58)
                .toImage(1.0)
                .save(qEnvironmentVariable("NEXUS_PRINT_SHOTS") + QStringLiteral("/ticket-58.png"));
    }

    void reprintDialogFindsPreviewsAndPrints()
    {
        const QString spool = m_dir.file(QStringLiteral("reprint.bin"));
        configure(PrinterKind::File, spool, 80);
        TicketPrinter printer(*m_store);
        ReprintDialog dialog(*m_store, printer);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *folio = dialog.findChild<QLineEdit *>(QStringLiteral("reprintFolio"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("reprintStatus"));
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("reprintPreview"));
        auto *print = dialog.findChild<QPushButton *>(QStringLiteral("reprintPrint"));
        QVERIFY(folio && status && preview && print);
        QVERIFY(!print->isEnabled());

        // Unknown folio: the reason under the field, nothing to print.
        QTest::keyClicks(folio, QStringLiteral("MTZ1-999999"));
        QTest::keyClick(folio, Qt::Key_Return);
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("MTZ1-999999")), qPrintable(status->text()));
        QVERIFY(!print->isEnabled());
        QVERIFY(preview->pixmap().isNull());

        // The real folio, typed in lower case as a cashier might.
        folio->clear();
        QTest::keyClicks(folio, m_cashFolio.toLower());
        QTest::keyClick(folio, Qt::Key_Return);
        QVERIFY(print->isEnabled());
        QCOMPARE(dialog.saleId(), m_cashSale);
        QVERIFY(!preview->pixmap().isNull());
        QVERIFY(dialog.ticket().has_value());
        QVERIFY(dialog.ticket()->plainLines(48).join(u'\n').contains(QStringLiteral("REIMPRESIÓN")));
        if (!qEnvironmentVariableIsEmpty("NEXUS_PRINT_SHOTS"))
            dialog.grab().save(qEnvironmentVariable("NEXUS_PRINT_SHOTS") + QStringLiteral("/reprint-dialog.png"));

        QSignalSpy printed(&printer, &TicketPrinter::printed);
        QVERIFY(!QFile::exists(spool)); // finding did not print
        QVERIFY(print->hasFocus());
        QTest::keyClick(print, Qt::Key_Return); // Enter again prints
        QVERIFY(printed.wait(5000));
        QTRY_VERIFY(status->text().contains(m_cashFolio));
        QFile file(spool);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<EscPosPage> page = readEscPos(file.readAll(), 48);
        QVERIFY2(page.has_value(), test::why(page).constData());
        QCOMPARE(page->lines, dialog.ticket()->plainLines(48));
        QCOMPARE(page->drawerKicks, 0);

        const QString pdf = m_dir.file(QStringLiteral("reprint.pdf"));
        QVERIFY(dialog.savePdf(pdf).has_value());
        QVERIFY(QFile(pdf).size() > 1000);
        QVERIFY(!dialog.savePdf(m_dir.file(QStringLiteral("no-folder/x.pdf"))).has_value());
    }

    // Last: it puts catalog.db next to nexus.db, which gives the earlier tickets' parts warranties too.
    void reprintShowsEachLinesWarranty()
    {
        // The catalogue: shock absorbers carry 180 days, spark plugs none; labor takes the labor policy (90 days).
        Result<std::unique_ptr<Database>> catalog
            = Database::open(m_dir.file(QStringLiteral("catalog.db")), Durability::Normal, QStringLiteral("cat"));
        QVERIFY2(catalog, test::why(catalog).constData());
        QVERIFY((*catalog)->execScript(QStringLiteral(
            "CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT, warranty_days INTEGER NOT NULL DEFAULT 0);"
            "CREATE TABLE parts (id INTEGER PRIMARY KEY, name TEXT, brand_id INTEGER, category_id INTEGER);"
            "INSERT INTO categories VALUES (100, 'Amortiguadores', 180), (200, 'Bujías', 0);"
            "INSERT INTO parts VALUES (11, 'Amortiguador', 0, 100), (12, 'Bujía', 0, 200);")));
        catalog->reset();
        Cart cart;
        CartItem labor { 0, QStringLiteral(""), QStringLiteral("Instalación de amortiguadores"), QStringLiteral(""),
            Money(45000), Money(45000), Money(0), TaxRate::iva16(), 1, QStringLiteral("78181500"),
            QStringLiteral("E48") };
        labor.service = true;
        QVERIFY(cart.add(item(11, QStringLiteral("Amortiguador delantero Monroe"), 89900), Quantity::units(1)));
        QVERIFY(cart.add(item(12, QStringLiteral("Bujía iridio"), 18950), Quantity::units(1)));
        QVERIFY(cart.add(labor, Quantity::units(1)));
        const CheckoutContext context { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier, false };
        const Result<SaleReceipt> sale = CheckoutService(db(), m_clock)
                                             .checkout(cart, { Tender { TenderMethod::Cash, Money(200000), 0, {} } },
                                                 context);
        QVERIFY2(sale, test::why(sale).constData());
        const QDate soldOn = m_clock.nowUtc().toLocalTime().date();
        const QString partUntil = QStringLiteral("Garantía hasta ") + soldOn.addDays(180).toString(u"dd/MM/yyyy");
        const QString laborUntil = QStringLiteral("Garantía hasta ") + soldOn.addDays(90).toString(u"dd/MM/yyyy");

        configure(PrinterKind::File, m_dir.file(QStringLiteral("unused.bin")), 80);
        TicketPrinter printer(*m_store);
        ReprintDialog dialog(*m_store, printer);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *folio = dialog.findChild<QLineEdit *>(QStringLiteral("reprintFolio"));
        QVERIFY(folio);
        QTest::keyClicks(folio, sale->folio);
        QTest::keyClick(folio, Qt::Key_Return);
        QVERIFY(dialog.ticket().has_value());
        // On the preview: under the shock absorber and under the labor, not under the spark plug.
        const QStringList lines = dialog.ticket()->plainLines(48);
        const auto lineOf = [&lines](const QString &text) {
            for (int i = 0; i < lines.size(); ++i)
                if (lines[i].contains(text))
                    return i;
            return -1;
        };
        const int shock = lineOf(QStringLiteral("Amortiguador delantero"));
        const int plug = lineOf(QStringLiteral("Bujía iridio"));
        const int install = lineOf(QStringLiteral("Instalación de amortiguadores"));
        QVERIFY2(shock >= 0 && plug > shock && install > plug, qPrintable(lines.join(u'\n')));
        QCOMPARE(lines.value(shock + 2).trimmed(), partUntil);
        QVERIFY2(!lines.value(plug + 2).contains(QStringLiteral("Garantía")), qPrintable(lines.join(u'\n')));
        QCOMPARE(lines.value(install + 2).trimmed(), laborUntil);
        QCOMPARE(lines.filter(QStringLiteral("Garantía hasta")).size(), 2);
        if (!qEnvironmentVariableIsEmpty("NEXUS_PRINT_SHOTS"))
            dialog.grab().save(qEnvironmentVariable("NEXUS_PRINT_SHOTS") + QStringLiteral("/reprint-warranty.png"));

        // In the PDF the customer takes home, read back as text.
        const QString pdf = qEnvironmentVariableIsEmpty("NEXUS_PRINT_SHOTS")
            ? m_dir.file(QStringLiteral("warranty.pdf"))
            : qEnvironmentVariable("NEXUS_PRINT_SHOTS") + QStringLiteral("/ticket-warranty.pdf");
        QVERIFY(dialog.savePdf(pdf).has_value());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(pdftotext.waitForFinished(20000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(partUntil) && text.contains(laborUntil), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("Garantía hasta")), 2);
    }
};

QTEST_MAIN(TestPrintTicket)
#include "testprintticket.moc"
