// InvoiceEmailDialog: one editable line of addresses; the refusal (field "email") is shown and the line keeps focus.
#include "cfdi/invoiceemaildialog.h"

#include "common/formstatus.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace nexus {

InvoiceEmailDialog::InvoiceEmailDialog(const QString &what, const QString &email, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("invoiceEmailDialog"));
    setMinimumWidth(520);
    QVBoxLayout *layout = formstatus::frame(this, tr("Send by e-mail"));
    auto *about = new QLabel(what, this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    m_email = new QLineEdit(email, this);
    m_email->setObjectName(QStringLiteral("invoiceEmailTo"));
    m_email->setPlaceholderText(tr("customer@example.com, accounts@example.com"));
    form->addRow(tr("&E-mail"), m_email);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The PAC sends the XML and the PDF. Without a connection it is queued and sent later."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_status = formstatus::line("invoiceEmailStatus", this);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *send = buttons->addButton(tr("Send  (Enter)"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("invoiceEmailSend"));
    send->setDefault(true);
    buttons->addButton(tr("Close  (Esc)"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &InvoiceEmailDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_email->setFocus();
    m_email->selectAll();
}

void InvoiceEmailDialog::send()
{
    const Status sent = m_submit(m_email->text().split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!sent) {
        formstatus::show(m_status, sent.error().message(), true);
        m_email->setFocus();
        return;
    }
    accept();
}

} // namespace nexus
