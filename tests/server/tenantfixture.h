// A small tenant written straight into a tenant.db (branches, warehouses, users), independent of the demo generator.
#pragma once

#include "auth/passwordhasher.h"
#include "store/database.h"
#include "store/schemadatabase.h"

#include <QList>
#include <QTest>

#include <optional>

namespace nexus::test {

struct FixtureUser
{
    QString username;
    QString role;
    std::optional<QString> branchCode; // nullopt: branch-less
    bool active = true;
    bool withPin = false;
};

struct TenantFixture
{
    QString prefix; // makes ids and usernames unique per tenant: "acme"
    QStringList branchCodes { QStringLiteral("MTY"), QStringLiteral("GDL") };
    QList<FixtureUser> users;

    static constexpr const char *kPassword = "contraseña-1";
    static constexpr const char *kPin = "4321";

    [[nodiscard]] QString branchId(const QString &code) const { return prefix + QStringLiteral("-branch-") + code; }
    [[nodiscard]] QString userId(const QString &username) const { return prefix + QStringLiteral("-user-") + username; }

    // Usernames of the users a counter of `code` must receive: its own plus branch-less admin/hq.
    [[nodiscard]] QStringList expectedUsernames(const QString &code) const
    {
        QStringList names;
        for (const FixtureUser &user : users)
            if (user.branchCode == code
                || (!user.branchCode && (user.role == QLatin1String("admin") || user.role == QLatin1String("hq"))))
                names.append(user.username);
        names.sort();
        return names;
    }

    // Inserts the rows into an open tenant database (schema server/tenant).
    [[nodiscard]] bool writeInto(Database &db) const
    {
        for (const QString &code : branchCodes) {
            if (!db.exec(QStringLiteral("INSERT INTO branches(id, code, name, rfc, postal_code, border_region) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                    { branchId(code), code, QString(prefix + QStringLiteral(" sucursal ") + code),
                        QStringLiteral("RDE010101AB1"), QStringLiteral("64000"),
                        code == QLatin1String("MTY") ? 1 : 0 }))
                return false;
            for (const QString &warehouse : { QStringLiteral("A"), QStringLiteral("B") })
                if (!db.exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, ?, ?)"),
                        { QString(branchId(code) + QStringLiteral("-wh-") + warehouse), branchId(code), warehouse,
                            QString(QStringLiteral("Almacén ") + warehouse) }))
                    return false;
        }
        // Few iterations: the test checks that hashes travel intact, not how slow they are.
        const QString password = PasswordHasher::hash(QString::fromUtf8(kPassword), 1000);
        const QString pin = PasswordHasher::hash(QString::fromUtf8(kPin), 1000);
        for (const FixtureUser &user : users) {
            if (!db.exec(QStringLiteral("INSERT INTO users(id, username, display_name, role, branch_id, password_hash, "
                                        "pin_hash, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    { userId(user.username), user.username, QString(QStringLiteral("Nombre de ") + user.username),
                        user.role, user.branchCode ? QVariant(branchId(*user.branchCode)) : QVariant(), password,
                        user.withPin ? QVariant(pin) : QVariant(), user.active ? 1 : 0,
                        QStringLiteral("2026-01-02T03:04:05.678Z") }))
                return false;
        }
        return true;
    }

    // DIR/tenant.db + DIR/catalog.db as `nexus-admin demo-data` would lay them out.
    [[nodiscard]] bool writeDemoFolder(const QString &dir) const
    {
        auto tenant
            = openWithSchema(dir + QStringLiteral("/tenant.db"), Durability::Full, QStringLiteral("server/tenant"));
        auto catalog
            = openWithSchema(dir + QStringLiteral("/catalog.db"), Durability::Normal, QStringLiteral("catalog"));
        return tenant && catalog && writeInto(**tenant);
    }

    static TenantFixture standard(const QString &prefix)
    {
        TenantFixture fixture;
        fixture.prefix = prefix;
        fixture.users = {
            { prefix + QStringLiteral("-admin"), QStringLiteral("admin"), std::nullopt, true, true },
            { prefix + QStringLiteral("-hq"), QStringLiteral("hq"), std::nullopt, true, false },
            { prefix + QStringLiteral("-stray"), QStringLiteral("cashier"), std::nullopt, true, false },
            { prefix + QStringLiteral("-mty-cajero"), QStringLiteral("cashier"), QStringLiteral("MTY"), true, true },
            { prefix + QStringLiteral("-mty-gerente"), QStringLiteral("manager"), QStringLiteral("MTY"), true, true },
            { prefix + QStringLiteral("-mty-baja"), QStringLiteral("mechanic"), QStringLiteral("MTY"), false, false },
            { prefix + QStringLiteral("-gdl-cajero"), QStringLiteral("cashier"), QStringLiteral("GDL"), true, true },
        };
        return fixture;
    }
};

} // namespace nexus::test
