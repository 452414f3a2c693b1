// Slow salted password and PIN hashes: PBKDF2-HMAC-SHA256 (OpenSSL), stored as "pbkdf2-sha256$iter$salt$hash".
#pragma once

#include <QByteArray>
#include <QString>

namespace nexus {

class PasswordHasher final
{
public:
    static constexpr int kDefaultIterations = 210'000; // OWASP 2023 figure for PBKDF2-HMAC-SHA256

    // Random 16-byte salt.
    [[nodiscard]] static QString hash(const QString &secret, int iterations = kDefaultIterations);
    // Deterministic salt (demo data must be byte-for-byte reproducible; never for real users).
    [[nodiscard]] static QString hashWithSalt(const QString &secret, const QByteArray &salt,
                                              int iterations = kDefaultIterations);
    // Constant-time comparison; false for malformed stored hashes.
    [[nodiscard]] static bool verify(const QString &secret, const QString &stored);
};

} // namespace nexus
