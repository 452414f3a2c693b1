// The "Notices" tab of the customer's card: which channels the customer accepts messages on (WhatsApp, e-mail; the
// in-app notices are the staff's and are not listed), read from and saved to the notifications store's preferences,
// which NotificationService::notify and the quote sender respect. Space ticks a box, Ctrl+S saves. Kept on this
// counter only: the preferences are not synced to the other counters.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace nexus {

class Database;

class CustomerNoticesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerNoticesTab)

public:
    // branchId: this counter's branch, named in the fact that carries the preferences to the other counters.
    CustomerNoticesTab(Database &db, QString customerId, QString branchId, QWidget *parent = nullptr);

    void load();
    // Saves the boxes as the customer's preferences (both unticked: opted out); `by` is who changed them.
    void save(const QString &by);

private:
    void say(const QString &message, bool error);

    Database &m_db;
    QString m_customerId;
    QString m_branchId;
    QCheckBox *m_whatsapp = nullptr;
    QCheckBox *m_email = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
