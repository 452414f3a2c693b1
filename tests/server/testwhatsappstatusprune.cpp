// The WhatsApp delivery reports' retention (tenant migration 0027): WhatsAppStatusPrune deletes the reports received
// more than 90 days before now; each leaves a tombstone in the "whatsapp_statuses" bucket, so a counter that pulled
// them before drops their keys on its next incremental pull and its count and checksum match the server's
// checkpoint (no full pass), and a counter pulling from the start sees only the kept reports. Nothing due: nothing
// written. Every test runs on an SQLite tenant file and on a PostgreSQL tenant schema.
#include "ingesttest.h"

#include "server/changelogreader.h"
#include "server/isotime.h"
#include "server/whatsappstatusprune.h"

#include <map>

using namespace nexus;
using namespace nexus::test;

namespace {

// What a counter keeps of a bucket (pull_rows): key → seq; tombstones remove their key.
struct Replica
{
    std::map<QString, qint64> keys;
    QString cursor;

    void apply(const wire::PullResponse &page)
    {
        for (const wire::PullRow &row : page.rows) {
            if (row.deleted)
                keys.erase(row.key);
            else
                keys[row.key] = row.seq;
        }
        cursor = page.nextCursor;
    }
    // The pull client's local checkpoint (PullClient::localCheckpoint).
    [[nodiscard]] bool matches(const wire::PullCheckpoint &server) const
    {
        qint64 checksum = 0;
        for (const auto &[key, seq] : keys)
            checksum += (seq * 2654435761LL) % 4294967296LL;
        return qint64(keys.size()) == server.count && checksum == server.checksum;
    }
};

} // namespace

class TestWhatsAppStatusPrune final : public IngestTest
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();

    bool report(const QString &id, int daysAgo)
    {
        return m_tenant
            ->exec(QStringLiteral("INSERT INTO whatsapp_status_reports(id, received_at, body) VALUES (?, ?, ?)"),
                { id, isoUtc(m_now.addDays(-daysAgo)),
                    QStringLiteral(R"({"entry":[{"changes":[{"value":{"statuses":[{"id":"wamid.%1",)"
                                   R"("status":"delivered","timestamp":"1772463600"}]}}]}]})")
                        .arg(id) })
            .has_value();
    }

    Result<wire::PullResponse> pull(const QString &cursor)
    {
        Result<std::unique_ptr<ChangeLogReader>> reader = m_backends.changeLog(m_acmeTenant);
        if (!reader)
            return std::unexpected(reader.error());
        return (*reader)->page(QStringLiteral("whatsapp_statuses"), { QStringLiteral("*") }, cursor, 500);
    }

    qint64 value(const QString &sql)
    {
        const Result<QVariant> v = m_tenant->scalar(sql);
        return v && v->isValid() && !v->isNull() ? v->toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase_data() { backendRows(); }
    void initTestCase() { startBackends(); }
    void init() { openTenant(QStringLiteral("wa-prune")); }
    void cleanup() { closeTenant(); }

    void oldReportsGoAndTheCountersFollow()
    {
        QVERIFY(report(QStringLiteral("r-120"), 120));
        QVERIFY(report(QStringLiteral("r-91"), 91));
        QVERIFY(report(QStringLiteral("r-89"), 89));
        QVERIFY(report(QStringLiteral("r-0"), 0));

        // A counter pulled all four.
        Replica counter;
        Result<wire::PullResponse> first = pull(QString());
        QVERIFY2(first, why(first).constData());
        QCOMPARE(first->rows.size(), 4);
        counter.apply(*first);
        QVERIFY(counter.matches(first->checkpoint));

        // Nothing due yet 89 days ago: nothing deleted, nothing logged.
        const qint64 newest = value(QStringLiteral("SELECT max(seq) FROM change_log"));
        Result<qint64> none = WhatsAppStatusPrune::run(*m_tenant, m_now.addDays(-40));
        QVERIFY2(none, why(none).constData());
        QCOMPARE(*none, 0);
        QCOMPARE(value(QStringLiteral("SELECT max(seq) FROM change_log")), newest);

        // Now: the two past 90 days go.
        Result<qint64> pruned = WhatsAppStatusPrune::run(*m_tenant, m_now);
        QVERIFY2(pruned, why(pruned).constData());
        QCOMPARE(*pruned, 2);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM whatsapp_status_reports")), 2);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM change_log WHERE bucket = 'whatsapp_statuses' AND "
                                      "deleted = 1")),
            2);

        // The counter's next pull brings the tombstones: its keys and the checkpoint agree without a full pass.
        Result<wire::PullResponse> next = pull(counter.cursor);
        QVERIFY2(next, why(next).constData());
        QVERIFY(!next->reset);
        QCOMPARE(next->rows.size(), 2);
        for (const wire::PullRow &row : next->rows)
            QVERIFY2(row.deleted && (row.key == QLatin1String("r-120") || row.key == QLatin1String("r-91")),
                qPrintable(row.key));
        counter.apply(*next);
        QCOMPARE(next->checkpoint.count, 2);
        QVERIFY(counter.matches(next->checkpoint));
        QCOMPARE(counter.keys.size(), std::size_t(2));
        QVERIFY(counter.keys.contains(QStringLiteral("r-89")) && counter.keys.contains(QStringLiteral("r-0")));

        // A new counter from the start: the two kept reports (the tombstones delete nothing it has).
        Replica fresh;
        Result<wire::PullResponse> all = pull(QString());
        QVERIFY2(all, why(all).constData());
        fresh.apply(*all);
        QVERIFY(fresh.matches(all->checkpoint));
        QCOMPARE(fresh.keys.size(), std::size_t(2));

        // Run again: nothing more to do.
        Result<qint64> again = WhatsAppStatusPrune::run(*m_tenant, m_now);
        QVERIFY(again && *again == 0);
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppStatusPrune)
#include "testwhatsappstatusprune.moc"
