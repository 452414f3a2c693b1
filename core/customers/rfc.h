// The RFC (Registro Federal de Contribuyentes), Mexico's tax id: structure, date and the SAT check digit.
#pragma once

#include <QDate>
#include <QString>

#include "common/error.h"

namespace nexus {

enum class RfcKind {
    Fisica, // persona física: 4 letters + YYMMDD birth date + 3 homoclave = 13
    Moral, // persona moral: 3 letters + YYMMDD incorporation date + 3 homoclave = 12
    Generic, // XAXX010101000 (público en general) or XEXX010101000 (extranjero)
};

struct RfcCheck
{
    bool valid = false;
    RfcKind kind = RfcKind::Fisica; // meaningful when valid, or when only the date/check digit failed
    QString normalized; // upper case, without spaces or dashes: the form to store
    QDate date; // birth/incorporation date (century guessed: 19YY when that is not in the future)
    Error reason; // why it is invalid; field "rfc"; translatable through Error::message()
    // Structure and date are right and only the check digit fails: the SAT did issue a few such RFCs, so the counter
    // warns and lets a manager accept one instead of refusing it outright.
    bool checkDigitMismatch = false;
};

// Upper case, without blanks, dashes or dots ("gode-561231-gr8" → "GODE561231GR8").
[[nodiscard]] QString normalizeRfc(const QString &rfc);

// Checks an RFC as the SAT assigns them: length, letters of the name part (A–Z, Ñ, &), a real calendar
// date, the homoclave and the check digit. The two generic RFCs are valid as they are. Note that the SAT
// did assign some real RFCs whose check digit fails this algorithm; they are reported as invalid.
[[nodiscard]] RfcCheck checkRfc(const QString &rfc);

// The SAT check digit (13th character of a física, 12th of a moral) for the first 12 or 11 characters:
// mod 11 over "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ" with weights 13…2, a moral's 11 characters
// padded with a leading space. Null QChar when the input has another length or a character outside that table.
[[nodiscard]] QChar rfcCheckDigit(const QString &first12or11);

inline const QString kGenericRfcNational = QStringLiteral("XAXX010101000"); // público en general
inline const QString kGenericRfcForeign = QStringLiteral("XEXX010101000"); // residente en el extranjero

} // namespace nexus
