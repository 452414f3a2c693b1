// RmaListModel: rows as RmaService lists them.
#include "warranty/rmalistmodel.h"

#include "inventory/transferlistmodel.h"

namespace nexus {

RmaListModel::RmaListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void RmaListModel::setRmas(QList<Rma> rmas)
{
    beginResetModel();
    m_rows = std::move(rmas);
    endResetModel();
}

const Rma *RmaListModel::rma(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RmaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RmaListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RmaListModel::data(const QModelIndex &index, int role) const
{
    const Rma *r = rma(index.row());
    if (r == nullptr)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Credit)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return r->note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Folio: return r->folio;
    case Claim: return r->claimFolio;
    case Part: return QStringLiteral("%1 × %2  %3").arg(r->quantity.toString(), r->sku, r->description);
    case Supplier:
        return r->reference.isEmpty() ? r->supplierName : QStringLiteral("%1 (%2)").arg(r->supplierName, r->reference);
    case SentAt: return localStamp(r->sentAtUtc);
    case Status: return rmaStatusTitle(r->status);
    case Credit: return r->status == RmaStatus::Credited ? r->credit.format() : QString();
    default: return {};
    }
}

QVariant RmaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Folio: return tr("RMA");
    case Claim: return tr("Claim");
    case Part: return tr("Part");
    case Supplier: return tr("Supplier");
    case SentAt: return tr("Sent");
    case Status: return tr("Status");
    case Credit: return tr("Credit");
    default: return {};
    }
}

} // namespace nexus
