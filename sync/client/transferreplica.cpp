// Parses the published document (protocol/transferwire) and merges it (core/inventory/transferstore).
#include "client/transferreplica.h"

#include "inventory/transferstore.h"
#include "protocol/transferwire.h"

namespace nexus {

Status applyTransferRow(Database &db, const QJsonObject &row, const QString &nowUtc)
{
    Result<Transfer> published = wire::transferDocumentFromJson(row);
    if (!published)
        return fail(ErrorCode::Protocol, NX_ERR("The server sent a transfer this device cannot read: %1"),
            { published.error().logMessage() }, QStringLiteral("transfers"));
    return TransferStore(db).merge(*published, nowUtc);
}

} // namespace nexus
