// A counter's facts pushed to the real nexus-server over HTTPS as the sync engine does: one push of mutations (the
// statuses of its results, in order), the counter's pending outbox as mutations, and "push what is pending, then
// acknowledge it" as the engine does on success.
#pragma once

#include "client/transportsession.h"
#include "protocol/endpoints.h"
#include "protocol/pushmessages.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace nexus::test {

class PushCounter final
{
public:
    PushCounter(TransportSession &session, QString deviceId, Database &counter)
        : m_session(session), m_deviceId(std::move(deviceId)), m_counter(counter)
    {
    }

    // The server's answer to one push (an empty object when it refused the request as a whole, logged).
    [[nodiscard]] QJsonObject answer(const QList<wire::PushMutation> &mutations) const
    {
        const wire::PushRequest request { m_deviceId, 1, mutations };
        Result<HttpResponse> reply = m_session.post(
            QString(wire::kPushPath), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
        if (!reply || reply->status != 200) {
            qWarning("push failed: %s", reply ? reply->body.constData() : qPrintable(reply.error().logMessage()));
            return {};
        }
        return QJsonDocument::fromJson(reply->body).object();
    }

    [[nodiscard]] QStringList post(const QList<wire::PushMutation> &mutations) const
    {
        QStringList statuses;
        Result<wire::PushResponse> response = wire::PushResponse::fromJson(answer(mutations));
        if (response)
            for (const wire::PushResult &result : response->results)
                statuses << result.status;
        return statuses;
    }

    [[nodiscard]] QList<wire::PushMutation> pending() const
    {
        QList<wire::PushMutation> mutations;
        Result<QList<OutboxEntry>> rows = Outbox(m_counter).pending(1000);
        if (rows)
            for (const OutboxEntry &entry : *rows)
                mutations.append(wire::PushMutation {
                    entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
        return mutations;
    }

    [[nodiscard]] QStringList pushPending() const
    {
        const QList<wire::PushMutation> mutations = pending();
        const QStringList statuses = post(mutations);
        if (!mutations.isEmpty() && statuses.size() == mutations.size())
            (void)Outbox(m_counter).markAcked(mutations.last().seq, QStringLiteral("2026-01-01T00:00:00.000Z"));
        return statuses;
    }

private:
    TransportSession &m_session;
    QString m_deviceId;
    Database &m_counter;
};

} // namespace nexus::test
