// Customer timeline rows worded for the counter.
#include "customers/customertimelinemodel.h"

#include "workshop/serviceorderstatus.h"

#include <QDateTime>
#include <QLocale>

namespace nexus {

namespace {

QString invoiceState(const QString &code)
{
    if (code == QLatin1String("timbrada"))
        return CustomerTimelineModel::tr("stamped");
    if (code == QLatin1String("pendiente_de_timbrar"))
        return CustomerTimelineModel::tr("waiting to be stamped");
    if (code == QLatin1String("cancelada"))
        return CustomerTimelineModel::tr("cancelled");
    return CustomerTimelineModel::tr("refused by the PAC");
}

QString messageState(const QString &code)
{
    if (code == QLatin1String("delivered"))
        return CustomerTimelineModel::tr("delivered");
    if (code == QLatin1String("sent"))
        return CustomerTimelineModel::tr("sent");
    if (code == QLatin1String("failed"))
        return CustomerTimelineModel::tr("failed");
    if (code == QLatin1String("skipped"))
        return CustomerTimelineModel::tr("not sent");
    return CustomerTimelineModel::tr("queued");
}

QString refundMethod(const QString &code)
{
    if (code == QLatin1String("store_credit"))
        return CustomerTimelineModel::tr("store credit");
    if (code == QLatin1String("card_reversal"))
        return CustomerTimelineModel::tr("card reversal");
    return CustomerTimelineModel::tr("cash");
}

QString quoteState(const QString &code)
{
    if (code == QLatin1String("converted"))
        return CustomerTimelineModel::tr("sold");
    if (code == QLatin1String("cancelled"))
        return CustomerTimelineModel::tr("cancelled");
    if (code == QLatin1String("expired"))
        return CustomerTimelineModel::tr("expired");
    return CustomerTimelineModel::tr("open");
}

QString claimState(const QString &code)
{
    if (code == QLatin1String("replace"))
        return CustomerTimelineModel::tr("part replaced");
    if (code == QLatin1String("refund"))
        return CustomerTimelineModel::tr("refunded");
    if (code == QLatin1String("repair"))
        return CustomerTimelineModel::tr("repaired");
    if (code == QLatin1String("reject"))
        return CustomerTimelineModel::tr("rejected");
    if (code == QLatin1String("closed"))
        return CustomerTimelineModel::tr("closed");
    return CustomerTimelineModel::tr("open");
}

} // namespace

CustomerTimelineModel::CustomerTimelineModel(QObject *parent) : QAbstractTableModel(parent) { }

void CustomerTimelineModel::setEntries(QList<TimelineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const TimelineEntry *CustomerTimelineModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int CustomerTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CustomerTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerTimelineModel::describe(const TimelineEntry &e)
{
    switch (e.kind) {
    case TimelineKind::Sale:
        return e.status == QLatin1String("cancelled") ? tr("Sale · cancelled") : tr("Sale");
    case TimelineKind::Return:
        return tr("Return · %1").arg(refundMethod(e.status));
    case TimelineKind::Payment:
        return tr("Payment on account");
    case TimelineKind::ServiceOrder: {
        Result<ServiceOrderStatus> status = serviceOrderStatusFromCode(e.status);
        return status ? tr("Service order · %1").arg(serviceOrderStatusName(*status)) : tr("Service order");
    }
    case TimelineKind::Invoice:
        return tr("Invoice · %1").arg(invoiceState(e.status));
    case TimelineKind::Message:
        return (e.reference == QLatin1String("whatsapp") ? tr("WhatsApp · %1") : tr("E-mail · %1"))
            .arg(messageState(e.status));
    case TimelineKind::Note:
        return tr("Note");
    case TimelineKind::Call:
        return tr("Call");
    case TimelineKind::Quote:
        return tr("Quote · %1").arg(quoteState(e.status));
    case TimelineKind::Warranty:
        return tr("Warranty claim · %1").arg(claimState(e.status));
    }
    return {};
}

QVariant CustomerTimelineModel::data(const QModelIndex &index, int role) const
{
    const TimelineEntry *e = entry(index.row());
    if (!e)
        return {};
    if (role == KindRole)
        return QString::fromLatin1(timelineKindCode(e->kind));
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return e->detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: {
        const QDateTime at = QDateTime::fromString(e->atUtc, Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")) : e->atUtc;
    }
    case What:
        return describe(*e);
    case Reference:
        return e->kind == TimelineKind::Message ? QString() : e->reference;
    case Amount:
        return e->amount.centavos() != 0 ? e->amount.format() : QString();
    case Detail:
        if (e->kind == TimelineKind::Sale)
            return tr("%n line(s)", nullptr, e->detail.toInt());
        if (e->kind == TimelineKind::Message && !e->by.isEmpty())
            return tr("To %1: %2").arg(e->by, e->detail.simplified());
        return e->detail.simplified();
    case By:
        return e->kind == TimelineKind::Message ? QString() : e->by; // a message's `by` is its recipient
    default:
        return {};
    }
}

QVariant CustomerTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case What: return tr("What");
    case Reference: return tr("Folio");
    case Amount: return tr("Amount");
    case Detail: return tr("Details");
    case By: return tr("By");
    default: return {};
    }
}

} // namespace nexus
