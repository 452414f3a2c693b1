// Reception form: two columns (customer, vehicle), the complaint, who and when; errors name their field.
#include "workshop/neworderdialog.h"

#include "workshop/workshopdialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

namespace {

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    label->setBuddy(buddy);
    return label;
}

QLineEdit *edit(const char *name, QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(QString::fromLatin1(name));
    return line;
}

// The next whole hour at least `hours` from now, local time: what an advisor usually promises.
QDateTime suggestedPromise(const QDateTime &nowUtc, int hours)
{
    QDateTime local = nowUtc.toLocalTime().addSecs(hours * 3600);
    local.setTime(QTime(local.time().hour(), 0));
    return local.addSecs(3600);
}

} // namespace

NewOrderDialog::NewOrderDialog(const QList<User> &mechanics, const QDateTime &nowUtc, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("newOrderDialog"));
    setMinimumWidth(760);
    QVBoxLayout *layout = workshopdialog::frame(this, tr("New service order"));
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(8);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(4);
    auto *customerTitle = new QLabel(tr("Customer"), this);
    customerTitle->setProperty("role", QStringLiteral("sectionTitle"));
    grid->addWidget(customerTitle, 0, 0);
    auto *vehicleTitle = new QLabel(tr("Vehicle"), this);
    vehicleTitle->setProperty("role", QStringLiteral("sectionTitle"));
    grid->addWidget(vehicleTitle, 0, 1, 1, 2);

    m_name = edit("customerNameEdit", this);
    grid->addWidget(fieldLabel(tr("&Name"), m_name, this), 1, 0);
    grid->addWidget(m_name, 2, 0);
    m_phone = edit("customerPhoneEdit", this);
    grid->addWidget(fieldLabel(tr("&Phone"), m_phone, this), 3, 0);
    grid->addWidget(m_phone, 4, 0);

    m_plates = edit("platesEdit", this);
    grid->addWidget(fieldLabel(tr("P&lates"), m_plates, this), 1, 1);
    grid->addWidget(m_plates, 2, 1);
    m_vin = edit("vinEdit", this);
    m_vin->setMaxLength(20);
    grid->addWidget(fieldLabel(tr("&VIN"), m_vin, this), 1, 2);
    grid->addWidget(m_vin, 2, 2);
    m_make = edit("makeEdit", this);
    grid->addWidget(fieldLabel(tr("&Make"), m_make, this), 3, 1);
    grid->addWidget(m_make, 4, 1);
    m_model = edit("modelEdit", this);
    grid->addWidget(fieldLabel(tr("M&odel"), m_model, this), 3, 2);
    grid->addWidget(m_model, 4, 2);
    m_year = edit("yearEdit", this);
    m_year->setValidator(new QIntValidator(0, 2100, m_year));
    grid->addWidget(fieldLabel(tr("&Year"), m_year, this), 5, 1);
    grid->addWidget(m_year, 6, 1);
    m_mileage = edit("mileageEdit", this);
    m_mileage->setValidator(new QIntValidator(0, 9'999'999, m_mileage));
    grid->addWidget(fieldLabel(tr("Mileage (&km)"), m_mileage, this), 5, 2);
    grid->addWidget(m_mileage, 6, 2);

    m_mechanic = new QComboBox(this);
    m_mechanic->setObjectName(QStringLiteral("mechanicCombo"));
    m_mechanic->addItem(tr("Not assigned yet"), QString());
    for (const User &user : mechanics)
        m_mechanic->addItem(user.displayName, user.id);
    grid->addWidget(fieldLabel(tr("Me&chanic"), m_mechanic, this), 5, 0);
    grid->addWidget(m_mechanic, 6, 0);
    m_promised = new QDateTimeEdit(suggestedPromise(nowUtc, 3), this);
    m_promised->setObjectName(QStringLiteral("promisedEdit"));
    m_promised->setCalendarPopup(true);
    m_promised->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    grid->addWidget(fieldLabel(tr("P&romised for"), m_promised, this), 7, 0);
    grid->addWidget(m_promised, 8, 0);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
    layout->addLayout(grid);

    m_complaint = new QPlainTextEdit(this);
    m_complaint->setObjectName(QStringLiteral("complaintEdit"));
    m_complaint->setTabChangesFocus(true);
    m_complaint->setFixedHeight(84);
    m_complaint->setPlaceholderText(tr("What the customer reports, in their words"));
    layout->addWidget(fieldLabel(tr("What the customer &reports"), m_complaint, this));
    layout->addWidget(m_complaint);

    m_error = workshopdialog::errorLine("newOrderError", this);
    layout->addWidget(m_error);
    QPushButton *create
        = workshopdialog::buttons(this, layout, tr("Open the order"), "newOrderCancel", "createOrderButton", 0);
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &NewOrderDialog::submit);
    m_name->setFocus();
}

void NewOrderDialog::showError(const Error &error)
{
    const QString field = error.field();
    const std::pair<const char *, QWidget *> fields[] = { { "customer", m_name }, { "plates", m_plates },
        { "vin", m_vin }, { "year", m_year }, { "mileage", m_mileage }, { "complaint", m_complaint },
        { "promised_at", m_promised }, { "mechanic", m_mechanic } };
    QWidget *focus = nullptr;
    for (const auto &[name, widget] : fields)
        if (field == QLatin1String(name))
            focus = widget;
    workshopdialog::showError(m_error, error.message(), focus);
}

void NewOrderDialog::submit()
{
    NewServiceOrder request;
    request.customer = { {}, m_name->text(), m_phone->text() };
    request.vehicle = { {}, m_plates->text(), m_vin->text(), m_make->text(), m_model->text(), m_year->text().toInt(),
        m_mileage->text().toLongLong() };
    request.complaint = m_complaint->toPlainText();
    request.mechanicId = m_mechanic->currentData().toString();
    request.mechanicName = request.mechanicId.isEmpty() ? QString() : m_mechanic->currentText();
    request.promisedAt = m_promised->dateTime().toUTC();
    Result<ServiceOrder> opened = m_submit(request);
    if (!opened) {
        showError(opened.error());
        return;
    }
    m_order = *opened;
    accept();
}

} // namespace nexus
