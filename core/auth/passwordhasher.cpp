// PBKDF2-HMAC-SHA256 through OpenSSL; constant-time verification.
#include "auth/passwordhasher.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace nexus {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
const QString kScheme = QStringLiteral("pbkdf2-sha256");

QByteArray derive(const QString &secret, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<int>(salt.size()),
                      iterations, EVP_sha256(), kHashBytes, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace

QString PasswordHasher::hash(const QString &secret, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes);
    return hashWithSalt(secret, salt, iterations);
}

QString PasswordHasher::hashWithSalt(const QString &secret, const QByteArray &salt, int iterations)
{
    return kScheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$')
        + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$')
        + QString::fromLatin1(derive(secret, salt, iterations).toBase64());
}

bool PasswordHasher::verify(const QString &secret, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != kHashBytes)
        return false;
    const QByteArray actual = derive(secret, salt, iterations);
    return CRYPTO_memcmp(actual.constData(), expected.constData(), kHashBytes) == 0;
}

} // namespace nexus
