// Appends to and reads the audit_log table.
#include "auth/auditlog.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "store/database.h"

#include <QJsonDocument>

namespace nexus {

AuditLog::AuditLog(Database &db, const Clock &clock, QString deviceId)
    : m_db(db), m_clock(clock), m_deviceId(std::move(deviceId))
{
}

Status AuditLog::append(const QString &userId, const QString &action, const QString &subject,
                        const QJsonObject &details)
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("INSERT INTO audit_log(id, at, device_id, user_id, action, subject, details) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {IdGenerator::instance().nextString(), m_clock.nowUtc().toString(Qt::ISODateWithMs), m_deviceId,
         userId.isEmpty() ? QVariant() : QVariant(userId), action, subject,
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<QList<AuditEntry>> AuditLog::recent(int limit) const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT id, at, device_id, user_id, action, subject, details FROM audit_log "
                       "ORDER BY at DESC, id DESC LIMIT ?"),
        {limit});
    if (!query)
        return std::unexpected(query.error());
    QList<AuditEntry> entries;
    while (query->next())
        entries.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                        query->value(3).toString(), query->value(4).toString(), query->value(5).toString(),
                        query->value(6).toString()});
    return entries;
}

} // namespace nexus
