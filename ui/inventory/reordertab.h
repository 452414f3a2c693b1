// Reorden: a part's minimum, reorder point and maximum per warehouse, typed or suggested from its sales (F4: the last
// N weeks and the lead time, the preferred supplier's when left empty), saved with F12; below, the reorder alerts:
// F5 checks now (it also runs after every synchronisation), F6 marks the chosen one as seen, F7 turns the open alerts
// into draft purchase orders, one per preferred supplier, for what each needs up to its maximum.
#pragma once

#include <QWidget>

#include <optional>

#include "catalog/cataloghit.h"
#include "inventory/reorderservice.h"
#include "sales/counterprofile.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace nexus {

class AlertListModel;
class AuthService;
class LocalStore;
class PartSearchPanel;

class ReorderTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReorderTab)

public:
    ReorderTab(LocalStore &store, AuthService &auth, const CounterProfile &profile, const QString &catalogPath,
        QWidget *parent = nullptr);

    void choosePart(const CatalogHit &hit);
    bool suggest(); // F4
    bool saveLevels(); // F12
    bool checkAlerts(); // F5, and after each sync
    bool acknowledgeCurrent(); // F6
    bool draftOrders(); // F7
    void refresh();

    [[nodiscard]] PartSearchPanel *search() const { return m_search; }
    [[nodiscard]] AlertListModel *alertModel() const { return m_alerts; }
    [[nodiscard]] QTableView *alertView() const { return m_alertView; }

private:
    [[nodiscard]] ReorderService service() const;
    void showMessage(const QString &text, bool error);
    void showLevel();

    LocalStore &m_store;
    AuthService &m_auth;
    CounterProfile m_profile;
    std::optional<CatalogHit> m_part;
    PartSearchPanel *m_search = nullptr;
    QLabel *m_partLabel = nullptr;
    QComboBox *m_warehouse = nullptr;
    QLineEdit *m_weeks = nullptr;
    QLineEdit *m_lead = nullptr;
    QLineEdit *m_minimum = nullptr;
    QLineEdit *m_point = nullptr;
    QLineEdit *m_maximum = nullptr;
    bool m_suggested = false;
    QLabel *m_message = nullptr;
    AlertListModel *m_alerts = nullptr;
    QTableView *m_alertView = nullptr;
    QLabel *m_workshopNeeds = nullptr;
};

} // namespace nexus
