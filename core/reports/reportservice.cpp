// The reports' SQL over the ledgers of nexus.db. Every money figure is an integer sum of ledger columns (sales, lines,
// payments, returns, cash sessions), so totals reconcile with the ledgers to the centavo.
#include "reports/reportservice.h"

#include "cash/tillledger.h"
#include "common/money.h"
#include "customers/creditaccount.h"
#include "customers/customerrepository.h"
#include "reports/inventoryreports.h"
#include "reports/reportsql.h"
#include "reports/savingsreport.h"
#include "reports/sessionsummary.h"
#include "store/catalogattach.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>


#include <algorithm>

namespace nexus {

using namespace reportsql;

QString paymentMethodTitle(const QString &method)
{
    if (method == QLatin1String("cash"))
        return QCoreApplication::translate("nexus::Report", "Cash");
    if (method == QLatin1String("cash_usd"))
        return QCoreApplication::translate("nexus::Report", "Cash (USD)");
    if (method == QLatin1String("card_credit"))
        return QCoreApplication::translate("nexus::Report", "Credit card");
    if (method == QLatin1String("card_debit"))
        return QCoreApplication::translate("nexus::Report", "Debit card");
    if (method == QLatin1String("transfer"))
        return QCoreApplication::translate("nexus::Report", "Bank transfer");
    if (method == QLatin1String("store_credit"))
        return QCoreApplication::translate("nexus::Report", "On account / store credit");
    return method;
}

QString movementKindTitle(const QString &kind)
{
    if (kind == QLatin1String("sale"))
        return QCoreApplication::translate("nexus::Report", "Sale");
    if (kind == QLatin1String("return"))
        return QCoreApplication::translate("nexus::Report", "Return");
    if (kind == QLatin1String("receipt"))
        return QCoreApplication::translate("nexus::Report", "Receipt");
    if (kind == QLatin1String("transfer_out"))
        return QCoreApplication::translate("nexus::Report", "Transfer out");
    if (kind == QLatin1String("transfer_in"))
        return QCoreApplication::translate("nexus::Report", "Transfer in");
    if (kind == QLatin1String("adjustment"))
        return QCoreApplication::translate("nexus::Report", "Adjustment");
    if (kind == QLatin1String("count"))
        return QCoreApplication::translate("nexus::Report", "Physical count");
    return kind;
}

QString refundMethodTitle(const QString &method)
{
    if (method == QLatin1String("cash"))
        return QCoreApplication::translate("nexus::Report", "Cash");
    if (method == QLatin1String("card_reversal"))
        return QCoreApplication::translate("nexus::Report", "Card reversal");
    if (method == QLatin1String("store_credit"))
        return QCoreApplication::translate("nexus::Report", "Store credit");
    return method;
}

std::pair<QString, QString> ReportService::utcRange(const ReportRequest &request)
{
    const QTimeZone zone = request.timeZone.isValid() ? request.timeZone : QTimeZone::systemTimeZone();
    const QDateTime start(request.from, QTime(0, 0), zone);
    const QDateTime end(request.to.addDays(1), QTime(0, 0), zone);
    return { start.toUTC().toString(Qt::ISODateWithMs), end.toUTC().toString(Qt::ISODateWithMs) };
}

Status ReportService::attachCatalog()
{
    if (m_catalogAttached)
        return {};
    if (Status attached = nexus::attachCatalog(m_db, m_catalogPath); !attached)
        return attached;
    m_catalogAttached = true;
    return {};
}

QString ReportService::partsSource() const
{
    return m_catalogAttached ? QStringLiteral("cat.parts")
                             : QStringLiteral("(SELECT 0 AS id, '' AS sku, '' AS name, 0 AS cost_cents, 0 AS brand_id, "
                                              "0 AS category_id WHERE 0)");
}

Result<ReportTable> ReportService::run(const ReportRequest &request, const ReportViewer &viewer, ReportControl *control)
{
    QString openedBy;
    if (viewer.role == Role::Cashier && !request.cashSessionId.isEmpty()) {
        Result<QVariant> owner = m_db.scalar(
            QStringLiteral("SELECT opened_by FROM cash_sessions WHERE id = ?"), { request.cashSessionId });
        if (!owner)
            return std::unexpected(owner.error());
        openedBy = owner->toString();
    }
    Result<ReportRequest> scoped = scopeRequest(request, viewer, openedBy);
    if (!scoped)
        return std::unexpected(scoped.error());
    // Reports that need no catalogue still name parts when it is there.
    if (Status attached = attachCatalog(); !attached && reportNeedsCatalog(scoped->kind))
        return std::unexpected(attached.error());
    if (control != nullptr)
        control->report(0);
    CancelHook hook(m_db, control);
    Result<ReportTable> table = runScoped(*scoped, control);
    if (!table)
        return table;
    table->title = reportTitle(scoped->kind);
    table->timeZone = scoped->timeZone;
    table->sumTotals();
    if (control != nullptr)
        control->report(1000);
    return table;
}

Result<ReportTable> ReportService::runScoped(const ReportRequest &request, ReportControl *control)
{
    switch (request.kind) {
    case ReportKind::SalesJournal:
        return salesJournal(request, control);
    case ReportKind::SalesByPart:
    case ReportKind::SalesByCategory:
    case ReportKind::SalesByBrand:
    case ReportKind::SalesByCustomer:
    case ReportKind::SalesByCashier:
        return salesGrouped(request, control);
    case ReportKind::Margins:
        return margins(request, control);
    case ReportKind::CashSessions:
        return cashSessions(request, control);
    case ReportKind::CashSessionSummary:
        return sessionSummaryReport(m_db, request, utcRange(request), control);
    case ReportKind::Returns:
        return returns(request, control);
    case ReportKind::CreditAging:
        return creditAging(request, control);
    case ReportKind::InventoryValuation:
        return inventoryValuation(request, control);
    case ReportKind::InventoryMovements:
        return inventoryMovements(request, control);
    case ReportKind::SlowMovers:
        return slowMoversReport(m_db, request, partsSource(), control);
    case ReportKind::StockOuts:
        return stockOutsReport(m_db, request, control);
    case ReportKind::AbcAnalysis:
        return abcReport(m_db, request, control);
    case ReportKind::SavingsByCustomer:
        return savingsReport(m_db, request, utcRange(request));
    }
    return fail(ErrorCode::Internal, NX_ERR("Unknown report"));
}

Result<ReportTable> ReportService::salesJournal(const ReportRequest &r, ReportControl *control)
{
    ReportTable table;
    table.columns = { text("folio", QT_TRANSLATE_NOOP("nexus::Report", "Folio")),
        column("sold_at", QT_TRANSLATE_NOOP("nexus::Report", "Date"), ColumnType::DateTime, false),
        text("cashier", QT_TRANSLATE_NOOP("nexus::Report", "Cashier")),
        text("customer", QT_TRANSLATE_NOOP("nexus::Report", "Customer")),
        text("payment", QT_TRANSLATE_NOOP("nexus::Report", "Payment")),
        column("lines", QT_TRANSLATE_NOOP("nexus::Report", "Lines"), ColumnType::Count),
        column("subtotal", QT_TRANSLATE_NOOP("nexus::Report", "Subtotal"), ColumnType::Money),
        column("tax", QT_TRANSLATE_NOOP("nexus::Report", "IVA"), ColumnType::Money),
        column("discount", QT_TRANSLATE_NOOP("nexus::Report", "Discount"), ColumnType::Money),
        column("total", QT_TRANSLATE_NOOP("nexus::Report", "Total"), ColumnType::Money) };
    const auto range = utcRange(r);
    const QString where = QStringLiteral(" WHERE s.status = 'completed' AND s.sold_at >= ? AND s.sold_at < ? AND "
                                         "(COALESCE(?, '') = '' OR s.branch_id = ?)"
                                         " AND (COALESCE(?, '') = '' OR s.cashier_id = ?) AND (COALESCE(?, '') = '' OR "
                                         "s.customer_id = ?) AND (COALESCE(?, '') = '' OR s.cash_session_id = ?)"
                                         " AND (COALESCE(?, '') = '' OR EXISTS (SELECT 1 FROM sale_payments p WHERE "
                                         "p.sale_id = s.id AND p.method = ?))");
    const QVariantList values { range.first, range.second, r.branchId, r.branchId, r.cashierId, r.cashierId,
        r.customerId, r.customerId, r.cashSessionId, r.cashSessionId, r.paymentMethod, r.paymentMethod };
    Result<QVariant> count = m_db.scalar(QStringLiteral("SELECT count(*) FROM sales s") + where, values);
    if (!count)
        return std::unexpected(count.error());
    if (Status ok = collect(m_db,
            QStringLiteral("SELECT s.folio, s.sold_at, COALESCE(u.display_name, s.cashier_id),"
                           " COALESCE(c.name, ''),"
                           " (SELECT group_concat(method, ',') FROM (SELECT DISTINCT p.method FROM"
                           "  sale_payments p WHERE p.sale_id = s.id ORDER BY p.method)),"
                           " (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id),"
                           " s.subtotal_cents, s.tax_cents, s.discount_cents, s.total_cents"
                           " FROM sales s LEFT JOIN users u ON u.id = s.cashier_id"
                           " LEFT JOIN customers c ON c.id = s.customer_id")
                + where + QStringLiteral(" ORDER BY s.sold_at, s.folio"),
            values, table, control, count->toLongLong());
        !ok)
        return std::unexpected(ok.error());
    const int payment = table.columnIndex(QStringLiteral("payment"));
    for (QVariantList &row : table.rows) {
        QStringList names;
        for (const QString &method : row.at(payment).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << paymentMethodTitle(method);
        row[payment] = names.join(QStringLiteral(", "));
    }
    Result<QVariant> refunds = m_db.scalar(
        QStringLiteral(
            "SELECT COALESCE(sum(total_cents), 0) FROM returns r WHERE r.returned_at >= ? AND r.returned_at < ?"
            " AND (COALESCE(?, '') = '' OR r.branch_id = ?) AND (COALESCE(?, '') = '' OR r.cash_session_id = ?)"),
        { range.first, range.second, r.branchId, r.branchId, r.cashSessionId, r.cashSessionId });
    if (!refunds)
        return std::unexpected(refunds.error());
    if (refunds->toLongLong() != 0)
        table.notes << QCoreApplication::translate(
            "nexus::Report", "Returns in these days refunded %1 (see the Returns report); the totals above are sales.")
                           .arg(Money(refunds->toLongLong()).format());
    return table;
}

Result<ReportTable> ReportService::salesGrouped(const ReportRequest &r, ReportControl *control)
{
    ReportTable table;
    QString key;
    QString label;
    QString joins;
    switch (r.kind) {
    case ReportKind::SalesByPart:
        table.columns = { text("sku", QT_TRANSLATE_NOOP("nexus::Report", "SKU")),
            text("description", QT_TRANSLATE_NOOP("nexus::Report", "Description")) };
        key = QStringLiteral("f.part_id");
        label = QStringLiteral("max(f.sku), max(f.description)");
        break;
    case ReportKind::SalesByCategory:
        table.columns = { text("category", QT_TRANSLATE_NOOP("nexus::Report", "Category")) };
        key = QStringLiteral("p.category_id");
        label = QStringLiteral("COALESCE(max(c.name), '%1')")
                    .arg(QCoreApplication::translate("nexus::Report", "(no category)")
                             .replace(QLatin1Char('\''), QStringLiteral("''")));
        joins = QStringLiteral(
            " LEFT JOIN cat.parts p ON p.id = f.part_id LEFT JOIN cat.categories c ON c.id = p.category_id");
        break;
    case ReportKind::SalesByBrand:
        table.columns = { text("brand", QT_TRANSLATE_NOOP("nexus::Report", "Brand")) };
        key = QStringLiteral("p.brand_id");
        label = QStringLiteral("COALESCE(max(b.name), '%1')")
                    .arg(QCoreApplication::translate("nexus::Report", "(no brand)")
                             .replace(QLatin1Char('\''), QStringLiteral("''")));
        joins
            = QStringLiteral(" LEFT JOIN cat.parts p ON p.id = f.part_id LEFT JOIN cat.brands b ON b.id = p.brand_id");
        break;
    case ReportKind::SalesByCustomer:
        table.columns = { text("customer", QT_TRANSLATE_NOOP("nexus::Report", "Customer")) };
        key = QStringLiteral("f.customer_id");
        label = QStringLiteral("COALESCE(max(c.name), '%1')")
                    .arg(QCoreApplication::translate("nexus::Report", "Walk-in customers")
                             .replace(QLatin1Char('\''), QStringLiteral("''")));
        joins = QStringLiteral(" LEFT JOIN customers c ON c.id = f.customer_id");
        break;
    default:
        table.columns = { text("cashier", QT_TRANSLATE_NOOP("nexus::Report", "Cashier")) };
        key = QStringLiteral("f.cashier_id");
        label = QStringLiteral("COALESCE(max(u.display_name), f.cashier_id)");
        joins = QStringLiteral(" LEFT JOIN users u ON u.id = f.cashier_id");
        break;
    }
    const bool tickets = r.kind == ReportKind::SalesByCustomer || r.kind == ReportKind::SalesByCashier;
    if (tickets)
        table.columns << column("tickets", QT_TRANSLATE_NOOP("nexus::Report", "Tickets"), ColumnType::Count);
    table.columns << column("quantity", QT_TRANSLATE_NOOP("nexus::Report", "Quantity"), ColumnType::Quantity)
                  << column("sold", QT_TRANSLATE_NOOP("nexus::Report", "Sales"), ColumnType::Money)
                  << column("returned", QT_TRANSLATE_NOOP("nexus::Report", "Returns"), ColumnType::Money)
                  << column("net", QT_TRANSLATE_NOOP("nexus::Report", "Net sales"), ColumnType::Money);
    // Largest net sales first: the net column is the last one.
    const QString sql = kFacts + QStringLiteral("SELECT ") + label
        + (tickets ? QStringLiteral(", count(DISTINCT CASE WHEN f.is_sale = 1 THEN f.doc END)") : QString())
        + QStringLiteral(", sum(f.qty), sum(f.sold), sum(f.returned), sum(f.sold) - sum(f.returned) FROM facts f")
        + joins + QStringLiteral(" GROUP BY ") + key + QStringLiteral(" ORDER BY %1 DESC, 1").arg(table.columns.size());
    if (Status ok = collect(m_db, sql, factValues(r, utcRange(r)), table, control); !ok)
        return std::unexpected(ok.error());
    return table;
}

Result<ReportTable> ReportService::margins(const ReportRequest &r, ReportControl *control)
{
    ReportTable table;
    table.columns = { text("category", QT_TRANSLATE_NOOP("nexus::Report", "Category")),
        column("quantity", QT_TRANSLATE_NOOP("nexus::Report", "Quantity"), ColumnType::Quantity),
        column("base", QT_TRANSLATE_NOOP("nexus::Report", "Net sales before IVA"), ColumnType::Money),
        column("cost", QT_TRANSLATE_NOOP("nexus::Report", "Cost"), ColumnType::Money),
        column("margin", QT_TRANSLATE_NOOP("nexus::Report", "Gross margin"), ColumnType::Money),
        column("margin_pct", QT_TRANSLATE_NOOP("nexus::Report", "Margin %"), ColumnType::Percent, false),
        column("no_cost", QT_TRANSLATE_NOOP("nexus::Report", "Lines without cost"), ColumnType::Count) };
    const QString sql = kFacts
        + QStringLiteral(
            "SELECT COALESCE(max(c.name), '%1'), sum(f.qty), sum(f.base), sum(f.cost),"
            " sum(f.base) - sum(f.cost), 0, sum(CASE WHEN f.is_sale = 1 THEN f.no_cost ELSE 0 END)"
            " FROM facts f LEFT JOIN cat.parts p ON p.id = f.part_id"
            " LEFT JOIN cat.categories c ON c.id = p.category_id GROUP BY p.category_id ORDER BY 5 DESC, 1")
              .arg(QCoreApplication::translate("nexus::Report", "(no category)")
                       .replace(QLatin1Char('\''), QStringLiteral("''")));
    if (Status ok = collect(m_db, sql, factValues(r, utcRange(r)), table, control); !ok)
        return std::unexpected(ok.error());
    qint64 missing = 0;
    for (QVariantList &row : table.rows) {
        row[5] = percentOf(row.at(4).toLongLong(), row.at(2).toLongLong());
        missing += row.at(6).toLongLong();
    }
    if (missing > 0)
        table.notes << QCoreApplication::translate("nexus::Report",
            "%n sold line(s) have no cost recorded: their cost counts as zero, so the margin is "
            "overstated.",
            nullptr, static_cast<int>(missing));
    return table;
}

Result<ReportTable> ReportService::cashSessions(const ReportRequest &r, ReportControl *control)
{
    ReportTable table;
    table.columns = { column("opened_at", QT_TRANSLATE_NOOP("nexus::Report", "Opened"), ColumnType::DateTime, false),
        column("closed_at", QT_TRANSLATE_NOOP("nexus::Report", "Closed"), ColumnType::DateTime, false),
        text("cashier", QT_TRANSLATE_NOOP("nexus::Report", "Cashier")),
        column("z", QT_TRANSLATE_NOOP("nexus::Report", "Z"), ColumnType::Count, false),
        column("sales", QT_TRANSLATE_NOOP("nexus::Report", "Tickets"), ColumnType::Count),
        column("gross", QT_TRANSLATE_NOOP("nexus::Report", "Sales"), ColumnType::Money),
        column("refunds", QT_TRANSLATE_NOOP("nexus::Report", "Refunds"), ColumnType::Money),
        column("float", QT_TRANSLATE_NOOP("nexus::Report", "Opening float"), ColumnType::Money),
        column("cash_sales", QT_TRANSLATE_NOOP("nexus::Report", "Cash sales"), ColumnType::Money),
        column("cash_in", QT_TRANSLATE_NOOP("nexus::Report", "Cash in"), ColumnType::Money),
        column("cash_out", QT_TRANSLATE_NOOP("nexus::Report", "Cash out"), ColumnType::Money),
        column("cash_refunds", QT_TRANSLATE_NOOP("nexus::Report", "Cash refunds"), ColumnType::Money),
        column("expected", QT_TRANSLATE_NOOP("nexus::Report", "Expected cash"), ColumnType::Money),
        column("counted", QT_TRANSLATE_NOOP("nexus::Report", "Counted cash"), ColumnType::Money),
        column("difference", QT_TRANSLATE_NOOP("nexus::Report", "Difference"), ColumnType::Money) };
    Result<QList<std::pair<QString, QString>>> listed = cashSessionsOf(m_db, r, utcRange(r));
    if (!listed)
        return std::unexpected(listed.error());
    const QList<std::pair<QString, QString>> &sessions = *listed;
    TillLedger ledger(m_db);
    for (int i = 0; i < sessions.size(); ++i) {
        if (isCancelled(control))
            return std::unexpected(cancelledError());
        Result<TillFigures> figures = ledger.figures(sessions.at(i).first);
        if (!figures)
            return std::unexpected(figures.error());
        const TillSession &s = figures->session;
        const qint64 expected = figures->expectedCash().centavos();
        table.rows.append({ s.openedAtUtc, s.closedAtUtc, sessions.at(i).second,
            s.zNumber ? QVariant(qint64(*s.zNumber)) : QVariant(), qint64(figures->salesCount),
            figures->gross.centavos(), figures->refunds.centavos(), s.openingFloat.centavos(),
            figures->cashSales.centavos(), figures->cashIn.centavos(), figures->cashOut.centavos(),
            figures->cashRefunds.centavos(), expected, s.countedCash ? QVariant(s.countedCash->centavos()) : QVariant(),
            s.countedCash ? QVariant(s.countedCash->centavos() - expected) : QVariant() });
        if (control != nullptr && (i & 15) == 0)
            control->report(static_cast<int>(100 + qint64(i) * 850 / sessions.size()));
    }
    return table;
}

Result<ReportTable> ReportService::returns(const ReportRequest &r, ReportControl *control)
{
    ReportTable table;
    table.columns = { text("folio", QT_TRANSLATE_NOOP("nexus::Report", "Folio")),
        column("returned_at", QT_TRANSLATE_NOOP("nexus::Report", "Date"), ColumnType::DateTime, false),
        text("sale_folio", QT_TRANSLATE_NOOP("nexus::Report", "Sale")),
        text("cashier", QT_TRANSLATE_NOOP("nexus::Report", "Cashier")),
        text("approved_by", QT_TRANSLATE_NOOP("nexus::Report", "Approved by")),
        text("reason", QT_TRANSLATE_NOOP("nexus::Report", "Reason")),
        text("refund", QT_TRANSLATE_NOOP("nexus::Report", "Refund")),
        column("subtotal", QT_TRANSLATE_NOOP("nexus::Report", "Subtotal"), ColumnType::Money),
        column("tax", QT_TRANSLATE_NOOP("nexus::Report", "IVA"), ColumnType::Money),
        column("total", QT_TRANSLATE_NOOP("nexus::Report", "Total"), ColumnType::Money) };
    const auto range = utcRange(r);
    if (Status ok = collect(m_db,
            QStringLiteral(
                "SELECT r.folio, r.returned_at, s.folio, COALESCE(u.display_name, r.cashier_id),"
                " COALESCE(a.display_name, r.approved_by), r.reason, r.refund_method, r.subtotal_cents,"
                " r.tax_cents, r.total_cents FROM returns r JOIN sales s ON s.id = r.sale_id"
                " LEFT JOIN users u ON u.id = r.cashier_id LEFT JOIN users a ON a.id = r.approved_by"
                " WHERE r.returned_at >= ? AND r.returned_at < ? AND (COALESCE(?, '') = '' OR r.branch_id = ?)"
                " AND (COALESCE(?, '') = '' OR r.cashier_id = ?) AND (COALESCE(?, '') = '' OR s.customer_id = ?)"
                " AND (COALESCE(?, '') = '' OR r.cash_session_id = ?) ORDER BY r.returned_at, r.folio"),
            { range.first, range.second, r.branchId, r.branchId, r.cashierId, r.cashierId, r.customerId, r.customerId,
                r.cashSessionId, r.cashSessionId },
            table, control);
        !ok)
        return std::unexpected(ok.error());
    const int refund = table.columnIndex(QStringLiteral("refund"));
    for (QVariantList &row : table.rows)
        row[refund] = refundMethodTitle(row.at(refund).toString());
    return table;
}

Result<ReportTable> ReportService::creditAging(const ReportRequest &r, ReportControl *control)
{
    ReportTable table;
    table.columns = { text("customer", QT_TRANSLATE_NOOP("nexus::Report", "Customer")),
        text("rfc", QT_TRANSLATE_NOOP("nexus::Report", "RFC")),
        column("limit", QT_TRANSLATE_NOOP("nexus::Report", "Credit limit"), ColumnType::Money),
        column("owed", QT_TRANSLATE_NOOP("nexus::Report", "Owed"), ColumnType::Money),
        column("current", QT_TRANSLATE_NOOP("nexus::Report", "Not due"), ColumnType::Money),
        column("d30", QT_TRANSLATE_NOOP("nexus::Report", "1–30 days"), ColumnType::Money),
        column("d60", QT_TRANSLATE_NOOP("nexus::Report", "31–60 days"), ColumnType::Money),
        column("d90", QT_TRANSLATE_NOOP("nexus::Report", "61–90 days"), ColumnType::Money),
        column("d90plus", QT_TRANSLATE_NOOP("nexus::Report", "Over 90 days"), ColumnType::Money) };
    Result<QSqlQuery> customers = m_db.exec(
        QStringLiteral(
            "SELECT id, name, rfc FROM customers WHERE (credit_limit_cents > 0 OR balance_cents <> 0"
            " OR id IN (SELECT customer_id FROM customer_account_ledger)) AND (COALESCE(?, '') = '' OR id = ?)"
            " ORDER BY name, id"),
        { r.customerId, r.customerId });
    if (!customers)
        return std::unexpected(customers.error());
    QList<QStringList> list;
    while (customers->next())
        list.append({ customers->value(0).toString(), customers->value(1).toString(), customers->value(2).toString() });
    CustomerRepository repository(m_db);
    const QDate asOf = r.to;
    for (int i = 0; i < list.size(); ++i) {
        if (isCancelled(control))
            return std::unexpected(cancelledError());
        Result<CreditPosition> position = repository.creditPosition(list.at(i).at(0));
        if (!position)
            return std::unexpected(position.error());
        Result<std::vector<OpenDocument>> documents = repository.openDocuments(list.at(i).at(0));
        if (!documents)
            return std::unexpected(documents.error());
        const std::array<Money, kAgingBuckets> buckets = ageDocuments(*documents, asOf);
        if (position->owed.isZero() && std::all_of(buckets.begin(), buckets.end(), [](Money m) { return m.isZero(); }))
            continue;
        table.rows.append({ list.at(i).at(1), list.at(i).at(2), position->limit.centavos(), position->owed.centavos(),
            buckets[0].centavos(), buckets[1].centavos(), buckets[2].centavos(), buckets[3].centavos(),
            buckets[4].centavos() });
    }
    table.notes << QCoreApplication::translate("nexus::Report",
        "Customers' accounts as of %1: the head office's figures from the last pull plus what this "
        "counter charged or received since.")
                       .arg(asOf.toString(Qt::ISODate));
    return table;
}

Result<ReportTable> ReportService::inventoryValuation(const ReportRequest &r, ReportControl *control)
{
    ReportTable table;
    table.columns = { text("sku", QT_TRANSLATE_NOOP("nexus::Report", "SKU")),
        text("description", QT_TRANSLATE_NOOP("nexus::Report", "Description")),
        text("warehouse", QT_TRANSLATE_NOOP("nexus::Report", "Warehouse")),
        column("quantity", QT_TRANSLATE_NOOP("nexus::Report", "Quantity"), ColumnType::Quantity),
        column("unit_cost", QT_TRANSLATE_NOOP("nexus::Report", "Unit cost"), ColumnType::Money, false),
        column("value", QT_TRANSLATE_NOOP("nexus::Report", "Value at cost"), ColumnType::Money) };
    if (Status ok = collect(m_db,
            QStringLiteral("SELECT COALESCE(p.sku, CAST(l.part_id AS TEXT)), COALESCE(p.name, ''),"
                           " w.name, l.quantity, COALESCE(p.cost_cents, 0), 0 FROM stock_levels l"
                           " JOIN warehouses w ON w.id = l.warehouse_id LEFT JOIN ")
                + partsSource()
                + QStringLiteral(" p ON p.id = l.part_id WHERE l.quantity <> 0 AND (COALESCE(?, '') = '' OR "
                                 "w.branch_id = ?) AND (COALESCE(?, '') = '' OR w.id = ?) ORDER BY 1, w.name"),
            { r.branchId, r.branchId, r.warehouseId, r.warehouseId }, table, control);
        !ok)
        return std::unexpected(ok.error());
    qint64 noCost = 0;
    qint64 negative = 0;
    for (QVariantList &row : table.rows) {
        const qint64 quantity = row.at(3).toLongLong();
        const qint64 cost = row.at(4).toLongLong();
        row[5] = Money(cost).times(quantity).centavos();
        noCost += cost == 0 ? 1 : 0;
        negative += quantity < 0 ? 1 : 0;
    }
    if (noCost > 0)
        table.notes << QCoreApplication::translate("nexus::Report",
            "%n part(s) in stock have no cost in the catalogue: valued at zero.", nullptr, static_cast<int>(noCost));
    if (negative > 0)
        table.notes << QCoreApplication::translate("nexus::Report",
            "%n balance(s) are negative (sold offline before a receipt): they lower the value.", nullptr,
            static_cast<int>(negative));
    table.notes << QCoreApplication::translate(
        "nexus::Report", "Stock as of now at the catalogue's last purchase cost (before IVA).");
    return table;
}

Result<ReportTable> ReportService::inventoryMovements(const ReportRequest &r, ReportControl *control)
{
    ReportTable table;
    table.columns = { column("at", QT_TRANSLATE_NOOP("nexus::Report", "Date"), ColumnType::DateTime, false),
        text("kind", QT_TRANSLATE_NOOP("nexus::Report", "Movement")),
        text("sku", QT_TRANSLATE_NOOP("nexus::Report", "SKU")),
        text("description", QT_TRANSLATE_NOOP("nexus::Report", "Description")),
        text("warehouse", QT_TRANSLATE_NOOP("nexus::Report", "Warehouse")),
        column("quantity", QT_TRANSLATE_NOOP("nexus::Report", "Quantity"), ColumnType::Quantity),
        text("reference", QT_TRANSLATE_NOOP("nexus::Report", "Reference")),
        text("user", QT_TRANSLATE_NOOP("nexus::Report", "User")) };
    const auto range = utcRange(r);
    const QString where = QStringLiteral(" WHERE m.at >= ? AND m.at < ? AND (COALESCE(?, '') = '' OR w.branch_id = ?)"
                                         " AND (COALESCE(?, '') = '' OR m.warehouse_id = ?)");
    const QVariantList values { range.first, range.second, r.branchId, r.branchId, r.warehouseId, r.warehouseId };
    Result<QVariant> count = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM stock_movements m JOIN warehouses w ON w.id = m.warehouse_id") + where,
        values);
    if (!count)
        return std::unexpected(count.error());
    if (Status ok = collect(m_db,
            QStringLiteral("SELECT m.at, m.kind, COALESCE(p.sku, CAST(m.part_id AS TEXT)),"
                           " COALESCE(p.name, ''), w.name, m.quantity, m.ref_type,"
                           " COALESCE(u.display_name, m.user_id) FROM stock_movements m"
                           " JOIN warehouses w ON w.id = m.warehouse_id LEFT JOIN ")
                + partsSource() + QStringLiteral(" p ON p.id = m.part_id LEFT JOIN users u ON u.id = m.user_id") + where
                + QStringLiteral(" ORDER BY m.at, m.id"),
            values, table, control, count->toLongLong());
        !ok)
        return std::unexpected(ok.error());
    for (QVariantList &row : table.rows)
        row[1] = movementKindTitle(row.at(1).toString());
    return table;
}

} // namespace nexus
