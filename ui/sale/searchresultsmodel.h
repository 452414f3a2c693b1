// The counter's search results as a table: SKU, description, brand, price for the cart's price list, one stock
// column per warehouse of this branch and, when the device knows other branches, their summed stock "as of" the
// last pull (per branch in the tooltip).
#pragma once

#include <QAbstractTableModel>

#include "catalog/cataloghit.h"
#include "sales/branchstock.h"

namespace nexus {

struct SearchAnswer;

class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    // Fixed columns; warehouse columns follow from FirstWarehouse on, in the order given to setWarehouses(), then the
    // other branches' column (otherBranchesColumn()) when the answer says there are other branches.
    enum Column { Sku, Name, Brand, Price, FirstWarehouse };
    enum Role {
        PartIdRole = Qt::UserRole + 1, // qint64
        PriceCentsRole, // qint64, tax included
        StockRole, // qint64 thousandths (warehouse columns)
        WarehouseIdRole, // QString (warehouse columns)
        ExactMatchRole, // bool: SKU, barcode or whole code
        AsOfRole, // QDateTime UTC (other branches' column): the oldest "as of" of the branches shown
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setWarehouses(const QList<BranchWarehouse> &warehouses);
    void setAnswer(const SearchAnswer &answer);
    void clear();

    [[nodiscard]] const QList<BranchWarehouse> &warehouses() const { return m_warehouses; }
    [[nodiscard]] const CatalogHit *hit(int row) const;
    [[nodiscard]] QHash<QString, Quantity> stockOf(qint64 partId) const { return m_stock.value(partId); }
    [[nodiscard]] bool hasMore() const { return m_more; }
    // The column of the other branches' stock, or -1 when it is not shown.
    [[nodiscard]] int otherBranchesColumn() const;
    [[nodiscard]] QList<OtherBranchStock> otherBranchesOf(qint64 partId) const { return m_otherBranches.value(partId); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<BranchWarehouse> m_warehouses;
    QList<CatalogHit> m_hits;
    [[nodiscard]] QVariant otherBranchesData(const CatalogHit &hit, int role) const;

    StockByPart m_stock;
    OtherBranchStockByPart m_otherBranches;
    bool m_hasOtherBranches = false;
    bool m_more = false;
};

} // namespace nexus
