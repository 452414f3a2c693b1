// One-time enrollment codes: easy to read aloud and type (XXXX-XXXX-XXXX-XXXX), stored only as SHA-256.
#pragma once

#include <QString>

namespace nexus {

class EnrollmentCode final
{
public:
    // 32 symbols without 0/O and 1/I, so 5 random bits each and nothing to confuse: 16 symbols = 80 bits.
    static constexpr QLatin1String kAlphabet { "23456789ABCDEFGHJKLMNPQRSTUVWXYZ" };
    static constexpr int kLength = 16;
    static constexpr int kGroup = 4;

    // A fresh random code from the OS CSPRNG, grouped with dashes.
    [[nodiscard]] static QString generate();
    // What people type: upper-cased, dashes and spaces dropped. Empty when a character is not in the alphabet
    // or the length is wrong.
    [[nodiscard]] static QString normalize(const QString &typed);
    // SHA-256 hex of the normalised code: what the master database stores.
    [[nodiscard]] static QString hash(const QString &normalized);
};

} // namespace nexus
