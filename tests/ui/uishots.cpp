// nexus-ui-shots: renders the login screen, the PIN switch and the main window of a throwaway enrolled device
// into PNG files, driving the real widgets. For looking at the UI (run under xvfb-run); not a pass/fail test.
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
    parser.addOptions({outOption, dataOption, langOption});
    parser.process(app);
    const QString out = parser.value(outOption);
    const QString data = parser.value(dataOption);
    if (data.isEmpty() || (QDir(data).exists() && !QDir(data).isEmpty())) {
        std::fputs("--data must name a new or empty folder\n", stderr);
        return 2;
    }
    QDir().mkpath(data);
    QDir().mkpath(out);

    bool ok = DeviceFixture::enroll(data, QStringLiteral("Caja 1"));
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
        ok = ok && DeviceFixture::addUser(data, user);
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
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("usernameEdit")), QStringLiteral("maria"));
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("cja"));
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
    ok = save(login, out, QStringLiteral("login-error.png")) && ok;

    login->showPinMode();
    ok = save(login, out, QStringLiteral("login-pin.png")) && ok;
    login->showPasswordMode();

    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("caja"));
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
    MainWindow *main = pos.mainWindow();
    ok = main && save(main, out, QStringLiteral("main.png")) && ok;

    pos.syncStatus().setState(SyncStatus::State::Offline);
    pos.syncStatus().setPendingCount(3);
    pos.syncStatus().setLastSyncUtc(QDateTime::currentDateTimeUtc().addSecs(-25 * 60));
    ok = save(main, out, QStringLiteral("main-offline.png")) && ok;
    return ok ? 0 : 1;
}
