// purchase_suggestion.added / .ordered / .withdrawn: the service orders' purchase suggestions of a branch, kept by the
// server so the "purchase_suggestions" bucket brings them to every device of the branch (tenant migration 0032).
//
// Each fact carries the whole suggestion: the first one to arrive keeps it under the device's branch. Who wins when
// two devices of the branch drafted the same suggestion offline: the earliest draft by (ordered_at, purchase order
// id), the same whatever order the facts arrive in; every draft is kept (purchase_suggestion_drafts), none is
// quarantined, and each later draft opens the exception 'purchase_suggestion_ordered_twice' naming both purchase
// orders' folios: the losing draft keeps its line for purchasing to take out before sending it (the server never edits
// a device's purchase order), and after the pull the losing device shows the suggestion ordered in the winner's
// folio. An ordered suggestion stays ordered: a withdrawal does not undo a draft (either order of arrival), and a
// suggestion both ordered and withdrawn opens 'purchase_suggestion_ordered_withdrawn'. A suggestion of an order the
// server already holds as cancelled is withdrawn when it arrives; the migrations' triggers withdraw an open one when
// its order is cancelled (0032) or its part line released (0033) later, at any device of the branch.
#pragma once

#include <memory>
#include <vector>

#include "server/mutationhandler.h"

namespace nexus {

// Refused (InvalidInput: quarantined): a malformed fact, a warehouse of another branch, a suggestion of another branch.
[[nodiscard]] std::vector<std::unique_ptr<MutationHandler>> makePurchaseSuggestionHandlers();

} // namespace nexus
