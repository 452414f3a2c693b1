// Runs the real PosApplication on a test device folder and finds its widgets by object name.
#pragma once

#include "app/languagemanager.h"
#include "app/posapplication.h"
#include "app/theme.h"
#include "login/loginwindow.h"
#include "main/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace nexus::test {

// One-time set-up shared by the UI test executables (call from initTestCase).
inline void initUiTests()
{
    QCoreApplication::setOrganizationName(QStringLiteral("nexus-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("nexus-pos-tests"));
    Theme::apply(*qApp);
}

class UiSession final
{
public:
    explicit UiSession(const QString &dataDir, const QString &language = {})
    {
        m_languages.setLanguage(language.isEmpty() ? LanguageManager::kDefaultLanguage : language);
        PosOptions options;
        options.dataDir = dataDir;
        options.language = language;
        options.watchServer = false; // the tests set SyncStatus themselves; no probe may race them
        m_pos = std::make_unique<PosApplication>(options, m_languages);
    }

    [[nodiscard]] std::optional<int> start() { return m_pos->start(); }
    [[nodiscard]] PosApplication &pos() { return *m_pos; }
    [[nodiscard]] LanguageManager &languages() { return m_languages; }
    [[nodiscard]] LoginWindow *login() { return m_pos->loginWindow(); }
    [[nodiscard]] MainWindow *main() { return m_pos->mainWindow(); }

    template <typename T>
    [[nodiscard]] T *loginChild(const char *name)
    {
        return login() ? login()->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    template <typename T>
    [[nodiscard]] T *mainChild(const char *name)
    {
        return main() ? main()->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }

    // Types into the real fields and clicks the real button, as a cashier would.
    void signIn(const QString &username, const QString &password)
    {
        auto *user = loginChild<QLineEdit>("usernameEdit");
        auto *pass = loginChild<QLineEdit>("passwordEdit");
        auto *button = loginChild<QPushButton>("loginButton");
        QVERIFY(user && pass && button);
        user->clear();
        QTest::keyClicks(user, username);
        QTest::keyClicks(pass, password);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Starts the client, signs in and waits for the main window to be shown and active: the main window, or nullptr
    // when any step failed.
    [[nodiscard]] MainWindow *signInAndWait(const QString &username, const QString &password)
    {
        if (start().has_value())
            return nullptr;
        signIn(username, password);
        if (!QTest::qWaitFor([this] { return main() && main()->isVisible(); })
            || !QTest::qWaitForWindowActive(main()))
            return nullptr;
        return main();
    }

    // The same, then gives the main window the counter's 1366×768 screen.
    [[nodiscard]] MainWindow *signInAtCounter(const QString &username, const QString &password)
    {
        MainWindow *window = signInAndWait(username, password);
        if (window)
            window->resize(1366, 768);
        return window;
    }

private:
    LanguageManager m_languages; // declared first: outlives the application that uses it
    std::unique_ptr<PosApplication> m_pos;
};

} // namespace nexus::test
