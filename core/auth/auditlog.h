// The append-only audit log of sensitive actions (who, what, when, device) in nexus.db.
#pragma once

#include <QJsonObject>
#include <QString>

#include "common/error.h"

namespace nexus {

class Clock;
class Database;

struct AuditEntry
{
    QString id;
    QString at; // UTC ISO-8601
    QString deviceId;
    QString userId;
    QString action;
    QString subject;
    QString details; // JSON
};

class AuditLog final
{
public:
    AuditLog(Database &db, const Clock &clock, QString deviceId);

    [[nodiscard]] Status append(const QString &userId, const QString &action, const QString &subject = {},
                                const QJsonObject &details = {});
    [[nodiscard]] Result<QList<AuditEntry>> recent(int limit = 100) const;

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_deviceId;
};

} // namespace nexus
