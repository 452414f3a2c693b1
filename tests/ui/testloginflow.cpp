// Login screen against a real nexus.db: errors, lockout, Enter key, PIN quick switch and logout.
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"

#include "auth/authservice.h"
#include "login/pinswitchpanel.h"

#include <QLabel>
#include <QListWidget>

using namespace nexus;
using namespace nexus::test;

class TestLoginFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTests(); }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(DeviceFixture::enroll(m_dir->path()));
        QVERIFY(DeviceFixture::addUser(m_dir->path(), {QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier,
                                               QStringLiteral("Mostrador#2026"), QStringLiteral("4821")}));
        QVERIFY(DeviceFixture::addUser(m_dir->path(), {QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"),
                                               Role::Manager, QStringLiteral("Gerencia#2026"), QStringLiteral("1357")}));
        // Another branch's cashier must not appear in this branch's PIN list.
        QVERIFY(DeviceFixture::addUser(m_dir->path(), {QStringLiteral("otra"), QStringLiteral("Otra Sucursal"), Role::Cashier,
                                               QStringLiteral("x"), QStringLiteral("1111"),
                                               QStringLiteral("branch-norte")}));
    }

    void cleanup() { m_dir.reset(); }

    void loginScreenShowsBranchAndStartsInUsername()
    {
        UiSession session(m_dir->path());
        QVERIFY(!session.start().has_value());
        QVERIFY(session.login());
        QVERIFY(QTest::qWaitForWindowExposed(session.login()));
        QVERIFY(!session.main());
        // The branch name of this device is on the login screen.
        bool branchShown = false;
        for (const QLabel *label : session.login()->findChildren<QLabel *>())
            branchShown = branchShown || label->text() == DeviceFixture::kBranchName;
        QVERIFY(branchShown);
        QTRY_COMPARE(QApplication::focusWidget(), session.loginChild<QLineEdit>("usernameEdit"));
        // Spanish by default.
        QCOMPARE(session.loginChild<QPushButton>("loginButton")->text(), QStringLiteral("Entrar"));
    }

    void wrongPasswordShowsErrorAndStaysOnLogin()
    {
        UiSession session(m_dir->path());
        QVERIFY(!session.start().has_value());
        session.signIn(QStringLiteral("maria"), QStringLiteral("equivocada"));
        auto *error = session.loginChild<QLabel>("loginError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QString::fromUtf8("Usuario o contraseña incorrectos"));
        QVERIFY(!session.main());
        QVERIFY(session.login()->isVisible());
        QVERIFY(session.loginChild<QLineEdit>("passwordEdit")->text().isEmpty());
        QCOMPARE(session.loginChild<QLineEdit>("usernameEdit")->text(), QStringLiteral("maria"));
    }

    void emptyPasswordIsNamed()
    {
        UiSession session(m_dir->path());
        QVERIFY(!session.start().has_value());
        session.signIn(QStringLiteral("maria"), QString());
        QCOMPARE(session.loginChild<QLabel>("loginError")->text(), QStringLiteral("Escribe tu contraseña"));
    }

    void rightPasswordOpensMainWindowWithUserName()
    {
        UiSession session(m_dir->path());
        QVERIFY(!session.start().has_value());
        session.signIn(QStringLiteral("maria"), QStringLiteral("Mostrador#2026"));
        QVERIFY(session.main());
        QVERIFY(QTest::qWaitForWindowExposed(session.main()));
        QCOMPARE(session.mainChild<QLabel>("headerUserName")->text(), QString::fromUtf8("María López"));
        QCOMPARE(session.mainChild<QLabel>("headerUserRole")->text(), QStringLiteral("Cajero"));
        QVERIFY(!session.login()->isVisible());
        QCOMPARE(session.pos().auth()->currentUser()->username, QStringLiteral("maria"));
    }

    void enterKeySubmits()
    {
        UiSession session(m_dir->path());
        QVERIFY(!session.start().has_value());
        auto *user = session.loginChild<QLineEdit>("usernameEdit");
        auto *pass = session.loginChild<QLineEdit>("passwordEdit");
        QTest::keyClicks(user, QStringLiteral("jorge"));
        QTest::keyClick(user, Qt::Key_Return); // moves on to the password
        QVERIFY(!session.main());
        QTest::keyClicks(pass, QStringLiteral("Gerencia#2026"));
        QTest::keyClick(pass, Qt::Key_Return);
        QVERIFY(session.main());
        QCOMPARE(session.mainChild<QLabel>("headerUserName")->text(), QString::fromUtf8("Jorge Ramírez"));
    }

    void lockoutAfterRepeatedFailures()
    {
        UiSession session(m_dir->path());
        QVERIFY(!session.start().has_value());
        for (int attempt = 0; attempt < AuthService::kMaxFailedAttempts; ++attempt)
            session.signIn(QStringLiteral("maria"), QStringLiteral("mal%1").arg(attempt));
        // Even the right password is refused now, with the lockout message.
        session.signIn(QStringLiteral("maria"), QStringLiteral("Mostrador#2026"));
        QVERIFY(!session.main());
        const QString message = session.loginChild<QLabel>("loginError")->text();
        QVERIFY2(message.contains(QStringLiteral("Demasiados intentos")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("maria")), qPrintable(message));
    }

    void pinQuickSwitchFromLoginScreen()
    {
        UiSession session(m_dir->path());
        QVERIFY(!session.start().has_value());
        QTest::mouseClick(session.loginChild<QPushButton>("pinModeButton"), Qt::LeftButton);
        QVERIFY(session.login()->isPinMode());
        auto *list = session.loginChild<QListWidget>("pinUserList");
        QVERIFY(list->isVisible());
        // Only this branch's users with a PIN, sorted by name.
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QString::fromUtf8("Jorge Ramírez")));
        QVERIFY(list->item(1)->text().startsWith(QString::fromUtf8("María López")));

        // No user chosen yet.
        QTest::mouseClick(session.loginChild<QPushButton>("pinSubmit"), Qt::LeftButton);
        QVERIFY(session.loginChild<QLabel>("pinError")->isVisible());

        list->setCurrentRow(1);
        for (const char *key : {"pinKey4", "pinKey8", "pinKey2", "pinKey2"}) // wrong: 4822
            QTest::mouseClick(session.loginChild<QPushButton>(key), Qt::LeftButton);
        QTest::mouseClick(session.loginChild<QPushButton>("pinSubmit"), Qt::LeftButton);
        QVERIFY(!session.main());
        QCOMPARE(session.loginChild<QLabel>("pinError")->text(), QStringLiteral("Usuario o PIN incorrectos"));
        QVERIFY(session.loginChild<QLineEdit>("pinEdit")->text().isEmpty());

        for (const char *key : {"pinKey4", "pinKey8", "pinKey2", "pinKey2", "pinBackspace", "pinKey1"})
            QTest::mouseClick(session.loginChild<QPushButton>(key), Qt::LeftButton);
        QCOMPARE(session.loginChild<QLineEdit>("pinEdit")->text(), QStringLiteral("4821"));
        QTest::mouseClick(session.loginChild<QPushButton>("pinSubmit"), Qt::LeftButton);
        QVERIFY(session.main());
        QCOMPARE(session.mainChild<QLabel>("headerUserName")->text(), QString::fromUtf8("María López"));
    }

    void pinPanelBackToPassword()
    {
        UiSession session(m_dir->path());
        QVERIFY(!session.start().has_value());
        QTest::mouseClick(session.loginChild<QPushButton>("pinModeButton"), Qt::LeftButton);
        QVERIFY(session.login()->isPinMode());
        QTest::mouseClick(session.loginChild<QPushButton>("pinCancelButton"), Qt::LeftButton);
        QVERIFY(!session.login()->isPinMode());
    }

    void logoutReturnsToCleanLogin()
    {
        UiSession session(m_dir->path());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("Mostrador#2026")));
        QTest::mouseClick(session.mainChild<QPushButton>("logoutButton"), Qt::LeftButton);
        QVERIFY(session.login()->isVisible());
        QVERIFY(!session.pos().auth()->currentUser().has_value());
        QVERIFY(session.loginChild<QLineEdit>("passwordEdit")->text().isEmpty());
        QTRY_VERIFY(!session.main()); // deleted once control returns to the event loop
        // Login and logout are in the audit log.
        Result<QList<AuditEntry>> audit = session.pos().auth()->audit().recent(10);
        QVERIFY(audit.has_value());
        QStringList actions;
        for (const AuditEntry &entry : *audit)
            actions << entry.action;
        QVERIFY2(actions.contains(QStringLiteral("login")) && actions.contains(QStringLiteral("logout")),
                 qPrintable(actions.join(QLatin1Char(','))));
    }

private:
    std::unique_ptr<TempDir> m_dir;
};

QTEST_MAIN(TestLoginFlow)
#include "testloginflow.moc"
