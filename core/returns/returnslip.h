// The return slip handed to the customer (and kept signed in the till): built as a device-independent
// ReceiptDocument that the printing layer renders to ESC/POS (58/80 mm) or PDF.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/error.h"
#include "printing/receiptdocument.h"
#include "returns/returnrecord.h"

namespace nexus {

class Database;

// Who and where, as printed at the top and bottom of the slip.
struct ReturnSlipHeader
{
    QString branchName;
    QString branchRfc;
    QString branchAddress;
    QString cashierName; // display name of the cashier
    QString approverName; // display name of who authorised it (the cashier when their role allows)
};

class ReturnSlip final
{
    Q_DECLARE_TR_FUNCTIONS(nexus::ReturnSlip)

public:
    // The slip in the current UI language; a cash refund kicks the drawer open.
    [[nodiscard]] static ReceiptDocument build(const ReturnRecord &record, const ReturnSlipHeader &header);
    [[nodiscard]] static QString refundMethodName(RefundMethod method);
    // The branch (name, RFC, address) and the people (display names) of a stored return, from nexus.db.
    [[nodiscard]] static Result<ReturnSlipHeader> header(Database &db, const ReturnRecord &record);
};

} // namespace nexus
