// Resolver reclamación: replace (from which warehouse), refund (a part: cash, card reversal or store credit through
// the return path; a service: cash out of the till), repair, or reject with the reason. A user whose role may not
// give goods or money back gets a manager's PIN first. F12 (or Ctrl+Enter) resolves, Esc cancels.
#pragma once

#include <QDialog>

#include <optional>

#include "warranty/warrantyclaimservice.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace nexus {

class AuthService;

class ResolveClaimDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveClaimDialog)

public:
    ResolveClaimDialog(WarrantyClaimService &claims, AuthService &auth, WarrantyActor actor,
        const WarrantyClaim &claim, QWidget *parent = nullptr);

    void setResolution(ClaimResolution resolution);
    bool confirm();
    [[nodiscard]] const std::optional<WarrantyClaim> &resolved() const { return m_resolved; }

private:
    void onResolutionChanged();
    [[nodiscard]] std::optional<QString> approve();

    WarrantyClaimService &m_claims;
    AuthService &m_auth;
    WarrantyActor m_actor;
    WarrantyClaim m_claim;
    std::optional<WarrantyClaim> m_resolved;
    QComboBox *m_resolution = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
