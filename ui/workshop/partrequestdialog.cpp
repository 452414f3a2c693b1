// Part request form at touch size.
#include "workshop/partrequestdialog.h"

#include "workshop/touchstepper.h"
#include "workshop/workshopdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

PartRequestDialog::PartRequestDialog(Submit submit, const std::optional<PartCatalogue> &catalogue, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("partRequestDialog"));
    setMinimumWidth(catalogue ? 860 : 600);
    QVBoxLayout *layout = workshopdialog::frame(this, tr("Ask for a part"));
    auto *hint = new QLabel(tr("Type or scan its part number: what this branch has is reserved for the order now, "
                               "what it lacks is asked from another branch or purchasing. A description goes to the "
                               "parts counter."),
        this);
    if (catalogue)
        hint->setText(tr("Type its part number, or what it is to search the catalogue: what this branch has is "
                         "reserved for the order now, what it lacks is asked from another branch or purchasing."));
    hint->setObjectName(QStringLiteral("dialogText"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *descriptionLabel = new QLabel(tr("&Part"), this);
    descriptionLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(descriptionLabel);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("partRequestDescription"));
    m_description->setMinimumHeight(52);
    m_description->setPlaceholderText(tr("Part number, barcode, or e.g. Rear brake pads"));
    descriptionLabel->setBuddy(m_description);
    layout->addWidget(m_description);
    if (catalogue) {
        m_search = new KioskPartSearch(*catalogue, this);
        layout->addWidget(m_search, 1);
        connect(m_description, &QLineEdit::textEdited, m_search, &KioskPartSearch::search);
        connect(m_search, &KioskPartSearch::picked, this, &PartRequestDialog::submitPart);
    }
    auto *quantityLabel = new QLabel(tr("Quantity"), this);
    quantityLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(quantityLabel);
    m_quantity = new TouchStepper(
        Quantity::units(1), Quantity::units(1), Quantity::units(1), Quantity::units(99), tr("pcs"), this);
    m_quantity->setObjectName(QStringLiteral("partRequestQuantity"));
    layout->addWidget(m_quantity);
    auto *noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(noteLabel);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("partRequestNote"));
    m_note->setMinimumHeight(52);
    noteLabel->setBuddy(m_note);
    layout->addWidget(m_note);

    m_error = workshopdialog::errorLine("partRequestError", this);
    layout->addWidget(m_error);
    QPushButton *ask
        = workshopdialog::buttons(this, layout, tr("Ask for it"), "partRequestCancel", "partRequestSubmit");
    connect(ask, &QPushButton::clicked, this, &PartRequestDialog::submit);
    m_description->setFocus();
}

void PartRequestDialog::submit()
{
    send({ m_description->text(), m_quantity->value(), m_note->text(), 0, {} });
}

void PartRequestDialog::submitPart(const CatalogHit &hit)
{
    send({ hit.sku, m_quantity->value(), m_note->text(), hit.partId, hit.sku });
}

void PartRequestDialog::send(const PartRequest &request)
{
    if (Status saved = m_submit(request); !saved) {
        workshopdialog::showError(m_error, saved.error().message(), m_description);
        return;
    }
    accept();
}

} // namespace nexus
