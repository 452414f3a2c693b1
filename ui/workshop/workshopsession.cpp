// Opening the workshop's view of the device; the catalogue is looked for each time parts are needed until it exists.
#include "workshop/workshopsession.h"

#include "auth/userrepository.h"
#include "common/clock.h"
#include "store/catalogstore.h"
#include "store/deviceidentity.h"
#include "store/localstore.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace nexus {

WorkshopSession::WorkshopSession(LocalStore &store, CounterProfile profile)
    : m_store(store), m_profile(std::move(profile)), m_cameras(CameraProvider::system())
{
    m_photos = std::make_unique<ServiceOrderPhotos>(store.db(), Clock::system());
    m_orders = std::make_unique<ServiceOrderService>(store.db(), Clock::system(),
        WorkshopContext { m_profile.deviceId, m_profile.branchId, m_profile.borderRegion, m_profile.folioSeries });
}

WorkshopSession::~WorkshopSession() = default;

Result<std::unique_ptr<WorkshopSession>> WorkshopSession::open(LocalStore &store)
{
    Result<CounterProfile> profile = loadCounterProfile(store.db());
    if (!profile)
        return std::unexpected(profile.error());
    auto session = std::unique_ptr<WorkshopSession>(new WorkshopSession(store, std::move(*profile)));
    Result<DeviceIdentity> identity = loadDeviceIdentity(store);
    session->m_branchName
        = identity && !identity->branchName.isEmpty() ? identity->branchName : session->m_profile.branchCode;
    return session;
}

QString WorkshopSession::catalogPath() const
{
    return QFileInfo(m_store.db().path()).absoluteDir().filePath(QStringLiteral("catalog.db"));
}

CartItemLookup *WorkshopSession::parts()
{
    if (m_parts)
        return m_parts.get();
    const QString path = catalogPath();
    if (!QFileInfo::exists(path))
        return nullptr;
    Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(path, QStringLiteral("workshop-catalog"));
    if (!catalog)
        return nullptr;
    m_catalog = std::move(*catalog);
    m_parts = std::make_unique<CartItemLookup>(m_catalog->db(), m_store.db());
    return m_parts.get();
}

QList<User> WorkshopSession::mechanics(const UserRepository &users) const
{
    QList<User> mechanics;
    Result<QList<User>> active = users.activeUsers();
    if (!active)
        return mechanics;
    for (const User &user : *active)
        if (user.role == Role::Mechanic && user.branchId == m_profile.branchId)
            mechanics.append(user);
    std::sort(mechanics.begin(), mechanics.end(),
        [](const User &a, const User &b) { return a.displayName.localeAwareCompare(b.displayName) < 0; });
    return mechanics;
}

} // namespace nexus
