// Part request form at touch size.
#include "workshop/partrequestdialog.h"

#include "workshop/touchstepper.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

PartRequestDialog::PartRequestDialog(Submit submit, QWidget *parent) : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("partRequestDialog"));
    setWindowTitle(tr("Ask for a part"));
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Ask for a part"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);
    auto *hint = new QLabel(tr("The parts counter reserves it from stock for this order."), this);
    hint->setObjectName(QStringLiteral("dialogText"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *descriptionLabel = new QLabel(tr("&Part"), this);
    descriptionLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(descriptionLabel);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("partRequestDescription"));
    m_description->setMinimumHeight(52);
    m_description->setPlaceholderText(tr("e.g. Rear brake pads, or the part number"));
    descriptionLabel->setBuddy(m_description);
    layout->addWidget(m_description);
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

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("partRequestError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("partRequestCancel"));
    cancel->setMinimumSize(140, 56);
    auto *ask = new QPushButton(tr("Ask for it"), this);
    ask->setObjectName(QStringLiteral("partRequestSubmit"));
    ask->setProperty("kind", QStringLiteral("primary"));
    ask->setMinimumSize(180, 56);
    buttons->addWidget(cancel);
    buttons->addWidget(ask);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(ask, &QPushButton::clicked, this, &PartRequestDialog::submit);
    m_description->setFocus();
}

void PartRequestDialog::submit()
{
    const PartRequest request { m_description->text(), m_quantity->value(), m_note->text(), 0, {} };
    if (Status saved = m_submit(request); !saved) {
        m_error->setText(saved.error().message());
        m_error->show();
        m_description->setFocus();
        return;
    }
    accept();
}

} // namespace nexus
