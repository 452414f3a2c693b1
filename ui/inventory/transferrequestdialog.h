// Nueva solicitud de traspaso: this branch asks another for parts. Choose the branch (its stock of each result shows
// in the search), the warehouse they arrive in, search parts as at the counter, Enter adds the part with the typed
// quantity, Del removes a line, F12 (or Ctrl+Enter) sends the request; Esc closes.
#pragma once

#include <QDialog>

#include <optional>

#include "catalog/cataloghit.h"
#include "inventory/branchdirectory.h"
#include "inventory/transferservice.h"
#include "sales/counterprofile.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace nexus {

class PartSearchPanel;
class TransferLinesModel;

class TransferRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferRequestDialog)

public:
    // otherBranches: the branches that may be asked (not this one).
    TransferRequestDialog(TransferService &service, const TransferActor &actor, const CounterProfile &profile,
        const QList<BranchInfo> &otherBranches, const QString &catalogPath, const QString &nexusPath,
        QWidget *parent = nullptr);

    // Sends the request with what is on screen (the F12 action); false when refused (the error is shown).
    bool confirm();
    [[nodiscard]] const std::optional<Transfer> &transfer() const { return m_transfer; }
    [[nodiscard]] TransferLinesModel *linesModel() const { return m_lines; }
    [[nodiscard]] PartSearchPanel *search() const { return m_search; }

private:
    void addPart(const CatalogHit &hit);
    void showError(const QString &text, QWidget *focus);

    TransferService &m_service;
    TransferActor m_actor;
    std::optional<Transfer> m_transfer;
    TransferLinesModel *m_lines = nullptr;
    PartSearchPanel *m_search = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_warehouse = nullptr;
    QLineEdit *m_quantity = nullptr;
    QTableView *m_linesView = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
