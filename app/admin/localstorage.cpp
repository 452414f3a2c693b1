// LocalStorage: --data/--database/--tenant checked and opened the same way by every local command.
#include "localstorage.h"

#include "server/serverstoragefactory.h"

namespace nexus::admin {

LocalStorage::LocalStorage(CommandLine &line, Tenant tenant) : m_line(line), m_tenantMode(tenant)
{
    m_line.addOptions({ m_data, m_database });
    if (m_tenantMode == Tenant::Required)
        m_line.addOptions({ m_tenantOption });
}

bool LocalStorage::anyGiven() const
{
    return m_line.isSet(m_data) || m_line.isSet(m_database)
        || (m_tenantMode == Tenant::Required && m_line.isSet(m_tenantOption));
}

std::optional<int> LocalStorage::open()
{
    if (std::optional<int> missing = m_line.require({ &m_data }))
        return missing;
    if (m_tenantMode == Tenant::Required)
        if (std::optional<int> missing = m_line.require({ &m_tenantOption }))
            return missing;
    Result<std::unique_ptr<ServerStorage>> storage = openServerStorage(m_line.value(m_data), m_line.value(m_database));
    if (!storage)
        return m_line.fail(storage.error());
    m_storage = std::move(*storage);
    if (m_tenantMode == Tenant::None)
        return std::nullopt;
    const QString slug = m_line.value(m_tenantOption).trimmed();
    Result<std::optional<TenantRecord>> found = (*m_storage)->master().tenantBySlug(slug);
    if (!found)
        return m_line.fail(found.error());
    if (!*found)
        return m_line.usageError(QStringLiteral("--tenant: there is no tenant \"%1\"").arg(slug));
    m_tenant = **found;
    return std::nullopt;
}

} // namespace nexus::admin
