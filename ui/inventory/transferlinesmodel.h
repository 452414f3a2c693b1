// The lines of a transfer as a table, in one of four uses: the detail of a transfer (requested, shipped, received,
// missing, in transit), the lines of a new request (quantity editable), a shipment (quantity to ship editable, with
// the stock of the chosen warehouse beside it) and a receipt (received now, missing and its reason editable).
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

#include "inventory/transfer.h"

class QTableView;

namespace nexus {

class TransferLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferLinesModel)

public:
    enum class Mode { Detail, Request, Ship, Receive };
    enum class Field {
        Sku,
        Description,
        Requested,
        Shipped,
        Received,
        Missing,
        InTransit,
        Available,
        Quantity,
        Shortage,
        Reason
    };

    struct Row
    {
        int lineNo = 0;
        qint64 partId = 0;
        QString sku;
        QString description;
        TransferLineTotals totals;
        nexus::Quantity available; // Ship: the part's stock in the warehouse it leaves from
        nexus::Quantity quantity; // Request: requested; Ship: to ship; Receive: received now
        nexus::Quantity shortage; // Receive: declared missing now
        QString reason; // Receive
    };

    explicit TransferLinesModel(Mode mode, QObject *parent = nullptr);

    // Detail/Ship/Receive: the transfer's lines; Ship proposes what was requested, Receive what is in transit.
    void setTransfer(const Transfer &transfer);
    // Request: adds the part (or adds to its line).
    void addPart(qint64 partId, const QString &sku, const QString &description, nexus::Quantity quantity);
    void removeRow(int row);
    // Ship: partId → stock of the warehouse the pieces leave from.
    void setAvailable(const QHash<qint64, nexus::Quantity> &available);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] const std::vector<Row> &rows() const { return m_rows; }
    [[nodiscard]] int columnOf(Field field) const; // -1 when the mode does not show it
    [[nodiscard]] Field fieldOf(int column) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A typed value was refused (not a quantity): the dialog shows why.
    void editRefused(const QString &message);

private:
    Mode m_mode;
    QList<Field> m_fields;
    std::vector<Row> m_rows;
};

// Column sizes for `view` showing `model`: codes fit their text, description (and a receipt's reason) take the rest.
void fitLineColumns(QTableView *view, const TransferLinesModel *model);

} // namespace nexus
