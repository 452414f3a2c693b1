// The "transfers" pull bucket on the device: a transfer as the server published it (either branch's steps) merged
// into nexus.db as the union of its facts with the ones taken here (core TransferStore::merge).
#pragma once

#include <QJsonObject>

#include "common/error.h"

namespace nexus {

class Database;

// One entry of the bucket. Protocol: the row is not a transfer document. Call inside the page's transaction.
[[nodiscard]] Status applyTransferRow(Database &db, const QJsonObject &row, const QString &nowUtc);

} // namespace nexus
