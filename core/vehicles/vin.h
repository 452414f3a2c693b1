// The VIN (ISO 3779, 17 characters): allowed characters, the North-American check digit and the model-year code.
#pragma once

#include <QList>
#include <QString>

#include "common/error.h"

namespace nexus {

struct VinCheck
{
    bool valid = false;
    QString normalized; // upper case, without blanks or dashes
    QList<int> modelYears; // what position 10 can mean (the code repeats every 30 years), newest last
    Error reason; // why it is invalid; field "vin"
};

// Upper case, without blanks or dashes.
[[nodiscard]] QString normalizeVin(const QString &vin);

// Only the structure: 17 characters from 0–9 and A–Z without I, O, Q (`normalized` as normalizeVin gives it).
// What a VIN read from a document must pass; the check digit and year code are advice (see VinDecoder).
[[nodiscard]] Status checkVinCharacters(const QString &normalized);

// 17 characters from 0–9 and A–Z without I, O, Q; position 9 the check digit (0–9 or X, required for
// North America and used by the vehicles sold in Mexico); position 10 a model-year code (no U, Z or 0).
[[nodiscard]] VinCheck checkVin(const QString &vin);

// The check digit for a 17-character VIN (position 9 is ignored): transliterate letters (A=1…H=8, J=1…R=9,
// S=2…Z=9), weights 8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2, sum mod 11, 10 written X.
// Null QChar when the length or a character is not allowed.
[[nodiscard]] QChar vinCheckDigit(const QString &vin);

// Position 10 for a model year 1980–2039 (A…Y without I O Q U Z, then 1…9, repeating every 30 years).
// Null QChar outside that range.
[[nodiscard]] QChar vinModelYearCode(int year);
// The model years 1980–2039 a position-10 code stands for (two of them, 30 years apart); empty if not a year code.
[[nodiscard]] QList<int> vinModelYears(QChar code);

} // namespace nexus
