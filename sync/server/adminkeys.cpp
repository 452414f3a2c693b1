// AdminKeys: random "nxa_…" keys, SHA-256 stored in master.admin_keys, looked up by hash.
#include "server/adminkeys.h"

#include "common/clock.h"
#include "server/isotime.h"
#include "server/sqlitemasterstore.h"
#include "store/database.h"

#include <QCryptographicHash>

#include <openssl/rand.h>

namespace nexus {

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
    QByteArray bytes(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), static_cast<int>(bytes.size())) != 1)
        return fail(ErrorCode::Internal, NX_ERR("The system has no usable random source"), {});
    const QString key = QString(kPrefix)
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    Result<QSqlQuery> inserted = m_master.exec(
        QStringLiteral("INSERT INTO admin_keys(key_hash, tenant_id, name, created_at) VALUES (?, ?, ?, ?)"),
        { hashOf(key), tenantId, name.isNull() ? QStringLiteral("") : name, isoUtc(clock.nowUtc()) });
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

} // namespace nexus
