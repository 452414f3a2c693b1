// CounterMenu: one place where the sale screen reaches the till, returns and printing.
#include "sale/countermenu.h"

#include "app/uilogging.h"
#include "cfdi/fiscalsettings.h"
#include "cfdi/fiscalsettingsdialog.h"
#include "cfdi/invoicelistdialog.h"
#include "cfdi/invoiceticketdialog.h"
#include "client/invoicestamperrunner.h"
#include "client/secretstore.h"
#include "common/clock.h"
#include "customers/customerpickerdialog.h"
#include "auth/authservice.h"
#include "auth/permission.h"
#include "printing/printersetupdialog.h"
#include "printing/reprintdialog.h"
#include "sale/managerauthdialog.h"
#include "printing/ticketprinter.h"
#include "returns/returndialog.h"
#include "store/localstore.h"
#include "till/tillactions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QWidget>

namespace nexus {

namespace {

enum class MenuAction { Customer, CustomerPayment, SaveQuote, Quotes, CashIn, CashOut, XReport, Close, Return, Warranties, Reprint, Invoice, InvoiceList, Picture, Camera, Labels, PrinterSetup, FiscalSetup };

} // namespace

CounterMenu::CounterMenu(LocalStore &store, AuthService &auth, QWidget *screen)
    : QObject(screen), m_store(store), m_auth(auth), m_screen(screen),
      m_printer(std::make_unique<TicketPrinter>(store))
{
    m_button = new QPushButton(screen);
    m_button->setObjectName(QStringLiteral("tillMenuButton"));
    m_button->setProperty("kind", QStringLiteral("secondary"));
    m_button->setCursor(Qt::PointingHandCursor);
    m_menu = new QMenu(m_button);
    m_menu->setObjectName(QStringLiteral("tillMenu"));
    const auto add = [this](MenuAction id, auto run) {
        QAction *action = m_menu->addAction(QString());
        action->setData(int(id));
        connect(action, &QAction::triggered, this, run);
    };
    add(MenuAction::Customer, [this] { Q_EMIT customerRequested(); });
    add(MenuAction::CustomerPayment, [this] { Q_EMIT customerPaymentRequested(); });
    m_menu->addSeparator();
    add(MenuAction::SaveQuote, [this] { Q_EMIT saveQuoteRequested(); });
    add(MenuAction::Quotes, [this] { Q_EMIT quotesRequested(); });
    m_menu->addSeparator();
    add(MenuAction::CashIn, [this] { cashIn(); });
    add(MenuAction::CashOut, [this] { cashOut(); });
    m_menu->addSeparator();
    add(MenuAction::XReport, [this] { showXReport(); });
    add(MenuAction::Close, [this] { closeTill(); });
    m_menu->addSeparator();
    add(MenuAction::Return, [this] { returnTicket(); });
    add(MenuAction::Warranties, [this] { Q_EMIT warrantiesRequested(); });
    add(MenuAction::Reprint, [this] { reprintTicket(); });
    add(MenuAction::Invoice, [this] { invoiceTicket(); });
    add(MenuAction::InvoiceList, [this] { showInvoices(); });
    m_menu->addSeparator();
    add(MenuAction::Picture, [this] { Q_EMIT pictureRequested(); });
    add(MenuAction::Camera, [this] { Q_EMIT cameraRequested(); });
    add(MenuAction::Labels, [this] { Q_EMIT labelsRequested(); });
    add(MenuAction::PrinterSetup, [this] { setUpPrinter(); });
    add(MenuAction::FiscalSetup, [this] { setUpInvoicing(); });
    m_button->setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &CounterMenu::retranslate); // the camera may have come or gone
    connect(m_printer.get(), &TicketPrinter::failed, this, [this](const QString &label, const QString &why) {
        Q_EMIT message(tr("Printing %1 failed: %2").arg(label, why), true);
    });
    retranslate();
}

CounterMenu::~CounterMenu()
{
    if (m_stamper)
        m_stamper->stop();
}

void CounterMenu::setCounter(const QString &deviceId, const QString &branchId)
{
    if (m_till)
        return;
    m_deviceId = deviceId;
    m_branchId = branchId;
    m_till = new TillActions(m_store.db(), m_auth, deviceId, branchId, m_screen);
    m_till->setPrintHandler([this](const ReceiptDocument &document) {
        return m_printer->printDocument(document, tr("the till report"));
    });
    connect(m_till, &TillActions::message, this, &CounterMenu::message);
    connect(m_till, &TillActions::tillChanged, this, &CounterMenu::tillChanged);
    // Notas de crédito of returns and recibos de pago of abonos are queued by those flows: the worker runs from the
    // start (when the branch can invoice) so they are stamped once the line is up, without opening a CFDI screen.
    startStamper();
}

bool CounterMenu::ready()
{
    if (m_till)
        return true;
    Q_EMIT message(tr("This computer cannot sell yet."), true);
    return false;
}

void CounterMenu::printSale(const QString &saleId)
{
    if (Status queued = m_printer->printSale(saleId); !queued) {
        // No printer set up is normal on a new counter: said as information, not as a fault.
        qCInfo(lcUi) << "ticket not printed:" << queued.error().logMessage();
        Q_EMIT message(tr("Ticket not printed: %1").arg(queued.error().message()),
            queued.error().code() != ErrorCode::NotFound);
    }
}

void CounterMenu::openMenu()
{
    m_button->showMenu();
}

bool CounterMenu::cashIn()
{
    return ready() && m_till->cashIn();
}

bool CounterMenu::cashOut()
{
    return ready() && m_till->cashOut();
}

bool CounterMenu::showXReport()
{
    return ready() && m_till->showXReport();
}

bool CounterMenu::closeTill()
{
    return ready() && m_till->closeTill();
}

bool CounterMenu::returnTicket(const QString &folio)
{
    if (!ready())
        return false;
    ReturnDialog dialog(m_store, m_auth, folio, m_screen);
    dialog.exec();
    if (!dialog.record())
        return false;
    if (!dialog.record()->creditNoteIds.isEmpty())
        if (InvoiceStamperRunner *stamper = startStamper())
            stamper->nudge(); // the ticket was invoiced: its nota de crédito goes out now
    Q_EMIT stockChanged();
    Q_EMIT tillChanged();
    if (Status queued = m_printer->printDocument(dialog.slip(), tr("the return slip")); !queued)
        Q_EMIT message(tr("Return %1 recorded; slip not printed: %2")
                           .arg(dialog.record()->folio, queued.error().message()),
            true);
    else
        Q_EMIT message(tr("Return %1 recorded").arg(dialog.record()->folio), false);
    return true;
}

bool CounterMenu::reprintTicket()
{
    ReprintDialog dialog(m_store, *m_printer, m_screen);
    dialog.exec();
    return !dialog.saleId().isEmpty();
}

bool CounterMenu::invoiceTicket(const QString &folio)
{
    if (!ready() || !m_auth.currentUser())
        return false;
    static const SystemClock clock;
    const QString dataDir = QFileInfo(m_store.db().path()).absolutePath();
    InvoiceTicketDialog dialog(m_store.db(), m_auth.currentUser()->id, m_branchId, clock,
        QDir(dataDir).filePath(QStringLiteral("facturas")), folio, m_screen);
    dialog.setCustomerChooser([this, &dialog]() -> std::optional<Customer> {
        CustomerPickerDialog picker(m_store, m_auth, m_deviceId, m_branchId, {}, QString(), &dialog);
        picker.exec();
        return picker.outcome() == CustomerPickerDialog::Outcome::Chosen ? picker.chosen() : std::nullopt;
    });
    if (InvoiceStamperRunner *stamper = startStamper())
        dialog.setStampRequest([stamper] { stamper->nudge(); });
    dialog.exec();
    return !dialog.invoiceId().isEmpty();
}

bool CounterMenu::showInvoices()
{
    if (!ready() || !m_auth.currentUser())
        return false;
    static const SystemClock clock;
    const QString dataDir = QFileInfo(m_store.db().path()).absolutePath();
    InvoiceListDialog dialog(m_store.db(), clock, m_branchId, QDir(dataDir).filePath(QStringLiteral("facturas")),
        m_screen);
    dialog.setUserId(m_auth.currentUser()->id);
    if (InvoiceStamperRunner *stamper = startStamper())
        dialog.setStampRequest([stamper] { stamper->nudge(); });
    dialog.exec();
    return true;
}

InvoiceStamperRunner *CounterMenu::startStamper()
{
    if (m_stamper)
        return m_stamper.get();
    const Result<FiscalConfig> fiscal = FiscalSettings(m_store.db(), m_branchId).load();
    if (!fiscal || !fiscal->validate())
        return nullptr; // nothing can be invoiced before the fiscal data is set
    InvoiceStamperRunner::Config config;
    config.databasePath = m_store.db().path();
    config.dataDir = QFileInfo(m_store.db().path()).absolutePath();
    config.issuer = fiscal->issuer();
    m_stamper = std::make_unique<InvoiceStamperRunner>(config);
    m_stamper->start();
    return m_stamper.get();
}

bool CounterMenu::setUpInvoicing()
{
    if (!ready() || !m_auth.currentUser())
        return false;
    if (!roleHas(m_auth.currentUser()->role, Permission::ConfigureBranch)) {
        ManagerAuthDialog authorize(m_auth, Permission::ConfigureBranch, QStringLiteral("fiscal_setup"),
            tr("Changing the invoicing settings needs a manager. A manager must authorise it with their PIN."),
            m_screen);
        if (authorize.exec() != QDialog::Accepted)
            return false;
    }
    static const SystemClock clock;
    SecretStore secrets(QFileInfo(m_store.db().path()).absolutePath());
    FiscalSettingsDialog dialog(m_store.db(), secrets, m_branchId, clock, m_screen);
    return dialog.exec() == QDialog::Accepted;
}

bool CounterMenu::setUpPrinter()
{
    if (!m_auth.currentUser())
        return false;
    if (!roleHas(m_auth.currentUser()->role, Permission::ConfigureBranch)) {
        ManagerAuthDialog authorize(m_auth, Permission::ConfigureBranch, QStringLiteral("printer_setup"),
            tr("Changing the ticket printer needs a manager. A manager must authorise it with their PIN."),
            m_screen);
        if (authorize.exec() != QDialog::Accepted)
            return false;
    }
    PrinterSetupDialog dialog(m_store, *m_printer, m_screen);
    return dialog.exec() == QDialog::Accepted;
}

void CounterMenu::retranslate()
{
    m_button->setText(tr("Till  (F10)"));
    for (QAction *action : m_menu->actions()) {
        if (action->isSeparator())
            continue;
        switch (MenuAction(action->data().toInt())) {
        case MenuAction::Customer:
            // Ctrl+K itself is bound by the sale screen, like F11 below.
            action->setText(tr("Customer of the sale…") + u'\t'
                + QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText));
            break;
        case MenuAction::CustomerPayment:
            action->setText(tr("Payment on a customer's account…"));
            break;
        case MenuAction::SaveQuote:
            // Ctrl+Q and Ctrl+Shift+Q themselves are bound by the sale screen.
            action->setText(tr("Save as quote…") + u'\t'
                + QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText));
            break;
        case MenuAction::Quotes:
            action->setText(tr("Quotes…") + u'\t'
                + QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q).toString(QKeySequence::NativeText));
            break;
        case MenuAction::CashIn:
            action->setText(tr("Cash in…"));
            break;
        case MenuAction::CashOut:
            action->setText(tr("Cash out…"));
            break;
        case MenuAction::XReport:
            action->setText(tr("X report (till so far)"));
            break;
        case MenuAction::Close:
            action->setText(tr("Close the till (Z report)…"));
            break;
        case MenuAction::Return:
            // F11 itself is bound by the sale screen (from any focus there); a second binding here would make
            // the key ambiguous, so the menu only shows it.
            action->setText(tr("Return of a ticket…") + u'\t' + QKeySequence(Qt::Key_F11).toString(QKeySequence::NativeText));
            break;
        case MenuAction::Warranties:
            // Ctrl+G is the main window's (from every screen); the menu only shows it.
            action->setText(tr("Warranties and claims…") + u'\t'
                + QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText));
            break;
        case MenuAction::Reprint:
            action->setText(tr("Reprint a ticket…"));
            break;
        case MenuAction::Invoice:
            action->setText(tr("Invoice a ticket (CFDI)…"));
            break;
        case MenuAction::InvoiceList:
            action->setText(tr("Invoices, credit notes and payment receipts (CFDI)…"));
            break;
        case MenuAction::FiscalSetup:
            action->setText(tr("Invoicing (CFDI) settings…"));
            break;
        case MenuAction::Picture:
            action->setText(tr("Read a barcode from a picture…") + u'\t'
                + QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText));
            break;
        case MenuAction::Camera: {
            const bool camera = m_cameraCheck && m_cameraCheck();
            action->setEnabled(camera);
            // Ctrl+Shift+B itself is bound by the sale screen (it explains there is no camera).
            action->setText((camera ? tr("Scan a barcode with the camera…") : tr("Scan with the camera (no camera found)"))
                + u'\t' + QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B).toString(QKeySequence::NativeText));
            break;
        }
        case MenuAction::Labels:
            action->setText(tr("Labels of the ticket's parts (PDF)…"));
            break;
        case MenuAction::PrinterSetup:
            action->setText(tr("Ticket printer…"));
            break;
        }
    }
}

} // namespace nexus
