// Fleet record dialog: a form over FleetFields; the template table below it.
#include "fleets/fleeteditdialog.h"

#include "common/clock.h"
#include "common/formstatus.h"
#include "fleets/fleetservice.h"
#include "fleets/planlineseditor.h"
#include "store/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nexus {

FleetEditDialog::FleetEditDialog(
    Database &db, CustomerContext context, const std::optional<Fleet> &fleet, QWidget *parent)
    : QDialog(parent), m_db(db), m_context(std::move(context))
{
    setObjectName(QStringLiteral("fleetEditDialog"));
    setWindowTitle(fleet ? tr("Fleet: %1").arg(fleet->customerName) : tr("Mark a customer as a fleet"));
    resize(640, 520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("fleetCustomer"));
    if (fleet) {
        m_customerId = fleet->customerId;
        m_customer->addItem(fleet->customerName, fleet->customerId);
        m_customer->setEnabled(false);
    } else {
        // The customers that are not fleets yet, by name: the combo finds one as you type.
        m_customer->setEditable(true);
        m_customer->setInsertPolicy(QComboBox::NoInsert);
        if (Result<QSqlQuery> rows = db.exec(QStringLiteral(
                "SELECT id, name FROM customers WHERE active = 1 AND id NOT IN (SELECT customer_id FROM fleets) "
                "ORDER BY name"));
            rows)
            while (rows->next())
                m_customer->addItem(rows->value(1).toString(), rows->value(0).toString());
    }
    form->addRow(tr("&Company"), m_customer);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("fleetContact"));
    form->addRow(tr("C&ontact"), m_contact);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("fleetPhone"));
    form->addRow(tr("&Phone"), m_phone);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("fleetEmail"));
    form->addRow(tr("&E-mail"), m_email);
    m_day = new QSpinBox(this);
    m_day->setObjectName(QStringLiteral("fleetStatementDay"));
    m_day->setRange(1, 28);
    m_day->setValue(fleet ? fleet->fields.statementDay : 28);
    form->addRow(tr("Statement &closes on day"), m_day);
    layout->addLayout(form);
    auto *caption = new QLabel(tr("Plan template for every vehicle (Ctrl+Ins adds a line, Ctrl+Del removes it; Ctrl+Enter saves):"), this);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    m_lines = new PlanLinesEditor(this);
    layout->addWidget(m_lines, 1);
    m_error = formstatus::line("fleetEditError", this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FleetEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FleetEditDialog::reject);
    // Enter inside the table belongs to the table; Ctrl+Enter saves from anywhere.
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &FleetEditDialog::accept);
    layout->addWidget(buttons);

    if (fleet) {
        m_contact->setText(fleet->fields.contactName);
        m_phone->setText(fleet->fields.contactPhone);
        m_email->setText(fleet->fields.contactEmail);
        m_lines->setLines(fleet->fields.planTemplate);
        m_contact->setFocus();
    } else {
        m_lines->setLines({ { tr("Oil change"), 10000, 6 }, { tr("Tyre rotation"), 10000, 0 },
            { tr("Brake inspection"), 20000, 12 } });
        m_customer->setFocus();
    }
}

void FleetEditDialog::accept()
{
    QString customerId = m_customerId;
    if (customerId.isEmpty()) {
        const int index = m_customer->findText(m_customer->currentText(), Qt::MatchFixedString);
        customerId = index >= 0 ? m_customer->itemData(index).toString() : QString();
    }
    if (customerId.isEmpty()) {
        formstatus::show(m_error, tr("Choose the company from the list of customers"), true);
        m_customer->setFocus();
        return;
    }
    FleetFields fields;
    fields.contactName = m_contact->text();
    fields.contactPhone = m_phone->text();
    fields.contactEmail = m_email->text();
    fields.statementDay = m_day->value();
    fields.planTemplate = m_lines->lines();
    Result<Fleet> saved = FleetService(m_db, Clock::system()).saveFleet(customerId, fields, m_context);
    if (!saved) {
        formstatus::show(m_error, saved.error().message(), true);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace nexus
