// Labor form; money typed as at the counter ("450", "1,250.50").
#include "workshop/laborentrydialog.h"

#include "workshop/touchstepper.h"
#include "workshop/workshopdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

namespace {
constexpr int kTouch = 52;

QLabel *fieldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    return label;
}
} // namespace

LaborEntryDialog::LaborEntryDialog(Money defaultRate, const std::optional<WorkshopActor> &mechanic,
    const QList<User> &mechanics, Submit submit, QWidget *parent)
    : QDialog(parent), m_mechanic(mechanic), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("laborEntryDialog"));
    setMinimumWidth(620);
    QVBoxLayout *layout = workshopdialog::frame(this, tr("Add labor"));

    QLabel *descriptionLabel = fieldLabel(tr("What was &done"), this);
    layout->addWidget(descriptionLabel);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("laborDescriptionEdit"));
    m_description->setMinimumHeight(kTouch);
    m_description->setPlaceholderText(tr("e.g. Front brake pads replaced"));
    descriptionLabel->setBuddy(m_description);
    layout->addWidget(m_description);

    auto *pricing = new QHBoxLayout;
    pricing->setSpacing(10);
    m_hourly = new QPushButton(tr("By the hour"), this);
    m_hourly->setObjectName(QStringLiteral("laborHourlyButton"));
    m_flat = new QPushButton(tr("Flat price"), this);
    m_flat->setObjectName(QStringLiteral("laborFlatButton"));
    auto *group = new QButtonGroup(this);
    for (QPushButton *button : { m_hourly, m_flat }) {
        button->setCheckable(true);
        button->setProperty("kind", QStringLiteral("toggle"));
        button->setMinimumSize(180, kTouch);
        group->addButton(button);
        pricing->addWidget(button);
    }
    pricing->addStretch(1);
    m_hourly->setChecked(true);
    layout->addLayout(pricing);

    auto *grid = new QFormLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    m_hoursLabel = fieldLabel(tr("Hours"), this);
    m_hours = new TouchStepper(Quantity::units(1), Quantity(250), Quantity(250), Quantity::units(200), tr("h"), this);
    m_hours->setObjectName(QStringLiteral("laborHoursStepper"));
    grid->addRow(m_hoursLabel, m_hours);
    m_rateLabel = fieldLabel(tr("Rate per hour (IVA incl.)"), this);
    m_rate = new QLineEdit(defaultRate.toPlainString(), this);
    m_rate->setObjectName(QStringLiteral("laborRateEdit"));
    m_rate->setMinimumHeight(kTouch);
    grid->addRow(m_rateLabel, m_rate);
    m_priceLabel = fieldLabel(tr("Price (IVA incl.)"), this);
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("laborPriceEdit"));
    m_price->setMinimumHeight(kTouch);
    grid->addRow(m_priceLabel, m_price);
    if (!m_mechanic) {
        m_mechanics = new QComboBox(this);
        m_mechanics->setObjectName(QStringLiteral("laborMechanicCombo"));
        m_mechanics->setMinimumHeight(kTouch);
        m_mechanics->addItem(tr("Nobody in particular"), QString());
        for (const User &user : mechanics)
            m_mechanics->addItem(user.displayName, user.id);
        grid->addRow(fieldLabel(tr("Mechanic"), this), m_mechanics);
    }
    layout->addLayout(grid);

    m_error = workshopdialog::errorLine("laborError", this);
    layout->addWidget(m_error);
    QPushButton *add = workshopdialog::buttons(this, layout, tr("Add labor"), "laborCancel", "laborAddButton");

    connect(group, &QButtonGroup::buttonClicked, this, [this] { updatePricing(); });
    connect(add, &QPushButton::clicked, this, &LaborEntryDialog::submit);
    connect(m_description, &QLineEdit::returnPressed, this, &LaborEntryDialog::submit);
    updatePricing();
    m_description->setFocus();
}

void LaborEntryDialog::updatePricing()
{
    const bool hourly = m_hourly->isChecked();
    for (QWidget *widget : std::initializer_list<QWidget *> { m_hoursLabel, m_hours, m_rateLabel, m_rate })
        widget->setVisible(hourly);
    m_priceLabel->setVisible(!hourly);
    m_price->setVisible(!hourly);
}

void LaborEntryDialog::submit()
{
    auto showError
        = [this](const QString &message, QWidget *focus) { workshopdialog::showError(m_error, message, focus); };
    LaborToAdd labor;
    labor.description = m_description->text();
    labor.pricing = m_hourly->isChecked() ? LaborPricing::Hourly : LaborPricing::Flat;
    if (labor.pricing == LaborPricing::Hourly) {
        labor.hours = m_hours->value();
        Result<Money> rate = Money::parse(m_rate->text());
        if (!rate) {
            showError(rate.error().message(), m_rate);
            return;
        }
        labor.rate = *rate;
    } else {
        Result<Money> price = Money::parse(m_price->text());
        if (!price) {
            showError(price.error().message(), m_price);
            return;
        }
        labor.flatPrice = *price;
    }
    if (m_mechanic) {
        labor.mechanicId = m_mechanic->userId;
        labor.mechanicName = m_mechanic->name;
    } else if (m_mechanics && !m_mechanics->currentData().toString().isEmpty()) {
        labor.mechanicId = m_mechanics->currentData().toString();
        labor.mechanicName = m_mechanics->currentText();
    }
    if (Status saved = m_submit(labor); !saved) {
        const QString field = saved.error().field();
        QWidget *focus = field == QLatin1String("description") ? static_cast<QWidget *>(m_description) : nullptr;
        if (field == QLatin1String("price"))
            focus = m_price;
        else if (field == QLatin1String("rate"))
            focus = m_rate;
        showError(saved.error().message(), focus);
        return;
    }
    accept();
}

} // namespace nexus
