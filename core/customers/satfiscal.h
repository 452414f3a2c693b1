// The SAT catalogues a customer's fiscal data is checked against (CFDI 4.0): c_RegimenFiscal and c_UsoCFDI, each
// entry with whether a persona física and/or moral may use it. Descriptions are the SAT's own Spanish names.
#pragma once

#include <QList>
#include <QString>

#include "customers/rfc.h"

namespace nexus {

struct SatFiscalCode
{
    QString code; // "601", "G03"
    QString description; // as the SAT publishes it
    bool fisica = false;
    bool moral = false;
};

// c_RegimenFiscal entries in force, in code order.
[[nodiscard]] const QList<SatFiscalCode> &satFiscalRegimes();
// c_UsoCFDI entries in force, in the SAT's order.
[[nodiscard]] const QList<SatFiscalCode> &satCfdiUses();

// The entry for `code`, or nullptr when the catalogue has no such code.
[[nodiscard]] const SatFiscalCode *findFiscalRegime(const QString &code);
[[nodiscard]] const SatFiscalCode *findCfdiUse(const QString &code);

// Whether an RFC of `kind` may use the entry. The generic RFCs (público en general, extranjero) go with the regime
// 616 "Sin obligaciones fiscales" and the use S01 "Sin efectos fiscales", as CFDI 4.0 requires.
[[nodiscard]] bool appliesTo(const SatFiscalCode &entry, RfcKind kind);

inline const QString kGenericRfcRegime = QStringLiteral("616");
inline const QString kGenericRfcCfdiUse = QStringLiteral("S01");

} // namespace nexus
