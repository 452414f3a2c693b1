// Device secrets in the OS keychain (QtKeychain), or in a 0600 file in the data folder where no keychain exists.
#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"

namespace nexus {

class SecretStore final
{
public:
    enum class Backend { Keychain, File };
    enum class Mode {
        Auto, // the keychain, falling back to the file when it is missing or fails
        FileOnly, // never touch the keychain (NEXUS_SECRET_STORE=file: servers, CI, tests)
    };

    static constexpr int kDefaultKeychainTimeoutMs = 5000;

    // dataDir: the folder of nexus.db; file fallbacks live there as DATA/<name>.
    explicit SecretStore(
        QString dataDir, Mode mode = modeFromEnvironment(), int keychainTimeoutMs = kDefaultKeychainTimeoutMs);

    // name: [a-z0-9-]+, e.g. "device-secret". Reports where the secret ended up.
    [[nodiscard]] Result<Backend> write(const QString &name, const QByteArray &secret);
    // NotFound when neither the file nor the keychain has it.
    [[nodiscard]] Result<QByteArray> read(const QString &name);
    // Removes it from both places; removing what does not exist is not an error.
    [[nodiscard]] Status remove(const QString &name);

    [[nodiscard]] QString filePath(const QString &name) const;
    [[nodiscard]] static Mode modeFromEnvironment();
    [[nodiscard]] static QString backendName(Backend backend);

private:
    // The keychain is per user, not per data folder: the key carries the folder so two installs never collide.
    [[nodiscard]] QString keychainKey(const QString &name) const;
    [[nodiscard]] Status keychainWrite(const QString &name, const QByteArray &secret);
    [[nodiscard]] Result<QByteArray> keychainRead(const QString &name);
    [[nodiscard]] Status keychainRemove(const QString &name);

    QString m_dataDir;
    Mode m_mode;
    int m_timeoutMs;
};

} // namespace nexus
