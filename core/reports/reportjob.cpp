// The report's thread: a connection of its own (named per run), the service, and queued signals back.
#include "reports/reportjob.h"

#include "reports/reportservice.h"
#include "store/database.h"

#include <QSqlDatabase>
#include <QUuid>

namespace nexus {

ReportJob::ReportJob(QString databasePath, QString catalogPath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_catalogPath(std::move(catalogPath))
{
    qRegisterMetaType<nexus::ReportTable>("nexus::ReportTable");
}

ReportJob::~ReportJob()
{
    cancel();
    wait();
}

bool ReportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReportJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void ReportJob::cancel()
{
    if (m_control)
        m_control->cancelled.store(true);
}

bool ReportJob::start(const ReportRequest &request, const ReportViewer &viewer)
{
    if (isRunning())
        return false;
    wait();
    auto control = std::make_shared<ReportControl>();
    QPointer<ReportJob> self(this);
    control->progress = [self](int permille) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, permille] {
                if (self)
                    Q_EMIT self->progress(permille);
            },
            Qt::QueuedConnection);
    };
    m_control = control;
    const QString databasePath = m_databasePath;
    const QString catalogPath = m_catalogPath;
    m_thread.reset(QThread::create([self, control, databasePath, catalogPath, request, viewer] {
        const QString connection = QStringLiteral("report-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Result<ReportTable> table = [&]() -> Result<ReportTable> {
            Result<std::unique_ptr<Database>> db = Database::open(databasePath, Durability::Full, connection);
            if (!db)
                return std::unexpected(db.error());
            ReportService service(**db, catalogPath);
            return service.run(request, viewer, control.get());
        }();
        QSqlDatabase::removeDatabase(connection);
        const bool wasCancelled = control->cancelled.load();
        QMetaObject::invokeMethod(
            self.data(),
            [self, table = std::move(table), wasCancelled] {
                if (!self)
                    return;
                if (wasCancelled)
                    Q_EMIT self->cancelled();
                else if (table)
                    Q_EMIT self->finished(*table);
                else
                    Q_EMIT self->failed(table.error().message(), table.error().field());
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("report"));
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace nexus
