// The service advisor receives a car: the customer and the vehicle as they come in (copied into the order; the
// customers module links them later), what the customer reports, the mechanic and the promised time.
#pragma once

#include <QDialog>

#include <functional>

#include "auth/user.h"
#include "workshop/serviceorderservice.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace nexus {

class NewOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewOrderDialog)

public:
    using Submit = std::function<Result<ServiceOrder>(const NewServiceOrder &order)>;

    NewOrderDialog(const QList<User> &mechanics, const QDateTime &nowUtc, Submit submit, QWidget *parent = nullptr);

    // The order as opened, once accepted.
    [[nodiscard]] const ServiceOrder &order() const { return m_order; }

private:
    void submit();
    void showError(const Error &error);

    Submit m_submit;
    ServiceOrder m_order;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_plates = nullptr;
    QLineEdit *m_vin = nullptr;
    QLineEdit *m_make = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_year = nullptr;
    QLineEdit *m_mileage = nullptr;
    QPlainTextEdit *m_complaint = nullptr;
    QComboBox *m_mechanic = nullptr;
    QDateTimeEdit *m_promised = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
