// One vPIC pattern key (Pattern.Keys) compiled for matching against a VIN the way NHTSA's spVinDecode does.
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace nexus {

// vPIC matches a key against the VIN's "match key": positions 4–8, a literal '|', positions 10–17 (14 characters;
// the check digit is left out). A key matches when it matches a prefix of the match key (SQL `LIKE key || '%'`).
//   *        any one character
//   [..]     one character of the class: letters, digits, ranges X-Y, '^' first negates (keys with a '['
//            are matched by NHTSA as a regular expression, where '_' is literal and "1-A" reads "1A")
//   #        formula keys only: a digit whose value is read out of the VIN (e.g. cylinders "**#")
//   other    itself ('_' outside a class is SQL LIKE's one-character wildcard)
// Source: vpic.spvindecode_core, vpic.sqlwild_to_regex, vpic.fvalidcharsinkey and vpic.fvalidcharsinregex of
// NHTSA's vPICList_lite PostgreSQL dump.
class VinPattern final
{
public:
    static constexpr int kKeyLength = 14;
    using Masks = std::array<quint64, kKeyLength>;

    // Nullopt for a key that cannot be read (an unclosed '[' or an empty one).
    [[nodiscard]] static std::optional<VinPattern> compile(QStringView keys);

    // The match key of a 17-character VIN: positions 4–8 + '|' + positions 10–17.
    [[nodiscard]] static QString matchKey(QStringView vin);
    // Per position the one bit of the match key's character (what matches() tests against).
    [[nodiscard]] static Masks keyBits(QStringView matchKey);

    // True when the key matches the match key's prefix. A formula key is matched against the match key with every
    // digit read as '#' (spVinDecode's formulaKeys), so '#' stands for any digit and a literal digit never matches.
    [[nodiscard]] bool matches(const Masks &keyBits) const;
    [[nodiscard]] bool isFormula() const { return m_formulaFirst >= 0; }
    // A formula key's value: the match key's characters from its first '#' to its last.
    [[nodiscard]] QString formulaValue(QStringView matchKey) const;

    // The characters the key names per match-key position, as vpic.fValidCharsInKey lists them: literals, class
    // members (from 0–9 and A–Z without I, O, Q when the class has a range or '^'), digits for '#'; nothing for
    // '*'. vPIC uses them to find VIN positions no pattern explains and to suggest corrections.
    [[nodiscard]] const Masks &validChars() const { return m_valid; }
    // How many positions the key spans (at most kKeyLength are kept; a longer key never matches).
    [[nodiscard]] int length() const { return m_length; }
    [[nodiscard]] bool tooLong() const { return m_tooLong; }
    // What matches() tests per position, for callers that store keys compactly (VinDecoder).
    [[nodiscard]] const Masks &matchMasks() const { return m_match; }
    // Index in the key text of the first and last '#' (-1 when it is not a formula key).
    [[nodiscard]] int formulaFirst() const { return m_formulaFirst; }
    [[nodiscard]] int formulaLast() const { return m_formulaLast; }

    // The bit of one character in the masks above (0–9, A–Z, '|', '#', '_' and one bit for anything else).
    [[nodiscard]] static quint64 bit(QChar c);
    // The characters of a mask, in the order 0–9, A–Z.
    [[nodiscard]] static QString characters(quint64 mask);
    static constexpr quint64 kDigits = (quint64(1) << 10) - 1;

private:
    VinPattern() = default;
    Masks m_match {};
    Masks m_valid {};
    int m_length = 0;
    bool m_tooLong = false;
    int m_formulaFirst = -1; // index in the key text of the first and last '#'
    int m_formulaLast = -1;
};

} // namespace nexus
