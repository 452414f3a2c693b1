// The "customer_cards" pull bucket applied to nexus.db (DESIGN.md "Down (pull)"): the vehicles, notes and calls and
// tag sets other counters of the tenant wrote, so a customer's card is the same at every branch. A vehicle edited
// here after the server's version (a later updated_at) keeps the local edit, and so does a tag set edited here after
// the server's one and not yet acknowledged (its fact, on the way up, will win at the server and come back down);
// notes are append-only and never replaced.
#pragma once

#include <QJsonObject>
#include <QString>

#include "common/error.h"

namespace nexus {

class Database;

class CustomerCardReplica final
{
public:
    // Inside the caller's transaction (one per pulled page).
    explicit CustomerCardReplica(Database &db) : m_db(db) { }

    // A row of the bucket: {"kind": "vehicle" | "note" | "tags" | "preferences", …} as server/tenant/0021 and 0025
    // build it. A row of an unknown kind or missing its ids is a protocol error (the page is not applied).
    [[nodiscard]] Status apply(const QJsonObject &row);
    // A tombstone: "v/<id>" removes that vehicle; notes and tag sets are never removed this way.
    [[nodiscard]] Status remove(const QString &key);

private:
    [[nodiscard]] Status applyVehicle(const QJsonObject &row);
    [[nodiscard]] Status applyNote(const QJsonObject &row);
    [[nodiscard]] Status applyTags(const QJsonObject &row);

    Database &m_db;
};

} // namespace nexus
