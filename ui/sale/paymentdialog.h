// Cobrar: the customer pays the total with one or more tenders (cash MXN with live change, USD cash at the day's
// rate, credit/debit card and transfer with their reference, and — when the sale has a customer — their store
// credit, with what they have available, and their loyalty points, with the balance and what it is worth). Enter
// confirms; core's planPayment decides, its errors
// appear next to the field they name, and checkout runs through the caller's function so its refusals show here too.
#pragma once

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

#include "common/money.h"
#include "sales/checkoutservice.h"
#include "sales/tender.h"

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nexus {

class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    using Checkout = std::function<Result<SaleReceipt>(const std::vector<Tender> &tenders)>;

    // The sale's customer may pay with their credit account (core/customers/creditaccount.h).
    struct StoreCreditOffer
    {
        QString customerName;
        Money available; // limit − owed + saldo a favor; above it a manager authorises the charge
    };

    // The sale's customer may pay with their loyalty points (core/customers/loyaltyledger.h), typed in pesos.
    struct PointsOffer
    {
        qint64 points = 0; // the balance
    };

    // `usdRatePpm`: the device's rate (0: none set yet).
    PaymentDialog(Money total, qint64 usdRatePpm, Checkout checkout, QWidget *parent = nullptr,
        std::optional<StoreCreditOffer> storeCredit = std::nullopt, std::optional<PointsOffer> points = std::nullopt);

    [[nodiscard]] const SaleReceipt &receipt() const { return m_receipt; }
    // The rate the cashier used or typed (0 when the field is empty or wrong).
    [[nodiscard]] qint64 usdRatePpm() const { return m_ratePpm; }

private:
    struct Row
    {
        TenderMethod method;
        QLabel *caption = nullptr;
        QLineEdit *amount = nullptr;
        QLineEdit *reference = nullptr; // card and transfer
        QLabel *error = nullptr;
    };

    void addRow(QGridLayout *grid, int gridRow, TenderMethod method, const QString &caption, const char *name,
        bool withReference);
    // The tenders as typed; amounts that do not parse are reported in `errors` by row.
    [[nodiscard]] std::vector<Tender> tenders(std::vector<int> *rows, bool *parsed);
    void refresh();
    void submit();
    void showError(const Error &error, const std::vector<Tender> &tenders, const std::vector<int> &rows);
    void clearErrors();

    Money m_total;
    qint64 m_ratePpm = 0;
    Checkout m_checkout;
    SaleReceipt m_receipt;
    bool m_cashTouched = false;
    bool m_updatingCash = false;
    std::vector<Row> m_rows;
    QLineEdit *m_rate = nullptr;
    QLabel *m_rateError = nullptr;
    QLabel *m_usdInPesos = nullptr;
    QLabel *m_paid = nullptr;
    QLabel *m_balanceCaption = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
    std::optional<StoreCreditOffer> m_storeCredit;
    std::optional<PointsOffer> m_points;
};

} // namespace nexus
