// Start-up paths of nexus-pos: refused databases, a device that is not enrolled yet, and the --screenshot mode.
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"

#include "client/enrollment.h"
#include "client/syncstatus.h"
#include "enroll/enrollmentwindow.h"
#include "store/database.h"

#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

using namespace nexus;
using namespace nexus::test;

class TestPosStartup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTests(); }

    void refusedDatabaseShowsTheReasonAndExits_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expectedStart");
        QTest::addColumn<QString>("expectedDetail");
        QTest::addColumn<QString>("versionCheck"); // a query whose answer must not change
        QTest::newRow("schema too new") << QStringLiteral("PRAGMA user_version = 999")
                                        << QStringLiteral("La base de datos") << QStringLiteral("999")
                                        << QStringLiteral("PRAGMA user_version");
        QTest::newRow("migration edited") << QStringLiteral("UPDATE schema_migrations SET checksum = 'edited' "
                                                            "WHERE version = 1")
                                          << QString::fromUtf8("La migración 1") << QString::fromUtf8("no se modificó")
                                          << QStringLiteral("SELECT checksum FROM schema_migrations WHERE version = 1");
    }

    void refusedDatabaseShowsTheReasonAndExits()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expectedStart);
        QFETCH(QString, expectedDetail);
        QFETCH(QString, versionCheck);
        TempDir dir;
        QVERIFY(DeviceFixture::enroll(dir.path()));
        const QString path = QDir(dir.path()).filePath(QStringLiteral("nexus.db"));
        QVariant before;
        {
            Result<std::unique_ptr<Database>> db = Database::open(path, Durability::Full, QStringLiteral("bump"));
            QVERIFY(db.has_value());
            QVERIFY((*db)->execScript(damage).has_value());
            before = *(*db)->scalar(versionCheck);
        }
        UiSession session(dir.path());
        QString shownText;
        QTimer::singleShot(0, qApp, [&shownText] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            shownText = box->informativeText();
            box->close();
        });
        const std::optional<int> exitCode = session.start();
        QCOMPARE(exitCode, std::optional<int>(PosApplication::kExitStoreRefused));
        QVERIFY2(shownText.contains(path), qPrintable(shownText));
        // The core's own message, in Spanish.
        QVERIFY2(shownText.startsWith(expectedStart), qPrintable(shownText));
        QVERIFY2(shownText.contains(expectedDetail), qPrintable(shownText));
        QVERIFY(!session.login());
        // Left untouched.
        Result<std::unique_ptr<Database>> db = Database::open(path, Durability::Full, QStringLiteral("check"));
        QVERIFY(db.has_value());
        QCOMPARE(*(*db)->scalar(versionCheck), before);
    }

    void newDeviceShowsEnrollmentForm()
    {
        TempDir dir;
        UiSession session(dir.path());
        QVERIFY(!session.start().has_value());
        QVERIFY(!session.login());
        EnrollmentWindow *window = session.pos().enrollmentWindow();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        // Empty fields are named before anything goes to the network.
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("enrollButton")), Qt::LeftButton);
        auto *error = window->findChild<QLabel *>(QStringLiteral("enrollError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QString::fromUtf8("Escribe la dirección del servidor."));
    }

    void failedUnattendedEnrollmentFallsBackToTheFilledForm()
    {
        TempDir dir;
        LanguageManager languages;
        languages.setLanguage(LanguageManager::kDefaultLanguage);
        PosOptions options;
        options.dataDir = dir.path();
        options.serverUrl = QStringLiteral("https://127.0.0.1:9"); // discard port: nothing listens
        options.enrollCode = QStringLiteral("ABCD-1234");
        PosApplication pos(options, languages);
        QVERIFY(!pos.start().has_value());
        EnrollmentWindow *window = pos.enrollmentWindow();
        QVERIFY(window);
        QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))->text(), options.serverUrl);
        QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("enrollCodeEdit"))->text(), options.enrollCode);
        auto *error = window->findChild<QLabel *>(QStringLiteral("enrollError"));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!isEnrolled(*pos.store()));
    }

    void unreachableServerShowsOfflineInTheStatusBar()
    {
        TempDir dir;
        QVERIFY(DeviceFixture::enroll(dir.path())); // server_url on the discard port: nothing answers
        QVERIFY(DeviceFixture::addUser(dir.path(), {QStringLiteral("maria"), QString::fromUtf8("María López"),
                                                    Role::Cashier, QStringLiteral("caja"), {}}));
        LanguageManager languages;
        languages.setLanguage(LanguageManager::kDefaultLanguage);
        PosOptions options;
        options.dataDir = dir.path();
        PosApplication pos(options, languages); // watches the server, as in production
        QVERIFY(!pos.start().has_value());
        QTest::keyClicks(pos.loginWindow()->findChild<QLineEdit *>(QStringLiteral("usernameEdit")),
                         QStringLiteral("maria"));
        QTest::keyClicks(pos.loginWindow()->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("caja"));
        QTest::mouseClick(pos.loginWindow()->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
        QVERIFY(pos.mainWindow());
        auto *state = pos.mainWindow()->findChild<QLabel *>(QStringLiteral("syncStateLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(pos.syncStatus().state(), SyncStatus::State::Offline, 20000);
        QCOMPARE(state->text(), QString::fromUtf8("Sin conexión — las ventas se guardan en este equipo"));
        QVERIFY(!state->toolTip().isEmpty()); // names the server it tried
    }

    void screenshotOptionWritesThePng()
    {
        TempDir dir;
        QVERIFY(DeviceFixture::enroll(dir.path()));
        const QString png = dir.file(QStringLiteral("login.png"));
        QProcess process;
        process.start(qEnvironmentVariable("NEXUS_BIN_DIR") + QStringLiteral("/nexus-pos"),
                      {QStringLiteral("--data"), dir.path(), QStringLiteral("--screenshot"), png});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 640 && image.height() >= 480, qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        // Not a blank frame: the dark brand panel and the light form side are both there.
        QVERIFY(qGray(image.pixel(10, image.height() / 2)) < 80);
        QVERIFY(qGray(image.pixel(image.width() - 10, image.height() / 2)) > 200);
    }

private:
};

QTEST_MAIN(TestPosStartup)
#include "testposstartup.moc"
