// A return as written: its header, its lines with the refunded amounts and where each piece went.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

#include "common/quantity.h"
#include "common/tax.h"
#include "returns/returnrequest.h"

namespace nexus {

struct ReturnRecordLine
{
    int lineNo = 0; // 1-based within the return
    int saleLineNo = 0; // the ticket's line
    qint64 partId = 0;
    QString sku;
    QString description;
    Quantity quantity;
    LineAmounts amounts; // refunded: base + tax == gross
    ReturnDestination destination = ReturnDestination::Stock;
    QString saleWarehouseId; // where it was sold from
    QString warehouseId; // where it went back (the defective location for Defective)
};

struct ReturnRecord
{
    QString id;
    QString folio;
    QString saleId;
    QString saleFolio;
    QString branchId;
    QString deviceId;
    QString cashSessionId;
    QString cashierId;
    QString approvedBy;
    QString reason;
    RefundMethod refundMethod = RefundMethod::Cash;
    QString refundReference;
    QString customerId; // store credit only
    LineAmounts totals;
    // The share of the refund given back as the loyalty points the ticket was paid with (points first, then the
    // refund method for the rest): the points and what they are worth (≤ totals.gross).
    qint64 pointsBack = 0;
    Money pointsValue;
    QString returnedAtUtc;
    std::vector<ReturnRecordLine> lines;
    qint64 outboxSeq = 0;
    QStringList creditNoteIds; // the notas de crédito (CFDI E) queued for invoices that cover the ticket

    // What goes back through refundMethod: the refund less what went back as points.
    [[nodiscard]] Money moneyRefund() const { return totals.gross - pointsValue; }
};

} // namespace nexus
