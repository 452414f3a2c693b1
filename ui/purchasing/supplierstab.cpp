// SuppliersTab: one row per supplier from PurchasingService::suppliers and payables.
#include "purchasing/supplierstab.h"

#include "auth/authservice.h"
#include "auth/permission.h"
#include "common/clock.h"
#include "inventory/inventorywidgets.h"
#include "purchasing/purchaseordermessage.h"
#include "purchasing/supplierdialog.h"
#include "purchasing/supplierpaymentdialog.h"
#include "store/localstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

Result<PurchasingActor> purchasingActor(AuthService &auth)
{
    const std::optional<User> &user = auth.currentUser();
    if (!user)
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    if (Status allowed = checkPermission(user->role, Permission::ManagePurchasing); !allowed)
        return std::unexpected(allowed.error());
    return PurchasingActor { user->id, user->displayName, user->role };
}

SuppliersTab::SuppliersTab(LocalStore &store, AuthService &auth, const CounterProfile &profile, QWidget *parent)
    : QWidget(parent),
      m_auth(auth),
      m_service(store.db(), Clock::system(), PurchasingContext { profile.deviceId, profile.branchId, profile.folioSeries })
{
    setObjectName(QStringLiteral("suppliersTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    auto *actions = new QHBoxLayout;
    auto *add = new QPushButton(tr("New supplier  (F2)"), this);
    add->setObjectName(QStringLiteral("supplierNewButton"));
    add->setProperty("kind", QStringLiteral("primary"));
    auto *edit = new QPushButton(tr("Edit  (F3)"), this);
    edit->setObjectName(QStringLiteral("supplierEditButton"));
    auto *pay = new QPushButton(tr("Record payment  (F4)"), this);
    pay->setObjectName(QStringLiteral("supplierPayButton"));
    for (QPushButton *button : { add, edit, pay }) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("payablesTotal"));
    m_total->setProperty("role", QStringLiteral("sectionTitle"));
    actions->addWidget(m_total);
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("suppliersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({ tr("Supplier"), tr("RFC"), tr("Phone"), tr("E-mail"), tr("Credit"),
        tr("Currency"), tr("Lead time"), tr("Received"), tr("Paid"), tr("Owed") });
    m_view = inventoryTable(QStringLiteral("suppliersView"), this);
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("F2 new · F3 or Enter edit · F4 payment · F5 refresh · owed = received − paid, in "
                                    "pesos"),
        this));

    connect(add, &QPushButton::clicked, this, [this] { (void)newSupplier(); });
    connect(edit, &QPushButton::clicked, this, [this] { (void)editSelected(); });
    connect(pay, &QPushButton::clicked, this, [this] { (void)paySelected(); });
    connect(m_view, &QTableView::activated, this, [this] { (void)editSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F2), [this] { (void)newSupplier(); });
    bindKey(this, QKeySequence(Qt::Key_F3), [this] { (void)editSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F4), [this] { (void)paySelected(); });
    bindKey(this, QKeySequence(Qt::Key_F5), [this] { refresh(); });
    setFocusProxy(m_view);
    refresh();
}

void SuppliersTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SuppliersTab::refresh()
{
    const QString keep = selectedId();
    Result<std::vector<Supplier>> suppliers = m_service.suppliers(true);
    Result<std::vector<SupplierPayable>> payables = m_service.payables();
    if (!suppliers || !payables) {
        showMessage(suppliers ? payables.error().message() : suppliers.error().message(), true);
        return;
    }
    m_payables = std::move(*payables);
    m_model->removeRows(0, m_model->rowCount());
    qint64 owed = 0;
    for (const Supplier &s : *suppliers) {
        SupplierPayable payable;
        for (const SupplierPayable &p : m_payables)
            if (p.supplierId == s.id)
                payable = p;
        owed += payable.balanceCents();
        QList<QStandardItem *> row { new QStandardItem(s.active ? s.name : tr("%1 (inactive)").arg(s.name)),
            new QStandardItem(s.rfc), new QStandardItem(s.phone), new QStandardItem(s.email),
            new QStandardItem(tr("%1 days").arg(s.creditDays)), new QStandardItem(currencyCode(s.currency)),
            new QStandardItem(tr("%1 days").arg(s.leadTimeDays)),
            new QStandardItem(purchaseMoney(payable.receivedCents, nexus::Currency::MXN)),
            new QStandardItem(purchaseMoney(payable.paidCents, nexus::Currency::MXN)),
            new QStandardItem(purchaseMoney(payable.balanceCents(), nexus::Currency::MXN)) };
        row[Name]->setData(s.id, Qt::UserRole);
        for (int c = Received; c <= Balance; ++c)
            row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    m_total->setText(tr("Owed to suppliers: %1").arg(purchaseMoney(owed, nexus::Currency::MXN)));
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    if (!select(keep) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

bool SuppliersTab::select(const QString &supplierId)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (!supplierId.isEmpty() && m_model->item(row, Name)->data(Qt::UserRole).toString() == supplierId) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    return false;
}

QString SuppliersTab::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->item(current.row(), Name)->data(Qt::UserRole).toString() : QString();
}

std::optional<PurchasingActor> SuppliersTab::actor()
{
    Result<PurchasingActor> who = purchasingActor(m_auth);
    if (!who) {
        showMessage(who.error().message(), true);
        return std::nullopt;
    }
    return *who;
}

void SuppliersTab::showMessage(const QString &text, bool error)
{
    showStatus(m_message, text, error);
}

void SuppliersTab::recorded(const QString &supplierId, const QString &message)
{
    showMessage(message, false);
    refresh();
    (void)select(supplierId);
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT factsRecorded();
}

bool SuppliersTab::newSupplier()
{
    std::optional<PurchasingActor> who = actor();
    if (!who)
        return false;
    SupplierDialog dialog(m_service, *who, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return false;
    recorded(dialog.saved()->id, tr("Supplier %1 saved.").arg(dialog.saved()->name));
    return true;
}

bool SuppliersTab::editSelected()
{
    const QString id = selectedId();
    std::optional<PurchasingActor> who = id.isEmpty() ? std::nullopt : actor();
    if (!who)
        return false;
    Result<std::optional<Supplier>> supplier = m_service.supplier(id);
    if (!supplier || !*supplier)
        return false;
    SupplierDialog dialog(m_service, *who, **supplier, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return false;
    recorded(id, tr("Supplier %1 saved.").arg(dialog.saved()->name));
    return true;
}

bool SuppliersTab::paySelected()
{
    const QString id = selectedId();
    std::optional<PurchasingActor> who = id.isEmpty() ? std::nullopt : actor();
    if (!who)
        return false;
    SupplierPayable payable;
    for (const SupplierPayable &p : m_payables)
        if (p.supplierId == id)
            payable = p;
    SupplierPaymentDialog dialog(m_service, *who, payable, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return false;
    recorded(id, tr("Payment of %1 to %2 recorded.")
                     .arg(purchaseMoney(dialog.result()->amountCents, nexus::Currency::MXN), payable.supplierName));
    return true;
}

} // namespace nexus
