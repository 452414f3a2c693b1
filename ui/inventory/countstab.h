// Conteos: physical counts of one warehouse, whole or one category (cycle count). F3 opens a count; each part is
// counted by scanning it (F2 field, Enter: one more) or by typing how many there are first (a recount replaces);
// every line keeps what the system said when it was counted. F12 posts the differences (a manager's PIN when the
// user lacks AdjustStock), after saying how many parts and pieces a full count sets to zero because nobody counted
// them; F8 cancels the count.
#pragma once

#include <QWidget>

#include "catalog/cataloghit.h"
#include "inventory/stockcountservice.h"
#include "sales/counterprofile.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace nexus {

class AuthService;
class CountLinesModel;
class LocalStore;
class PartSearchPanel;

class CountsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountsTab)

public:
    CountsTab(LocalStore &store, AuthService &auth, const CounterProfile &profile, const QString &catalogPath,
        QWidget *parent = nullptr);

    bool openCount(); // F3: a count of the chosen warehouse and category
    bool countPart(const CatalogHit &hit); // what the quantity field says, or one more when it is empty
    bool post(); // F12
    bool cancelCount(); // F8
    void refresh();

    [[nodiscard]] PartSearchPanel *search() const { return m_search; }
    [[nodiscard]] CountLinesModel *linesModel() const { return m_lines; }
    [[nodiscard]] QString currentCountId() const;

Q_SIGNALS:
    void factsRecorded(); // a count was posted: the sync engine may push now

private:
    [[nodiscard]] StockCountService service() const;
    void showMessage(const QString &text, bool error);
    void showCount();
    // A full count: asks before zeroing what was not counted. True when there is nothing to zero or it is confirmed.
    [[nodiscard]] bool confirmZeroing(const QString &countId);

    LocalStore &m_store;
    AuthService &m_auth;
    CounterProfile m_profile;
    QString m_catalogPath;
    PartSearchPanel *m_search = nullptr;
    QComboBox *m_warehouse = nullptr;
    QLineEdit *m_category = nullptr;
    QComboBox *m_counts = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    CountLinesModel *m_lines = nullptr;
    QTableView *m_linesView = nullptr;
    std::vector<StockCount> m_open;
};

} // namespace nexus
