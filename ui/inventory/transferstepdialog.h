// Enviar / Recibir traspaso: the lines of a transfer with the quantity of this step typed per line. Shipping: the
// warehouse the pieces leave from (its stock beside each line), how much of each, carrier and tracking. Receiving: the
// warehouse they go into, what arrived now, what is missing for good and why (a reason is needed for missing pieces
// and for more than was in transit). Enter or typing edits the current cell, F12 (or Ctrl+Enter) confirms, Esc closes.
#pragma once

#include <QDialog>

#include <optional>

#include "inventory/transferservice.h"
#include "sales/counterprofile.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nexus {

class Database;
class TransferLinesModel;

class TransferStepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferStepDialog)

public:
    enum class Step { Ship, Receive };

    // db: this device's nexus.db, for the stock of the warehouse the pieces leave from; otherBranchName names the
    // branch at the other end.
    TransferStepDialog(Step step, const Transfer &transfer, TransferService &service, const TransferActor &actor,
        const CounterProfile &profile, Database &db, const QString &otherBranchName, QWidget *parent = nullptr);

    bool confirm();
    [[nodiscard]] const std::optional<Transfer> &result() const { return m_result; }
    [[nodiscard]] TransferLinesModel *linesModel() const { return m_lines; }
    [[nodiscard]] QTableView *linesView() const { return m_view; }

private:
    void refreshAvailable();
    void showError(const QString &text, QWidget *focus);

    Step m_step;
    Transfer m_transfer;
    TransferService &m_service;
    TransferActor m_actor;
    Database &m_db;
    std::optional<Transfer> m_result;
    TransferLinesModel *m_lines = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_warehouse = nullptr;
    QLineEdit *m_carrier = nullptr;
    QLineEdit *m_tracking = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
