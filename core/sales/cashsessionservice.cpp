// Opening the till and finding the open one; the open event goes to the outbox in the same transaction.
#include "sales/cashsessionservice.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QJsonObject>

namespace nexus {

CashSessionService::CashSessionService(Database &db, const Clock &clock, QString deviceId, QString branchId)
    : m_db(db), m_clock(clock), m_deviceId(std::move(deviceId)), m_branchId(std::move(branchId))
{
}

Result<std::optional<CashSession>> CashSessionService::current() const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT id, opened_by, opened_at, opening_float_cents FROM cash_sessions "
                       "WHERE device_id = ? AND status = 'open'"),
        {m_deviceId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<CashSession>();
    return std::optional<CashSession>(CashSession{query->value(0).toString(), query->value(1).toString(),
                                                  query->value(2).toString(), Money(query->value(3).toLongLong())});
}

Result<CashSession> CashSessionService::open(const QString &userId, Money openingFloat)
{
    if (openingFloat.isNegative())
        return fail(ErrorCode::InvalidInput, NX_ERR("The opening float cannot be negative"), {},
                    QStringLiteral("opening_float"));
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<std::optional<CashSession>> existing = current();
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value())
        return fail(ErrorCode::Conflict, NX_ERR("The till is already open since %1"), {(*existing)->openedAtUtc},
                    QStringLiteral("cash_session"));
    const CashSession session{IdGenerator::instance().nextString(), userId,
                              m_clock.nowUtc().toString(Qt::ISODateWithMs), openingFloat};
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO cash_sessions(id, branch_id, device_id, opened_by, opened_at, opening_float_cents) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {session.id, m_branchId, m_deviceId, userId, session.openedAtUtc, openingFloat.centavos()});
    if (!inserted)
        return std::unexpected(inserted.error());
    const QJsonObject payload{{QStringLiteral("id"), session.id},
                              {QStringLiteral("branch_id"), m_branchId},
                              {QStringLiteral("opened_by"), userId},
                              {QStringLiteral("opened_at"), session.openedAtUtc},
                              {QStringLiteral("opening_float_cents"), openingFloat.centavos()}};
    if (Result<qint64> queued = Outbox(m_db).append(IdGenerator::instance().nextString(),
                                                    QStringLiteral("cash_session.opened"), 1, payload,
                                                    session.openedAtUtc);
        !queued)
        return std::unexpected(queued.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return session;
}

} // namespace nexus
