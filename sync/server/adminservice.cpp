// AdminService: the SQL behind HQ's admin routes, on the tenant's connection and a read connection to catalog.db.
#include "server/adminservice.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "server/hqreports.h"
#include "server/isotime.h"
#include "server/secretbox.h"
#include "server/tenantstore.h"
#include "store/database.h"

#include <QAtomicInt>
#include <QDate>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>

namespace nexus {

namespace {

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

AdminService::AdminService(TenantStore &tenant, QString catalogPath, const Clock &clock, const SecretBox &secrets)
    : m_tenant(tenant), m_catalogPath(std::move(catalogPath)), m_clock(clock), m_secrets(secrets)
{
}

AdminService::~AdminService() = default;

Result<Database *> AdminService::catalog()
{
    if (m_catalog)
        return m_catalog.get();
    if (!QFileInfo::exists(m_catalogPath))
        return fail(ErrorCode::NotFound, NX_ERR("The tenant has no catalogue yet (%1)"), { m_catalogPath });
    static QAtomicInt counter;
    Result<std::unique_ptr<Database>> db = Database::open(
        m_catalogPath, Durability::Normal, QStringLiteral("admin-catalog-%1").arg(counter.fetchAndAddRelaxed(1)));
    if (!db)
        return std::unexpected(db.error());
    m_catalog = std::move(*db);
    return m_catalog.get();
}

Result<QString> AdminService::branchIdFor(const QString &code)
{
    if (code.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say which branch (its code)"), {}, QStringLiteral("branch"));
    Result<std::optional<wire::BranchRow>> branch = m_tenant.branchByCode(code.trimmed());
    if (!branch)
        return std::unexpected(branch.error());
    if (!*branch)
        return fail(
            ErrorCode::InvalidInput, NX_ERR("There is no branch with code \"%1\""), { code }, QStringLiteral("branch"));
    return (*branch)->id;
}

Result<QJsonArray> AdminService::exceptions(bool openOnly)
{
    Result<QSqlQuery> query = m_tenant.db().exec(
        QStringLiteral("SELECT id, kind, ref, details, created_at, resolved_at FROM exceptions %1 ORDER BY id")
            .arg(openOnly ? QStringLiteral("WHERE resolved_at IS NULL") : QString()));
    if (!query)
        return std::unexpected(query.error());
    QJsonArray rows;
    while (query->next())
        rows.append(QJsonObject { { QStringLiteral("id"), query->value(0).toLongLong() },
            { QStringLiteral("kind"), query->value(1).toString() },
            { QStringLiteral("ref"), query->value(2).toString() },
            { QStringLiteral("details"), QJsonDocument::fromJson(query->value(3).toString().toUtf8()).object() },
            { QStringLiteral("created_at"), query->value(4).toString() },
            { QStringLiteral("resolved_at"),
                query->value(5).isNull() ? QJsonValue() : QJsonValue(query->value(5).toString()) } });
    return rows;
}

Result<QJsonObject> AdminService::resolveException(qint64 id, const QString &note)
{
    if (note.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say how the exception was resolved"), {}, QStringLiteral("note"));
    Database &db = m_tenant.db();
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QSqlQuery> found
        = db.exec(QStringLiteral("SELECT details, resolved_at, kind, ref FROM exceptions WHERE id = ?"), { id });
    if (!found)
        return std::unexpected(found.error());
    if (!found->next())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("There is no exception %1"), { QString::number(id) }, QStringLiteral("id"));
    if (!found->value(1).isNull())
        return fail(ErrorCode::InvalidInput, NX_ERR("Exception %1 was resolved already (%2)"),
            { QString::number(id), found->value(1).toString() }, QStringLiteral("id"));
    // No note column in the queue's table: the resolution rides along in the details JSON it already has.
    QJsonObject details = QJsonDocument::fromJson(found->value(0).toString().toUtf8()).object();
    const QString now = isoUtc(m_clock.nowUtc());
    details.insert(QStringLiteral("resolution"),
        QJsonObject { { QStringLiteral("note"), note.trimmed() }, { QStringLiteral("at"), now } });
    const QString kind = found->value(2).toString();
    const QString ref = found->value(3).toString();
    Result<QSqlQuery> updated = db.exec(
        QStringLiteral("UPDATE exceptions SET resolved_at = ?, details = ? WHERE id = ? AND resolved_at IS NULL"),
        { now, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), id });
    if (!updated)
        return std::unexpected(updated.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind }, { QStringLiteral("ref"), ref },
        { QStringLiteral("resolved_at"), now }, { QStringLiteral("note"), note.trimmed() } };
}

Result<qint64> AdminService::nextVersion(qint64 partId, qint64 catalogVersion, const QString &priceList)
{
    Result<QVariant> existing = m_tenant.db().scalar(
        QStringLiteral("SELECT price_version FROM part_prices WHERE part_id = ? AND price_list = ?"),
        { partId, priceList });
    if (!existing)
        return std::unexpected(existing.error());
    const qint64 stored = existing->isValid() && !existing->isNull() ? existing->toLongLong() : 0;
    return std::max(catalogVersion, stored) + 1;
}

Status AdminService::writePrice(qint64 partId, const QString &priceList, qint64 cents, qint64 version)
{
    // ON CONFLICT … DO UPDATE: SQLite ≥ 3.24 and PostgreSQL alike; the update fires the change-log trigger.
    Result<QSqlQuery> written = m_tenant.db().exec(
        QStringLiteral("INSERT INTO part_prices(part_id, price_list, price_cents, price_version, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (part_id, price_list) DO UPDATE SET "
                       "price_cents = excluded.price_cents, price_version = excluded.price_version, "
                       "updated_at = excluded.updated_at"),
        { partId, priceList, cents, version, isoUtc(m_clock.nowUtc()) });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

Result<QJsonObject> AdminService::setPrice(const QString &sku, const QString &priceList, qint64 priceCents)
{
    if (sku.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say which part (its SKU)"), {}, QStringLiteral("sku"));
    if (priceCents < 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("A price cannot be negative"), {}, QStringLiteral("price"));
    Result<Database *> cat = catalog();
    if (!cat)
        return std::unexpected(cat.error());
    Result<QSqlQuery> part = (*cat)->exec(
        QStringLiteral("SELECT id, price_version, retail_price_cents FROM parts WHERE sku = ?"), { sku.trimmed() });
    if (!part)
        return std::unexpected(part.error());
    if (!part->next())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("There is no part with SKU \"%1\""), { sku }, QStringLiteral("sku"));
    const qint64 partId = part->value(0).toLongLong();
    const qint64 catalogVersion = part->value(1).toLongLong();
    const QString list = nonNull(priceList.trimmed());
    if (!list.isEmpty()) {
        Result<QVariant> known = (*cat)->scalar(QStringLiteral("SELECT id FROM price_lists WHERE code = ?"), { list });
        if (!known)
            return std::unexpected(known.error());
        if (!known->isValid())
            return fail(
                ErrorCode::InvalidInput, NX_ERR("There is no price list \"%1\""), { list }, QStringLiteral("list"));
    }
    Transaction transaction(m_tenant.db());
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<qint64> version = nextVersion(partId, catalogVersion, list);
    if (!version)
        return std::unexpected(version.error());
    if (Status written = writePrice(partId, list, priceCents, *version); !written)
        return std::unexpected(written.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return QJsonObject { { QStringLiteral("sku"), sku.trimmed() }, { QStringLiteral("part_id"), partId },
        { QStringLiteral("price_list"), list }, { QStringLiteral("price_cents"), priceCents },
        { QStringLiteral("price_version"), *version } };
}

Result<qint64> AdminService::parsePercent(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([+-]?)(\\d{1,3})(?:\\.(\\d{1,2}))?%?$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return fail(ErrorCode::InvalidInput, NX_ERR("percent must look like +5, -2.5 or 10, not \"%1\""), { text },
            QStringLiteral("percent"));
    const qint64 whole = match.captured(2).toLongLong();
    const qint64 hundredths = match.captured(3).leftJustified(2, u'0').toLongLong();
    const qint64 points = (whole * 100 + hundredths) * (match.captured(1) == QLatin1String("-") ? -1 : 1);
    if (points == 0 || points <= -10000 || points > 50000)
        return fail(ErrorCode::InvalidInput, NX_ERR("percent must be above -100 and at most +500, and not 0"), {},
            QStringLiteral("percent"));
    return points;
}

Result<QJsonObject> AdminService::bulkPrice(const QString &brand, const QString &category, qint64 basisPoints)
{
    const bool byBrand = !brand.trimmed().isEmpty();
    if (byBrand == !category.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say either a brand or a category, not both or neither"), {},
            byBrand ? QStringLiteral("category") : QStringLiteral("brand"));
    if (basisPoints <= -10000)
        return fail(ErrorCode::InvalidInput, NX_ERR("percent must be above -100"), {}, QStringLiteral("percent"));
    Result<Database *> cat = catalog();
    if (!cat)
        return std::unexpected(cat.error());
    const QString table = byBrand ? QStringLiteral("brands") : QStringLiteral("categories");
    const QString field = byBrand ? QStringLiteral("brand") : QStringLiteral("category");
    const QString name = (byBrand ? brand : category).trimmed();
    Result<QVariant> groupId
        = (*cat)->scalar(QStringLiteral("SELECT id FROM %1 WHERE lower(name) = lower(?)").arg(table), { name });
    if (!groupId)
        return std::unexpected(groupId.error());
    if (!groupId->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no %1 \"%2\""), { field, name }, field);
    Result<QSqlQuery> parts = (*cat)->exec(
        QStringLiteral("SELECT id, sku, price_version, retail_price_cents FROM parts WHERE %1 = ? AND active = 1 "
                       "ORDER BY id")
            .arg(byBrand ? QStringLiteral("brand_id") : QStringLiteral("category_id")),
        { *groupId });
    if (!parts)
        return std::unexpected(parts.error());
    struct Part
    {
        qint64 id;
        QString sku;
        qint64 version;
        qint64 retail;
    };
    QList<Part> found;
    while (parts->next())
        found.append(Part { parts->value(0).toLongLong(), parts->value(1).toString(), parts->value(2).toLongLong(),
            parts->value(3).toLongLong() });

    Database &db = m_tenant.db();
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    QJsonArray changed;
    for (const Part &part : found) {
        Result<QVariant> current = db.scalar(
            QStringLiteral("SELECT price_cents FROM part_prices WHERE part_id = ? AND price_list = ''"), { part.id });
        if (!current)
            return std::unexpected(current.error());
        const qint64 before = current->isValid() && !current->isNull() ? current->toLongLong() : part.retail;
        // Integer centavos: round half up, never through a double.
        const qint64 after = (before * (10000 + basisPoints) + 5000) / 10000;
        Result<qint64> version = nextVersion(part.id, part.version, QStringLiteral(""));
        if (!version)
            return std::unexpected(version.error());
        if (Status written = writePrice(part.id, QStringLiteral(""), after, *version); !written)
            return std::unexpected(written.error());
        changed.append(QJsonObject { { QStringLiteral("sku"), part.sku }, { QStringLiteral("part_id"), part.id },
            { QStringLiteral("before_cents"), before }, { QStringLiteral("price_cents"), after },
            { QStringLiteral("price_version"), *version } });
    }
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return QJsonObject { { field, name }, { QStringLiteral("basis_points"), basisPoints },
        { QStringLiteral("changed"), changed } };
}

Result<QJsonObject> AdminService::salesReport(const QString &branchCode, const QString &from, const QString &to)
{
    return HqReports(m_tenant.db()).sales(branchCode, from, to);
}

Result<QJsonObject> AdminService::marginsReport(const QString &branchCode, const QString &from, const QString &to)
{
    return HqReports(m_tenant.db()).margins(branchCode, from, to);
}

Result<QJsonObject> AdminService::exceptionsReport(const QString &branchCode, const QString &from, const QString &to)
{
    return HqReports(m_tenant.db()).exceptions(branchCode, from, to);
}

Result<QJsonObject> AdminService::cfdiList(const QString &branchCode, const QString &from, const QString &to)
{
    return HqReports(m_tenant.db()).cfdis(branchCode, from, to);
}

Result<QJsonArray> AdminService::stockReport(const QString &branchCode, const QString &sku)
{
    Result<QString> branchId = branchIdFor(branchCode);
    if (!branchId)
        return std::unexpected(branchId.error());
    Result<Database *> cat = catalog();
    if (!cat)
        return std::unexpected(cat.error());
    QHash<qint64, QString> skus;
    {
        Result<QSqlQuery> parts = sku.trimmed().isEmpty()
            ? (*cat)->exec(QStringLiteral("SELECT id, sku FROM parts"))
            : (*cat)->exec(QStringLiteral("SELECT id, sku FROM parts WHERE sku = ?"), { sku.trimmed() });
        if (!parts)
            return std::unexpected(parts.error());
        while (parts->next())
            skus.insert(parts->value(0).toLongLong(), parts->value(1).toString());
    }
    if (!sku.trimmed().isEmpty() && skus.isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("There is no part with SKU \"%1\""), { sku }, QStringLiteral("sku"));
    QString sql = QStringLiteral("SELECT s.part_id, w.code, s.quantity, s.min_quantity FROM stock_levels s "
                                 "JOIN warehouses w ON w.id = s.warehouse_id WHERE w.branch_id = ?");
    QVariantList values { *branchId };
    if (!sku.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND s.part_id = ?");
        values.append(skus.constBegin().key());
    }
    Result<QSqlQuery> query = m_tenant.db().exec(sql + QStringLiteral(" ORDER BY s.part_id, w.code"), values);
    if (!query)
        return std::unexpected(query.error());
    QJsonArray rows;
    while (query->next()) {
        const qint64 partId = query->value(0).toLongLong();
        rows.append(QJsonObject { { QStringLiteral("part_id"), partId }, { QStringLiteral("sku"), skus.value(partId) },
            { QStringLiteral("warehouse"), query->value(1).toString() },
            { QStringLiteral("quantity_milli"), query->value(2).toLongLong() },
            { QStringLiteral("min_quantity_milli"), query->value(3).toLongLong() } });
    }
    return rows;
}

Result<QJsonArray> AdminService::users()
{
    Result<QSqlQuery> query = m_tenant.db().exec(
        QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, b.code, u.active FROM users u "
                       "LEFT JOIN branches b ON b.id = u.branch_id ORDER BY u.username"));
    if (!query)
        return std::unexpected(query.error());
    QJsonArray rows;
    while (query->next())
        rows.append(QJsonObject { { QStringLiteral("id"), query->value(0).toString() },
            { QStringLiteral("username"), query->value(1).toString() },
            { QStringLiteral("display_name"), query->value(2).toString() },
            { QStringLiteral("role"), query->value(3).toString() },
            { QStringLiteral("branch"), query->value(4).isNull() ? QString() : query->value(4).toString() },
            { QStringLiteral("active"), query->value(5).toLongLong() != 0 } });
    return rows;
}

namespace {

Status checkCodeAndName(const QString &code, const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9]{2,10}$"));
    if (!shape.match(code).hasMatch())
        return fail(ErrorCode::InvalidInput, NX_ERR("A code is 2 to 10 capital letters or digits, not \"%1\""),
            { code }, QStringLiteral("code"));
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The name is empty"), {}, QStringLiteral("name"));
    return {};
}

// An IANA zone this server's time zone database knows ("America/Tijuana"): reports turn it into UTC day bounds.
Status checkTimezone(const QString &zone)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$"));
    if (!shape.match(zone).hasMatch() || !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("\"%1\" is not a time zone this server knows (say it like America/Mexico_City or "
                   "America/Tijuana)"),
            { zone }, QStringLiteral("timezone"));
    return {};
}

} // namespace

Result<QJsonArray> AdminService::branches()
{
    Result<QList<wire::BranchRow>> rows = m_tenant.branches();
    if (!rows)
        return std::unexpected(rows.error());
    QJsonArray out;
    for (const wire::BranchRow &branch : *rows) {
        Result<QList<wire::WarehouseRow>> warehouses = m_tenant.warehouses(branch.id);
        if (!warehouses)
            return std::unexpected(warehouses.error());
        QJsonArray codes;
        for (const wire::WarehouseRow &warehouse : *warehouses)
            codes.append(QJsonObject { { QStringLiteral("id"), warehouse.id },
                { QStringLiteral("code"), warehouse.code }, { QStringLiteral("name"), warehouse.name } });
        Result<QVariant> zone
            = m_tenant.db().scalar(QStringLiteral("SELECT timezone FROM branches WHERE id = ?"), { branch.id });
        if (!zone)
            return std::unexpected(zone.error());
        out.append(QJsonObject { { QStringLiteral("id"), branch.id }, { QStringLiteral("code"), branch.code },
            { QStringLiteral("name"), branch.name }, { QStringLiteral("timezone"), zone->toString() },
            { QStringLiteral("warehouses"), codes } });
    }
    return out;
}

Result<QJsonObject> AdminService::addBranch(const QString &code, const QString &name, const QString &timezoneId)
{
    if (Status ok = checkCodeAndName(code, name); !ok)
        return std::unexpected(ok.error());
    const QString zone = timezoneId.trimmed().isEmpty() ? QString(kDefaultTimezone) : timezoneId.trimmed();
    if (Status ok = checkTimezone(zone); !ok)
        return std::unexpected(ok.error());
    Database &db = m_tenant.db();
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QVariant> taken = db.scalar(QStringLiteral("SELECT id FROM branches WHERE code = ?"), { code });
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("There is a branch %1 already"), { code }, QStringLiteral("code"));
    const QString id = IdGenerator::instance().nextString();
    Result<QSqlQuery> inserted
        = db.exec(QStringLiteral("INSERT INTO branches(id, code, name, timezone) VALUES (?, ?, ?, ?)"),
            { id, code, name.trimmed(), zone });
    if (!inserted)
        return std::unexpected(inserted.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("code"), code },
        { QStringLiteral("name"), name.trimmed() }, { QStringLiteral("timezone"), zone } };
}

Result<QJsonObject> AdminService::setBranchTimezone(const QString &code, const QString &timezoneId)
{
    Result<QString> branchId = branchIdFor(code);
    if (!branchId)
        return std::unexpected(branchId.error());
    if (Status ok = checkTimezone(timezoneId.trimmed()); !ok)
        return std::unexpected(ok.error());
    Result<QSqlQuery> updated = m_tenant.db().exec(
        QStringLiteral("UPDATE branches SET timezone = ? WHERE id = ?"), { timezoneId.trimmed(), *branchId });
    if (!updated)
        return std::unexpected(updated.error());
    return QJsonObject { { QStringLiteral("code"), code.trimmed() },
        { QStringLiteral("timezone"), timezoneId.trimmed() } };
}

Result<QJsonObject> AdminService::setWhatsAppWebhook(
    const QString &verifyToken, const QString &appSecret, const QString &tenantSlug)
{
    if (verifyToken.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Give the verify token Meta will send"), {},
            QStringLiteral("verify_token"));
    if (appSecret.trimmed().size() < 16)
        return fail(ErrorCode::InvalidInput, NX_ERR("Give the app secret of Meta's app (32 characters)"), {},
            QStringLiteral("app_secret"));
    // Sealed with the server's key: a copy of the database alone does not give the secret that signs Meta's calls.
    Result<QString> sealed = m_secrets.seal(appSecret.trimmed().toUtf8(), kWhatsAppAppSecretPurpose);
    if (!sealed)
        return std::unexpected(sealed.error());
    Result<QSqlQuery> saved = m_tenant.db().exec(
        QStringLiteral("INSERT INTO whatsapp_webhook_config(id, verify_token, app_secret, updated_at) "
                       "VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET verify_token = excluded.verify_token, "
                       "app_secret = excluded.app_secret, updated_at = excluded.updated_at"),
        { verifyToken.trimmed(), *sealed, isoUtc(m_clock.nowUtc()) });
    if (!saved)
        return std::unexpected(saved.error());
    return QJsonObject { { QStringLiteral("path"), QString(QStringLiteral("/v1/webhooks/whatsapp/") + tenantSlug) } };
}

Result<QJsonObject> AdminService::addWarehouse(const QString &branchCode, const QString &code, const QString &name)
{
    Result<QString> branchId = branchIdFor(branchCode);
    if (!branchId)
        return std::unexpected(branchId.error());
    if (Status ok = checkCodeAndName(code, name); !ok)
        return std::unexpected(ok.error());
    Database &db = m_tenant.db();
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QVariant> taken
        = db.scalar(QStringLiteral("SELECT id FROM warehouses WHERE branch_id = ? AND code = ?"), { *branchId, code });
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("Branch %1 has a warehouse %2 already"), { branchCode, code },
            QStringLiteral("code"));
    const QString id = IdGenerator::instance().nextString();
    Result<QSqlQuery> inserted
        = db.exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, ?, ?)"),
            { id, *branchId, code, name.trimmed() });
    if (!inserted)
        return std::unexpected(inserted.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("branch"), branchCode.trimmed() },
        { QStringLiteral("code"), code }, { QStringLiteral("name"), name.trimmed() } };
}

Result<QJsonObject> AdminService::addUser(const QString &username, const QString &displayName, const QString &role,
    const QString &branchCode, const QString &passwordHash, const QString &pinHash)
{
    static const QRegularExpression nameShape(QStringLiteral("^[a-z0-9._-]{3,32}$"));
    static const QStringList roles { QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("cashier"),
        QStringLiteral("mechanic"), QStringLiteral("hq") };
    if (!nameShape.match(username).hasMatch())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("A username is 3 to 32 lower-case letters, digits, . _ -, not \"%1\""), { username },
            QStringLiteral("username"));
    if (displayName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The name is empty"), {}, QStringLiteral("name"));
    if (!roles.contains(role))
        return fail(ErrorCode::InvalidInput, NX_ERR("The role must be one of %1, not \"%2\""),
            { roles.join(QStringLiteral(", ")), role }, QStringLiteral("role"));
    const auto isHash = [](const QString &hash) { return hash.startsWith(QLatin1String("pbkdf2-sha256$")); };
    if (!isHash(passwordHash))
        return fail(ErrorCode::InvalidInput, NX_ERR("The password hash is missing or malformed"), {},
            QStringLiteral("password"));
    if (!pinHash.isEmpty() && !isHash(pinHash))
        return fail(ErrorCode::InvalidInput, NX_ERR("The PIN hash is malformed"), {}, QStringLiteral("pin"));
    QVariant branchId;
    if (!branchCode.trimmed().isEmpty()) {
        Result<QString> id = branchIdFor(branchCode);
        if (!id)
            return std::unexpected(id.error());
        branchId = *id;
    } else if (role != QLatin1String("admin") && role != QLatin1String("hq")) {
        return fail(
            ErrorCode::InvalidInput, NX_ERR("A %1 works at a branch: say which"), { role }, QStringLiteral("branch"));
    }
    Database &db = m_tenant.db();
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QVariant> taken = db.scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), { username });
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->isValid())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("There is a user %1 already"), { username }, QStringLiteral("username"));
    const QString id = IdGenerator::instance().nextString();
    Result<QSqlQuery> inserted
        = db.exec(QStringLiteral(
                      "INSERT INTO users(id, username, display_name, role, branch_id, password_hash, pin_hash, active, "
                      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"),
            { id, username, displayName.trimmed(), role, branchId, passwordHash,
                pinHash.isEmpty() ? QVariant() : QVariant(pinHash), isoUtc(m_clock.nowUtc()) });
    if (!inserted)
        return std::unexpected(inserted.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("username"), username },
        { QStringLiteral("role"), role }, { QStringLiteral("branch"), branchCode.trimmed() } };
}

Result<QJsonObject> AdminService::setUserActive(const QString &username, bool active)
{
    Result<QSqlQuery> updated
        = m_tenant.db().exec(QStringLiteral("UPDATE users SET active = ?, updated_at = ? WHERE username = ?"),
            { active ? 1 : 0, isoUtc(m_clock.nowUtc()), username });
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no user %1"), { username }, QStringLiteral("username"));
    return QJsonObject { { QStringLiteral("username"), username }, { QStringLiteral("active"), active } };
}

} // namespace nexus
