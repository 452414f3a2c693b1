// Adds a labor line on a touch screen: what was done, by the hour (hours with − / +, the branch's rate) or at a flat
// price, and who did it (fixed to the mechanic in the kiosk). The service checks it; its error stays in the dialog.
#pragma once

#include <QDialog>

#include <functional>
#include <optional>

#include "auth/user.h"
#include "common/error.h"
#include "workshop/serviceorderservice.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nexus {

class TouchStepper;

class LaborEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaborEntryDialog)

public:
    using Submit = std::function<Status(const LaborToAdd &labor)>;

    // `mechanic`: the kiosk's mechanic (no choice); otherwise `mechanics` are offered.
    LaborEntryDialog(Money defaultRate, const std::optional<WorkshopActor> &mechanic, const QList<User> &mechanics,
        Submit submit, QWidget *parent = nullptr);

private:
    void updatePricing();
    void submit();

    std::optional<WorkshopActor> m_mechanic;
    Submit m_submit;
    QLineEdit *m_description = nullptr;
    QPushButton *m_hourly = nullptr;
    QPushButton *m_flat = nullptr;
    TouchStepper *m_hours = nullptr;
    QLineEdit *m_rate = nullptr;
    QLineEdit *m_price = nullptr;
    QLabel *m_hoursLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_priceLabel = nullptr;
    QComboBox *m_mechanics = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
