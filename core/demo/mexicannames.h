// Names of people and businesses as the SAT registers them (upper case, no accents but Ñ), for demo customers and
// staff.
#pragma once

#include <QString>

#include "demo/prng.h"

namespace nexus::demo {

struct PersonName
{
    QString given; // "JUAN CARLOS"
    QString paternal; // "HERNANDEZ"
    QString maternal; // "LOPEZ" (may be empty)
    bool female = false;

    [[nodiscard]] QString full() const
    {
        if (maternal.isEmpty())
            return given + QLatin1Char(' ') + paternal;
        return given + QLatin1Char(' ') + paternal + QLatin1Char(' ') + maternal;
    }
    // "Juan Carlos Hernández"-style display form (title case) for staff shown in the UI.
    [[nodiscard]] QString display() const;
};

enum class BusinessKind { Workshop, PartsStore, Transport, Other };

struct BusinessName
{
    QString name; // razón social without the régimen societario ("TRANSPORTES GARCIA DEL BAJIO")
    BusinessKind kind = BusinessKind::Other;
};

[[nodiscard]] PersonName randomPerson(Rng &rng);
[[nodiscard]] BusinessName randomBusiness(Rng &rng, const QString &city);

} // namespace nexus::demo
