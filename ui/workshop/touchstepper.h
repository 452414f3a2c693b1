// A number with big − and + buttons (hours, pieces) that a finger can use: the value steps by a fixed amount between
// a minimum and a maximum, in thousandths like Quantity.
#pragma once

#include <QWidget>

#include "common/quantity.h"

class QLabel;
class QPushButton;

namespace nexus {

class TouchStepper final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TouchStepper)

public:
    TouchStepper(
        Quantity value, Quantity step, Quantity minimum, Quantity maximum, QString unit, QWidget *parent = nullptr);

    [[nodiscard]] Quantity value() const { return m_value; }
    void setValue(Quantity value);

private:
    void display(Quantity value);

    Quantity m_value;
    Quantity m_step;
    Quantity m_minimum;
    Quantity m_maximum;
    QString m_unit;
    QPushButton *m_less = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace nexus
