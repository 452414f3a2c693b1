// The demo tenant's sales of one branch copied into a counter's nexus.db (see clienthistory.h).
#include "demo/clienthistory.h"

#include "store/database.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace nexus::demo {

namespace {

Result<qint64> run(Database &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    return query->numRowsAffected();
}

} // namespace

Result<ClientHistoryStats> importClientHistory(
    Database &db, const QString &tenantDbPath, const QString &catalogPath, QString branchId)
{
    if (!QFileInfo::exists(tenantDbPath))
        return fail(ErrorCode::NotFound, NX_ERR("%1 does not exist"), { tenantDbPath }, QStringLiteral("tenant_db"));
    if (branchId.isEmpty()) {
        Result<QVariant> setting = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'branch_id'"));
        if (!setting)
            return std::unexpected(setting.error());
        branchId = setting->toString();
    }
    if (branchId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("This counter is not enrolled in a branch yet"), {},
            QStringLiteral("branch"));
    const bool withCatalog = !catalogPath.isEmpty() && QFileInfo::exists(catalogPath);
    if (Result<QSqlQuery> a = db.exec(QStringLiteral("ATTACH DATABASE ? AS demo"), { tenantDbPath }); !a)
        return std::unexpected(a.error());
    if (withCatalog)
        if (Result<QSqlQuery> a = db.exec(QStringLiteral("ATTACH DATABASE ? AS democat"), { catalogPath }); !a)
            return std::unexpected(a.error());
    auto detach = [&db, withCatalog] {
        (void)db.exec(QStringLiteral("DETACH DATABASE demo"));
        if (withCatalog)
            (void)db.exec(QStringLiteral("DETACH DATABASE democat"));
    };

    ClientHistoryStats stats;
    stats.branchId = branchId;
    Status status = [&]() -> Status {
        Result<QVariant> known
            = db.scalar(QStringLiteral("SELECT count(*) FROM demo.branches WHERE id = ?"), { branchId });
        if (!known)
            return std::unexpected(known.error());
        if (known->toLongLong() == 0)
            return fail(
                ErrorCode::NotFound, NX_ERR("The tenant has no branch %1"), { branchId }, QStringLiteral("branch"));
        Transaction tx(db);
        if (Status begun = tx.begin(); !begun)
            return begun;
        const QVariantList branch { branchId };
        struct Step
        {
            QString sql;
            qint64 *count;
        };
        qint64 ignored = 0;
        const QString lineDescription = withCatalog
            ? QStringLiteral("COALESCE(NULLIF(l.description, ''), (SELECT p.name FROM democat.parts p WHERE p.id = "
                             "l.part_id), l.sku)")
            : QStringLiteral("COALESCE(NULLIF(l.description, ''), l.sku)");
        const QString lineKey = withCatalog
            ? QStringLiteral("COALESCE(NULLIF(l.sat_product_key, ''), (SELECT p.sat_product_key FROM democat.parts p "
                             "WHERE p.id = l.part_id), ''), COALESCE(NULLIF(l.sat_unit_key, ''), (SELECT "
                             "p.sat_unit_key FROM democat.parts p WHERE p.id = l.part_id), '')")
            : QStringLiteral("l.sat_product_key, l.sat_unit_key");
        const QList<Step> steps {
            { QStringLiteral("INSERT OR IGNORE INTO branches (id, code, name) SELECT id, code, name FROM demo.branches "
                             "WHERE id = ?"),
                &ignored },
            { QStringLiteral("INSERT OR IGNORE INTO warehouses (id, branch_id, code, name) SELECT id, branch_id, code, "
                             "name FROM demo.warehouses WHERE branch_id = ?"),
                &ignored },
            // Names for the reports' cashier columns; the users bucket of the pull keeps them up to date.
            { QStringLiteral("INSERT OR IGNORE INTO users (id, username, display_name, role, branch_id, password_hash, "
                             "pin_hash, active, updated_at) SELECT id, username, display_name, role, branch_id, "
                             "password_hash, pin_hash, active, updated_at FROM demo.users WHERE branch_id = ? OR "
                             "branch_id IS NULL"),
                &ignored },
            { QStringLiteral("INSERT OR IGNORE INTO cash_sessions (id, branch_id, device_id, opened_by, opened_at, "
                             "opening_float_cents, closed_by, closed_at, counted_cash_cents, status) SELECT id, "
                             "branch_id, device_id, opened_by, opened_at, opening_float_cents, closed_by, closed_at, "
                             "counted_cash_cents, CASE WHEN closed_at IS NULL THEN 'open' ELSE 'closed' END FROM "
                             "demo.cash_sessions WHERE branch_id = ? AND closed_at IS NOT NULL"),
                &stats.cashSessions },
            { QStringLiteral(
                  "INSERT OR IGNORE INTO sales (id, folio, branch_id, device_id, cash_session_id, cashier_id, "
                  "customer_id, price_list, currency, subtotal_cents, tax_cents, total_cents, discount_cents, "
                  "change_cents, sold_at, status) SELECT s.id, s.folio, s.branch_id, s.device_id, "
                  "s.cash_session_id, s.cashier_id, s.customer_id, s.price_list, s.currency, s.subtotal_cents, "
                  "s.tax_cents, s.total_cents, s.discount_cents, s.change_cents, s.sold_at, 'completed' FROM "
                  "demo.sales s WHERE s.branch_id = ? AND s.cash_session_id IN (SELECT id FROM "
                  "main.cash_sessions)"),
                &stats.sales },
            { QStringLiteral(
                  "INSERT OR IGNORE INTO sale_lines (sale_id, line_no, part_id, sku, description, "
                  "warehouse_id, quantity, unit_price_cents, discount_cents, base_cents, tax_cents, tax_code, "
                  "cost_cents, retail_price_cents, price_version, sat_product_key, sat_unit_key) SELECT "
                  "l.sale_id, l.line_no, l.part_id, l.sku, ")
                    + lineDescription
                    + QStringLiteral(
                        ", l.warehouse_id, l.quantity, l.unit_price_cents, l.discount_cents, l.base_cents, "
                        "l.tax_cents, l.tax_code, l.cost_cents, l.retail_price_cents, l.price_version, ")
                    + lineKey
                    + QStringLiteral(
                        " FROM demo.sale_lines l JOIN demo.sales s ON s.id = l.sale_id WHERE s.branch_id = ? "
                        "AND l.sale_id IN (SELECT id FROM main.sales)"),
                &stats.lines },
            { QStringLiteral("INSERT OR IGNORE INTO sale_payments (sale_id, line_no, method, amount_cents, "
                             "tendered_cents, exchange_rate_ppm, reference) SELECT p.sale_id, row_number() OVER "
                             "(PARTITION BY p.sale_id ORDER BY p.rowid), p.method, p.amount_cents, p.tendered_cents, "
                             "p.exchange_rate_ppm, p.reference FROM demo.sale_payments p JOIN demo.sales s ON s.id = "
                             "p.sale_id WHERE s.branch_id = ? AND p.sale_id IN (SELECT id FROM main.sales)"),
                &stats.payments },
            { QStringLiteral(
                  "INSERT OR IGNORE INTO stock_movements (id, part_id, warehouse_id, kind, quantity, "
                  "ref_type, ref_id, user_id, at) SELECT id, part_id, warehouse_id, kind, quantity, ref_type, "
                  "ref_id, user_id, at FROM demo.stock_movements WHERE branch_id = ?"),
                &stats.movements },
            // The balances those movements leave (the tenant's stock_levels add up the same way), so the counter's
            // stock screens and inventory reports see the branch's stock; set, not added: a second run changes nothing.
            { QStringLiteral(
                  "INSERT INTO stock_levels (part_id, warehouse_id, quantity) SELECT part_id, warehouse_id, "
                  "sum(quantity) FROM demo.stock_movements WHERE branch_id = ? GROUP BY part_id, warehouse_id "
                  "ON CONFLICT(part_id, warehouse_id) DO UPDATE SET quantity = excluded.quantity"),
                &stats.stockLevels },
        };
        for (const Step &step : steps) {
            Result<qint64> rows = run(db, step.sql, branch);
            if (!rows)
                return std::unexpected(rows.error());
            *step.count += *rows;
        }
        return tx.commit();
    }();
    detach();
    if (!status)
        return std::unexpected(status.error());
    return stats;
}

} // namespace nexus::demo
