// WarrantyListModel: rows as WarrantyLookup found them.
#include "warranty/warrantylistmodel.h"

#include "common/icons.h"

#include <QBrush>
#include <QLocale>

namespace nexus {

WarrantyListModel::WarrantyListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void WarrantyListModel::setWarranties(QList<Warranty> warranties, const QDate &today)
{
    beginResetModel();
    m_rows = std::move(warranties);
    m_today = today;
    endResetModel();
}

const Warranty *WarrantyListModel::warranty(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WarrantyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WarrantyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WarrantyListModel::data(const QModelIndex &index, int role) const
{
    const Warranty *w = warranty(index.row());
    if (w == nullptr)
        return {};
    if (role == StatusRole)
        return int(w->status);
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (w->status == WarrantyStatus::Expired)
            return QBrush(colors::kMuted);
        if (w->status == WarrantyStatus::Claimed)
            return QBrush(colors::kAccentDark);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Period)
        return warrantySourceTitle(w->period.source);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Ticket: return w->saleFolio;
    case SoldOn: return QLocale().toString(w->soldOn, QLocale::ShortFormat);
    case Customer: return w->customerName.isEmpty() ? tr("(counter sale)") : w->customerName;
    case Description:
        return w->labor() ? tr("%1 (labor)").arg(w->description) : QStringLiteral("%1  %2").arg(w->sku, w->description);
    case Quantity: return w->sold.toString();
    case Period: return warrantyPeriodText(w->period.days);
    case ExpiresOn: {
        const QString day = QLocale().toString(w->expiresOn, QLocale::ShortFormat);
        const int left = w->daysLeft(m_today);
        if (w->status != WarrantyStatus::Active)
            return day;
        return left == 0 ? tr("%1 (today)").arg(day) : tr("%1 (%2 d)").arg(day).arg(left);
    }
    case Status: return warrantyStatusTitle(w->status);
    default: return {};
    }
}

QVariant WarrantyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ticket: return tr("Ticket");
    case SoldOn: return tr("Sold");
    case Customer: return tr("Customer");
    case Description: return tr("Part or service");
    case Quantity: return tr("Qty.");
    case Period: return tr("Warranty");
    case ExpiresOn: return tr("Expires");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace nexus
