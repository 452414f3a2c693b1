// The dispatcher's thread: a worker QObject with a timer, its own connection, channel clients built from settings.
#include "client/notifications/notificationdispatchrunner.h"

#include "client/notifications/channelsettings.h"
#include "client/notifications/notificationdispatcher.h"
#include "client/notifications/smtpclient.h"
#include "client/notifications/whatsappclient.h"
#include "client/secretstore.h"
#include "common/clock.h"
#include "store/localstore.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

namespace nexus {

Q_DECLARE_LOGGING_CATEGORY(lcNotifyDispatch)

class NotificationDispatchWorker final : public QObject
{
    Q_OBJECT
public:
    NotificationDispatchWorker(QString path, int intervalMs) : m_path(std::move(path)), m_intervalMs(intervalMs) { }

    void begin()
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(
            m_path, QStringLiteral("notify-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!store) {
            qCWarning(lcNotifyDispatch) << "cannot open" << m_path << store.error().logMessage();
            return;
        }
        m_store = std::move(*store);
        m_dispatcher = std::make_unique<NotificationDispatcher>(m_store->db(), Clock::system());
        configure();
        if (Result<int> recovered = m_dispatcher->recoverInterrupted(); !recovered)
            qCWarning(lcNotifyDispatch) << recovered.error().logMessage();
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &NotificationDispatchWorker::pass);
        m_timer->start(m_intervalMs);
        pass();
    }

    void end()
    {
        delete m_timer;
        m_timer = nullptr;
        m_dispatcher.reset();
        m_whatsApp.reset();
        m_smtp.reset();
        m_store.reset();
    }

    void pass()
    {
        if (!m_dispatcher)
            return;
        Result<DispatchReport> report = m_dispatcher->runOnce();
        if (!report) {
            qCWarning(lcNotifyDispatch) << report.error().logMessage();
            return;
        }
        if (report->sent + report->retried + report->failed > 0)
            Q_EMIT passFinished(report->sent, report->retried, report->failed);
    }

Q_SIGNALS:
    void passFinished(int sent, int retried, int failed);

private:
    void configure()
    {
        SecretStore secrets(QFileInfo(m_path).absolutePath());
        Result<NotificationChannelSettings> settings = loadChannelSettings(m_store->db(), nullptr);
        if (!settings) {
            qCWarning(lcNotifyDispatch) << "channel settings unreadable:" << settings.error().logMessage();
            return;
        }
        const NotificationChannelSettings &s = *settings;
        if (s.whatsappEnabled && !s.whatsappPhoneNumberId.isEmpty()) {
            WhatsAppClient::Config config;
            config.phoneNumberId = s.whatsappPhoneNumberId;
            if (!s.whatsappApiUrl.isEmpty())
                config.baseUrl = s.whatsappApiUrl;
            if (!s.whatsappApiVersion.isEmpty())
                config.apiVersion = s.whatsappApiVersion;
            Result<QByteArray> token = secrets.read(QStringLiteral("whatsapp-token"));
            if (token) {
                config.accessToken = QString::fromUtf8(*token);
                m_whatsApp = std::make_unique<WhatsAppClient>(config);
                m_dispatcher->setChannel(NotificationChannel::WhatsApp, m_whatsApp.get());
            } else {
                qCWarning(lcNotifyDispatch) << "WhatsApp configured without a token:" << token.error().logMessage();
            }
        }
        if (s.smtpEnabled && !s.smtpUrl.isEmpty()) {
            SmtpClient::Config config;
            config.url = s.smtpUrl;
            config.fromAddress = s.smtpFrom;
            config.fromName = s.smtpFromName;
            config.username = s.smtpUser;
            config.requireStartTls = s.smtpStartTlsRequired;
            if (!config.username.isEmpty()) {
                Result<QByteArray> password = secrets.read(QStringLiteral("smtp-password"));
                config.password = password ? QString::fromUtf8(*password) : QString();
            }
            m_smtp = std::make_unique<SmtpClient>(config);
            m_dispatcher->setChannel(NotificationChannel::Email, m_smtp.get());
        }
    }

    QString m_path;
    int m_intervalMs;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<NotificationDispatcher> m_dispatcher;
    std::unique_ptr<WhatsAppClient> m_whatsApp;
    std::unique_ptr<SmtpClient> m_smtp;
    QTimer *m_timer = nullptr;
};

NotificationDispatchRunner::NotificationDispatchRunner(QString databasePath, int intervalMs, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_intervalMs(intervalMs)
{
}

NotificationDispatchRunner::~NotificationDispatchRunner()
{
    stop();
}

void NotificationDispatchRunner::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.setObjectName(QStringLiteral("notifications"));
    m_thread.start();
    m_worker = new NotificationDispatchWorker(m_databasePath, m_intervalMs);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &NotificationDispatchWorker::passFinished, this, &NotificationDispatchRunner::passFinished);
    QMetaObject::invokeMethod(m_worker, &NotificationDispatchWorker::begin, Qt::QueuedConnection);
}

void NotificationDispatchRunner::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &NotificationDispatchWorker::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has finished: nothing else can touch it
    m_worker = nullptr;
}

void NotificationDispatchRunner::nudge()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &NotificationDispatchWorker::pass, Qt::QueuedConnection);
}

} // namespace nexus

#include "notificationdispatchrunner.moc"
