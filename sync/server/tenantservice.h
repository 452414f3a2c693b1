// HQ operations on tenants: create (empty or from a demo-data folder) and list. Used by nexus-admin.
#pragma once

#include <QList>

#include "common/error.h"
#include "server/serverrecords.h"

namespace nexus {

class Clock;
class ServerStorage;

class TenantService final
{
public:
    TenantService(ServerStorage &storage, const Clock &clock) : m_storage(storage), m_clock(clock) { }

    // slug: 2–32 of a-z, 0-9 and '-', starting with a letter or digit (it becomes a folder name and a URL part).
    // Errors name the field: slug, name, import.
    [[nodiscard]] Result<TenantRecord> create(const QString &slug, const QString &name, const QString &importDir = {});
    [[nodiscard]] Result<QList<TenantRecord>> list();

    [[nodiscard]] static Status validateSlug(const QString &slug);

private:
    ServerStorage &m_storage;
    const Clock &m_clock;
};

} // namespace nexus
