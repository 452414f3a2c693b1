// Cash in/out: checks first, then the movement, its audit entry and its outbox fact in one transaction.
#include "cash/cashmovementservice.h"

#include "auth/auditlog.h"
#include "auth/permission.h"
#include "auth/userrepository.h"
#include "cash/tillledger.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QJsonObject>

namespace nexus {

namespace {

const QString kMutation = QStringLiteral("cash.moved");
constexpr int kSchema = 1;

// A withdrawal needs CashWithdrawal: the cashier's own, or that of the active manager who authorised it.
Status checkWithdrawal(Database &db, const CashMovementRequest &request)
{
    if (roleHas(request.role, Permission::CashWithdrawal))
        return {};
    if (request.authorizedBy.isEmpty())
        return checkPermission(request.role, Permission::CashWithdrawal);
    Result<std::optional<UserRecord>> manager = UserRepository(db).findById(request.authorizedBy);
    if (!manager)
        return std::unexpected(manager.error());
    if (!manager->has_value() || !(*manager)->user.active
        || !roleHas((*manager)->user.role, Permission::CashWithdrawal))
        return fail(ErrorCode::PermissionDenied, NX_ERR("The user who authorised the withdrawal may not take cash out"),
            {}, QStringLiteral("authorized_by"));
    return {};
}

} // namespace

QString cashMovementKindCode(CashMovementKind kind)
{
    return kind == CashMovementKind::Out ? QStringLiteral("out") : QStringLiteral("in");
}

CashMovementService::CashMovementService(Database &db, const Clock &clock, QString deviceId, QString branchId)
    : m_db(db), m_clock(clock), m_deviceId(std::move(deviceId)), m_branchId(std::move(branchId))
{
}

Result<QList<CashMovement>> CashMovementService::movements(const QString &cashSessionId) const
{
    return TillLedger(m_db).movements(cashSessionId);
}

Result<Money> CashMovementService::expectedCash() const
{
    TillLedger ledger(m_db);
    Result<std::optional<TillSession>> open = ledger.openSession(m_deviceId);
    if (!open)
        return std::unexpected(open.error());
    if (!open->has_value())
        return fail(
            ErrorCode::Conflict, NX_ERR("No till is open on this computer"), {}, QStringLiteral("cash_session"));
    Result<TillFigures> figures = ledger.figures((*open)->id);
    if (!figures)
        return std::unexpected(figures.error());
    return figures->expectedCash();
}

Result<CashMovement> CashMovementService::record(
    const CashMovementRequest &request, const std::function<Status(const CashMovement &)> &inTransaction)
{
    if (request.amount.centavos() <= 0)
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The amount must be greater than zero"), {}, QStringLiteral("amount"));
    if (request.amount.currency() != Currency::MXN)
        return fail(
            ErrorCode::InvalidInput, NX_ERR("Cash in and out of the till is in pesos"), {}, QStringLiteral("amount"));
    const QString reason = request.reason.simplified();
    if (reason.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Write the reason for the movement"), {}, QStringLiteral("reason"));
    if (reason.size() > kMaxReasonLength)
        return fail(ErrorCode::InvalidInput, NX_ERR("The reason is longer than %1 characters"),
            { QString::number(kMaxReasonLength) }, QStringLiteral("reason"));
    if (request.userId.isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    if (request.kind == CashMovementKind::In) {
        if (Status allowed = checkPermission(request.role, Permission::OpenCashSession); !allowed)
            return std::unexpected(allowed.error());
    } else if (Status allowed = checkWithdrawal(m_db, request); !allowed) {
        return std::unexpected(allowed.error());
    }

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    TillLedger ledger(m_db);
    Result<std::optional<TillSession>> open = ledger.openSession(m_deviceId);
    if (!open)
        return std::unexpected(open.error());
    if (!open->has_value())
        return fail(
            ErrorCode::Conflict, NX_ERR("No till is open on this computer"), {}, QStringLiteral("cash_session"));
    const TillSession &session = **open;
    if (request.kind == CashMovementKind::Out) {
        // Read inside the write transaction: a sale cannot slip in between the check and the withdrawal.
        Result<TillFigures> figures = ledger.figures(session.id);
        if (!figures)
            return std::unexpected(figures.error());
        const Money inDrawer = figures->expectedCash();
        if (request.amount > inDrawer)
            return fail(ErrorCode::InvalidInput, NX_ERR("Cannot take out %1: the drawer should hold only %2 in cash"),
                { request.amount.format(), inDrawer.format() }, QStringLiteral("amount"));
    }

    const CashMovement movement { IdGenerator::instance().nextString(), session.id, request.kind, request.amount,
        reason,
        request.userId, // Only a withdrawal the cashier could not make alone names an authoriser (checked above).
        request.kind == CashMovementKind::Out && !roleHas(request.role, Permission::CashWithdrawal)
            ? request.authorizedBy
            : QString(),
        m_clock.nowUtc().toString(Qt::ISODateWithMs) };
    const QString kind = cashMovementKindCode(movement.kind);
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO cash_movements(id, cash_session_id, kind, amount_cents, reason, user_id, "
                       "authorized_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { movement.id, movement.cashSessionId, kind, movement.amount.centavos(), movement.reason, movement.userId,
            movement.authorizedBy.isEmpty() ? QVariant() : QVariant(movement.authorizedBy), movement.atUtc });
    if (!inserted)
        return std::unexpected(inserted.error());
    QJsonObject details { { QStringLiteral("cash_session_id"), movement.cashSessionId },
        { QStringLiteral("amount_cents"), movement.amount.centavos() }, { QStringLiteral("reason"), movement.reason } };
    if (!movement.authorizedBy.isEmpty())
        details.insert(QStringLiteral("authorized_by"), movement.authorizedBy);
    if (Status audited = AuditLog(m_db, m_clock, m_deviceId)
                             .append(movement.userId, QStringLiteral("cash_") + kind, movement.id, details);
        !audited)
        return std::unexpected(audited.error());
    const QJsonObject payload { { QStringLiteral("id"), movement.id },
        { QStringLiteral("cash_session_id"), movement.cashSessionId }, { QStringLiteral("branch_id"), m_branchId },
        { QStringLiteral("kind"), kind }, { QStringLiteral("amount_cents"), movement.amount.centavos() },
        { QStringLiteral("reason"), movement.reason }, { QStringLiteral("user_id"), movement.userId },
        { QStringLiteral("authorized_by"),
            movement.authorizedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(movement.authorizedBy) },
        { QStringLiteral("at"), movement.atUtc } };
    if (Result<qint64> queued
        = Outbox(m_db).append(IdGenerator::instance().nextString(), kMutation, kSchema, payload, movement.atUtc);
        !queued)
        return std::unexpected(queued.error());
    if (inTransaction)
        if (Status step = inTransaction(movement); !step)
            return std::unexpected(step.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return movement;
}

} // namespace nexus
