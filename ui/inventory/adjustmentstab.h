// Ajustes: find a part (F2, Enter chooses it), say how many pieces go out (−) or in (+), in which warehouse, why
// (merma, daño, robo, corrección) with a note, and record it (F12 or Ctrl+Enter). A user without AdjustStock is
// asked for a manager's PIN. Below, this counter's latest adjustments.
#pragma once

#include <QWidget>

#include <optional>

#include "catalog/cataloghit.h"
#include "sales/counterprofile.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nexus {

class AdjustmentListModel;
class AuthService;
class LocalStore;
class PartSearchPanel;

class AdjustmentsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjustmentsTab)

public:
    AdjustmentsTab(LocalStore &store, AuthService &auth, const CounterProfile &profile, const QString &catalogPath,
        QWidget *parent = nullptr);

    void choosePart(const CatalogHit &hit);
    // Records the form; true when the adjustment was written.
    bool submit();
    void refresh();

    [[nodiscard]] PartSearchPanel *search() const { return m_search; }
    [[nodiscard]] AdjustmentListModel *listModel() const { return m_list; }

Q_SIGNALS:
    void factsRecorded(); // an adjustment went to the outbox: the sync engine may push now

private:
    void showMessage(const QString &text, bool error, QWidget *focus = nullptr);

    LocalStore &m_store;
    AuthService &m_auth;
    CounterProfile m_profile;
    std::optional<CatalogHit> m_part;
    PartSearchPanel *m_search = nullptr;
    QLabel *m_partLabel = nullptr;
    QComboBox *m_warehouse = nullptr;
    QLineEdit *m_quantity = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_message = nullptr;
    AdjustmentListModel *m_list = nullptr;
    QTableView *m_listView = nullptr;
};

} // namespace nexus
