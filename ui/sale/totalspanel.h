// The sale's totals at the right of the cart: subtotal, IVA, discounts, savings against retail and the total in
// large type, with the pay button; every figure comes from core's CartSummary.
#pragma once

#include <QFrame>

#include "sales/cartsummary.h"

class QLabel;
class QPushButton;

namespace nexus {

class TotalsPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TotalsPanel)

public:
    explicit TotalsPanel(QWidget *parent = nullptr);

    void setSummary(const CartSummary &summary, const QString &taxLabel);
    [[nodiscard]] QPushButton *payButton() const { return m_pay; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void payRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *addRow(const char *objectName, QLabel **caption);

    CartSummary m_summary;
    QString m_taxLabel;
    QLabel *m_subtotalCaption = nullptr;
    QLabel *m_subtotal = nullptr;
    QLabel *m_taxCaption = nullptr;
    QLabel *m_tax = nullptr;
    QLabel *m_discountCaption = nullptr;
    QLabel *m_discount = nullptr;
    QLabel *m_savingsCaption = nullptr;
    QLabel *m_savings = nullptr;
    QLabel *m_totalCaption = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_items = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace nexus
