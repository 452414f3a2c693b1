// A CSD made in a test: the SAT's serial encoding, the holder's RFC, chosen dates, a PKCS#8 key encrypted with a
// password as the SAT issues .key files (for the errors a store makes: another key, an expired certificate).
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace nexus::test {

// A CSD-shaped certificate made here: the SAT's serial encoding, the holder's RFC in x500UniqueIdentifier, chosen
// dates. Self-signed; for the checks the sealer makes, that is all that matters.
struct MadeCsd
{
    QByteArray certificateDer;
    QByteArray keyDer; // PKCS#8 encrypted with the password, as the SAT issues .key files
};

inline MadeCsd makeCsd(
    const QByteArray &rfc, const QDateTime &notBefore, const QDateTime &notAfter, const QByteArray &password)
{
    MadeCsd made;
    EVP_PKEY *key = EVP_RSA_gen(2048);
    X509 *x509 = X509_new();
    X509_set_version(x509, 2);
    const QByteArray number = "30001000000500009999";
    BIGNUM *serial = BN_bin2bn(reinterpret_cast<const unsigned char *>(number.constData()), number.size(), nullptr);
    BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(x509));
    BN_free(serial);
    ASN1_TIME_set(X509_getm_notBefore(x509), static_cast<time_t>(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x509), static_cast<time_t>(notAfter.toSecsSinceEpoch()));
    X509_NAME *name = X509_get_subject_name(x509);
    const QByteArray holder = rfc + " / XAXX010101000";
    X509_NAME_add_entry_by_NID(name, NID_x500UniqueIdentifier, MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(holder.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_NID(
        name, NID_commonName, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("PRUEBA SA DE CV"), -1, -1, 0);
    X509_set_issuer_name(x509, name);
    X509_set_pubkey(x509, key);
    X509_sign(x509, key, EVP_sha256());
    unsigned char *der = nullptr;
    const int length = i2d_X509(x509, &der);
    made.certificateDer = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    BIO *bio = BIO_new(BIO_s_mem());
    i2d_PKCS8PrivateKey_bio(bio, key, EVP_des_ede3_cbc(), const_cast<char *>(password.constData()),
        static_cast<int>(password.size()), nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    made.keyDer = QByteArray(data, static_cast<qsizetype>(size));
    BIO_free(bio);
    X509_free(x509);
    EVP_PKEY_free(key);
    return made;
}

} // namespace nexus::test
