// Applies the forward-only numbered SQL migrations of one schema family, each in its own transaction.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "common/error.h"

namespace nexus {

class Database;

struct Migration
{
    int version = 0;     // NNNN from the file name
    QString name;        // the rest of the file name
    QByteArray sql;
    QByteArray checksum; // SHA-256 hex of the file
};

class Migrator final
{
public:
    // Loads `:/migrations/<family>/NNNN_name.sql`; family is "client", "catalog", "server/master"…
    [[nodiscard]] static Result<QList<Migration>> load(const QString &family);
    [[nodiscard]] static Result<QList<Migration>> loadFrom(const QString &directory);

    explicit Migrator(QList<Migration> migrations) : m_migrations(std::move(migrations)) {}

    // Checks what is applied, then applies the rest in order. A database newer than the program,
    // or with an applied migration whose checksum changed, is refused before anything is written.
    [[nodiscard]] Status migrate(Database &db) const;
    // Only the checks of migrate(): nothing is written.
    [[nodiscard]] Status verify(Database &db) const;

    [[nodiscard]] int latestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.last().version; }
    [[nodiscard]] static Result<int> currentVersion(Database &db);

private:
    QList<Migration> m_migrations;
};

} // namespace nexus
