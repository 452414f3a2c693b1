// The transition table of a service order: which moves between states exist, who may make each one, and what a move
// requires or does. The board, the kiosk and the service all ask this table; nothing else decides.
#pragma once

#include <vector>

#include "auth/permission.h"
#include "auth/role.h"
#include "common/error.h"
#include "workshop/serviceorderstatus.h"

namespace nexus {

// Who may make a move.
enum class TransitionGate {
    Workshop, // the mechanic working the car, or the service advisor (WorkServiceOrders or ManageServiceOrders)
    Advisor, // the service advisor or a manager (ManageServiceOrders): hand the car over
    Manager, // a manager only (SuperviseServiceOrders): cancel, reopen
};

struct ServiceOrderTransition
{
    ServiceOrderStatus from;
    ServiceOrderStatus to;
    TransitionGate gate;
    bool needsApprovedEstimate = false; // no repair work before the customer approved the estimate
    bool needsNote = false; // cancel and reopen say why
};

// Every allowed move; any pair not listed is refused.
[[nodiscard]] const std::vector<ServiceOrderTransition> &serviceOrderTransitions();
// The rule for from → to, or nullptr when that move does not exist.
[[nodiscard]] const ServiceOrderTransition *findServiceOrderTransition(ServiceOrderStatus from, ServiceOrderStatus to);
// The states an order in `from` may move to, in board order.
[[nodiscard]] std::vector<ServiceOrderStatus> nextServiceOrderStatuses(ServiceOrderStatus from);

[[nodiscard]] bool gateAllows(TransitionGate gate, Role role);
// The permission a manager's PIN must carry to authorise a move behind `gate` for someone whose role lacks it.
[[nodiscard]] Permission gatePermission(TransitionGate gate);

// InvalidInput (field "status") when the move does not exist; PermissionDenied when `role` may not make it.
[[nodiscard]] Status checkServiceOrderTransition(ServiceOrderStatus from, ServiceOrderStatus to, Role role);

} // namespace nexus
