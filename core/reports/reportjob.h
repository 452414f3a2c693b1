// Runs a report on its own thread with its own connection to nexus.db, so the UI never waits: progress in
// thousandths, cancel at any moment, the table (or the error) delivered on the thread that started it.
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

#include "reports/reportcontrol.h"
#include "reports/reportrequest.h"
#include "reports/reporttable.h"

namespace nexus {

class ReportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportJob)

public:
    ReportJob(QString databasePath, QString catalogPath, QObject *parent = nullptr);
    ~ReportJob() override; // cancels and waits for a running report

    // Starts `request` for `viewer`; false when one is still running.
    bool start(const ReportRequest &request, const ReportViewer &viewer);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // Blocks until the running report ended (tests, shutdown).
    void wait();

Q_SIGNALS:
    void progress(int permille);
    void finished(const nexus::ReportTable &table);
    void failed(const QString &message, const QString &field);
    void cancelled();

private:
    QString m_databasePath;
    QString m_catalogPath;
    std::shared_ptr<ReportControl> m_control;
    std::unique_ptr<QThread> m_thread;
};

} // namespace nexus
