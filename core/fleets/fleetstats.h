// Fleet figures: what each vehicle cost (the counter sales that charged its service orders), per km driven, services
// per month; and the fleet's monthly statement as a report table (services charged, the credit account's charges and
// payments with the running balance) for the PDF writer.
// A vehicle's cost is what its service orders were charged: a counter sale carries a customer but no vehicle (no
// column in sales, nothing in the sale.completed fact), so parts a fleet buys over the counter without an order count
// in the fleet's statement (the customer's credit) but not in any vehicle's cost. To put them on a vehicle, open a
// service order for it and charge the parts there.
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
    qint64 costCents = 0; // completed sales that charged the vehicle's service orders in the period
    int orders = 0; // those orders
    qint64 kmDriven = 0; // highest minus lowest reading in the period (0 with fewer than two)
    qint64 costPerKmCents = 0; // costCents / kmDriven, rounded; 0 when no km
    int services = 0; // visits: charged orders plus days with service records not done through an order
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
