// Vehicle card: VIN first (decoded as typed), then plates, make, model, year, engine, colour, mileage.
#include "customers/vehicleeditdialog.h"

#include "common/clock.h"
#include "common/fieldcaption.h"
#include "common/formstatus.h"
#include "customers/countervindecoder.h"
#include "customers/customercrmservice.h"
#include "vehicles/plate.h"
#include "vehicles/vin.h"
#include "vehicles/vindecoder.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

namespace nexus {

namespace {

void setTone(QLabel *label, const QString &text, const QString &tone)
{
    label->setText(text);
    label->setProperty("tone", tone);
    label->style()->unpolish(label);
    label->style()->polish(label);
    label->setVisible(!text.isEmpty());
}

} // namespace

VehicleEditDialog::VehicleEditDialog(Database &db, CustomerContext context, QString customerId,
    std::optional<CustomerVehicle> existing, QWidget *parent)
    : QDialog(parent), m_db(db), m_context(std::move(context)), m_customerId(std::move(customerId)),
      m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("vehicleEditDialog"));
    setMinimumWidth(760);
    QVBoxLayout *layout = formstatus::frame(this, m_existing ? tr("Edit vehicle") : tr("New vehicle"));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    const auto field = [this, grid](const QString &caption, const char *name, int row, int column, int span = 1) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(caption);
        QLabel *label = fieldCaption(caption, this);
        label->setBuddy(edit);
        grid->addWidget(label, row, column, 1, span);
        grid->addWidget(edit, row + 1, column, 1, span);
        return edit;
    };
    m_vin = field(tr("&VIN (17 characters)"), "vehicleVinEdit", 0, 0, 2);
    m_vin->setMaxLength(24); // room for blanks or dashes typed in between
    m_vin->setPlaceholderText(tr("Type or scan it: make, model and year are filled in"));
    m_vinStatus = new QLabel(this);
    m_vinStatus->setObjectName(QStringLiteral("vehicleVinStatus"));
    m_vinStatus->setWordWrap(true);
    m_vinStatus->hide();
    grid->addWidget(m_vinStatus, 2, 0, 1, 2);
    m_plates = field(tr("&Plates"), "vehiclePlatesEdit", 3, 0);
    m_plates->setMaxLength(12);
    m_year = field(tr("&Year"), "vehicleYearEdit", 3, 1);
    m_year->setValidator(new QIntValidator(0, 2100, m_year));
    m_platesStatus = new QLabel(this);
    m_platesStatus->setObjectName(QStringLiteral("vehiclePlatesStatus"));
    m_platesStatus->hide();
    grid->addWidget(m_platesStatus, 5, 0, 1, 2);
    m_make = field(tr("&Make"), "vehicleMakeEdit", 6, 0);
    m_model = field(tr("M&odel"), "vehicleModelEdit", 6, 1);
    m_engine = field(tr("&Engine"), "vehicleEngineEdit", 8, 0);
    m_color = field(tr("&Colour"), "vehicleColorEdit", 8, 1);
    m_mileage = field(tr("Mi&leage (km)"), "vehicleMileageEdit", 10, 0);
    m_mileage->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,7}")), m_mileage));
    layout->addLayout(grid);
    m_status = formstatus::line("vehicleEditStatus", this);
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel  (Esc)"), this);
    cancel->setObjectName(QStringLiteral("vehicleEditCancel"));
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    auto *save = new QPushButton(tr("Save vehicle  (Enter)"), this);
    save->setObjectName(QStringLiteral("vehicleEditSave"));
    save->setProperty("kind", QStringLiteral("primary"));
    save->setDefault(true);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &VehicleEditDialog::submit);
    connect(m_vin, &QLineEdit::textEdited, this, &VehicleEditDialog::decodeVin);
    connect(m_plates, &QLineEdit::editingFinished, this, &VehicleEditDialog::checkPlates);

    if (m_existing) {
        const CustomerVehicleFields &f = m_existing->fields;
        m_vin->setText(f.vin);
        m_decodedVin = f.vin; // do not overwrite what was saved by decoding again
        m_plates->setText(f.plates);
        checkPlates();
        m_make->setText(f.make);
        m_model->setText(f.model);
        m_year->setText(f.year > 0 ? QString::number(f.year) : QString());
        m_engine->setText(f.engine);
        m_color->setText(f.color);
        m_mileage->setText(f.mileageKm > 0 ? QString::number(f.mileageKm) : QString());
    }
    m_vin->setFocus();
}

void VehicleEditDialog::decodeVin()
{
    const QString vin = normalizeVin(m_vin->text());
    if (vin.size() != 17) {
        setTone(m_vinStatus, vin.isEmpty() ? QString() : tr("%n of 17 characters", nullptr, int(vin.size())),
            QString());
        return;
    }
    if (vin == m_decodedVin)
        return;
    m_decodedVin = vin;
    VinDecoder *decoder = counterVinDecoder();
    if (!decoder) {
        setTone(m_vinStatus,
            tr("The VIN database is not installed on this computer: type the make, model and year."),
            QStringLiteral("warning"));
        return;
    }
    const VinDecoding d = decoder->decode(vin);
    if (!d.valid) {
        setTone(m_vinStatus, d.error.message(), QStringLiteral("error"));
        return;
    }
    if (!d.decoded()) {
        setTone(m_vinStatus, tr("This VIN is not in the VIN database: type the make, model and year."),
            QStringLiteral("warning"));
        return;
    }
    m_make->setText(d.make);
    m_model->setText(d.model);
    if (d.modelYear > 0)
        m_year->setText(QString::number(d.modelYear));
    if (!d.engine.isEmpty())
        m_engine->setText(d.engine);
    QStringList facts { QStringList { d.make, d.model, d.modelYear > 0 ? QString::number(d.modelYear) : QString() }
                            .join(QLatin1Char(' '))
                            .simplified() };
    for (const QString &fact : { d.bodyClass, d.engine, d.fuel, d.transmission })
        if (!fact.isEmpty())
            facts << fact;
    if (!d.plantCountry.isEmpty())
        facts << tr("made in %1").arg(d.plantCountry);
    QString text = tr("Decoded: %1").arg(facts.join(QStringLiteral(" · ")));
    if (!d.warnings.isEmpty())
        text += QLatin1Char('\n') + d.warnings.constFirst().message();
    setTone(m_vinStatus, text, d.warnings.isEmpty() ? QStringLiteral("good") : QStringLiteral("warning"));
}

void VehicleEditDialog::checkPlates()
{
    if (m_plates->text().trimmed().isEmpty()) {
        setTone(m_platesStatus, QString(), QString());
        return;
    }
    const PlateCheck plate = checkPlate(m_plates->text());
    if (!plate.valid) {
        setTone(m_platesStatus, plate.reason.message(), QStringLiteral("error"));
        return;
    }
    m_plates->setText(plate.formatted);
    setTone(m_platesStatus, plate.state.isEmpty() ? plate.formatted : tr("%1 · %2").arg(plate.formatted, plate.state),
        QStringLiteral("good"));
}

CustomerVehicleFields VehicleEditDialog::typed() const
{
    CustomerVehicleFields f;
    f.vin = m_vin->text();
    f.plates = m_plates->text();
    f.make = m_make->text();
    f.model = m_model->text();
    f.year = m_year->text().toInt();
    f.engine = m_engine->text();
    f.color = m_color->text();
    f.mileageKm = m_mileage->text().toLongLong();
    return f;
}

void VehicleEditDialog::submit()
{
    Result<CustomerVehicle> saved = CustomerCrmService(m_db, Clock::system())
                                        .saveVehicle(m_customerId, m_existing ? m_existing->id : QString(), typed(),
                                            m_context);
    if (!saved) {
        const QString field = saved.error().field();
        formstatus::show(m_status, saved.error().message(), true);
        QLineEdit *culprit = field == QLatin1String("vin") ? m_vin
            : field == QLatin1String("plate")              ? m_plates
            : field == QLatin1String("year")               ? m_year
            : field == QLatin1String("mileage_km")         ? m_mileage
            : field == QLatin1String("model")              ? m_model
            : field == QLatin1String("engine")             ? m_engine
            : field == QLatin1String("color")              ? m_color
                                                           : m_make;
        culprit->setFocus();
        culprit->selectAll();
        return;
    }
    m_saved = *saved;
    accept();
}

} // namespace nexus
