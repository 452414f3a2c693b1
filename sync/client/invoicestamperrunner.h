// Runs the stamping worker on its own thread and database connection: a pass every interval and whenever nudged.
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

#include "cfdi/invoicerequest.h"

namespace nexus {

// In nexus-pos, once the branch's fiscal data is configured:
//     m_stamper = std::make_unique<InvoiceStamperRunner>(config);
//     connect(m_stamper.get(), &InvoiceStamperRunner::passFinished, this, …refresh the invoices on screen…);
//     m_stamper->start();   … m_stamper->nudge() right after InvoicingService queued an invoice or a cancellation …
// The API key is read from the SecretStore of dataDir (FacturapiClient::kApiKeySecret) at every pass, so a key
// entered in the fiscal settings is used without a restart.
class InvoiceStamperRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceStamperRunner)
public:
    struct Config
    {
        QString databasePath; // nexus.db
        QString dataDir; // the SecretStore's folder (the folder of nexus.db)
        CfdiIssuer issuer;
        QString pacUrl; // empty: FacturapiClient::kDefaultUrl
        QString caFile; // empty: the system CAs
        QString pdfDir; // the PAC's PDFs; empty: not downloaded
        int intervalMs = 60'000;
    };

    explicit InvoiceStamperRunner(Config config, QObject *parent = nullptr);
    ~InvoiceStamperRunner() override;

    void start();
    void stop(); // cancels a request in flight, joins the thread
    void nudge(); // never blocks: a pass soon on the worker thread
    [[nodiscard]] bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    // After each pass (emitted on the worker thread: connect with a context object on the UI side). problem: why the
    // pass stopped early or could not run (Spanish), empty when it went through the whole queue.
    void passFinished(int stamped, int waiting, int refused, int cancelled, bool lineDown, const QString &problem);

private:
    void runPass(); // on m_thread

    Config m_config;
    std::atomic_bool m_cancel { false };
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: owns the timer and the database connection
};

} // namespace nexus
