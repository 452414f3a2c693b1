// TransferListModel: display text per column, the transfer id, state and direction through roles.
#include "inventory/transferlistmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace nexus {

namespace {

const QColor kMuted { 0x64, 0x74, 0x8b };
const QColor kAttention { 0xc2, 0x41, 0x0c };
const QColor kDone { 0x15, 0x80, 0x3d };

} // namespace

QString localStamp(const QString &utcIso)
{
    const QDateTime at = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

TransferListModel::TransferListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TransferListModel::setTransfers(
    std::vector<Transfer> transfers, const QString &ownBranchId, QHash<QString, QString> branchNames)
{
    beginResetModel();
    m_transfers = std::move(transfers);
    m_own = ownBranchId;
    m_names = std::move(branchNames);
    endResetModel();
}

const Transfer *TransferListModel::transfer(int row) const
{
    return row >= 0 && row < int(m_transfers.size()) ? &m_transfers[size_t(row)] : nullptr;
}

int TransferListModel::rowOf(const QString &transferId) const
{
    for (size_t i = 0; i < m_transfers.size(); ++i)
        if (m_transfers[i].id == transferId)
            return int(i);
    return -1;
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transfers.size());
}

int TransferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transfer &t = m_transfers[size_t(index.row())];
    const bool outgoing = t.fromBranchId == m_own;
    const TransferState state = t.state();
    switch (role) {
    case TransferIdRole:
        return t.id;
    case StateRole:
        return int(state);
    case OutgoingRole:
        return outgoing;
    case Qt::TextAlignmentRole:
        if (index.column() == Pieces || index.column() == InTransit)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State) {
            // What this branch must act on stands out: a request to ship, pieces on their way here.
            const bool ourMove = (outgoing && state == TransferState::Requested)
                || (!outgoing && (state == TransferState::Shipped || state == TransferState::PartiallyReceived));
            if (ourMove)
                return QBrush(kAttention);
            if (state == TransferState::Closed)
                return QBrush(kDone);
        }
        if (index.column() == Server)
            return QBrush(kMuted);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == State && t.cancelOverruled())
            return tr("Cancelled by %1 while it was being shipped: the shipment stands").arg(t.cancellation->byName);
        if (index.column() == State && t.cancellation)
            return tr("Cancelled by %1: %2").arg(t.cancellation->byName, t.cancellation->reason);
        if (!t.note.isEmpty())
            return t.note;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Folio:
        return t.folio;
    case State:
        return transferStateName(state);
    case Direction:
        return outgoing ? tr("Outgoing") : tr("Incoming");
    case OtherBranch:
        return branchName(outgoing ? t.toBranchId : t.fromBranchId);
    case Pieces: {
        Quantity requested;
        for (const TransferLine &line : t.lines)
            requested = requested + line.requested;
        return tr("%1 in %n line(s)", nullptr, int(t.lines.size())).arg(requested.toString());
    }
    case InTransit:
        return t.inTransit() == Quantity() ? QStringLiteral("—") : t.inTransit().toString();
    case RequestedAt:
        return localStamp(t.requestedAtUtc);
    case RequestedBy:
        return t.requestedByName;
    case Server: {
        if (t.syncedAtUtc.isEmpty())
            return tr("not synced yet");
        Result<TransferState> server = transferStateFromCode(t.serverState);
        return tr("%1 (as of %2)", "server state, time")
            .arg(server ? transferStateName(*server) : t.serverState, localStamp(t.syncedAtUtc));
    }
    default:
        return {};
    }
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Folio:
        return tr("Folio");
    case State:
        return tr("State");
    case Direction:
        return tr("Direction");
    case OtherBranch:
        return tr("Branch");
    case Pieces:
        return tr("Pieces");
    case InTransit:
        return tr("In transit");
    case RequestedAt:
        return tr("Requested");
    case RequestedBy:
        return tr("By");
    case Server:
        return tr("At head office");
    default:
        return {};
    }
}

} // namespace nexus
