// Fleet figures: what each vehicle cost, per km driven, services per month; and the fleet's monthly statement as a
// report table (services charged, the credit account's charges and payments with the running balance) for the PDF
// writer.
// A vehicle's cost is what its service orders were charged plus the counter sales made for it (sales.vehicle_id: the
// cashier picked the vehicle at the counter, e.g. oil and filters bought over the counter), each counter sale net of
// its returns; a sale that charged an order counts once, as the order's.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include "common/error.h"
#include "reports/reporttable.h"

namespace nexus {

class Database;

struct VehicleCost
{
    QString vehicleId;
    QString description; // CustomerVehicle::describe()
    qint64 costCents = 0; // completed sales that charged the vehicle's service orders in the period, plus its counter sales
    int orders = 0; // those orders
    qint64 counterCents = 0; // of costCents: completed counter sales for the vehicle in the period, net of their returns
    int counterSales = 0; // those sales (one returned whole is not counted)
    qint64 kmDriven = 0; // highest minus lowest reading in the period (0 with fewer than two)
    qint64 costPerKmCents = 0; // costCents / kmDriven, rounded; 0 when no km
    int services = 0; // visits: charged orders plus the days with counter sales for it or with service records not
                      // done through an order
};

struct FleetStats
{
    QList<VehicleCost> vehicles; // by cost, the highest first
    QList<std::pair<QString, int>> servicesPerMonth; // "2026-03" → visits, every month of the period in order
    qint64 totalCents = 0;
    qint64 totalKm = 0;
};

// [from, to] are days in `zone` (the branch's); times are compared in UTC.
[[nodiscard]] Result<FleetStats> fleetStats(
    Database &db, const QString &customerId, QDate from, QDate to, const QTimeZone &zone);

// The statement period that closes on `statementDay` of the month of `closingMonth`: the day after the previous
// month's closing day through the closing day (e.g. day 25, March: Feb 26 – Mar 25).
struct StatementPeriod
{
    QDate from;
    QDate to;
};
[[nodiscard]] StatementPeriod statementPeriod(int statementDay, QDate closingMonth);

struct FleetStatement
{
    ReportTable table;
    StatementPeriod period;
    qint64 openingBalanceCents = 0; // the account's balance before the period
    qint64 closingBalanceCents = 0;
};

// Rows by time: each service order charged in the period (vehicle, folio, amount) and each account movement
// (charge / payment, with the running balance). Notes: the opening balance, the maintenance due or overdue.
[[nodiscard]] Result<FleetStatement> fleetStatement(
    Database &db, const QString &customerId, QDate closingMonth, QDate today, const QTimeZone &zone);

} // namespace nexus
