// Counts: lines written as they are counted (each with the balance of that moment), posted in one transaction.
#include "inventory/stockcountservice.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/stockfactwriter.h"
#include "inventory/stockledger.h"
#include "store/catalogattach.h"
#include "store/database.h"
#include "store/foliocounter.h"

namespace nexus {

namespace {

constexpr qsizetype kMaxNoteLength = 500;

CountState stateFromCode(const QString &code)
{
    if (code == QLatin1String("posted"))
        return CountState::Posted;
    if (code == QLatin1String("cancelled"))
        return CountState::Cancelled;
    return CountState::Open;
}

Status signedIn(const QString &userId)
{
    if (userId.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    return {};
}

const QString kCountColumns = QStringLiteral("id, folio, warehouse_id, category, note, state, opened_by, opened_at, "
                                             "coalesce(closed_by, ''), authorized_by, coalesce(closed_at, '')");

StockCount countFromRow(const QSqlQuery &row)
{
    StockCount c;
    c.id = row.value(0).toString();
    c.folio = row.value(1).toString();
    c.warehouseId = row.value(2).toString();
    c.category = row.value(3).toString();
    c.note = row.value(4).toString();
    c.state = stateFromCode(row.value(5).toString());
    c.openedBy = row.value(6).toString();
    c.openedAtUtc = row.value(7).toString();
    c.closedBy = row.value(8).toString();
    c.authorizedBy = row.value(9).toString();
    c.closedAtUtc = row.value(10).toString();
    return c;
}

} // namespace

QString countStateCode(CountState state)
{
    switch (state) {
    case CountState::Posted:
        return QStringLiteral("posted");
    case CountState::Cancelled:
        return QStringLiteral("cancelled");
    case CountState::Open:
        break;
    }
    return QStringLiteral("open");
}

StockCountService::StockCountService(Database &db, const Clock &clock, StockContext context, QString catalogPath)
    : m_db(db), m_clock(clock), m_context(std::move(context)), m_catalogPath(std::move(catalogPath))
{
}

Result<StockCount> StockCountService::open(
    const QString &warehouseId, const QString &category, const QString &note, const QString &userId)
{
    if (Status ok = checkStockContext(m_context); !ok)
        return std::unexpected(ok.error());
    if (Status ok = signedIn(userId); !ok)
        return std::unexpected(ok.error());
    StockCount c;
    c.id = IdGenerator::instance().nextString();
    c.warehouseId = warehouseId.trimmed();
    c.category = notNull(category.simplified());
    c.note = notNull(note.simplified());
    c.openedBy = userId;
    c.openedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    if (c.warehouseId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the warehouse"), {}, QStringLiteral("warehouse_id"));
    if (c.note.size() > kMaxNoteLength)
        return fail(ErrorCode::InvalidInput, NX_ERR("The note is too long (at most %1 characters)"),
            { QString::number(kMaxNoteLength) }, QStringLiteral("note"));
    if (Status ok = checkOwnWarehouse(m_db, m_context.branchId, c.warehouseId); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QVariant> already = m_db.scalar(QStringLiteral("SELECT folio FROM stock_counts WHERE warehouse_id = ? AND "
                                                          "category = ? AND state = 'open'"),
        { c.warehouseId, c.category });
    if (!already)
        return std::unexpected(already.error());
    if (already->isValid())
        return fail(ErrorCode::Conflict, NX_ERR("The count %1 of this warehouse is still open: finish it first"),
            { already->toString() }, QStringLiteral("warehouse_id"));
    Result<QString> folio = drawFolio(m_db, m_context.folioSeries + QStringLiteral("-C"));
    if (!folio)
        return std::unexpected(folio.error());
    c.folio = *folio;
    if (Result<QSqlQuery> inserted = m_db.exec(
            QStringLiteral("INSERT INTO stock_counts(id, folio, warehouse_id, scope, category, note, state, opened_by, "
                           "opened_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)"),
            { c.id, c.folio, c.warehouseId, c.category.isEmpty() ? QStringLiteral("full") : QStringLiteral("category"),
                c.category, c.note, c.openedBy, c.openedAtUtc });
        !inserted)
        return std::unexpected(inserted.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return c;
}

Result<StockCount> StockCountService::openCount(const QString &countId) const
{
    Result<StockCount> c = find(countId);
    if (!c)
        return c;
    if (c->state != CountState::Open)
        return fail(ErrorCode::Conflict, NX_ERR("The count %1 is already closed"), { c->folio },
            QStringLiteral("count_id"));
    return c;
}

Result<StockCountLine> StockCountService::count(const QString &countId, const CountEntry &entry, const QString &userId)
{
    if (Status ok = signedIn(userId); !ok)
        return std::unexpected(ok.error());
    if (entry.partId <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the part"), {}, QStringLiteral("part_id"));
    if (entry.quantity < Quantity() || (entry.add && entry.quantity == Quantity()))
        return fail(ErrorCode::InvalidInput, NX_ERR("The counted quantity cannot be negative"), {},
            QStringLiteral("quantity"));
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<StockCount> c = openCount(countId);
    if (!c)
        return std::unexpected(c.error());
    Result<Quantity> balance = StockLedger(m_db).balance(entry.partId, c->warehouseId);
    if (!balance)
        return std::unexpected(balance.error());
    StockCountLine line { entry.partId, notNull(entry.sku.trimmed()), notNull(entry.description.trimmed()), entry.quantity,
        *balance,
        userId, m_clock.nowUtc().toString(Qt::ISODateWithMs) };
    // A scan adds to the line and keeps the balance its first count saw; a typed quantity is a recount.
    Result<QSqlQuery> saved = m_db.exec(
        entry.add ? QStringLiteral("INSERT INTO stock_count_lines(count_id, part_id, sku, description, counted, "
                                   "expected, counted_by, counted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT(count_id, part_id) DO UPDATE SET counted = stock_count_lines.counted + "
                                   "excluded.counted, counted_by = excluded.counted_by, counted_at = excluded.counted_at "
                                   "RETURNING counted, expected")
                  : QStringLiteral("INSERT INTO stock_count_lines(count_id, part_id, sku, description, counted, "
                                   "expected, counted_by, counted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT(count_id, part_id) DO UPDATE SET counted = excluded.counted, "
                                   "expected = excluded.expected, counted_by = excluded.counted_by, "
                                   "counted_at = excluded.counted_at RETURNING counted, expected"),
        { countId, line.partId, line.sku, line.description, line.counted.thousandths(), line.expected.thousandths(),
            line.countedBy, line.countedAtUtc });
    if (!saved)
        return std::unexpected(saved.error());
    if (saved->next()) {
        line.counted = Quantity(saved->value(0).toLongLong());
        line.expected = Quantity(saved->value(1).toLongLong());
    }
    saved->finish();
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return line;
}

Result<UncountedStock> StockCountService::uncounted(const QString &countId) const
{
    Result<StockCount> c = find(countId);
    if (!c)
        return std::unexpected(c.error());
    if (!c->category.isEmpty() || c->state != CountState::Open)
        return UncountedStock {};
    Result<QSqlQuery> row = m_db.exec(
        QStringLiteral("SELECT count(*), coalesce(sum(max(l.quantity, 0)), 0) FROM stock_levels l WHERE l.warehouse_id = ? AND "
                       "l.quantity <> 0 AND NOT EXISTS (SELECT 1 FROM stock_count_lines c WHERE c.count_id = ? AND "
                       "c.part_id = l.part_id)"),
        { c->warehouseId, c->id });
    if (!row)
        return std::unexpected(row.error());
    UncountedStock stock;
    if (row->next())
        stock = { row->value(0).toLongLong(), Quantity(row->value(1).toLongLong()) };
    return stock;
}

Status StockCountService::zeroUncounted(StockCount &count, const QString &userId, const QString &atUtc, bool catalogue)
{
    const QString names = catalogue
        ? QStringLiteral("LEFT JOIN cat.parts p ON p.id = l.part_id")
        : QStringLiteral("LEFT JOIN (SELECT 0 AS id, '' AS sku, '' AS name WHERE 0) p ON 0");
    // Counted 0 against the balance of now: nobody saw the part, so no earlier ledger position applies.
    if (Result<QSqlQuery> zeroed = m_db.exec(
            QStringLiteral("INSERT INTO stock_count_lines(count_id, part_id, sku, description, counted, expected, "
                           "counted_by, counted_at) SELECT ?, l.part_id, coalesce(p.sku, ''), coalesce(p.name, ''), 0, "
                           "l.quantity, ?, ? FROM stock_levels l %1 WHERE l.warehouse_id = ? AND l.quantity <> 0 AND "
                           "NOT EXISTS (SELECT 1 FROM stock_count_lines c WHERE c.count_id = ? AND c.part_id = "
                           "l.part_id)")
                .arg(names),
            { count.id, userId, atUtc, count.warehouseId, count.id });
        !zeroed)
        return std::unexpected(zeroed.error());
    Result<StockCount> reread = find(count.id);
    if (!reread)
        return std::unexpected(reread.error());
    count.lines = std::move(reread->lines);
    return {};
}

Result<StockCount> StockCountService::post(const QString &countId, const StockActor &actor)
{
    if (Status ok = checkStockContext(m_context); !ok)
        return std::unexpected(ok.error());
    Result<QString> authorizedBy = checkStockActor(m_db, actor);
    if (!authorizedBy)
        return std::unexpected(authorizedBy.error());
    // Before the transaction: SQLite attaches nothing inside one. Without the catalogue the zeroed lines have no SKU.
    const bool catalogue = attachCatalog(m_db, m_catalogPath).has_value();
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<StockCount> c = openCount(countId);
    if (!c)
        return std::unexpected(c.error());
    if (c->lines.empty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Nothing has been counted yet"), {}, QStringLiteral("lines"));
    c->state = CountState::Posted;
    c->closedBy = actor.userId;
    c->authorizedBy = *authorizedBy;
    c->closedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    if (c->category.isEmpty())
        if (Status zeroed = zeroUncounted(*c, actor.userId, c->closedAtUtc, catalogue); !zeroed)
            return std::unexpected(zeroed.error());
    StockFact fact { c->id, c->folio, QLatin1String(kStockFactCount), m_context.branchId, c->warehouseId,
        QLatin1String(kStockFactCount), c->note, actor.userId, c->authorizedBy, c->closedAtUtc, {} };
    int lineNo = 0;
    for (const StockCountLine &line : c->lines) {
        ++lineNo; // numbered over every counted line, so the numbers stay the same whatever moves
        if (line.difference() != Quantity())
            fact.lines.push_back({ lineNo, line.partId, line.sku, line.difference(), line.counted, line.expected });
    }
    if (Result<QSqlQuery> closed = m_db.exec(
            QStringLiteral("UPDATE stock_counts SET state = 'posted', closed_by = ?, authorized_by = ?, closed_at = ? "
                           "WHERE id = ? AND state = 'open'"),
            { c->closedBy, c->authorizedBy, c->closedAtUtc, c->id });
        !closed)
        return std::unexpected(closed.error());
    if (Status written = writeStockFact(m_db, m_clock, m_context.deviceId, fact); !written)
        return std::unexpected(written.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return c;
}

Result<StockCount> StockCountService::cancel(const QString &countId, const QString &userId)
{
    if (Status ok = signedIn(userId); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<StockCount> c = openCount(countId);
    if (!c)
        return std::unexpected(c.error());
    c->state = CountState::Cancelled;
    c->closedBy = userId;
    c->closedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    if (Result<QSqlQuery> closed = m_db.exec(
            QStringLiteral("UPDATE stock_counts SET state = 'cancelled', closed_by = ?, closed_at = ? WHERE id = ?"),
            { c->closedBy, c->closedAtUtc, c->id });
        !closed)
        return std::unexpected(closed.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return c;
}

Result<StockCount> StockCountService::find(const QString &countId) const
{
    Result<QSqlQuery> row
        = m_db.exec(QStringLiteral("SELECT %1 FROM stock_counts WHERE id = ?").arg(kCountColumns), { countId });
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return fail(ErrorCode::NotFound, NX_ERR("There is no count %1 on this computer"), { countId },
            QStringLiteral("count_id"));
    StockCount c = countFromRow(*row);
    row->finish();
    Result<QSqlQuery> lines = m_db.exec(
        QStringLiteral("SELECT part_id, sku, description, counted, expected, counted_by, counted_at FROM "
                       "stock_count_lines WHERE count_id = ? ORDER BY sku, part_id"),
        { countId });
    if (!lines)
        return std::unexpected(lines.error());
    while (lines->next())
        c.lines.push_back({ lines->value(0).toLongLong(), lines->value(1).toString(), lines->value(2).toString(),
            Quantity(lines->value(3).toLongLong()), Quantity(lines->value(4).toLongLong()), lines->value(5).toString(),
            lines->value(6).toString() });
    return c;
}

Result<std::vector<StockCount>> StockCountService::list(int limit) const
{
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT %1 FROM stock_counts ORDER BY state = 'open' DESC, opened_at DESC, id DESC LIMIT ?")
            .arg(kCountColumns),
        { qMax(1, limit) });
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<StockCount> list;
    while (rows->next())
        list.push_back(countFromRow(*rows));
    return list;
}

} // namespace nexus
