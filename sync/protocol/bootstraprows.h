// The rows a new device receives for its branch (branches, warehouses, users tables), as sent on the wire.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "common/error.h"

namespace nexus::wire {

class JsonReader;

// One row of `branches`; JSON names are the column names.
struct BranchRow
{
    QString id;
    QString code;
    QString name;
    QString rfc;
    QString fiscalName;
    QString fiscalRegime;
    QString postalCode;
    bool borderRegion = false; // IVA 8 % (región fronteriza)
    QString address;
    QString phone;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static BranchRow read(JsonReader &reader);
};

struct WarehouseRow
{
    QString id;
    QString branchId;
    QString code;
    QString name;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static WarehouseRow read(JsonReader &reader);
};

// A user exactly as stored at HQ: the hashes travel so the counter can log people in offline.
struct UserRow
{
    QString id;
    QString username;
    QString displayName;
    QString role; // admin, manager, cashier, mechanic, hq
    std::optional<QString> branchId; // null: every branch (admin, hq)
    QString passwordHash;
    std::optional<QString> pinHash; // null: no quick switch
    bool active = true;
    QString updatedAt; // UTC ISO-8601

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static UserRow read(JsonReader &reader);
};

[[nodiscard]] bool isKnownRole(const QString &role);

} // namespace nexus::wire
