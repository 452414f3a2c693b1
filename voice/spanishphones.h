// Mexican Spanish letter-to-sound onto the en-us acoustic model's phone set (CMU phones): the only acoustic model
// Debian ships is American English, so a Spanish word is spelt in the English phones nearest to how it is said.
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace nexus {

class SpanishPhones final
{
public:
    // The pronunciations of one word as written (lower or upper case, accents kept: "bujías", "añade", "NP300"),
    // first the usual one; a second when an unaccented i/u next to a vowel may be a glide or its own syllable.
    // Letters without a vowel are spelt ("NGK" → "ene ge ka"), digits are said as a number ("300" → "trescientos").
    // Empty when the word has nothing to say.
    [[nodiscard]] static QList<QStringList> pronounce(QStringView word);
    // The phones of Spanish text already free of digits and spelt letters (lower case, accents kept), one reading.
    [[nodiscard]] static QStringList letterToSound(QStringView text, bool glides = true);
};

} // namespace nexus
