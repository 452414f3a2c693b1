// Keeps every customer's 12-month spend (their loyalty tier) true when they stop buying: moves the window's start
// forward once a day, and the tenant's triggers (migration 0026) recompute the customers it passed.
#pragma once

#include <QDateTime>
#include <QString>

#include "common/error.h"

namespace nexus {

class Database;

class CustomerFiguresSweep final
{
public:
    // Where the window starts at `nowUtc`: the UTC day boundary kLoyaltyWindowDays days before (a day's grain, so
    // the window moves and the customers whose oldest counted sale left it are recomputed once a day, not per pull).
    [[nodiscard]] static QString windowStart(const QDateTime &nowUtc);

    // Moves customer_figures_window.since up to windowStart(nowUtc) when it is behind (never back): the customers
    // whose oldest sale or return in their spend left the window get their figures again and their row is logged
    // to the "customers" bucket. One cheap read when nothing is due; true when the window moved. Several server
    // processes on one PostgreSQL database: the conditional update lets one of them move it.
    [[nodiscard]] static Result<bool> run(Database &tenant, const QDateTime &nowUtc);
};

} // namespace nexus
