// Fleet figures from the service orders, the sales that charged them, the service log and the credit ledger.
#include "fleets/fleetstats.h"

#include "common/money.h"
#include "customers/accountmovements.h"
#include "customers/customercrmstore.h"
#include "fleets/fleetoverview.h"
#include "fleets/fleetstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace nexus {

namespace {

QString money(qint64 cents)
{
    return Money(cents).format(QLocale(QLocale::Spanish, QLocale::Mexico));
}

} // namespace

Result<FleetStats> fleetStats(Database &db, const QString &customerId, QDate from, QDate to, const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorCode::InvalidInput, NX_ERR("The period's last day comes before its first"), {},
            QStringLiteral("period"));
    Result<QList<CustomerVehicle>> vehicles = CustomerCrmStore(db).vehicles(customerId);
    if (!vehicles)
        return std::unexpected(vehicles.error());
    const QString fromUtc = utcDayStart(from, zone);
    const QString toUtc = utcDayStart(to.addDays(1), zone);
    FleetStats stats;
    QHash<QString, int> perMonth;
    FleetStore store(db);
    for (const CustomerVehicle &vehicle : *vehicles) {
        VehicleCost cost;
        cost.vehicleId = vehicle.id;
        cost.description = vehicle.describe();
        Result<QSqlQuery> orders = db.exec(
            QStringLiteral("SELECT o.charged_at, s.total_cents FROM service_orders o JOIN sales s ON s.id = o.sale_id "
                           "WHERE o.vehicle_id = ? AND s.status = 'completed' AND o.charged_at >= ? "
                           "AND o.charged_at < ?"),
            { vehicle.id, fromUtc, toUtc });
        if (!orders)
            return std::unexpected(orders.error());
        while (orders->next()) {
            cost.costCents += orders->value(1).toLongLong();
            ++cost.orders;
            const QDate day = QDateTime::fromString(orders->value(0).toString(), Qt::ISODateWithMs).toTimeZone(zone).date();
            perMonth[day.toString(QStringLiteral("yyyy-MM"))] += 1;
        }
        // Counter sales for the vehicle that charged no order (those count above), net of their returns.
        QSet<QString> otherDays; // visits without an order: one per day
        Result<QSqlQuery> counter = db.exec(
            QStringLiteral("SELECT s.sold_at, s.total_cents - coalesce((SELECT sum(r.total_cents) FROM returns r "
                           "WHERE r.sale_id = s.id), 0) FROM sales s WHERE s.vehicle_id = ? AND s.status = 'completed' "
                           "AND s.sold_at >= ? AND s.sold_at < ? "
                           "AND NOT EXISTS (SELECT 1 FROM service_orders o WHERE o.sale_id = s.id)"),
            { vehicle.id, fromUtc, toUtc });
        if (!counter)
            return std::unexpected(counter.error());
        while (counter->next()) {
            const qint64 net = counter->value(1).toLongLong();
            if (net <= 0)
                continue; // returned whole: no purchase, no visit
            cost.counterCents += net;
            ++cost.counterSales;
            otherDays.insert(QDateTime::fromString(counter->value(0).toString(), Qt::ISODateWithMs)
                                 .toTimeZone(zone)
                                 .date()
                                 .toString(Qt::ISODate));
        }
        cost.costCents += cost.counterCents;
        // Service records not done through an order.
        Result<QSqlQuery> visits = db.exec(
            QStringLiteral("SELECT DISTINCT done_on FROM maintenance_records WHERE vehicle_id = ? "
                           "AND service_order_id = '' AND done_on >= ? AND done_on <= ?"),
            { vehicle.id, from.toString(Qt::ISODate), to.toString(Qt::ISODate) });
        if (!visits)
            return std::unexpected(visits.error());
        while (visits->next())
            otherDays.insert(visits->value(0).toString());
        for (const QString &day : std::as_const(otherDays))
            perMonth[day.left(7)] += 1;
        cost.services = cost.orders + static_cast<int>(otherDays.size());
        Result<QList<OdometerReading>> readings = store.readings(vehicle.id);
        if (!readings)
            return std::unexpected(readings.error());
        qint64 low = -1;
        qint64 high = -1;
        for (const OdometerReading &r : *readings) {
            if (r.on < from || r.on > to || r.km <= 0)
                continue;
            low = low < 0 ? r.km : std::min(low, r.km);
            high = std::max(high, r.km);
        }
        cost.kmDriven = low >= 0 ? high - low : 0;
        if (cost.kmDriven > 0)
            cost.costPerKmCents = std::llround(static_cast<double>(cost.costCents) / static_cast<double>(cost.kmDriven));
        stats.totalCents += cost.costCents;
        stats.totalKm += cost.kmDriven;
        stats.vehicles << cost;
    }
    std::stable_sort(stats.vehicles.begin(), stats.vehicles.end(),
        [](const VehicleCost &a, const VehicleCost &b) { return a.costCents > b.costCents; });
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        stats.servicesPerMonth.append({ key, perMonth.value(key) });
    }
    return stats;
}

StatementPeriod statementPeriod(int statementDay, QDate closingMonth)
{
    const int day = std::clamp(statementDay, 1, 28);
    const QDate to(closingMonth.year(), closingMonth.month(), day);
    return StatementPeriod { to.addMonths(-1).addDays(1), to };
}

Result<FleetStatement> fleetStatement(
    Database &db, const QString &customerId, QDate closingMonth, QDate today, const QTimeZone &zone)
{
    Result<std::optional<Fleet>> fleet = FleetStore(db).fleet(customerId);
    if (!fleet)
        return std::unexpected(fleet.error());
    if (!*fleet)
        return fail(ErrorCode::NotFound, NX_ERR("The customer %1 is not a fleet"), { customerId },
            QStringLiteral("customer"));
    FleetStatement statement;
    statement.period = statementPeriod((*fleet)->fields.statementDay, closingMonth);
    const QString fromUtc = utcDayStart(statement.period.from, zone);
    const QString toUtc = utcDayStart(statement.period.to.addDays(1), zone);

    ReportTable &t = statement.table;
    t.title = QCoreApplication::translate("nexus::Fleets", "Fleet statement: %1").arg((*fleet)->customerName);
    t.timeZone = zone;
    t.columns = { { QStringLiteral("at"), QCoreApplication::translate("nexus::Fleets", "Date"), ColumnType::DateTime, false },
        { QStringLiteral("vehicle"), QCoreApplication::translate("nexus::Fleets", "Vehicle"), ColumnType::Text, false },
        { QStringLiteral("concept"), QCoreApplication::translate("nexus::Fleets", "Concept"), ColumnType::Text, false },
        { QStringLiteral("folio"), QCoreApplication::translate("nexus::Fleets", "Folio"), ColumnType::Text, false },
        { QStringLiteral("service"), QCoreApplication::translate("nexus::Fleets", "Service"), ColumnType::Money, true },
        { QStringLiteral("charge"), QCoreApplication::translate("nexus::Fleets", "Charge"), ColumnType::Money, true },
        { QStringLiteral("payment"), QCoreApplication::translate("nexus::Fleets", "Payment"), ColumnType::Money, true },
        { QStringLiteral("balance"), QCoreApplication::translate("nexus::Fleets", "Balance"), ColumnType::Money, false } };

    Result<qint64> opening = accountBalanceBefore(db, customerId, fromUtc, AccountScope::AccountOnly);
    if (!opening)
        return std::unexpected(opening.error());
    statement.openingBalanceCents = *opening;

    struct Row
    {
        QString at;
        QVariantList cells;
        qint64 amount = 0; // signed account movement; 0 for a service line
    };
    QList<Row> rows;
    // The vehicle of each sale that charged a service order of the fleet's vehicles.
    Result<QSqlQuery> orders = db.exec(
        QStringLiteral("SELECT o.charged_at, v.id, o.folio, s.folio, s.total_cents, o.sale_id FROM service_orders o "
                       "JOIN customer_vehicles v ON v.id = o.vehicle_id JOIN sales s ON s.id = o.sale_id "
                       "WHERE v.customer_id = ? AND s.status = 'completed' AND o.charged_at >= ? AND o.charged_at < ?"),
        { customerId, fromUtc, toUtc });
    if (!orders)
        return std::unexpected(orders.error());
    QHash<QString, QString> vehicleOfSale;
    Result<QList<CustomerVehicle>> vehicles = CustomerCrmStore(db).vehicles(customerId);
    if (!vehicles)
        return std::unexpected(vehicles.error());
    QHash<QString, QString> describe;
    for (const CustomerVehicle &v : *vehicles)
        describe.insert(v.id, v.describe());
    while (orders->next()) {
        const QString vehicle = describe.value(orders->value(1).toString());
        vehicleOfSale.insert(orders->value(5).toString(), vehicle);
        rows << Row { orders->value(0).toString(),
            { orders->value(0).toString(), vehicle,
                QCoreApplication::translate("nexus::Fleets", "Service order %1").arg(orders->value(2).toString()), orders->value(3).toString(),
                orders->value(4).toLongLong(), QVariant(), QVariant(), QVariant() },
            0 };
    }
    // A counter sale made for one of the vehicles: its credit charge names the vehicle too.
    Result<QSqlQuery> forVehicles = db.exec(
        QStringLiteral("SELECT id, vehicle_id FROM sales WHERE customer_id = ? AND vehicle_id IS NOT NULL "
                       "AND sold_at >= ? AND sold_at < ?"),
        { customerId, fromUtc, toUtc });
    if (!forVehicles)
        return std::unexpected(forVehicles.error());
    while (forVehicles->next())
        if (!vehicleOfSale.contains(forVehicles->value(0).toString()))
            vehicleOfSale.insert(forVehicles->value(0).toString(), describe.value(forVehicles->value(1).toString()));
    Result<QList<AccountMovement>> ledger = accountMovements(db, customerId, fromUtc, toUtc, AccountScope::AccountOnly);
    if (!ledger)
        return std::unexpected(ledger.error());
    for (const AccountMovement &m : *ledger) {
        const bool charge = m.kind == AccountMovementKind::Charge;
        const QString vehicle = m.refType == QLatin1String("sale") ? vehicleOfSale.value(m.refId) : QString();
        rows << Row { m.atUtc,
            { m.atUtc, vehicle,
                charge ? QCoreApplication::translate("nexus::Fleets", "Credit sale") : QCoreApplication::translate("nexus::Fleets", "Payment received"), m.folio, QVariant(),
                charge ? QVariant(m.amountCents) : QVariant(), charge ? QVariant() : QVariant(-m.amountCents), QVariant() },
            m.amountCents };
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.at < b.at; });
    qint64 balance = statement.openingBalanceCents;
    for (Row &row : rows) {
        if (row.amount != 0) {
            balance += row.amount;
            row.cells[7] = balance;
        }
        t.rows << row.cells;
    }
    statement.closingBalanceCents = balance;
    t.sumTotals();
    t.totals[7] = balance;

    const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    t.notes << QCoreApplication::translate("nexus::Fleets", "Period: %1 to %2 (closing day %3)")
                   .arg(statement.period.from.toString(Qt::ISODate), statement.period.to.toString(Qt::ISODate))
                   .arg((*fleet)->fields.statementDay);
    t.notes << QCoreApplication::translate("nexus::Fleets", "Previous balance: %1 · Balance at closing: %2")
                   .arg(money(statement.openingBalanceCents), money(statement.closingBalanceCents));
    if (!(*fleet)->fields.contactName.isEmpty())
        t.notes << QCoreApplication::translate("nexus::Fleets", "Contact: %1 %2").arg((*fleet)->fields.contactName, (*fleet)->fields.contactPhone).trimmed();
    Result<QList<VehicleMaintenance>> states = FleetOverview(db).fleetVehicles(customerId, today);
    if (!states)
        return std::unexpected(states.error());
    for (const VehicleMaintenance &v : *states)
        for (const PlanItemState &item : v.items)
            if (item.due.status != MaintenanceStatus::Ok)
                t.notes << QCoreApplication::translate("nexus::Fleets", "%1: %2 %3 (%4)")
                               .arg(v.vehicle.describe(), item.item.line.name,
                                   maintenanceStatusTitle(item.due.status).toLower(),
                                   item.due.nextOn ? mexico.toString(*item.due.nextOn, QStringLiteral("dd/MM/yyyy"))
                                                   : QString());
    return statement;
}

} // namespace nexus
