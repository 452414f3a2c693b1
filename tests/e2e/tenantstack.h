// The server side of a two-counter e2e test: tenant "acme" created with nexus-admin on SQLite files or PostgreSQL,
// the fixture's branches and users written into it (plus what the test seeds), and an enrollment code per branch.
#pragma once

#include "../server/serverprocess.h"
#include "../server/tenantfixture.h"
#include "why.h"

#include "server/serverstoragefactory.h"

#include <functional>

namespace nexus::test {

struct TenantStack
{
    QString data;        // --data of the server and nexus-admin
    QString database;    // '' SQLite files, else the PostgreSQL URL
    QStringList codes;   // one enrollment code per branch asked for, in order
    QString error;       // why it could not be set up ('' when it was)

    [[nodiscard]] QStringList backendArgs() const
    {
        return database.isEmpty() ? QStringList { QStringLiteral("--data"), data }
                                  : QStringList { QStringLiteral("--data"), data, QStringLiteral("--database"), database };
    }
};

// `seed` runs on the tenant's database after the fixture (false: setting up failed).
inline TenantStack createTenantStack(const QString &base, const QString &database, const TenantFixture &fixture,
    const QStringList &branches, const std::function<bool(Database &)> &seed = {})
{
    TenantStack stack { base + QStringLiteral("/server"), database, {}, {} };
    const AdminRun created = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") }
        + stack.backendArgs()
        + QStringList { QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("Acme") });
    if (created.exitCode != 0) {
        stack.error = created.err;
        return stack;
    }
    {
        Result<std::unique_ptr<ServerStorage>> opened = openServerStorage(stack.data, database);
        Result<std::optional<TenantRecord>> tenant
            = opened ? (*opened)->master().tenantBySlug(QStringLiteral("acme"))
                     : Result<std::optional<TenantRecord>>(std::unexpected(opened.error()));
        Result<TenantStore *> store = tenant && *tenant ? (*opened)->tenant(**tenant)
                                                        : Result<TenantStore *>(std::unexpected(Error(
                                                            ErrorCode::NotFound, "no tenant acme")));
        if (!store || !fixture.writeInto((*store)->db()) || (seed && !seed((*store)->db()))) {
            stack.error = QStringLiteral("tenant fixture: ") + QString::fromUtf8(why(store));
            return stack;
        }
    }
    for (const QString &branch : branches) {
        const AdminRun code = runAdmin(QStringList { QStringLiteral("enroll-code") } + stack.backendArgs()
            + QStringList { QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"), branch });
        if (code.exitCode != 0) {
            stack.error = code.err;
            return stack;
        }
        stack.codes.append(code.out.trimmed());
    }
    return stack;
}

} // namespace nexus::test
