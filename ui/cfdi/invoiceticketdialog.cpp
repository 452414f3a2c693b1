// InvoiceTicketDialog: the counter's form over InvoicingService::invoiceTickets and the invoice's state.
#include "cfdi/invoiceticketdialog.h"

#include "cfdi/fiscalsettings.h"
#include "cfdi/invoiceemaildialog.h"
#include "cfdi/invoicepdf.h"
#include "cfdi/invoicingservice.h"
#include "cfdi/satcatalogs.h"
#include "common/formstatus.h"
#include "customers/customer.h"
#include "customers/customerrepository.h"
#include "store/database.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace nexus {

InvoiceTicketDialog::InvoiceTicketDialog(Database &db, QString userId, QString branchId, const Clock &clock,
    QString pdfDir, const QString &folio, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_userId(std::move(userId)),
      m_branchId(std::move(branchId)),
      m_clock(clock),
      m_pdfDir(std::move(pdfDir)),
      m_opener([](const QString &path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
    setObjectName(QStringLiteral("invoiceTicketDialog"));
    setMinimumWidth(760); // the customer's registered name and RFC beside both customer buttons
    QVBoxLayout *layout = formstatus::frame(this, tr("Invoice a ticket"));

    auto *form = new QFormLayout;
    m_folios = new QLineEdit(folio, this);
    m_folios->setObjectName(QStringLiteral("invoiceFolios"));
    m_folios->setPlaceholderText(tr("Ticket folios, separated by commas (several tickets of one customer)"));
    form->addRow(tr("&Tickets"), m_folios);
    auto *customerRow = new QHBoxLayout;
    m_customer = new QLabel(tr("No customer chosen"), this);
    m_customer->setObjectName(QStringLiteral("invoiceCustomer"));
    auto *chooseCustomer = new QPushButton(tr("Choose &customer…  (Ctrl+K)"), this);
    chooseCustomer->setObjectName(QStringLiteral("invoiceChooseCustomer"));
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(chooseCustomer);
    auto *customerTickets = new QPushButton(tr("Their tickets  (F4)"), this);
    customerTickets->setObjectName(QStringLiteral("invoiceCustomerTickets"));
    customerRow->addWidget(customerTickets);
    form->addRow(tr("Customer"), customerRow);
    m_use = new QComboBox(this);
    m_use->setObjectName(QStringLiteral("invoiceUse"));
    m_use->addItem(tr("The customer's usual use"), QString());
    for (const QString &code : sat::usoCfdiCodes())
        m_use->addItem(code + QStringLiteral(" - ") + sat::usoCfdiName(code), code);
    form->addRow(tr("CFDI &use"), m_use);
    m_paymentForm = new QComboBox(this);
    m_paymentForm->setObjectName(QStringLiteral("invoicePaymentForm"));
    m_paymentForm->addItem(tr("As paid at the counter"), QString());
    for (const QString &code : sat::formaPagoCodes())
        m_paymentForm->addItem(code + QStringLiteral(" - ") + sat::formaPagoName(code), code);
    form->addRow(tr("&Payment form"), m_paymentForm);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("invoiceState"));
    m_state->setWordWrap(true);
    form->addRow(tr("State"), m_state);
    layout->addLayout(form);

    m_status = formstatus::line("invoiceStatus", this);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_pdfButton = new QPushButton(tr("Open &PDF"), this);
    m_pdfButton->setObjectName(QStringLiteral("invoiceOpenPdf"));
    m_pdfButton->setEnabled(false);
    m_emailButton = new QPushButton(tr("Send by e-mail  (Ctrl+E)"), this);
    m_emailButton->setObjectName(QStringLiteral("invoiceSendEmail"));
    m_emailButton->setEnabled(false);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("invoiceClose"));
    m_invoiceButton = new QPushButton(tr("Invoice  (F12)"), this);
    m_invoiceButton->setObjectName(QStringLiteral("invoiceCreate"));
    m_invoiceButton->setProperty("kind", QStringLiteral("primary"));
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_emailButton);
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(m_invoiceButton);
    layout->addLayout(buttons);

    m_poll = new QTimer(this);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &InvoiceTicketDialog::refreshState);
    connect(chooseCustomer, &QPushButton::clicked, this, &InvoiceTicketDialog::chooseCustomer);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this), &QShortcut::activated, this,
        &InvoiceTicketDialog::chooseCustomer);
    connect(customerTickets, &QPushButton::clicked, this, [this] { (void)fillCustomerTickets(); });
    connect(new QShortcut(QKeySequence(Qt::Key_F4), this), &QShortcut::activated, this,
        [this] { (void)fillCustomerTickets(); });
    connect(m_invoiceButton, &QPushButton::clicked, this, [this] { (void)invoice(); });
    connect(new QShortcut(QKeySequence(Qt::Key_F12), this), &QShortcut::activated, this, [this] {
        if (m_invoiceButton->isEnabled())
            (void)invoice();
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { (void)openPdf(); });
    connect(m_emailButton, &QPushButton::clicked, this, [this] { (void)sendByEmail(); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this), &QShortcut::activated, this, [this] {
        if (m_emailButton->isEnabled())
            (void)sendByEmail();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_state->setText(tr("Not invoiced yet"));
}

void InvoiceTicketDialog::setCustomer(const QString &id, const QString &name, const QString &rfc, const QString &use)
{
    m_customerId = id;
    m_customer->setText(rfc.isEmpty() ? name : name + QStringLiteral("  ·  ") + rfc);
    const int index = m_use->findData(use);
    m_use->setCurrentIndex(index < 0 ? 0 : index);
}

Status InvoiceTicketDialog::fillCustomerTickets()
{
    if (m_customerId.isEmpty()) {
        const Error none(ErrorCode::InvalidInput, NX_ERR("Choose the customer the invoice is for."), {},
            QStringLiteral("customer"));
        showStatus(none.message(), true);
        return std::unexpected(none);
    }
    Result<FiscalConfig> fiscal = FiscalSettings(m_db, m_branchId).load();
    Result<QStringList> folios = fiscal ? InvoicingService(m_db, m_clock, fiscal->issuer()).uninvoicedTickets(m_customerId)
                                        : Result<QStringList>(std::unexpected(fiscal.error()));
    if (!folios) {
        showStatus(folios.error().message(), true);
        return std::unexpected(folios.error());
    }
    if (folios->isEmpty()) {
        showStatus(tr("This customer has no tickets left to invoice."), true);
        return {};
    }
    m_folios->setText(folios->join(QStringLiteral(", ")));
    m_folios->setFocus();
    showStatus(tr("%n ticket(s) of the customer not invoiced yet: remove any that should not go, then F12.", nullptr,
                   int(folios->size())),
        false);
    return {};
}

void InvoiceTicketDialog::chooseCustomer()
{
    if (!m_chooser)
        return;
    const std::optional<Customer> customer = m_chooser();
    if (customer)
        setCustomer(customer->id, customer->fields.name, customer->fields.rfc, customer->fields.cfdiUse);
}

Status InvoiceTicketDialog::invoice()
{
    const auto refuse = [this](const Error &error) -> Status {
        showStatus(error.message(), true);
        if (error.field().startsWith(QLatin1String("folios")))
            m_folios->setFocus();
        else if (error.field().startsWith(QLatin1String("customer")))
            m_customer->setFocus();
        else if (error.field() == QLatin1String("use"))
            m_use->setFocus();
        return std::unexpected(error);
    };
    QStringList folios;
    for (const QString &folio : m_folios->text().split(u',', Qt::SkipEmptyParts))
        if (!folio.trimmed().isEmpty())
            folios.append(folio.trimmed().toUpper());
    if (folios.isEmpty())
        return refuse(Error(ErrorCode::InvalidInput, NX_ERR("Write the folio of the ticket to invoice."), {},
            QStringLiteral("folios")));
    if (m_customerId.isEmpty())
        return refuse(Error(ErrorCode::InvalidInput, NX_ERR("Choose the customer the invoice is for."), {},
            QStringLiteral("customer")));
    Result<FiscalConfig> fiscal = FiscalSettings(m_db, m_branchId).load();
    if (!fiscal)
        return refuse(fiscal.error());
    if (Status valid = fiscal->validate(); !valid)
        return refuse(Error(ErrorCode::InvalidInput,
            NX_ERR("This branch's fiscal data is not complete (%1): a manager fills it in Till → Invoicing settings."),
            { valid.error().message() }, QStringLiteral("fiscal")));
    TicketInvoiceOptions options;
    options.customerId = m_customerId;
    options.folios = folios;
    options.userId = m_userId;
    options.use = m_use->currentData().toString();
    options.paymentForm = m_paymentForm->currentData().toString();
    options.series = fiscal->series;
    InvoicingService service(m_db, m_clock, fiscal->issuer());
    Result<InvoiceRecord> record = service.invoiceTickets(options);
    if (!record)
        return refuse(record.error());
    m_invoiceId = record->id;
    m_invoiceButton->setEnabled(false);
    m_folios->setReadOnly(true);
    showStatus(tr("Invoice queued for %1: it is stamped as soon as the PAC answers.").arg(record->receiverName), false);
    refreshState();
    if (m_stampRequest)
        m_stampRequest();
    m_poll->start();
    return {};
}

void InvoiceTicketDialog::refreshState()
{
    if (m_invoiceId.isEmpty())
        return;
    Result<FiscalConfig> fiscal = FiscalSettings(m_db, m_branchId).load();
    if (!fiscal)
        return;
    Result<InvoiceRecord> record = InvoicingService(m_db, m_clock, fiscal->issuer()).invoice(m_invoiceId);
    if (!record) {
        m_state->setText(record.error().message());
        return;
    }
    switch (record->state) {
    case InvoiceState::PendingStamp:
        m_state->setText(record->lastError.isEmpty()
                ? tr("Pending stamping (pendiente de timbrar)")
                : tr("Pending stamping (pendiente de timbrar): %1").arg(record->lastError));
        break;
    case InvoiceState::Stamped:
        m_state->setText(tr("Stamped (timbrada) · folio fiscal %1").arg(record->uuid));
        m_status->hide(); // "queued…" is no longer news
        m_pdfButton->setEnabled(true);
        m_emailButton->setEnabled(true);
        m_poll->stop();
        break;
    case InvoiceState::Error:
        m_state->setText(tr("Refused by the PAC: %1").arg(record->lastError));
        m_invoiceButton->setEnabled(true);
        m_folios->setReadOnly(false);
        m_poll->stop();
        break;
    case InvoiceState::Cancelled:
        m_state->setText(tr("Cancelled"));
        m_poll->stop();
        break;
    }
}

Status InvoiceTicketDialog::openPdf()
{
    Result<QString> written = writeInvoicePdf(m_db, m_clock, m_branchId, m_invoiceId, m_pdfDir);
    if (!written) {
        showStatus(written.error().message(), true);
        return std::unexpected(written.error());
    }
    m_pdfPath = *written;
    if (!m_opener(m_pdfPath))
        showStatus(tr("The PDF was saved in %1 but no viewer opened it.").arg(m_pdfPath), true);
    else
        showStatus(tr("PDF saved in %1").arg(m_pdfPath), false);
    return {};
}

Status InvoiceTicketDialog::sendByEmail()
{
    QString email;
    Result<std::optional<Customer>> customer = CustomerRepository(m_db).find(m_customerId);
    if (customer && *customer)
        email = (*customer)->fields.email;
    Result<FiscalConfig> fiscal = FiscalSettings(m_db, m_branchId).load();
    if (!fiscal)
        return std::unexpected(fiscal.error());
    InvoicingService service(m_db, m_clock, fiscal->issuer());
    InvoiceEmailDialog dialog(tr("The invoice for %1").arg(m_customer->text()), email,
        [this, &service](const QStringList &emails) { return service.requestEmail(m_invoiceId, emails); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    showStatus(tr("E-mail queued: the PAC sends it as soon as the line is up."), false);
    if (m_stampRequest)
        m_stampRequest();
    return {};
}

void InvoiceTicketDialog::showStatus(const QString &text, bool error)
{
    formstatus::show(m_status, text, error);
}

} // namespace nexus
