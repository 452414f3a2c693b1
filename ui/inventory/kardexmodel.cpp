// KardexModel: one movement per row, newest first.
#include "inventory/kardexmodel.h"

#include "inventory/adjustmentreasonname.h"
#include "inventory/transferlistmodel.h"

#include <QBrush>
#include <QColor>

namespace nexus {

namespace {
const QColor kOut { 0xb9, 0x1c, 0x1c };
const QColor kIn { 0x15, 0x80, 0x3d };
} // namespace

QString movementKindName(const QString &kind)
{
    if (kind == QLatin1String("sale"))
        return KardexModel::tr("Sale");
    if (kind == QLatin1String("return"))
        return KardexModel::tr("Return");
    if (kind == QLatin1String("receipt"))
        return KardexModel::tr("Receipt");
    if (kind == QLatin1String("transfer_out"))
        return KardexModel::tr("Transfer out");
    if (kind == QLatin1String("transfer_in"))
        return KardexModel::tr("Transfer in");
    if (kind == QLatin1String("adjustment"))
        return KardexModel::tr("Adjustment");
    if (kind == QLatin1String("count"))
        return KardexModel::tr("Physical count");
    return kind;
}

KardexModel::KardexModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void KardexModel::setEntries(std::vector<KardexEntry> entries, QHash<QString, QString> warehouseNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_warehouses = std::move(warehouseNames);
    endResetModel();
}

int KardexModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KardexModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KardexModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KardexEntry &e = m_entries[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Quantity || index.column() == Balance
            ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Quantity)
        return QBrush(e.quantity.thousandths() < 0 ? kOut : kIn);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return localStamp(e.atUtc);
    case Warehouse:
        return m_warehouses.value(e.warehouseId, e.warehouseId);
    case Movement:
        return movementKindName(e.kind);
    case Quantity:
        return QString((e.quantity.thousandths() > 0 ? QStringLiteral("+") : QString()) + e.quantity.toString());
    case Balance:
        return e.balance.toString();
    case Reference:
        return e.reference.isEmpty() ? e.refId : e.reference;
    case Why: {
        QString why;
        if (e.kind == QLatin1String("transfer_out"))
            why = tr("To %1").arg(e.otherBranchName);
        else if (e.kind == QLatin1String("transfer_in"))
            why = tr("From %1").arg(e.otherBranchName);
        const QString reason
            = e.refType == QLatin1String("adjustment") ? adjustmentReasonName(e.reason) : e.reason;
        if (!reason.isEmpty())
            why = why.isEmpty() ? reason : tr("%1: %2", "where, reason").arg(why, reason);
        if (!e.note.isEmpty())
            why = why.isEmpty() ? e.note : tr("%1: %2", "where, reason").arg(why, e.note);
        return why;
    }
    case Who: {
        const QString who = e.userName.isEmpty() ? e.userId : e.userName;
        return e.authorizedByName.isEmpty() ? who : tr("%1 (authorised by %2)").arg(who, e.authorizedByName);
    }
    default:
        return {};
    }
}

QVariant KardexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Warehouse:
        return tr("Warehouse");
    case Movement:
        return tr("Movement");
    case Quantity:
        return tr("Quantity");
    case Balance:
        return tr("Balance");
    case Reference:
        return tr("Document");
    case Why:
        return tr("Why");
    case Who:
        return tr("Who");
    default:
        return {};
    }
}

} // namespace nexus
