// Spanish number words of the counter ("dos", "quince", "veintidós", "treinta y cinco", "media docena", "un par"):
// what a cashier says instead of digits. Pure text work on SearchText-normalised words.
#pragma once

#include <QStringList>

#include <optional>

namespace nexus {

struct SpokenNumber
{
    int value = 0;
    int length = 0; // words consumed
};

class NumberWords final
{
public:
    // The number that starts at words[start] (digits or words), if any. "un"/"una" alone are articles, not numbers;
    // "un par" is 2, "una docena" 12, "media docena" 6.
    [[nodiscard]] static std::optional<SpokenNumber> read(const QStringList &words, qsizetype start);
    // "primero"/"primera"/"primer" → 1 … "decimo" → 10; "ultimo"/"ultima" → -1.
    [[nodiscard]] static std::optional<int> ordinal(const QString &word);
    // Numbers above this are never quantities or line numbers (years, folios and codes stay digits).
    static constexpr int kMaxSpoken = 999;
};

} // namespace nexus
