// Relative times in the user's language (the board is read from a step away: short words, 24 h clock).
#include "workshop/workshopformat.h"

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

} // namespace nexus
