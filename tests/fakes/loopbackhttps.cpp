// LoopbackHttps: the fakes' TLS listener on its own thread.
#include "loopbackhttps.h"

#include "server/tlsidentity.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslConfiguration>

namespace nexus::test {

LoopbackHttps::LoopbackHttps(QString dataDir, QString name, Handler handler)
    : m_dataDir(std::move(dataDir)), m_name(std::move(name)), m_handler(std::move(handler))
{
}

LoopbackHttps::~LoopbackHttps()
{
    goDown();
}

QString LoopbackHttps::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

bool LoopbackHttps::waitUntilIdle(int timeoutMs) const
{
    QElapsedTimer waited;
    waited.start();
    while (m_inFlight.load() != 0) {
        if (waited.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(20);
    }
    return true;
}

Status LoopbackHttps::listen()
{
    Result<TlsIdentity> tls = TlsIdentity::loadOrCreate(m_dataDir);
    if (!tls)
        return std::unexpected(tls.error());
    m_caFile = tls->certificatePath;
    m_context = std::make_unique<QObject>();
    m_context->moveToThread(&m_thread);
    m_thread.start();
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, &bound, &tls] {
            m_server = new QHttpServer;
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(tls->certificate);
            configuration.setPrivateKey(tls->key);
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            m_server->sslSetup(configuration);
            m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                ++m_inFlight;
                m_handler(request, responder);
                --m_inFlight;
            });
            bound = m_server->listen(QHostAddress::LocalHost, m_port);
        },
        Qt::BlockingQueuedConnection);
    if (bound == 0) {
        goDown();
        return fail(ErrorCode::Io, NX_ERR("Cannot listen on %1 port %2: %3"),
            { QStringLiteral("127.0.0.1"), QString::number(m_port), m_name });
    }
    m_port = bound;
    return {};
}

void LoopbackHttps::goDown()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context.reset();
}

} // namespace nexus::test
