// Kiosk card layout: text on top, a row of move buttons, a row of work buttons (all at least 56 px high).
#include "workshop/kioskordercard.h"

#include "workshop/serviceordertransitions.h"
#include "workshop/workshopformat.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

namespace {
constexpr int kTouch = 56;

QLabel *text(const QString &value, const char *name, QWidget *parent)
{
    auto *label = new QLabel(value, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QPushButton *touchButton(const QString &label, const QString &name, const char *kind, QWidget *parent)
{
    auto *button = new QPushButton(label, parent);
    button->setObjectName(name);
    button->setProperty("kind", QString::fromLatin1(kind));
    button->setMinimumHeight(kTouch);
    return button;
}
} // namespace

KioskOrderCard::KioskOrderCard(
    const ServiceOrder &order, const QDateTime &nowUtc, const PartState &stateOf, QWidget *parent)
    : QFrame(parent), m_orderId(order.id)
{
    setObjectName(QStringLiteral("kioskCard_") + order.folio);
    setProperty("kioskCard", true);
    const bool late = order.isLate(nowUtc);
    setProperty("late", late);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    top->addWidget(text(order.folio, "kioskFolio", this));
    top->addStretch(1);
    QLabel *status = text(serviceOrderStatusName(order.status), "kioskStatus", this);
    status->setProperty("status", serviceOrderStatusCode(order.status));
    status->setWordWrap(false);
    top->addWidget(status);
    layout->addLayout(top);
    layout->addWidget(text(vehicleTitle(order.vehicle)
            + (order.vehicle.plates.isEmpty() ? QString() : QStringLiteral(" · ") + order.vehicle.plates),
        "kioskVehicle", this));
    layout->addWidget(text(order.customer.name, "kioskCustomer", this));
    if (order.promisedAt.isValid()) {
        QLabel *promised = text(
            late ? lateText(order.promisedAt, nowUtc) : tr("Promised %1").arg(promisedText(order.promisedAt, nowUtc)),
            "kioskPromised", this);
        promised->setProperty("late", late);
        layout->addWidget(promised);
    }
    layout->addWidget(text(order.diagnosis.isEmpty() ? order.complaint : order.diagnosis, "kioskProblem", this));
    // The parts still to fit (asked for or reserved): what each is and, in the counter's words, what it waits for.
    int shown = 0;
    int more = 0;
    for (const ServiceOrderPart &part : order.parts) {
        if (part.status != PartLineStatus::Requested && part.status != PartLineStatus::Reserved)
            continue;
        if (shown == kPartLinesShown) {
            ++more;
            continue;
        }
        ++shown;
        layout->addWidget(text(QStringLiteral("%1 × %2").arg(part.quantity.toString(),
                                   part.sku.isEmpty() ? part.description : part.sku + QLatin1Char(' ') + part.description),
            "kioskPartLine", this));
        QLabel *state = text(stateOf(part), "kioskPartState", this);
        state->setProperty("waiting", part.status == PartLineStatus::Requested);
        layout->addWidget(state);
    }
    if (more > 0)
        layout->addWidget(text(tr("%n more part(s) in Details", nullptr, more), "kioskPartLine", this));
    layout->addStretch(1);

    auto *moves = new QGridLayout;
    moves->setSpacing(8);
    int column = 0;
    for (ServiceOrderStatus to : nextServiceOrderStatuses(order.status)) {
        QPushButton *move = touchButton(QStringLiteral("→ ") + serviceOrderStatusName(to),
            QStringLiteral("kioskMove_") + serviceOrderStatusCode(to),
            to == ServiceOrderStatus::Cancelled ? "secondary" : "primary", this);
        connect(move, &QPushButton::clicked, this, [this, to] { Q_EMIT moveRequested(m_orderId, to); });
        moves->addWidget(move, column / 2, column % 2);
        ++column;
    }
    layout->addLayout(moves);

    auto *work = new QGridLayout;
    work->setSpacing(8);
    QPushButton *labor = touchButton(tr("Add labor"), QStringLiteral("kioskLabor"), "secondary", this);
    QPushButton *note = touchButton(tr("Add note"), QStringLiteral("kioskNote"), "secondary", this);
    QPushButton *part = touchButton(tr("Ask for a part"), QStringLiteral("kioskPart"), "secondary", this);
    QPushButton *details = touchButton(tr("Details"), QStringLiteral("kioskDetails"), "secondary", this);
    int index = 0;
    for (QPushButton *button : { labor, note, part, details }) {
        work->addWidget(button, index / 2, index % 2);
        ++index;
    }
    layout->addLayout(work);
    connect(labor, &QPushButton::clicked, this, [this] { Q_EMIT laborRequested(m_orderId); });
    connect(note, &QPushButton::clicked, this, [this] { Q_EMIT noteRequested(m_orderId); });
    connect(part, &QPushButton::clicked, this, [this] { Q_EMIT partRequested(m_orderId); });
    connect(details, &QPushButton::clicked, this, [this] { Q_EMIT detailsRequested(m_orderId); });
}

} // namespace nexus
