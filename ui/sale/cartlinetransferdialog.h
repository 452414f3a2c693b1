// Pedir a otra sucursal (Ctrl+T on a ticket line): the line's part is not here, or not enough of it; ask another
// branch to send it. Shows every other branch with its stock of the part as of its last pull (the one with most is
// chosen), the quantity (the line's), a note (the customer's name when one is on the ticket) and whether the line
// leaves the ticket (it does by default: the pieces are not here to sell). F12 or Ctrl+Enter sends; Esc closes.
#pragma once

#include <QDialog>

#include <optional>

#include "inventory/branchdirectory.h"
#include "inventory/transferservice.h"
#include "sales/cart.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace nexus {

class Database;
class PartStockModel;

class CartLineTransferDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartLineTransferDialog)

public:
    // otherBranches: the branches that may be asked (not this one); stock read from `db` for the line's part.
    CartLineTransferDialog(TransferService &service, const TransferActor &actor, const CartLine &line,
        const QList<BranchInfo> &otherBranches, Database &db, const QString &ownBranchId, const QString &note,
        QWidget *parent = nullptr);

    // Sends the request with what is on screen (the F12 action); false when refused (the error is shown).
    bool confirm();
    [[nodiscard]] const std::optional<Transfer> &transfer() const { return m_transfer; }
    [[nodiscard]] bool removeLine() const;
    [[nodiscard]] QString branchName() const { return m_branchName; }

private:
    void showError(const QString &text, QWidget *focus);

    TransferService &m_service;
    TransferActor m_actor;
    CartLine m_line;
    QList<BranchInfo> m_branches;
    std::optional<Transfer> m_transfer;
    QString m_branchName;
    PartStockModel *m_stock = nullptr;
    QTableView *m_stockView = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLineEdit *m_note = nullptr;
    QCheckBox *m_remove = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
