// X and Z report data: the ledger's figures or frozen close, plus the names printed on the report.
#include "cash/tillreports.h"

#include "cash/tillledger.h"
#include "common/clock.h"
#include "store/database.h"

namespace nexus {

namespace {

Result<QString> userName(Database &db, const QString &userId)
{
    if (userId.isEmpty())
        return QString();
    Result<QVariant> name = db.scalar(QStringLiteral("SELECT display_name FROM users WHERE id = ?"), { userId });
    if (!name)
        return std::unexpected(name.error());
    return name->isValid() && !name->toString().isEmpty() ? name->toString() : userId;
}

} // namespace

Status TillReports::fillNames(TillReport &report) const
{
    const TillSession &session = report.figures.session;
    Result<QSqlQuery> branch
        = m_db.exec(QStringLiteral("SELECT name, code FROM branches WHERE id = ?"), { session.branchId });
    if (!branch)
        return std::unexpected(branch.error());
    report.branchName = branch->next()
        ? QStringLiteral("%1 (%2)").arg(branch->value(0).toString(), branch->value(1).toString())
        : session.branchId;
    Result<QVariant> device = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'device_name'"));
    if (!device)
        return std::unexpected(device.error());
    report.deviceName = device->isValid() && !device->toString().isEmpty() ? device->toString() : session.deviceId;
    Result<QString> opened = userName(m_db, session.openedBy);
    Result<QString> closed = userName(m_db, session.closedBy);
    if (!opened || !closed)
        return std::unexpected(!opened ? opened.error() : closed.error());
    report.openedByName = *opened;
    report.closedByName = *closed;
    return {};
}

Result<CashMovementSlip> TillReports::slip(const CashMovement &movement) const
{
    Result<TillFigures> figures = TillLedger(m_db).figures(movement.cashSessionId);
    if (!figures)
        return std::unexpected(figures.error());
    TillReport names;
    names.figures.session = figures->session;
    names.figures.session.openedBy = movement.userId;
    names.figures.session.closedBy = movement.authorizedBy;
    if (Status named = fillNames(names); !named)
        return std::unexpected(named.error());
    return CashMovementSlip { movement, names.branchName, names.deviceName, names.openedByName, names.closedByName,
        figures->expectedCash() };
}

Result<TillReport> TillReports::x(const QString &cashSessionId) const
{
    Result<TillFigures> figures = TillLedger(m_db).figures(cashSessionId);
    if (!figures)
        return std::unexpected(figures.error());
    if (figures->session.closed)
        return fail(ErrorCode::Conflict, NX_ERR("The till is closed: its figures are in Z report number %1"),
            { QString::number(figures->session.zNumber.value_or(0)) }, QStringLiteral("cash_session"));
    TillReport report;
    report.kind = TillReportKind::X;
    report.figures = std::move(*figures);
    report.printedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    if (Status named = fillNames(report); !named)
        return std::unexpected(named.error());
    return report;
}

Result<TillReport> TillReports::z(const QString &cashSessionId) const
{
    Result<TillClose> close = TillLedger(m_db).closeOf(cashSessionId);
    if (!close)
        return std::unexpected(close.error());
    return z(*close);
}

Result<TillReport> TillReports::z(const TillClose &close) const
{
    TillReport report;
    report.kind = TillReportKind::Z;
    report.figures = close.figures;
    report.zNumber = close.zNumber;
    report.countedCash = close.countedCash;
    report.tenders = close.tenders;
    report.pieces = close.pieces;
    report.printedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    if (Status named = fillNames(report); !named)
        return std::unexpected(named.error());
    return report;
}

} // namespace nexus
