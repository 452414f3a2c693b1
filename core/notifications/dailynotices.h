// The notices the calendar raises rather than a person: warranties about to expire and fleets' maintenance coming
// due, once per local day and not before the shop opens (no WhatsApp at midnight). The day of the last pass is kept
// in settings (daily_notices_last_run) in the same transaction as its messages, so a restart on the same day does
// not run it again; each warranty and each maintenance cycle is still told only once whatever the days (their event
// ids in the notifications outbox).
#pragma once

#include <QDate>
#include <QString>

#include "common/error.h"

namespace nexus {

class Clock;
class Database;

struct DailyNoticeReport
{
    bool ran = false; // false: already done today, or too early
    QDate day;        // the local day the pass ran for
    int warranties = 0;
    int maintenance = 0;
};

class DailyNotices final
{
public:
    static inline const QString kLastRunSetting = QStringLiteral("daily_notices_last_run");
    static constexpr int kEarliestHour = 9; // local time: customers are not messaged before the shop opens

    // `catalogPath`: catalog.db next to nexus.db (brand and category warranty policies need it).
    DailyNotices(Database &db, const Clock &clock, QString catalogPath);

    // Runs the pass when it has not run today (local date) and it is past kEarliestHour.
    [[nodiscard]] Result<DailyNoticeReport> runIfDue();
    [[nodiscard]] Result<QDate> lastRun() const;

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_catalogPath;
};

} // namespace nexus
