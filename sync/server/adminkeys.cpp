// AdminKeys: random "nxa_…"/"nxo_…" keys, SHA-256 stored in master.admin_keys / master.operator_keys, looked up by
// hash.
#include "server/adminkeys.h"

#include "common/clock.h"
#include "server/isotime.h"
#include "server/sqlitemasterstore.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <openssl/rand.h>

namespace nexus {

namespace {

// Which keys a statement touches: one tenant's admin keys, or the operator's keys (no tenant column).
struct KeyScope
{
    QString table;
    QString tenantId; // empty: operator_keys

    [[nodiscard]] QString where() const
    {
        return tenantId.isEmpty() ? QStringLiteral("1 = 1") : QStringLiteral("tenant_id = ?");
    }
    [[nodiscard]] QVariantList values() const
    {
        return tenantId.isEmpty() ? QVariantList() : QVariantList { tenantId };
    }
};

Result<QString> randomKey(QLatin1String prefix)
{
    QByteArray bytes(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), static_cast<int>(bytes.size())) != 1)
        return fail(ErrorCode::Internal, NX_ERR("The system has no usable random source"), {});
    return QString(prefix)
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QList<AdminKeyRow>> listKeys(Database &master, const KeyScope &scope)
{
    Result<QSqlQuery> query = master.exec(QStringLiteral("SELECT key_hash, name, created_at, revoked_at FROM %1 "
                                                         "WHERE %2 ORDER BY created_at, key_hash")
                                              .arg(scope.table, scope.where()),
        scope.values());
    if (!query)
        return std::unexpected(query.error());
    QList<AdminKeyRow> rows;
    while (query->next())
        rows.append(AdminKeyRow { query->value(0).toString().left(12), query->value(1).toString(),
            query->value(2).toString(), query->value(3).toString() });
    return rows;
}

Status revokeKey(Database &master, const KeyScope &scope, const QString &id, const Clock &clock)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{8,64}$"));
    if (!shape.match(id).hasMatch())
        return fail(ErrorCode::InvalidInput, NX_ERR("A key id is 8 or more hex digits as the key list shows"), {},
            QStringLiteral("id"));
    Transaction transaction(master);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    // LIKE on hex digits only (checked above): no wildcard can sneak in.
    const QString match = QStringLiteral("%1 AND revoked_at IS NULL AND key_hash LIKE ?").arg(scope.where());
    Result<QVariant> matches = master.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(scope.table, match),
        scope.values() << QString(id + u'%'));
    if (!matches)
        return std::unexpected(matches.error());
    if (matches->toLongLong() != 1)
        return fail(ErrorCode::InvalidInput,
            matches->toLongLong() == 0 ? NX_ERR("No key in use here has the id %1")
                                       : NX_ERR("Several keys start with %1: give more digits"),
            { id }, QStringLiteral("id"));
    Result<QSqlQuery> updated
        = master.exec(QStringLiteral("UPDATE %1 SET revoked_at = ? WHERE %2").arg(scope.table, match),
            QVariantList { isoUtc(clock.nowUtc()) } + scope.values() << QString(id + u'%'));
    if (!updated)
        return std::unexpected(updated.error());
    return transaction.commit();
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

Result<Database *> AdminKeys::connectionOf(MasterStore &master)
{
    auto *sqlite = dynamic_cast<SqliteMasterStore *>(&master);
    if (!sqlite)
        return fail(ErrorCode::Internal, NX_ERR("This server storage keeps no admin keys"), {});
    return &sqlite->database();
}

QString AdminKeys::hashOf(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> AdminKeys::create(const QString &tenantId, const QString &name, const Clock &clock)
{
    Result<QString> key = randomKey(kPrefix);
    if (!key)
        return key;
    Result<QSqlQuery> inserted = m_master.exec(
        QStringLiteral("INSERT INTO admin_keys(key_hash, tenant_id, name, created_at) VALUES (?, ?, ?, ?)"),
        { hashOf(*key), tenantId, nonNull(name), isoUtc(clock.nowUtc()) });
    if (!inserted)
        return std::unexpected(inserted.error());
    return key;
}

Result<std::optional<AdminKeyHolder>> AdminKeys::verify(const QString &key)
{
    if (!key.startsWith(kPrefix))
        return std::optional<AdminKeyHolder>();
    Result<QSqlQuery> query = m_master.exec(
        QStringLiteral("SELECT k.tenant_id, k.name FROM admin_keys k JOIN tenants t ON t.id = k.tenant_id "
                       "WHERE k.key_hash = ? AND k.revoked_at IS NULL AND t.active = 1"),
        { hashOf(key) });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<AdminKeyHolder>();
    return std::optional<AdminKeyHolder>(AdminKeyHolder { query->value(0).toString(), query->value(1).toString() });
}

Result<QList<AdminKeyRow>> AdminKeys::list(const QString &tenantId)
{
    return listKeys(m_master, KeyScope { QStringLiteral("admin_keys"), tenantId });
}

Status AdminKeys::revoke(const QString &tenantId, const QString &id, const Clock &clock)
{
    return revokeKey(m_master, KeyScope { QStringLiteral("admin_keys"), tenantId }, id, clock);
}

Result<QString> AdminKeys::createOperator(const QString &name, const Clock &clock)
{
    Result<QString> key = randomKey(kOperatorPrefix);
    if (!key)
        return key;
    Result<QSqlQuery> inserted
        = m_master.exec(QStringLiteral("INSERT INTO operator_keys(key_hash, name, created_at) VALUES (?, ?, ?)"),
            { hashOf(*key), nonNull(name), isoUtc(clock.nowUtc()) });
    if (!inserted)
        return std::unexpected(inserted.error());
    return key;
}

Result<std::optional<AdminKeyHolder>> AdminKeys::verifyOperator(const QString &key)
{
    if (!key.startsWith(kOperatorPrefix))
        return std::optional<AdminKeyHolder>();
    Result<QSqlQuery> query = m_master.exec(
        QStringLiteral("SELECT name FROM operator_keys WHERE key_hash = ? AND revoked_at IS NULL"), { hashOf(key) });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<AdminKeyHolder>();
    return std::optional<AdminKeyHolder>(AdminKeyHolder { QString(), query->value(0).toString() });
}

Result<QList<AdminKeyRow>> AdminKeys::listOperators()
{
    return listKeys(m_master, KeyScope { QStringLiteral("operator_keys"), QString() });
}

Status AdminKeys::revokeOperator(const QString &id, const Clock &clock)
{
    return revokeKey(m_master, KeyScope { QStringLiteral("operator_keys"), QString() }, id, clock);
}

} // namespace nexus
