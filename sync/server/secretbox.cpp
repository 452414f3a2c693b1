// AES-256-GCM through OpenSSL's EVP interface: a fresh 12-byte nonce per seal, a 16-byte tag, the purpose as AAD.
#include "server/secretbox.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace nexus {

namespace {

constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
const QString kPrefix = QStringLiteral("v1:");

using Context = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

Error sealError()
{
    return Error(ErrorCode::Io, NX_ERR("The secret could not be sealed or opened with the server's key"), {},
        QStringLiteral("secret"));
}

} // namespace

bool SecretBox::isSealed(const QString &stored)
{
    return stored.startsWith(kPrefix);
}

Result<QString> SecretBox::seal(const QByteArray &secret, QByteArrayView purpose) const
{
    if (m_key.size() != kKeyBytes)
        return std::unexpected(sealError());
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    if (RAND_bytes(bytes(nonce), kNonceBytes) != 1)
        return std::unexpected(sealError());
    Context ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(secret.size() + kTagBytes, Qt::Uninitialized);
    int length = 0;
    int tail = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(purpose), static_cast<int>(purpose.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), bytes(out), &length, bytes(secret), static_cast<int>(secret.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), bytes(out) + length, &tail) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, bytes(out) + length + tail) != 1)
        return std::unexpected(sealError());
    out.resize(length + tail + kTagBytes);
    const QByteArray box = nonce + out;
    return kPrefix + QString::fromLatin1(box.toBase64());
}

Result<QByteArray> SecretBox::open(const QString &sealed, QByteArrayView purpose) const
{
    if (m_key.size() != kKeyBytes || !isSealed(sealed))
        return std::unexpected(sealError());
    const QByteArray raw = QByteArray::fromBase64(sealed.mid(kPrefix.size()).toLatin1());
    if (raw.size() < kNonceBytes + kTagBytes)
        return std::unexpected(sealError());
    const QByteArray nonce = raw.left(kNonceBytes);
    const QByteArray cipher = raw.mid(kNonceBytes, raw.size() - kNonceBytes - kTagBytes);
    QByteArray tag = raw.right(kTagBytes);
    QByteArray plain(cipher.size() + 1, Qt::Uninitialized); // +1: never a zero-sized buffer
    Context ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    int tail = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(purpose), static_cast<int>(purpose.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), bytes(plain), &length, bytes(cipher), static_cast<int>(cipher.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, bytes(tag)) != 1
        || EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + length, &tail) != 1)
        return std::unexpected(sealError());
    plain.resize(length + tail);
    return plain;
}

} // namespace nexus
