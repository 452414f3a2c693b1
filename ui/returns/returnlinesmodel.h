// The lines of the ticket being returned: what was sold, what earlier returns took back, how much goes back now and
// where, and the refund of each line, priced by core's planReturnLines as the cashier edits.
#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "common/money.h"
#include "returns/returnablesale.h"
#include "returns/returnrecord.h"
#include "returns/returnrequest.h"

namespace nexus {

class ReturnLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnLinesModel)

public:
    enum Column { LineNo, Sku, Description, Sold, Returned, ToReturn, Destination, Refund, ColumnCount };
    enum Role {
        ThousandthsRole = Qt::UserRole + 1, // ToReturn: the quantity to return, qint64 thousandths (read/write)
        ReturnableRole, // qint64 thousandths still returnable on the line
        WholeRole, // bool: the line is sold in whole pieces (the editor counts pieces)
        DestinationRole, // int ReturnDestination (read/write)
    };

    explicit ReturnLinesModel(QObject *parent = nullptr);

    void setSale(const ReturnableSale &sale);
    void clear();
    [[nodiscard]] bool hasSale() const { return !m_sale.id.isEmpty(); }
    [[nodiscard]] const ReturnableSale &sale() const { return m_sale; }

    // Every line to what is still returnable ("return the whole ticket").
    void returnEverything();
    // The lines with something to return, in ticket order.
    [[nodiscard]] std::vector<ReturnLineRequest> requestLines() const;
    [[nodiscard]] LineAmounts refundTotals() const { return m_totals; }
    // First returnable row, or -1.
    [[nodiscard]] int firstReturnableRow() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString destinationName(ReturnDestination destination);

Q_SIGNALS:
    void refundChanged();

private:
    struct Row
    {
        Quantity toReturn;
        ReturnDestination destination = ReturnDestination::Stock;
        Money refund;
    };
    void reprice();

    ReturnableSale m_sale;
    std::vector<Row> m_rows;
    LineAmounts m_totals;
};

} // namespace nexus
