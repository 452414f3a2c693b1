// Existencias: find a part (as at the counter) and see its stock in each warehouse of this branch (live), in the
// other branches as of the last synchronisation, what is in transit to and from here, and its kardex: every movement
// with the balance it left, the document, why and who. F2 search, ↓ to the results, the selected part shows at once.
#pragma once

#include <QWidget>

#include <optional>

#include "catalog/cataloghit.h"
#include "sales/counterprofile.h"

class QLabel;
class QTableView;

namespace nexus {

class KardexModel;
class LocalStore;
class PartSearchPanel;
class PartStockModel;

class StockTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockTab)

public:
    StockTab(LocalStore &store, const CounterProfile &profile, const QString &catalogPath, QWidget *parent = nullptr);

    void showPart(const CatalogHit &hit);
    void refresh(); // the shown part again (after a sync or a step)

    [[nodiscard]] PartSearchPanel *search() const { return m_search; }
    [[nodiscard]] PartStockModel *stockModel() const { return m_stock; }
    [[nodiscard]] KardexModel *kardexModel() const { return m_kardex; }

private:
    LocalStore &m_store;
    CounterProfile m_profile;
    std::optional<CatalogHit> m_part;
    PartSearchPanel *m_search = nullptr;
    PartStockModel *m_stock = nullptr;
    KardexModel *m_kardex = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_transit = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_stockView = nullptr;
    QTableView *m_kardexView = nullptr;
};

} // namespace nexus
