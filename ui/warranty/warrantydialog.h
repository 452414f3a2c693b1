// Garantías (Ctrl+G): warranties looked up by ticket folio, customer (name or phone) or part (SKU) with their period,
// last day and status; claims with their status and resolution; RMAs to suppliers. Keyboard first: F2 goes to the
// search, Enter searches, F4 opens a claim on the chosen warranty, F6 resolves the chosen claim, F7 closes it, F8
// sends its piece to the supplier, F9 settles the chosen RMA, F5 queues the notices of warranties ending within 15
// days, Ctrl+Tab moves between the three lists, Esc closes.
#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "warranty/warrantyclaimservice.h"
#include "warranty/warrantypolicy.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace nexus {

class AuthService;
class ClaimListModel;
class LocalStore;
class RmaListModel;
class RmaService;
class WarrantyListModel;
class WarrantyLookup;

class WarrantyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarrantyDialog)

public:
    enum class SearchBy { Ticket, Customer, Part };
    enum Tab { WarrantiesTab, ClaimsTab, RmaTab, PoliciesTab };

    WarrantyDialog(LocalStore &store, AuthService &auth, QWidget *parent = nullptr);
    ~WarrantyDialog() override;

    // As if chosen, typed and Enter pressed; false when nothing was found (the reason shows in the status line).
    bool search(SearchBy by, const QString &text);
    bool claimSelected(); // F4
    bool resolveSelected(); // F6
    bool closeSelected(); // F7
    bool sendSelectedToSupplier(); // F8
    bool settleSelectedRma(); // F9
    bool notifyExpiring(); // F5
    bool addPolicy(); // F10, ConfigureBranch
    bool removeSelectedPolicy(); // Delete on the policies list, ConfigureBranch

    [[nodiscard]] WarrantyListModel *warranties() const { return m_warrantyModel; }
    [[nodiscard]] ClaimListModel *claims() const { return m_claimModel; }
    [[nodiscard]] RmaListModel *rmas() const { return m_rmaModel; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QTableWidget *policies() const { return m_policyTable; }
    [[nodiscard]] QString statusText() const;

private:
    void buildUi();
    void reloadLists();
    void reloadPolicies();
    [[nodiscard]] bool mayConfigure();
    void say(const QString &text, bool error);
    [[nodiscard]] std::optional<WarrantyActor> actor();
    [[nodiscard]] int currentRow(QTableView *view) const;

    LocalStore &m_store;
    AuthService &m_auth;
    std::unique_ptr<WarrantyLookup> m_lookup;
    std::unique_ptr<WarrantyClaimService> m_claims;
    std::unique_ptr<RmaService> m_rmas;
    SearchBy m_lastBy = SearchBy::Ticket;
    QString m_lastText;

    QComboBox *m_by = nullptr;
    QLineEdit *m_query = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_warrantyView = nullptr;
    QTableView *m_claimView = nullptr;
    QTableView *m_rmaView = nullptr;
    WarrantyListModel *m_warrantyModel = nullptr;
    ClaimListModel *m_claimModel = nullptr;
    RmaListModel *m_rmaModel = nullptr;
    QTableWidget *m_policyTable = nullptr;
    QList<WarrantyPolicy> m_policies;
    QLabel *m_status = nullptr;
};

} // namespace nexus
