// The folio witness: the highest ticket numbers, Z numbers and outbox seq this counter handed out, kept in a small file
// beside nexus.db, so a nexus.db restored from an old backup never prints a number it already printed.
#pragma once

#include <QMap>
#include <QString>

#include "common/error.h"

namespace nexus {

class Clock;
class Database;

// What a nexus.db has handed out: folio series → highest number ("MTY1" → 162, "COT:<branch>" → 7), "Z:<device>" →
// highest Z number, and the highest outbox seq (a seq behind the witness's is the surest sign of an old copy).
struct FolioMarks
{
    QString deviceId; // settings.device_id when the marks were taken ('' before enrollment)
    QMap<QString, qint64> numbers;
    qint64 outboxSeq = 0;

    // Every number and the seq at least as high as `other`'s.
    [[nodiscard]] bool covers(const FolioMarks &other) const;
    // The highest of both, key by key (the witness's numbers never go down).
    void raiseTo(const FolioMarks &other);

    [[nodiscard]] bool operator==(const FolioMarks &) const = default;
};

// What open() found when nexus.db was behind its witness.
struct WitnessCatchUp
{
    QMap<QString, std::pair<qint64, qint64>> moved; // key → {nexus.db's highest, the witness's}: counters moved past
    qint64 outboxSeq = 0; // nexus.db's highest seq when it is behind the witness's, else 0
    qint64 witnessSeq = 0;
    // nexus.db lost committed facts of this same device: the sync engine takes a new epoch before its first push.
    bool restored = false;
};

// Ordering, and why: the witness is raised AFTER each commit of the counter's connection, by a WitnessWriter on its
// own thread (store/witnesswriter.h), a few milliseconds after the commit; it is only ever raised (max key by key).
// - Written after commit, it never holds a number nexus.db did not commit: nexus.db behind the witness means nexus.db
//   lost committed work (an old copy put back), never "a sale was rolled back or crashed mid-way" (a witness written
//   before the commit would say that too, and every cancelled sale would look like a restore to head office).
// - Off the commit path on purpose: written inside the commit it was a second fsync per sale and doubled the
//   checkout's wall time on a busy disk. The price is a window of milliseconds: a crash in it leaves the witness a
//   few transactions behind nexus.db (harmless: the next open raises the witness to nexus.db), and only if nexus.db is
//   also replaced by an old copy before it is opened again can those few numbers be used twice; the server still
//   flags them (duplicate_folio), as it flags copies on another machine, which have no witness of their own.
// - A witness ahead of nexus.db is harmless: the counters skip to past it (numbers skipped, none repeated).
// - The file is replaced atomically (QSaveFile: temp file, fsync, rename): after a crash it is the old or the new one.
class FolioWitness final
{
public:
    // "nexus.db" → "nexus.db.witness": beside the database, outside it (a restore puts back nexus.db, -wal, -shm).
    [[nodiscard]] static QString pathFor(const QString &databasePath);

    explicit FolioWitness(QString path) : m_path(std::move(path)) { }

    // What `db` has handed out now.
    [[nodiscard]] static Result<FolioMarks> marksOf(Database &db);
    // The file's marks; empty marks when there is no file yet.
    [[nodiscard]] Result<FolioMarks> load() const;

    // At open, before the first sale: in one transaction, every counter behind the witness moves past it, an audit_log
    // row says what was found, and when this same device lost committed facts the settings row sync_restored asks the
    // sync engine for a new epoch. Then the witness is raised to nexus.db.
    [[nodiscard]] Result<WitnessCatchUp> reconcile(Database &db, const Clock &clock);
    // After a commit: raises the witness to what `db` has handed out (writes only when something went up).
    [[nodiscard]] Status record(Database &db);

private:
    [[nodiscard]] Status save(const FolioMarks &marks);

    QString m_path;
    FolioMarks m_written; // what the file holds (after reconcile)
};

} // namespace nexus
