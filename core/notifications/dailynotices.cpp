// One daily pass of calendar notices in one transaction with its "done today" mark.
#include "notifications/dailynotices.h"

#include "common/clock.h"
#include "fleets/fleetoverview.h"
#include "notifications/notificationservice.h"
#include "store/database.h"
#include "warranty/warrantyexpiry.h"
#include "warranty/warrantylookup.h"

namespace nexus {

DailyNotices::DailyNotices(Database &db, const Clock &clock, QString catalogPath)
    : m_db(db), m_clock(clock), m_catalogPath(std::move(catalogPath))
{
}

Result<QDate> DailyNotices::lastRun() const
{
    Result<QVariant> value
        = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { kLastRunSetting });
    if (!value)
        return std::unexpected(value.error());
    return value->isValid() ? QDate::fromString(value->toString(), Qt::ISODate) : QDate();
}

Result<DailyNoticeReport> DailyNotices::runIfDue()
{
    const QDateTime local = m_clock.nowUtc().toLocalTime();
    DailyNoticeReport report;
    report.day = local.date();
    if (local.time().hour() < kEarliestHour)
        return report;
    Result<QDate> last = lastRun();
    if (!last)
        return std::unexpected(last.error());
    if (last->isValid() && *last >= report.day)
        return report; // done today (or the clock went back: never twice for one day)

    WarrantyLookup lookup(m_db, m_clock, m_catalogPath);
    lookup.attachCatalog(); // SQLite cannot attach inside the transaction
    NotificationService notifications(m_db, m_clock);
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<int> warranties = notifyExpiringWarranties(notifications, lookup);
    if (!warranties)
        return std::unexpected(warranties.error());
    Result<int> maintenance
        = FleetOverview(m_db).queueNotifications(notifications, report.day, notifications.branchName());
    if (!maintenance)
        return std::unexpected(maintenance.error());
    Result<QSqlQuery> mark = m_db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        { kLastRunSetting, report.day.toString(Qt::ISODate) });
    if (!mark)
        return std::unexpected(mark.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    report.ran = true;
    report.warranties = *warranties;
    report.maintenance = *maintenance;
    return report;
}

} // namespace nexus
