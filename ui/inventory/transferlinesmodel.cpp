// TransferLinesModel: the columns of each use, quantities typed as text ("2", "1.5") and checked by Quantity::parse.
#include "inventory/transferlinesmodel.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QTableView>

namespace nexus {

namespace {
const QColor kMuted { 0x64, 0x74, 0x8b };
const QColor kNegative { 0xb9, 0x1c, 0x1c };
} // namespace

TransferLinesModel::TransferLinesModel(Mode mode, QObject *parent) : QAbstractTableModel(parent), m_mode(mode)
{
    switch (mode) {
    case Mode::Detail:
        m_fields = { Field::Sku, Field::Description, Field::Requested, Field::Shipped, Field::Received, Field::Missing,
            Field::InTransit };
        break;
    case Mode::Request:
        m_fields = { Field::Sku, Field::Description, Field::Quantity };
        break;
    case Mode::Ship:
        m_fields = { Field::Sku, Field::Description, Field::Requested, Field::Available, Field::Quantity };
        break;
    case Mode::Receive:
        m_fields = { Field::Sku, Field::Description, Field::Shipped, Field::Received, Field::InTransit, Field::Quantity,
            Field::Shortage, Field::Reason };
        break;
    }
}

void TransferLinesModel::setTransfer(const Transfer &transfer)
{
    beginResetModel();
    m_rows.clear();
    for (const TransferLine &line : transfer.lines) {
        Row row;
        row.lineNo = line.lineNo;
        row.partId = line.partId;
        row.sku = line.sku;
        row.description = line.description;
        row.totals = transfer.totals(line.lineNo);
        row.quantity = m_mode == Mode::Ship ? line.requested
            : m_mode == Mode::Receive       ? row.totals.inTransit
                                            : nexus::Quantity();
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void TransferLinesModel::addPart(
    qint64 partId, const QString &sku, const QString &description, nexus::Quantity quantity)
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].partId == partId) {
            m_rows[i].quantity = m_rows[i].quantity + quantity;
            const QModelIndex cell = index(int(i), columnOf(Field::Quantity));
            Q_EMIT dataChanged(cell, cell);
            return;
        }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    Row row;
    row.lineNo = int(m_rows.size()) + 1;
    row.partId = partId;
    row.sku = sku;
    row.description = description;
    row.quantity = quantity;
    m_rows.push_back(std::move(row));
    endInsertRows();
}

void TransferLinesModel::removeRow(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

void TransferLinesModel::setAvailable(const QHash<qint64, nexus::Quantity> &available)
{
    for (Row &row : m_rows)
        row.available = available.value(row.partId);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

int TransferLinesModel::columnOf(Field field) const
{
    return int(m_fields.indexOf(field));
}

TransferLinesModel::Field TransferLinesModel::fieldOf(int column) const
{
    return m_fields.value(column, Field::Sku);
}

int TransferLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant TransferLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Field field = fieldOf(index.column());
    const bool numeric = field != Field::Sku && field != Field::Description && field != Field::Reason;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ForegroundRole) {
        if (field == Field::Available && row.available < row.quantity)
            return QBrush(kNegative);
        if (!(flags(index) & Qt::ItemIsEditable) && numeric)
            return QBrush(kMuted);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (field) {
    case Field::Sku:
        return row.sku;
    case Field::Description:
        return row.description;
    case Field::Requested:
        return row.totals.requested.toString();
    case Field::Shipped:
        return row.totals.shipped.toString();
    case Field::Received:
        return row.totals.received.toString();
    case Field::Missing:
        return row.totals.shortage.toString();
    case Field::InTransit:
        return row.totals.inTransit.toString();
    case Field::Available:
        return row.available.toString();
    case Field::Quantity:
        return row.quantity.toString();
    case Field::Shortage:
        return row.shortage.toString();
    case Field::Reason:
        return row.reason;
    }
    return {};
}

bool TransferLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Row &row = m_rows[size_t(index.row())];
    const Field field = fieldOf(index.column());
    if (field == Field::Reason) {
        row.reason = value.toString().simplified();
    } else {
        const QString text = value.toString().trimmed();
        Result<nexus::Quantity> parsed = nexus::Quantity::parse(text.isEmpty() ? QStringLiteral("0") : text);
        if (!parsed || *parsed < nexus::Quantity()) {
            Q_EMIT editRefused(parsed ? tr("The quantity cannot be negative") : parsed.error().message());
            return false;
        }
        (field == Field::Shortage ? row.shortage : row.quantity) = *parsed;
    }
    Q_EMIT dataChanged(index, index);
    if (field == Field::Quantity && m_mode == Mode::Ship) {
        const QModelIndex available = this->index(index.row(), columnOf(Field::Available));
        Q_EMIT dataChanged(available, available);
    }
    return true;
}

Qt::ItemFlags TransferLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Field field = fieldOf(index.column());
    const bool editable
        = m_mode != Mode::Detail && (field == Field::Quantity || field == Field::Shortage || field == Field::Reason);
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant TransferLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (fieldOf(section)) {
    case Field::Sku:
        return tr("Code");
    case Field::Description:
        return tr("Description");
    case Field::Requested:
        return tr("Requested");
    case Field::Shipped:
        return tr("Shipped");
    case Field::Received:
        return tr("Received");
    case Field::Missing:
        return tr("Missing");
    case Field::InTransit:
        return tr("In transit");
    case Field::Available:
        return tr("In stock");
    case Field::Quantity:
        return m_mode == Mode::Ship ? tr("Ship") : m_mode == Mode::Receive ? tr("Receive now") : tr("Quantity");
    case Field::Shortage:
        return tr("Missing now");
    case Field::Reason:
        return tr("Reason of the difference");
    }
    return {};
}

void fitLineColumns(QTableView *view, const TransferLinesModel *model)
{
    QHeaderView *header = view->horizontalHeader();
    header->setMinimumSectionSize(70);
    for (int column = 0; column < model->columnCount(); ++column) {
        const TransferLinesModel::Field field = model->fieldOf(column);
        if (field == TransferLinesModel::Field::Description || field == TransferLinesModel::Field::Reason)
            header->setSectionResizeMode(column, QHeaderView::Stretch);
        else if (field == TransferLinesModel::Field::Sku)
            header->resizeSection(column, 150);
        else
            header->resizeSection(column, 96);
    }
}

} // namespace nexus
