// The customer's card (F3 in the customer picker): contact, RFC, credit, loyalty tier and points; what they are
// worth and how they buy (lifetime value, average ticket, rhythm, days since the last purchase, churn risk,
// favourite categories); the timeline of everything that happened to them, newest first; their vehicles; their tags.
// Keys: Ctrl+N note, Ctrl+L call, F6 new vehicle, F4 edit the highlighted vehicle, Ctrl+T tags, Ctrl+E the
// statement of account as PDF, Ctrl+S saves the Notices tab (the channels the customer accepts), Ctrl+Tab switches
// between the tabs, Esc closes.
#pragma once

#include <QDialog>
#include <QList>

#include "customers/customer.h"
#include "customers/customercrm.h"
#include "customers/customerservice.h"

class QLabel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace nexus {

class AuthService;
class CustomerNoticesTab;
class CustomerTimelineModel;
class LocalStore;
class WarrantyListModel;

class CustomerDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDetailDialog)

public:
    // `catalogPath`: catalog.db, for the favourite categories ('' or missing: not shown). `priceListName`: the name of
    // the customer's price list as HQ calls it.
    CustomerDetailDialog(LocalStore &store, AuthService &auth, QString deviceId, QString branchId, Customer customer,
        QString catalogPath, QString priceListName, QWidget *parent = nullptr);

    [[nodiscard]] CustomerTimelineModel *timeline() const { return m_timeline; }
    [[nodiscard]] const QList<CustomerVehicle> &vehicles() const { return m_vehicles; }
    [[nodiscard]] WarrantyListModel *warranties() const { return m_warranties; }

    void reload();
    void addNote(CustomerNoteKind kind);
    void newVehicle();
    void editVehicle();
    void editTags();
    void writeStatement();
    void saveNotices();

private:
    [[nodiscard]] bool context(CustomerContext &out);
    void showError(const QString &message);
    void loadHeader();
    void loadAnalytics();
    void loadVehicles();
    void loadWarranties();

    LocalStore &m_store;
    AuthService &m_auth;
    QString m_deviceId;
    QString m_branchId;
    Customer m_customer;
    QString m_catalogPath;
    QString m_priceListName;
    QList<CustomerVehicle> m_vehicles;
    QStringList m_tags;

    QLabel *m_name = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_credit = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QLabel *m_lifetime = nullptr;
    QLabel *m_average = nullptr;
    QLabel *m_rhythm = nullptr;
    QLabel *m_last = nullptr;
    QLabel *m_churn = nullptr;
    QLabel *m_points = nullptr;
    QLabel *m_figuresScope = nullptr; // whose purchases the tiles count: every branch's, or this counter's alone
    QLabel *m_favourites = nullptr;
    QLabel *m_savings = nullptr; // "Ha ahorrado $X con nosotros"
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_timelineView = nullptr;
    CustomerTimelineModel *m_timeline = nullptr;
    QTableWidget *m_vehicleTable = nullptr;
    WarrantyListModel *m_warranties = nullptr; // the customer's warranties (core/warranty), newest ticket first
    QTableView *m_warrantyView = nullptr;
    CustomerNoticesTab *m_notices = nullptr;
};

} // namespace nexus
