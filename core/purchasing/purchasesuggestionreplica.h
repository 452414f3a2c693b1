// The branch's purchase suggestions as the server holds them (the "purchase_suggestions" pull bucket), applied to
// nexus.db without facts of this device's own. A suggestion only moves forward: open → ordered or withdrawn, and an
// ordered one is never withdrawn (the purchase order exists). So a pulled row adds a suggestion made at another
// device, marks ordered one drafted elsewhere (with the winning draft's id and folio when two devices drafted it:
// the server's choice), withdraws one the server withdrew while it is still open here, and never reopens a
// suggestion this device drafted or withdrew while its fact is still on the way up. The pulled order's part line
// waiting for it (when this device holds it) is linked to it, as on the device that made it.
#pragma once

#include <QJsonObject>

#include "common/error.h"

namespace nexus {

class Database;

// One row of the bucket (the server's purchase_suggestion_pull_row: id, part_id, sku, description, warehouse_id,
// quantity, order_id, line_id, reason, created_by, created_at, status open|ordered|withdrawn, purchase_order_id,
// purchase_order_folio, withdrawn_at). Call inside the pull's page transaction.
[[nodiscard]] Status applyPulledPurchaseSuggestion(Database &db, const QJsonObject &row);

} // namespace nexus
