// How nexus-admin shows API keys (admin and operator, local and remote): the new key once, lists by id, revocations.
#pragma once

#include "commandline.h"

#include "server/adminkeys.h"

namespace nexus::admin {

// The actions of admin-key and operator-key (create, list, revoke) and their --name/--id options, added to `line`.
// nullopt for a known action, else the exit code of the usage error.
[[nodiscard]] std::optional<int> checkKeyAction(
    CommandLine &line, const QString &action, const QCommandLineOption &name, const QCommandLineOption &id);

// A table (ID CREATED STATE NAME) or {"rows": [{id, name, created_at, revoked_at}]}.
void printKeys(CommandLine &line, const QList<AdminKeyRow> &keys);
void printRevoked(CommandLine &line, const QString &id);
// Only the key on stdout (scripts capture it) and `note` on stderr; with --json `details` + key + id.
void printCreatedKey(CommandLine &line, const QString &key, const QString &note, QJsonObject details);

} // namespace nexus::admin
