// RMA: a defective piece the store kept (a claim resolved by replace or refund) sent back to its supplier, then
// settled: credited with the amount the supplier gives, or rejected with the reason. Sending takes the piece out of
// the defective location (a stock movement); each step is one transaction with its fact ("rma.*").
#pragma once

#include <QList>

#include "common/error.h"
#include "warranty/rma.h"
#include "warranty/warrantyclaimservice.h"

namespace nexus {

// A supplier the piece can go back to (purchasing's suppliers table).
struct RmaSupplier
{
    QString id;
    QString name;
    bool sellsThePart = false; // supplier_parts has the part (the preferred one first)
};

struct SendRmaRequest
{
    QString claimId;
    QString supplierId; // a suppliers row: its name is taken from there ('' none: supplierName as typed)
    QString supplierName;
    QString reference; // the supplier's RMA or shipping number
    QString note;
};

class RmaService final
{
public:
    RmaService(Database &db, const Clock &clock);

    [[nodiscard]] Result<Rma> send(const SendRmaRequest &request, const WarrantyActor &actor);
    // Credited needs the credit (more than zero); rejected needs the supplier's reason in `note`.
    [[nodiscard]] Result<Rma> settle(
        const QString &rmaId, RmaStatus outcome, Money credit, const QString &note, const WarrantyActor &actor);

    // Active suppliers, those that sell `partId` first (the preferred one on top), then by name.
    [[nodiscard]] Result<QList<RmaSupplier>> suppliersFor(qint64 partId) const;
    [[nodiscard]] Result<Rma> rma(const QString &rmaId) const;
    [[nodiscard]] Result<QList<Rma>> rmas(int limit = 500) const; // newest first

private:
    [[nodiscard]] Result<QList<Rma>> select(const QString &where, const QVariantList &values, int limit) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace nexus
