// Nueva reclamación: against one warranty, how many pieces, what is wrong, whether the customer left the defective
// piece, and photos or documents attached (copied into the claim's folder). Keyboard first: F3 attaches a file,
// F12 (or Ctrl+Enter) opens the claim, Esc cancels.
#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>
#include <optional>

#include "warranty/warranty.h"
#include "warranty/warrantyclaimservice.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace nexus {

class ClaimDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimDialog)

public:
    ClaimDialog(WarrantyClaimService &claims, WarrantyActor actor, const Warranty &warranty, QWidget *parent = nullptr);

    void addEvidence(const QString &path);
    // The F12 action; false when refused (the error shows under the form and the field takes the focus).
    bool confirm();
    [[nodiscard]] const std::optional<WarrantyClaim> &claim() const { return m_claim; }
    // Where F3 gets its files from (a file dialog by default; tests give their own).
    void setFilePicker(std::function<QStringList()> picker) { m_picker = std::move(picker); }

private:
    void attach();

    WarrantyClaimService &m_claims;
    WarrantyActor m_actor;
    Warranty m_warranty;
    std::optional<WarrantyClaim> m_claim;
    std::function<QStringList()> m_picker;
    QLineEdit *m_quantity = nullptr;
    QComboBox *m_reason = nullptr;
    QCheckBox *m_received = nullptr;
    QListWidget *m_files = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
