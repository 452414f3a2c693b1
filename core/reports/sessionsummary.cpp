// The cash session summary: TillLedger's figures of each session (the same the X and Z reports show), its payments
// per method from the sales' payments, its cash movements and returns one by one.
#include "reports/sessionsummary.h"

#include "cash/tillledger.h"
#include "reports/reportservice.h"
#include "reports/reportsql.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace nexus {

using reportsql::column;
using reportsql::text;

namespace {

// Sales, payments, cash movements and returns of one session, appended to `table`.
Status appendSession(Database &db, const QString &sessionId, const QString &cashier, ReportTable &table)
{
    Result<TillFigures> figures = TillLedger(db).figures(sessionId);
    if (!figures)
        return std::unexpected(figures.error());
    const TillSession &s = figures->session;
    const QVariant none;
    auto add = [&table](const QString &section, const QString &item, const QVariant &at, const QVariant &count,
                   const QVariant &amount) { table.rows.append({ section, item, at, count, amount }); };

    const QString session = QCoreApplication::translate("nexus::Report", "Session");
    add(session,
        s.zNumber ? QCoreApplication::translate("nexus::Report", "%1, Z %2").arg(cashier).arg(*s.zNumber) : QCoreApplication::translate("nexus::Report", "%1, still open").arg(cashier),
        s.openedAtUtc, none, none);
    add(session, QCoreApplication::translate("nexus::Report", "Opening float"), none, none, s.openingFloat.centavos());

    const QString sales = QCoreApplication::translate("nexus::Report", "Sales");
    add(sales, QCoreApplication::translate("nexus::Report", "Completed tickets"), none, qint64(figures->salesCount), figures->gross.centavos());
    if (figures->discounts.centavos() != 0)
        add(sales, QCoreApplication::translate("nexus::Report", "Discounts given"), none, none, figures->discounts.centavos());
    if (figures->cancelledCount > 0)
        add(sales, QCoreApplication::translate("nexus::Report", "Cancelled tickets (not in the figures)"), none, qint64(figures->cancelledCount), none);

    // What each method paid of the completed sales, in pesos: together they are the sales' total.
    Result<QSqlQuery> payments = db.exec(
        QStringLiteral("SELECT p.method, count(DISTINCT p.sale_id), sum(p.amount_cents) FROM sale_payments p"
                       " JOIN sales s ON s.id = p.sale_id WHERE s.cash_session_id = ? AND s.status = 'completed'"
                       " GROUP BY p.method ORDER BY 3 DESC, 1"),
        { sessionId });
    if (!payments)
        return std::unexpected(payments.error());
    while (payments->next())
        add(QCoreApplication::translate("nexus::Report", "Payments"), paymentMethodTitle(payments->value(0).toString()), none,
            payments->value(1).toLongLong(), payments->value(2).toLongLong());

    for (const CashMovement &m : figures->movements) {
        const QString kind = m.kind == CashMovementKind::In ? QCoreApplication::translate("nexus::Report", "Cash put in") : QCoreApplication::translate("nexus::Report", "Cash taken out");
        add(QCoreApplication::translate("nexus::Report", "Cash movements"), m.reason.isEmpty() ? kind : kind + QStringLiteral(": ") + m.reason, m.atUtc, none,
            m.kind == CashMovementKind::In ? m.amount.centavos() : -m.amount.centavos());
    }

    Result<QSqlQuery> returns = db.exec(QStringLiteral("SELECT folio, refund_method, returned_at, total_cents FROM"
                                                       " returns WHERE cash_session_id = ? ORDER BY returned_at, folio"),
        { sessionId });
    if (!returns)
        return std::unexpected(returns.error());
    while (returns->next())
        add(QCoreApplication::translate("nexus::Report", "Returns"),
            QStringLiteral("%1 (%2)").arg(returns->value(0).toString(), refundMethodTitle(returns->value(1).toString())),
            returns->value(2).toString(), none, -returns->value(3).toLongLong());

    const QString drawer = QCoreApplication::translate("nexus::Report", "Cash drawer");
    const qint64 expected = figures->expectedCash().centavos();
    add(drawer, QCoreApplication::translate("nexus::Report", "Expected cash"), none, none, expected);
    if (s.countedCash) {
        add(drawer, QCoreApplication::translate("nexus::Report", "Counted cash"), s.closedAtUtc, none, s.countedCash->centavos());
        add(drawer, QCoreApplication::translate("nexus::Report", "Difference"), none, none, s.countedCash->centavos() - expected);
    }
    return {};
}

} // namespace

Result<ReportTable> sessionSummaryReport(
    Database &db, const ReportRequest &r, const std::pair<QString, QString> &range, ReportControl *control)
{
    ReportTable table;
    table.columns = { text("section", QT_TRANSLATE_NOOP("nexus::Report", "Section")),
        text("concept", QT_TRANSLATE_NOOP("nexus::Report", "Concept")),
        column("at", QT_TRANSLATE_NOOP("nexus::Report", "Date"), ColumnType::DateTime, false),
        column("count", QT_TRANSLATE_NOOP("nexus::Report", "Tickets"), ColumnType::Count, false),
        column("amount", QT_TRANSLATE_NOOP("nexus::Report", "Amount"), ColumnType::Money, false) };
    Result<QList<std::pair<QString, QString>>> listed = reportsql::cashSessionsOf(db, r, range);
    if (!listed)
        return std::unexpected(listed.error());
    const QList<std::pair<QString, QString>> &sessions = *listed;
    for (int i = 0; i < sessions.size(); ++i) {
        if (reportsql::isCancelled(control))
            return std::unexpected(reportsql::cancelledError());
        if (Status ok = appendSession(db, sessions.at(i).first, sessions.at(i).second, table); !ok)
            return std::unexpected(ok.error());
        if (control != nullptr)
            control->report(static_cast<int>(100 + qint64(i + 1) * 850 / sessions.size()));
    }
    return table;
}

Result<QList<OwnCashSession>> ownCashSessions(Database &db, const QString &userId, int limit)
{
    Result<QSqlQuery> rows = db.exec(QStringLiteral("SELECT id, opened_at, COALESCE(closed_at, ''),"
                                                    " COALESCE(z_number, 0) FROM cash_sessions WHERE opened_by = ?"
                                                    " ORDER BY opened_at DESC, id DESC LIMIT ?"),
        { userId, limit });
    if (!rows)
        return std::unexpected(rows.error());
    QList<OwnCashSession> sessions;
    while (rows->next())
        sessions.append({ rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
            rows->value(3).toInt() });
    return sessions;
}

} // namespace nexus
