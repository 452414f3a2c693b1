// Till figures in a few aggregate queries over the session's sales, payments, movements and returns.
#include "cash/tillledger.h"

#include "sales/tender.h"
#include "store/database.h"

#include <map>

namespace nexus {

namespace {

const QString kSessionColumns = QStringLiteral(
    "SELECT id, branch_id, device_id, opened_by, opened_at, opening_float_cents, status, closed_by, closed_at, "
    "z_number, counted_cash_cents, close_note FROM cash_sessions ");

TillSession sessionFrom(const QSqlQuery &row)
{
    TillSession session;
    session.id = row.value(0).toString();
    session.branchId = row.value(1).toString();
    session.deviceId = row.value(2).toString();
    session.openedBy = row.value(3).toString();
    session.openedAtUtc = row.value(4).toString();
    session.openingFloat = Money(row.value(5).toLongLong());
    session.closed = row.value(6).toString() == QLatin1String("closed");
    session.closedBy = row.value(7).toString();
    session.closedAtUtc = row.value(8).toString();
    if (!row.value(9).isNull())
        session.zNumber = row.value(9).toInt();
    if (!row.value(10).isNull())
        session.countedCash = Money(row.value(10).toLongLong());
    session.closeNote = row.value(11).toString();
    return session;
}

} // namespace

Result<TillSession> TillLedger::session(const QString &cashSessionId) const
{
    Result<QSqlQuery> row = m_db.exec(kSessionColumns + QStringLiteral("WHERE id = ?"), { cashSessionId });
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return fail(ErrorCode::NotFound, NX_ERR("There is no till session %1"), { cashSessionId },
            QStringLiteral("cash_session"));
    return sessionFrom(*row);
}

Result<std::optional<TillSession>> TillLedger::openSession(const QString &deviceId) const
{
    Result<QSqlQuery> row
        = m_db.exec(kSessionColumns + QStringLiteral("WHERE device_id = ? AND status = 'open'"), { deviceId });
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return std::optional<TillSession>();
    return std::optional<TillSession>(sessionFrom(*row));
}

Result<std::optional<TillSession>> TillLedger::lastClosedSession(const QString &deviceId) const
{
    Result<QSqlQuery> row = m_db.exec(kSessionColumns
            + QStringLiteral("WHERE device_id = ? AND status = 'closed' "
                             "ORDER BY z_number DESC, closed_at DESC LIMIT 1"),
        { deviceId });
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return std::optional<TillSession>();
    return std::optional<TillSession>(sessionFrom(*row));
}

Result<QList<CashMovement>> TillLedger::movements(const QString &cashSessionId) const
{
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT id, kind, amount_cents, reason, user_id, authorized_by, at FROM cash_movements "
                       "WHERE cash_session_id = ? ORDER BY at, id"),
        { cashSessionId });
    if (!rows)
        return std::unexpected(rows.error());
    QList<CashMovement> list;
    while (rows->next())
        list.append(CashMovement { rows->value(0).toString(), cashSessionId,
            rows->value(1).toString() == QLatin1String("out") ? CashMovementKind::Out : CashMovementKind::In,
            Money(rows->value(2).toLongLong()), rows->value(3).toString(), rows->value(4).toString(),
            rows->value(5).toString(), rows->value(6).toString() });
    return list;
}

Result<TillFigures> TillLedger::figures(const QString &cashSessionId) const
{
    Result<TillSession> found = session(cashSessionId);
    if (!found)
        return std::unexpected(found.error());
    TillFigures figures;
    figures.session = std::move(*found);

    Result<QSqlQuery> sales = m_db.exec(
        QStringLiteral("SELECT count(*), COALESCE(SUM(total_cents), 0), COALESCE(SUM(discount_cents), 0), "
                       "COALESCE(SUM(subtotal_cents), 0), COALESCE(SUM(tax_cents), 0), "
                       "COALESCE(SUM(change_cents), 0) FROM sales WHERE cash_session_id = ? AND status = 'completed'"),
        { cashSessionId });
    if (!sales)
        return std::unexpected(sales.error());
    qint64 change = 0;
    if (sales->next()) {
        figures.salesCount = sales->value(0).toInt();
        figures.gross = Money(sales->value(1).toLongLong());
        figures.discounts = Money(sales->value(2).toLongLong());
        figures.subtotal = Money(sales->value(3).toLongLong());
        figures.tax = Money(sales->value(4).toLongLong());
        change = sales->value(5).toLongLong();
    }
    if (figures.salesCount > 0)
        figures.averageTicket = Money(divideRounded(figures.gross.centavos(), figures.salesCount));
    Result<QVariant> cancelled
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE cash_session_id = ? AND status = 'cancelled'"),
            { cashSessionId });
    if (!cancelled)
        return std::unexpected(cancelled.error());
    figures.cancelledCount = cancelled->toInt();

    // Per method: what the payments applied to the sales, and what was handed over (in the tender's currency).
    Result<QSqlQuery> payments = m_db.exec(
        QStringLiteral("SELECT p.method, SUM(p.amount_cents), SUM(p.tendered_cents) FROM sale_payments p "
                       "JOIN sales s ON s.id = p.sale_id WHERE s.cash_session_id = ? AND s.status = 'completed' "
                       "GROUP BY p.method"),
        { cashSessionId });
    if (!payments)
        return std::unexpected(payments.error());
    std::map<QString, std::pair<qint64, qint64>> byMethod;
    while (payments->next())
        byMethod[payments->value(0).toString()] = { payments->value(1).toLongLong(), payments->value(2).toLongLong() };

    // Abonos on customers' accounts taken at this till (0020: the account rows carry their tender and till).
    Result<QSqlQuery> abonos = m_db.exec(
        QStringLiteral("SELECT method, -SUM(amount_cents) FROM customer_account_ledger WHERE cash_session_id = ? AND "
                       "kind = 'payment' GROUP BY method"),
        { cashSessionId });
    if (!abonos)
        return std::unexpected(abonos.error());
    std::map<QString, qint64> abonoByMethod;
    while (abonos->next())
        abonoByMethod[abonos->value(0).toString()] = abonos->value(1).toLongLong();

    Result<QSqlQuery> moved
        = m_db.exec(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN kind = 'in' THEN amount_cents END), 0), "
                                   "COALESCE(SUM(CASE WHEN kind = 'out' THEN amount_cents END), 0) FROM cash_movements "
                                   "WHERE cash_session_id = ?"),
            { cashSessionId });
    if (!moved)
        return std::unexpected(moved.error());
    if (moved->next()) {
        figures.cashIn = Money(moved->value(0).toLongLong());
        figures.cashOut = Money(moved->value(1).toLongLong());
    }
    Result<QSqlQuery> returns = m_db.exec(
        QStringLiteral("SELECT count(*), COALESCE(SUM(total_cents), 0), "
                       "COALESCE(SUM(CASE WHEN refund_method = 'cash' THEN total_cents - points_cents END), 0) FROM returns "
                       "WHERE cash_session_id = ?"),
        { cashSessionId });
    if (!returns)
        return std::unexpected(returns.error());
    if (returns->next()) {
        figures.returnsCount = returns->value(0).toInt();
        figures.refunds = Money(returns->value(1).toLongLong());
        figures.cashRefunds = Money(returns->value(2).toLongLong());
    }

    // The peso drawer keeps what was handed over in pesos less the change. amount_cents alone is not enough: when
    // dollars overpay, the change comes out of the peso drawer although no peso tender has any excess.
    const QString cash = tenderCode(TenderMethod::Cash);
    const QString usd = tenderCode(TenderMethod::CashUsd);
    figures.cashSales = Money(byMethod[cash].second - change);
    figures.usdSalesMxn = Money(byMethod[usd].first);
    for (const QString &method : tillTenderMethods()) {
        Money expected;
        if (method == cash)
            expected = figures.expectedCash();
        else if (method == usd)
            expected = Money(byMethod[usd].second, Currency::USD);
        else
            expected = Money(byMethod[method].first + abonoByMethod[method]); // cash abonos are in cashIn
        figures.tenders.push_back({ method, expected });
        if (abonoByMethod[method] != 0)
            figures.accountPayments.push_back({ method, Money(abonoByMethod[method]) });
    }

    Result<QList<CashMovement>> list = movements(cashSessionId);
    if (!list)
        return std::unexpected(list.error());
    figures.movements = std::move(*list);
    return figures;
}

Result<TillClose> TillLedger::closeOf(const QString &cashSessionId) const
{
    Result<TillFigures> figures = this->figures(cashSessionId);
    if (!figures)
        return std::unexpected(figures.error());
    if (!figures->session.closed)
        return fail(ErrorCode::Conflict, NX_ERR("The till is still open: print an X report instead"), {},
            QStringLiteral("cash_session"));
    TillClose result;
    result.zNumber = figures->session.zNumber.value_or(0);
    result.closedAtUtc = figures->session.closedAtUtc;
    result.countedCash = figures->session.countedCash.value_or(Money());
    Result<QSqlQuery> tenders
        = m_db.exec(QStringLiteral("SELECT method, expected_cents, counted_cents FROM cash_session_tenders "
                                   "WHERE cash_session_id = ?"),
            { cashSessionId });
    if (!tenders)
        return std::unexpected(tenders.error());
    std::vector<TenderCount> stored;
    while (tenders->next()) {
        const QString method = tenders->value(0).toString();
        const Currency currency = tenderCurrency(method);
        stored.push_back({ method, Money(tenders->value(1).toLongLong(), currency),
            Money(tenders->value(2).toLongLong(), currency) });
    }
    // Report order, not key order.
    for (const QString &method : tillTenderMethods())
        for (const TenderCount &tender : stored)
            if (tender.method == method)
                result.tenders.push_back(tender);
    Result<QSqlQuery> pieces = m_db.exec(
        QStringLiteral("SELECT denomination_cents, pieces FROM cash_session_denominations WHERE cash_session_id = ? "
                       "ORDER BY denomination_cents DESC"),
        { cashSessionId });
    if (!pieces)
        return std::unexpected(pieces.error());
    while (pieces->next())
        result.pieces.push_back({ pieces->value(0).toLongLong(), pieces->value(1).toLongLong() });
    result.figures = std::move(*figures);
    return result;
}

} // namespace nexus
