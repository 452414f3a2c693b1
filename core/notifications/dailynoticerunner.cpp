// DailyNoticeRunner: a timer on its own thread asking DailyNotices whether today's pass is due.
#include "notifications/dailynoticerunner.h"

#include "common/logging.h"
#include "notifications/dailynotices.h"
#include "store/localstore.h"

#include <QTimer>
#include <QUuid>

namespace nexus {

namespace {

class DailyNoticeContext final : public QObject
{
public:
    QTimer timer;
    std::unique_ptr<LocalStore> store; // opened on the worker thread, closed there
};

} // namespace

DailyNoticeRunner::DailyNoticeRunner(
    QString databasePath, QString catalogPath, const Clock &clock, int intervalMs, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_catalogPath(std::move(catalogPath)), m_clock(clock),
      m_intervalMs(intervalMs)
{
    m_thread.setObjectName(QStringLiteral("nexus-daily-notices"));
}

DailyNoticeRunner::~DailyNoticeRunner()
{
    stop();
}

void DailyNoticeRunner::start()
{
    if (m_thread.isRunning())
        return;
    auto context = std::make_unique<DailyNoticeContext>();
    context->timer.setInterval(m_intervalMs);
    context->moveToThread(&m_thread);
    context->timer.moveToThread(&m_thread);
    DailyNoticeContext *raw = context.get();
    m_context = std::move(context);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(raw, [this, raw] {
        connect(&raw->timer, &QTimer::timeout, raw, [this] { check(); });
        raw->timer.start();
        check(); // a counter opened late in the day sends today's notices now
    });
}

void DailyNoticeRunner::stop()
{
    if (!m_thread.isRunning())
        return;
    auto *context = static_cast<DailyNoticeContext *>(m_context.get());
    QMetaObject::invokeMethod(
        context,
        [context] {
            context->timer.stop();
            context->store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context.reset();
}

void DailyNoticeRunner::nudge()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_context.get(), [this] { check(); });
}

void DailyNoticeRunner::check()
{
    auto *context = static_cast<DailyNoticeContext *>(m_context.get());
    if (!context->store) {
        Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(
            m_path, QStringLiteral("nexus-daily-notices-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!opened) {
            qCWarning(lcStore) << "daily notices cannot open the database:" << opened.error().logMessage();
            return; // retried at the next tick
        }
        context->store = std::move(*opened);
    }
    Result<DailyNoticeReport> report = DailyNotices(context->store->db(), m_clock, m_catalogPath).runIfDue();
    if (!report) {
        qCWarning(lcStore) << "daily notices failed:" << report.error().logMessage();
        return; // nothing was marked: the next tick tries again
    }
    if (report->ran)
        qCInfo(lcStore) << "daily notices for" << report->day << ":" << report->warranties << "warranty,"
                        << report->maintenance << "maintenance messages queued";
    Q_EMIT checked(report->ran, report->day, report->warranties, report->maintenance);
}

} // namespace nexus
