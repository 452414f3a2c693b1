// The customer's card at the counter: vehicles added and edited, notes and calls written down, segment tags set —
// each validated, written with its outbox fact in one transaction (nothing written on any error).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "common/error.h"
#include "customers/customercrm.h"
#include "customers/customerservice.h"

namespace nexus {

class Clock;
class Database;

class CustomerCrmService final
{
public:
    CustomerCrmService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // A new vehicle (vehicleId empty) or an edit of one of this customer's; customer.vehicle_saved goes up. An edit
    // that changes nothing writes nothing.
    [[nodiscard]] Result<CustomerVehicle> saveVehicle(const QString &customerId, const QString &vehicleId,
        const CustomerVehicleFields &fields, const CustomerContext &context);
    // A note or a call, signed with who wrote it (userName is shown on the timeline); customer.note_added goes up.
    [[nodiscard]] Result<CustomerNote> addNote(const QString &customerId, CustomerNoteKind kind, const QString &text,
        const CustomerContext &context, const QString &userName);
    // Replaces the customer's tags (validateTags); customer.tags_set goes up. The same set again writes nothing.
    [[nodiscard]] Result<QStringList> setTags(
        const QString &customerId, const QStringList &tags, const CustomerContext &context);

private:
    [[nodiscard]] Status checkCustomer(const QString &customerId, const CustomerContext &context) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace nexus
