// Secrets the server must read back but no database should hold in clear (the tenants' WhatsApp app secrets):
// AES-256-GCM with a key that lives outside the database (derived from the server's token key in its data folder),
// bound to what the secret is for, stored as "v1:" + base64(nonce | ciphertext | tag).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "common/error.h"

namespace nexus {

// What the tenants' WhatsApp app secrets are sealed for (whatsapp_webhook_config.app_secret).
inline constexpr QByteArrayView kWhatsAppAppSecretPurpose { "whatsapp_webhook_config.app_secret" };

class SecretBox final
{
public:
    static constexpr qsizetype kKeyBytes = 32;

    // `key`: kKeyBytes bytes (DeviceAuth::deriveKey); shorter keys are refused by seal and open.
    explicit SecretBox(QByteArray key) : m_key(std::move(key)) { }

    // `purpose` is authenticated with the secret: a value sealed for one purpose does not open for another.
    [[nodiscard]] Result<QString> seal(const QByteArray &secret, QByteArrayView purpose) const;
    // Io naming "secret" when the value was not sealed with this key and purpose, or was changed.
    [[nodiscard]] Result<QByteArray> open(const QString &sealed, QByteArrayView purpose) const;
    // Whether a stored value is sealed (a value written before sealing existed is the secret itself).
    [[nodiscard]] static bool isSealed(const QString &stored);

private:
    QByteArray m_key;
};

} // namespace nexus
