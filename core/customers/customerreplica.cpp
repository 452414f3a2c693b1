// CustomerReplica: the figures by upsert, the fields only where the server's stamp is not older than the local one.
#include "customers/customerreplica.h"

#include "customers/customerrepository.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace nexus {

namespace {

// NOT NULL text columns: absent or null JSON binds as ''.
QString text(const QJsonObject &row, const char *key)
{
    const QString value = row.value(QLatin1String(key)).toString();
    return value.isNull() ? QStringLiteral("") : value;
}

const QString kUpsert = QStringLiteral(
    "INSERT INTO customers(id, name, rfc, fiscal_regime, postal_code, cfdi_use, phone, email, price_list, "
    "credit_limit_cents, credit_days, rfc_accepted_by, active, hlc, search_text, balance_cents, store_credit_cents, "
    "open_documents, loyalty_points, loyalty_spend_cents, lifetime_purchases, lifetime_gross_cents, "
    "lifetime_refunds_cents, lifetime_purchase_days, first_purchase_at, last_purchase_at, part_spend, "
    "server_acked_seq, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET active = excluded.active, balance_cents = excluded.balance_cents, "
    "store_credit_cents = excluded.store_credit_cents, open_documents = excluded.open_documents, "
    "loyalty_points = excluded.loyalty_points, loyalty_spend_cents = excluded.loyalty_spend_cents, "
    "lifetime_purchases = excluded.lifetime_purchases, lifetime_gross_cents = excluded.lifetime_gross_cents, "
    "lifetime_refunds_cents = excluded.lifetime_refunds_cents, "
    "lifetime_purchase_days = excluded.lifetime_purchase_days, first_purchase_at = excluded.first_purchase_at, "
    "last_purchase_at = excluded.last_purchase_at, part_spend = excluded.part_spend, "
    "server_acked_seq = excluded.server_acked_seq");
const QString kFields = QStringLiteral(
    "UPDATE customers SET name = ?, rfc = ?, fiscal_regime = ?, postal_code = ?, cfdi_use = ?, phone = ?, email = ?, "
    "price_list = ?, credit_limit_cents = ?, credit_days = ?, rfc_accepted_by = ?, hlc = ?, search_text = ?, "
    "updated_at = ? WHERE id = ? AND hlc <= ?");

// A figure the server may not send (an older server): NULL, so the counter keeps counting its own facts alone.
QVariant figure(const QJsonObject &row, const char *key)
{
    const QJsonValue value = row.value(QLatin1String(key));
    return value.isDouble() ? QVariant(value.toInteger()) : QVariant(QMetaType(QMetaType::LongLong));
}

// An object the server sends as compact JSON text, or NULL (an older server).
QVariant object(const QJsonObject &row, const char *key)
{
    const QJsonValue value = row.value(QLatin1String(key));
    return value.isObject() ? QVariant(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)))
                            : QVariant(QMetaType(QMetaType::QString));
}

// A time the server sends, or NULL (never bought, or an older server).
QVariant instant(const QJsonObject &row, const char *key)
{
    const QJsonValue value = row.value(QLatin1String(key));
    return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

CustomerReplica::CustomerReplica(Database &db)
    : m_db(db), m_upsert(db.connection()), m_fields(db.connection()), m_retire(db.connection())
{
    if (!m_upsert.prepare(kUpsert)) {
        m_ready = std::unexpected(storageError(m_upsert.lastError(), kUpsert));
        return;
    }
    if (!m_fields.prepare(kFields)) {
        m_ready = std::unexpected(storageError(m_fields.lastError(), kFields));
        return;
    }
    const QString retire = QStringLiteral("UPDATE customers SET active = 0 WHERE id = ?");
    if (!m_retire.prepare(retire)) {
        m_ready = std::unexpected(storageError(m_retire.lastError(), retire));
        return;
    }
    Result<QVariant> acked = db.scalar(
        QStringLiteral("SELECT seq FROM outbox WHERE acked_at IS NOT NULL ORDER BY seq DESC LIMIT 1"));
    if (!acked)
        m_ready = std::unexpected(acked.error());
    else
        m_ackedSeq = acked->toLongLong();
}

Status CustomerReplica::run(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        return std::unexpected(storageError(query.lastError(), query.lastQuery()));
    return {};
}

Status CustomerReplica::apply(const QJsonObject &row, const QString &pulledAtUtc)
{
    if (!m_ready)
        return m_ready;
    const QString id = row.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return fail(ErrorCode::Protocol, NX_ERR("The server sent a customer without an id"), {},
            QStringLiteral("customers"));
    CustomerFields fields;
    fields.name = text(row, "name");
    fields.rfc = text(row, "rfc");
    fields.fiscalRegime = text(row, "fiscal_regime");
    fields.postalCode = text(row, "postal_code");
    fields.cfdiUse = text(row, "cfdi_use");
    fields.phone = text(row, "phone");
    fields.email = text(row, "email");
    fields.priceList = text(row, "price_list");
    fields.creditLimit = Money(row.value(QLatin1String("credit_limit_cents")).toInteger());
    fields.creditDays = row.value(QLatin1String("credit_days")).toInt();
    const QString hlc = text(row, "hlc");
    const QString createdAt = row.value(QLatin1String("created_at")).toString(pulledAtUtc);
    const QString updatedAt = text(row, "updated_at").isEmpty() ? createdAt : text(row, "updated_at");
    const QJsonValue documents = row.value(QLatin1String("open_documents"));
    const QString documentsJson = documents.isArray()
        ? QString::fromUtf8(QJsonDocument(documents.toArray()).toJson(QJsonDocument::Compact))
        : QStringLiteral("[]");
    const int active = row.value(QLatin1String("active")).toInteger(1) != 0 ? 1 : 0;
    const QString search = customerSearchText(fields);
    const QVariantList shared { fields.name, fields.rfc, fields.fiscalRegime, fields.postalCode, fields.cfdiUse,
        fields.phone, fields.email, fields.priceList, fields.creditLimit.centavos(), fields.creditDays,
        text(row, "rfc_accepted_by") };
    if (Status upserted = run(m_upsert,
            QVariantList { id } + shared
                + QVariantList { active, hlc, search, row.value(QLatin1String("balance_cents")).toInteger(),
                    row.value(QLatin1String("store_credit_cents")).toInteger(), documentsJson,
                    figure(row, "loyalty_points"), figure(row, "loyalty_spend_cents"), figure(row, "purchases"),
                    figure(row, "gross_cents"), figure(row, "refunds_cents"), figure(row, "purchase_days"),
                    instant(row, "first_purchase_at"), instant(row, "last_purchase_at"), object(row, "part_spend"),
                    m_ackedSeq, createdAt,
                    updatedAt });
        !upserted)
        return upserted;
    return run(m_fields, shared + QVariantList { hlc, search, updatedAt, id, hlc });
}

Status CustomerReplica::retire(const QString &id)
{
    if (!m_ready)
        return m_ready;
    return run(m_retire, { id });
}

Status CustomerReplica::retireMissing(Database &db, qint64 pass)
{
    Result<QSqlQuery> retired = db.exec(
        QStringLiteral("UPDATE customers SET active = 0 WHERE active = 1 AND server_acked_seq IS NOT NULL AND id NOT IN "
                       "(SELECT key FROM pull_rows WHERE bucket = 'customers' AND pass = ?)"),
        { pass });
    if (!retired)
        return std::unexpected(retired.error());
    return {};
}

} // namespace nexus
