// GET /v1/snapshot/catalog/manifest and /v1/snapshot/catalog/<generation> (HTTP Range, 206) for enrolled devices.
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace nexus {

class DeviceAuth;
class ServerStorage;

// QHttpServer 6.4 handlers run on the main thread and answer with a whole in-memory response, so a file is
// served in slices of at most wire::kSnapshotMaxChunk: memory stays bounded whatever the snapshot size, and a
// device that lost its connection asks for the next slice it is missing.
class SnapshotRoutes final
{
public:
    Q_DISABLE_COPY_MOVE(SnapshotRoutes)
    SnapshotRoutes(ServerStorage &storage, DeviceAuth &auth) : m_storage(storage), m_auth(auth) { }
    ~SnapshotRoutes() = default;

    void registerRoutes(QHttpServer &http);

private:
    [[nodiscard]] QHttpServerResponse manifest(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse file(const QString &generation, const QHttpServerRequest &request);

    ServerStorage &m_storage;
    DeviceAuth &m_auth;
};

} // namespace nexus
