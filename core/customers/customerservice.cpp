// CustomerService: validation, permission for overrides, duplicates, stamp, row and outbox fact in one transaction.
#include "customers/customerservice.h"

#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "customers/customerpayload.h"
#include "customers/customerrepository.h"
#include "customers/customervalidation.h"
#include "customers/hybridclock.h"
#include "store/database.h"
#include "store/outbox.h"

namespace nexus {

namespace {

Status checkDuplicates(const CustomerRepository &repository, const CustomerFields &fields, const QString &exceptId)
{
    if (!fields.rfc.isEmpty()) {
        Result<QList<Customer>> same = repository.withRfc(fields.rfc, exceptId);
        if (!same)
            return std::unexpected(same.error());
        if (!same->isEmpty())
            return fail(ErrorCode::Conflict,
                NX_ERR("The RFC %1 already belongs to the customer \"%2\": look them up instead of adding them again"),
                { fields.rfc, same->constFirst().fields.name }, QStringLiteral("rfc"));
    }
    if (!fields.phone.isEmpty()) {
        Result<QList<Customer>> same = repository.withPhone(fields.phone, exceptId);
        if (!same)
            return std::unexpected(same.error());
        if (!same->isEmpty())
            return fail(ErrorCode::Conflict,
                NX_ERR("The phone %1 already belongs to the customer \"%2\": look them up instead of adding them "
                       "again"),
                { fields.phone, same->constFirst().fields.name }, QStringLiteral("phone"));
    }
    return {};
}

} // namespace

Result<Customer> CustomerService::create(const CustomerFields &fields, const CustomerContext &context)
{
    return save(std::nullopt, fields, context);
}

Result<Customer> CustomerService::update(const QString &id, const CustomerFields &fields, const CustomerContext &context)
{
    Result<std::optional<Customer>> existing = CustomerRepository(m_db).find(id);
    if (!existing)
        return std::unexpected(existing.error());
    if (!*existing)
        return fail(ErrorCode::NotFound, NX_ERR("There is no customer %1 on this computer"), { id },
            QStringLiteral("customer"));
    return save(*existing, fields, context);
}

Result<Customer> CustomerService::save(
    const std::optional<Customer> &existing, const CustomerFields &fields, const CustomerContext &context)
{
    if (Status allowed = checkPermission(context.role, Permission::ManageCustomers); !allowed)
        return std::unexpected(allowed.error());
    const bool mayAcceptRfc
        = roleHas(context.role, Permission::AcceptRfcCheckDigit) || !context.rfcAcceptedBy.trimmed().isEmpty();
    // An RFC accepted before keeps its acceptance while it stays the same.
    const bool acceptedBefore = existing && !existing->rfcAcceptedBy.isEmpty()
        && normalizeRfc(fields.rfc) == existing->fields.rfc;
    Result<ValidatedCustomer> valid = validateCustomer(fields, mayAcceptRfc || acceptedBefore);
    if (!valid)
        return std::unexpected(valid.error());
    const CustomerFields &clean = valid->fields;
    const Money oldLimit = existing ? existing->fields.creditLimit : Money();
    const int oldDays = existing ? existing->fields.creditDays : 0;
    if ((clean.creditLimit != oldLimit || clean.creditDays != oldDays)
        && !roleHas(context.role, Permission::CreditAboveLimit) && context.creditAuthorizedBy.trimmed().isEmpty())
        return fail(ErrorCode::PermissionDenied,
            NX_ERR("Only a manager may set a customer's credit limit and terms: a manager must authorise it"), {},
            QStringLiteral("credit_limit"));
    if (existing && existing->fields == clean)
        return *existing;

    CustomerRepository repository(m_db);
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (Status unique = checkDuplicates(repository, clean, existing ? existing->id : QString()); !unique)
        return std::unexpected(unique.error());
    Result<QString> latest = repository.latestHlc();
    if (!latest)
        return std::unexpected(latest.error());
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Customer customer = existing ? *existing : Customer {};
    const QString baseHlc = customer.hlc;
    if (!existing) {
        customer.id = IdGenerator::instance().nextString();
        customer.createdAtUtc = now;
    }
    customer.fields = clean;
    customer.hlc = nextHlc(m_clock.nowMs(), *latest, context.deviceId);
    customer.updatedAtUtc = now;
    if (valid->rfcCheckDigitMismatch) {
        if (!acceptedBefore)
            customer.rfcAcceptedBy
                = context.rfcAcceptedBy.trimmed().isEmpty() ? context.userId : context.rfcAcceptedBy.trimmed();
    } else {
        customer.rfcAcceptedBy.clear();
    }
    if (Status written = existing ? repository.update(customer) : repository.insert(customer); !written)
        return std::unexpected(written.error());
    Result<qint64> seq = Outbox(m_db).append(IdGenerator::instance().nextString(),
        existing ? QString(kCustomerUpdatedMutation) : QString(kCustomerCreatedMutation), kCustomerPayloadSchema,
        customerPayload(customer, baseHlc, context.branchId, context.userId), now);
    if (!seq)
        return std::unexpected(seq.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return customer;
}

Result<std::optional<Customer>> CustomerService::find(const QString &id) const
{
    return CustomerRepository(m_db).find(id);
}

Result<QList<Customer>> CustomerService::search(const QString &text, int limit) const
{
    return CustomerRepository(m_db).search(text, limit);
}

Result<CreditPosition> CustomerService::creditPosition(const QString &customerId) const
{
    return CustomerRepository(m_db).creditPosition(customerId);
}

} // namespace nexus
