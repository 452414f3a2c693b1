// The cadena original of a CFDI 4.0, computed with the SAT's own XSLT (cadenaoriginal_4_0.xslt) through libxslt.
#pragma once

#include <QByteArray>

#include "common/error.h"

namespace nexus {

// Resource path of the SAT stylesheet; the complement stylesheets it includes by relative path sit beside it
// under :/sat/cfd/, and are resolved there: nothing is ever loaded from the network or the file system.
inline constexpr const char *kCadenaOriginalXslt = ":/sat/cfd/4/cadenaoriginal_4_0/cadenaoriginal_4_0.xslt";

// "||4.0|A|123|2025-01-15T10:30:00|…||" for the Comprobante in xml (UTF-8). The stylesheet is compiled once per
// process; calls are serialised. Errors: the XML does not parse (field "xml"), the transformation failed.
[[nodiscard]] Result<QByteArray> cadenaOriginal(const QByteArray &xml);

} // namespace nexus
