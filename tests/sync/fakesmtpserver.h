// A local SMTP server on 127.0.0.1, on its own thread: speaks EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT
// (no STARTTLS offered), records each accepted message and can be told to answer 451 (later) or 550 (never).
#pragma once

#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace nexus::test {

class FakeSmtpServer final : public QObject
{
public:
    enum class Mode { Accept, TempFail, PermFail };
    struct Mail
    {
        QByteArray from;
        QList<QByteArray> recipients;
        QByteArray data; // as received, dot-unstuffed, CRLF line ends
    };

    FakeSmtpServer()
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(this, [this] { start(); }, Qt::BlockingQueuedConnection);
    }
    ~FakeSmtpServer() override
    {
        QMetaObject::invokeMethod(this, [this] { m_server.reset(); moveToThread(nullptr); },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    [[nodiscard]] QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    void setMode(Mode mode)
    {
        const QMutexLocker lock(&m_mutex);
        m_mode = mode;
    }
    [[nodiscard]] QList<Mail> mails() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_mails;
    }

private:
    struct Session
    {
        Mail mail;
        bool inData = false;
        QByteArray buffer;
    };

    void start()
    {
        m_server = std::make_unique<QTcpServer>();
        QObject::connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                auto session = std::make_shared<Session>();
                socket->write("220 fake.smtp.local ESMTP ready\r\n");
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, session] {
                    session->buffer += socket->readAll();
                    qsizetype end = 0;
                    while ((end = session->buffer.indexOf("\r\n")) >= 0) {
                        const QByteArray line = session->buffer.left(end);
                        session->buffer.remove(0, end + 2);
                        handle(socket, *session, line);
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
    }

    void handle(QTcpSocket *socket, Session &s, const QByteArray &line)
    {
        if (s.inData) {
            if (line == ".") {
                s.inData = false;
                const QMutexLocker lock(&m_mutex);
                if (m_mode == Mode::TempFail) {
                    socket->write("451 4.3.0 Mailbox temporarily unavailable\r\n");
                } else if (m_mode == Mode::PermFail) {
                    socket->write("550 5.1.1 No such user here\r\n");
                } else {
                    m_mails.append(s.mail);
                    socket->write("250 2.0.0 Ok: queued\r\n");
                }
                s.mail = {};
                return;
            }
            s.mail.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
            return;
        }
        const QByteArray verb = line.left(4).toUpper();
        if (verb == "EHLO") {
            socket->write("250-fake.smtp.local\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n");
        } else if (verb == "HELO") {
            socket->write("250 fake.smtp.local\r\n");
        } else if (verb == "MAIL") {
            s.mail = {};
            const QByteArray from = line.mid(line.indexOf(':') + 1).trimmed();
            s.mail.from = from.left(from.indexOf('>') + 1); // without ESMTP parameters (SIZE=…)
            socket->write("250 2.1.0 Ok\r\n");
        } else if (verb == "RCPT") {
            s.mail.recipients << line.mid(line.indexOf(':') + 1).trimmed();
            socket->write("250 2.1.5 Ok\r\n");
        } else if (verb == "DATA") {
            s.inData = true;
            socket->write("354 End data with <CR><LF>.<CR><LF>\r\n");
        } else if (verb == "QUIT") {
            socket->write("221 2.0.0 Bye\r\n");
            socket->disconnectFromHost();
        } else if (verb == "RSET" || verb == "NOOP") {
            socket->write("250 2.0.0 Ok\r\n");
        } else {
            socket->write("502 5.5.2 Command not recognized\r\n");
        }
    }

    QThread m_thread;
    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    Mode m_mode = Mode::Accept;
    QList<Mail> m_mails;
};

} // namespace nexus::test
