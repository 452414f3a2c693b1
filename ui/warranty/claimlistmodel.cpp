// ClaimListModel: rows as WarrantyClaimService lists them.
#include "warranty/claimlistmodel.h"

#include "inventory/transferlistmodel.h"

namespace nexus {

ClaimListModel::ClaimListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ClaimListModel::setClaims(QList<WarrantyClaim> claims)
{
    beginResetModel();
    m_rows = std::move(claims);
    endResetModel();
}

const WarrantyClaim *ClaimListModel::claim(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ClaimListModel::rowOf(const QString &claimId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == claimId)
            return row;
    return -1;
}

int ClaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    const WarrantyClaim *c = claim(index.row());
    if (c == nullptr)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Resolution)
        return c->resolutionNote;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Folio: return c->folio;
    case OpenedAt: return localStamp(c->openedAtUtc);
    case Ticket: return c->saleFolio;
    case Description:
        return QStringLiteral("%1 × %2").arg(c->quantity.toString(), c->description);
    case Customer: return c->customerName;
    case Reason: return c->reason;
    case Status: return claimStatusTitle(c->status);
    case Resolution:
        if (!c->resolution)
            return QString();
        if (*c->resolution == ClaimResolution::Refund)
            return tr("%1 %2").arg(claimResolutionTitle(*c->resolution), c->refund.format());
        return claimResolutionTitle(*c->resolution);
    default: return {};
    }
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Folio: return tr("Claim");
    case OpenedAt: return tr("Opened");
    case Ticket: return tr("Ticket");
    case Description: return tr("Claimed");
    case Customer: return tr("Customer");
    case Reason: return tr("Reason");
    case Status: return tr("Status");
    case Resolution: return tr("Resolution");
    default: return {};
    }
}

} // namespace nexus
