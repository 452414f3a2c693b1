// The part every fake of an outside service shares: a Qt HttpServer over TLS on 127.0.0.1 (a free port) in a thread of
// its own, because the client under test blocks on curl while it answers. Every request goes to one handler, called
// on that thread; the server can go down (the port refuses connections) and come up again on the same port.
#pragma once

#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include "common/error.h"

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace nexus::test {

class LoopbackHttps final
{
public:
    Q_DISABLE_COPY_MOVE(LoopbackHttps)

    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &)>;

    // `dataDir`: its TLS certificate and key are made there (cert.pem is what clients trust); `name` for errors.
    LoopbackHttps(QString dataDir, QString name, Handler handler);
    ~LoopbackHttps();

    // Listens (again, on the same port after goDown).
    [[nodiscard]] Status listen();
    void goDown();

    [[nodiscard]] QString url() const; // "https://127.0.0.1:PORT"
    [[nodiscard]] const QString &caFile() const { return m_caFile; }
    // Waits until no request is being answered (a slow answer finished); false after timeoutMs.
    [[nodiscard]] bool waitUntilIdle(int timeoutMs) const;

private:
    QString m_dataDir;
    QString m_name;
    Handler m_handler;
    QString m_caFile;
    quint16 m_port = 0;
    std::atomic_int m_inFlight = 0;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    QHttpServer *m_server = nullptr; // created, used and deleted in m_thread
};

} // namespace nexus::test
