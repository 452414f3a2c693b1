// InvoiceCancelDialog: the four motives of the SAT's cancellation; the substituting UUID only asked for 01.
#include "cfdi/invoicecanceldialog.h"

#include "common/formstatus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace nexus {

InvoiceCancelDialog::InvoiceCancelDialog(const QString &what, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("invoiceCancelDialog"));
    setMinimumWidth(560);
    QVBoxLayout *layout = formstatus::frame(this, tr("Cancel a CFDI"));
    auto *about = new QLabel(what, this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    m_motive = new QComboBox(this);
    m_motive->setObjectName(QStringLiteral("invoiceCancelMotive"));
    m_motive->addItem(tr("01 - Issued with errors, with a substituting CFDI"), QStringLiteral("01"));
    m_motive->addItem(tr("02 - Issued with errors, without relation"), QStringLiteral("02"));
    m_motive->addItem(tr("03 - The operation did not take place"), QStringLiteral("03"));
    m_motive->addItem(tr("04 - Nominative operation in a factura global"), QStringLiteral("04"));
    m_motive->setCurrentIndex(1);
    form->addRow(tr("&Motive"), m_motive);
    m_substitution = new QLineEdit(this);
    m_substitution->setObjectName(QStringLiteral("invoiceCancelSubstitution"));
    m_substitution->setPlaceholderText(tr("Folio fiscal (UUID) of the CFDI that substitutes it"));
    m_substitution->setEnabled(false);
    form->addRow(tr("&Substituted by"), m_substitution);
    layout->addLayout(form);
    m_status = formstatus::line("invoiceCancelStatus", this);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancelIt = buttons->addButton(tr("Request cancellation  (Enter)"), QDialogButtonBox::AcceptRole);
    cancelIt->setObjectName(QStringLiteral("invoiceCancelRequest"));
    cancelIt->setDefault(true);
    buttons->addButton(tr("Close  (Esc)"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_motive, &QComboBox::currentIndexChanged, this, [this] {
        const bool substituted = m_motive->currentData().toString() == QLatin1String("01");
        m_substitution->setEnabled(substituted);
        if (!substituted)
            m_substitution->clear();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &InvoiceCancelDialog::request);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_motive->setFocus();
}

void InvoiceCancelDialog::request()
{
    const Status requested = m_submit(m_motive->currentData().toString(), m_substitution->text().trimmed());
    if (!requested) {
        formstatus::show(m_status, requested.error().message(), true);
        adjustSize(); // a refusal naming related CFDIs takes several lines: the dialog grows to show them whole
        if (requested.error().field() == QLatin1String("substitution"))
            m_substitution->setFocus();
        return;
    }
    accept();
}

} // namespace nexus
