// One of the mechanic's orders in the kiosk, at touch size: the car, the customer, the promise, what is wrong, its
// parts with what each waits for (the counter's words: "Waiting for transfer … from …", "To purchase"…), and big
// buttons for the moves it can make and for labor, notes and parts.
#pragma once

#include <QFrame>

#include <functional>

#include "workshop/serviceorder.h"

namespace nexus {

class KioskOrderCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskOrderCard)

public:
    // `stateOf` says a part line's state (partLineState: the counter's detail shows the same).
    using PartState = std::function<QString(const ServiceOrderPart &part)>;
    static constexpr int kPartLinesShown = 4; // the rest are in Details

    KioskOrderCard(
        const ServiceOrder &order, const QDateTime &nowUtc, const PartState &stateOf, QWidget *parent = nullptr);

    [[nodiscard]] const QString &orderId() const { return m_orderId; }

Q_SIGNALS:
    void moveRequested(const QString &orderId, nexus::ServiceOrderStatus to);
    void laborRequested(const QString &orderId);
    void noteRequested(const QString &orderId);
    void partRequested(const QString &orderId);
    void detailsRequested(const QString &orderId);

private:
    QString m_orderId;
};

} // namespace nexus
