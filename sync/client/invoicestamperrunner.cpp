// InvoiceStamperRunner: thread and timer around InvoiceStamper::runOnce, with its own nexus.db connection.
#include "client/invoicestamperrunner.h"

#include "client/curltransport.h"
#include "client/facturapiclient.h"
#include "client/invoicestamper.h"
#include "client/secretstore.h"
#include "common/clock.h"
#include "protocol/logging.h"
#include "store/localstore.h"

#include <QTimer>

namespace nexus {

namespace {

// What lives on the worker thread: the timer and, opened there, the thread's own database connection.
class StamperContext final : public QObject
{
public:
    QTimer timer;
    std::unique_ptr<LocalStore> store;
    bool busy = false;
};

} // namespace

InvoiceStamperRunner::InvoiceStamperRunner(Config config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    m_thread.setObjectName(QStringLiteral("nexus-stamper"));
}

InvoiceStamperRunner::~InvoiceStamperRunner()
{
    stop();
}

void InvoiceStamperRunner::start()
{
    if (m_thread.isRunning())
        return;
    m_cancel = false;
    auto context = std::make_unique<StamperContext>();
    context->timer.setInterval(m_config.intervalMs);
    context->moveToThread(&m_thread);
    context->timer.moveToThread(&m_thread);
    StamperContext *raw = context.get();
    m_context = std::move(context);
    m_thread.start();
    QMetaObject::invokeMethod(raw, [this, raw] {
        connect(&raw->timer, &QTimer::timeout, raw, [this] { runPass(); });
        raw->timer.start();
        runPass(); // whatever waited while the program was closed
    });
}

void InvoiceStamperRunner::nudge()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_context.get(), [this] { runPass(); });
}

void InvoiceStamperRunner::stop()
{
    if (!m_thread.isRunning())
        return;
    m_cancel = true; // aborts a request in flight within a second
    auto *context = static_cast<StamperContext *>(m_context.get());
    QMetaObject::invokeMethod(
        context,
        [context] {
            context->timer.stop();
            context->store.reset(); // the connection is closed by the thread that opened it
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context.reset();
}

void InvoiceStamperRunner::runPass()
{
    auto *context = static_cast<StamperContext *>(m_context.get());
    if (context->busy || m_cancel)
        return;
    context->busy = true;
    const auto finish = [this, context](const StampPass &pass, const QString &problem) {
        context->busy = false;
        Q_EMIT passFinished(pass.stamped, pass.waiting, pass.refused, pass.cancelled, pass.lineDown, problem);
    };
    if (!context->store) {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_config.databasePath, QStringLiteral("nexus-stamper"));
        if (!store)
            return finish({}, store.error().message());
        context->store = std::move(*store);
    }
    SecretStore secrets(m_config.dataDir);
    Result<QString> key = FacturapiClient::apiKeyFrom(secrets);
    if (!key)
        return finish({}, key.error().message());
    HttpClient::Options options;
    options.caFile = m_config.caFile;
    options.cancel = &m_cancel;
    CurlTransport transport(
        m_config.pacUrl.isEmpty() ? QLatin1String(FacturapiClient::kDefaultUrl) : m_config.pacUrl, options);
    FacturapiClient pac(transport, *key);
    InvoiceStamper stamper(context->store->db(), Clock::system(), m_config.issuer, pac, { m_config.pdfDir });
    Result<StampPass> pass = stamper.runOnce();
    if (!pass) {
        qCWarning(lcSyncEngine).noquote() << "stamping pass failed:" << pass.error().logMessage();
        return finish({}, pass.error().message());
    }
    finish(*pass, pass->stoppedBy ? pass->stoppedBy->message() : QString());
}

} // namespace nexus
