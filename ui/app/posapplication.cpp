// Flow of nexus-pos. Windows are shown full size: a counter PC runs the POS and nothing else.
#include "app/posapplication.h"

#include "app/languagemanager.h"
#include "app/uilogging.h"
#include "auth/authservice.h"
#include "client/bootstrapworker.h"
#include "client/enrollment.h"
#include "client/servermonitor.h"
#include "client/syncenginerunner.h"
#include "common/clock.h"
#include "enroll/enrollmentwindow.h"
#include "inventory/inventoryscreen.h"
#include "login/loginwindow.h"
#include "main/mainwindow.h"
#include "notifications/dailynoticerunner.h"
#include "sale/salescreen.h"
#include "workshop/workshopscreen.h"
#include "store/counterstore.h"
#include "store/localstore.h"
#include "store/walcheckpointer.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSysInfo>
#include <QTimer>

namespace nexus {

namespace {
// Long enough for the first paint and the deferred focus/layout passes of a freshly shown window.
constexpr int kScreenshotDelayMs = 600;
} // namespace

PosApplication::PosApplication(PosOptions options, LanguageManager &languages, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_languages(languages)
{
    // Quitting with someone signed in still leaves a "logout" line in the audit log.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (m_auth && m_auth->currentUser())
            m_auth->logout();
    });
}

PosApplication::~PosApplication()
{
    m_bootstrap.reset(); // cancels a download in flight (it resumes at the next start)
    delete m_bootstrapDialog.data();
    m_sync.reset();
    m_monitor.reset();
    // Windows hold references to the AuthService and SyncStatus: they go first.
    delete m_main.data();
    delete m_login.data();
    delete m_enrollment.data();
}

QString PosApplication::version()
{
    return QStringLiteral(NEXUS_VERSION);
}

EnrollmentWindow *PosApplication::enrollmentWindow() const
{
    return m_enrollment;
}

LoginWindow *PosApplication::loginWindow() const
{
    return m_login;
}

MainWindow *PosApplication::mainWindow() const
{
    return m_main;
}

std::optional<int> PosApplication::start()
{
    const QString dataDir = m_options.dataDir;
    if (!QDir().mkpath(dataDir))
        return refuse(dataDir, tr("The data folder %1 cannot be created.").arg(QDir::toNativeSeparators(dataDir)));
    const QString path = QDir(dataDir).filePath(QStringLiteral("nexus.db"));
    // The selling connection keeps the folio witness: a nexus.db restored from an old backup moves its ticket and Z
    // numbers past everything this counter printed before the first sale.
    Result<std::unique_ptr<LocalStore>> store = openCounterStore(path, Clock::system());
    if (!store) {
        qCCritical(lcUi) << "cannot open" << path << store.error().logMessage();
        return refuse(path, store.error().message());
    }
    m_store = std::move(*store);
    m_checkpointer = std::make_unique<WalCheckpointer>(path);
    m_checkpointer->start();
    applyStoredLanguage();
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        if (Status saved = m_store->setSetting(QStringLiteral("language"), code); !saved)
            qCWarning(lcUi) << "language not saved:" << saved.error().logMessage();
    });

    if (isEnrolled(*m_store))
        return startSession();

    EnrollmentRequest request;
    request.serverUrl = m_options.serverUrl;
    request.code = m_options.enrollCode;
    request.caFile = m_options.caFile;
    request.deviceName = QSysInfo::machineHostName();
    if (request.serverUrl.isEmpty() || request.code.isEmpty()) {
        showEnrollment(request, {});
        return std::nullopt;
    }
    qCInfo(lcUi) << "enrolling unattended with" << request.serverUrl;
    Result<EnrollmentResult> enrolled = enrollDevice(*m_store, request);
    if (!enrolled) {
        // Fall back to the form, filled in, with the reason: someone at the counter can fix the URL or code.
        qCWarning(lcUi) << "unattended enrollment failed:" << enrolled.error().logMessage();
        showEnrollment(request, enrolled.error().message());
        return std::nullopt;
    }
    return startSession();
}

std::optional<int> PosApplication::refuse(const QString &what, const QString &why)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Nexus POS cannot start"),
                                tr("The data of this computer cannot be opened."), QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("storeErrorBox"));
    // Core messages usually name the file already; otherwise say which one.
    const QString where = why.contains(what) ? QString() : QStringLiteral("\n\n") + QDir::toNativeSeparators(what);
    box->setInformativeText(why + where + QStringLiteral("\n\n")
                            + tr("Nothing was changed. Ask for support before replacing or deleting this file."));
    if (!m_options.screenshotPath.isEmpty()) {
        m_exitCodeAfterScreenshot = kExitStoreRefused;
        present(box, false);
        return std::nullopt;
    }
    box->exec();
    return kExitStoreRefused;
}

void PosApplication::applyStoredLanguage()
{
    if (!m_options.language.isEmpty())
        return; // --lang wins over the device setting
    Result<QString> stored = m_store->setting(QStringLiteral("language"));
    if (stored && !stored->isEmpty())
        m_languages.setLanguage(*stored);
}

void PosApplication::showEnrollment(const EnrollmentRequest &prefill, const QString &error)
{
    m_syncStatus.setState(SyncStatus::State::NotEnrolled);
    m_enrollment = new EnrollmentWindow(*m_store, prefill, m_languages);
    m_enrollment->setAttribute(Qt::WA_DeleteOnClose);
    m_enrollment->showError(error);
    connect(m_enrollment, &EnrollmentWindow::enrolled, this, [this](const EnrollmentResult &result) {
        qCInfo(lcUi) << "enrolled as" << result.deviceId << "in branch" << result.branchId;
        if (std::optional<int> stop = startSession()) {
            QCoreApplication::exit(*stop);
            return;
        }
        m_enrollment->hide();
        m_enrollment->deleteLater();
    });
    connect(m_enrollment, &EnrollmentWindow::quitRequested, this, [] { QCoreApplication::exit(0); });
    present(m_enrollment, true);
}

std::optional<int> PosApplication::startSession()
{
    Result<DeviceIdentity> device = loadDeviceIdentity(*m_store);
    if (!device)
        return refuse(m_store->db().path(), device.error().message());
    m_device = *device;
    m_auth = std::make_unique<AuthService>(m_store->db(), Clock::system(), m_device.deviceId);
    m_dailyNotices = std::make_unique<DailyNoticeRunner>(
        m_store->db().path(), QDir(m_options.dataDir).filePath(QStringLiteral("catalog.db")), Clock::system());
    m_dailyNotices->start();
    m_syncStatus.setServerUrl(m_device.serverUrl);
    m_syncStatus.setState(SyncStatus::State::Connecting); // until the first answer (or silence) from the server
    if (m_options.watchServer && !m_device.serverUrl.isEmpty()) {
        m_monitor = std::make_unique<ServerMonitor>(m_syncStatus, m_device.serverUrl, m_device.caFile);
        m_monitor->start();
    }
    // A catalogue verified during the last run goes in now, before anything opens catalog.db.
    if (Result<bool> installed = SnapshotBootstrap::installStaged(m_options.dataDir); !installed)
        qCWarning(lcUi) << "staged catalogue not installed:" << installed.error().logMessage();
    if (m_options.watchServer && !m_device.serverUrl.isEmpty()) {
        startCatalogBootstrap();
        startSyncEngine();
    }
    showLogin();
    return std::nullopt;
}

void PosApplication::startSyncEngine()
{
    Result<QByteArray> secret = loadDeviceSecret(*m_store);
    if (!secret) {
        // The counter keeps selling; the outbox waits until the secret is back.
        qCWarning(lcUi) << "sync engine not started:" << secret.error().logMessage();
        return;
    }
    SyncEngine::Config config;
    config.databasePath = m_store->db().path();
    config.connectionName = QStringLiteral("nexus-sync-engine");
    config.deviceId = m_device.deviceId;
    config.deviceSecret = QString::fromUtf8(*secret);
    Result<QString> epoch = m_store->setting(QStringLiteral("epoch"));
    config.epoch = epoch && epoch->toInt() > 0 ? epoch->toInt() : 1;
    m_sync = std::make_unique<SyncEngineRunner>(m_syncStatus, config, m_device.serverUrl, m_device.caFile);
    // Head office's stock and prices show in the results as soon as they land, whoever is signed in.
    connect(m_sync.get(), &SyncEngineRunner::stateArrived, this, [this](const QStringList &buckets) {
        if (m_main && m_main->saleScreen())
            m_main->saleScreen()->onStateArrived(buckets);
        if (m_main && m_main->inventoryScreen())
            m_main->inventoryScreen()->onStateArrived(buckets);
        if (m_main && m_main->workshopScreen())
            m_main->workshopScreen()->onStateArrived(buckets);
    });
    m_sync->start();
}

void PosApplication::startCatalogBootstrap()
{
    Result<QByteArray> secret = loadDeviceSecret(*m_store);
    if (!secret) {
        qCWarning(lcUi) << "no catalogue download without the device secret:" << secret.error().logMessage();
        return;
    }
    SnapshotBootstrapOptions options;
    options.dataDir = m_options.dataDir;
    options.serverUrl = m_device.serverUrl;
    options.caFile = m_device.caFile;
    options.deviceId = m_device.deviceId;
    options.deviceSecret = *secret;
    m_bootstrap = std::make_unique<BootstrapWorker>(options);
    // Only a missing catalogue is worth a visible panel (the counter cannot search yet); a newer generation is
    // fetched quietly and goes in at the next start.
    if (BootstrapWorker::catalogMissing(m_options.dataDir)) {
        m_bootstrapDialog = new QProgressDialog(tr("Downloading the parts catalogue…"), QString(), 0, 1000);
        m_bootstrapDialog->setObjectName(QStringLiteral("catalogBootstrapDialog"));
        m_bootstrapDialog->setWindowTitle(tr("Parts catalogue"));
        m_bootstrapDialog->setCancelButton(nullptr); // it resumes by itself after a restart; nothing to cancel
        m_bootstrapDialog->setWindowModality(Qt::NonModal);
        m_bootstrapDialog->setAutoClose(false);
        m_bootstrapDialog->setAutoReset(false);
        m_bootstrapDialog->setMinimumDuration(0);
        m_bootstrapDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_bootstrapDialog->show();
    }
    connect(m_bootstrap.get(), &BootstrapWorker::progress, this, [this](qint64 done, qint64 total) {
        if (!m_bootstrapDialog || total <= 0)
            return;
        m_bootstrapDialog->setValue(static_cast<int>(done * 1000 / total));
        m_bootstrapDialog->setLabelText(tr("Downloading the parts catalogue: %1 of %2 MB")
                                            .arg(QLocale().toString(done / 1048576))
                                            .arg(QLocale().toString(total / 1048576)));
    });
    connect(m_bootstrap.get(), &BootstrapWorker::finished, this,
            [this](bool ok, const QString &message, const SnapshotBootstrapResult &result) {
                if (ok) {
                    qCInfo(lcUi) << "catalogue generation" << result.generation
                                 << (result.installed ? "installed" : result.staged ? "staged" : "current");
                    if (m_bootstrapDialog)
                        m_bootstrapDialog->close();
                    return;
                }
                if (m_bootstrapDialog)
                    m_bootstrapDialog->setLabelText(
                        tr("The parts catalogue could not be downloaded yet:\n%1\nTrying again in a minute.")
                            .arg(message));
                QTimer::singleShot(60000, this, [this] {
                    if (m_bootstrap)
                        m_bootstrap->start(); // resumes the .part where it stopped
                });
            });
    m_bootstrap->start();
}

void PosApplication::showLogin()
{
    if (!m_login) {
        m_login = new LoginWindow(*m_auth, m_device, m_languages);
        connect(m_login, &LoginWindow::loggedIn, this, &PosApplication::showMain);
    }
    m_login->reset();
    present(m_login, true);
}

void PosApplication::showMain(const User &user)
{
    qCInfo(lcUi) << "signed in:" << user.username;
    if (!m_main) {
        m_main = new MainWindow(*m_store, *m_auth, m_syncStatus, m_device);
        if (SaleScreen *sale = m_main->saleScreen()) {
            // A committed fact wakes the sync engine instead of waiting for its timer.
            connect(sale, &SaleScreen::factsRecorded, this, [this] {
                if (m_sync)
                    m_sync->nudge();
            });
        }
        if (InventoryScreen *inventory = m_main->inventoryScreen())
            connect(inventory, &InventoryScreen::factsRecorded, this, [this] {
                if (m_sync)
                    m_sync->nudge();
            });
        connect(m_main, &MainWindow::loggedOut, this, &PosApplication::afterLogout);
    }
    m_main->setUser(user);
    present(m_main, true);
    m_login->hide();
}

void PosApplication::afterLogout()
{
    showLogin();
    // The next person gets a fresh main window (their own page, no leftovers); the sender dies after its signal.
    if (m_main) {
        m_main->hide();
        m_main->deleteLater();
        m_main.clear();
    }
}

void PosApplication::present(QWidget *window, bool fullSize)
{
    if (fullSize) {
        // Without a window manager (kiosk, Xvfb) "maximized" is only a hint: size the window ourselves too.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            window->setGeometry(screen->availableGeometry());
        window->showMaximized();
    } else {
        window->show();
    }
    window->raise();
    window->activateWindow();
    if (!m_options.screenshotPath.isEmpty() && !m_screenshotScheduled) {
        m_screenshotScheduled = true;
        QPointer<QWidget> target(window);
        QTimer::singleShot(kScreenshotDelayMs, this, [this, target] { takeScreenshot(target); });
    }
}

void PosApplication::takeScreenshot(QWidget *window)
{
    int code = m_exitCodeAfterScreenshot;
    if (!window || !window->grab().save(m_options.screenshotPath)) {
        qCCritical(lcUi) << "screenshot not written to" << m_options.screenshotPath;
        code = kExitScreenshotFailed;
    } else {
        qCInfo(lcUi) << "screenshot written to" << m_options.screenshotPath;
    }
    QCoreApplication::exit(code);
}

} // namespace nexus
