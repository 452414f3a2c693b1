// A customer's vehicle on their card (F6 new, F4 edit on the customer detail): typing a 17-character VIN decodes it
// offline (vPIC) and fills make, model, year and engine; the plates are checked and shown as written on the plate.
// Enter saves through CustomerCrmService (customer.vehicle_saved goes up), Esc cancels.
#pragma once

#include <QDialog>

#include <optional>

#include "customers/customercrm.h"
#include "customers/customerservice.h"

class QLabel;
class QLineEdit;

namespace nexus {

class Database;

class VehicleEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VehicleEditDialog)

public:
    VehicleEditDialog(Database &db, CustomerContext context, QString customerId,
        std::optional<CustomerVehicle> existing, QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<CustomerVehicle> &saved() const { return m_saved; }

    // What a 17-character VIN decoded to (make, model, year, engine filled); called as the VIN is typed.
    void decodeVin();

private:
    [[nodiscard]] CustomerVehicleFields typed() const;
    void checkPlates();
    void submit();

    Database &m_db;
    CustomerContext m_context;
    QString m_customerId;
    std::optional<CustomerVehicle> m_existing;
    std::optional<CustomerVehicle> m_saved;
    QString m_decodedVin; // the VIN whose decoding is shown
    QLineEdit *m_vin = nullptr;
    QLabel *m_vinStatus = nullptr;
    QLineEdit *m_plates = nullptr;
    QLabel *m_platesStatus = nullptr;
    QLineEdit *m_make = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_year = nullptr;
    QLineEdit *m_engine = nullptr;
    QLineEdit *m_color = nullptr;
    QLineEdit *m_mileage = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
