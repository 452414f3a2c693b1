// One INSERT statement for many rows: a checkout writes its lines, payments and movements in a handful of statements.
#pragma once

#include <QStringList>
#include <QVariantList>

#include "common/error.h"

namespace nexus {

class Database;

// INSERT INTO table(columns) VALUES (?,…),(?,…)… [suffix]; `values` holds rows × columns values, row-major.
// `suffix` may add an ON CONFLICT clause. Nothing is executed for zero rows.
[[nodiscard]] Status insertRows(Database &db, const QString &table, const QStringList &columns,
                                const QVariantList &values, const QString &suffix = {});

} // namespace nexus
