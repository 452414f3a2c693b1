// Builds RFCs for demo customers the way the SAT does: name letters, date, a homoclave and the check digit.
#pragma once

#include <QDate>
#include <QString>

#include "demo/mexicannames.h"
#include "demo/prng.h"

namespace nexus::demo {

// Persona física: 1st letter and 1st inner vowel of the paternal surname, initial of the maternal one (X without),
// initial of the given name (the second one after MARIA/JOSE), a word the SAT never assigns gets X; then YYMMDD,
// a random homoclave and the check digit of core/customers/rfc.h.
[[nodiscard]] QString rfcForPerson(const PersonName &person, const QDate &birth, Rng &rng);
// Persona moral: initials of the first three significant words (one word: its first three letters; two words:
// initial of the first and first two letters of the second), then the incorporation date, homoclave, check digit.
[[nodiscard]] QString rfcForBusiness(const QString &businessName, const QDate &incorporated, Rng &rng);

} // namespace nexus::demo
