// Roles and permissions, password/PIN hashing, login with lockout, PIN switch, manager authorisation, audit trail.
#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "auth/permission.h"
#include "common/idgenerator.h"
#include "mockclock.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>

using namespace nexus;

namespace {
constexpr int kFastIterations = 1000; // tests only: the product uses PasswordHasher::kDefaultIterations

UserRecord makeUser(const QString &username, Role role, const QString &password, const QString &pin = {})
{
    UserRecord record;
    record.user.id = IdGenerator::instance().nextString();
    record.user.username = username;
    record.user.displayName = username.toUpper();
    record.user.role = role;
    record.passwordHash = PasswordHasher::hash(password, kFastIterations);
    if (!pin.isEmpty())
        record.pinHash = PasswordHasher::hash(pin, kFastIterations);
    return record;
}

QStringList actions(AuthService &auth)
{
    QStringList list;
    const QList<AuditEntry> entries = *auth.audit().recent();
    for (const AuditEntry &entry : entries)
        list.prepend(entry.action);
    return list;
}
} // namespace

class TestAuth final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock;

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.file(QStringLiteral("nexus.db")));
        QFile::remove(m_dir.file(QStringLiteral("nexus.db-wal")));
        QFile::remove(m_dir.file(QStringLiteral("nexus.db-shm")));
        m_store = std::move(*LocalStore::open(m_dir.file(QStringLiteral("nexus.db"))));
        UserRepository users(m_store->db());
        QVERIFY(users.upsert(makeUser(QStringLiteral("cajero1"), Role::Cashier, QStringLiteral("secreto"),
                                      QStringLiteral("1234"))).has_value());
        QVERIFY(users.upsert(makeUser(QStringLiteral("gerente"), Role::Manager, QStringLiteral("jefe"),
                                      QStringLiteral("9999"))).has_value());
        UserRecord disabled = makeUser(QStringLiteral("baja"), Role::Cashier, QStringLiteral("x"));
        disabled.user.active = false;
        QVERIFY(users.upsert(disabled).has_value());
    }
    void cleanup() { m_store.reset(); }

    void permissionTable_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("cashier sells") << int(Role::Cashier) << int(Permission::Sell) << true;
        QTest::newRow("cashier no return") << int(Role::Cashier) << int(Permission::ProcessReturn) << false;
        QTest::newRow("cashier no withdrawal") << int(Role::Cashier) << int(Permission::CashWithdrawal) << false;
        QTest::newRow("cashier no price change") << int(Role::Cashier) << int(Permission::ChangePrice) << false;
        QTest::newRow("manager return") << int(Role::Manager) << int(Permission::ProcessReturn) << true;
        QTest::newRow("manager withdrawal") << int(Role::Manager) << int(Permission::CashWithdrawal) << true;
        QTest::newRow("manager not all branches") << int(Role::Manager) << int(Permission::ViewAllBranches) << false;
        QTest::newRow("mechanic works orders") << int(Role::Mechanic) << int(Permission::WorkServiceOrders) << true;
        QTest::newRow("mechanic cannot sell") << int(Role::Mechanic) << int(Permission::Sell) << false;
        QTest::newRow("mechanic asks a transfer for an order")
            << int(Role::Mechanic) << int(Permission::RequestTransferForServiceOrder) << true;
        QTest::newRow("mechanic no general transfer") << int(Role::Mechanic) << int(Permission::RequestTransfer) << false;
        QTest::newRow("cashier asks a transfer for an order")
            << int(Role::Cashier) << int(Permission::RequestTransferForServiceOrder) << true;
        QTest::newRow("hq no transfer for an order")
            << int(Role::Hq) << int(Permission::RequestTransferForServiceOrder) << false;
        QTest::newRow("hq sees all") << int(Role::Hq) << int(Permission::ViewAllBranches) << true;
        QTest::newRow("hq does not sell") << int(Role::Hq) << int(Permission::Sell) << false;
        QTest::newRow("admin everything") << int(Role::Admin) << int(Permission::ManageUsers) << true;
    }
    void permissionTable()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        QCOMPARE(roleHas(Role(role), Permission(permission)), allowed);
        const Status status = checkPermission(Role(role), Permission(permission));
        QCOMPARE(status.has_value(), allowed);
        if (!allowed)
            QCOMPARE(status.error().code(), ErrorCode::PermissionDenied);
    }

    void discountLimit()
    {
        QVERIFY(checkDiscount(Role::Cashier, 100'000).has_value());   // 10 %
        QVERIFY(!checkDiscount(Role::Cashier, 100'001).has_value());  // just above
        QVERIFY(checkDiscount(Role::Manager, 500'000).has_value());
        const Status bad = checkDiscount(Role::Manager, 1'500'000);
        QCOMPARE(bad.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(bad.error().field(), QStringLiteral("discount"));
    }

    void hashing()
    {
        const QString stored = PasswordHasher::hash(QStringLiteral("contraseña"), kFastIterations);
        QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("contraseña"), stored));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("contrasena"), stored));
        QVERIFY(PasswordHasher::hash(QStringLiteral("a"), kFastIterations)
                != PasswordHasher::hash(QStringLiteral("a"), kFastIterations)); // random salt
        QCOMPARE(PasswordHasher::hashWithSalt(QStringLiteral("a"), "salt", kFastIterations),
                 PasswordHasher::hashWithSalt(QStringLiteral("a"), "salt", kFastIterations));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("a"), QStringLiteral("plain")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("a"), QStringLiteral("pbkdf2-sha256$0$AA==$AA==")));
        // RFC 7914 §11 / well-known PBKDF2-HMAC-SHA256 vector: P="passwd", S="salt", c=1, dkLen=32 (first 32 bytes).
        QCOMPARE(PasswordHasher::hashWithSalt(QStringLiteral("passwd"), "salt", 1).section(QLatin1Char('$'), 3),
                 QString::fromLatin1(QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc")
                                         .toBase64()));
    }

    void loginSuccessAndAudit()
    {
        AuthService auth(m_store->db(), m_clock, QStringLiteral("dev-1"));
        const Result<User> user = auth.login(QStringLiteral("  CAJERO1 "), QStringLiteral("secreto"));
        QVERIFY2(user.has_value(), test::why(user).constData());
        QCOMPARE(user->role, Role::Cashier);
        QCOMPARE(auth.currentUser()->username, QStringLiteral("cajero1"));
        const AuditEntry last = auth.audit().recent(1)->first();
        QCOMPARE(last.action, QStringLiteral("login"));
        QCOMPARE(last.deviceId, QStringLiteral("dev-1"));
        QCOMPARE(last.userId, user->id);
    }

    void loginFailuresSaySameThing()
    {
        AuthService auth(m_store->db(), m_clock, QStringLiteral("dev-1"));
        const Result<User> wrongPassword = auth.login(QStringLiteral("cajero1"), QStringLiteral("nope"));
        const Result<User> unknownUser = auth.login(QStringLiteral("fantasma"), QStringLiteral("nope"));
        QCOMPARE(wrongPassword.error().code(), ErrorCode::Unauthenticated);
        QCOMPARE(wrongPassword.error().logMessage(), unknownUser.error().logMessage());
        QVERIFY(!auth.currentUser().has_value());
        const Result<User> empty = auth.login(QStringLiteral("cajero1"), QString());
        QCOMPARE(empty.error().field(), QStringLiteral("password"));
        const Result<User> disabled = auth.login(QStringLiteral("baja"), QStringLiteral("x"));
        QCOMPARE(disabled.error().code(), ErrorCode::Unauthenticated);
        const QStringList recorded = actions(auth);
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(recorded.count(QStringLiteral("login_failed")), 3);
    }

    void lockoutAfterFiveFailuresThenExpires()
    {
        AuthService auth(m_store->db(), m_clock, QStringLiteral("dev-1"));
        for (int i = 0; i < AuthService::kMaxFailedAttempts; ++i) {
            QVERIFY(!auth.login(QStringLiteral("cajero1"), QStringLiteral("bad")).has_value());
            m_clock.advanceMs(1000);
        }
        const Result<User> locked = auth.login(QStringLiteral("cajero1"), QStringLiteral("secreto"));
        QVERIFY(!locked.has_value());
        QVERIFY(locked.error().logMessage().contains(QStringLiteral("Too many failed attempts")));
        m_clock.advanceMs(qint64(AuthService::kLockoutMinutes) * 60'000 + 1000);
        QVERIFY(auth.login(QStringLiteral("cajero1"), QStringLiteral("secreto")).has_value());
        // A success resets the count: one more failure does not lock again.
        QVERIFY(!auth.login(QStringLiteral("cajero1"), QStringLiteral("bad")).has_value());
        QVERIFY(auth.login(QStringLiteral("cajero1"), QStringLiteral("secreto")).has_value());
    }

    void pinSwitch()
    {
        AuthService auth(m_store->db(), m_clock, QStringLiteral("dev-1"));
        QVERIFY(auth.login(QStringLiteral("cajero1"), QStringLiteral("secreto")).has_value());
        QVERIFY(!auth.switchUser(QStringLiteral("gerente"), QStringLiteral("0000")).has_value());
        QCOMPARE(auth.currentUser()->username, QStringLiteral("cajero1")); // unchanged after a wrong PIN
        QVERIFY(auth.switchUser(QStringLiteral("gerente"), QStringLiteral("9999")).has_value());
        QCOMPARE(auth.currentUser()->role, Role::Manager);
        QCOMPARE(auth.audit().recent(1)->first().action, QStringLiteral("pin_switch"));
        // The password is not a PIN and vice versa.
        QVERIFY(!auth.switchUser(QStringLiteral("cajero1"), QStringLiteral("secreto")).has_value());
        QVERIFY(!auth.login(QStringLiteral("cajero1"), QStringLiteral("1234")).has_value());
    }

    void requireAndManagerOverride()
    {
        AuthService auth(m_store->db(), m_clock, QStringLiteral("dev-1"));
        QCOMPARE(auth.require(Permission::Sell).error().code(), ErrorCode::Unauthenticated);
        QVERIFY(auth.login(QStringLiteral("cajero1"), QStringLiteral("secreto")).has_value());
        QVERIFY(auth.require(Permission::Sell).has_value());
        const Status denied = auth.require(Permission::ProcessReturn, QStringLiteral("ticket A-17"));
        QCOMPARE(denied.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(auth.audit().recent(1)->first().action, QStringLiteral("permission_denied"));
        QCOMPARE(auth.audit().recent(1)->first().subject, QStringLiteral("ticket A-17"));
        // A cashier's PIN does not authorise; the manager's does, and it is recorded on the cashier's behalf.
        QVERIFY(!auth.authorizeWithManager(Permission::ProcessReturn, QStringLiteral("cajero1"), QStringLiteral("1234"))
                     .has_value());
        QVERIFY(auth.authorizeWithManager(Permission::ProcessReturn, QStringLiteral("gerente"), QStringLiteral("9999"),
                                          QStringLiteral("ticket A-17")).has_value());
        const AuditEntry last = auth.audit().recent(1)->first();
        QCOMPARE(last.action, QStringLiteral("manager_authorized"));
        QVERIFY(last.details.contains(auth.currentUser()->id));
        QCOMPARE(auth.currentUser()->username, QStringLiteral("cajero1")); // the session stays the cashier's
        auth.logout();
        QVERIFY(!auth.currentUser().has_value());
        QCOMPARE(auth.audit().recent(1)->first().action, QStringLiteral("logout"));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "testauth.moc"
