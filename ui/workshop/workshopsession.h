// What every workshop screen of this device works with: the device's branch (from nexus.db), the service orders of
// nexus.db, and the parts catalogue next to it when it has been downloaded.
#pragma once

#include <QList>

#include <memory>

#include "auth/user.h"
#include "common/error.h"
#include "sales/cartitemlookup.h"
#include "sales/counterprofile.h"
#include "scan/videoframesource.h"
#include "workshop/serviceorderphotos.h"
#include "workshop/serviceorderservice.h"

namespace nexus {

class CatalogStore;
class LocalStore;
class UserRepository;

class WorkshopSession final
{
public:
    Q_DISABLE_COPY_MOVE(WorkshopSession)
    ~WorkshopSession();

    // Errors name the field like loadCounterProfile: "device" (not enrolled), "branch".
    [[nodiscard]] static Result<std::unique_ptr<WorkshopSession>> open(LocalStore &store);

    [[nodiscard]] ServiceOrderService &orders() { return *m_orders; }
    // The inspection's photos (kept on this device).
    [[nodiscard]] ServiceOrderPhotos &photos() { return *m_photos; }
    // The camera the inspection's photos are taken with: the system's; tests give their own.
    [[nodiscard]] const CameraProvider &cameras() const { return m_cameras; }
    void setCameraProvider(CameraProvider provider) { m_cameras = std::move(provider); }
    [[nodiscard]] const CounterProfile &profile() const { return m_profile; }
    [[nodiscard]] LocalStore &store() { return m_store; }
    // "Sucursal Centro" (the branch code until its name has arrived).
    [[nodiscard]] const QString &branchName() const { return m_branchName; }
    // catalog.db next to nexus.db (it may not exist yet).
    [[nodiscard]] QString catalogPath() const;
    // The catalogue to reserve parts from; null until catalog.db has been downloaded.
    [[nodiscard]] CartItemLookup *parts();
    // The branch's active mechanics, by name.
    [[nodiscard]] QList<User> mechanics(const UserRepository &users) const;

private:
    WorkshopSession(LocalStore &store, CounterProfile profile);

    LocalStore &m_store;
    CounterProfile m_profile;
    QString m_branchName;
    std::unique_ptr<ServiceOrderService> m_orders;
    std::unique_ptr<ServiceOrderPhotos> m_photos;
    CameraProvider m_cameras;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<CartItemLookup> m_parts;
};

} // namespace nexus
