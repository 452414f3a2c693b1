// Transfer: state codes and names, and the figures derived from the facts.
#include "inventory/transfer.h"

#include <QCoreApplication>

#include <algorithm>

namespace nexus {

QString transferStateCode(TransferState state)
{
    switch (state) {
    case TransferState::Requested:
        return QStringLiteral("requested");
    case TransferState::Shipped:
        return QStringLiteral("shipped");
    case TransferState::PartiallyReceived:
        return QStringLiteral("partially_received");
    case TransferState::Closed:
        return QStringLiteral("closed");
    case TransferState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

Result<TransferState> transferStateFromCode(const QString &code)
{
    for (TransferState state : { TransferState::Requested, TransferState::Shipped, TransferState::PartiallyReceived,
             TransferState::Closed, TransferState::Cancelled })
        if (transferStateCode(state) == code)
            return state;
    return fail(ErrorCode::InvalidInput, NX_ERR("Unknown transfer state %1"), { code }, QStringLiteral("state"));
}

QString transferStateName(TransferState state)
{
    switch (state) {
    case TransferState::Requested:
        return QCoreApplication::translate("nexus::Transfer", "Requested");
    case TransferState::Shipped:
        return QCoreApplication::translate("nexus::Transfer", "In transit");
    case TransferState::PartiallyReceived:
        return QCoreApplication::translate("nexus::Transfer", "Partially received");
    case TransferState::Closed:
        return QCoreApplication::translate("nexus::Transfer", "Closed");
    case TransferState::Cancelled:
        return QCoreApplication::translate("nexus::Transfer", "Cancelled");
    }
    return {};
}

const TransferLine *Transfer::line(int lineNo) const
{
    const auto it = std::ranges::find(lines, lineNo, &TransferLine::lineNo);
    return it == lines.end() ? nullptr : &*it;
}

TransferLineTotals Transfer::totals(int lineNo) const
{
    TransferLineTotals totals;
    if (const TransferLine *own = line(lineNo))
        totals.requested = own->requested;
    for (const TransferShipment &shipment : shipments)
        for (const TransferShipmentLine &sent : shipment.lines)
            if (sent.lineNo == lineNo)
                totals.shipped = totals.shipped + sent.quantity;
    for (const TransferReceipt &receipt : receipts)
        for (const TransferReceiptLine &got : receipt.lines)
            if (got.lineNo == lineNo) {
                totals.received = totals.received + got.quantity;
                totals.shortage = totals.shortage + got.shortage;
            }
    const Quantity accounted = totals.received + totals.shortage;
    totals.inTransit = std::max(Quantity(), totals.shipped - accounted);
    totals.excess = std::max(Quantity(), accounted - totals.shipped);
    return totals;
}

Quantity Transfer::inTransit() const
{
    Quantity sum;
    for (const TransferLine &own : lines)
        sum = sum + totals(own.lineNo).inTransit;
    return sum;
}

TransferState Transfer::state() const
{
    if (shipments.empty() && receipts.empty())
        return cancellation ? TransferState::Cancelled : TransferState::Requested;
    if (receipts.empty())
        return TransferState::Shipped;
    return inTransit() == Quantity() ? TransferState::Closed : TransferState::PartiallyReceived;
}

bool Transfer::hasShipment(const QString &shipmentId) const
{
    return std::ranges::any_of(shipments, [&](const TransferShipment &s) { return s.id == shipmentId; });
}

bool Transfer::hasReceipt(const QString &receiptId) const
{
    return std::ranges::any_of(receipts, [&](const TransferReceipt &r) { return r.id == receiptId; });
}

} // namespace nexus
