// "Facturas (CFDI)" by keyboard, over a real nexus.db whose CFDIs come from the real flows and were stamped at the
// fake Facturapi over HTTPS: an invoice, the nota de crédito of a return of its ticket, a PPD invoice and the recibo
// de pago of an abono, and one still pending. Filter by typing, Enter opens the credit note's PDF (its text read
// back), Ctrl+E queues an e-mail to the customer (sent by the worker's next pass), F8 cancels with a motive (01
// without its UUID is refused in the dialog; so is cancelling an invoice while its nota de crédito or its recibo de
// pago is still valid, naming it), and the states follow the worker. F6 queues the factura global of a period (the
// counter sales not invoiced to a customer), refused when nothing is left.
#include "app/languagemanager.h"
#include "cfdiscreenfixture.h"
#include "cfdi/fiscalsettings.h"
#include "cfdi/invoicelistdialog.h"
#include "cfdi/invoicelistmodel.h"
#include "cfdi/invoicingservice.h"
#include "client/invoicestamper.h"
#include "customers/customerpaymentservice.h"
#include "fakefacturapi.h"
#include "mockclock.h"
#include "pactestsupport.h"
#include "returns/returnservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "screenshots.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "whenmodal.h"
#include "why.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kDevice = QStringLiteral("dev-1");
const QString kBranch = QStringLiteral("branch-1");
const QString kCashier = QStringLiteral("user-cajero");
const QString kCustomer = QStringLiteral("cust-ure");
const QString kApiKey = QStringLiteral("sk_test_invoice_list");

QString shotsDir()
{
    return cfdiShotsDir();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
        { QStringLiteral("-layout"), path, QStringLiteral("-") });
    process.waitForFinished(60'000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestCfdiInvoiceList final : public QObject
{
    Q_OBJECT

    TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<FakeFacturapi> m_fake;
    PacLine m_line;
    MockClock m_clock { QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC) };
    std::optional<SatTestIdentity> m_identity;
    LanguageManager m_language;

    Database &db() { return m_store->db(); }
    InvoicingService invoicing() { return InvoicingService(db(), m_clock, m_identity->issuer); }
    int stampPass()
    {
        Result<StampPass> pass = InvoiceStamper(db(), m_clock, m_identity->issuer, *m_line.client, {}).runOnce();
        return pass ? pass->stamped + pass->emailed + pass->cancelled : -1;
    }

    SaleReceipt sell(TenderMethod method)
    {
        Cart cart;
        if (!cart.add(brakePad(), Quantity::units(2)))
            return {};
        cart.setCustomerId(kCustomer);
        const std::vector<Tender> tenders { Tender { method, cart.totals().gross, 0, QStringLiteral("AUTH-1") } };
        Result<SaleReceipt> sale = CheckoutService(db(), m_clock).checkout(
            cart, tenders, { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Manager, true });
        return sale ? *sale : SaleReceipt {};
    }

    QString invoiceOf(const QString &folio)
    {
        Result<InvoiceRecord> invoice = invoicing().invoiceTickets({ kCustomer, { folio }, kCashier });
        return invoice ? invoice->id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        NEXUS_REQUIRE_SAT_VALIDATOR();
        QVERIFY(m_language.setLanguage(QStringLiteral("es_MX")));
        Result<SatTestIdentity> identity = satTestIdentity();
        QVERIFY2(identity.has_value(), why(identity));
        m_identity = *identity;
        Result<std::unique_ptr<FakeFacturapi>> fake
            = FakeFacturapi::start({ m_dir.file(QStringLiteral("pac")), identity->issuer, identity->csd, kApiKey });
        QVERIFY2(fake.has_value(), why(fake));
        m_fake = std::move(*fake);
        m_line = pacLine(m_fake->url(), m_fake->caFile(), kApiKey);
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store.has_value(), why(store));
        m_store = std::move(*store);
        Status branch = setUpInvoicingBranch(db(), identity->issuer, kBranch);
        QVERIFY2(branch.has_value(), why(branch));
        const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO customers (id, name, rfc, fiscal_regime, postal_code, cfdi_use, "
                                         "email, credit_limit_cents, credit_days, hlc, created_at, updated_at) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?, 10000000, 30, '0', ?, ?)"),
                        { kCustomer, QStringLiteral("UNIVERSIDAD ROBOTICA ESPAÑOLA"), QStringLiteral("URE180429TM6"),
                            QStringLiteral("601"), QStringLiteral("86991"), QStringLiteral("G01"),
                            QStringLiteral("pagos@ure.edu.mx"), now, now })
                    .has_value());
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(kCashier, Money(100000)).has_value());
    }

    void theInvoiceListByKeyboard()
    {
        // An invoice and the nota de crédito of one piece returned.
        const SaleReceipt card = sell(TenderMethod::CardCredit);
        const QString invoiceId = invoiceOf(card.folio);
        QVERIFY(!invoiceId.isEmpty());
        QCOMPARE(stampPass(), 1);
        m_clock.set(QDateTime(QDate(2026, 1, 16), QTime(12, 0), Qt::UTC));
        const ReturnRequest giveBack { card.saleId, { ReturnLineRequest { 1, Quantity::units(1), {} } },
            QStringLiteral("No le quedó"), RefundMethod::Cash, {}, {} };
        Result<ReturnRecord> back = ReturnService(db(), m_clock)
                                        .processReturn(giveBack,
                                            { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Manager, {} });
        QVERIFY2(back.has_value(), why(back));
        QCOMPARE(back->creditNoteIds.size(), 1);
        // A credit sale invoiced PPD and an abono against it.
        const SaleReceipt credit = sell(TenderMethod::StoreCredit);
        const QString invoiceOfCredit = invoiceOf(credit.folio);
        QVERIFY(!invoiceOfCredit.isEmpty());
        QCOMPARE(stampPass(), 2); // the nota de crédito and the PPD invoice
        m_clock.set(QDateTime(QDate(2026, 1, 20), QTime(17, 0), Qt::UTC));
        Result<CustomerPaymentReceipt> abono = CustomerPaymentService(db(), m_clock)
                                                   .recordCash(kCustomer, Money(100000),
                                                       { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier,
                                                           Role::Cashier });
        QVERIFY2(abono.has_value(), why(abono));
        QCOMPARE(stampPass(), 1);
        // One more, still waiting for the PAC.
        m_fake->goDown();
        const SaleReceipt waiting = sell(TenderMethod::CardDebit);
        QVERIFY(!invoiceOf(waiting.folio).isEmpty());
        QCOMPARE(stampPass(), 0);

        InvoiceListDialog dialog(db(), m_clock, kBranch, m_dir.file(QStringLiteral("facturas")));
        int nudges = 0;
        dialog.setStampRequest([&nudges] { ++nudges; });
        QString opened;
        dialog.setOpener([&opened](const QString &path) {
            opened = path;
            return true;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.frameGeometry().width() <= 1366 && dialog.frameGeometry().height() <= 768);
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("invoiceListFilter"));
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("invoiceListTable"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("invoiceListStatus"));
        QVERIFY(filter && table && status);
        QCOMPARE(QApplication::focusWidget(), filter);
        QAbstractItemModel *rows = table->model();
        QCOMPARE(rows->rowCount(), 5);
        const auto cell = [rows](int row, int column) { return rows->index(row, column).data().toString(); };
        // Newest first: the pending invoice, the recibo de pago, the PPD invoice, the nota de crédito, the invoice.
        QCOMPARE(cell(0, InvoiceListModel::State), QStringLiteral("Pendiente de timbrar"));
        QCOMPARE(cell(1, InvoiceListModel::Type), QStringLiteral("P · Recibo de pago"));
        QCOMPARE(cell(1, InvoiceListModel::Folio), abono->folio);
        QCOMPARE(cell(3, InvoiceListModel::Type), QStringLiteral("E · Nota de crédito"));
        QCOMPARE(cell(3, InvoiceListModel::Folio), back->folio);
        QCOMPARE(cell(4, InvoiceListModel::Type), QStringLiteral("I · Factura"));
        QCOMPARE(cell(4, InvoiceListModel::State), QStringLiteral("Timbrada"));
        shoot(&dialog, shotsDir(), "facturas-1-lista");

        // Typing the return's folio leaves the nota de crédito; Enter opens its PDF.
        QTest::keyClicks(filter, back->folio);
        QCOMPARE(rows->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY2(!opened.isEmpty(), qPrintable(status->text()));
        QFile::remove(QDir(shotsDir()).filePath(QStringLiteral("nota-de-credito.pdf")));
        QVERIFY(QFile::copy(opened, QDir(shotsDir()).filePath(QStringLiteral("nota-de-credito.pdf"))));
        const QString invoiceUuid = invoicing().invoice(invoiceId)->uuid;
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString text = pdfText(opened);
            QVERIFY2(text.contains(QStringLiteral("NOTA DE CRÉDITO")), qPrintable(text));
            QVERIFY2(text.contains(invoiceUuid), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("84111506")), qPrintable(text));
            QCOMPARE(back->totals.gross, Money(116000)); // one of the two pieces
            QVERIFY2(text.contains(QStringLiteral("1,160.00 MXN")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("01 - Nota de crédito de los documentos relacionados")),
                qPrintable(text));
        }

        // The recibo de pago's PDF prints what it paid of which invoice.
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(filter, abono->folio);
        QCOMPARE(rows->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Return);
        QFile::remove(QDir(shotsDir()).filePath(QStringLiteral("recibo-de-pago.pdf")));
        QVERIFY(QFile::copy(opened, QDir(shotsDir()).filePath(QStringLiteral("recibo-de-pago.pdf"))));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString text = pdfText(opened);
            QVERIFY2(text.contains(QStringLiteral("RECIBO DE PAGO")), qPrintable(text));
            QVERIFY2(text.contains(invoicing().invoice(invoiceOfCredit)->uuid), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("1,000.00")), qPrintable(text));
        }

        // The invoice by its ticket's folio; Ctrl+E: the customer's e-mail, changed, queued.
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(filter, card.folio);
        QCOMPARE(rows->rowCount(), 1);
        QString offered;
        whenModal([&offered](QWidget *modal) {
            auto *to = modal->findChild<QLineEdit *>(QStringLiteral("invoiceEmailTo"));
            offered = to->text();
            QTest::keyClick(to, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(to, QStringLiteral("no es un correo"));
            QTest::keyClick(to, Qt::Key_Return);
            QVERIFY(modal->isVisible()); // refused, still open
            QTest::keyClick(to, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(to, QStringLiteral("compras@ure.edu.mx"));
            shoot(modal, shotsDir(), "facturas-2-correo");
            QTest::keyClick(to, Qt::Key_Return);
        });
        QTest::keyClick(filter, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(offered, QStringLiteral("pagos@ure.edu.mx"));
        QCOMPARE(nudges, 1);
        QVERIFY2(cell(0, InvoiceListModel::State).contains(QStringLiteral("correo en cola")),
            qPrintable(cell(0, InvoiceListModel::State)));
        QVERIFY(m_fake->comeUp().has_value());
        QCOMPARE(stampPass(), 2); // the pending invoice stamped, the e-mail sent
        const QString pacId = invoicing().invoice(invoiceId)->pacId;
        QCOMPARE(m_fake->emailsSent(pacId), QStringList { QStringLiteral("compras@ure.edu.mx") });

        // F8 on the invoice: motive 01 without the substituting UUID is refused in the dialog, and so is 02 while its
        // nota de crédito is valid (the SAT cancels the related CFDIs first), naming the note.
        const QString noteUuid = invoicing().invoice(back->creditNoteIds.front())->uuid;
        QVERIFY(!noteUuid.isEmpty());
        bool refusedForTheNote = false;
        whenModal([&](QWidget *modal) {
            const auto guard = closeIfLeftOpen(modal);
            auto *motive = modal->findChild<QComboBox *>(QStringLiteral("invoiceCancelMotive"));
            QTest::keyClick(motive, Qt::Key_Up);
            QCOMPARE(motive->currentData().toString(), QStringLiteral("01"));
            QTest::keyClick(motive, Qt::Key_Return);
            auto *said = modal->findChild<QLabel *>(QStringLiteral("invoiceCancelStatus"));
            QVERIFY(said->isVisible() && said->text().contains(QStringLiteral("UUID")));
            QVERIFY(modal->isVisible());
            motive->setFocus();
            QTest::keyClick(motive, Qt::Key_Down);
            QCOMPARE(motive->currentData().toString(), QStringLiteral("02"));
            QTest::keyClick(motive, Qt::Key_Return);
            QVERIFY2(said->text().contains(noteUuid) && said->text().contains(QStringLiteral("notas de crédito")),
                qPrintable(said->text()));
            QVERIFY(modal->isVisible());
            refusedForTheNote = true;
            shoot(modal, shotsDir(), "facturas-3-cancelar");
        });
        QTest::keyClick(filter, Qt::Key_F8);
        QVERIFY(refusedForTheNote);
        QCOMPARE(nudges, 1); // nothing queued
        QVERIFY(!invoicing().invoice(invoiceId)->cancellationQueued);

        // The nota de crédito first (found by the return's folio), cancelled by the worker's next pass.
        const auto cancelWith02 = [&] {
            whenModal([](QWidget *modal) {
                const auto guard = closeIfLeftOpen(modal);
                auto *motive = modal->findChild<QComboBox *>(QStringLiteral("invoiceCancelMotive"));
                QCOMPARE(motive->currentData().toString(), QStringLiteral("02"));
                QTest::keyClick(motive, Qt::Key_Return);
            });
            QTest::keyClick(filter, Qt::Key_F8);
        };
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(filter, back->folio);
        QCOMPARE(rows->rowCount(), 1);
        cancelWith02();
        QCOMPARE(nudges, 2);
        QCOMPARE(stampPass(), 1);
        QTest::keyClick(filter, Qt::Key_F5);
        QCOMPARE(cell(0, InvoiceListModel::State), QStringLiteral("Cancelada"));

        // Then the invoice: queued, then cancelled.
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(filter, card.folio);
        QCOMPARE(rows->rowCount(), 1);
        cancelWith02();
        QCOMPARE(nudges, 3);
        QCOMPARE(cell(0, InvoiceListModel::State), QStringLiteral("Cancelación pendiente"));
        QCOMPARE(stampPass(), 1);
        QTest::keyClick(filter, Qt::Key_F5);
        QCOMPARE(cell(0, InvoiceListModel::State), QStringLiteral("Cancelada"));
        QCOMPARE(m_fake->cancelMotive(pacId), QStringLiteral("02"));

        // F8 on the PPD invoice while its recibo de pago is valid: refused in the dialog, naming the abono's folio and
        // the receipt's UUID; nothing queued, the invoice stays Timbrada.
        QCOMPARE(abono->paymentComplementIds.size(), 1);
        const QString receiptUuid = invoicing().invoice(abono->paymentComplementIds.front())->uuid;
        QVERIFY(!receiptUuid.isEmpty());
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(filter, credit.folio);
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(cell(0, InvoiceListModel::Type), QStringLiteral("I · Factura"));
        bool refusedForTheReceipt = false;
        whenModal([&](QWidget *modal) {
            const auto guard = closeIfLeftOpen(modal);
            auto *motive = modal->findChild<QComboBox *>(QStringLiteral("invoiceCancelMotive"));
            QCOMPARE(motive->currentData().toString(), QStringLiteral("02"));
            QTest::keyClick(motive, Qt::Key_Return);
            auto *said = modal->findChild<QLabel *>(QStringLiteral("invoiceCancelStatus"));
            QVERIFY2(said->isVisible() && said->text().contains(QStringLiteral("recibos de pago"))
                    && said->text().contains(abono->folio) && said->text().contains(receiptUuid),
                qPrintable(said->text()));
            QVERIFY(modal->isVisible());
            refusedForTheReceipt = true;
            shoot(modal, shotsDir(), "facturas-3b-cancelar-recibo");
        });
        QTest::keyClick(filter, Qt::Key_F8);
        QVERIFY(refusedForTheReceipt);
        QCOMPARE(nudges, 3); // nothing queued
        QVERIFY(!invoicing().invoice(invoiceOfCredit)->cancellationQueued);
        QCOMPARE(invoicing().invoice(invoiceOfCredit)->state, InvoiceState::Stamped);
        QCOMPARE(cell(0, InvoiceListModel::State), QStringLiteral("Timbrada"));

        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Backspace);
        QCOMPARE(rows->rowCount(), 5);
        QTest::qWait(50); // the header lays out again
        shoot(&dialog, shotsDir(), "facturas-4-estados");
    }

    void theFacturaGlobalByF6()
    {
        // Two counter sales without a customer today, beside today's ticket invoiced to the customer above.
        QStringList counterFolios;
        for (int i = 0; i < 2; ++i) {
            Cart cart;
            QVERIFY(cart.add(brakePad(), Quantity::units(1)).has_value());
            Result<SaleReceipt> sale = CheckoutService(db(), m_clock).checkout(cart,
                { Tender { TenderMethod::Cash, cart.totals().gross, 0, {} } },
                { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier, true });
            QVERIFY2(sale.has_value(), why(sale));
            counterFolios << sale->folio;
        }
        InvoiceListDialog dialog(db(), m_clock, kBranch, m_dir.file(QStringLiteral("facturas")));
        dialog.setUserId(kCashier);
        int nudges = 0;
        dialog.setStampRequest([&nudges] { ++nudges; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("invoiceListFilter"));
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("invoiceListTable"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("invoiceListStatus"));
        QVERIFY(filter && table && status);
        QAbstractItemModel *rows = table->model();
        const int before = rows->rowCount();

        // F6: the day by default (today at the place of issue); Month shows the whole month, back to Day; Enter.
        QString dayShown;
        QString monthShown;
        whenModal([&](QWidget *modal) {
            const auto guard = closeIfLeftOpen(modal);
            auto *periodicity = modal->findChild<QComboBox *>(QStringLiteral("globalInvoicePeriodicity"));
            auto *day = modal->findChild<QDateEdit *>(QStringLiteral("globalInvoiceDay"));
            auto *period = modal->findChild<QLabel *>(QStringLiteral("globalInvoicePeriod"));
            QVERIFY(periodicity && day && period);
            QCOMPARE(periodicity->currentData().toString(), QStringLiteral("day"));
            QCOMPARE(day->date(), QDate(2026, 1, 20));
            dayShown = period->text();
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(periodicity, Qt::Key_Down);
            QCOMPARE(periodicity->currentData().toString(), QStringLiteral("month"));
            monthShown = period->text();
            shoot(modal, shotsDir(), "facturas-5-global");
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(periodicity, Qt::Key_Up);
            QTest::keyClick(periodicity, Qt::Key_Return);
        });
        QTest::keyClick(filter, Qt::Key_F6);
        QVERIFY2(dayShown.contains(QStringLiteral("20 de enero de 2026")), qPrintable(dayShown));
        QVERIFY2(monthShown.contains(QStringLiteral("1 de enero de 2026"))
                && monthShown.contains(QStringLiteral("31 de enero de 2026")),
            qPrintable(monthShown));
        QCOMPARE(nudges, 1);
        QVERIFY2(status->text().contains(QStringLiteral("Factura global de 2 tickets")), qPrintable(status->text()));
        QCOMPARE(rows->rowCount(), before + 1);
        const QString globalId = rows->index(0, 0).data(InvoiceListModel::InvoiceIdRole).toString();
        Result<InvoiceRecord> global = invoicing().invoice(globalId);
        QVERIFY2(global.has_value(), why(global));
        QVERIFY(global->global);
        QCOMPARE(global->receiverRfc, QStringLiteral("XAXX010101000"));
        counterFolios.sort();
        QCOMPARE(global->folios, counterFolios); // not the ticket invoiced to the customer
        QCOMPARE(global->createdBy, kCashier);
        QCOMPARE(rows->index(0, InvoiceListModel::State).data().toString(), QStringLiteral("Pendiente de timbrar"));
        QCOMPARE(stampPass(), 1);
        QTest::keyClick(filter, Qt::Key_F5);
        QCOMPARE(rows->index(0, InvoiceListModel::State).data().toString(), QStringLiteral("Timbrada"));
        QCOMPARE(invoicing().invoice(globalId)->series, QStringLiteral("MTZ")); // the branch's series

        // The same day again: nothing left, said in the dialog, nothing queued.
        QString refusal;
        whenModal([&](QWidget *modal) {
            const auto guard = closeIfLeftOpen(modal);
            auto *periodicity = modal->findChild<QComboBox *>(QStringLiteral("globalInvoicePeriodicity"));
            QTest::keyClick(periodicity, Qt::Key_Return);
            refusal = modal->findChild<QLabel *>(QStringLiteral("globalInvoiceStatus"))->text();
            QVERIFY(modal->isVisible());
            shoot(modal, shotsDir(), "facturas-6-global-sin-tickets");
            QTest::keyClick(periodicity, Qt::Key_Escape);
        });
        QTest::keyClick(filter, Qt::Key_F6);
        QVERIFY2(refusal.contains(QStringLiteral("2026-01-20")), qPrintable(refusal));
        QCOMPARE(nudges, 1);
        QCOMPARE(rows->rowCount(), before + 1);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    useOffscreenScreen(config, 1366, 768); // the counter's screen
    qputenv("NEXUS_SECRET_STORE", "file");
    QApplication app(argc, argv);
    TestCfdiInvoiceList test;
    return QTest::qExec(&test, argc, argv);
}
#include "testcfdiinvoicelist.moc"
