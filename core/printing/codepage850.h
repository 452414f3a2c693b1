// Text for thermal printers in code page 850 (PC850, selected with ESC t 2): the Latin-1 letters Spanish needs
// (ñ, á, é, í, ó, ú, ü, ¿, ¡) at their CP850 bytes; characters CP850 lacks become their base letter or '?'.
#pragma once

#include <QByteArray>
#include <QString>

namespace nexus {

// The ESC t argument that selects this table on Epson-compatible printers.
inline constexpr char kEscPosCodePage850 = 2;

[[nodiscard]] QByteArray toCodePage850(QStringView text);
[[nodiscard]] QString fromCodePage850(QByteArrayView bytes);

} // namespace nexus
