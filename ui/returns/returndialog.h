// Devolución: the cashier scans or types the ticket's folio, picks how much of each line comes back and where it
// goes (shelf or defective), the reason and the refund method; the refund total follows live; a cashier whose role
// may not process returns gets a manager's PIN; confirm runs ReturnService and shows the return's folio. After a
// return, slip() is the return slip to print. Keyboard first: Enter finds the ticket, F5 returns everything,
// Ctrl+K chooses the customer who receives a store-credit refund (the ticket's customer by default, the counter's
// customer picker to choose or change them), F12 (or Ctrl+Enter) confirms, Esc closes.
#pragma once

#include <QDialog>

#include <optional>

#include "printing/receiptdocument.h"
#include "returns/returnrecord.h"
#include "sales/counterprofile.h"

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nexus {

class AuthService;
class LocalStore;
class ReturnLinesModel;

class ReturnDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnDialog)

public:
    // The counter profile (device, branch, folio series) is read from the store; the current user of `auth` is the
    // cashier. `folio` (optional) is looked up at once, e.g. when the sale screen opens it from a reprinted ticket.
    ReturnDialog(LocalStore &store, AuthService &auth, const QString &folio = {}, QWidget *parent = nullptr);
    ~ReturnDialog() override;

    // Looks the ticket up as if typed and Enter pressed; false when it was not found or cannot be returned.
    bool findTicket(const QString &folio);
    // Runs the return with what is on screen (the F12 action); false when refused or cancelled.
    bool confirm();
    // Ctrl+K: the counter's customer picker; the one chosen receives the store credit (taking them off goes back to
    // the ticket's customer). False when cancelled.
    bool chooseCustomer();
    // The customer who receives a store-credit refund ('' when none).
    [[nodiscard]] const QString &customerId() const { return m_customerId; }

    [[nodiscard]] ReturnLinesModel *linesModel() const { return m_model; }
    // Set once a return was recorded.
    [[nodiscard]] const std::optional<ReturnRecord> &record() const { return m_record; }
    // The return slip to print (empty document until a return was recorded).
    [[nodiscard]] const ReceiptDocument &slip() const { return m_slip; }

    // Esc after a return closes as accepted: exec() == Accepted exactly when a return was recorded.
    void reject() override;

Q_SIGNALS:
    void returnCompleted(const QString &returnFolio);

private:
    void buildUi();
    void onFindPressed();
    void onMethodChanged();
    void refreshTotal();
    void showError(const QString &text, QWidget *focus = nullptr);
    void setCustomer(const QString &customerId);
    [[nodiscard]] QWidget *widgetFor(const QString &field) const;
    // The approver's user id: the cashier when the role allows returns, else a manager through the PIN dialog.
    [[nodiscard]] std::optional<QString> approve(const QString &subject);

    LocalStore &m_store;
    AuthService &m_auth;
    std::optional<CounterProfile> m_profile;
    std::optional<ReturnRecord> m_record;
    ReceiptDocument m_slip;

    ReturnLinesModel *m_model = nullptr;
    QLineEdit *m_folio = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_ticketInfo = nullptr;
    QTableView *m_lines = nullptr;
    QPushButton *m_all = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QPushButton *m_customer = nullptr;
    QString m_customerId;
    QString m_ticketCustomerId;
    QLabel *m_customerLabel = nullptr;
    QLabel *m_cardLimit = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_totalDetail = nullptr;
    QLabel *m_error = nullptr;
    QFrame *m_done = nullptr;
    QLabel *m_doneText = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace nexus
