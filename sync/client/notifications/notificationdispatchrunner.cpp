// The dispatcher's thread: a worker QObject with a timer, its own connection, channel clients built from settings.
#include "client/notifications/notificationdispatchrunner.h"

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
    QString setting(const QString &key)
    {
        Result<QString> value = m_store->setting(key);
        return value ? *value : QString();
    }

    void configure()
    {
        SecretStore secrets(QFileInfo(m_path).absolutePath());
        const QString phoneId = setting(QStringLiteral("notify_whatsapp_phone_number_id"));
        if (!phoneId.isEmpty()) {
            WhatsAppClient::Config config;
            config.phoneNumberId = phoneId;
            if (const QString url = setting(QStringLiteral("notify_whatsapp_api_url")); !url.isEmpty())
                config.baseUrl = url;
            if (const QString version = setting(QStringLiteral("notify_whatsapp_api_version")); !version.isEmpty())
                config.apiVersion = version;
            Result<QByteArray> token = secrets.read(QStringLiteral("whatsapp-token"));
            if (token) {
                config.accessToken = QString::fromUtf8(*token);
                m_whatsApp = std::make_unique<WhatsAppClient>(config);
                m_dispatcher->setChannel(NotificationChannel::WhatsApp, m_whatsApp.get());
            } else {
                qCWarning(lcNotifyDispatch) << "WhatsApp configured without a token:" << token.error().logMessage();
            }
        }
        const QString smtpUrl = setting(QStringLiteral("notify_smtp_url"));
        if (!smtpUrl.isEmpty()) {
            SmtpClient::Config config;
            config.url = smtpUrl;
            config.fromAddress = setting(QStringLiteral("notify_smtp_from"));
            config.fromName = setting(QStringLiteral("notify_smtp_from_name"));
            config.username = setting(QStringLiteral("notify_smtp_user"));
            config.requireStartTls = setting(QStringLiteral("notify_smtp_starttls")) != QLatin1String("optional");
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
