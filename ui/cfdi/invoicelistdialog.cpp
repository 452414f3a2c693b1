// InvoiceListDialog: InvoicingService's records in a filtered table, and the three actions on the selected one.
#include "cfdi/invoicelistdialog.h"

#include "cfdi/fiscalsettings.h"
#include "cfdi/globalinvoicedialog.h"
#include "cfdi/invoicecanceldialog.h"
#include "cfdi/invoiceemaildialog.h"
#include "cfdi/invoicelistmodel.h"
#include "cfdi/invoicepdf.h"
#include "cfdi/invoicingservice.h"
#include "common/formstatus.h"
#include "common/pickerkeys.h"
#include "customers/customerrepository.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace nexus {

namespace {

CfdiIssuer issuerOf(Database &db, const QString &branchId)
{
    const Result<FiscalConfig> fiscal = FiscalSettings(db, branchId).load();
    return fiscal ? fiscal->issuer() : CfdiIssuer {};
}

} // namespace

InvoiceListDialog::InvoiceListDialog(
    Database &db, const Clock &clock, QString branchId, QString pdfDir, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_branchId(std::move(branchId)),
      m_pdfDir(std::move(pdfDir)),
      m_opener([](const QString &path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
    setObjectName(QStringLiteral("invoiceListDialog"));
    resize(1280, 640);
    QVBoxLayout *layout = formstatus::frame(this, tr("Invoices (CFDI) of this counter"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("invoiceListFilter"));
    m_filter->setPlaceholderText(tr("Type to filter: customer, RFC, ticket or folio, folio fiscal…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new InvoiceListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(InvoiceListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("invoiceListTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus); // the filter keeps the focus; the arrows move the selection
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive); // sized to the rows shown after each reload and filter
    header->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_status = formstatus::line("invoiceListStatus", this);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        buttons->addWidget(b);
        return b;
    };
    QPushButton *pdf = button(tr("Open PDF  (Enter)"), "invoiceListPdf");
    QPushButton *email = button(tr("Send by e-mail  (Ctrl+E)"), "invoiceListEmail");
    QPushButton *cancel = button(tr("Cancel CFDI  (F8)"), "invoiceListCancel");
    QPushButton *global = button(tr("Factura global  (F6)"), "invoiceListGlobal");
    QPushButton *refresh = button(tr("Reload  (F5)"), "invoiceListReload");
    buttons->addStretch(1);
    QPushButton *close = button(tr("Close  (Esc)"), "invoiceListClose");
    layout->addLayout(buttons);

    connect(pdf, &QPushButton::clicked, this, [this] { (void)openPdf(); });
    connect(email, &QPushButton::clicked, this, [this] { (void)sendByEmail(); });
    connect(cancel, &QPushButton::clicked, this, [this] { (void)cancelSelected(); });
    connect(global, &QPushButton::clicked, this, [this] { (void)globalInvoice(); });
    connect(refresh, &QPushButton::clicked, this, &InvoiceListDialog::reload);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, [this] { (void)openPdf(); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this), &QShortcut::activated, this,
        [this] { (void)sendByEmail(); });
    connect(new QShortcut(QKeySequence(Qt::Key_F8), this), &QShortcut::activated, this,
        [this] { (void)cancelSelected(); });
    connect(new QShortcut(QKeySequence(Qt::Key_F6), this), &QShortcut::activated, this,
        [this] { (void)globalInvoice(); });
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this, &InvoiceListDialog::reload);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        fitColumns();
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });
    m_filter->installEventFilter(this);
    m_poll = new QTimer(this);
    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, &InvoiceListDialog::reload);
    m_poll->start();
    reload();
    m_filter->setFocus();
}

bool InvoiceListDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The filter keeps the focus, so its keys are the dialog's: Ctrl+E (the line edit's own "end of line" in some key
    // schemes), F8, F6 and F5 also when the window-wide shortcuts do not answer (the window not yet active again after a
    // dialog it opened).
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_E && key->modifiers() == Qt::ControlModifier) {
            (void)sendByEmail();
            return true;
        }
        if (key->key() == Qt::Key_F8 && key->modifiers() == Qt::NoModifier) {
            (void)cancelSelected();
            return true;
        }
        if (key->key() == Qt::Key_F6 && key->modifiers() == Qt::NoModifier) {
            (void)globalInvoice();
            return true;
        }
        if (key->key() == Qt::Key_F5 && key->modifiers() == Qt::NoModifier) {
            reload();
            return true;
        }
    }
    if (watched == m_filter && handlePickerKey(event, m_table, [this] { (void)openPdf(); }))
        return true;
    return QDialog::eventFilter(watched, event);
}

void InvoiceListDialog::reload()
{
    const QModelIndex current = m_table->currentIndex();
    const QString keep = current.isValid() ? current.data(InvoiceListModel::InvoiceIdRole).toString() : QString();
    Result<std::vector<InvoiceRecord>> invoices = InvoicingService(m_db, m_clock, issuerOf(m_db, m_branchId)).all();
    if (!invoices) {
        showStatus(invoices.error().message(), true);
        return;
    }
    m_model->setInvoices(std::move(*invoices));
    fitColumns();
    const int row = keep.isEmpty() ? -1 : m_model->rowOf(keep);
    const QModelIndex again = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (again.isValid())
        m_table->selectRow(again.row());
    else if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void InvoiceListDialog::fitColumns()
{
    m_table->resizeColumnsToContents();
    // resizeColumnsToContents() sizes the last section too; turning its stretch off and on gives it the rest again.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

const InvoiceRecord *InvoiceListDialog::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->invoiceAt(m_proxy->mapToSource(current).row());
}

Status InvoiceListDialog::openPdf()
{
    const InvoiceRecord *record = selected();
    if (!record)
        return fail(ErrorCode::NotFound, NX_ERR("Choose a CFDI in the list first"), {}, QStringLiteral("invoice"));
    Result<QString> written = writeInvoicePdf(m_db, m_clock, m_branchId, record->id, m_pdfDir);
    if (!written) {
        showStatus(written.error().message(), true);
        return std::unexpected(written.error());
    }
    m_lastPdf = *written;
    if (!m_opener(m_lastPdf))
        showStatus(tr("The PDF was saved in %1 but no viewer opened it.").arg(m_lastPdf), true);
    else
        showStatus(tr("PDF saved in %1").arg(m_lastPdf), false);
    return {};
}

Status InvoiceListDialog::sendByEmail()
{
    const InvoiceRecord *record = selected();
    if (!record)
        return fail(ErrorCode::NotFound, NX_ERR("Choose a CFDI in the list first"), {}, QStringLiteral("invoice"));
    QString email;
    if (!record->customerId.isEmpty()) {
        Result<std::optional<Customer>> customer = CustomerRepository(m_db).find(record->customerId);
        if (customer && *customer)
            email = (*customer)->fields.email;
    }
    const QString id = record->id;
    InvoicingService service(m_db, m_clock, issuerOf(m_db, m_branchId));
    InvoiceEmailDialog dialog(
        tr("%1 %2 for %3").arg(InvoiceListModel::typeTitle(record->type), record->uuid, record->receiverName), email,
        [&service, &id](const QStringList &emails) { return service.requestEmail(id, emails); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    showStatus(tr("E-mail queued: the PAC sends it as soon as the line is up."), false);
    if (m_stampRequest)
        m_stampRequest();
    reload();
    return {};
}

Status InvoiceListDialog::cancelSelected()
{
    const InvoiceRecord *record = selected();
    if (!record)
        return fail(ErrorCode::NotFound, NX_ERR("Choose a CFDI in the list first"), {}, QStringLiteral("invoice"));
    const QString id = record->id;
    InvoicingService service(m_db, m_clock, issuerOf(m_db, m_branchId));
    InvoiceCancelDialog dialog(
        tr("%1 %2 for %3, %4")
            .arg(InvoiceListModel::typeTitle(record->type),
                record->uuid.isEmpty() ? InvoiceListModel::stateTitle(*record) : record->uuid, record->receiverName,
                record->total.format()),
        [&service, &id](const QString &motive, const QString &substitution) {
            return service.requestCancellation(id, motive, substitution);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    showStatus(tr("Cancellation requested: the PAC is asked as soon as the line is up."), false);
    if (m_stampRequest)
        m_stampRequest();
    reload();
    return {};
}

Status InvoiceListDialog::globalInvoice()
{
    const Result<FiscalConfig> fiscal = FiscalSettings(m_db, m_branchId).load();
    if (!fiscal) {
        showStatus(fiscal.error().message(), true);
        return std::unexpected(fiscal.error());
    }
    if (Status valid = fiscal->validate(); !valid) {
        const Error incomplete(ErrorCode::InvalidInput,
            NX_ERR("This branch's fiscal data is not complete (%1): a manager fills it in Till → Invoicing settings."),
            { valid.error().message() }, QStringLiteral("fiscal"));
        showStatus(incomplete.message(), true);
        return std::unexpected(incomplete);
    }
    GlobalInvoiceDialog dialog(m_db, m_clock, fiscal->issuer(), m_userId, fiscal->series, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    showStatus(tr("Factura global of %n ticket(s) queued: the PAC stamps it as soon as the line is up.", nullptr,
                   int(dialog.ticketCount())),
        false);
    if (m_stampRequest)
        m_stampRequest();
    reload();
    return {};
}

void InvoiceListDialog::showStatus(const QString &text, bool error)
{
    formstatus::show(m_status, text, error);
}

} // namespace nexus
