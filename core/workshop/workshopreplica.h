// The "workshop" pull bucket applied to nexus.db (DESIGN.md "Down (pull)"): the tenant's warranty policies, fleets,
// maintenance plan lines and services done, as other counters (or this one) pushed them. Policies, fleets and plan
// lines keep the latest edit by its time (an edit made here and still on its way up is not overwritten by an older
// one); services done are append-only. Written without outbox facts: they are the server's state, not new facts.
#pragma once

#include <QJsonObject>
#include <QString>

#include "common/error.h"

namespace nexus {

class Database;

class WorkshopReplica final
{
public:
    // Inside the caller's transaction (one per pulled page).
    explicit WorkshopReplica(Database &db) : m_db(db) { }

    // A row of any kind ("policy", "fleet", "plan", "record"); an unknown kind is a protocol error.
    [[nodiscard]] Status apply(const QJsonObject &row);
    // A tombstone: a removed policy goes; the server never deletes fleets, plan lines (they are deactivated) or
    // services done, so their keys need nothing.
    [[nodiscard]] Status remove(const QString &key);

private:
    [[nodiscard]] Status exec(const QString &sql, const QVariantList &values);

    Database &m_db;
};

} // namespace nexus
