// Moving an order from the board or the kiosk, the same way in both: the transition table says whether the move
// exists (a clear message when not, nothing changes), a move the person's role does not cover asks for a manager's PIN,
// cancelling and reopening ask why, then ServiceOrderService::move records it.
#pragma once

#include <QObject>
#include <QString>

#include "workshop/serviceorderservice.h"

class QWidget;

namespace nexus {

class AuthService;

struct MoveOutcome
{
    bool moved = false;
    bool error = false; // the message is a refusal (shown as an error), not a cancellation or a success
    QString message;
};

// The outcome of a change as the dialogs' submit callbacks want it: done, or the service's error.
[[nodiscard]] Status statusOf(const Result<ServiceOrder> &result);

class WorkshopActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopActions)

public:
    WorkshopActions(ServiceOrderService &service, AuthService &auth, QObject *parent = nullptr);

    // Dialogs open over `parent`. The logged-in user of `auth` makes the move.
    [[nodiscard]] MoveOutcome move(
        QWidget *parent, const QString &orderId, const QString &folio, ServiceOrderStatus from, ServiceOrderStatus to);

private:
    ServiceOrderService &m_service;
    AuthService &m_auth;
};

} // namespace nexus
