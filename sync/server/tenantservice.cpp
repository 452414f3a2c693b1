// Tenant creation rules: slug and name validation, ids, timestamps.
#include "server/tenantservice.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "server/isotime.h"
#include "server/serverstorage.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace nexus {

Status TenantService::validateSlug(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,31}$"));
    if (slug.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The tenant slug is missing"), {}, QStringLiteral("slug"));
    if (!pattern.match(slug).hasMatch())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The tenant slug \"%1\" must be 2 to 32 lower-case letters, digits or dashes"), { slug },
            QStringLiteral("slug"));
    return {};
}

Result<TenantRecord> TenantService::create(const QString &slug, const QString &name, const QString &importDir)
{
    if (Status status = validateSlug(slug); !status)
        return std::unexpected(status.error());
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The tenant name is missing"), {}, QStringLiteral("name"));
    if (trimmedName.size() > 200)
        return fail(ErrorCode::InvalidInput, NX_ERR("The tenant name is longer than %1 characters"),
            { QString::number(200) }, QStringLiteral("name"));
    QString absoluteImport;
    if (!importDir.isEmpty()) {
        if (!QFileInfo(importDir).isDir())
            return fail(
                ErrorCode::NotFound, NX_ERR("The folder %1 does not exist"), { importDir }, QStringLiteral("import"));
        absoluteImport = QDir(importDir).absolutePath();
    }
    TenantRecord tenant { IdGenerator::instance().nextString(), slug, trimmedName, isoUtc(m_clock.nowUtc()), true };
    if (Status status = m_storage.createTenant(tenant, absoluteImport); !status)
        return std::unexpected(status.error());
    return tenant;
}

Result<QList<TenantRecord>> TenantService::list()
{
    return m_storage.master().tenants();
}

} // namespace nexus
