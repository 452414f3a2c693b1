// One INSERT statement for many rows: a checkout writes its lines, payments and movements in a handful of statements.
#pragma once

#include <QStringList>
#include <QVariantList>

#include "common/error.h"

struct sqlite3_stmt;

namespace nexus {

class Database;

// INSERT INTO table(columns) VALUES (?,…),(?,…)… [suffix]; `values` holds rows × columns values, row-major.
// `suffix` may add an ON CONFLICT clause. Nothing is executed for zero rows.
[[nodiscard]] Status insertRows(Database &db, const QString &table, const QStringList &columns,
                                const QVariantList &values, const QString &suffix = {});

// Binds `values` to the parameters 1…n of a prepared SQLite statement through the C API, NULL exactly where Qt's
// driver binds NULL (a null QString is SQL NULL). False when SQLite refused a value (sqlite3_errmsg says why).
[[nodiscard]] bool bindSqliteValues(sqlite3_stmt *statement, const QVariantList &values);

} // namespace nexus
