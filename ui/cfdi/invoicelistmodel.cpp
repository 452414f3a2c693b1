// InvoiceListModel: InvoiceRecord rows in the counter's words; times in local time, money in the locale.
#include "cfdi/invoicelistmodel.h"

#include <QLocale>

namespace nexus {

InvoiceListModel::InvoiceListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void InvoiceListModel::setInvoices(std::vector<InvoiceRecord> invoices)
{
    beginResetModel();
    m_rows = std::move(invoices);
    endResetModel();
}

const InvoiceRecord *InvoiceListModel::invoiceAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int InvoiceListModel::rowOf(const QString &invoiceId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == invoiceId)
            return static_cast<int>(i);
    return -1;
}

QString InvoiceListModel::typeTitle(CfdiType type)
{
    switch (type) {
    case CfdiType::Ingreso:
        return tr("I · Invoice");
    case CfdiType::Egreso:
        return tr("E · Credit note");
    case CfdiType::Pago:
        return tr("P · Payment receipt");
    }
    return {};
}

QString InvoiceListModel::stateTitle(const InvoiceRecord &record)
{
    QString text;
    switch (record.state) {
    case InvoiceState::PendingStamp:
        text = record.awaitingRelated ? tr("Pending stamping (waits for its invoice)") : tr("Pending stamping");
        break;
    case InvoiceState::Stamped:
        text = record.cancellationQueued ? tr("Cancellation pending") : tr("Stamped");
        break;
    case InvoiceState::Cancelled:
        text = tr("Cancelled");
        break;
    case InvoiceState::Error:
        text = tr("Refused");
        break;
    }
    if (record.emailQueued)
        text += tr(" · e-mail queued");
    return text;
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    const InvoiceRecord *r = invoiceAt(index.row());
    if (!r)
        return {};
    const QString folio = r->type == CfdiType::Ingreso ? r->folios.join(QStringLiteral(", ")) : r->sourceFolio;
    switch (role) {
    case InvoiceIdRole:
        return r->id;
    case SearchTextRole:
        return QStringList { typeTitle(r->type), folio, stateTitle(*r), r->receiverName, r->receiverRfc, r->uuid }.join(
            u' ');
    case Qt::ToolTipRole:
        return r->lastError.isEmpty() ? QVariant() : QVariant(r->lastError);
    case Qt::TextAlignmentRole:
        return index.column() == Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Type:
        return typeTitle(r->type);
    case Date:
        return QLocale().toString(r->createdAt.toLocalTime(), QStringLiteral("dd/MM/yy HH:mm"));
    case Folio:
        return folio;
    case State:
        return stateTitle(*r);
    case Receiver:
        return QString(r->receiverName + QStringLiteral(" · ") + r->receiverRfc);
    case Total:
        return r->total.format();
    case Uuid:
        return r->uuid.isEmpty() ? QStringLiteral("—") : r->uuid;
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type:
        return tr("Type");
    case Date:
        return tr("Date");
    case Folio:
        return tr("Tickets / folio");
    case State:
        return tr("State");
    case Receiver:
        return tr("Customer");
    case Total:
        return tr("Total");
    case Uuid:
        return tr("Folio fiscal (UUID)");
    default:
        return {};
    }
}

} // namespace nexus
