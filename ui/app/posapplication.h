// The desktop client's flow: open nexus.db, enrol the device if needed, log in, run the main window, log out.
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

#include "app/posoptions.h"
#include "auth/user.h"
#include "client/syncstatus.h"
#include "store/deviceidentity.h"

class QProgressDialog;
class QWidget;

namespace nexus {

class AuthService;
class BootstrapWorker;
class DailyNoticeRunner;
class EnrollmentWindow;
class LanguageManager;
class LocalStore;
class WalCheckpointer;
class LoginWindow;
class MainWindow;
class ServerMonitor;
class SyncEngineRunner;
struct EnrollmentRequest;

class PosApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PosApplication)

public:
    // Exit codes of nexus-pos.
    static constexpr int kExitStoreRefused = 2; // nexus.db could not be opened (schema too new, tampered, I/O)
    static constexpr int kExitScreenshotFailed = 3;

    PosApplication(PosOptions options, LanguageManager &languages, QObject *parent = nullptr);
    ~PosApplication() override;

    [[nodiscard]] static QString version();

    // Opens the store and shows the first window. An exit code means "stop now"; nullopt: run the event loop.
    [[nodiscard]] std::optional<int> start();

    [[nodiscard]] SyncStatus &syncStatus() { return m_syncStatus; }
    [[nodiscard]] LocalStore *store() const { return m_store.get(); }
    [[nodiscard]] AuthService *auth() const { return m_auth.get(); }
    [[nodiscard]] const DeviceIdentity &device() const { return m_device; }
    [[nodiscard]] EnrollmentWindow *enrollmentWindow() const;
    [[nodiscard]] LoginWindow *loginWindow() const;
    [[nodiscard]] MainWindow *mainWindow() const;

private:
    [[nodiscard]] std::optional<int> refuse(const QString &what, const QString &why);
    void applyStoredLanguage();
    void showEnrollment(const EnrollmentRequest &prefill, const QString &error);
    [[nodiscard]] std::optional<int> startSession();
    void startCatalogBootstrap();
    void startSyncEngine();
    void showLogin();
    void showMain(const User &user);
    void afterLogout();
    void present(QWidget *window, bool fullSize);
    void takeScreenshot(QWidget *window);

    PosOptions m_options;
    LanguageManager &m_languages;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // copies m_store's WAL on its own thread, off the sales' commits
    std::unique_ptr<AuthService> m_auth;
    // warranty_expiring and maintenance_due once a day on its own thread and connection, whoever is signed in
    std::unique_ptr<DailyNoticeRunner> m_dailyNotices;
    SyncStatus m_syncStatus;
    std::unique_ptr<ServerMonitor> m_monitor; // after m_syncStatus: stops before the status it writes goes away
    std::unique_ptr<SyncEngineRunner> m_sync; // outbox push on its own thread; also after m_syncStatus
    DeviceIdentity m_device;
    std::unique_ptr<BootstrapWorker> m_bootstrap; // catalogue download on its own thread (first start, new generation)
    QPointer<QProgressDialog> m_bootstrapDialog;
    QPointer<EnrollmentWindow> m_enrollment;
    QPointer<LoginWindow> m_login;
    QPointer<MainWindow> m_main;
    bool m_screenshotScheduled = false;
    int m_exitCodeAfterScreenshot = 0;
};

} // namespace nexus
