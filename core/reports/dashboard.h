// The branch dashboard's figures for one day: the day against the same weekday of the four weeks before, by hour,
// by payment method and by cashier, and the last 30 days' margin, average ticket and best parts and categories.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>

#include "common/error.h"
#include "reports/dashboardoperations.h"
#include "reports/reportcontrol.h"

namespace nexus {

class Database;

struct DashboardAmount
{
    QString label; // translated name (payment method, cashier, part, category)
    qint64 cents = 0;
    qint64 count = 0; // tickets (cashier), thousandths (parts)
};

struct DashboardFigures
{
    QDate day;
    qint64 salesCents = 0; // completed sales' totals of the day, tax included
    qint64 tickets = 0;
    qint64 refundsCents = 0; // returns of the day
    qint64 averageTicketCents = 0;
    qint64 weeksAverageCents = 0; // the same weekday of the 4 weeks before, averaged
    std::array<qint64, 24> byHour {}; // the day, local hours
    std::array<qint64, 24> weeksByHour {}; // the 4 weeks before, averaged per hour
    QList<DashboardAmount> byPayment; // the day
    QList<DashboardAmount> byCashier; // the day
    // The 30 days ending on the day, net of returns.
    qint64 periodBaseCents = 0;
    qint64 periodCostCents = 0;
    qint64 periodMarginBasisPoints = 0;
    qint64 periodTickets = 0;
    qint64 periodAverageTicketCents = 0;
    qint64 linesWithoutCost = 0;
    qint64 savingsCents = 0; // delivered to customers against agency prices (sales/savings.h), the day
    qint64 periodSavingsCents = 0; // the same over the 30 days
    QList<DashboardAmount> topParts; // by net sales, 10
    QList<DashboardAmount> topCategories; // by net sales, 8 (needs catalog.db)
    QList<DashboardAmount> dailySales; // the 30 days, label yyyy-MM-dd
    DashboardOperations operations; // quotes, workshop and stock over the same 30 days
    qint64 elapsedMs = 0;
};

class DashboardService final
{
public:
    DashboardService(Database &db, QString catalogPath) : m_db(db), m_catalogPath(std::move(catalogPath)) { }

    // `branchId` empty: every branch in the replica.
    [[nodiscard]] Result<DashboardFigures> load(const QDate &day, const QString &branchId,
        const QTimeZone &zone = QTimeZone::systemTimeZone(), const ReportControl *control = nullptr);

private:
    Database &m_db;
    QString m_catalogPath;
};

} // namespace nexus
