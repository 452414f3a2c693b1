// FolioWitness: the marks read from nexus.db, the JSON file beside it, and the catch-up of a restored nexus.db.
#include "store/foliowitness.h"

#include "auth/auditlog.h"
#include "common/clock.h"
#include "common/logging.h"
#include "store/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace nexus {

namespace {

constexpr int kFormat = 1;
const QString kZPrefix = QStringLiteral("Z:");

QJsonObject toJson(const FolioMarks &marks)
{
    QJsonObject numbers;
    for (auto it = marks.numbers.cbegin(); it != marks.numbers.cend(); ++it)
        numbers.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("format"), kFormat }, { QStringLiteral("device_id"), marks.deviceId },
        { QStringLiteral("outbox_seq"), marks.outboxSeq }, { QStringLiteral("numbers"), numbers } };
}

} // namespace

bool FolioMarks::covers(const FolioMarks &other) const
{
    if (outboxSeq < other.outboxSeq || (!other.deviceId.isEmpty() && deviceId != other.deviceId))
        return false;
    for (auto it = other.numbers.cbegin(); it != other.numbers.cend(); ++it)
        if (numbers.value(it.key(), 0) < it.value())
            return false;
    return true;
}

void FolioMarks::raiseTo(const FolioMarks &other)
{
    if (!other.deviceId.isEmpty())
        deviceId = other.deviceId;
    outboxSeq = std::max(outboxSeq, other.outboxSeq);
    for (auto it = other.numbers.cbegin(); it != other.numbers.cend(); ++it)
        numbers[it.key()] = std::max(numbers.value(it.key(), 0), it.value());
}

QString FolioWitness::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".witness");
}

Result<FolioMarks> FolioWitness::marksOf(Database &db)
{
    FolioMarks marks;
    // Counters hold the next number; a Z number is the highest of the device's closed tills or its counter row.
    Result<QSqlQuery> rows = db.exec(QStringLiteral(
        "SELECT series, next_number - 1 FROM folio_counters "
        "UNION ALL SELECT 'Z:' || device_id, max(z_number) FROM cash_sessions WHERE z_number IS NOT NULL "
        "GROUP BY device_id"));
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next())
        marks.numbers[rows->value(0).toString()]
            = std::max(marks.numbers.value(rows->value(0).toString(), 0), rows->value(1).toLongLong());
    rows->finish();
    // sqlite_sequence remembers seqs of rows since deleted; it has no row before the first insert.
    Result<QVariant> seq = db.scalar(
        QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0), "
                       "coalesce((SELECT max(seq) FROM outbox), 0))"));
    if (!seq)
        return std::unexpected(seq.error());
    marks.outboxSeq = seq->toLongLong();
    Result<QVariant> device = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'device_id'"));
    if (!device)
        return std::unexpected(device.error());
    marks.deviceId = device->toString();
    return marks;
}

Result<FolioMarks> FolioWitness::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return FolioMarks {};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, NX_ERR("The folio witness %1 cannot be read: %2"), { m_path, file.errorString() });
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject json = document.object();
    if (parseError.error != QJsonParseError::NoError || json.value(QStringLiteral("format")).toInt() != kFormat)
        return fail(ErrorCode::Storage, NX_ERR("The folio witness %1 is damaged"), { m_path });
    FolioMarks marks;
    marks.deviceId = json.value(QStringLiteral("device_id")).toString();
    marks.outboxSeq = json.value(QStringLiteral("outbox_seq")).toInteger();
    const QJsonObject numbers = json.value(QStringLiteral("numbers")).toObject();
    for (auto it = numbers.constBegin(); it != numbers.constEnd(); ++it)
        marks.numbers.insert(it.key(), it.value().toInteger());
    return marks;
}

Status FolioWitness::save(const FolioMarks &marks)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Storage, NX_ERR("The folio witness %1 cannot be written: %2"), { m_path, file.errorString() });
    file.write(QJsonDocument(toJson(marks)).toJson(QJsonDocument::Compact));
    // commit(): flushed, fsync'd, then renamed over the old file.
    if (!file.commit())
        return fail(ErrorCode::Storage, NX_ERR("The folio witness %1 cannot be written: %2"), { m_path, file.errorString() });
    m_written = marks;
    return {};
}

Result<WitnessCatchUp> FolioWitness::reconcile(Database &db, const Clock &clock)
{
    Result<FolioMarks> witness = load();
    if (!witness) {
        // A damaged witness protects nothing; nexus.db starts a new one (logged, never a reason not to sell).
        qCWarning(lcStore).noquote() << witness.error().logMessage();
        witness = FolioMarks {};
    }
    WitnessCatchUp found;
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<FolioMarks> current = marksOf(db);
    if (!current)
        return std::unexpected(current.error());
    QJsonObject details;
    for (auto it = witness->numbers.cbegin(); it != witness->numbers.cend(); ++it) {
        const qint64 held = current->numbers.value(it.key(), 0);
        if (held >= it.value())
            continue;
        found.moved.insert(it.key(), { held, it.value() });
        details.insert(it.key(), QJsonObject { { QStringLiteral("database"), held }, { QStringLiteral("witness"), it.value() } });
        // Z numbers follow the same row: TillCloseService takes the higher of the counter and the closed tills.
        Result<QSqlQuery> moved = db.exec(
            QStringLiteral("INSERT INTO folio_counters(series, next_number) VALUES (?, ?) ON CONFLICT(series) "
                           "DO UPDATE SET next_number = max(folio_counters.next_number, excluded.next_number)"),
            { it.key(), it.value() + 1 });
        if (!moved)
            return std::unexpected(moved.error());
    }
    if (current->outboxSeq < witness->outboxSeq) {
        found.outboxSeq = current->outboxSeq;
        found.witnessSeq = witness->outboxSeq;
    }
    const bool behind = !found.moved.isEmpty() || found.witnessSeq > 0;
    // The same enrolled device lost facts it had committed: its outbox seqs went back too. Another identity's witness
    // (a copy enrolled again, a new install) only moves numbers.
    found.restored = behind && !current->deviceId.isEmpty() && current->deviceId == witness->deviceId;
    if (behind) {
        const QJsonObject audit { { QStringLiteral("numbers"), details },
            { QStringLiteral("outbox_seq"),
                QJsonObject { { QStringLiteral("database"), current->outboxSeq },
                    { QStringLiteral("witness"), witness->outboxSeq } } },
            { QStringLiteral("witness_device_id"), witness->deviceId }, { QStringLiteral("restored"), found.restored } };
        // Before enrollment there is no device id yet; the audit row still needs one that is not NULL.
        const QString auditDevice = current->deviceId.isEmpty() ? QStringLiteral("") : current->deviceId;
        if (Status audited = AuditLog(db, clock, auditDevice)
                                 .append(QString(), QStringLiteral("database_behind_witness"), m_path, audit);
            !audited)
            return std::unexpected(audited.error());
        if (found.restored) {
            QJsonObject hint = audit;
            hint.insert(QStringLiteral("at"), clock.nowUtc().toString(Qt::ISODateWithMs));
            Result<QSqlQuery> hinted = db.exec(
                QStringLiteral("INSERT INTO settings(key, value) VALUES ('sync_restored', ?) ON CONFLICT(key) DO UPDATE "
                               "SET value = excluded.value"),
                { QString::fromUtf8(QJsonDocument(hint).toJson(QJsonDocument::Compact)) });
            if (!hinted)
                return std::unexpected(hinted.error());
        }
        qCWarning(lcStore).noquote() << "nexus.db is behind its folio witness" << m_path
                                     << QJsonDocument(audit).toJson(QJsonDocument::Compact)
                                     << "- counters moved past the witness before the first sale";
    }
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    // Numbers only go up: what the witness had (counters moved past above), raised to what nexus.db has now. The
    // outbox seq is nexus.db's own from here on: seqs cannot skip (the server acks contiguous ones), the epoch change
    // the hint asks for moves them on the wire instead, and a witness kept above would flag every later start.
    Result<FolioMarks> after = marksOf(db);
    if (!after)
        return std::unexpected(after.error());
    FolioMarks raised = *witness;
    raised.raiseTo(*after);
    raised.outboxSeq = after->outboxSeq;
    if (raised != *witness || !QFile::exists(m_path)) {
        // Not a reason to refuse the counter: it sells protected by nexus.db alone, as before the witness.
        if (Status saved = save(raised); !saved)
            qCWarning(lcStore).noquote() << saved.error().logMessage();
    } else {
        m_written = raised;
    }
    return found;
}

Status FolioWitness::record(Database &db)
{
    Result<FolioMarks> marks = marksOf(db);
    if (!marks)
        return std::unexpected(marks.error());
    if (m_written.covers(*marks))
        return {};
    FolioMarks raised = m_written;
    raised.raiseTo(*marks);
    return save(raised);
}

} // namespace nexus
