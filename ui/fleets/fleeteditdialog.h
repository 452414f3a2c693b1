// A fleet's record: which company (when marking a new one), its contact, the day its statement closes and the plan
// template its vehicles share. Enter saves through FleetService (an error names its field and keeps the dialog open).
#pragma once

#include <QDialog>

#include "customers/customerservice.h"
#include "fleets/fleet.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nexus {

class Database;
class PlanLinesEditor;

class FleetEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetEditDialog)

public:
    // `fleet` empty: mark a new one (a company is chosen from the customers that are not fleets yet).
    FleetEditDialog(Database &db, CustomerContext context, const std::optional<Fleet> &fleet, QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<Fleet> &saved() const { return m_saved; }
    [[nodiscard]] PlanLinesEditor *lines() const { return m_lines; }

    void accept() override;

private:
    Database &m_db;
    CustomerContext m_context;
    QString m_customerId;
    std::optional<Fleet> m_saved;
    QComboBox *m_customer = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QSpinBox *m_day = nullptr;
    PlanLinesEditor *m_lines = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
