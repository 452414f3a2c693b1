// sha256OfFile with OpenSSL's EVP interface.
#include "protocol/snapshotdigest.h"

#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace nexus::wire {

namespace {
struct DigestDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
} // namespace

Result<QString> sha256OfFile(const QString &path, const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() });
    std::unique_ptr<EVP_MD_CTX, DigestDeleter> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return fail(ErrorCode::Internal, NX_ERR("Cannot start a SHA-256 digest (OpenSSL)"));
    constexpr qint64 kBlock = 4 * 1024 * 1024;
    QByteArray block(kBlock, Qt::Uninitialized);
    while (true) {
        if (cancel && cancel->load())
            return fail(ErrorCode::Network, NX_ERR("Checking %1 was cancelled"), { path });
        const qint64 read = file.read(block.data(), kBlock);
        if (read < 0)
            return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() });
        if (read == 0)
            break;
        EVP_DigestUpdate(context.get(), block.constData(), static_cast<size_t>(read));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

} // namespace nexus::wire
