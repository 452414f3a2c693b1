// The save-quote form: five fields in a grid, the ticket's figures above them.
#include "quotes/savequotedialog.h"

#include "common/fieldcaption.h"
#include "common/formstatus.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

SaveQuoteDialog::SaveQuoteDialog(
    QuoteService &quotes, const Cart &cart, NewQuote request, const QString &summary, QWidget *parent)
    : QDialog(parent), m_quotes(quotes), m_cart(cart), m_request(std::move(request))
{
    setObjectName(QStringLiteral("saveQuoteDialog"));
    setMinimumWidth(560);
    QVBoxLayout *layout = formstatus::frame(this, tr("Save as quote"));
    auto *text = new QLabel(tr("The ticket's lines are kept with today's prices for the customer until the date "
                               "below. Ticket: %1.")
                                .arg(summary),
        this);
    text->setObjectName(QStringLiteral("dialogText"));
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    const auto field = [&](int row, int column, int span, const QString &caption, QWidget *editor) {
        QLabel *label = fieldCaption(caption, this);
        label->setBuddy(editor);
        grid->addWidget(label, row * 2, column, 1, span);
        grid->addWidget(editor, row * 2 + 1, column, 1, span);
    };
    m_name = new QLineEdit(m_request.customer.name, this);
    m_name->setObjectName(QStringLiteral("quoteCustomerName"));
    field(0, 0, 2, tr("&Customer"), m_name);
    m_phone = new QLineEdit(m_request.customer.phone, this);
    m_phone->setObjectName(QStringLiteral("quoteCustomerPhone"));
    m_phone->setPlaceholderText(tr("10 digits (WhatsApp)"));
    field(1, 0, 1, tr("&Phone"), m_phone);
    m_email = new QLineEdit(m_request.customer.email, this);
    m_email->setObjectName(QStringLiteral("quoteCustomerEmail"));
    field(1, 1, 1, tr("&E-mail"), m_email);
    m_vehicle = new QLineEdit(m_request.vehicle, this);
    m_vehicle->setObjectName(QStringLiteral("quoteVehicle"));
    m_vehicle->setPlaceholderText(tr("Make, model, year, plates (optional)"));
    field(2, 0, 1, tr("&Vehicle"), m_vehicle);
    m_validUntil = new QDateEdit(m_request.validUntil, this);
    m_validUntil->setObjectName(QStringLiteral("quoteValidUntil"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    field(2, 1, 1, tr("Valid &until"), m_validUntil);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_status = formstatus::line("saveQuoteStatus", this);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Back to the ticket  (Esc)"), this);
    cancel->setObjectName(QStringLiteral("saveQuoteCancel"));
    cancel->setAutoDefault(false);
    auto *save = new QPushButton(tr("Save quote  (Enter)"), this);
    save->setObjectName(QStringLiteral("saveQuoteButton"));
    save->setProperty("kind", QStringLiteral("primary"));
    save->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, &SaveQuoteDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    if (m_name->text().isEmpty())
        m_name->setFocus();
    else
        m_validUntil->setFocus();
}

void SaveQuoteDialog::submit()
{
    NewQuote request = m_request;
    if (m_name->text().trimmed() != request.customer.name)
        request.customer.customerId.clear(); // another person than the ticket's customer: a walk-in
    request.customer.name = m_name->text().trimmed();
    request.customer.phone = m_phone->text().trimmed();
    request.customer.email = m_email->text().trimmed();
    request.vehicle = m_vehicle->text().trimmed();
    request.validUntil = m_validUntil->date();
    Result<Quote> saved = m_quotes.save(m_cart, request);
    if (!saved) {
        formstatus::show(m_status, saved.error().message(), true);
        if (saved.error().field() == QLatin1String("valid_until"))
            m_validUntil->setFocus();
        else
            m_name->setFocus();
        return;
    }
    m_quote = *saved;
    accept();
}

} // namespace nexus
