// The device's transfers in nexus.db: the facts of every step it took or pulled (request, shipments, receipts,
// cancellation), loaded whole into Transfer values, and the merge of a document pulled from the server as the union
// of its facts with the local ones, so a step taken offline here is never undone by an older copy from the server.
#pragma once

#include <QStringList>

#include <optional>
#include <vector>

#include "common/error.h"
#include "inventory/transfer.h"

namespace nexus {

class Database;

struct TransferFilter
{
    QString branchId; // transfers this branch sends or receives; empty: all
    QList<TransferState> states; // empty: all
    qint64 partId = 0; // transfers with a line of this part; 0: all
    int limit = 500; // newest first
};

class TransferStore final
{
public:
    // Which copy the database holds: a device's (nexus.db, with the server's state as of its last pull) or the
    // server's (tenant database, whose own state and version are the authority). Both keep the facts in the same
    // tables and columns.
    enum class Copy { Device, Server };

    explicit TransferStore(Database &db, Copy copy = Copy::Device) : m_db(db), m_copy(copy) { }

    [[nodiscard]] Result<std::optional<Transfer>> find(const QString &id) const;
    [[nodiscard]] Result<std::vector<Transfer>> list(const TransferFilter &filter = {}) const;

    // The writes of one step; call inside the caller's transaction. Each keeps transfers.state equal to the
    // state derived from the facts.
    [[nodiscard]] Status insertRequest(const Transfer &transfer, const QString &nowUtc);
    [[nodiscard]] Status insertShipment(
        const QString &transferId, const TransferShipment &shipment, const QString &nowUtc);
    [[nodiscard]] Status insertReceipt(
        const QString &transferId, const TransferReceipt &receipt, const QString &nowUtc);
    [[nodiscard]] Status setCancellation(
        const QString &transferId, const TransferCancellation &cancellation, const QString &nowUtc);

    // A transfer as the server published it: every fact it carries that is not here yet is added, nothing here is
    // removed or changed; the server's state and version are kept beside the derived state (syncedAtUtc: "as of").
    // Call inside the caller's transaction. Merging the same document twice changes nothing.
    [[nodiscard]] Status merge(const Transfer &published, const QString &syncedAtUtc);

private:
    [[nodiscard]] Result<std::vector<Transfer>> load(const QString &where, const QVariantList &values) const;
    [[nodiscard]] Status insertShipmentRows(const QString &transferId, const TransferShipment &shipment);
    [[nodiscard]] Status insertReceiptRows(const QString &transferId, const TransferReceipt &receipt);
    [[nodiscard]] Status refreshState(const QString &transferId, const QString &nowUtc);

    Database &m_db;
    Copy m_copy;
};

} // namespace nexus
