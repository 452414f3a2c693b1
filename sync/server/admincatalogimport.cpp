// CatalogCsvImport: CSV parsing, per-row validation against the file and catalog.db, one-transaction upsert.
#include "server/admincatalogimport.h"

#include "common/tax.h"
#include "store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <optional>

namespace nexus {

namespace {

const QStringList kRequired { QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("brand"),
    QStringLiteral("category"), QStringLiteral("sat_product_key"), QStringLiteral("sat_unit_key"),
    QStringLiteral("unit_name"), QStringLiteral("cost"), QStringLiteral("list_price"), QStringLiteral("retail_price") };
const QStringList kOptional { QStringLiteral("barcode"), QStringLiteral("tax_code"), QStringLiteral("active") };

std::optional<qint64> pesos(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong() * 100 + match.captured(2).leftJustified(2, u'0').toLongLong();
}

struct Row
{
    int line = 0;
    QString sku, name, brand, category, satProduct, satUnit, unitName, barcode, taxCode;
    qint64 cost = 0, list = 0, retail = 0;
    bool active = true;
};

} // namespace

Result<QList<QStringList>> CatalogCsvImport::parse(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(ErrorCode::InvalidInput, NX_ERR("The CSV ends inside a quoted field"), {}, QStringLiteral("csv"));
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QJsonObject CatalogCsvImport::toJson(const CatalogImportReport &report, qsizetype maxRejections)
{
    QJsonArray rejected;
    QSet<int> lines;
    for (const CsvRejection &rejection : report.rejected) {
        lines.insert(rejection.line);
        if (rejected.size() < maxRejections)
            rejected.append(
                QJsonObject { { QStringLiteral("line"), rejection.line }, { QStringLiteral("sku"), rejection.sku },
                    { QStringLiteral("field"), rejection.field }, { QStringLiteral("reason"), rejection.reason } });
    }
    return QJsonObject { { QStringLiteral("rows"), report.rows }, { QStringLiteral("inserted"), report.inserted },
        { QStringLiteral("updated"), report.updated }, { QStringLiteral("unchanged"), report.unchanged },
        { QStringLiteral("new_brands"), report.newBrands }, { QStringLiteral("new_categories"), report.newCategories },
        { QStringLiteral("written"), report.written }, { QStringLiteral("rejected"), rejected },
        { QStringLiteral("rejected_count"), report.rejected.size() },
        { QStringLiteral("rejected_lines"), lines.size() } };
}

Result<CatalogImportReport> CatalogCsvImport::run(
    Database &catalog, const QByteArray &csv, bool skipRejected, bool dryRun)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(csv);
    if (decoder.hasError())
        return fail(ErrorCode::InvalidInput, NX_ERR("The CSV is not UTF-8 text"), {}, QStringLiteral("csv"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // Excel's byte-order mark
    Result<QList<QStringList>> records = parse(text);
    if (!records)
        return std::unexpected(records.error());
    if (records->isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The CSV is empty: it needs a header row"), {}, QStringLiteral("csv"));
    QHash<QString, int> column;
    const QStringList header = records->first();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!kRequired.contains(name) && !kOptional.contains(name))
            return fail(ErrorCode::InvalidInput, NX_ERR("Unknown column \"%1\" in the header"), { header.at(i) },
                QStringLiteral("csv"));
        if (column.contains(name))
            return fail(
                ErrorCode::InvalidInput, NX_ERR("Column \"%1\" appears twice"), { name }, QStringLiteral("csv"));
        column.insert(name, i);
    }
    for (const QString &name : kRequired)
        if (!column.contains(name))
            return fail(
                ErrorCode::InvalidInput, NX_ERR("The header lacks the column \"%1\""), { name }, QStringLiteral("csv"));

    CatalogImportReport report;
    QList<Row> rows;
    QHash<QString, int> skuLine;
    QHash<QString, QString> barcodeSku;
    static const QRegularExpression satProduct(QStringLiteral("^\\d{8}$"));
    static const QRegularExpression satUnit(QStringLiteral("^[A-Z0-9]{1,3}$"));
    static const QRegularExpression barcodeShape(QStringLiteral("^\\d{8,14}$"));
    int line = 1;
    for (qsizetype r = 1; r < records->size(); ++r) {
        ++line;
        const QStringList &record = records->at(r);
        if (record.size() == 1 && record.first().trimmed().isEmpty())
            continue; // blank line
        ++report.rows;
        const auto value = [&record, &column](const QString &name) {
            return column.contains(name) ? record.value(column.value(name)).trimmed() : QString();
        };
        Row row;
        row.line = line;
        row.sku = value(QStringLiteral("sku"));
        const auto reject = [&report, &row](const QString &field, const QString &reason) {
            report.rejected.append(CsvRejection { row.line, row.sku, field, reason });
        };
        if (record.size() != header.size()) {
            reject(QStringLiteral("csv"),
                QStringLiteral("%1 fields where the header has %2").arg(record.size()).arg(header.size()));
            continue;
        }
        row.name = value(QStringLiteral("name"));
        row.brand = value(QStringLiteral("brand"));
        row.category = value(QStringLiteral("category"));
        row.satProduct = value(QStringLiteral("sat_product_key"));
        row.satUnit = value(QStringLiteral("sat_unit_key")).toUpper();
        row.unitName = value(QStringLiteral("unit_name"));
        row.barcode = value(QStringLiteral("barcode"));
        row.taxCode
            = value(QStringLiteral("tax_code")).isEmpty() ? QStringLiteral("iva16") : value(QStringLiteral("tax_code"));
        const QString active = value(QStringLiteral("active")).toLower();
        const int before = int(report.rejected.size());
        if (row.sku.isEmpty() || row.sku.size() > 40)
            reject(QStringLiteral("sku"), QStringLiteral("a SKU is 1 to 40 characters"));
        else if (skuLine.contains(row.sku.toUpper()))
            reject(QStringLiteral("sku"),
                QStringLiteral("SKU repeated (first on line %1)").arg(skuLine.value(row.sku.toUpper())));
        if (row.name.isEmpty())
            reject(QStringLiteral("name"), QStringLiteral("the description is empty"));
        if (row.brand.isEmpty())
            reject(QStringLiteral("brand"), QStringLiteral("the brand is empty"));
        if (row.category.isEmpty())
            reject(QStringLiteral("category"), QStringLiteral("the category is empty"));
        if (!satProduct.match(row.satProduct).hasMatch())
            reject(QStringLiteral("sat_product_key"),
                QStringLiteral("a ClaveProdServ is 8 digits, not \"%1\"").arg(row.satProduct));
        if (!satUnit.match(row.satUnit).hasMatch())
            reject(QStringLiteral("sat_unit_key"),
                QStringLiteral("a ClaveUnidad is like H87, not \"%1\"").arg(row.satUnit));
        if (row.unitName.isEmpty())
            reject(QStringLiteral("unit_name"), QStringLiteral("the unit name is empty"));
        for (const auto &[name, target] :
            { std::pair { QStringLiteral("cost"), &row.cost }, std::pair { QStringLiteral("list_price"), &row.list },
                std::pair { QStringLiteral("retail_price"), &row.retail } }) {
            const std::optional<qint64> cents = pesos(value(name));
            if (!cents)
                reject(name, QStringLiteral("pesos like 123.45, not \"%1\"").arg(value(name)));
            else
                *target = *cents;
        }
        if (!row.barcode.isEmpty()) {
            if (!barcodeShape.match(row.barcode).hasMatch())
                reject(QStringLiteral("barcode"), QStringLiteral("8 to 14 digits, not \"%1\"").arg(row.barcode));
            else if (barcodeSku.contains(row.barcode))
                reject(QStringLiteral("barcode"),
                    QStringLiteral("barcode repeated (also SKU %1)").arg(barcodeSku.value(row.barcode)));
        }
        if (!TaxRate::fromCode(row.taxCode))
            reject(
                QStringLiteral("tax_code"), QStringLiteral("iva16, iva8, iva0 or exento, not \"%1\"").arg(row.taxCode));
        if (!active.isEmpty() && active != QLatin1String("1") && active != QLatin1String("0"))
            reject(QStringLiteral("active"), QStringLiteral("1 or 0, not \"%1\"").arg(active));
        row.active = active != QLatin1String("0");
        if (!row.barcode.isEmpty() && report.rejected.size() == before) {
            // A barcode already on another part of the catalogue would break its unique index mid-import.
            Result<QVariant> owner = catalog.scalar(
                QStringLiteral("SELECT sku FROM parts WHERE barcode = ? AND sku <> ?"), { row.barcode, row.sku });
            if (!owner)
                return std::unexpected(owner.error());
            if (owner->isValid())
                reject(QStringLiteral("barcode"),
                    QStringLiteral("already the barcode of SKU %1 in the catalogue").arg(owner->toString()));
        }
        if (report.rejected.size() != before)
            continue;
        skuLine.insert(row.sku.toUpper(), line);
        if (!row.barcode.isEmpty())
            barcodeSku.insert(row.barcode, row.sku);
        rows.append(row);
    }
    if ((!report.rejected.isEmpty() && !skipRejected) || rows.isEmpty())
        return report;

    Transaction transaction(catalog);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    QHash<QString, qint64> brands;
    QHash<QString, qint64> categories;
    const auto lookup = [&catalog](const QString &table, QHash<QString, qint64> &cache) -> Status {
        Result<QSqlQuery> query = catalog.exec(QStringLiteral("SELECT id, name FROM %1").arg(table));
        if (!query)
            return std::unexpected(query.error());
        while (query->next())
            cache.insert(query->value(1).toString().toLower(), query->value(0).toLongLong());
        return {};
    };
    if (Status ok = lookup(QStringLiteral("brands"), brands); !ok)
        return std::unexpected(ok.error());
    if (Status ok = lookup(QStringLiteral("categories"), categories); !ok)
        return std::unexpected(ok.error());
    Result<QVariant> maxId = catalog.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM parts"));
    if (!maxId)
        return std::unexpected(maxId.error());
    qint64 nextPartId = maxId->toLongLong() + 1;

    for (const Row &row : rows) {
        const QString brandKey = row.brand.toLower();
        if (!brands.contains(brandKey)) {
            Result<QSqlQuery> added
                = catalog.exec(QStringLiteral("INSERT INTO brands(name) VALUES (?)"), { row.brand });
            if (!added)
                return std::unexpected(added.error());
            brands.insert(brandKey, added->lastInsertId().toLongLong());
            ++report.newBrands;
        }
        const QString categoryKey = row.category.toLower();
        if (!categories.contains(categoryKey)) {
            Result<QSqlQuery> added
                = catalog.exec(QStringLiteral("INSERT INTO categories(name, sat_product_key) VALUES (?, ?)"),
                    { row.category, row.satProduct });
            if (!added)
                return std::unexpected(added.error());
            categories.insert(categoryKey, added->lastInsertId().toLongLong());
            ++report.newCategories;
        }
        const QVariant barcode = row.barcode.isEmpty() ? QVariant() : QVariant(row.barcode);
        Result<QSqlQuery> existing = catalog.exec(
            QStringLiteral(
                "SELECT id, name, brand_id, category_id, sat_product_key, sat_unit_key, unit_name, tax_code, "
                "cost_cents, list_price_cents, retail_price_cents, coalesce(barcode, ''), active, "
                "price_version FROM parts WHERE sku = ?"),
            { row.sku });
        if (!existing)
            return std::unexpected(existing.error());
        const qint64 brandId = brands.value(brandKey);
        const qint64 categoryId = categories.value(categoryKey);
        if (!existing->next()) {
            Result<QSqlQuery> inserted = catalog.exec(
                QStringLiteral("INSERT INTO parts(id, sku, barcode, name, brand_id, category_id, sat_product_key, "
                               "sat_unit_key, unit_name, tax_code, cost_cents, list_price_cents, retail_price_cents, "
                               "price_version, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                { nextPartId++, row.sku, barcode, row.name, brandId, categoryId, row.satProduct, row.satUnit,
                    row.unitName, row.taxCode, row.cost, row.list, row.retail, row.active ? 1 : 0 });
            if (!inserted)
                return std::unexpected(inserted.error());
            ++report.inserted;
            continue;
        }
        const QSqlQuery &old = *existing;
        const bool priceChanged = old.value(9).toLongLong() != row.list || old.value(10).toLongLong() != row.retail;
        const bool same = !priceChanged && old.value(1).toString() == row.name && old.value(2).toLongLong() == brandId
            && old.value(3).toLongLong() == categoryId && old.value(4).toString() == row.satProduct
            && old.value(5).toString() == row.satUnit && old.value(6).toString() == row.unitName
            && old.value(7).toString() == row.taxCode && old.value(8).toLongLong() == row.cost
            && old.value(11).toString() == row.barcode && (old.value(12).toLongLong() != 0) == row.active;
        if (same) {
            ++report.unchanged;
            continue;
        }
        // A new price gets a new version, so counters still selling at the old one open old_price exceptions.
        const qint64 version = old.value(13).toLongLong() + (priceChanged ? 1 : 0);
        Result<QSqlQuery> updated = catalog.exec(
            QStringLiteral(
                "UPDATE parts SET barcode = ?, name = ?, brand_id = ?, category_id = ?, sat_product_key = ?, "
                "sat_unit_key = ?, unit_name = ?, tax_code = ?, cost_cents = ?, list_price_cents = ?, "
                "retail_price_cents = ?, price_version = ?, active = ? WHERE id = ?"),
            { barcode, row.name, brandId, categoryId, row.satProduct, row.satUnit, row.unitName, row.taxCode, row.cost,
                row.list, row.retail, version, row.active ? 1 : 0, old.value(0) });
        if (!updated)
            return std::unexpected(updated.error());
        ++report.updated;
    }
    if (dryRun)
        return report; // the counts of a real run; the transaction rolls back
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    report.written = true;
    return report;
}

} // namespace nexus
