// nexus-admin catalog import: a CSV of parts into a tenant's catalog.db, all rows or none, with every bad row named.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/error.h"

namespace nexus {

class Database;

struct CsvRejection
{
    int line = 0; // 1-based line of the CSV file (the header is line 1)
    QString sku;
    QString field; // the column at fault
    QString reason;
};

struct CatalogImportReport
{
    int rows = 0;
    int inserted = 0;
    int updated = 0; // an existing SKU whose columns changed (a price change raises its price_version)
    int unchanged = 0;
    int newBrands = 0;
    int newCategories = 0;
    QList<CsvRejection> rejected;
    bool written = false; // false: nothing was written (rejections without skipRejected, or a dry run)
};

// Columns (header row, any order): sku,name,brand,category,sat_product_key,sat_unit_key,unit_name,cost,list_price,
// retail_price; optional barcode,tax_code,active. Money as pesos "123.45" (cost without tax, prices with tax).
// Brands and categories are matched by name (case-insensitive) and created when new. Parts are matched by SKU.
class CatalogCsvImport final
{
public:
    // Validates every row first; writes in one transaction only when no row is rejected (or skipRejected: the
    // valid rows); dryRun counts as a real run would and rolls back. A file-level problem (not UTF-8, no/unknown
    // header) is an InvalidInput on field "csv".
    [[nodiscard]] static Result<CatalogImportReport> run(
        Database &catalog, const QByteArray &csv, bool skipRejected, bool dryRun);

    // The report as JSON (nexus-admin prints it; the import job answers it): the counts, "rejected_count" and
    // "rejected_lines" (rows with at least one rejection), and the first `maxRejections` rejections in file order.
    [[nodiscard]] static QJsonObject toJson(const CatalogImportReport &report, qsizetype maxRejections = 10000);

    // RFC 4180 fields of one CSV text: quotes, doubled quotes, commas and newlines inside quotes.
    [[nodiscard]] static Result<QList<QStringList>> parse(const QString &text);
};

} // namespace nexus
