// A supplier of the store: fiscal id, contact, commercial terms and what it sells us (its part numbers, last costs).
#pragma once

#include <QString>

#include <vector>

#include "common/money.h"

namespace nexus {

struct SupplierPart
{
    qint64 partId = 0;
    QString sku; // ours
    QString description;
    QString supplierSku; // the supplier's own part number
    qint64 lastCostCents = 0; // in the supplier's currency, tax excluded
    bool preferred = false; // suggested orders for this part go to this supplier
};

struct Supplier
{
    QString id; // empty: not saved yet
    QString name;
    QString rfc; // '' allowed (foreign supplier); otherwise a valid RFC
    QString contactName;
    QString phone; // 10 digits
    QString email;
    int creditDays = 0;
    Currency currency = Currency::MXN;
    int leadTimeDays = 0;
    bool active = true;
    QString updatedAtUtc;
    std::vector<SupplierPart> parts;

    [[nodiscard]] const SupplierPart *part(qint64 partId) const;
};

} // namespace nexus
