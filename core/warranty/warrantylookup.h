// Warranties found by ticket folio, by customer or by part, or about to expire: sold lines joined with the
// catalogue (brand, category, its default period), the manager's policies, line overrides, returns and claims.
// Only lines with a period (days > 0) are warranties; the catalogue is attached read-only as "cat" when present.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "common/error.h"
#include "warranty/warranty.h"

namespace nexus {

class Clock;
class Database;

class WarrantyLookup final
{
public:
    // `catalogPath`: catalog.db next to nexus.db ('' or missing: brand and category policies cannot apply and
    // part lines take only overrides; labor keeps its policy).
    WarrantyLookup(Database &db, const Clock &clock, QString catalogPath);

    // The warranties of one ticket (folio as printed, any case); NotFound when no such ticket.
    [[nodiscard]] Result<QList<Warranty>> byFolio(const QString &folio);
    [[nodiscard]] Result<QList<Warranty>> byCustomer(const QString &customerId);
    // Tickets that sold the part, newest first, at most `limit`.
    [[nodiscard]] Result<QList<Warranty>> byPart(qint64 partId, int limit = 200);
    // The tickets of customers whose name contains `text` or whose phone is `text` (at most 20 customers).
    [[nodiscard]] Result<QList<Warranty>> byCustomerText(const QString &text);
    // The part by its SKU as printed (the catalogue when present, else the tickets themselves).
    [[nodiscard]] Result<QList<Warranty>> bySku(const QString &sku, int limit = 200);
    // One sold line (whatever its period): NotFound when the ticket has no such line.
    [[nodiscard]] Result<Warranty> line(const QString &saleId, int lineNo);
    // Active, unclaimed warranties whose last day falls between `from` and `to` (local dates, inclusive).
    [[nodiscard]] Result<QList<Warranty>> expiringBetween(const QDate &from, const QDate &to);

    // The catalogue's categories (id, name, default days) and brands (id, name, 0) by name, for the policies screen;
    // empty when the catalogue is not on this device.
    struct CatalogueEntry
    {
        qint64 id = 0;
        QString name;
        int days = 0;
    };
    [[nodiscard]] Result<QList<CatalogueEntry>> categories();
    [[nodiscard]] Result<QList<CatalogueEntry>> brands();

    [[nodiscard]] QDate today() const;
    // Attaches catalog.db as "cat" when it is there and not attached yet. SQLite cannot attach inside a
    // transaction: a writer that looks warranties up in its transaction calls this before BEGIN.
    void attachCatalog();

private:
    // Rows of the sold lines `where` selects (a condition on s = sales, l = sale_lines), newest first.
    [[nodiscard]] Result<QList<Warranty>> select(const QString &where, const QVariantList &values, int limit,
        bool withoutPeriod = false);

    Database &m_db;
    const Clock &m_clock;
    QString m_catalogPath;
    bool m_catalog = false;
};

} // namespace nexus
