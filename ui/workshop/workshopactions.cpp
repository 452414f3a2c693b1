// The move dialogue: table → rights (manager PIN) → reason → service.
#include "workshop/workshopactions.h"

#include "auth/authservice.h"
#include "workshop/workshopauthdialog.h"
#include "workshop/workshopformat.h"
#include "workshop/workshoptextdialog.h"

#include <QStringList>

namespace nexus {

Status statusOf(const Result<ServiceOrder> &result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

WorkshopActions::WorkshopActions(ServiceOrderService &service, AuthService &auth, QObject *parent)
    : QObject(parent), m_service(service), m_auth(auth)
{
}

MoveOutcome WorkshopActions::move(
    QWidget *parent, const QString &orderId, const QString &folio, ServiceOrderStatus from, ServiceOrderStatus to)
{
    const ServiceOrderTransition *rule = findServiceOrderTransition(from, to);
    if (!rule) {
        QStringList allowed;
        for (ServiceOrderStatus next : nextServiceOrderStatuses(from))
            allowed << serviceOrderStatusName(next);
        return { false, true,
            allowed.isEmpty() ? tr("%1 cannot go from \"%2\" to \"%3\": a closed order does not move any more.")
                                    .arg(folio, serviceOrderStatusName(from), serviceOrderStatusName(to))
                              : tr("%1 cannot go from \"%2\" to \"%3\". From \"%2\" it can go to: %4.")
                                    .arg(folio, serviceOrderStatusName(from), serviceOrderStatusName(to),
                                        allowed.join(QStringLiteral(", "))) };
    }
    if (!m_auth.currentUser())
        return { false, true, tr("Log in first.") };
    const WorkshopActor actor = actorOf(*m_auth.currentUser());
    std::optional<WorkshopActor> authorizer;
    if (!gateAllows(rule->gate, actor.role)) {
        WorkshopAuthDialog authorize(m_auth, gatePermission(rule->gate), m_service.context().branchId, folio,
            (rule->gate == TransitionGate::Manager
                    ? tr("Moving %1 from \"%2\" to \"%3\" needs a manager's authorisation.")
                    : tr("Moving %1 from \"%2\" to \"%3\" needs the service advisor's or a manager's authorisation."))
                .arg(folio, serviceOrderStatusName(from), serviceOrderStatusName(to)),
            parent);
        if (authorize.exec() != QDialog::Accepted || !authorize.authorizer())
            return { false, false, tr("%1 was not moved: nobody authorised it.").arg(folio) };
        authorizer = authorize.authorizer();
    }
    QString note;
    if (rule->needsNote) {
        WorkshopTextDialog reason(
            to == ServiceOrderStatus::Cancelled ? tr("Cancel %1").arg(folio) : tr("Reopen %1").arg(folio),
            tr("Why does %1 go from \"%2\" to \"%3\"?")
                .arg(folio, serviceOrderStatusName(from), serviceOrderStatusName(to)),
            tr("Move it"), parent);
        if (reason.exec() != QDialog::Accepted)
            return { false, false, tr("%1 was not moved.").arg(folio) };
        note = reason.text();
    }
    Result<ServiceOrder> moved = m_service.move(orderId, from, to, actor, note, authorizer);
    if (!moved)
        return { false, true, moved.error().message() };
    return { true, false, tr("%1 is now in \"%2\".").arg(folio, serviceOrderStatusName(to)) };
}

} // namespace nexus
