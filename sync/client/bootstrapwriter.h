// Writes what enrollment brings down (device settings, branch, warehouses, users) into nexus.db in one transaction.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include "common/error.h"
#include "protocol/enrollmessages.h"

namespace nexus {

class Database;

class BootstrapWriter final
{
public:
    explicit BootstrapWriter(Database &db) : m_db(db) { }

    // All or nothing: the settings rows and the replicated rows commit together, so a crash in between can
    // never leave a device that looks enrolled but has no users to log in with.
    [[nodiscard]] Status write(const QList<QPair<QString, QString>> &settings, const wire::EnrollResponse &bootstrap);

private:
    Database &m_db;
};

} // namespace nexus
