// GlobalInvoiceDialog: the period from core's globalPeriodOf, the invoice from InvoicingService::globalInvoice.
#include "cfdi/globalinvoicedialog.h"

#include "cfdi/globalperiod.h"
#include "cfdi/invoicingservice.h"
#include "common/clock.h"
#include "common/formstatus.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>

namespace nexus {

GlobalInvoiceDialog::GlobalInvoiceDialog(
    Database &db, const Clock &clock, CfdiIssuer issuer, QString userId, QString series, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_issuer(std::move(issuer)),
      m_userId(std::move(userId)),
      m_series(std::move(series))
{
    setObjectName(QStringLiteral("globalInvoiceDialog"));
    setMinimumWidth(560);
    QVBoxLayout *layout = formstatus::frame(this, tr("Factura global"));
    auto *about = new QLabel(tr("The tickets of the period that were not invoiced to a customer, in one CFDI to "
                                "PUBLICO EN GENERAL (XAXX010101000), one concept per ticket."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    m_periodicity = new QComboBox(this);
    m_periodicity->setObjectName(QStringLiteral("globalInvoicePeriodicity"));
    m_periodicity->addItem(tr("Day"), QStringLiteral("day"));
    m_periodicity->addItem(tr("Week"), QStringLiteral("week"));
    m_periodicity->addItem(tr("Fortnight"), QStringLiteral("fortnight"));
    m_periodicity->addItem(tr("Month"), QStringLiteral("month"));
    m_periodicity->addItem(tr("Two months"), QStringLiteral("two_months"));
    form->addRow(tr("&Periodicity"), m_periodicity);
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("globalInvoiceDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QTimeZone zone(m_issuer.timeZone.toUtf8());
    m_day->setDate(zone.isValid() ? m_clock.nowUtc().toTimeZone(zone).date() : m_clock.nowUtc().date());
    form->addRow(tr("A &day of the period"), m_day);
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("globalInvoicePeriod"));
    form->addRow(tr("Covers"), m_period);
    layout->addLayout(form);
    m_status = formstatus::line("globalInvoiceStatus", this);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create = buttons->addButton(tr("Queue for stamping  (Enter)"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("globalInvoiceCreate"));
    create->setDefault(true);
    buttons->addButton(tr("Close  (Esc)"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_periodicity, &QComboBox::currentIndexChanged, this, &GlobalInvoiceDialog::showPeriod);
    connect(m_day, &QDateEdit::dateChanged, this, &GlobalInvoiceDialog::showPeriod);
    connect(buttons, &QDialogButtonBox::accepted, this, &GlobalInvoiceDialog::request);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPeriod();
    m_periodicity->setFocus();
}

void GlobalInvoiceDialog::showPeriod()
{
    const Result<GlobalPeriod> period = globalPeriodOf(m_periodicity->currentData().toString(), m_day->date());
    if (!period) {
        m_period->setText(period.error().message());
        return;
    }
    const QLocale locale;
    m_period->setText(period->from == period->to
            ? locale.toString(period->from, QLocale::LongFormat)
            : tr("%1 to %2").arg(locale.toString(period->from, QLocale::LongFormat),
                  locale.toString(period->to, QLocale::LongFormat)));
}

void GlobalInvoiceDialog::request()
{
    const QString periodicity = m_periodicity->currentData().toString();
    Result<GlobalPeriod> period = globalPeriodOf(periodicity, m_day->date());
    Result<InvoiceRecord> queued = period
        ? InvoicingService(m_db, m_clock, m_issuer)
              .globalInvoice({ period->from, period->to, periodicity, m_userId, m_series })
        : Result<InvoiceRecord>(std::unexpected(period.error()));
    if (!queued) {
        formstatus::show(m_status, queued.error().message(), true);
        adjustSize();
        return;
    }
    m_invoiceId = queued->id;
    m_tickets = queued->folios.size();
    accept();
}

} // namespace nexus
