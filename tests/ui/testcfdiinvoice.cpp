// "Facturar ticket" end to end: a real sale in a real nexus.db, the dialog driven from the keyboard queues the
// invoice ("pendiente de timbrar", nothing sent yet), the stamping worker stamps it at the fake Facturapi over HTTPS,
// the dialog shows it "timbrada" and writes the printed representation, whose PDF text carries the folio fiscal.
#include "app/languagemanager.h"
#include "cfdiscreenfixture.h"
#include "cfdi/fiscalsettings.h"
#include "cfdi/invoiceticketdialog.h"
#include "cfdi/invoicingservice.h"
#include "client/invoicestamper.h"
#include "customers/customer.h"
#include "fakefacturapi.h"
#include "mockclock.h"
#include "pactestsupport.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "screenshots.h"
#include "store/database.h"
#include "store/migrator.h"
#include "tempdir.h"
#include "whenmodal.h"
#include "why.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kDevice = QStringLiteral("dev-1");
const QString kBranch = QStringLiteral("branch-1");
const QString kCashier = QStringLiteral("user-cajero");
const QString kCustomer = QStringLiteral("cust-ure");
const QString kApiKey = QStringLiteral("sk_test_invoice_dialog");

QString shotsDir()
{
    return cfdiShotsDir();
}

// The counter's customer picker, answering with the invoicing customer.
std::optional<Customer> chooseTheUniversity()
{
    Customer customer;
    customer.id = kCustomer;
    customer.fields.name = QStringLiteral("UNIVERSIDAD ROBOTICA ESPAÑOLA");
    customer.fields.rfc = QStringLiteral("URE180429TM6");
    customer.fields.cfdiUse = QStringLiteral("G01");
    return customer;
}

} // namespace

class TestCfdiInvoice final : public QObject
{
    Q_OBJECT

    TempDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeFacturapi> m_fake;
    MockClock m_clock { QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC) };
    std::optional<SatTestIdentity> m_identity;
    LanguageManager m_language;

    // The client schema through 0009 (invoices), migrated by the real Migrator from the numbered files as shipped.
    Status migrate()
    {
        const QString dir = m_dir.file(QStringLiteral("migrations"));
        QDir().mkpath(dir);
        for (int version = 1;; ++version) {
            const QStringList found
                = QDir(QStringLiteral(":/migrations/client"))
                      .entryList({ QStringLiteral("%1_*.sql").arg(version, 4, 10, QLatin1Char('0')) });
            if (found.isEmpty())
                break;
            QFile::copy(QStringLiteral(":/migrations/client/") + found.first(), QDir(dir).filePath(found.first()));
        }
        Result<QList<Migration>> migrations = Migrator::loadFrom(dir);
        if (!migrations)
            return std::unexpected(migrations.error());
        return Migrator(*migrations).migrate(*m_db);
    }

private Q_SLOTS:
    void initTestCase()
    {
        NEXUS_REQUIRE_SAT_VALIDATOR();
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_language.setLanguage(QStringLiteral("es_MX")));
        Result<SatTestIdentity> identity = satTestIdentity();
        QVERIFY2(identity.has_value(), why(identity));
        m_identity = *identity;
        Result<std::unique_ptr<FakeFacturapi>> fake
            = FakeFacturapi::start({ m_dir.file(QStringLiteral("pac")), identity->issuer, identity->csd, kApiKey });
        QVERIFY2(fake.has_value(), why(fake));
        m_fake = std::move(*fake);
        Result<std::unique_ptr<Database>> db = Database::open(m_dir.file(QStringLiteral("nexus.db")), Durability::Full);
        QVERIFY2(db.has_value(), why(db));
        m_db = std::move(*db);
        Status migrated = migrate();
        QVERIFY2(migrated.has_value(), why(migrated));
        Result<QVariant> invoices = m_db->scalar(QStringLiteral("SELECT count(*) FROM invoices"));
        QVERIFY2(invoices.has_value(), why(invoices));

        Status branch = setUpInvoicingBranch(*m_db, identity->issuer, kBranch);
        QVERIFY2(branch.has_value(), why(branch));
        const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO customers (id, name, rfc, fiscal_regime, postal_code, cfdi_use, "
                                          "hlc, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '0', ?, ?)"),
                        { kCustomer, QStringLiteral("UNIVERSIDAD ROBOTICA ESPAÑOLA"), QStringLiteral("URE180429TM6"),
                            QStringLiteral("601"), QStringLiteral("86991"), QStringLiteral("G01"), now, now })
                    .has_value());
        QVERIFY(CashSessionService(*m_db, m_clock, kDevice, kBranch).open(kCashier, Money(100000)).has_value());
    }

    void invoiceATicketUntilItsPdf()
    {
        // A public ticket paid by card, invoiced afterwards for the customer.
        Cart cart;
        QVERIFY(cart.add(brakePad(), Quantity::units(1)).has_value());
        const std::vector<Tender> tenders { Tender {
            TenderMethod::CardDebit, cart.totals().gross, 0, QStringLiteral("AUTH-1") } };
        Result<SaleReceipt> sale
            = CheckoutService(*m_db, m_clock)
                  .checkout(cart, tenders, { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Manager, true });
        QVERIFY2(sale.has_value(), why(sale));

        InvoiceTicketDialog dialog(*m_db, kCashier, kBranch, m_clock, m_dir.file(QStringLiteral("facturas")));
        int nudges = 0;
        dialog.setStampRequest([&nudges] { ++nudges; });
        QString opened;
        dialog.setOpener([&opened](const QString &path) {
            opened = path;
            return true;
        });
        dialog.setCustomerChooser(chooseTheUniversity);
        dialog.resize(680, 380);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *folios = dialog.findChild<QLineEdit *>(QStringLiteral("invoiceFolios"));
        auto *state = dialog.findChild<QLabel *>(QStringLiteral("invoiceState"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("invoiceStatus"));
        auto *use = dialog.findChild<QComboBox *>(QStringLiteral("invoiceUse"));
        QVERIFY(folios && state && status && use);

        // F12 without a customer: refused, nothing written.
        folios->setFocus();
        QTest::keyClicks(folios, sale->folio.toLower());
        QTest::keyClick(folios, Qt::Key_F12);
        QVERIFY(!status->text().isEmpty());
        QVERIFY(dialog.invoiceId().isEmpty());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM invoices"))->toLongLong(), 0);
        // A folio that does not exist: refused naming it, the focus on the folios.
        QTest::keyClick(folios, Qt::Key_K, Qt::ControlModifier); // the customer picker (replaced here)
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("invoiceCustomer"))
                    ->text()
                    .contains(QStringLiteral("URE180429TM6")));
        QCOMPARE(use->currentData().toString(), QStringLiteral("G01")); // the customer's usual use
        folios->setFocus();
        QTest::keyClicks(folios, QStringLiteral(",MTZ1-999999"));
        QTest::keyClick(folios, Qt::Key_F12);
        QVERIFY2(status->text().contains(QStringLiteral("MTZ1-999999")), qPrintable(status->text()));
        QCOMPARE(QApplication::focusWidget(), folios);
        QVERIFY(dialog.invoiceId().isEmpty());
        QTest::keyClick(folios, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(folios, sale->folio);
        // G03 instead of the customer's G01, from the keyboard.
        use->setFocus();
        QTest::keyClick(use, Qt::Key_Down);
        QTest::keyClick(use, Qt::Key_Down);
        QCOMPARE(use->currentData().toString(), QStringLiteral("G03"));
        QTest::keyClick(use, Qt::Key_F12);
        QVERIFY2(!dialog.invoiceId().isEmpty(), qPrintable(status->text()));
        QCOMPARE(nudges, 1);
        QVERIFY2(state->text().contains(QStringLiteral("Pendiente de timbrar")), qPrintable(state->text()));
        QCOMPARE(m_fake->createRequests(), 0); // queued, not sent: the counter never waits for the PAC
        QVERIFY(dialog.grab().save(QDir(shotsDir()).filePath(QStringLiteral("facturar-1-pendiente.png"))));

        // The stamping worker's pass (what the runner does on its thread).
        PacLine line = pacLine(m_fake->url(), m_fake->caFile(), kApiKey);
        InvoiceStamper stamper(*m_db, m_clock, m_identity->issuer, *line.client, {});
        Result<StampPass> pass = stamper.runOnce();
        QVERIFY2(pass.has_value(), why(pass));
        QCOMPARE(pass->stamped, 1);
        dialog.refreshState();
        QVERIFY2(state->text().contains(QStringLiteral("Timbrada")), qPrintable(state->text()));
        auto *openPdf = dialog.findChild<QPushButton *>(QStringLiteral("invoiceOpenPdf"));
        QVERIFY(openPdf->isEnabled());
        QVERIFY(dialog.grab().save(QDir(shotsDir()).filePath(QStringLiteral("facturar-2-timbrada.png"))));
        openPdf->setFocus();
        QTest::keyClick(openPdf, Qt::Key_Space);
        QVERIFY2(!opened.isEmpty(), qPrintable(status->text()));
        QCOMPARE(opened, dialog.pdfPath());
        QVERIFY(QFileInfo(opened).size() > 10'000);

        // Ctrl+E: "Enviar por correo" to an address typed here, queued, sent by the worker's next pass.
        whenModal([](QWidget *modal) {
            auto *to = modal->findChild<QLineEdit *>(QStringLiteral("invoiceEmailTo"));
            QTest::keyClicks(to, QStringLiteral("facturas@ure.edu.mx"));
            QTest::keyClick(to, Qt::Key_Return);
        });
        QTest::keyClick(openPdf, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(nudges, 2);
        QVERIFY2(status->text().contains(QStringLiteral("Correo en cola")), qPrintable(status->text()));
        Result<StampPass> mailed = stamper.runOnce();
        QVERIFY2(mailed.has_value(), why(mailed));
        QCOMPARE(mailed->emailed, 1);

        Result<InvoiceRecord> record = InvoicingService(*m_db, m_clock, m_identity->issuer).invoice(dialog.invoiceId());
        QVERIFY2(record.has_value(), why(record));
        QCOMPARE(record->pdfPath, opened);
        QCOMPARE(m_fake->emailsSent(record->pacId), QStringList { QStringLiteral("facturas@ure.edu.mx") });
        QVERIFY(state->text().contains(record->uuid));
        QVERIFY(record->xml.contains("UsoCFDI=\"G03\""));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text was not read back");
        QProcess process;
        process.start(pdftotext, { QStringLiteral("-layout"), opened, QStringLiteral("-") });
        QVERIFY(process.waitForFinished(60'000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(record->uuid), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("G03 - Gastos en general")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("UNIVERSIDAD ROBOTICA ESPAÑOLA")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Refaccionaria Martínez Centro")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Tel. 55 1234 5678")), qPrintable(text));
    }

    void severalTicketsFromTheCustomersHistory()
    {
        // Three tickets of the customer (one already invoiced on its own) and a public one.
        const auto sell = [this](const QString &customerId) {
            Cart cart;
            if (!cart.add(brakePad(), Quantity::units(1)))
                return QString();
            if (!customerId.isEmpty())
                cart.setCustomerId(customerId);
            Result<SaleReceipt> sale = CheckoutService(*m_db, m_clock)
                                           .checkout(cart,
                                               { Tender { TenderMethod::CardDebit, cart.totals().gross, 0,
                                                   QStringLiteral("AUTH-2") } },
                                               { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier,
                                                   true });
            return sale ? sale->folio : QString();
        };
        const QString first = sell(kCustomer);
        const QString alreadyInvoiced = sell(kCustomer);
        const QString publicSale = sell({});
        const QString last = sell(kCustomer);
        QVERIFY(!first.isEmpty() && !alreadyInvoiced.isEmpty() && !publicSale.isEmpty() && !last.isEmpty());
        InvoicingService service(*m_db, m_clock, m_identity->issuer);
        QVERIFY(service.invoiceTickets({ kCustomer, { alreadyInvoiced }, kCashier }).has_value());

        InvoiceTicketDialog dialog(*m_db, kCashier, kBranch, m_clock, m_dir.file(QStringLiteral("facturas")));
        dialog.setCustomerChooser(chooseTheUniversity);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *folios = dialog.findChild<QLineEdit *>(QStringLiteral("invoiceFolios"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("invoiceStatus"));
        QVERIFY(folios && status);
        folios->setFocus();
        // F4 before choosing the customer: said, nothing filled.
        QTest::keyClick(folios, Qt::Key_F4);
        QVERIFY2(status->text().contains(QStringLiteral("cliente")), qPrintable(status->text()));
        QVERIFY(folios->text().isEmpty());
        // Ctrl+K, then F4: their tickets not invoiced yet, oldest first; F12 invoices them together.
        QTest::keyClick(folios, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClick(folios, Qt::Key_F4);
        QCOMPARE(folios->text(), first + QStringLiteral(", ") + last);
        QVERIFY2(status->text().contains(QStringLiteral("2 tickets")), qPrintable(status->text()));
        QCOMPARE(QApplication::focusWidget(), folios);
        QVERIFY(dialog.grab().save(QDir(shotsDir()).filePath(QStringLiteral("facturar-3-historial.png"))));
        QTest::keyClick(folios, Qt::Key_F12);
        QVERIFY2(!dialog.invoiceId().isEmpty(), qPrintable(status->text()));
        Result<InvoiceRecord> record = service.invoice(dialog.invoiceId());
        QVERIFY2(record.has_value(), why(record));
        QCOMPARE(record->folios, (QStringList { first, last }));
        // Nothing left for them now.
        QTest::keyClick(folios, Qt::Key_F4);
        QVERIFY2(status->text().contains(QStringLiteral("no tiene tickets")), qPrintable(status->text()));
    }
};

QTEST_MAIN(TestCfdiInvoice)
#include "testcfdiinvoice.moc"
