// HqReports: the tenant's sales, margins and exceptions per branch, in SQL that runs on SQLite and PostgreSQL alike.
#include "server/hqreports.h"

#include "server/adminservice.h"
#include "server/isotime.h"
#include "store/database.h"

#include <QJsonArray>

#include <array>

namespace nexus {

namespace {

Result<QDate> parseDay(const QString &text, const QString &field)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !day.isValid())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("%1 must be a date as YYYY-MM-DD, not \"%2\""), { field, text }, field);
    return day;
}

// [start of the first day, start of the day after the last) in `zone`, as the stored UTC text compares.
std::pair<QString, QString> utcBounds(QDate first, QDate last, const QTimeZone &zone)
{
    return { isoUtc(QDateTime(first, QTime(0, 0), zone)), isoUtc(QDateTime(last.addDays(1), QTime(0, 0), zone)) };
}

qint64 basisPoints(qint64 part, qint64 whole)
{
    if (whole == 0)
        return 0;
    const qint64 scaled = part * 10'000;
    return (scaled + (scaled >= 0 ? whole / 2 : -whole / 2)) / whole;
}

// Adds every integer member of `from` named in `keys` into `into`.
void addInto(QJsonObject &into, const QJsonObject &from, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString name = QLatin1String(key);
        into.insert(name, into.value(name).toInteger() + from.value(name).toInteger());
    }
}

} // namespace

Result<QList<HqReports::Branch>> HqReports::branches(const QString &branchCode)
{
    const QString code = branchCode.trimmed();
    Result<QSqlQuery> query = code.isEmpty()
        ? m_db.exec(QStringLiteral("SELECT id, code, timezone FROM branches ORDER BY code"))
        : m_db.exec(QStringLiteral("SELECT id, code, timezone FROM branches WHERE code = ?"), { code });
    if (!query)
        return std::unexpected(query.error());
    QList<Branch> found;
    while (query->next()) {
        Branch branch { query->value(0).toString(), query->value(1).toString(), query->value(2).toString(), {} };
        branch.zone = QTimeZone(branch.zoneName.toUtf8());
        if (!branch.zone.isValid())
            return fail(ErrorCode::Internal, NX_ERR("Branch %1 has the time zone \"%2\", which this server does not know"),
                { branch.code, branch.zoneName });
        found.append(branch);
    }
    if (!code.isEmpty() && found.isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("There is no branch with code \"%1\""), { code }, QStringLiteral("branch"));
    return found;
}

Result<HqReports::Period> HqReports::period(const QString &from, const QString &to)
{
    Result<QDate> first = parseDay(from, QStringLiteral("from"));
    if (!first)
        return std::unexpected(first.error());
    Result<QDate> last = parseDay(to, QStringLiteral("to"));
    if (!last)
        return std::unexpected(last.error());
    if (*last < *first)
        return fail(ErrorCode::InvalidInput, NX_ERR("to (%1) is before from (%2)"), { to, from }, QStringLiteral("to"));
    if (first->daysTo(*last) >= kMaxDays)
        return fail(ErrorCode::InvalidInput, NX_ERR("A report covers at most %1 days"), { QString::number(kMaxDays) },
            QStringLiteral("to"));
    return Period { *first, *last };
}

Result<QJsonObject> HqReports::sales(const QString &branchCode, const QString &from, const QString &to)
{
    Result<Period> range = period(from, to);
    if (!range)
        return std::unexpected(range.error());
    Result<QList<Branch>> chosen = branches(branchCode);
    if (!chosen)
        return std::unexpected(chosen.error());
    if (!branchCode.trimmed().isEmpty())
        return branchSales(chosen->first(), *range);
    QJsonObject all { { QStringLiteral("from"), from }, { QStringLiteral("to"), to } };
    QJsonArray rows;
    for (const Branch &branch : *chosen) {
        Result<QJsonObject> one = branchSales(branch, *range);
        if (!one)
            return std::unexpected(one.error());
        addInto(all, *one, { "count", "sales_cents", "returns", "returned_cents", "total_cents", "tax_cents" });
        rows.append(*one);
    }
    all.insert(QStringLiteral("branches"), rows);
    return all;
}

Result<QJsonObject> HqReports::branchSales(const Branch &branch, const Period &range)
{
    // A day is the branch's local day: its UTC bounds move with the offset (and with daylight saving where the zone
    // keeps it). sold_at and returned_at are UTC ISO-8601 text, so a string range is a time range. Returns count on
    // the day they were made, against the branch that took them back, whatever day the sale was.
    const auto sums = [this, &branch](const QString &table, const QString &column,
                          const std::pair<QString, QString> &bounds) -> Result<std::array<qint64, 3>> {
        Result<QSqlQuery> query = m_db.exec(
            QStringLiteral("SELECT count(*), CAST(coalesce(sum(total_cents), 0) AS BIGINT), "
                           "CAST(coalesce(sum(tax_cents), 0) AS BIGINT) FROM %1 WHERE branch_id = ? AND %2 >= ? "
                           "AND %2 < ?")
                .arg(table, column),
            { branch.id, bounds.first, bounds.second });
        if (!query)
            return std::unexpected(query.error());
        if (!query->next())
            return std::array<qint64, 3> { 0, 0, 0 };
        return std::array<qint64, 3> { query->value(0).toLongLong(), query->value(1).toLongLong(),
            query->value(2).toLongLong() };
    };
    QJsonArray days;
    std::array<qint64, 6> totals {}; // sales, sales cents, sales tax, returns, returned cents, returned tax
    for (QDate day = range.first; day <= range.last; day = day.addDays(1)) {
        const std::pair<QString, QString> bounds = utcBounds(day, day, branch.zone);
        Result<std::array<qint64, 3>> sold = sums(QStringLiteral("sales"), QStringLiteral("sold_at"), bounds);
        if (!sold)
            return std::unexpected(sold.error());
        Result<std::array<qint64, 3>> returned = sums(QStringLiteral("returns"), QStringLiteral("returned_at"), bounds);
        if (!returned)
            return std::unexpected(returned.error());
        if ((*sold)[0] == 0 && (*returned)[0] == 0)
            continue;
        days.append(QJsonObject { { QStringLiteral("day"), day.toString(Qt::ISODate) },
            { QStringLiteral("utc_from"), bounds.first }, { QStringLiteral("count"), (*sold)[0] },
            { QStringLiteral("sales_cents"), (*sold)[1] }, { QStringLiteral("returns"), (*returned)[0] },
            { QStringLiteral("returned_cents"), (*returned)[1] },
            { QStringLiteral("total_cents"), (*sold)[1] - (*returned)[1] },
            { QStringLiteral("tax_cents"), (*sold)[2] - (*returned)[2] } });
        for (int i = 0; i < 3; ++i) {
            totals[i] += (*sold)[i];
            totals[3 + i] += (*returned)[i];
        }
    }
    return QJsonObject { { QStringLiteral("branch"), branch.code }, { QStringLiteral("timezone"), branch.zoneName },
        { QStringLiteral("from"), range.first.toString(Qt::ISODate) },
        { QStringLiteral("to"), range.last.toString(Qt::ISODate) }, { QStringLiteral("days"), days },
        { QStringLiteral("count"), totals[0] }, { QStringLiteral("sales_cents"), totals[1] },
        { QStringLiteral("returns"), totals[3] }, { QStringLiteral("returned_cents"), totals[4] },
        { QStringLiteral("total_cents"), totals[1] - totals[4] },
        { QStringLiteral("tax_cents"), totals[2] - totals[5] } };
}

Result<QJsonObject> HqReports::margins(const QString &branchCode, const QString &from, const QString &to)
{
    Result<Period> range = period(from, to);
    if (!range)
        return std::unexpected(range.error());
    Result<QList<Branch>> chosen = branches(branchCode);
    if (!chosen)
        return std::unexpected(chosen.error());
    QJsonObject all { { QStringLiteral("from"), from }, { QStringLiteral("to"), to } };
    QJsonArray rows;
    for (const Branch &branch : *chosen) {
        Result<QJsonObject> one = branchMargins(branch, *range);
        if (!one)
            return std::unexpected(one.error());
        addInto(all, *one, { "sales", "base_cents", "cost_cents", "margin_cents", "lines_without_cost" });
        rows.append(*one);
    }
    all.insert(QStringLiteral("branches"), rows);
    all.insert(QStringLiteral("margin_bp"),
        basisPoints(all.value(QStringLiteral("margin_cents")).toInteger(), all.value(QStringLiteral("base_cents")).toInteger()));
    return all;
}

Result<QJsonObject> HqReports::branchMargins(const Branch &branch, const Period &range)
{
    const std::pair<QString, QString> bounds = utcBounds(range.first, range.last, branch.zone);
    // The cost of a line is rounded to the centavo line by line, as the branch's report rounds it.
    Result<QSqlQuery> sold = m_db.exec(
        QStringLiteral("SELECT count(DISTINCT s.id), CAST(coalesce(sum(l.base_cents), 0) AS BIGINT),"
                       " CAST(coalesce(sum((CAST(l.cost_cents AS BIGINT) * l.quantity + 500) / 1000), 0) AS BIGINT),"
                       " CAST(coalesce(sum(CASE WHEN l.cost_cents = 0 THEN 1 ELSE 0 END), 0) AS BIGINT)"
                       " FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
                       " WHERE s.branch_id = ? AND s.sold_at >= ? AND s.sold_at < ?"),
        { branch.id, bounds.first, bounds.second });
    if (!sold)
        return std::unexpected(sold.error());
    Result<QSqlQuery> returned = m_db.exec(
        QStringLiteral("SELECT CAST(coalesce(sum(rl.base_cents), 0) AS BIGINT),"
                       " CAST(coalesce(sum((CAST(sl.cost_cents AS BIGINT) * rl.quantity + 500) / 1000), 0) AS BIGINT)"
                       " FROM returns r JOIN return_lines rl ON rl.return_id = r.id"
                       " JOIN sale_lines sl ON sl.sale_id = r.sale_id AND sl.line_no = rl.sale_line_no"
                       " WHERE r.branch_id = ? AND r.returned_at >= ? AND r.returned_at < ?"),
        { branch.id, bounds.first, bounds.second });
    if (!returned)
        return std::unexpected(returned.error());
    const bool hasSold = sold->next();
    const bool hasReturned = returned->next();
    const auto value = [](QSqlQuery &query, bool has, int column) { return has ? query.value(column).toLongLong() : 0; };
    const qint64 base = value(*sold, hasSold, 1) - value(*returned, hasReturned, 0);
    const qint64 cost = value(*sold, hasSold, 2) - value(*returned, hasReturned, 1);
    return QJsonObject { { QStringLiteral("branch"), branch.code }, { QStringLiteral("timezone"), branch.zoneName },
        { QStringLiteral("sales"), value(*sold, hasSold, 0) }, { QStringLiteral("base_cents"), base },
        { QStringLiteral("cost_cents"), cost }, { QStringLiteral("margin_cents"), base - cost },
        { QStringLiteral("margin_bp"), basisPoints(base - cost, base) },
        { QStringLiteral("lines_without_cost"), value(*sold, hasSold, 3) } };
}

Result<QJsonObject> HqReports::exceptions(const QString &branchCode, const QString &from, const QString &to)
{
    Result<Period> range = period(from, to);
    if (!range)
        return std::unexpected(range.error());
    Result<QList<Branch>> known = branches({});
    if (!known)
        return std::unexpected(known.error());
    QHash<QString, QString> codes; // branch id → code
    for (const Branch &branch : *known)
        codes.insert(branch.id, branch.code);
    const QString wanted = branchCode.trimmed();
    if (!wanted.isEmpty() && std::ranges::find(codes, wanted) == codes.end())
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no branch with code \"%1\""), { wanted },
            QStringLiteral("branch"));
    const std::pair<QString, QString> bounds
        = utcBounds(range->first, range->last, QTimeZone(QByteArray(AdminService::kDefaultTimezone.data())));
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT e.kind, COALESCE(s.branch_id, r.branch_id, c.branch_id, t.from_branch_id, '') AS branch,"
                       " count(*), CAST(sum(CASE WHEN e.resolved_at IS NULL THEN 1 ELSE 0 END) AS BIGINT)"
                       " FROM exceptions e LEFT JOIN sales s ON s.id = e.ref LEFT JOIN returns r ON r.id = e.ref"
                       " LEFT JOIN cash_sessions c ON c.id = e.ref LEFT JOIN transfers t ON t.id = e.ref"
                       " WHERE e.created_at >= ? AND e.created_at < ?"
                       " GROUP BY e.kind, COALESCE(s.branch_id, r.branch_id, c.branch_id, t.from_branch_id, '')"
                       " ORDER BY e.kind"),
        { bounds.first, bounds.second });
    if (!query)
        return std::unexpected(query.error());
    QJsonArray rows;
    qint64 total = 0;
    qint64 open = 0;
    while (query->next()) {
        const QString code = codes.value(query->value(1).toString());
        if (!wanted.isEmpty() && code != wanted)
            continue;
        const qint64 count = query->value(2).toLongLong();
        const qint64 stillOpen = query->value(3).toLongLong();
        rows.append(QJsonObject { { QStringLiteral("kind"), query->value(0).toString() },
            { QStringLiteral("branch"), code }, { QStringLiteral("count"), count },
            { QStringLiteral("open"), stillOpen } });
        total += count;
        open += stillOpen;
    }
    return QJsonObject { { QStringLiteral("from"), from }, { QStringLiteral("to"), to },
        { QStringLiteral("timezone"), QString(AdminService::kDefaultTimezone) }, { QStringLiteral("rows"), rows },
        { QStringLiteral("count"), total }, { QStringLiteral("open"), open } };
}

Result<QJsonObject> HqReports::cfdis(const QString &branchCode, const QString &from, const QString &to)
{
    Result<Period> range = period(from, to);
    if (!range)
        return std::unexpected(range.error());
    Result<QList<Branch>> chosen = branches(branchCode);
    if (!chosen)
        return std::unexpected(chosen.error());
    QHash<QString, QString> codes; // branch id → code
    for (const Branch &branch : *chosen)
        codes.insert(branch.id, branch.code);
    const QString wanted = branchCode.trimmed();
    // FechaTimbrado is "yyyy-MM-ddTHH:mm:ss": the text compares as the days do.
    const QString firstDay = range->first.toString(Qt::ISODate);
    const QString dayAfter = range->last.addDays(1).toString(Qt::ISODate);
    const QString where = QStringLiteral(" WHERE c.stamped_at >= ? AND c.stamped_at < ?")
        + (wanted.isEmpty() ? QString() : QStringLiteral(" AND c.branch_id = ?"));
    const QVariantList values = wanted.isEmpty() ? QVariantList { firstDay, dayAfter }
                                                 : QVariantList { firstDay, dayAfter, chosen->first().id };
    // The tickets each covers, in one statement: a factura global of a month lists hundreds.
    QHash<QString, QJsonArray> ticketsOf;
    {
        Result<QSqlQuery> tickets = m_db.exec(
            QStringLiteral("SELECT t.cfdi_id, t.folio FROM cfdi_tickets t JOIN cfdis c ON c.id = t.cfdi_id") + where
                + QStringLiteral(" ORDER BY t.cfdi_id, t.folio"),
            values);
        if (!tickets)
            return std::unexpected(tickets.error());
        while (tickets->next())
            ticketsOf[tickets->value(0).toString()].append(tickets->value(1).toString());
    }
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT c.id, c.branch_id, c.cfdi_type, c.is_global, c.state, c.uuid, c.series, "
                       "c.folio_number, c.stamped_at, c.receiver_rfc, c.receiver_name, c.total_cents, c.related_uuid, "
                       "c.source_folio, c.cancel_motive, c.cancel_substitution, c.cancellation_status, c.cancelled_at "
                       "FROM cfdis c")
            + where + QStringLiteral(" ORDER BY c.stamped_at, c.uuid"),
        values);
    if (!query)
        return std::unexpected(query.error());
    QJsonArray rows;
    qint64 valid = 0;
    qint64 cancelled = 0;
    qint64 invoiced = 0;
    while (query->next()) {
        int c = 0;
        const QString id = query->value(c++).toString();
        const QString branchId = query->value(c++).toString();
        QJsonObject row { { QStringLiteral("id"), id },
            { QStringLiteral("branch"), codes.value(branchId, branchId) },
            { QStringLiteral("type"), query->value(c++).toString() },
            { QStringLiteral("global"), query->value(c++).toLongLong() != 0 },
            { QStringLiteral("state"), query->value(c++).toString() },
            { QStringLiteral("uuid"), query->value(c++).toString() },
            { QStringLiteral("series"), query->value(c++).toString() },
            { QStringLiteral("folio_number"), query->value(c++).toLongLong() },
            { QStringLiteral("stamped_at"), query->value(c++).toString() },
            { QStringLiteral("receiver_rfc"), query->value(c++).toString() },
            { QStringLiteral("receiver_name"), query->value(c++).toString() },
            { QStringLiteral("total_cents"), query->value(c++).toLongLong() },
            { QStringLiteral("related_uuid"), query->value(c++).toString() },
            { QStringLiteral("source_folio"), query->value(c++).toString() },
            { QStringLiteral("cancel_motive"), query->value(c++).toString() },
            { QStringLiteral("cancel_substitution"), query->value(c++).toString() },
            { QStringLiteral("cancellation_status"), query->value(c++).toString() },
            { QStringLiteral("cancelled_at"), query->value(c++).toString() },
            { QStringLiteral("tickets"), ticketsOf.value(id) } };
        const bool isValid = row.value(QLatin1String("state")).toString() == QLatin1String("timbrada");
        valid += isValid ? 1 : 0;
        cancelled += isValid ? 0 : 1;
        if (isValid && row.value(QLatin1String("type")).toString() == QLatin1String("I"))
            invoiced += row.value(QLatin1String("total_cents")).toInteger();
        rows.append(row);
    }
    return QJsonObject { { QStringLiteral("from"), from }, { QStringLiteral("to"), to }, { QStringLiteral("rows"), rows },
        { QStringLiteral("count"), rows.size() }, { QStringLiteral("valid"), valid },
        { QStringLiteral("cancelled"), cancelled }, { QStringLiteral("invoiced_cents"), invoiced } };
}

} // namespace nexus
