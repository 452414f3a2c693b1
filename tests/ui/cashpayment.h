// Paying the sale screen's ticket in cash by keyboard, as the cashier does: in the payment dialog F12 opens, the
// amount in the cash field, then Enter.
#pragma once

#include "whenmodal.h"

#include <QLabel>
#include <QLineEdit>

#include <functional>

namespace nexus::test {

// Answers the next modal dialog, which must be the payment dialog: types `amount` into its cash field (empty: keeps
// the amount the dialog proposes, the ticket's total), runs `beforeEnter` on it (a screenshot) and presses Enter;
// `refused`, when given, receives the dialog's error if Enter left it open. The test then presses F12 (or calls
// SaleScreen::pay) to open it. A failed check closes the dialog, so the test fails instead of hanging in exec().
inline void whenPaidInCash(const QString &amount = {}, const std::function<void(QWidget *)> &beforeEnter = {},
    QString *refused = nullptr)
{
    whenModal([amount, beforeEnter, refused](QWidget *dialog) {
        const auto guard = closeIfLeftOpen(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("paymentDialog"));
        auto *cash = dialog->findChild<QLineEdit *>(QStringLiteral("cashAmountEdit"));
        QVERIFY(cash);
        if (!amount.isEmpty()) {
            cash->setFocus();
            QTest::keyClicks(cash, amount);
        }
        if (beforeEnter)
            beforeEnter(dialog);
        QTest::keyClick(cash, Qt::Key_Return);
        if (refused && dialog->isVisible())
            *refused = dialog->findChild<QLabel *>(QStringLiteral("paymentError"))->text();
    });
}

} // namespace nexus::test
