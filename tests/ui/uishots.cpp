// nexus-ui-shots: renders the login screen, the PIN switch and the main window into PNG files, driving the real
// widgets, either on a throwaway enrolled device it creates or on an existing device folder (--user/--password,
// e.g. one enrolled by installer/run-demo-stack.sh). For looking at the UI under xvfb-run; not a pass/fail test.
#include "uifixture.h"

#include "app/languagemanager.h"
#include "app/posapplication.h"
#include "app/theme.h"
#include "client/syncstatus.h"
#include "login/loginwindow.h"
#include "main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <cstdio>

using namespace nexus;
using namespace nexus::test;

namespace {

bool save(QWidget *window, const QString &dir, const QString &name)
{
    QTest::qWait(400); // let deferred layouts and the first paint happen
    const QString path = QDir(dir).filePath(name);
    const bool saved = window->grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("nexus"));
    QCoreApplication::setApplicationName(QStringLiteral("nexus-pos"));
    QCoreApplication::setApplicationVersion(PosApplication::version());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Nexus POS"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("dir"), QStringLiteral("."));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Empty folder for the device."),
                                        QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("es_MX or en."), QStringLiteral("code"),
                                        QStringLiteral("es_MX"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Sign in as this user of an existing --data folder."),
                                        QStringLiteral("name"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Their password."),
                                            QStringLiteral("secret"));
    parser.addOptions({outOption, dataOption, langOption, userOption, passwordOption});
    parser.process(app);
    const QString out = parser.value(outOption);
    const QString data = parser.value(dataOption);
    const bool existing = parser.isSet(userOption);
    if (data.isEmpty() || (!existing && QDir(data).exists() && !QDir(data).isEmpty())) {
        std::fputs("--data must name a new or empty folder (or pass --user/--password for an existing device)\n",
                   stderr);
        return 2;
    }
    QDir().mkpath(data);
    QDir().mkpath(out);
    const QString username = existing ? parser.value(userOption) : QStringLiteral("maria");
    const QString password = existing ? parser.value(passwordOption) : QStringLiteral("caja");

    bool ok = existing || DeviceFixture::enroll(data, QStringLiteral("Caja 1"));
    const QList<FixtureUser> staff{
        {QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
         QStringLiteral("4821")},
        {QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"), Role::Manager, QStringLiteral("gerencia"),
         QStringLiteral("1357")},
        {QStringLiteral("pedro"), QStringLiteral("Pedro Castillo"), Role::Mechanic, QStringLiteral("taller"),
         QStringLiteral("2468")},
        {QStringLiteral("lucia"), QString::fromUtf8("Lucía Hernández"), Role::Cashier, QStringLiteral("caja2"),
         QStringLiteral("9753")},
    };
    for (const FixtureUser &user : staff)
        ok = ok && (existing || DeviceFixture::addUser(data, user));
    if (!ok)
        return 1;

    LanguageManager languages;
    languages.setLanguage(parser.value(langOption));
    Theme::apply(app);
    PosOptions options;
    options.dataDir = data;
    options.language = parser.value(langOption);
    PosApplication pos(options, languages);
    if (std::optional<int> stop = pos.start())
        return *stop;

    LoginWindow *login = pos.loginWindow();
    ok = login && save(login, out, QStringLiteral("login.png"));

    // Error state, as a person sees it after a typo.
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("usernameEdit")), username);
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password + QStringLiteral("x"));
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
    ok = save(login, out, QStringLiteral("login-error.png")) && ok;

    login->showPinMode();
    ok = save(login, out, QStringLiteral("login-pin.png")) && ok;
    login->showPasswordMode();

    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
    MainWindow *main = pos.mainWindow();
    if (!main)
        return 1;
    QTest::qWait(existing ? 2000 : 0); // a real server: let the first health probe answer
    ok = save(main, out, QStringLiteral("main.png")) && ok;
    if (existing)
        return ok ? 0 : 1; // do not play with the real device's status

    pos.syncStatus().setState(SyncStatus::State::Offline);
    pos.syncStatus().setPendingCount(3);
    pos.syncStatus().setLastSyncUtc(QDateTime::currentDateTimeUtc().addSecs(-25 * 60));
    ok = save(main, out, QStringLiteral("main-offline.png")) && ok;
    return ok ? 0 : 1;
}
