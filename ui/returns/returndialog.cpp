// Return dialog: lookup, line editing through ReturnLinesModel, refund options, approval and ReturnService.
#include "returns/returndialog.h"
#include "common/fieldcaption.h"

#include "auth/authservice.h"
#include "auth/permission.h"
#include "common/clock.h"
#include "customers/customerpickerdialog.h"
#include "customers/customerrepository.h"
#include "returns/returnlinedelegate.h"
#include "returns/returnlinesmodel.h"
#include "returns/returnlookup.h"
#include "returns/returnplan.h"
#include "returns/returnservice.h"
#include "returns/returnslip.h"
#include "sale/managerauthdialog.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

namespace {

// The dialog's own look, in the sale screen's palette (the table and the refund panel are specific to it).
const char *const kStyle = R"(
QDialog#returnDialog { background-color: #ffffff; }
QTableView#returnLinesView {
    background-color: #ffffff; alternate-background-color: #f8fafc; border: 1px solid #e2e8f0;
    border-radius: 10px; font-size: 15px; selection-background-color: #ffedd5; selection-color: #0f172a;
    outline: none;
}
QTableView#returnLinesView:focus { border: 2px solid #ea580c; }
QTableView#returnLinesView::item { padding: 0 8px; border: none; }
QTableView#returnLinesView::item:disabled { color: #94a3b8; }
QTableView#returnLinesView QHeaderView::section {
    background-color: #f8fafc; color: #475569; font-size: 13px; font-weight: bold; border: none;
    border-bottom: 1px solid #e2e8f0; padding: 8px 8px;
}
QTableView#returnLinesView QSpinBox, QTableView#returnLinesView QDoubleSpinBox,
QTableView#returnLinesView QComboBox { border: 2px solid #ea580c; border-radius: 4px; min-height: 0; font-size: 15px; }
#returnSummary { background-color: #f8fafc; border: 1px solid #e2e8f0; border-radius: 12px; }
#returnTotalCaption { color: #475569; font-size: 15px; font-weight: bold; }
#returnTotal { color: #c2410c; font-size: 36px; font-weight: bold; }
#returnTotalDetail, #returnCardLimit, #returnTicketInfo, #returnHints { color: #475569; font-size: 13px; }
#returnDone { background-color: #f0fdf4; border: 1px solid #bbf7d0; border-left: 5px solid #16a34a; border-radius: 8px; }
#returnDoneText { color: #14532d; font-size: 16px; font-weight: bold; }
)";

} // namespace

ReturnDialog::ReturnDialog(LocalStore &store, AuthService &auth, const QString &folio, QWidget *parent)
    : QDialog(parent), m_store(store), m_auth(auth)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return"));
    setStyleSheet(QString::fromUtf8(kStyle));
    setMinimumSize(1040, 680);
    m_model = new ReturnLinesModel(this);
    buildUi();
    Result<CounterProfile> profile = loadCounterProfile(m_store.db());
    if (profile)
        m_profile = std::move(*profile);
    else
        showError(profile.error().message(), m_folio);
    connect(m_model, &ReturnLinesModel::refundChanged, this, &ReturnDialog::refreshTotal);
    refreshTotal();
    onMethodChanged();
    if (!folio.isEmpty()) {
        m_folio->setText(folio);
        findTicket(folio);
    } else {
        m_folio->setFocus();
    }
}

ReturnDialog::~ReturnDialog() = default;

void ReturnDialog::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 22, 28, 22);
    outer->setSpacing(12);

    auto *head = new QHBoxLayout;
    head->setSpacing(10);
    auto *title = new QLabel(tr("Return"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    head->addWidget(title);
    head->addStretch(1);
    auto *folioLabel = fieldCaption(tr("Ticket &folio"), this);
    head->addWidget(folioLabel);
    m_folio = new QLineEdit(this);
    m_folio->setObjectName(QStringLiteral("returnFolioEdit"));
    m_folio->setPlaceholderText(tr("Scan or type the folio"));
    m_folio->setFixedWidth(280);
    folioLabel->setBuddy(m_folio);
    head->addWidget(m_folio);
    m_find = new QPushButton(tr("Find  (Enter)"), this);
    m_find->setObjectName(QStringLiteral("returnFindButton"));
    m_find->setAutoDefault(false);
    head->addWidget(m_find);
    outer->addLayout(head);

    m_ticketInfo = new QLabel(tr("Scan the barcode on the ticket, or type its folio and press Enter."), this);
    m_ticketInfo->setObjectName(QStringLiteral("returnTicketInfo"));
    outer->addWidget(m_ticketInfo);

    m_lines = new QTableView(this);
    m_lines->setObjectName(QStringLiteral("returnLinesView"));
    m_lines->setModel(m_model);
    m_lines->setItemDelegate(new ReturnLineDelegate(m_lines));
    m_lines->setAlternatingRowColors(true);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(40);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(ReturnLinesModel::Description, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setMinimumSectionSize(70);
    m_lines->setTabKeyNavigation(false);
    outer->addWidget(m_lines, 1);

    auto *underTable = new QHBoxLayout;
    m_all = new QPushButton(tr("Return &everything  (F5)"), this);
    m_all->setObjectName(QStringLiteral("returnAllButton"));
    m_all->setAutoDefault(false);
    underTable->addWidget(m_all);
    auto *hints
        = new QLabel(tr("Type the quantity on a line; Space switches it between back to stock and defective."), this);
    hints->setObjectName(QStringLiteral("returnHints"));
    underTable->addWidget(hints);
    underTable->addStretch(1);
    outer->addLayout(underTable);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(24);
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    auto *reasonLabel = fieldCaption(tr("&Reason"), this);
    form->addWidget(reasonLabel, 0, 0);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("returnReasonCombo"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({ tr("Wrong part"), tr("Does not fit the vehicle"), tr("Defective or damaged"),
        tr("The customer no longer needs it"), tr("Sold by mistake") });
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type why it comes back"));
    reasonLabel->setBuddy(m_reason);
    form->addWidget(m_reason, 0, 1, 1, 3);
    auto *methodLabel = fieldCaption(tr("Refund &as"), this);
    form->addWidget(methodLabel, 1, 0);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("returnMethodCombo"));
    m_method->addItem(ReturnSlip::refundMethodName(RefundMethod::Cash), refundMethodCode(RefundMethod::Cash));
    m_method->addItem(
        ReturnSlip::refundMethodName(RefundMethod::CardReversal), refundMethodCode(RefundMethod::CardReversal));
    m_method->addItem(
        ReturnSlip::refundMethodName(RefundMethod::StoreCredit), refundMethodCode(RefundMethod::StoreCredit));
    methodLabel->setBuddy(m_method);
    form->addWidget(m_method, 1, 1);
    m_cardLimit = new QLabel(this);
    m_cardLimit->setObjectName(QStringLiteral("returnCardLimit"));
    form->addWidget(m_cardLimit, 1, 2, 1, 2);
    m_referenceLabel = fieldCaption(tr("Reversal &authorisation"), this);
    form->addWidget(m_referenceLabel, 2, 0);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("returnReferenceEdit"));
    m_reference->setPlaceholderText(tr("Authorisation no."));
    m_referenceLabel->setBuddy(m_reference);
    form->addWidget(m_reference, 2, 1);
    m_customerLabel = fieldCaption(tr("C&ustomer"), this);
    form->addWidget(m_customerLabel, 2, 2);
    m_customer = new QPushButton(this);
    m_customer->setObjectName(QStringLiteral("returnCustomerButton"));
    m_customer->setProperty("kind", QStringLiteral("secondary"));
    m_customer->setAutoDefault(false);
    m_customerLabel->setBuddy(m_customer);
    form->addWidget(m_customer, 2, 3);
    bottom->addLayout(form, 3);

    auto *summary = new QFrame(this);
    summary->setObjectName(QStringLiteral("returnSummary"));
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(20, 14, 20, 14);
    summaryLayout->setSpacing(2);
    auto *totalCaption = new QLabel(tr("Refund"), summary);
    totalCaption->setObjectName(QStringLiteral("returnTotalCaption"));
    summaryLayout->addWidget(totalCaption);
    m_total = new QLabel(summary);
    m_total->setObjectName(QStringLiteral("returnTotal"));
    m_total->setAlignment(Qt::AlignRight);
    summaryLayout->addWidget(m_total);
    m_totalDetail = new QLabel(summary);
    m_totalDetail->setObjectName(QStringLiteral("returnTotalDetail"));
    m_totalDetail->setAlignment(Qt::AlignRight);
    summaryLayout->addWidget(m_totalDetail);
    bottom->addWidget(summary, 2);
    outer->addLayout(bottom);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("returnError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);

    m_done = new QFrame(this);
    m_done->setObjectName(QStringLiteral("returnDone"));
    auto *doneLayout = new QHBoxLayout(m_done);
    doneLayout->setContentsMargins(16, 10, 16, 10);
    m_doneText = new QLabel(m_done);
    m_doneText->setObjectName(QStringLiteral("returnDoneText"));
    m_doneText->setWordWrap(true);
    doneLayout->addWidget(m_doneText);
    m_done->hide();
    outer->addWidget(m_done);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    m_close = new QPushButton(tr("Cancel  (Esc)"), this);
    m_close->setObjectName(QStringLiteral("returnCloseButton"));
    m_close->setAutoDefault(false);
    m_confirm = new QPushButton(tr("Return and refund  (F12)"), this);
    m_confirm->setObjectName(QStringLiteral("returnConfirmButton"));
    m_confirm->setProperty("kind", QStringLiteral("primary"));
    m_confirm->setAutoDefault(false);
    buttons->addWidget(m_close);
    buttons->addWidget(m_confirm);
    outer->addLayout(buttons);

    connect(m_folio, &QLineEdit::returnPressed, this, &ReturnDialog::onFindPressed);
    connect(m_find, &QPushButton::clicked, this, &ReturnDialog::onFindPressed);
    connect(m_all, &QPushButton::clicked, this, [this] {
        m_model->returnEverything();
        m_reason->setFocus();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, &ReturnDialog::onMethodChanged);
    connect(m_customer, &QPushButton::clicked, this, [this] { (void)chooseCustomer(); });
    auto *customerKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(customerKey, &QShortcut::activated, this, [this] { (void)chooseCustomer(); });
    setCustomer({});
    connect(m_confirm, &QPushButton::clicked, this, [this] { (void)confirm(); });
    connect(m_close, &QPushButton::clicked, this, &ReturnDialog::reject);
    auto *confirmKey = new QShortcut(QKeySequence(Qt::Key_F12), this);
    connect(confirmKey, &QShortcut::activated, this, [this] { (void)confirm(); });
    auto *confirmCtrlEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirmCtrlEnter, &QShortcut::activated, this, [this] { (void)confirm(); });
    auto *allKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(allKey, &QShortcut::activated, m_all, &QPushButton::click);
    auto *destinationKey = new QShortcut(QKeySequence(Qt::Key_Space), m_lines, nullptr, nullptr, Qt::WidgetShortcut);
    connect(destinationKey, &QShortcut::activated, this, [this] {
        // Space on a line flips where the piece goes, without opening the combo.
        const QModelIndex current = m_lines->currentIndex();
        if (!current.isValid())
            return;
        const QModelIndex destination = m_model->index(current.row(), ReturnLinesModel::Destination);
        const int now = destination.data(ReturnLinesModel::DestinationRole).toInt();
        m_model->setData(destination,
            now == static_cast<int>(ReturnDestination::Stock) ? static_cast<int>(ReturnDestination::Defective)
                                                              : static_cast<int>(ReturnDestination::Stock),
            ReturnLinesModel::DestinationRole);
    });
}

void ReturnDialog::reject()
{
    if (m_record)
        QDialog::accept();
    else
        QDialog::reject();
}

bool ReturnDialog::findTicket(const QString &folio)
{
    if (m_record)
        return false;
    m_error->hide();
    m_folio->setText(folio.trimmed());
    Result<ReturnableSale> sale = ReturnLookup(m_store.db()).findByFolio(folio);
    if (!sale) {
        m_model->clear();
        m_ticketInfo->setText(tr("Scan the barcode on the ticket, or type its folio and press Enter."));
        showError(sale.error().message(), m_folio);
        m_folio->selectAll();
        return false;
    }
    m_model->setSale(*sale);
    m_folio->setText(sale->folio);
    const QDateTime soldAt = QDateTime::fromString(sale->soldAtUtc, Qt::ISODateWithMs).toLocalTime();
    QString info = tr("Ticket %1 · sold %2 · total %3")
                       .arg(sale->folio, QLocale().toString(soldAt, QLocale::ShortFormat), sale->totals.gross.format());
    if (!sale->refunded.isZero())
        info += tr(" · already refunded %1").arg(sale->refunded.format());
    m_ticketInfo->setText(info);
    m_ticketCustomerId = sale->customerId;
    setCustomer(sale->customerId);
    onMethodChanged();
    const int row = m_model->firstReturnableRow();
    if (row < 0) {
        showError(tr("Everything on ticket %1 was already returned.").arg(sale->folio), m_folio);
        return false;
    }
    m_lines->setFocus();
    m_lines->setCurrentIndex(m_model->index(row, ReturnLinesModel::ToReturn));
    return true;
}

bool ReturnDialog::chooseCustomer()
{
    if (m_record || !m_profile)
        return false;
    const Result<std::optional<Customer>> current = m_customerId.isEmpty()
        ? Result<std::optional<Customer>>(std::optional<Customer>())
        : CustomerRepository(m_store.db()).find(m_customerId);
    // Taking off the ticket's own customer would leave it as it was: only a changed one is offered to be taken off.
    const QString attached
        = current && *current && m_customerId != m_ticketCustomerId ? (*current)->fields.name : QString();
    CustomerPickerDialog picker(m_store, m_auth, m_profile->deviceId, m_profile->branchId, {}, attached, this);
    picker.exec();
    switch (picker.outcome()) {
    case CustomerPickerDialog::Outcome::Chosen:
        setCustomer(picker.chosen()->id);
        if (m_method->currentData().toString() != refundMethodCode(RefundMethod::StoreCredit))
            m_method->setCurrentIndex(m_method->findData(refundMethodCode(RefundMethod::StoreCredit)));
        break;
    case CustomerPickerDialog::Outcome::Removed:
        setCustomer(m_ticketCustomerId);
        break;
    case CustomerPickerDialog::Outcome::Cancelled:
        return false;
    }
    m_error->hide();
    m_customer->setFocus();
    return true;
}

void ReturnDialog::setCustomer(const QString &customerId)
{
    m_customerId = customerId;
    QString name;
    if (!customerId.isEmpty()) {
        Result<std::optional<Customer>> found = CustomerRepository(m_store.db()).find(customerId);
        name = found && *found ? (*found)->fields.name : customerId;
    }
    const QString key = QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText);
    const QString text = name.isEmpty() ? tr("No customer  (%1)").arg(key) : QStringLiteral("%1  (%2)").arg(name, key);
    m_customer->setText(m_customer->fontMetrics().elidedText(text, Qt::ElideMiddle, 320));
    m_customer->setToolTip(name.isEmpty()
            ? tr("The customer who receives the store credit (the ticket's customer when it has one)")
            : name);
}

void ReturnDialog::onFindPressed()
{
    (void)findTicket(m_folio->text());
}

void ReturnDialog::onMethodChanged()
{
    const QString method = m_method->currentData().toString();
    const bool card = method == refundMethodCode(RefundMethod::CardReversal);
    const bool credit = method == refundMethodCode(RefundMethod::StoreCredit);
    m_reference->setEnabled(card);
    m_referenceLabel->setEnabled(card);
    m_customer->setEnabled(credit);
    m_customerLabel->setEnabled(credit);
    if (card && m_model->hasSale())
        m_cardLimit->setText(
            tr("Up to %1 can go back to the card of this ticket").arg(m_model->sale().cardReversible().format()));
    else if (method == refundMethodCode(RefundMethod::Cash))
        m_cardLimit->setText(tr("Paid out of this till"));
    else
        m_cardLimit->clear();
}

void ReturnDialog::refreshTotal()
{
    const LineAmounts totals = m_model->refundTotals();
    m_total->setText(totals.gross.format());
    QString detail = tr("Subtotal %1 · VAT %2").arg(totals.base.format(), totals.tax.format());
    if (m_model->hasSale())
        if (const RefundPoints points = refundPoints(m_model->sale(), totals.gross); points.points > 0)
            detail += QLatin1Char('\n')
                + tr("%n point(s) back to the customer · %1 by the refund method", nullptr, int(points.points))
                      .arg((totals.gross - points.value).format());
    m_totalDetail->setText(detail);
    m_confirm->setEnabled(m_model->hasSale() && !m_record);
}

void ReturnDialog::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (focus != nullptr && focus->isEnabled())
        focus->setFocus();
}

QWidget *ReturnDialog::widgetFor(const QString &field) const
{
    if (field == QLatin1String("reason"))
        return m_reason;
    if (field == QLatin1String("refund_reference"))
        return m_reference;
    if (field == QLatin1String("customer_id"))
        return m_customer;
    if (field == QLatin1String("refund_method"))
        return m_method;
    if (field.startsWith(QLatin1String("lines")))
        return m_lines;
    if (field == QLatin1String("folio") || field == QLatin1String("sale_id"))
        return m_folio;
    return nullptr;
}

std::optional<QString> ReturnDialog::approve(const QString &subject)
{
    const std::optional<User> &user = m_auth.currentUser();
    if (!user)
        return std::nullopt;
    if (roleHas(user->role, Permission::ProcessReturn))
        return user->id;
    ManagerAuthDialog dialog(m_auth, Permission::ProcessReturn, subject,
        tr("A manager must authorise this return of %1 on ticket %2.")
            .arg(m_model->refundTotals().gross.format(), m_model->sale().folio),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Result<std::optional<UserRecord>> manager = m_auth.users().findByUsername(dialog.managerUsername());
    if (!manager || !manager->has_value()) {
        showError(manager ? tr("The manager's user was not found") : manager.error().message());
        return std::nullopt;
    }
    return (*manager)->user.id;
}

bool ReturnDialog::confirm()
{
    if (m_record) {
        accept();
        return true;
    }
    if (!m_model->hasSale()) {
        showError(tr("Find the ticket first: scan or type its folio."), m_folio);
        return false;
    }
    const std::optional<User> &user = m_auth.currentUser();
    if (!user || !m_profile) {
        showError(!user ? tr("Log in first") : tr("This counter is not ready to take returns"));
        return false;
    }
    // F12 while a quantity is still being typed: commit it first, as Enter would have.
    if (QWidget *editor = m_lines->indexWidget(m_lines->currentIndex())) {
        Q_EMIT m_lines->itemDelegate()->commitData(editor);
        Q_EMIT m_lines->itemDelegate()->closeEditor(editor);
    }
    ReturnRequest request { m_model->sale().id, m_model->requestLines(), m_reason->currentText(),
        refundMethodFromCode(m_method->currentData().toString()).value_or(RefundMethod::Cash), m_reference->text(),
        m_customerId };
    // Everything the cashier can fix is checked before a manager is called over.
    if (request.lines.empty()) {
        showError(tr("Type how many pieces of a line come back."), m_lines);
        return false;
    }
    if (request.reason.trimmed().isEmpty()) {
        showError(tr("Say why the customer returns it."), m_reason);
        return false;
    }
    if (request.refundMethod == RefundMethod::StoreCredit && m_customerId.isEmpty()) {
        showError(tr("Store credit needs a customer: choose who receives it in Customer (Ctrl+K)."), m_customer);
        return false;
    }
    const std::optional<QString> approvedBy = approve(m_model->sale().folio);
    if (!approvedBy)
        return false;
    const ReturnContext context { m_profile->deviceId, m_profile->branchId, m_profile->folioSeries, user->id,
        user->role, *approvedBy };
    Result<ReturnRecord> record = ReturnService(m_store.db(), Clock::system()).processReturn(request, context);
    if (!record) {
        showError(record.error().message(), widgetFor(record.error().field()));
        return false;
    }
    m_record = std::move(*record);
    Result<ReturnSlipHeader> header = ReturnSlip::header(m_store.db(), *m_record);
    m_slip = ReturnSlip::build(*m_record, header ? *header : ReturnSlipHeader {});
    m_error->hide();
    m_doneText->setText(m_record->pointsBack > 0
            ? tr("Return %1 recorded: %n point(s) back to the customer, %2 as %3.", nullptr,
                  int(m_record->pointsBack))
                  .arg(m_record->folio, m_record->moneyRefund().format(),
                      ReturnSlip::refundMethodName(m_record->refundMethod).toLower())
            : tr("Return %1 recorded: refund %2 as %3.")
                  .arg(m_record->folio, m_record->totals.gross.format(),
                      ReturnSlip::refundMethodName(m_record->refundMethod).toLower()));
    m_done->show();
    for (QWidget *input : std::initializer_list<QWidget *> {
             m_folio, m_find, m_lines, m_all, m_reason, m_method, m_reference, m_customer })
        input->setEnabled(false);
    m_confirm->hide();
    m_close->setText(tr("Close  (Enter)"));
    m_close->setProperty("kind", QStringLiteral("primary"));
    m_close->style()->unpolish(m_close);
    m_close->style()->polish(m_close);
    m_close->setDefault(true);
    m_close->setFocus();
    Q_EMIT returnCompleted(m_record->folio);
    return true;
}

} // namespace nexus
