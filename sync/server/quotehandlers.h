// quote.saved / quote.converted / quote.cancelled: a branch's quotes. A quote is stored once (a replay or a second
// quote.saved of the same id changes nothing); converted records the sale it became, cancelled closes it. A quote
// converted twice (two sales for one quote: a device restored from an old backup) is kept with its first sale and
// opens an exception for HQ.
#pragma once

#include <memory>
#include <vector>

#include "server/mutationhandler.h"

namespace nexus {

// Refused (InvalidInput: quarantined): a malformed fact, a quote of another branch, a state change of a quote the
// server never received.
[[nodiscard]] std::vector<std::unique_ptr<MutationHandler>> makeQuoteHandlers();

} // namespace nexus
