// Relative times in the user's language (the board is read from a step away: short words, 24 h clock).
#include "workshop/workshopformat.h"

#include "workshop/serviceorderservice.h"

#include <QCoreApplication>
#include <QLocale>

namespace nexus {

QString promisedText(const QDateTime &promisedUtc, const QDateTime &nowUtc)
{
    if (!promisedUtc.isValid())
        return {};
    const QDateTime promised = promisedUtc.toLocalTime();
    const QDate today = nowUtc.toLocalTime().date();
    const QString time = promised.time().toString(QStringLiteral("HH:mm"));
    if (promised.date() == today)
        return QCoreApplication::translate("nexus::WorkshopFormat", "Today %1").arg(time);
    if (promised.date() == today.addDays(1))
        return QCoreApplication::translate("nexus::WorkshopFormat", "Tomorrow %1").arg(time);
    if (promised.date() == today.addDays(-1))
        return QCoreApplication::translate("nexus::WorkshopFormat", "Yesterday %1").arg(time);
    return QLocale().toString(promised.date(), QStringLiteral("ddd dd/MM")) + QLatin1Char(' ') + time;
}

QString lateText(const QDateTime &promisedUtc, const QDateTime &nowUtc)
{
    const qint64 minutes = promisedUtc.secsTo(nowUtc) / 60;
    if (minutes < 60)
        return QCoreApplication::translate("nexus::WorkshopFormat", "Late by %1 min").arg(std::max<qint64>(minutes, 1));
    if (minutes < 24 * 60)
        return minutes % 60 == 0
            ? QCoreApplication::translate("nexus::WorkshopFormat", "Late by %1 h").arg(minutes / 60)
            : QCoreApplication::translate("nexus::WorkshopFormat", "Late by %1 h %2 min")
                  .arg(minutes / 60)
                  .arg(minutes % 60);
    return QCoreApplication::translate("nexus::WorkshopFormat", "Late by %1 days").arg(minutes / (24 * 60));
}

QString localTimeText(const QString &isoUtc)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        return isoUtc;
    at.setTimeSpec(Qt::UTC);
    return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

WorkshopActor actorOf(const User &user)
{
    return WorkshopActor { user.id, user.displayName, user.role };
}

QString partLineStateText(const ServiceOrderPart &part, bool arrived)
{
    const PartSource &source = part.source;
    if (part.status != PartLineStatus::Requested || source.kind == PartSourceKind::None)
        return partLineStatusName(part.status);
    if (source.withdrawn)
        return source.kind == PartSourceKind::Transfer
            ? QCoreApplication::translate("nexus::WorkshopFormat", "Transfer %1 cancelled").arg(source.folio)
            : QCoreApplication::translate("nexus::WorkshopFormat", "Purchase withdrawn");
    if (arrived)
        return QCoreApplication::translate("nexus::WorkshopFormat", "Arrived: reserve it (Ctrl+R)");
    if (source.kind == PartSourceKind::Transfer)
        return QCoreApplication::translate("nexus::WorkshopFormat", "Waiting for transfer %1 from %2")
            .arg(source.folio, source.fromBranch);
    if (source.folio.isEmpty())
        return QCoreApplication::translate("nexus::WorkshopFormat", "To purchase");
    return QCoreApplication::translate("nexus::WorkshopFormat", "On purchase order %1").arg(source.folio);
}

QString partLineState(const ServiceOrderService &orders, const ServiceOrderPart &part)
{
    bool arrived = false;
    if (part.status == PartLineStatus::Requested && part.source.kind != PartSourceKind::None && !part.source.withdrawn)
        if (Result<StockAvailability> stock = orders.availability(part.partId, part.warehouseId); stock)
            arrived = stock->available() >= part.quantity;
    return partLineStateText(part, arrived);
}

QString partSupplyText(const PartSupplyOutcome &outcome, const QString &sku)
{
    QStringList said;
    if (outcome.reserved > Quantity())
        said << (outcome.reservedElsewhere > Quantity()
                ? QCoreApplication::translate("nexus::WorkshopFormat",
                    "%1 × %2 reserved for this order (%3 from another warehouse of this branch).")
                      .arg(outcome.reserved.toString(), sku, outcome.reservedElsewhere.toString())
                : QCoreApplication::translate("nexus::WorkshopFormat", "%1 × %2 reserved for this order.")
                      .arg(outcome.reserved.toString(), sku));
    if (outcome.transferred > Quantity())
        said << QCoreApplication::translate("nexus::WorkshopFormat",
            "%1 × %2 asked from %3, the branch with most stock (%4 as of its last synchronisation): transfer %5.")
                    .arg(outcome.transferred.toString(), sku, outcome.transferBranch,
                        outcome.transferBranchStock.toString(), outcome.transferFolio);
    if (outcome.toPurchase > Quantity())
        said << QCoreApplication::translate(
            "nexus::WorkshopFormat", "%1 × %2 added to the purchase suggestions: no branch has it.")
                    .arg(outcome.toPurchase.toString(), sku);
    if (outcome.waits() && findServiceOrderTransition(outcome.order.status, ServiceOrderStatus::WaitingParts))
        said << QCoreApplication::translate("nexus::WorkshopFormat", "The order can move to \"%1\".")
                    .arg(serviceOrderStatusName(ServiceOrderStatus::WaitingParts));
    return said.join(QLatin1Char(' '));
}

} // namespace nexus
