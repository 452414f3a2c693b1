// Customer notices tab: two boxes over NotificationStore::preferences, saved with saveCustomerPreferences (the fact
// goes up, so every counter of the tenant honours it).
#include "customers/customernoticestab.h"

#include "notifications/customerpreferences.h"
#include "store/database.h"

#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace nexus {

CustomerNoticesTab::CustomerNoticesTab(Database &db, QString customerId, QString branchId, QWidget *parent)
    : QWidget(parent), m_db(db), m_customerId(std::move(customerId)), m_branchId(std::move(branchId))
{
    setObjectName(QStringLiteral("crmNoticesTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    auto *intro = new QLabel(tr("Messages this customer accepts (order ready, quotes, warranty and maintenance "
                                "reminders). Space ticks a box, Ctrl+S saves."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_whatsapp = new QCheckBox(tr("WhatsApp"), this);
    m_whatsapp->setObjectName(QStringLiteral("crmNoticeWhatsApp"));
    m_email = new QCheckBox(tr("E-mail"), this);
    m_email->setObjectName(QStringLiteral("crmNoticeEmail"));
    layout->addWidget(m_whatsapp);
    layout->addWidget(m_email);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("crmNoticeStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    setFocusProxy(m_whatsapp);
    load();
}

void CustomerNoticesTab::load()
{
    Result<CustomerChannelPreferences> prefs = NotificationStore(m_db).preferences(m_customerId);
    if (!prefs) {
        say(prefs.error().message(), true);
        return;
    }
    m_whatsapp->setChecked(prefs->whatsapp && !prefs->optedOut);
    m_email->setChecked(prefs->email && !prefs->optedOut);
    say(prefs->optedOut ? tr("Opted out: no messages are sent to this customer.") : QString(), false);
}

void CustomerNoticesTab::save(const QString &by)
{
    const CustomerChannelPreferences prefs { m_whatsapp->isChecked(), m_email->isChecked(),
        !m_whatsapp->isChecked() && !m_email->isChecked() };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (Status saved = saveCustomerPreferences(m_db, m_customerId, prefs, by, m_branchId, now); !saved) {
        say(saved.error().message(), true);
        return;
    }
    say(prefs.optedOut ? tr("Saved: opted out, no messages are sent to this customer.")
                       : tr("Saved: messages go by %1.")
                             .arg(prefs.whatsapp && prefs.email ? tr("WhatsApp and e-mail")
                                     : prefs.whatsapp           ? tr("WhatsApp only")
                                                                : tr("e-mail only")),
        false);
}

void CustomerNoticesTab::say(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setProperty("tone", error ? QStringLiteral("error") : QString());
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

} // namespace nexus
