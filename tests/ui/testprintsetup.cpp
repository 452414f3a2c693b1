// Printer setup dialog: the form stores a valid configuration, refuses a bad address naming it (nothing written),
// takes a logo picture as PNG, and its test page reaches the printer with CP850 accents.
#include "printing/escposreader.h"
#include "printing/printerconfig.h"
#include "printing/printersetupdialog.h"
#include "printing/ticketprinter.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace nexus;

class TestPrintSetup final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;

private Q_SLOTS:
    void savesValidatesAndPrintsATestPage()
    {
        auto store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store.has_value(), test::why(store).constData());
        TicketPrinter printer(**store);
        PrinterSetupDialog dialog(**store, printer);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("printerKind"));
        auto *target = dialog.findChild<QLineEdit *>(QStringLiteral("printerTarget"));
        auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("printerPaper"));
        auto *header = dialog.findChild<QPlainTextEdit *>(QStringLiteral("printerHeader"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("printerStatus"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("printerSave"));
        auto *testPage = dialog.findChild<QPushButton *>(QStringLiteral("printerTestPage"));
        auto *printLogo = dialog.findChild<QCheckBox *>(QStringLiteral("printerPrintLogo"));
        QVERIFY(kind && target && paper && header && status && save && testPage && printLogo);

        // A network printer with an impossible port: refused, the reason shown, nothing stored.
        kind->setCurrentIndex(kind->findData(int(PrinterKind::Network)));
        QCOMPARE(target->placeholderText(), QStringLiteral("192.168.1.50:9100"));
        QTest::keyClicks(target, QStringLiteral("192.168.1.50:99999"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("99999")), qPrintable(status->text()));
        QVERIFY(!PrinterSettings((*store)->db()).load()->isConfigured());

        // A file printer on 58 mm with header lines and a logo, then the test page.
        const QString spool = m_dir.file(QStringLiteral("printer.bin"));
        kind->setCurrentIndex(kind->findData(int(PrinterKind::File)));
        target->clear();
        QTest::keyClicks(target, spool);
        paper->setCurrentIndex(paper->findData(58));
        header->setPlainText(QStringLiteral("Refaccionaria Martínez\nWhatsApp 81 1234 5678")); // keyClicks is ASCII only
        QImage logo(300, 100, QImage::Format_RGB32);
        logo.fill(Qt::black);
        const QString logoPath = m_dir.file(QStringLiteral("logo.jpg"));
        QVERIFY(logo.save(logoPath));
        QVERIFY(dialog.setLogoFile(logoPath));
        QVERIFY(printLogo->isChecked());
        QVERIFY(!dialog.setLogoFile(m_dir.file(QStringLiteral("nexus.db")))); // not a picture

        QSignalSpy printed(&printer, &TicketPrinter::printed);
        QTest::mouseClick(testPage, Qt::LeftButton);
        QVERIFY(printed.wait(5000));
        QCOMPARE(printed.first().first().toString(), QStringLiteral("test-page"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("test page")));

        const Result<PrinterConfig> stored = PrinterSettings((*store)->db()).load();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->kind, PrinterKind::File);
        QCOMPARE(stored->target, spool);
        QCOMPARE(stored->paperMm, 58);
        QCOMPARE(stored->headerLines,
            (QStringList { QStringLiteral("Refaccionaria Martínez"), QStringLiteral("WhatsApp 81 1234 5678") }));
        QVERIFY(stored->printLogo);
        QVERIFY(stored->logoPng.startsWith("\x89PNG")); // the JPEG was stored as PNG
        QCOMPARE(QImage::fromData(stored->logoPng).size(), QSize(300, 100));

        QFile file(spool);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(
            bytes.contains(QByteArray("\xa4 \xa5 \xa0 \x82 \xa1 \xa2 \xa3 \x81 \xa8? \xad! $"))); // ñ Ñ á é í ó ú ü ¿ ¡
        const Result<EscPosPage> page = readEscPos(bytes, 32);
        QVERIFY2(page.has_value(), test::why(page).constData());
        QCOMPARE(page->code128, QList<QByteArray> { "PRUEBA-123" });
        QCOMPARE(page->rasters.size(), 1);
        QCOMPARE(page->qrCodes, QList<QByteArray> { QByteArray(PrinterConfig::kDefaultInvoiceUrl) });

        // Save closes the dialog; reopening shows what was stored.
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        PrinterSetupDialog again(**store, printer);
        QCOMPARE(again.config().target, spool);
        QCOMPARE(again.config().paperMm, 58);
        QCOMPARE(again.config().headerLines.size(), 2);
    }
};

QTEST_MAIN(TestPrintSetup)
#include "testprintsetup.moc"
