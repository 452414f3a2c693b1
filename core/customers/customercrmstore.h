// The SQL of customers' cards in nexus.db: vehicles, notes and calls, tags. Writes run inside the caller's
// transaction (the service adds the outbox fact to it).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "common/error.h"
#include "customers/customercrm.h"

namespace nexus {

class Database;

class CustomerCrmStore final
{
public:
    explicit CustomerCrmStore(Database &db) : m_db(db) { }

    // The customer's vehicles, the last edited first.
    [[nodiscard]] Result<QList<CustomerVehicle>> vehicles(const QString &customerId) const;
    [[nodiscard]] Result<std::optional<CustomerVehicle>> vehicle(const QString &id) const;
    // Any customer's vehicle with this normalised VIN / normalised plates, the last edited first.
    [[nodiscard]] Result<QList<CustomerVehicle>> vehiclesWithVin(const QString &vin) const;
    [[nodiscard]] Result<QList<CustomerVehicle>> vehiclesWithPlates(const QString &plates) const;
    // Inserts or replaces the row with this id.
    [[nodiscard]] Status saveVehicle(const CustomerVehicle &vehicle);

    [[nodiscard]] Status addNote(const CustomerNote &note);
    // Newest first.
    [[nodiscard]] Result<QList<CustomerNote>> notes(const QString &customerId) const;

    [[nodiscard]] Result<QStringList> tags(const QString &customerId) const;
    // Every tag in use with how many customers carry it, by tag.
    [[nodiscard]] Result<QList<std::pair<QString, int>>> tagCounts() const;
    [[nodiscard]] Status setTags(const QString &customerId, const QStringList &tags);

private:
    Database &m_db;
};

} // namespace nexus
