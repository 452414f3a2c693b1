// nexus-bench price-delta: seconds from HQ committing N price changes at the server (tenant part_prices, as a
// nexus-admin bulk change writes them) until every one is what the counter's cart lookup charges, through the real
// nexus-server process and the real PullClient of an enrolled device over loopback HTTPS.
// `nexus-bench price-delta [--changes N] [--limit ROWS_PER_PAGE]`
#include "benchmarks.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/pullclient.h"
#include "client/transportsession.h"
#include "common/clock.h"
#include "demo/catalogwriter.h"
#include "protocol/pullmessages.h"
#include "sales/cartitemlookup.h"
#include "store/catalogstore.h"
#include "store/localstore.h"
#include "store/schemadatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>

namespace nexus::bench {

namespace {

double seconds(qint64 nanoseconds)
{
    return static_cast<double>(nanoseconds) / 1e9;
}

bool admin(const QStringList &args, QString *out, QTextStream &err)
{
    QProcess process;
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/nexus-admin"), args);
    if (!process.waitForStarted() || !process.waitForFinished(120000) || process.exitCode() != 0) {
        err << "nexus-bench price-delta: nexus-admin " << args.join(QLatin1Char(' '))
            << " failed: " << QString::fromUtf8(process.readAllStandardError()) << "\n";
        return false;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

// The real server on a free loopback port, terminated when this goes out of scope.
class Server final
{
public:
    Q_DISABLE_COPY_MOVE(Server)
    Server() = default;
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(20000))
                m_process.kill();
        }
    }
    bool start(const QString &dataDir)
    {
        m_process.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/nexus-server"));
        m_process.setArguments(
            { QStringLiteral("--data"), dataDir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        m_process.start();
        static const QRegularExpression listening(
            QStringLiteral("^listening (https://127\\.0\\.0\\.1:\\d+)$"), QRegularExpression::MultilineOption);
        QString text;
        QElapsedTimer wait;
        wait.start();
        while (m_url.isEmpty() && wait.elapsed() < 30000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            text += QString::fromUtf8(m_process.readAllStandardOutput());
            const QRegularExpressionMatch match = listening.match(text);
            if (match.hasMatch())
                m_url = match.captured(1);
        }
        return !m_url.isEmpty();
    }
    [[nodiscard]] const QString &url() const { return m_url; }
    [[nodiscard]] QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QString m_url;
};

struct Change
{
    qint64 partId = 0;
    qint64 cents = 0;
    qint64 version = 0;
};

} // namespace

int runPriceDelta(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    qint64 changes = 10000;
    int limit = wire::kPullMaxLimit;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--changes") && i + 1 < args.size())
            changes = args.at(++i).toLongLong(&ok);
        else if (args.at(i) == QLatin1String("--limit") && i + 1 < args.size())
            limit = args.at(++i).toInt(&ok);
        else
            ok = false;
        if (!ok || changes < 1 || changes > 1'000'000 || limit < 1 || limit > wire::kPullMaxLimit) {
            err << "nexus-bench price-delta: bad argument \"" << args.at(i)
                << "\"; use [--changes 1..1000000] [--limit 1.." << wire::kPullMaxLimit << "]\n";
            return 2;
        }
    }
    QLoggingCategory::setFilterRules(QStringLiteral("nexus.*.info=false"));
    qputenv("NEXUS_SECRET_STORE", "file");
    QTemporaryDir work;
    const QString server = work.filePath(QStringLiteral("server"));
    const QString pos = work.filePath(QStringLiteral("pos"));
    QDir().mkpath(pos);

    // 1. A tenant with one branch, and the counter's catalogue (the parts whose prices change).
    if (!admin(
            { QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"), server,
                QStringLiteral("--slug"), QStringLiteral("bench"), QStringLiteral("--name"), QStringLiteral("Bench") },
            nullptr, err))
        return 1;
    const QString tenantPath = server + QStringLiteral("/tenants/bench/tenant.db");
    {
        auto tenant = openWithSchema(tenantPath, Durability::Full, QStringLiteral("server/tenant"));
        if (!tenant
            || !(*tenant)->execScript(QStringLiteral(
                "INSERT INTO branches(id, code, name) VALUES ('bench-branch', 'BEN', 'Sucursal de prueba');"
                "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('bench-wh', 'bench-branch', 'MOS', "
                "'Mostrador');"))) {
            err << "nexus-bench price-delta: cannot write the tenant\n";
            return 1;
        }
    }
    demo::DemoOptions demoOptions;
    demoOptions.outDir = pos;
    demoOptions.parts = changes + changes / 10 + 100; // some generated parts are inactive; they are not priced
    demo::ProgressCounter progress { 0 };
    const QString catalogPath = pos + QStringLiteral("/catalog.db");
    if (auto written = demo::CatalogWriter(demoOptions, progress).write(catalogPath); !written) {
        err << "nexus-bench price-delta: " << written.error().logMessage() << "\n";
        return 1;
    }

    // 2. The server and an enrolled counter that has caught up with every bucket, as a running counter has.
    Server process;
    if (!process.start(server)) {
        err << "nexus-bench price-delta: nexus-server did not start: " << process.errors() << "\n";
        return 1;
    }
    const QString caFile = server + QStringLiteral("/tls/cert.pem");
    QString code;
    if (!admin({ QStringLiteral("enroll-code"), QStringLiteral("--data"), server, QStringLiteral("--tenant"),
                   QStringLiteral("bench"), QStringLiteral("--branch"), QStringLiteral("BEN") },
            &code, err))
        return 1;
    auto store = LocalStore::open(pos + QStringLiteral("/nexus.db"));
    if (!store) {
        err << "nexus-bench price-delta: " << store.error().logMessage() << "\n";
        return 1;
    }
    Result<EnrollmentResult> enrolled
        = enrollDevice(**store, EnrollmentRequest { process.url(), code.trimmed(), QStringLiteral("bench"), caFile });
    Result<QByteArray> secret
        = enrolled ? loadDeviceSecret(**store) : Result<QByteArray>(std::unexpected(enrolled.error()));
    if (!secret) {
        err << "nexus-bench price-delta: " << secret.error().logMessage() << "\n";
        return 1;
    }
    CurlTransport transport(process.url(), HttpClient::Options { caFile, 5000, 60000, nullptr });
    TransportSession session(transport, enrolled->deviceId, QString::fromUtf8(*secret));
    PullClient puller((*store)->db(), session, Clock::system());
    if (Result<PullOutcome> first = puller.pull(QString(wire::kBucketPrices), limit); !first) {
        err << "nexus-bench price-delta: " << first.error().logMessage() << "\n";
        return 1;
    }
    auto catalog = CatalogStore::open(catalogPath);
    if (!catalog) {
        err << "nexus-bench price-delta: " << catalog.error().logMessage() << "\n";
        return 1;
    }
    QList<Change> planned; // every part's retail price up by $5.00, one version newer
    {
        Result<QSqlQuery> parts = (*catalog)->db().exec(
            QStringLiteral(
                "SELECT id, retail_price_cents, price_version FROM parts WHERE active = 1 ORDER BY id LIMIT ?"),
            { changes });
        if (!parts) {
            err << "nexus-bench price-delta: " << parts.error().logMessage() << "\n";
            return 1;
        }
        while (parts->next())
            planned.append(
                { parts->value(0).toLongLong(), parts->value(1).toLongLong() + 500, parts->value(2).toLongLong() + 1 });
    }
    if (planned.size() != changes) {
        err << "nexus-bench price-delta: the catalogue has only " << planned.size() << " active parts\n";
        return 1;
    }
    const CartItemLookup lookup((*catalog)->db(), (*store)->db());

    // 3. Timed: HQ's transaction at the server, then the counter's pull, then every part through the cart lookup.
    QElapsedTimer timer;
    timer.start();
    {
        auto tenant = Database::open(tenantPath, Durability::Full);
        if (!tenant) {
            err << "nexus-bench price-delta: " << tenant.error().logMessage() << "\n";
            return 1;
        }
        Transaction transaction(**tenant);
        if (!transaction.begin()) {
            err << "nexus-bench price-delta: cannot begin at the server\n";
            return 1;
        }
        QSqlQuery insert((*tenant)->connection());
        insert.prepare(QStringLiteral("INSERT INTO part_prices(part_id, price_list, price_cents, price_version, "
                                      "updated_at) VALUES (?, '', ?, ?, ?) ON CONFLICT(part_id, price_list) DO UPDATE "
                                      "SET price_cents = excluded.price_cents, price_version = excluded.price_version, "
                                      "updated_at = excluded.updated_at"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const Change &change : std::as_const(planned)) {
            insert.bindValue(0, change.partId);
            insert.bindValue(1, change.cents);
            insert.bindValue(2, change.version);
            insert.bindValue(3, now);
            if (!insert.exec()) {
                err << "nexus-bench price-delta: " << insert.lastError().text() << "\n";
                return 1;
            }
        }
        if (!transaction.commit()) {
            err << "nexus-bench price-delta: cannot commit at the server\n";
            return 1;
        }
    }
    const qint64 written = timer.nsecsElapsed();
    Result<PullOutcome> pulled = puller.pull(QString(wire::kBucketPrices), limit);
    if (!pulled) {
        err << "nexus-bench price-delta: " << pulled.error().logMessage() << "\n";
        return 1;
    }
    const qint64 applied = timer.nsecsElapsed();
    qint64 visible = 0;
    for (const Change &change : std::as_const(planned)) {
        Result<CartItem> item = lookup.item(change.partId, std::nullopt, QStringLiteral("bench-wh"));
        if (item && item->unitPrice.centavos() == change.cents && item->priceVersion == change.version)
            ++visible;
    }
    const qint64 checked = timer.nsecsElapsed();
    if (visible != planned.size()) {
        err << "nexus-bench price-delta: only " << visible << " of " << planned.size()
            << " changes are what the cart charges\n";
        return 1;
    }
    // "seconds": HQ's commit until the last page is committed in the counter's nexus.db, from when every change is
    // what the cart lookup reads; the check of all of them through that lookup (10,000 separate item lookups, as
    // the cart does one per scan) is reported on its own and in the total.
    const QJsonObject line { { QStringLiteral("changes"), planned.size() },
        { QStringLiteral("seconds"), seconds(applied) }, { QStringLiteral("server_write_seconds"), seconds(written) },
        { QStringLiteral("seconds_with_lookup_check"), seconds(checked) },
        { QStringLiteral("pull_seconds"), seconds(applied - written) },
        { QStringLiteral("lookup_check_seconds"), seconds(checked - applied) },
        { QStringLiteral("pages"), pulled->pages }, { QStringLiteral("rows"), pulled->rows },
        { QStringLiteral("limit"), limit } };
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

} // namespace nexus::bench
