// CustomerCrmService: permission, validation, row and outbox fact in one transaction.
#include "customers/customercrmservice.h"

#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "customers/crmpayload.h"
#include "customers/customercrmstore.h"
#include "customers/customercrmvalidation.h"
#include "customers/customerrepository.h"
#include "store/database.h"
#include "store/outbox.h"

namespace nexus {

Status CustomerCrmService::checkCustomer(const QString &customerId, const CustomerContext &context) const
{
    if (Status allowed = checkPermission(context.role, Permission::ManageCustomers); !allowed)
        return allowed;
    Result<std::optional<Customer>> customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer)
        return fail(ErrorCode::NotFound, NX_ERR("There is no customer %1 on this computer"), { customerId },
            QStringLiteral("customer"));
    return {};
}

Result<CustomerVehicle> CustomerCrmService::saveVehicle(const QString &customerId, const QString &vehicleId,
    const CustomerVehicleFields &fields, const CustomerContext &context)
{
    if (Status known = checkCustomer(customerId, context); !known)
        return std::unexpected(known.error());
    Result<CustomerVehicleFields> valid = validateVehicle(fields, m_clock.nowUtc().date().year());
    if (!valid)
        return std::unexpected(valid.error());
    CustomerCrmStore store(m_db);
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    CustomerVehicle vehicle;
    if (!vehicleId.isEmpty()) {
        Result<std::optional<CustomerVehicle>> existing = store.vehicle(vehicleId);
        if (!existing)
            return std::unexpected(existing.error());
        if (!*existing || (*existing)->customerId != customerId)
            return fail(ErrorCode::NotFound, NX_ERR("This customer has no vehicle %1"), { vehicleId },
                QStringLiteral("vehicle"));
        if ((*existing)->fields == *valid)
            return **existing;
        vehicle = **existing;
    } else {
        vehicle.id = IdGenerator::instance().nextString();
        vehicle.customerId = customerId;
        vehicle.createdAtUtc = now;
    }
    vehicle.fields = *valid;
    vehicle.updatedAtUtc = now;

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (Status saved = store.saveVehicle(vehicle); !saved)
        return std::unexpected(saved.error());
    Result<qint64> seq = Outbox(m_db).append(IdGenerator::instance().nextString(), QString(kCustomerVehicleSavedMutation),
        kCustomerCrmPayloadSchema, vehiclePayload(vehicle, context.branchId, context.userId), now);
    if (!seq)
        return std::unexpected(seq.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return vehicle;
}

Result<CustomerNote> CustomerCrmService::addNote(const QString &customerId, CustomerNoteKind kind, const QString &text,
    const CustomerContext &context, const QString &userName)
{
    if (Status known = checkCustomer(customerId, context); !known)
        return std::unexpected(known.error());
    Result<QString> clean = validateNoteText(text);
    if (!clean)
        return std::unexpected(clean.error());
    CustomerNote note;
    note.id = IdGenerator::instance().nextString();
    note.customerId = customerId;
    note.kind = kind;
    note.text = *clean;
    note.userId = context.userId;
    note.userName = userName.isEmpty() ? context.userId : userName;
    note.atUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (Status added = CustomerCrmStore(m_db).addNote(note); !added)
        return std::unexpected(added.error());
    Result<qint64> seq = Outbox(m_db).append(IdGenerator::instance().nextString(), QString(kCustomerNoteAddedMutation),
        kCustomerCrmPayloadSchema, notePayload(note, context.branchId), note.atUtc);
    if (!seq)
        return std::unexpected(seq.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return note;
}

Result<QStringList> CustomerCrmService::setTags(
    const QString &customerId, const QStringList &tags, const CustomerContext &context)
{
    if (Status known = checkCustomer(customerId, context); !known)
        return std::unexpected(known.error());
    Result<QStringList> valid = validateTags(tags);
    if (!valid)
        return std::unexpected(valid.error());
    CustomerCrmStore store(m_db);
    Result<QStringList> current = store.tags(customerId);
    if (!current)
        return std::unexpected(current.error());
    if (*current == *valid)
        return *valid;
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (Status set = store.setTags(customerId, *valid); !set)
        return std::unexpected(set.error());
    Result<qint64> seq = Outbox(m_db).append(IdGenerator::instance().nextString(), QString(kCustomerTagsSetMutation),
        kCustomerCrmPayloadSchema, tagsPayload(customerId, *valid, context.branchId, context.userId, now), now);
    if (!seq)
        return std::unexpected(seq.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *valid;
}

} // namespace nexus
