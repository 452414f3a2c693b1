// The table itself. Forward work moves belong to the workshop; handing over belongs to the advisor; cancelling and
// reopening to a manager. Delivered is final: a car that comes back opens a new order.
#include "workshop/serviceordertransitions.h"

#include <algorithm>

namespace nexus {

namespace {
using S = ServiceOrderStatus;
using G = TransitionGate;
} // namespace

const std::vector<ServiceOrderTransition> &serviceOrderTransitions()
{
    static const std::vector<ServiceOrderTransition> table {
        { S::Received, S::Diagnosis, G::Workshop }, { S::Received, S::Cancelled, G::Manager, false, true },
        { S::Diagnosis, S::WaitingParts, G::Workshop }, { S::Diagnosis, S::Repair, G::Workshop, true },
        { S::Diagnosis, S::Cancelled, G::Manager, false, true }, { S::WaitingParts, S::Diagnosis, G::Workshop },
        { S::WaitingParts, S::Repair, G::Workshop, true }, { S::WaitingParts, S::Cancelled, G::Manager, false, true },
        { S::Repair, S::WaitingParts, G::Workshop }, { S::Repair, S::QualityCheck, G::Workshop },
        { S::Repair, S::Cancelled, G::Manager, false, true }, { S::QualityCheck, S::Repair, G::Workshop },
        { S::QualityCheck, S::Ready, G::Workshop }, { S::QualityCheck, S::Cancelled, G::Manager, false, true },
        { S::Ready, S::Delivered, G::Advisor },
        { S::Ready, S::Repair, G::Manager, false, true }, // reopen: the customer found something before delivery
        { S::Ready, S::Cancelled, G::Manager, false, true },
        { S::Cancelled, S::Received, G::Manager, false, true }, // reopen a cancelled order
    };
    return table;
}

const ServiceOrderTransition *findServiceOrderTransition(ServiceOrderStatus from, ServiceOrderStatus to)
{
    const std::vector<ServiceOrderTransition> &table = serviceOrderTransitions();
    const auto it = std::find_if(table.begin(), table.end(),
        [from, to](const ServiceOrderTransition &rule) { return rule.from == from && rule.to == to; });
    return it == table.end() ? nullptr : &*it;
}

std::vector<ServiceOrderStatus> nextServiceOrderStatuses(ServiceOrderStatus from)
{
    std::vector<ServiceOrderStatus> next;
    for (ServiceOrderStatus to : kServiceOrderStatuses)
        if (findServiceOrderTransition(from, to))
            next.push_back(to);
    return next;
}

bool gateAllows(TransitionGate gate, Role role)
{
    switch (gate) {
    case TransitionGate::Workshop:
        return roleHas(role, Permission::WorkServiceOrders) || roleHas(role, Permission::ManageServiceOrders);
    case TransitionGate::Advisor:
        return roleHas(role, Permission::ManageServiceOrders);
    case TransitionGate::Manager:
        return roleHas(role, Permission::SuperviseServiceOrders);
    }
    return false;
}

Permission gatePermission(TransitionGate gate)
{
    switch (gate) {
    case TransitionGate::Workshop:
        return Permission::WorkServiceOrders;
    case TransitionGate::Advisor:
        return Permission::ManageServiceOrders;
    case TransitionGate::Manager:
        return Permission::SuperviseServiceOrders;
    }
    return Permission::SuperviseServiceOrders;
}

Status checkServiceOrderTransition(ServiceOrderStatus from, ServiceOrderStatus to, Role role)
{
    const ServiceOrderTransition *rule = findServiceOrderTransition(from, to);
    if (!rule)
        return fail(ErrorCode::InvalidInput, NX_ERR("An order cannot go from \"%1\" to \"%2\""),
            { serviceOrderStatusName(from), serviceOrderStatusName(to) }, QStringLiteral("status"));
    if (gateAllows(rule->gate, role))
        return {};
    return fail(ErrorCode::PermissionDenied,
        rule->gate == TransitionGate::Manager
            ? NX_ERR("Only a manager may move an order from \"%1\" to \"%2\"")
            : NX_ERR("The role %3 may not move an order from \"%1\" to \"%2\": the service advisor or a manager must"),
        { serviceOrderStatusName(from), serviceOrderStatusName(to), roleDisplayName(role) }, QStringLiteral("status"));
}

} // namespace nexus
