// Totals panel layout and text.
#include "sale/totalspanel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

TotalsPanel::TotalsPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("totalsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(6);

    m_subtotal = addRow("subtotalValue", &m_subtotalCaption);
    m_discount = addRow("discountValue", &m_discountCaption);
    m_tax = addRow("taxValue", &m_taxCaption);
    m_savings = addRow("savingsValue", &m_savingsCaption);
    m_savings->setProperty("tone", QStringLiteral("good"));
    m_savingsCaption->setProperty("tone", QStringLiteral("good"));

    auto *rule = new QFrame(this);
    rule->setObjectName(QStringLiteral("dividerLine"));
    rule->setFixedHeight(1);
    layout->addSpacing(4);
    layout->addWidget(rule);
    layout->addSpacing(2);

    m_totalCaption = new QLabel(this);
    m_totalCaption->setObjectName(QStringLiteral("totalCaption"));
    layout->addWidget(m_totalCaption);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalValue"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_total);
    m_items = new QLabel(this);
    m_items->setObjectName(QStringLiteral("itemsLabel"));
    m_items->setAlignment(Qt::AlignRight);
    layout->addWidget(m_items);
    layout->addStretch(1);

    m_pay = new QPushButton(this);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setProperty("kind", QStringLiteral("primary"));
    m_pay->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_pay);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelSaleButton"));
    m_cancel->setProperty("kind", QStringLiteral("secondary"));
    m_cancel->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_cancel);

    connect(m_pay, &QPushButton::clicked, this, &TotalsPanel::payRequested);
    connect(m_cancel, &QPushButton::clicked, this, &TotalsPanel::cancelRequested);
    retranslate();
}

QLabel *TotalsPanel::addRow(const char *objectName, QLabel **caption)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    *caption = new QLabel(this);
    (*caption)->setObjectName(QStringLiteral("totalsCaption"));
    auto *value = new QLabel(this);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setProperty("totals", QStringLiteral("value"));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(*caption);
    row->addStretch(1);
    row->addWidget(value);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    return value;
}

void TotalsPanel::setSummary(const CartSummary &summary, const QString &taxLabel)
{
    m_summary = summary;
    m_taxLabel = taxLabel;
    retranslate();
}

void TotalsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void TotalsPanel::retranslate()
{
    m_subtotalCaption->setText(tr("Subtotal"));
    m_subtotal->setText(m_summary.totals.base.format());
    m_taxCaption->setText(m_taxLabel.isEmpty() ? tr("IVA") : m_taxLabel);
    m_tax->setText(m_summary.totals.tax.format());
    m_discountCaption->setText(tr("Discounts"));
    m_discount->setText(m_summary.discount.isZero() ? QStringLiteral("—") : (-m_summary.discount).format());
    m_savingsCaption->setText(tr("Customer saves"));
    m_savings->setText(m_summary.savings.format());
    m_savingsCaption->setVisible(!m_summary.savings.isZero());
    m_savings->setVisible(!m_summary.savings.isZero());
    m_totalCaption->setText(tr("Total to pay"));
    m_total->setText(m_summary.totals.gross.format());
    m_items->setText(m_summary.lines == 0
            ? tr("No items yet")
            : tr("%n line(s) · %1 piece(s)", nullptr, m_summary.lines).arg(m_summary.pieces.toString()));
    m_pay->setText(tr("Charge  (F12)"));
    m_pay->setEnabled(m_summary.lines > 0);
    m_cancel->setText(tr("Cancel sale  (F9)"));
    m_cancel->setEnabled(m_summary.lines > 0);
}

} // namespace nexus
