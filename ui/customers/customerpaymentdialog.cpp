// Abono dialog: the account's figures and unpaid tickets read once, the amount checked by the service.
#include "customers/customerpaymentdialog.h"

#include "common/clock.h"
#include "customers/customerrepository.h"
#include "till/closetilldialog.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nexus {

CustomerPaymentDialog::CustomerPaymentDialog(
    LocalStore &store, Customer customer, CustomerPaymentContext context, QWidget *parent)
    : QDialog(parent), m_store(store), m_customer(std::move(customer)), m_context(std::move(context))
{
    setObjectName(QStringLiteral("customerPaymentDialog"));
    setWindowTitle(tr("Payment on account"));
    setMinimumWidth(760);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 22, 28, 22);
    outer->setSpacing(12);
    auto *title = new QLabel(tr("Payment on account"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);
    auto *who = new QLabel(m_customer.fields.name, this);
    who->setObjectName(QStringLiteral("dialogText"));
    outer->addWidget(who);

    CustomerRepository customers(m_store.db());
    Result<CreditPosition> position = customers.creditPosition(m_customer.id);
    Result<std::vector<OpenDocument>> documents = customers.openDocuments(m_customer.id);
    const Money owed = position && !position->owed.isNegative() ? position->owed : Money();
    auto *figures = new QLabel(position
            ? tr("Owes %1 · credit limit %2 · available %3")
                  .arg(owed.format(), position->limit.format(),
                      (position->available().isNegative() ? Money() : position->available()).format())
            : position.error().message(),
        this);
    figures->setObjectName(QStringLiteral("customerPaymentFigures"));
    outer->addWidget(figures);

    m_documents = new QTableWidget(this);
    m_documents->setObjectName(QStringLiteral("customerOpenDocuments"));
    m_documents->setColumnCount(4);
    m_documents->setHorizontalHeaderLabels({ tr("Ticket"), tr("Date"), tr("Due"), tr("Owed") });
    m_documents->verticalHeader()->hide();
    m_documents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documents->setSelectionMode(QAbstractItemView::NoSelection);
    m_documents->setFocusPolicy(Qt::NoFocus);
    m_documents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QDate today = QDate::currentDate();
    if (documents) {
        m_documents->setRowCount(static_cast<int>(documents->size()));
        int row = 0;
        for (const OpenDocument &document : *documents) {
            const QDate due = QDate::fromString(document.dueOn, Qt::ISODate);
            const QDateTime at = QDateTime::fromString(document.atUtc, Qt::ISODateWithMs).toLocalTime();
            const QString dueText = !due.isValid() ? QString()
                : due < today ? tr("%1 (%n day(s) late)", nullptr, int(due.daysTo(today)))
                                    .arg(QLocale().toString(due, QLocale::ShortFormat))
                              : QLocale().toString(due, QLocale::ShortFormat);
            const QStringList cells { document.folio, QLocale().toString(at.date(), QLocale::ShortFormat), dueText,
                document.remaining.format() };
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                if (column == 3)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_documents->setItem(row, column, item);
            }
            ++row;
        }
    }
    outer->addWidget(m_documents, 1);

    auto *amountRow = new QHBoxLayout;
    auto *amountLabel = new QLabel(tr("&Amount paid"), this);
    amountLabel->setObjectName(QStringLiteral("fieldLabel"));
    amountRow->addWidget(amountLabel);
    m_amount = new QLineEdit(owed.isZero() ? QString() : owed.toPlainString(), this);
    m_amount->setObjectName(QStringLiteral("customerPaymentAmountEdit"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setFixedWidth(180);
    amountLabel->setBuddy(m_amount);
    amountRow->addWidget(m_amount);
    amountRow->addSpacing(16);
    // How it is paid: the tender decides the till's expected amount and the recibo de pago's c_FormaPago.
    auto *methodLabel = new QLabel(tr("Paid &with"), this);
    methodLabel->setObjectName(QStringLiteral("fieldLabel"));
    amountRow->addWidget(methodLabel);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("customerPaymentMethodCombo"));
    for (TenderMethod method :
        { TenderMethod::Cash, TenderMethod::CardCredit, TenderMethod::CardDebit, TenderMethod::Transfer })
        m_method->addItem(CloseTillDialog::tenderName(tenderCode(method)), int(method));
    methodLabel->setBuddy(m_method);
    amountRow->addWidget(m_method);
    amountRow->addSpacing(16);
    auto *referenceLabel = new QLabel(tr("&Reference"), this);
    referenceLabel->setObjectName(QStringLiteral("fieldLabel"));
    amountRow->addWidget(referenceLabel);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("customerPaymentReferenceEdit"));
    m_reference->setMaxLength(40);
    referenceLabel->setBuddy(m_reference);
    amountRow->addWidget(m_reference, 1);
    outer->addLayout(amountRow);
    const auto methodChanged = [this] {
        const bool cash = TenderMethod(m_method->currentData().toInt()) == TenderMethod::Cash;
        m_reference->setEnabled(!cash);
        m_reference->setPlaceholderText(cash ? QString()
                : TenderMethod(m_method->currentData().toInt()) == TenderMethod::Transfer
                ? tr("tracking number")
                : tr("authorisation"));
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, methodChanged);
    methodChanged();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("customerPaymentError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel  (Esc)"), this);
    cancel->setObjectName(QStringLiteral("customerPaymentCancel"));
    cancel->setAutoDefault(false);
    m_confirm = new QPushButton(tr("Record payment  (Enter)"), this);
    m_confirm->setObjectName(QStringLiteral("customerPaymentConfirm"));
    m_confirm->setProperty("kind", QStringLiteral("primary"));
    m_confirm->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(m_confirm);
    outer->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &CustomerPaymentDialog::submit);
    m_amount->setFocus();
    m_amount->selectAll();
}

void CustomerPaymentDialog::submit()
{
    m_error->hide();
    Result<Money> amount = Money::parse(m_amount->text().trimmed());
    const Tender tender { TenderMethod(m_method->currentData().toInt()), amount ? *amount : Money(), 0,
        m_reference->text() };
    Result<CustomerPaymentReceipt> recorded = amount
        ? CustomerPaymentService(m_store.db(), Clock::system()).record(m_customer.id, tender, m_context)
        : Result<CustomerPaymentReceipt>(std::unexpected(amount.error()));
    if (!recorded) {
        m_error->setText(recorded.error().message());
        m_error->show();
        QLineEdit *field = recorded.error().field() == QLatin1String("reference") ? m_reference : m_amount;
        field->setFocus();
        field->selectAll();
        return;
    }
    m_receipt = *recorded;
    accept();
}

} // namespace nexus
