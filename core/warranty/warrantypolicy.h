// How long a sold line is under warranty: the manager's policies (per brand and/or category of part, and one for
// labor), a line's own override and the catalogue category's default, and the one rule that picks among them.
#pragma once

#include <QList>
#include <QString>

#include <optional>

#include "common/error.h"

namespace nexus {

class Database;

enum class WarrantyScope { Part, Labor };

struct WarrantyPolicy
{
    WarrantyScope scope = WarrantyScope::Part;
    qint64 brandId = 0; // 0 any brand
    qint64 categoryId = 0; // 0 any category
    int days = 0; // 0: no warranty
    QString label; // "LTH / Acumuladores"
    QString updatedBy;
    QString updatedAtUtc;
};

// Where a line's period came from (shown next to the expiry date).
enum class WarrantySource { None, LineOverride, BrandCategory, Category, Brand, Catalogue, Labor };

struct WarrantyPeriod
{
    int days = 0;
    WarrantySource source = WarrantySource::None;
};

// What is known of one sold line when its period is chosen.
struct WarrantyLineFacts
{
    bool labor = false; // a service line (no part)
    qint64 brandId = 0; // 0 when the catalogue is not on this device
    qint64 categoryId = 0;
    int catalogueDays = 0; // the catalogue category's warranty_days
    std::optional<int> overrideDays; // warranty_line_overrides
};

// The rule: a line's override; labor: the labor policy; a part: its brand+category policy, its category's, its
// brand's, then the catalogue's default. A policy of 0 days means "no warranty" and stops the search there.
[[nodiscard]] WarrantyPeriod warrantyPeriod(const WarrantyLineFacts &line, const QList<WarrantyPolicy> &policies);
[[nodiscard]] QString warrantySourceTitle(WarrantySource source); // translated
// "6 meses", "1 año", "45 días": a period as a person says it (translated).
[[nodiscard]] QString warrantyPeriodText(int days);

inline constexpr int kMaxWarrantyDays = 3650;

// Checked: days 0…3650; a part policy names a brand or a category; a labor policy names neither (the counter's form
// and the server's warranty_policy.saved handler).
[[nodiscard]] Status validateWarrantyPolicy(const WarrantyPolicy &policy);

// The policies table (warranty_policies) and the per-line overrides.
class WarrantyPolicyStore final
{
public:
    explicit WarrantyPolicyStore(Database &db) : m_db(db) { }

    [[nodiscard]] Result<QList<WarrantyPolicy>> policies() const;
    // Adds or replaces the policy of (scope, brand, category). Checked: days 0…3650; a part policy names a brand or
    // a category; a labor policy names neither.
    // Each change is also a fact in the outbox (warranty_policy.saved / .removed) in the same transaction: the server
    // keeps the latest and sends it down to every counter of the tenant (the "workshop" pull bucket).
    [[nodiscard]] Status save(const WarrantyPolicy &policy, const QString &userName, const QString &nowUtc);
    [[nodiscard]] Status remove(WarrantyScope scope, qint64 brandId, qint64 categoryId, const QString &nowUtc);
    // The period of one sold line set by hand, with the reason (mandatory).
    [[nodiscard]] Status overrideLine(const QString &saleId, int lineNo, int days, const QString &reason,
        const QString &userId, const QString &nowUtc);

private:
    Database &m_db;
};

[[nodiscard]] QString warrantyScopeCode(WarrantyScope scope); // part | labor

} // namespace nexus
