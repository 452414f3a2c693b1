// The HTTP side of push: POST /v1/sync/push authenticated by DeviceAuth, handed to the tenant's IngestService.
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <map>
#include <memory>

#include "server/ingestservice.h"

QT_BEGIN_NAMESPACE
class QHttpServer;
QT_END_NAMESPACE

namespace nexus {

class Clock;
class DeviceAuth;
class DeviceEpochs;
class ServerStorage;

struct JsonReply
{
    int status = 200;
    QJsonObject body;
};

class IngestRoutes final
{
public:
    Q_DISABLE_COPY_MOVE(IngestRoutes)
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024; // 500 sales of a few dozen lines

    IngestRoutes(ServerStorage &storage, DeviceAuth &auth, const Clock &clock);
    ~IngestRoutes();

    void registerRoutes(QHttpServer &http);
    // Checks every push against the device's lineage and clock before the ingest (nullptr: none).
    void setEpochs(DeviceEpochs *epochs) { m_epochs = epochs; }

    // The whole endpoint without HTTP: the in-process fake network of the sync tests calls this directly.
    [[nodiscard]] JsonReply push(const QByteArray &authorization, const QByteArray &body);

private:
    [[nodiscard]] Result<IngestService *> ingestFor(const DeviceContext &device);

    ServerStorage &m_storage;
    DeviceAuth &m_auth;
    const Clock &m_clock;
    DeviceEpochs *m_epochs = nullptr;
    std::map<QString, std::unique_ptr<IngestService>> m_ingest; // by tenant id
};

} // namespace nexus
