// Customer handlers: validation with core's rules, last-writer-wins by stamp, conflict log, abono application.
#include "server/customerhandlers.h"

#include "customers/creditaccount.h"
#include "customers/customerpayload.h"
#include "customers/customervalidation.h"
#include "customers/hybridclock.h"
#include "protocol/jsonreader.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nexus {

namespace {

// NOT NULL text columns: a missing optional text binds as '', not NULL.
QString text(QString value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString kFieldColumns = QStringLiteral("name, rfc, fiscal_regime, postal_code, cfdi_use, phone, email, "
                                             "price_list, credit_limit_cents, credit_days");

QVariantList fieldValues(const CustomerFields &f)
{
    return { text(f.name), text(f.rfc), text(f.fiscalRegime), text(f.postalCode), text(f.cfdiUse), text(f.phone),
        text(f.email), text(f.priceList), f.creditLimit.centavos(), f.creditDays };
}

CustomerFields fieldsFrom(const QSqlQuery &q, int first)
{
    CustomerFields f;
    f.name = q.value(first).toString();
    f.rfc = q.value(first + 1).toString();
    f.fiscalRegime = q.value(first + 2).toString();
    f.postalCode = q.value(first + 3).toString();
    f.cfdiUse = q.value(first + 4).toString();
    f.phone = q.value(first + 5).toString();
    f.email = q.value(first + 6).toString();
    f.priceList = q.value(first + 7).toString();
    f.creditLimit = Money(q.value(first + 8).toLongLong());
    f.creditDays = q.value(first + 9).toInt();
    return f;
}

Status logConflict(const MutationContext &context, const QString &customerId, const QString &loserHlc,
    const QString &winnerHlc, const QJsonObject &loser)
{
    Result<QSqlQuery> logged = context.db.exec(
        QStringLiteral("INSERT INTO customer_conflicts(customer_id, mutation_id, device_id, loser_hlc, winner_hlc, "
                       "loser, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { customerId, context.mutationId, context.device.deviceId, loserHlc, winnerHlc, compact(loser),
            context.nowUtc });
    if (!logged)
        return std::unexpected(logged.error());
    return {};
}

// Two counters offline may both add the same person: kept, and HQ is told.
Result<bool> openDuplicateException(const MutationContext &context, const QString &id, const CustomerFields &f)
{
    Result<QSqlQuery> same = context.db.exec(
        QStringLiteral("SELECT id, rfc, phone FROM customers WHERE id <> ? AND active = 1 AND "
                       "((rfc = ? AND rfc <> '' AND rfc NOT IN ('XAXX010101000', 'XEXX010101000')) OR "
                       "(phone = ? AND phone <> '')) ORDER BY id"),
        { id, f.rfc, f.phone });
    if (!same)
        return std::unexpected(same.error());
    QJsonArray others;
    while (same->next())
        others.append(same->value(0).toString());
    if (others.isEmpty())
        return false;
    const QJsonObject details { { QStringLiteral("customer_id"), id }, { QStringLiteral("rfc"), f.rfc },
        { QStringLiteral("phone"), f.phone }, { QStringLiteral("same_as"), others } };
    if (Status opened = openException(context.db, QStringLiteral("duplicate_customer"), id, details, context.nowUtc);
        !opened)
        return std::unexpected(opened.error());
    return true;
}

} // namespace

QString CustomerSavedHandler::type() const
{
    return m_created ? QString(kCustomerCreatedMutation) : QString(kCustomerUpdatedMutation);
}

Result<QJsonObject> CustomerSavedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString hlc = reader.string(QLatin1String("hlc"));
    const QString baseHlc = text(reader.optionalString(QLatin1String("base_hlc")));
    const QString rfcAcceptedBy = text(reader.optionalString(QLatin1String("rfc_accepted_by")));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString at = reader.string(QLatin1String("at"));
    CustomerFields typed;
    typed.name = reader.string(QLatin1String("name"));
    typed.rfc = reader.optionalString(QLatin1String("rfc"));
    typed.fiscalRegime = reader.optionalString(QLatin1String("fiscal_regime"));
    typed.postalCode = reader.optionalString(QLatin1String("postal_code"));
    typed.cfdiUse = reader.optionalString(QLatin1String("cfdi_use"));
    typed.phone = reader.optionalString(QLatin1String("phone"));
    typed.email = reader.optionalString(QLatin1String("email"));
    typed.priceList = reader.string(QLatin1String("price_list"));
    typed.creditLimit = Money(reader.integer(QLatin1String("credit_limit_cents")));
    typed.creditDays = static_cast<int>(reader.integer(QLatin1String("credit_days")));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The customer was saved at branch %1, not at this device's"),
            { branchId }, QStringLiteral("payload.branch_id"));
    // A device stamps its edits with its own id: anything else could win every conflict.
    if (HlcStamp::parse(hlc).ms <= 0 || HlcStamp::parse(hlc).deviceId != context.device.deviceId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The edit stamp %1 is not one of this device's"), { hlc },
            QStringLiteral("payload.hlc"));
    Result<ValidatedCustomer> valid = validateCustomer(typed, !rfcAcceptedBy.isEmpty());
    if (!valid) {
        Error error = valid.error();
        return fail(error.code(), error.sourceText(), error.args(), QStringLiteral("payload.") + error.field());
    }
    const CustomerFields &fields = valid->fields;

    Result<QSqlQuery> stored = context.db.exec(
        QStringLiteral("SELECT hlc, ") + kFieldColumns + QStringLiteral(", rfc_accepted_by FROM customers WHERE id = ?"),
        { id });
    if (!stored)
        return std::unexpected(stored.error());
    QString outcome;
    if (!stored->next()) {
        // Balances from the ledgers: a return's store credit or a sale may have reached the server before.
        Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO customers(id, ") + kFieldColumns
                + QStringLiteral(", rfc_accepted_by, active, hlc, created_at, updated_at, created_by_device, "
                                 "balance_cents, store_credit_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, "
                                 "?, ?, ?, ?, (SELECT CAST(coalesce(sum(l.amount_cents), 0) AS BIGINT) FROM "
                                 "customer_account_ledger l WHERE l.customer_id = ?), (SELECT "
                                 "CAST(coalesce(sum(s.amount_cents), 0) AS BIGINT) FROM store_credit_ledger s "
                                 "WHERE s.customer_id = ?))"),
            QVariantList { id } + fieldValues(fields)
                + QVariantList { rfcAcceptedBy, hlc, at, at, context.device.deviceId, id, id });
        if (!inserted)
            return std::unexpected(inserted.error());
        outcome = QStringLiteral("created");
    } else {
        const QString storedHlc = stored->value(0).toString();
        const CustomerFields current = fieldsFrom(*stored, 1);
        if (hlc == storedHlc) {
            outcome = QStringLiteral("unchanged"); // the same edit again (a restored outbox)
        } else if (hlcIsNewer(hlc, storedHlc)) {
            Result<QSqlQuery> updated = context.db.exec(
                QStringLiteral("UPDATE customers SET name = ?, rfc = ?, fiscal_regime = ?, postal_code = ?, "
                               "cfdi_use = ?, phone = ?, email = ?, price_list = ?, credit_limit_cents = ?, "
                               "credit_days = ?, rfc_accepted_by = ?, hlc = ?, updated_at = ? WHERE id = ?"),
                fieldValues(fields) + QVariantList { rfcAcceptedBy, hlc, at, id });
            if (!updated)
                return std::unexpected(updated.error());
            // The editor did not see the version it replaces (edited offline meanwhile elsewhere): that one lost.
            if (baseHlc != storedHlc && current != fields)
                if (Status logged = logConflict(context, id, storedHlc, hlc, customerFieldsJson(current)); !logged)
                    return std::unexpected(logged.error());
            outcome = QStringLiteral("updated");
        } else {
            if (Status logged = logConflict(context, id, hlc, storedHlc, customerFieldsJson(fields)); !logged)
                return std::unexpected(logged.error());
            outcome = QStringLiteral("superseded");
        }
    }
    QJsonObject result { { QStringLiteral("customer_id"), id }, { QStringLiteral("outcome"), outcome } };
    if (outcome == QLatin1String("created") || outcome == QLatin1String("updated")) {
        Result<bool> duplicate = openDuplicateException(context, id, fields);
        if (!duplicate)
            return std::unexpected(duplicate.error());
        if (*duplicate)
            result.insert(QStringLiteral("exceptions"), QJsonArray { QStringLiteral("duplicate_customer") });
    }
    return result;
}

QString CustomerPaymentHandler::type() const
{
    return QString(kCustomerPaymentMutation);
}

Result<QJsonObject> CustomerPaymentHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString customerId = reader.string(QLatin1String("customer_id"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString folio = text(reader.optionalString(QLatin1String("folio")));
    const qint64 amount = reader.integer(QLatin1String("amount_cents"));
    const QString method = reader.string(QLatin1String("method"));
    const QString at = reader.string(QLatin1String("at"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The payment was taken at branch %1, not at this device's"),
            { branchId }, QStringLiteral("payload.branch_id"));
    if (amount <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("The amount must be greater than zero"), {},
            QStringLiteral("payload.amount_cents"));
    static const QStringList kMethods { QStringLiteral("cash"), QStringLiteral("card_credit"),
        QStringLiteral("card_debit"), QStringLiteral("transfer") };
    if (!kMethods.contains(method))
        return fail(ErrorCode::InvalidInput, NX_ERR("Unknown payment method %1"), { method },
            QStringLiteral("payload.method"));
    Result<QVariant> existing
        = context.db.scalar(QStringLiteral("SELECT 1 FROM customer_account_ledger WHERE id = ?"), { id });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The payment %1 exists already under another mutation"), { id },
            QStringLiteral("payload.id"));

    Result<QSqlQuery> open = context.db.exec(
        QStringLiteral("SELECT l.id, l.folio, l.at, coalesce(l.due_on, ''), l.amount_cents - (SELECT "
                       "CAST(coalesce(sum(a.amount_cents), 0) AS BIGINT) FROM customer_payment_applications a "
                       "WHERE a.charge_id = l.id) FROM customer_account_ledger l "
                       "WHERE l.customer_id = ? AND l.kind = 'charge' ORDER BY l.at, l.id"),
        { customerId });
    if (!open)
        return std::unexpected(open.error());
    std::vector<OpenDocument> documents;
    while (open->next())
        if (open->value(4).toLongLong() > 0)
            documents.push_back({ open->value(0).toString(), open->value(1).toString(), open->value(2).toString(),
                open->value(3).toString(), Money(open->value(4).toLongLong()) });
    const AppliedPayment applied = applyOldestFirst(std::move(documents), Money(amount));
    // The applications first: the ledger row's trigger then publishes the customer with them.
    QJsonArray applications;
    for (const PaymentApplication &application : applied.applications) {
        Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO customer_payment_applications(payment_id, charge_id, amount_cents) "
                           "VALUES (?, ?, ?)"),
            { id, application.documentId, application.amount.centavos() });
        if (!inserted)
            return std::unexpected(inserted.error());
        applications.append(QJsonObject { { QStringLiteral("charge_id"), application.documentId },
            { QStringLiteral("folio"), application.folio },
            { QStringLiteral("amount_cents"), application.amount.centavos() } });
    }
    Result<QSqlQuery> inserted = context.db.exec(
        QStringLiteral("INSERT INTO customer_account_ledger(id, customer_id, branch_id, device_id, kind, amount_cents, "
                       "ref_type, ref_id, folio, at, received_at) VALUES (?, ?, ?, ?, 'payment', ?, 'payment', ?, ?, "
                       "?, ?)"),
        { id, customerId, branchId, context.device.deviceId, -amount, id, folio, at, context.nowUtc });
    if (!inserted)
        return std::unexpected(inserted.error());
    QJsonObject result { { QStringLiteral("payment_id"), id }, { QStringLiteral("applied"), applications },
        { QStringLiteral("unapplied_cents"), applied.unapplied.centavos() } };
    Result<QVariant> known = context.db.scalar(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), { customerId });
    if (!known)
        return std::unexpected(known.error());
    if (!known->isValid()) {
        if (Status opened = openException(context.db, QStringLiteral("unknown_customer"), id,
                { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("amount_cents"), amount } },
                context.nowUtc);
            !opened)
            return std::unexpected(opened.error());
        result.insert(QStringLiteral("exceptions"), QJsonArray { QStringLiteral("unknown_customer") });
    }
    return result;
}

} // namespace nexus
