// Builds an enrolled device folder for UI tests and screenshots: nexus.db with settings, its branch and real users.
#pragma once

#include "auth/passwordhasher.h"
#include "auth/userrepository.h"
#include "store/localstore.h"

#include <QDir>

#include <memory>

namespace nexus::test {

struct FixtureUser
{
    QString username;
    QString displayName;
    Role role;
    QString password;
    QString pin; // empty: no PIN
    QString branchId = QStringLiteral("branch-centro");
};

// Each call opens and closes nexus.db, so the application under test sees committed rows only.
// Returns false (with a warning) on failure; tests wrap the calls in QVERIFY.
class DeviceFixture final
{
public:
    // Few PBKDF2 rounds keep the suite fast; verify() reads the count from the stored hash, so the code path is real.
    static constexpr int kTestIterations = 1000;
    static inline const QString kBranchId = QStringLiteral("branch-centro");
    static inline const QString kBranchName = QString::fromUtf8("Sucursal Centro");
    static inline const QString kDeviceId = QStringLiteral("0190a6f2-7c1e-7000-8000-00000000c0de");

    // Writes the device identity and its branch, as enrollment would.
    [[nodiscard]] static bool enroll(const QString &dir, const QString &deviceName = QStringLiteral("Caja 1"),
                                     const QString &serverUrl = QStringLiteral("https://127.0.0.1:9"))
    {
        std::unique_ptr<LocalStore> store = open(dir);
        return store && ok(store->setSetting(QStringLiteral("device_id"), kDeviceId))
            && ok(store->setSetting(QStringLiteral("device_name"), deviceName))
            && ok(store->setSetting(QStringLiteral("branch_id"), kBranchId))
            && ok(store->setSetting(QStringLiteral("server_url"), serverUrl))
            && ok(store->db().exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, ?, ?)"),
                                   {kBranchId, QStringLiteral("CEN"), kBranchName}));
    }

    [[nodiscard]] static bool addUser(const QString &dir, const FixtureUser &user)
    {
        std::unique_ptr<LocalStore> store = open(dir);
        if (!store)
            return false;
        UserRecord record;
        record.user.id = QStringLiteral("user-") + user.username;
        record.user.username = user.username;
        record.user.displayName = user.displayName;
        record.user.role = user.role;
        record.user.branchId = user.branchId;
        record.passwordHash = PasswordHasher::hash(user.password, kTestIterations);
        if (!user.pin.isEmpty())
            record.pinHash = PasswordHasher::hash(user.pin, kTestIterations);
        UserRepository users(store->db());
        return ok(users.upsert(record));
    }

    // What one query reads from the device's nexus.db, through a connection of its own, as the application left it;
    // the error when the file or the query fails.
    [[nodiscard]] static Result<QVariant> read(const QString &dir, const QString &sql, const QVariantList &values = {})
    {
        Result<std::unique_ptr<Database>> db = Database::open(
            QDir(dir).filePath(QStringLiteral("nexus.db")), Durability::Full, QStringLiteral("probe"));
        if (!db)
            return std::unexpected(db.error());
        return (*db)->scalar(sql, values);
    }

private:
    template <typename T>
    static bool ok(const Result<T> &result)
    {
        if (!result)
            qWarning("fixture: %s", qPrintable(result.error().logMessage()));
        return result.has_value();
    }

    static std::unique_ptr<LocalStore> open(const QString &dir)
    {
        Result<std::unique_ptr<LocalStore>> store =
            LocalStore::open(QDir(dir).filePath(QStringLiteral("nexus.db")), QStringLiteral("fixture"));
        if (!store) {
            qWarning("fixture store: %s", qPrintable(store.error().logMessage()));
            return nullptr;
        }
        return std::move(*store);
    }
};

} // namespace nexus::test
