// RMA: a defective piece the store kept (a claim resolved by replace or refund) sent back to its supplier, then
// settled: credited with the amount the supplier gives, or rejected with the reason. Sending takes the piece out of
// the defective location (a stock movement); each step is one transaction with its fact ("rma.*").
#pragma once

#include <QList>

#include "common/error.h"
#include "warranty/rma.h"
#include "warranty/warrantyclaimservice.h"

namespace nexus {

struct SendRmaRequest
{
    QString claimId;
    QString supplierId; // a suppliers row, when purchasing keeps them ('' none)
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

    [[nodiscard]] Result<Rma> rma(const QString &rmaId) const;
    [[nodiscard]] Result<QList<Rma>> rmas(int limit = 500) const; // newest first

private:
    [[nodiscard]] Result<QList<Rma>> select(const QString &where, const QVariantList &values, int limit) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace nexus
