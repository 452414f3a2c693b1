// HealthProbe: one blocking HTTPS GET per tick; ticks never overlap because the request blocks this thread.
#include "client/healthprobe.h"

#include "client/httpclient.h"
#include "protocol/endpoints.h"
#include "protocol/enrollmessages.h"
#include "protocol/jsonreader.h"

#include <QTimer>

#include <algorithm>

namespace nexus {

HealthProbe::HealthProbe(QString serverUrl, QString caFile, int intervalMs, const std::atomic_bool &cancel)
    : m_url(std::move(serverUrl)), m_caFile(std::move(caFile)), m_intervalMs(intervalMs), m_cancel(cancel)
{
    while (m_url.endsWith(QLatin1Char('/')))
        m_url.chop(1);
}

HealthProbe::~HealthProbe() = default;

void HealthProbe::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &HealthProbe::probeNow);
    }
    m_timer->start();
    probeNow();
}

void HealthProbe::probeNow()
{
    if (m_cancel.load())
        return;
    // Short timeouts: an unreachable server must flip the status bar to offline quickly.
    const int timeoutMs = std::clamp(m_intervalMs, 1000, 10000);
    const HttpClient http(HttpClient::Options { m_caFile, std::min(timeoutMs, 5000), timeoutMs, &m_cancel });
    Result<HttpResponse> response = http.get(m_url + wire::kHealthPath);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!response) {
        Q_EMIT probed(false, now, response.error().logMessage());
        return;
    }
    if (response->status != 200) {
        Q_EMIT probed(false, now, QStringLiteral("HTTP %1").arg(response->status));
        return;
    }
    Result<QJsonObject> json = wire::parseJsonObject(response->body, QStringLiteral("health answer"));
    Result<wire::HealthResponse> health
        = json ? wire::HealthResponse::fromJson(*json) : Result<wire::HealthResponse>(std::unexpected(json.error()));
    if (!health) {
        Q_EMIT probed(false, now, health.error().logMessage());
        return;
    }
    const bool ok = health->status == QLatin1String("ok");
    Q_EMIT probed(ok, now, ok ? QString() : QStringLiteral("status %1").arg(health->status));
}

} // namespace nexus
