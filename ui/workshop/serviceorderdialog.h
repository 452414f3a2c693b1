// One order in detail, for the service advisor and the mechanic: who and which car, the moves it can make, the
// diagnosis and the estimate with its totals, parts (reserved from stock or asked for), labor, the inspection
// checklist, the history of moves and the notes. Every change goes through ServiceOrderService; its refusal is shown
// in the dialog and nothing changes.
#pragma once

#include <QDialog>

#include <optional>

#include "auth/user.h"
#include "sales/cart.h"
#include "workshop/serviceorder.h"
#include "workshop/serviceorderservice.h"

class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace nexus {

class AuthService;
class InspectionPhotosPanel;
class WorkshopActions;
class WorkshopSession;

class ServiceOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceOrderDialog)

public:
    ServiceOrderDialog(WorkshopSession &session, WorkshopActions &actions, AuthService &auth, const QString &orderId,
        QWidget *parent = nullptr);

    [[nodiscard]] const ServiceOrder &order() const { return m_order; }
    // Reads the order again and shows it.
    void reload();

private:
    QWidget *buildSummary();
    QWidget *buildParts();
    QWidget *buildLabor();
    QWidget *buildChecklist();
    QWidget *buildHistory();
    void display(const ServiceOrder &order);
    void showParts();
    void showLabor();
    void showChecklist();
    void showHistory();
    // Shows the outcome of a change: the refreshed order, or the error (nothing changed).
    void apply(const Result<ServiceOrder> &result, const QString &done);
    void message(const QString &text, bool error);
    [[nodiscard]] WorkshopActor actor() const;
    [[nodiscard]] QString selectedLineId(QTableWidget *table) const;
    // The catalogue part whose code is typed, from the chosen warehouse (its error shown when there is none).
    [[nodiscard]] std::optional<CartItem> typedPart();
    // Reserves the typed part, or asks for what the branch lacks (supplyPart); says on screen where it came from.
    void addPartFromStock();
    void reserveRequest();
    void showSupply(const Result<PartSupplyOutcome> &outcome, const CartItem &item);
    // Ctrl+R: the waiting lines whose pieces arrived are reserved.
    void reserveArrived();
    void lookUpPart();
    // Ctrl+Q: the order's parts and labor saved as a quote for its customer and vehicle (serviceorderquote.cpp).
    void quoteOrder();

    WorkshopSession &m_session;
    WorkshopActions &m_actions;
    AuthService &m_auth;
    QString m_orderId;
    ServiceOrder m_order;
    QList<User> m_mechanics;
    bool m_loadingChecklist = false;

    QLabel *m_folio = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_vehicle = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_promise = nullptr;
    QHBoxLayout *m_moves = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_complaint = nullptr;
    QPlainTextEdit *m_diagnosis = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_estimate = nullptr;
    QLineEdit *m_estimateNote = nullptr;
    QPushButton *m_approve = nullptr;
    QComboBox *m_assign = nullptr;
    QDateTimeEdit *m_promised = nullptr;
    QTableWidget *m_parts = nullptr;
    QLineEdit *m_partCode = nullptr;
    QLineEdit *m_partQuantity = nullptr;
    QComboBox *m_partWarehouse = nullptr;
    QLabel *m_partInfo = nullptr;
    QTableWidget *m_labor = nullptr;
    QTableWidget *m_checklist = nullptr;
    InspectionPhotosPanel *m_photos = nullptr;
    QTableWidget *m_history = nullptr;
    QListWidget *m_notes = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
    QList<QWidget *> m_advisorOnly; // disabled for people who may not manage orders
    QList<QWidget *> m_editing; // disabled once the order is delivered or cancelled
};

} // namespace nexus
