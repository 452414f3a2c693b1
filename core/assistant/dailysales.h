// Today's sales of this counter's nexus.db (local calendar day): tickets, total and cancellations, for the manager's
// "¿cómo vamos hoy?".
#pragma once

#include "common/error.h"
#include "common/money.h"

namespace nexus {

class Clock;
class Database;

struct DailySales
{
    int tickets = 0; // completed sales
    Money total; // their total, tax included
    int cancelled = 0;

    // The day that contains clock.nowUtc() in the computer's time zone.
    [[nodiscard]] static Result<DailySales> today(Database &db, const Clock &clock);
};

} // namespace nexus
