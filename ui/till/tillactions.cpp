// TillActions: opens the till dialogs with the services they need.
#include "till/tillactions.h"

#include "auth/authservice.h"
#include "cash/tillledger.h"
#include "cash/tillreportdocument.h"
#include "cash/tillreports.h"
#include "common/clock.h"
#include "till/cashmovementdialog.h"
#include "till/closetilldialog.h"

#include <QWidget>

namespace nexus {

TillActions::TillActions(Database &db, AuthService &auth, QString deviceId, QString branchId, QWidget *parentWidget)
    : QObject(parentWidget),
      m_db(db),
      m_auth(auth),
      m_deviceId(std::move(deviceId)),
      m_branchId(std::move(branchId)),
      m_parentWidget(parentWidget),
      m_movements(db, Clock::system(), m_deviceId, m_branchId)
{
}

bool TillActions::cashIn()
{
    return moveCash(CashMovementKind::In);
}

bool TillActions::cashOut()
{
    return moveCash(CashMovementKind::Out);
}

bool TillActions::moveCash(CashMovementKind kind)
{
    Result<Money> drawer = m_movements.expectedCash();
    if (!drawer) {
        Q_EMIT message(drawer.error().message(), true);
        return false;
    }
    CashMovementDialog dialog(m_movements, m_auth, kind, m_parentWidget);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const CashMovement &moved = dialog.movement();
    if (m_print) {
        Result<CashMovementSlip> slip = TillReports(m_db, Clock::system()).slip(moved);
        const Status printed = slip ? m_print(cashMovementDocument(*slip)) : Status(std::unexpected(slip.error()));
        if (!printed) {
            // The movement stands; only its slip is missing.
            Q_EMIT message(
                tr("The movement was recorded but its slip was not printed: %1").arg(printed.error().message()), true);
            Q_EMIT tillChanged();
            return true;
        }
    }
    Q_EMIT message(moved.kind == CashMovementKind::Out
            ? tr("%1 taken out of the till: %2").arg(moved.amount.format(), moved.reason)
            : tr("%1 put into the till: %2").arg(moved.amount.format(), moved.reason),
        false);
    Q_EMIT tillChanged();
    return true;
}

bool TillActions::showXReport()
{
    Result<std::optional<TillSession>> open = TillLedger(m_db).openSession(m_deviceId);
    if (!open || !open->has_value()) {
        Q_EMIT message(open ? tr("No till is open on this computer.") : open.error().message(), true);
        return false;
    }
    Result<TillReport> report = TillReports(m_db, Clock::system()).x((*open)->id);
    if (!report) {
        Q_EMIT message(report.error().message(), true);
        return false;
    }
    TillReportDialog dialog(tillReportDocument(*report), tr("X report"), m_parentWidget);
    dialog.setPrintHandler(m_print);
    dialog.exec();
    return true;
}

bool TillActions::showZReport(const QString &cashSessionId)
{
    Result<TillReport> report = TillReports(m_db, Clock::system()).z(cashSessionId);
    if (!report) {
        Q_EMIT message(report.error().message(), true);
        return false;
    }
    TillReportDialog dialog(tillReportDocument(*report), tr("Z report No. %1").arg(report->zNumber), m_parentWidget);
    dialog.setPrintHandler(m_print);
    dialog.exec();
    return true;
}

bool TillActions::showLastZReport()
{
    Result<std::optional<TillSession>> last = TillLedger(m_db).lastClosedSession(m_deviceId);
    if (!last || !last->has_value()) {
        Q_EMIT message(last ? tr("This computer has not closed a till yet.") : last.error().message(), true);
        return false;
    }
    return showZReport((*last)->id);
}

bool TillActions::closeTill()
{
    Result<std::optional<TillSession>> open = TillLedger(m_db).openSession(m_deviceId);
    if (!open || !open->has_value()) {
        Q_EMIT message(open ? tr("No till is open on this computer.") : open.error().message(), true);
        return false;
    }
    CloseTillDialog dialog(m_db, m_auth, m_deviceId, m_branchId, m_parentWidget);
    dialog.setPrintHandler(m_print);
    dialog.exec();
    if (!dialog.closed())
        return false;
    Q_EMIT message(
        tr("Till closed: Z report No. %1. Open a new till to sell again.").arg(dialog.closed()->zNumber), false);
    Q_EMIT tillChanged();
    return true;
}

} // namespace nexus
