// Printer configuration in the settings table and the file/device outputs: round trip, validation that writes
// nothing, appends in order, and a device that is missing, unread or stalled fails fast with the printer's name.
#include "printing/deviceprintersink.h"
#include "printing/fileprintersink.h"
#include "printing/printerconfig.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace nexus;

class TestPrintingSinks final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;

private Q_SLOTS:
    void configDefaultsAndRoundTrip()
    {
        auto store = LocalStore::open(m_dir.file(QStringLiteral("config.db")));
        QVERIFY2(store.has_value(), test::why(store).constData());
        PrinterSettings settings((*store)->db());
        const Result<PrinterConfig> fresh = settings.load();
        QVERIFY2(fresh.has_value(), test::why(fresh).constData());
        QVERIFY(!fresh->isConfigured());
        QCOMPARE(fresh->paperMm, 80);
        QCOMPARE(fresh->effectiveInvoiceUrl(), QString::fromLatin1(PrinterConfig::kDefaultInvoiceUrl));

        PrinterConfig config;
        config.kind = PrinterKind::Network;
        config.target = QStringLiteral(" 192.168.1.50:9101 ");
        config.paperMm = 58;
        config.printLogo = true;
        config.logoPng = QByteArray("\x89PNG\r\n\x1a\n binary \0 bytes", 24);
        config.headerLines = { QStringLiteral("¡Las mejores refacciones!"), QStringLiteral("WhatsApp 81 1234 5678") };
        config.invoiceUrl = QStringLiteral("https://facturas.martinez.mx");
        QVERIFY(settings.save(config).has_value());
        const Result<PrinterConfig> loaded = settings.load();
        QVERIFY2(loaded.has_value(), test::why(loaded).constData());
        QCOMPARE(loaded->kind, PrinterKind::Network);
        QCOMPARE(loaded->target, QStringLiteral("192.168.1.50:9101"));
        QCOMPARE(loaded->paperMm, 58);
        QCOMPARE(loaded->columns(), 32);
        QCOMPARE(loaded->dots(), 384);
        QVERIFY(loaded->printLogo);
        QCOMPARE(loaded->logoPng, config.logoPng);
        QCOMPARE(loaded->headerLines, config.headerLines);
        QCOMPARE(loaded->effectiveInvoiceUrl(), QStringLiteral("https://facturas.martinez.mx"));
        const auto address = loaded->networkAddress();
        QCOMPARE(address->first, QStringLiteral("192.168.1.50"));
        QCOMPARE(address->second, quint16(9101));

        // Bad input names the field and leaves the stored configuration alone.
        PrinterConfig bad = *loaded;
        bad.paperMm = 76;
        QCOMPARE(settings.save(bad).error().field(), QStringLiteral("paper_mm"));
        bad = *loaded;
        bad.target = QStringLiteral("impresora:99999");
        QCOMPARE(settings.save(bad).error().field(), QStringLiteral("target"));
        bad = *loaded;
        bad.kind = PrinterKind::Device;
        bad.target = QStringLiteral("usb/lp0");
        QCOMPARE(settings.save(bad).error().field(), QStringLiteral("target"));
        bad = *loaded;
        bad.headerLines = QStringList(7, QStringLiteral("x"));
        QCOMPARE(settings.save(bad).error().field(), QStringLiteral("header_lines"));
        QCOMPARE(settings.load()->target, QStringLiteral("192.168.1.50:9101"));
        QCOMPARE(settings.load()->paperMm, 58);
        QCOMPARE(printerKindFromCode(QStringLiteral("bluetooth")).error().field(), QStringLiteral("kind"));

        // The label printer has its own keys and leaves the ticket printer and its invoicing portal alone.
        PrinterSettings labels((*store)->db(), PrinterSettings::kLabelPrinter);
        QVERIFY(!labels.load()->isConfigured());
        PrinterConfig zebra;
        zebra.kind = PrinterKind::Device;
        zebra.target = QStringLiteral("/dev/usb/lp1");
        QVERIFY(labels.save(zebra).has_value());
        QCOMPARE(labels.load()->target, QStringLiteral("/dev/usb/lp1"));
        QCOMPARE(labels.load()->kind, PrinterKind::Device);
        QCOMPARE(settings.load()->target, QStringLiteral("192.168.1.50:9101"));
        QCOMPARE(settings.load()->kind, PrinterKind::Network);
        QCOMPARE(settings.load()->effectiveInvoiceUrl(), QStringLiteral("https://facturas.martinez.mx"));
    }

    void networkAddressForms_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host only") << QStringLiteral("caja1-printer") << QStringLiteral("caja1-printer") << 9100;
        QTest::newRow("ipv4 port") << QStringLiteral("10.0.0.7:9200") << QStringLiteral("10.0.0.7") << 9200;
        QTest::newRow("ipv6") << QStringLiteral("[fe80::1]:9100") << QStringLiteral("fe80::1") << 9100;
        QTest::newRow("bad port") << QStringLiteral("10.0.0.7:x") << QString() << 0;
        QTest::newRow("no host") << QStringLiteral(":9100") << QString() << 0;
    }
    void networkAddressForms()
    {
        QFETCH(QString, target);
        QFETCH(QString, host);
        QFETCH(int, port);
        PrinterConfig config;
        config.kind = PrinterKind::Network;
        config.target = target;
        const auto address = config.networkAddress();
        QCOMPARE(address.has_value(), !host.isEmpty());
        if (address) {
            QCOMPARE(address->first, host);
            QCOMPARE(int(address->second), port);
        } else {
            QCOMPARE(address.error().field(), QStringLiteral("target"));
        }
    }

    void fileSinkAppendsJobsInOrder()
    {
        const QString path = m_dir.file(QStringLiteral("spool.bin"));
        FilePrinterSink sink(path);
        QVERIFY(sink.send("first\n").has_value());
        QVERIFY(sink.send(QByteArray("second\0\xff", 8)).has_value());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("first\nsecond\0\xff", 14));

        FilePrinterSink nowhere(m_dir.file(QStringLiteral("missing-folder/spool.bin")));
        const Status failed = nowhere.send("x");
        QVERIFY(!failed.has_value());
        QCOMPARE(failed.error().code(), ErrorCode::Io);
        QVERIFY(failed.error().message().contains(QStringLiteral("missing-folder/spool.bin")));
    }

    void deviceSinkDeliversToAReader()
    {
        const QString fifo = m_dir.file(QStringLiteral("lp-ok"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QByteArray received;
        // A "printer" that reads until the writer closes; opening the FIFO read side first lets the sink open it.
        const int readFd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(readFd >= 0);
        std::unique_ptr<QThread> printer(QThread::create([readFd, &received] {
            const int flags = ::fcntl(readFd, F_GETFL);
            ::fcntl(readFd, F_SETFL, flags & ~O_NONBLOCK);
            char buffer[4096];
            bool seenData = false;
            for (;;) {
                const ssize_t n = ::read(readFd, buffer, sizeof buffer);
                if (n > 0) {
                    received.append(buffer, n);
                    seenData = true;
                } else if (n == 0 && seenData) {
                    break;
                } else if (n == 0) {
                    QThread::msleep(5); // the writer has not opened yet
                }
            }
        }));
        printer->start();
        QByteArray job(200 * 1024, '\0'); // larger than the pipe buffer: the sink must wait for room, not fail
        for (int i = 0; i < job.size(); ++i)
            job[i] = char(i * 7);
        DevicePrinterSink sink(fifo, 5000);
        const Status sent = sink.send(job);
        QVERIFY2(sent.has_value(), test::why(sent).constData());
        QVERIFY(printer->wait(5000));
        ::close(readFd);
        QCOMPARE(received.size(), job.size());
        QCOMPARE(received, job);
    }

    void deviceSinkFailsFastNamingThePrinter()
    {
        QElapsedTimer timer;
        timer.start();
        const QString missing = m_dir.file(QStringLiteral("usb-lp9"));
        const Status absent = DevicePrinterSink(missing).send("x");
        QVERIFY(!absent.has_value());
        QVERIFY(absent.error().message().contains(missing));

        // A FIFO nobody reads: like a device with no printer behind it.
        const QString unread = m_dir.file(QStringLiteral("lp-unread"));
        QCOMPARE(::mkfifo(QFile::encodeName(unread).constData(), 0600), 0);
        const Status noReader = DevicePrinterSink(unread).send("x");
        QVERIFY(!noReader.has_value());
        QVERIFY(noReader.error().message().contains(unread));
        QVERIFY(timer.elapsed() < 500);

        // A printer that takes the first bytes and then stalls (out of paper): the send gives up at its deadline.
        const QString stalled = m_dir.file(QStringLiteral("lp-stalled"));
        QCOMPARE(::mkfifo(QFile::encodeName(stalled).constData(), 0600), 0);
        const int readFd = ::open(QFile::encodeName(stalled).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(readFd >= 0);
        timer.restart();
        const Status stuck = DevicePrinterSink(stalled, 300).send(QByteArray(1024 * 1024, 'x'));
        const qint64 took = timer.elapsed();
        ::close(readFd);
        QVERIFY(!stuck.has_value());
        QVERIFY(stuck.error().message().contains(stalled));
        QVERIFY2(took >= 250 && took < 1500, qPrintable(QString::number(took)));
    }
};

QTEST_GUILESS_MAIN(TestPrintingSinks)
#include "testprintingsinks.moc"
