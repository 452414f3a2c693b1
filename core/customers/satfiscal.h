// The SAT catalogues a customer's fiscal data is checked against (CFDI 4.0): c_RegimenFiscal and c_UsoCFDI. The
// codes and their física/moral columns are core/cfdi/satcatalogs (one place for the CFDI rules); this adds the RFC's
// kinds (the generic RFCs) and the SAT's Spanish names the counter shows when a cashier picks one.
#pragma once

#include <QList>
#include <QString>

#include "customers/rfc.h"

namespace nexus {

struct SatFiscalCode
{
    QString code; // "601", "G03"
    QString description; // as the SAT publishes it
};

// c_RegimenFiscal and c_UsoCFDI entries in force, in the SAT's order, for choosing one.
[[nodiscard]] const QList<SatFiscalCode> &satFiscalRegimes();
[[nodiscard]] const QList<SatFiscalCode> &satCfdiUses();

[[nodiscard]] bool isFiscalRegime(const QString &code);
[[nodiscard]] bool isCfdiUse(const QString &code);
// Whether an RFC of `kind` may use the code. The generic RFCs (público en general, extranjero) go with the regime
// 616 "Sin obligaciones fiscales" and the use S01 "Sin efectos fiscales", as CFDI 4.0 requires.
[[nodiscard]] bool fiscalRegimeAppliesTo(const QString &code, RfcKind kind);
[[nodiscard]] bool cfdiUseAppliesTo(const QString &code, RfcKind kind);
// The SAT's name of a code ('' when the list above does not have it).
[[nodiscard]] QString fiscalRegimeDescription(const QString &code);
[[nodiscard]] QString cfdiUseDescription(const QString &code);

inline const QString kGenericRfcRegime = QStringLiteral("616");
inline const QString kGenericRfcCfdiUse = QStringLiteral("S01");

} // namespace nexus
