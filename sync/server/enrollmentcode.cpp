// Enrollment code generation (OpenSSL RAND_bytes), normalisation and hashing.
#include "server/enrollmentcode.h"

#include <QCryptographicHash>

#include <openssl/rand.h>

#include <array>

namespace nexus {

QString EnrollmentCode::generate()
{
    static_assert(kAlphabet.size() == 32, "5 bits per symbol: no modulo bias");
    std::array<unsigned char, kLength> random {};
    if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1)
        qFatal("RAND_bytes failed: the system has no usable random source"); // never hand out a guessable code
    QString code;
    for (int i = 0; i < kLength; ++i) {
        if (i > 0 && i % kGroup == 0)
            code += QLatin1Char('-');
        code += kAlphabet.at(random[static_cast<size_t>(i)] & 0x1F);
    }
    return code;
}

QString EnrollmentCode::normalize(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        const QChar upper = c.toUpper();
        if (!kAlphabet.contains(upper))
            return {};
        code += upper;
    }
    return code.size() == kLength ? code : QString();
}

QString EnrollmentCode::hash(const QString &normalized)
{
    return QString::fromLatin1(QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace nexus
