// The slip printed for a cash in/out (comprobante de entrada / retiro de efectivo): what, why, who, who authorised it
// and what the drawer should hold after it, with a line to sign; it opens the drawer.
#pragma once

#include <QString>

#include "cash/cashmovement.h"
#include "printing/receiptdocument.h"

namespace nexus {

struct CashMovementSlip
{
    CashMovement movement;
    QString branchName;
    QString deviceName;
    QString userName;
    QString authorizerName; // empty when nobody had to authorise it
    Money drawerAfter; // expected pesos in the drawer after the movement
};

// In Spanish, like the X and Z reports.
[[nodiscard]] ReceiptDocument cashMovementDocument(const CashMovementSlip &slip);

} // namespace nexus
