// Customer SQL of nexus.db: one row shape, the search over search_text, the credit position in one statement.
#include "customers/customerrepository.h"

#include "catalog/searchtext.h"
#include "customers/customercrm.h"
#include "customers/customervalidation.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace nexus {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, rfc, fiscal_regime, postal_code, cfdi_use, phone, email, price_list, credit_limit_cents, credit_days, "
    "rfc_accepted_by, active, hlc, created_at, updated_at, server_acked_seq IS NOT NULL");

Customer fromRow(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toString();
    c.fields.name = q.value(1).toString();
    c.fields.rfc = q.value(2).toString();
    c.fields.fiscalRegime = q.value(3).toString();
    c.fields.postalCode = q.value(4).toString();
    c.fields.cfdiUse = q.value(5).toString();
    c.fields.phone = q.value(6).toString();
    c.fields.email = q.value(7).toString();
    c.fields.priceList = q.value(8).toString();
    c.fields.creditLimit = Money(q.value(9).toLongLong());
    c.fields.creditDays = q.value(10).toInt();
    c.rfcAcceptedBy = q.value(11).toString();
    c.active = q.value(12).toInt() != 0;
    c.hlc = q.value(13).toString();
    c.createdAtUtc = q.value(14).toString();
    c.updatedAtUtc = q.value(15).toString();
    c.onServer = q.value(16).toBool();
    return c;
}

Result<QList<Customer>> list(Database &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    QList<Customer> customers;
    while (query->next())
        customers.append(fromRow(*query));
    return customers;
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool isDigits(const QString &word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// Entries of this counter the server's figures do not include yet (see customers.server_acked_seq).
const QString kPendingAccount = QStringLiteral(
    "FROM customer_account_ledger l WHERE l.customer_id = c.id "
    "AND (c.server_acked_seq IS NULL OR l.outbox_seq > c.server_acked_seq)");

} // namespace

QString customerSearchText(const CustomerFields &fields)
{
    QString out = QStringLiteral(" ") + SearchText::normalize(fields.name);
    for (const QString &part : { fields.rfc, fields.phone, fields.email }) {
        const QString normalized = SearchText::normalize(part);
        if (!normalized.isEmpty())
            out += QLatin1Char(' ') + normalized;
    }
    return out;
}

Result<std::optional<Customer>> CustomerRepository::find(const QString &id) const
{
    Result<QList<Customer>> found
        = list(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers WHERE id = ?"), { id });
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<Customer>();
    return std::optional<Customer>(found->constFirst());
}

Result<QList<Customer>> CustomerRepository::search(const QString &text, int limit) const
{
    // "#flotilla": only customers with that tag (customer_tags); the other words search as usual.
    QStringList plain;
    QStringList tags;
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token.startsWith(QLatin1Char('#')))
            tags << token;
        else
            plain << token;
    }
    const QStringList words = SearchText::words(plain.join(QLatin1Char(' ')));
    QString where = QStringLiteral("active = 1");
    QVariantList values;
    for (const QString &tag : normalizeTags(tags)) {
        where += QStringLiteral(" AND id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)");
        values << tag;
    }
    for (const QString &word : words) {
        // search_text starts with a space, so "% word%" is "a word starting with word".
        where += QStringLiteral(" AND search_text LIKE ?");
        values << QString((isDigits(word) ? QStringLiteral("%") : QStringLiteral("% ")) + word + QLatin1Char('%'));
    }
    values << normalizeRfc(text) << normalizePhone(text) << limit;
    return list(m_db,
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers WHERE ") + where
            + QStringLiteral(" ORDER BY (rfc = ? OR phone = ?) DESC, name COLLATE NOCASE, id LIMIT ?"),
        values);
}

Result<QList<Customer>> CustomerRepository::withRfc(const QString &rfc, const QString &exceptId) const
{
    return list(m_db,
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM customers WHERE rfc = ? AND rfc NOT IN ('XAXX010101000', 'XEXX010101000') "
                             "AND active = 1 AND id <> ? ORDER BY name"),
        { rfc, text(exceptId) });
}

Result<QList<Customer>> CustomerRepository::withPhone(const QString &phone, const QString &exceptId) const
{
    return list(m_db,
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM customers WHERE phone = ? AND phone <> '' AND active = 1 AND id <> ? ORDER BY name"),
        { phone, text(exceptId) });
}

Result<QString> CustomerRepository::latestHlc() const
{
    Result<QVariant> latest = m_db.scalar(QStringLiteral("SELECT max(hlc) FROM customers"));
    if (!latest)
        return std::unexpected(latest.error());
    return latest->toString();
}

Status CustomerRepository::insert(const Customer &c)
{
    const CustomerFields &f = c.fields;
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO customers(id, name, rfc, fiscal_regime, postal_code, cfdi_use, phone, email, "
                       "price_list, credit_limit_cents, credit_days, rfc_accepted_by, active, hlc, search_text, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"),
        { c.id, text(f.name), text(f.rfc), text(f.fiscalRegime), text(f.postalCode), text(f.cfdiUse), text(f.phone),
            text(f.email), text(f.priceList), f.creditLimit.centavos(), f.creditDays, text(c.rfcAcceptedBy),
            text(c.hlc), customerSearchText(f), c.createdAtUtc, c.updatedAtUtc });
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Status CustomerRepository::update(const Customer &c)
{
    const CustomerFields &f = c.fields;
    Result<QSqlQuery> updated = m_db.exec(
        QStringLiteral("UPDATE customers SET name = ?, rfc = ?, fiscal_regime = ?, postal_code = ?, cfdi_use = ?, "
                       "phone = ?, email = ?, price_list = ?, credit_limit_cents = ?, credit_days = ?, "
                       "rfc_accepted_by = ?, hlc = ?, search_text = ?, updated_at = ? WHERE id = ?"),
        { text(f.name), text(f.rfc), text(f.fiscalRegime), text(f.postalCode), text(f.cfdiUse), text(f.phone),
            text(f.email), text(f.priceList), f.creditLimit.centavos(), f.creditDays, text(c.rfcAcceptedBy),
            text(c.hlc), customerSearchText(f), c.updatedAtUtc, c.id });
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, NX_ERR("There is no customer %1 on this computer"), { c.id },
            QStringLiteral("customer"));
    return {};
}

Result<CreditPosition> CustomerRepository::creditPosition(const QString &customerId) const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT c.credit_limit_cents, c.credit_days, c.balance_cents + (SELECT coalesce(sum(l.amount_cents), 0) ")
            + kPendingAccount
            + QStringLiteral("), c.store_credit_cents + (SELECT coalesce(sum(s.amount_cents), 0) "
                             "FROM store_credit_ledger s WHERE s.customer_id = c.id AND "
                             "(c.server_acked_seq IS NULL OR coalesce(s.outbox_seq, 0) > c.server_acked_seq)) "
                             "FROM customers c WHERE c.id = ?"),
        { customerId });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, NX_ERR("There is no customer %1 on this computer"), { customerId },
            QStringLiteral("customer"));
    return CreditPosition { Money(query->value(0).toLongLong()), query->value(1).toInt(),
        Money(query->value(2).toLongLong()), Money(query->value(3).toLongLong()) };
}

Result<std::vector<OpenDocument>> CustomerRepository::openDocuments(const QString &customerId) const
{
    Result<QVariant> pulled
        = m_db.scalar(QStringLiteral("SELECT open_documents FROM customers WHERE id = ?"), { customerId });
    if (!pulled)
        return std::unexpected(pulled.error());
    std::vector<OpenDocument> documents;
    for (const QJsonValue &value : QJsonDocument::fromJson(pulled->toString().toUtf8()).array()) {
        const QJsonObject d = value.toObject();
        documents.push_back({ d.value(QLatin1String("id")).toString(), d.value(QLatin1String("folio")).toString(),
            d.value(QLatin1String("at")).toString(), d.value(QLatin1String("due_on")).toString(),
            Money(d.value(QLatin1String("remaining_cents")).toInteger()) });
    }
    Result<QSqlQuery> pending = m_db.exec(
        QStringLiteral("SELECT l.kind, l.id, l.folio, l.at, coalesce(l.due_on, ''), l.amount_cents FROM customers c "
                       "JOIN customer_account_ledger l ON l.customer_id = c.id WHERE c.id = ? "
                       "AND (c.server_acked_seq IS NULL OR l.outbox_seq > c.server_acked_seq) ORDER BY l.at, l.id"),
        { customerId });
    if (!pending)
        return std::unexpected(pending.error());
    Money paid;
    while (pending->next()) {
        if (pending->value(0).toString() == QLatin1String("charge"))
            documents.push_back({ pending->value(1).toString(), pending->value(2).toString(),
                pending->value(3).toString(), pending->value(4).toString(), Money(pending->value(5).toLongLong()) });
        else
            paid -= Money(pending->value(5).toLongLong()); // payments are negative entries
    }
    // This counter's abonos the server has not counted yet pay the oldest of these first, as the server will.
    const AppliedPayment applied = applyOldestFirst(documents, paid);
    for (const PaymentApplication &application : applied.applications)
        for (OpenDocument &document : documents)
            if (document.id == application.documentId)
                document.remaining -= application.amount;
    std::erase_if(documents, [](const OpenDocument &d) { return d.remaining.isZero() || d.remaining.isNegative(); });
    std::stable_sort(documents.begin(), documents.end(), [](const OpenDocument &a, const OpenDocument &b) {
        return a.atUtc != b.atUtc ? a.atUtc < b.atUtc : a.id < b.id;
    });
    return documents;
}

Status CustomerRepository::addAccountEntry(const AccountEntry &e)
{
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO customer_account_ledger(id, customer_id, kind, amount_cents, ref_type, ref_id, "
                       "folio, due_on, authorized_by, at, outbox_seq, method, reference, cash_session_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { e.id, e.customerId, e.kind, e.amount.centavos(), e.refType, e.refId, text(e.folio),
            e.dueOn.isEmpty() ? QVariant() : QVariant(e.dueOn),
            e.authorizedBy.isEmpty() ? QVariant() : QVariant(e.authorizedBy), e.atUtc, e.outboxSeq,
            e.method.isEmpty() ? QVariant() : QVariant(e.method),
            e.reference.isEmpty() ? QVariant() : QVariant(e.reference),
            e.cashSessionId.isEmpty() ? QVariant() : QVariant(e.cashSessionId) });
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Status CustomerRepository::useStoreCredit(
    const QString &customerId, Money amount, const QString &saleId, const QString &atUtc, qint64 outboxSeq)
{
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO store_credit_ledger(id, customer_id, amount_cents, ref_type, ref_id, at, "
                       "outbox_seq) VALUES (?, ?, ?, 'sale', ?, ?, ?)"),
        { QString(saleId + QStringLiteral(":store_credit")), customerId, -amount.centavos(), saleId, atUtc,
            outboxSeq });
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

} // namespace nexus
