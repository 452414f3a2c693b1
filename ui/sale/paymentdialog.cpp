// Payment dialog: rows of tenders, live received/change/owed from previewPayment, checkout on Enter.
#include "sale/paymentdialog.h"

#include "customers/loyalty.h"
#include "sales/exchangerate.h"
#include "sales/paymentpreview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace nexus {

PaymentDialog::PaymentDialog(Money total, qint64 usdRatePpm, Checkout checkout, QWidget *parent,
    std::optional<StoreCreditOffer> storeCredit, std::optional<PointsOffer> points)
    : QDialog(parent), m_total(total), m_ratePpm(usdRatePpm), m_checkout(std::move(checkout)),
      m_storeCredit(std::move(storeCredit)), m_points(points)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Charge sale"));
    setMinimumWidth(860);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 22, 28, 22);
    outer->setSpacing(14);

    auto *head = new QHBoxLayout;
    auto *title = new QLabel(tr("Charge sale"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    head->addWidget(title);
    head->addStretch(1);
    auto *totalCaption = new QLabel(tr("Total"), this);
    totalCaption->setObjectName(QStringLiteral("payTotalCaption"));
    head->addWidget(totalCaption, 0, Qt::AlignBottom);
    auto *totalValue = new QLabel(total.format(), this);
    totalValue->setObjectName(QStringLiteral("payTotalValue"));
    head->addWidget(totalValue);
    outer->addLayout(head);

    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(2, 1);
    auto *amountHeader = new QLabel(tr("Amount"), this);
    amountHeader->setObjectName(QStringLiteral("gridHeader"));
    grid->addWidget(amountHeader, 0, 1);
    auto *referenceHeader = new QLabel(tr("Reference / rate"), this);
    referenceHeader->setObjectName(QStringLiteral("gridHeader"));
    grid->addWidget(referenceHeader, 0, 2);
    addRow(grid, 1, TenderMethod::Cash, tr("&Cash (pesos)"), "cash", false);
    addRow(grid, 3, TenderMethod::CashUsd, tr("&Dollars (cash)"), "usd", false);
    addRow(grid, 5, TenderMethod::CardCredit, tr("C&redit card"), "credit", true);
    addRow(grid, 7, TenderMethod::CardDebit, tr("De&bit card"), "debit", true);
    addRow(grid, 9, TenderMethod::Transfer, tr("&Transfer"), "transfer", true);
    if (m_storeCredit) {
        addRow(grid, 11, TenderMethod::StoreCredit, tr("Customer's cr&edit"), "storeCredit", false);
        auto *available = new QLabel(
            tr("%1 · available %2").arg(m_storeCredit->customerName, m_storeCredit->available.format()), this);
        available->setObjectName(QStringLiteral("storeCreditAvailable"));
        available->setWordWrap(true);
        grid->addWidget(available, 11, 2);
    }
    if (m_points && m_points->points > 0) {
        addRow(grid, 13, TenderMethod::LoyaltyPoints, tr("Loyalty &points"), "points", false);
        auto *balance = new QLabel(tr("%n point(s) · worth %1", nullptr, int(m_points->points))
                                       .arg(loyaltyPointsWorth(m_points->points).format()),
            this);
        balance->setObjectName(QStringLiteral("pointsAvailable"));
        balance->setWordWrap(true);
        grid->addWidget(balance, 13, 2);
    }

    // The USD row's third column is the day's rate, set on this till until the server sends the official one.
    auto *rateBox = new QHBoxLayout;
    rateBox->setSpacing(8);
    m_rate = new QLineEdit(this);
    m_rate->setObjectName(QStringLiteral("usdRateEdit"));
    m_rate->setAlignment(Qt::AlignRight);
    m_rate->setFixedWidth(120);
    m_rate->setPlaceholderText(QStringLiteral("0.0000"));
    m_rate->setToolTip(tr("Exchange rate of the day: pesos per dollar. Set on this till until the official rate "
                          "arrives from head office."));
    if (m_ratePpm > 0)
        m_rate->setText(formatExchangeRate(m_ratePpm));
    auto *rateCaption = new QLabel(tr("Rate (MXN per USD)"), this);
    rateCaption->setObjectName(QStringLiteral("rateCaption"));
    rateBox->addWidget(rateCaption);
    rateBox->addWidget(m_rate, 1);
    grid->addLayout(rateBox, 3, 2);
    m_usdInPesos = new QLabel(this);
    m_usdInPesos->setObjectName(QStringLiteral("usdInPesos"));
    m_usdInPesos->setWordWrap(true);
    m_rateError = new QLabel(this);
    m_rateError->setObjectName(QStringLiteral("usdRateError"));
    m_rateError->setProperty("role", QStringLiteral("fieldError"));
    m_rateError->hide();
    auto *usdNotes = new QVBoxLayout;
    usdNotes->setSpacing(0);
    usdNotes->addWidget(m_usdInPesos);
    usdNotes->addWidget(m_rateError);
    usdNotes->addWidget(m_rows[1].error);
    grid->addLayout(usdNotes, 4, 1, 1, 2);
    body->addLayout(grid, 3);

    auto *summary = new QFrame(this);
    summary->setObjectName(QStringLiteral("paySummary"));
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(20, 18, 20, 18);
    summaryLayout->setSpacing(4);
    auto *paidCaption = new QLabel(tr("Received"), summary);
    paidCaption->setObjectName(QStringLiteral("totalsCaption"));
    summaryLayout->addWidget(paidCaption);
    m_paid = new QLabel(summary);
    m_paid->setObjectName(QStringLiteral("payReceived"));
    m_paid->setAlignment(Qt::AlignRight);
    summaryLayout->addWidget(m_paid);
    summaryLayout->addSpacing(10);
    m_balanceCaption = new QLabel(summary);
    m_balanceCaption->setObjectName(QStringLiteral("totalsCaption"));
    summaryLayout->addWidget(m_balanceCaption);
    m_balance = new QLabel(summary);
    m_balance->setObjectName(QStringLiteral("payBalance"));
    m_balance->setAlignment(Qt::AlignRight);
    summaryLayout->addWidget(m_balance);
    summaryLayout->addStretch(1);
    body->addWidget(summary, 2);
    outer->addLayout(body, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    m_confirm = new QPushButton(tr("Charge  (Enter)"), this);
    m_confirm->setObjectName(QStringLiteral("confirmPaymentButton"));
    m_confirm->setProperty("kind", QStringLiteral("primary"));
    m_confirm->setDefault(true);
    auto *cancel = new QPushButton(tr("Back to the sale  (Esc)"), this);
    cancel->setObjectName(QStringLiteral("cancelPaymentButton"));
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    buttons->addWidget(m_confirm);
    outer->addLayout(buttons);
    connect(m_confirm, &QPushButton::clicked, this, &PaymentDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_rate, &QLineEdit::textEdited, this, &PaymentDialog::refresh);

    // Exact cash is the common case: the total is there, selected, and Enter charges it.
    QLineEdit *cash = m_rows.front().amount;
    cash->setText(m_total.toPlainString());
    cash->setFocus();
    cash->selectAll();
    refresh();
}

void PaymentDialog::addRow(
    QGridLayout *grid, int gridRow, TenderMethod method, const QString &caption, const char *name, bool withReference)
{
    Row row { method };
    row.caption = new QLabel(caption, this);
    row.caption->setObjectName(QStringLiteral("tenderCaption"));
    grid->addWidget(row.caption, gridRow, 0);
    row.amount = new QLineEdit(this);
    row.amount->setObjectName(QString::fromLatin1(name) + QStringLiteral("AmountEdit"));
    row.amount->setAlignment(Qt::AlignRight);
    row.amount->setFixedWidth(170);
    row.amount->setPlaceholderText(QStringLiteral("0.00"));
    row.caption->setBuddy(row.amount);
    grid->addWidget(row.amount, gridRow, 1);
    if (withReference) {
        row.reference = new QLineEdit(this);
        row.reference->setObjectName(QString::fromLatin1(name) + QStringLiteral("ReferenceEdit"));
        row.reference->setPlaceholderText(
            method == TenderMethod::Transfer ? tr("Tracking number") : tr("Authorisation no."));
        grid->addWidget(row.reference, gridRow, 2);
        connect(row.reference, &QLineEdit::textEdited, this, &PaymentDialog::refresh);
    }
    row.error = new QLabel(this);
    row.error->setObjectName(QString::fromLatin1(name) + QStringLiteral("Error"));
    row.error->setProperty("role", QStringLiteral("fieldError"));
    row.error->setWordWrap(true);
    row.error->hide();
    if (method != TenderMethod::CashUsd)
        grid->addWidget(row.error, gridRow + 1, 1, 1, 2);
    const bool isCash = method == TenderMethod::Cash;
    connect(row.amount, &QLineEdit::textEdited, this, [this, isCash] {
        if (isCash)
            m_cashTouched = true;
        refresh();
    });
    m_rows.push_back(row); // the USD row's error goes under its rate, in the notes the constructor builds
}

std::vector<Tender> PaymentDialog::tenders(std::vector<int> *rows, bool *parsed)
{
    *parsed = true;
    std::vector<Tender> result;
    const QString rateText = m_rate->text().trimmed();
    Result<qint64> rate = rateText.isEmpty() ? Result<qint64>(qint64(0)) : parseExchangeRate(rateText);
    m_ratePpm = rate ? *rate : 0;
    if (!rate) {
        m_rateError->setText(rate.error().message());
        m_rateError->show();
        *parsed = false;
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const QString text = row.amount->text().trimmed();
        if (text.isEmpty())
            continue;
        Result<Money> amount = Money::parse(text, row.method == TenderMethod::CashUsd ? Currency::USD : Currency::MXN);
        if (!amount) {
            row.error->setText(amount.error().message());
            row.error->show();
            *parsed = false;
            continue;
        }
        if (amount->isZero())
            continue;
        Tender tender { row.method, *amount, row.method == TenderMethod::CashUsd ? m_ratePpm : 0,
            row.reference ? row.reference->text().trimmed() : QString() };
        result.push_back(tender);
        rows->push_back(static_cast<int>(i));
    }
    return result;
}

void PaymentDialog::clearErrors()
{
    for (const Row &row : m_rows)
        row.error->hide();
    m_rateError->hide();
    m_error->hide();
}

void PaymentDialog::refresh()
{
    clearErrors();
    if (!m_cashTouched && !m_updatingCash) {
        // Until the cashier types cash, it covers whatever the other tenders leave.
        std::vector<Tender> others;
        bool ok = true;
        std::vector<int> rows;
        for (const Tender &tender : tenders(&rows, &ok))
            if (tender.method != TenderMethod::Cash)
                others.push_back(tender);
        const PaymentPreview rest = previewPayment(m_total, others, m_storeCredit.has_value());
        m_updatingCash = true;
        m_rows.front().amount->setText(rest.remaining.isZero() ? QString() : rest.remaining.toPlainString());
        m_updatingCash = false;
        clearErrors();
    }
    std::vector<int> rows;
    bool parsed = true;
    const std::vector<Tender> typed = tenders(&rows, &parsed);
    for (const Tender &tender : typed)
        if (tender.method == TenderMethod::CashUsd && tender.exchangeRatePpm > 0)
            m_usdInPesos->setText(tr("= %1 at %2")
                                      .arg(usdToMxn(tender.tendered, tender.exchangeRatePpm).format(),
                                          formatExchangeRate(tender.exchangeRatePpm)));
    if (std::none_of(typed.begin(), typed.end(), [](const Tender &t) { return t.method == TenderMethod::CashUsd; }))
        m_usdInPesos->setText(tr("Rate set on this till until the official one arrives."));

    const PaymentPreview preview = previewPayment(m_total, typed, m_storeCredit.has_value());
    m_paid->setText(preview.tenderedMxn.format());
    for (std::size_t i = 0; i < typed.size(); ++i)
        if (m_storeCredit && typed[i].method == TenderMethod::StoreCredit
            && typed[i].tendered > m_storeCredit->available) {
            const Row &row = m_rows[static_cast<std::size_t>(rows[i])];
            row.error->setText(tr("Above the %1 available: a manager will be asked to authorise it.")
                                   .arg(m_storeCredit->available.format()));
            row.error->show();
        }
    for (std::size_t i = 0; i < typed.size(); ++i)
        if (m_points && typed[i].method == TenderMethod::LoyaltyPoints
            && typed[i].tendered > loyaltyPointsWorth(m_points->points)) {
            const Row &row = m_rows[static_cast<std::size_t>(rows[i])];
            row.error->setText(tr("The customer has %n point(s): at most %1.", nullptr, int(m_points->points))
                                   .arg(loyaltyPointsWorth(m_points->points).format()));
            row.error->show();
        }
    if (preview.plan) {
        m_balanceCaption->setText(tr("Change"));
        m_balance->setText(preview.change.format());
        m_balance->setProperty("tone", QStringLiteral("good"));
    } else {
        m_balanceCaption->setText(tr("Still owed"));
        m_balance->setText(preview.remaining.format());
        m_balance->setProperty("tone", preview.remaining.isZero() ? QStringLiteral("neutral") : QStringLiteral("due"));
    }
    m_balance->style()->unpolish(m_balance);
    m_balance->style()->polish(m_balance);
}

void PaymentDialog::showError(const Error &error, const std::vector<Tender> &typed, const std::vector<int> &rows)
{
    int which = tenderOfError(error, typed);
    if (error.field() == QLatin1String("exchange_rate")) {
        m_rateError->setText(error.message());
        m_rateError->show();
        m_rate->setFocus();
        return;
    }
    if (error.field() == QLatin1String("loyalty_points"))
        for (std::size_t i = 0; i < typed.size(); ++i)
            if (typed[i].method == TenderMethod::LoyaltyPoints)
                which = static_cast<int>(i);
    if (which >= 0) {
        const Row &row = m_rows[static_cast<std::size_t>(rows[static_cast<std::size_t>(which)])];
        row.error->setText(error.message());
        row.error->show();
        QLineEdit *field = error.field() == QLatin1String("reference") && row.reference ? row.reference : row.amount;
        field->setFocus();
        field->selectAll();
        return;
    }
    m_error->setText(error.message());
    m_error->show();
}

void PaymentDialog::submit()
{
    clearErrors();
    std::vector<int> rows;
    bool parsed = true;
    const std::vector<Tender> typed = tenders(&rows, &parsed);
    if (!parsed)
        return;
    const PaymentPreview preview = previewPayment(m_total, typed, m_storeCredit.has_value());
    if (preview.error) {
        showError(*preview.error, typed, rows);
        return;
    }
    m_confirm->setEnabled(false); // one sale per press, however fast Enter repeats
    Result<SaleReceipt> receipt = m_checkout(typed);
    m_confirm->setEnabled(true);
    if (!receipt) {
        showError(receipt.error(), typed, rows);
        return;
    }
    m_receipt = *receipt;
    accept();
}

} // namespace nexus
