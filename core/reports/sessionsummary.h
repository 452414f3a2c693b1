// The cash session summary: what a till did, one section after the other (the session, its sales, its payments by
// method, its cash movements, its returns, the drawer), for the cashier's own Reportes and for managers.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include "common/error.h"
#include "reports/reportcontrol.h"
#include "reports/reportrequest.h"
#include "reports/reporttable.h"

namespace nexus {

class Database;

// One row a section line: section, concept, time, count, amount (MXN centavos); nothing is summed across sections.
// `range`: the request's days as UTC [from, to) (ReportService::utcRange); sessions opened in it are summarised.
[[nodiscard]] Result<ReportTable> sessionSummaryReport(Database &db, const ReportRequest &request,
    const std::pair<QString, QString> &range, ReportControl *control);

// A cash session someone opened, for a cashier's session picker.
struct OwnCashSession
{
    QString id;
    QString openedAtUtc;
    QString closedAtUtc; // empty: still open
    int zNumber = 0; // 0: not closed
};

// The sessions `userId` opened, the latest first (at most `limit`).
[[nodiscard]] Result<QList<OwnCashSession>> ownCashSessions(Database &db, const QString &userId, int limit = 60);

} // namespace nexus
