// − value +, with 56 px square buttons.
#include "workshop/touchstepper.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace nexus {

namespace {
constexpr int kTouch = 56;
}

TouchStepper::TouchStepper(
    Quantity value, Quantity step, Quantity minimum, Quantity maximum, QString unit, QWidget *parent)
    : QWidget(parent), m_step(step), m_minimum(minimum), m_maximum(maximum), m_unit(std::move(unit))
{
    setObjectName(QStringLiteral("touchStepper"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_less = new QPushButton(QStringLiteral("−"), this);
    m_less->setObjectName(QStringLiteral("stepperLess"));
    m_less->setProperty("kind", QStringLiteral("stepper"));
    m_less->setFixedSize(kTouch, kTouch);
    m_less->setAccessibleName(tr("Less"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("stepperValue"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setMinimumWidth(110);
    m_more = new QPushButton(QStringLiteral("+"), this);
    m_more->setObjectName(QStringLiteral("stepperMore"));
    m_more->setProperty("kind", QStringLiteral("stepper"));
    m_more->setFixedSize(kTouch, kTouch);
    m_more->setAccessibleName(tr("More"));
    layout->addWidget(m_less);
    layout->addWidget(m_label);
    layout->addWidget(m_more);
    layout->addStretch(1);
    connect(m_less, &QPushButton::clicked, this, [this] { setValue(m_value - m_step); });
    connect(m_more, &QPushButton::clicked, this, [this] { setValue(m_value + m_step); });
    setValue(value);
}

void TouchStepper::setValue(Quantity value)
{
    m_value = std::clamp(value, m_minimum, m_maximum);
    display(m_value);
}

void TouchStepper::display(Quantity value)
{
    m_label->setText(value.toString() + QLatin1Char(' ') + m_unit);
    m_less->setEnabled(value > m_minimum);
    m_more->setEnabled(value < m_maximum);
}

} // namespace nexus
