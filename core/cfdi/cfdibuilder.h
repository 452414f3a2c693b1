// Turns an invoice request and the issuer's fiscal data into a CFDI 4.0 Comprobante, checking the SAT's rules.
#pragma once

#include <QDateTime>

#include "cfdi/cfdidocument.h"
#include "cfdi/invoicerequest.h"
#include "common/error.h"

namespace nexus {

// Every amount is computed in centavos with the SAT's rounding: per concept (tax-included prices split with
// common/tax.h exactly as the counter does), then summed; the Comprobante's Impuestos are grouped per
// impuesto/factor/tasa. A broken SAT rule is an InvalidInput error whose message names the rule (CFDI40105…)
// and whose field is the request's JSON path. nowUtc is used when the request has no date.
[[nodiscard]] Result<CfdiDocument> buildCfdi(
    const CfdiIssuer &issuer, const InvoiceRequest &request, const QDateTime &nowUtc);

// The part of a PPD invoice's tax base a payment covers (BaseDR of a payment complement): base × paid / total,
// rounded to the centavo. For the counter and a Facturapi client building complements[].data[].taxes[].base.
[[nodiscard]] Money paymentTaxBase(Money invoiceBase, Money invoiceTotal, Money paid);

} // namespace nexus
