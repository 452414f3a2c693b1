// nexus-bench vin: offline VIN decoding speed on the installed vPIC database.
// `nexus-bench vin [--db FILE] [--vins FILE] [--demo N] [--patterns N] [--rounds R] [--seed S]`
// The VINs: the demo dataset's (real WMIs and years of cars sold in Mexico, core/demo), VINs built from vPIC's own
// model patterns (a WMI, a year its schema covers, each key position filled with a character the key allows, the
// check digit computed) and the lines of --vins FILE. Prints one JSON line: decodes/s and percentiles of R more
// rounds ("warm"), and as cold_* those of the first decode of every VIN on a freshly opened decoder (schemas read and
// compiled on first use).
#include "benchmarks.h"
#include "benchstats.h"

#include "demo/prng.h"
#include "demo/vehicletable.h"
#include "vehicles/vin.h"
#include "vehicles/vindecoder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <vector>

namespace nexus::bench {

namespace {

int failWith(const QString &message)
{
    QTextStream(stderr) << "nexus-bench vin: " << message << "\n";
    return 1;
}

constexpr char kVinChars[] = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

QChar randomVinChar(demo::Rng &rng, bool digitsOnly = false)
{
    return digitsOnly ? QChar(u'0' + char16_t(rng.below(10))) : QLatin1Char(kVinChars[rng.below(sizeof kVinChars - 1)]);
}

// A VIN a pattern key matches: every key position filled with a character it allows (classes by expansion).
QString vinFromKey(const QString &wmi, int year, const QString &keys, demo::Rng &rng)
{
    QString matchKey;
    for (qsizetype i = 0; i < keys.size() && matchKey.size() < 14; ++i) {
        const QChar c = keys[i];
        if (c == u'[') {
            const qsizetype close = keys.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return {};
            QString members;
            const QString body = keys.mid(i + 1, close - i - 1);
            if (body.startsWith(u'^'))
                return {};
            for (qsizetype k = 0; k < body.size(); ++k) {
                if (k + 2 < body.size() && body[k + 1] == u'-') {
                    for (char16_t m = body[k].unicode(); m <= body[k + 2].unicode(); ++m)
                        members.append(QChar(m));
                    k += 2;
                } else {
                    members.append(body[k]);
                }
            }
            QString allowed;
            for (const QChar m : members)
                if (QByteArray(kVinChars).contains(char(m.toLatin1())))
                    allowed.append(m);
            if (allowed.isEmpty())
                return {};
            matchKey.append(allowed[qsizetype(rng.below(std::uint64_t(allowed.size())))]);
            i = close;
        } else if (c == u'*' || c == u'#') {
            matchKey.append(QChar(u'*'));
        } else {
            matchKey.append(c);
        }
    }
    QString vin = wmi;
    for (int position = 4; position <= 17; ++position) {
        const qsizetype k = position < 9 ? position - 4 : position - 5; // the key has no position 9, a '|' instead
        const QChar fromKey = position == 9 ? QChar() : (k < matchKey.size() ? matchKey[k] : QChar(u'*'));
        if (position == 9) {
            vin.append(QLatin1Char('0'));
        } else if (position == 10) {
            const QChar code = vinModelYearCode(year);
            if (fromKey != u'*' && fromKey != code)
                return {};
            vin.append(code);
        } else if (fromKey != u'*') {
            vin.append(fromKey);
        } else {
            vin.append(randomVinChar(rng, position >= 13));
        }
    }
    if (vin.size() != 17 || !checkVinCharacters(vin))
        return {};
    vin[8] = vinCheckDigit(vin);
    return vin;
}

// VINs built from model patterns of vPIC itself, drawn deterministically from every WMI with 3 characters.
Result<QStringList> patternVins(const QString &path, int count, std::uint64_t seed)
{
    QStringList vins;
    const QString name = QStringLiteral("nexus-bench-vin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return fail(ErrorCode::Storage, "%1", { db.lastError().text() });
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral(
                "SELECT w.Wmi, wvs.YearFrom, coalesce(wvs.YearTo, 2026), p.Keys FROM Pattern p "
                "JOIN Wmi_VinSchema wvs ON wvs.VinSchemaId = p.VinSchemaId JOIN Wmi w ON w.Id = wvs.WmiId "
                "WHERE p.ElementId = 28 AND length(w.Wmi) = 3 AND wvs.YearFrom >= 1981 AND p.Keys NOT LIKE '%#%'")))
            return fail(ErrorCode::Storage, "%1", { query.lastError().text() });
        struct Candidate
        {
            QString wmi;
            int from;
            int to;
            QString keys;
        };
        std::vector<Candidate> candidates;
        while (query.next())
            candidates.push_back({ query.value(0).toString(), query.value(1).toInt(),
                std::min(query.value(2).toInt(), 2026), query.value(3).toString() });
        query.finish();
        if (candidates.empty())
            return fail(ErrorCode::NotFound, "no model patterns in %1", { path });
        demo::Rng rng = demo::Rng::stream(seed, demo::streamDomain("vin-bench"));
        for (int attempts = 0; vins.size() < count && attempts < count * 20; ++attempts) {
            const Candidate &c = candidates[rng.below(candidates.size())];
            if (c.to < c.from)
                continue;
            const int year = c.from + int(rng.below(std::uint64_t(c.to - c.from + 1)));
            const QString vin = vinFromKey(c.wmi, year, c.keys, rng);
            if (!vin.isEmpty())
                vins.append(vin);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return vins;
}

struct Timing
{
    std::vector<double> millis;
    std::vector<double> cpuMillis;
    std::vector<std::pair<double, QString>> slowest; // the slowest decodes, for --slowest
    qint64 nanos = 0;
    int withMake = 0;
    int withModel = 0;
};

Timing decodeAll(VinDecoder &decoder, const QStringList &vins)
{
    Timing timing;
    timing.millis.reserve(std::size_t(vins.size()));
    QElapsedTimer total;
    total.start();
    for (const QString &vin : vins) {
        QElapsedTimer one;
        const double cpuStart = threadCpuMs();
        one.start();
        const VinDecoding decoding = decoder.decode(vin);
        timing.millis.push_back(double(one.nsecsElapsed()) / 1e6);
        timing.cpuMillis.push_back(threadCpuMs() - cpuStart);
        timing.slowest.emplace_back(timing.millis.back(), vin);
        timing.withMake += decoding.make.isEmpty() ? 0 : 1;
        timing.withModel += decoding.model.isEmpty() ? 0 : 1;
    }
    timing.nanos = total.nsecsElapsed();
    std::sort(timing.slowest.begin(), timing.slowest.end(), std::greater<>());
    timing.slowest.resize(std::min<std::size_t>(timing.slowest.size(), 20));
    return timing;
}

QJsonObject report(const Timing &t, int rounds)
{
    const auto rounded = [](double ms) { return std::round(ms * 1000.0) / 1000.0; };
    const double decodes = double(t.millis.size());
    return { { QStringLiteral("rounds"), rounds },
        { QStringLiteral("decodes_per_s"), std::round(decodes / (double(t.nanos) / 1e9)) },
        { QStringLiteral("p50_ms"), rounded(percentile(t.millis, 0.50)) },
        { QStringLiteral("p99_ms"), rounded(percentile(t.millis, 0.99)) },
        { QStringLiteral("max_ms"), rounded(*std::max_element(t.millis.begin(), t.millis.end())) },
        { QStringLiteral("cpu_p50_ms"), rounded(percentile(t.cpuMillis, 0.50)) },
        { QStringLiteral("cpu_p99_ms"), rounded(percentile(t.cpuMillis, 0.99)) },
        { QStringLiteral("with_make_pct"), std::round(1000.0 * t.withMake / decodes) / 10.0 },
        { QStringLiteral("with_model_pct"), std::round(1000.0 * t.withModel / decodes) / 10.0 } };
}

} // namespace

int runVin(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption vinsOption(QStringLiteral("vins"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QString(), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption patternsOption(
        QStringLiteral("patterns"), QString(), QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QString(), QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption slowestOption(QStringLiteral("slowest")); // the last round's 20 slowest VINs on stderr
    parser.addOptions({ dbOption, vinsOption, demoOption, patternsOption, roundsOption, seedOption, slowestOption });
    if (!parser.parse(QStringList { QStringLiteral("nexus-bench") } + args)
        || !parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "nexus-bench vin: " << parser.errorText() << "\n";
        return 2;
    }
    bool ok = true;
    const int demoCount = parser.value(demoOption).toInt(&ok);
    const int patternCount = ok ? parser.value(patternsOption).toInt(&ok) : 0;
    const int rounds = ok ? parser.value(roundsOption).toInt(&ok) : 0;
    const std::uint64_t seed = ok ? parser.value(seedOption).toULongLong(&ok) : 0;
    if (!ok || demoCount < 0 || patternCount < 0 || rounds < 1) {
        QTextStream(stderr) << "nexus-bench vin: --demo, --patterns, --rounds and --seed take whole numbers\n";
        return 2;
    }
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : VinDecoder::defaultDatabasePath();

    QStringList vins;
    // The demo dataset's VINs: real WMIs and model years, a descriptor that is not a real one (a WMI-level decode).
    const demo::VehicleTable &table = demo::VehicleTable::instance();
    demo::Rng rng = demo::Rng::stream(seed, demo::streamDomain("vin-bench-demo"));
    for (int i = 0; i < demoCount; ++i) {
        const auto generation = static_cast<int>(table.pickGeneration(rng));
        const demo::VehicleGeneration &g = table.generations()[std::size_t(generation)];
        const int year = g.firstYear + int(rng.below(std::uint64_t(g.lastYear - g.firstYear + 1)));
        vins.append(QString::fromStdString(
            table.makeVin(generation, year, int(rng.below(std::uint64_t(g.engines.size()))), rng)));
    }
    if (patternCount > 0) {
        Result<QStringList> fromPatterns = patternVins(path, patternCount, seed);
        if (!fromPatterns)
            return failWith(fromPatterns.error().logMessage());
        vins += *fromPatterns;
    }
    if (parser.isSet(vinsOption)) {
        QFile file(parser.value(vinsOption));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return failWith(QStringLiteral("cannot read %1").arg(file.fileName()));
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty())
                vins.append(line);
        }
    }
    if (vins.isEmpty())
        return failWith(QStringLiteral("no VINs to decode"));

    QElapsedTimer opening;
    opening.start();
    Result<std::unique_ptr<VinDecoder>> decoder = VinDecoder::open(path);
    if (!decoder)
        return failWith(decoder.error().logMessage());
    const double openMs = double(opening.nsecsElapsed()) / 1e6;

    const Timing cold = decodeAll(**decoder, vins);

    Timing warm;
    for (int round = 0; round < rounds; ++round) {
        // A different order each round, so no decode is timed right after the same VIN.
        std::vector<qsizetype> order(std::size_t(vins.size()));
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = qsizetype(i);
        for (std::size_t i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[rng.below(i + 1)]);
        QStringList shuffled;
        for (const qsizetype i : order)
            shuffled.append(vins[i]);
        Timing one = decodeAll(**decoder, shuffled);
        warm.millis.insert(warm.millis.end(), one.millis.begin(), one.millis.end());
        warm.cpuMillis.insert(warm.cpuMillis.end(), one.cpuMillis.begin(), one.cpuMillis.end());
        warm.nanos += one.nanos;
        warm.withMake += one.withMake;
        warm.withModel += one.withModel;
        if (round == rounds - 1 && parser.isSet(slowestOption))
            for (const auto &[ms, vin] : one.slowest)
                QTextStream(stderr) << vin << " " << ms << " ms\n";
    }
    // One line: the warm figures (what a counter sees after its first decodes), then the cold ones prefixed.
    QJsonObject line = report(warm, rounds);
    const QJsonObject coldFigures = report(cold, 1);
    for (auto it = coldFigures.constBegin(); it != coldFigures.constEnd(); ++it)
        if (it.key() != QLatin1String("rounds"))
            line.insert(QStringLiteral("cold_") + it.key(), it.value());
    line.insert(QStringLiteral("bench"), QStringLiteral("vin"));
    line.insert(QStringLiteral("vins"), qint64(vins.size()));
    line.insert(QStringLiteral("open_ms"), std::round(openMs * 1000.0) / 1000.0);
    line.insert(QStringLiteral("cached_patterns"), qint64((*decoder)->cachedPatterns()));
    QTextStream out(stdout);
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
    out.flush();
    return 0;
}

} // namespace nexus::bench
