// TransfersTab: the list and detail models over TransferService; the dialogs take each step.
#include "inventory/transferstab.h"

#include "auth/authservice.h"
#include "common/clock.h"
#include "inventory/branchdirectory.h"
#include "inventory/inventorywidgets.h"
#include "inventory/transferlinesmodel.h"
#include "inventory/transferlistmodel.h"
#include "inventory/transferrequestdialog.h"
#include "inventory/transferstepdialog.h"
#include "store/localstore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include "common/askreason.h"
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

TransfersTab::TransfersTab(
    LocalStore &store, AuthService &auth, const CounterProfile &profile, const QString &catalogPath, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_auth(auth),
      m_profile(profile),
      m_catalogPath(catalogPath),
      m_service(
          store.db(), Clock::system(), TransferContext { profile.deviceId, profile.branchId, profile.folioSeries })
{
    setObjectName(QStringLiteral("transfersTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);

    auto *actions = new QHBoxLayout;
    m_new = new QPushButton(tr("New request  (F2)"), this);
    m_new->setObjectName(QStringLiteral("transferNewButton"));
    m_new->setProperty("kind", QStringLiteral("primary"));
    m_ship = new QPushButton(tr("Ship  (F3)"), this);
    m_ship->setObjectName(QStringLiteral("transferShipButton"));
    m_receive = new QPushButton(tr("Receive  (F4)"), this);
    m_receive->setObjectName(QStringLiteral("transferReceiveButton"));
    m_cancel = new QPushButton(tr("Cancel transfer  (F9)"), this);
    m_cancel->setObjectName(QStringLiteral("transferCancelButton"));
    for (QPushButton *button : { m_new, m_ship, m_receive, m_cancel }) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    m_showAll = new QCheckBox(tr("Show closed and cancelled"), this);
    m_showAll->setObjectName(QStringLiteral("transferShowAll"));
    actions->addWidget(m_showAll);
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("transferMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("transferSplitter"));
    m_list = new TransferListModel(this);
    m_listView = inventoryTable(QStringLiteral("transferListView"), splitter);
    m_listView->setModel(m_list);
    m_listView->horizontalHeader()->setSectionResizeMode(TransferListModel::Server, QHeaderView::Stretch);
    splitter->addWidget(m_listView);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("transferDetailTitle"));
    m_detailTitle->setProperty("role", QStringLiteral("sectionTitle"));
    detailLayout->addWidget(m_detailTitle);
    m_lines = new TransferLinesModel(TransferLinesModel::Mode::Detail, this);
    m_linesView = inventoryTable(QStringLiteral("transferLinesView"), detail);
    m_linesView->setModel(m_lines);
    fitLineColumns(m_linesView, m_lines);
    detailLayout->addWidget(m_linesView, 1);
    m_history = new QLabel(detail);
    m_history->setObjectName(QStringLiteral("transferHistory"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_history);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *hints
        = new QLabel(tr("F2 new request · F3 ship · F4 receive · F9 cancel · F5 refresh · ↑↓ choose a transfer"), this);
    hints->setObjectName(QStringLiteral("keyHints"));
    layout->addWidget(hints);

    connect(m_new, &QPushButton::clicked, this, [this] { (void)newRequest(); });
    connect(m_ship, &QPushButton::clicked, this, [this] { (void)shipSelected(); });
    connect(m_receive, &QPushButton::clicked, this, [this] { (void)receiveSelected(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { (void)cancelSelected(); });
    connect(m_showAll, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F2), [this] { (void)newRequest(); });
    bindKey(this, QKeySequence(Qt::Key_F3), [this] { (void)shipSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F4), [this] { (void)receiveSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F9), [this] { (void)cancelSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F5), [this] { refresh(); });
    setFocusProxy(m_listView);
    refresh();
}

void TransfersTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // the other branch's steps may have arrived; the signed-in user may have changed
}

void TransfersTab::refresh()
{
    const Transfer *current = selected();
    const QString keep = current ? current->id : QString();
    TransferFilter filter;
    if (!m_showAll->isChecked())
        filter.states = { TransferState::Requested, TransferState::Shipped, TransferState::PartiallyReceived };
    Result<std::vector<Transfer>> transfers = m_service.list(filter);
    if (!transfers) {
        showMessage(transfers.error().message(), true);
        return;
    }
    QHash<QString, QString> names;
    if (Result<QList<BranchInfo>> branches = knownBranches(m_store.db()); branches)
        for (const BranchInfo &branch : *branches)
            names.insert(branch.id, branch.name);
    m_list->setTransfers(std::move(*transfers), m_profile.branchId, names);
    m_listView->resizeColumnsToContents();
    m_listView->horizontalHeader()->setSectionResizeMode(TransferListModel::Server, QHeaderView::Stretch);
    const int row = m_list->rowOf(keep);
    if (m_list->rowCount() > 0)
        m_listView->setCurrentIndex(m_list->index(row >= 0 ? row : 0, 0));
    showSelected();
}

bool TransfersTab::select(const QString &transferId)
{
    int row = m_list->rowOf(transferId);
    if (row < 0 && !m_showAll->isChecked()) {
        m_showAll->setChecked(true); // refreshes
        row = m_list->rowOf(transferId);
    }
    if (row < 0)
        return false;
    m_listView->setCurrentIndex(m_list->index(row, 0));
    return true;
}

const Transfer *TransfersTab::selected() const
{
    return m_list->transfer(m_listView->currentIndex().row());
}

std::optional<TransferActor> TransfersTab::actor()
{
    const std::optional<User> &user = m_auth.currentUser();
    if (!user) {
        showMessage(tr("Log in first"), true);
        return std::nullopt;
    }
    return TransferActor { user->id, user->displayName, user->role };
}

void TransfersTab::showSelected()
{
    const Transfer *t = selected();
    if (!t) {
        m_lines->setTransfer({});
        m_detailTitle->setText(m_list->rowCount() == 0 ? tr("No transfers to show") : QString());
        m_history->clear();
        updateActions();
        return;
    }
    const bool outgoing = t->fromBranchId == m_profile.branchId;
    m_detailTitle->setText(outgoing
            ? tr("%1 · %2 to %3").arg(t->folio, transferStateName(t->state()), m_list->branchName(t->toBranchId))
            : tr("%1 · %2 from %3").arg(t->folio, transferStateName(t->state()), m_list->branchName(t->fromBranchId)));
    m_lines->setTransfer(*t);
    QStringList history;
    history << tr("Requested by %1 (%2) on %3")
                   .arg(t->requestedByName, m_list->branchName(t->toBranchId), localStamp(t->requestedAtUtc));
    if (!t->note.isEmpty())
        history << tr("Note: %1").arg(t->note);
    for (const TransferShipment &s : t->shipments) {
        QString line = tr("Shipped by %1 (%2) on %3")
                           .arg(s.shippedByName, m_list->branchName(t->fromBranchId), localStamp(s.shippedAtUtc));
        if (!s.carrier.isEmpty() || !s.tracking.isEmpty())
            line += tr(" · carrier %1 %2").arg(s.carrier, s.tracking);
        history << line;
    }
    for (const TransferReceipt &r : t->receipts) {
        QStringList differences;
        for (const TransferReceiptLine &line : r.lines)
            if (!line.reason.isEmpty())
                differences << tr("line %1: %2").arg(line.lineNo).arg(line.reason);
        history << tr("Received by %1 on %2").arg(r.receivedByName, localStamp(r.receivedAtUtc))
                + (differences.isEmpty() ? QString() : QStringLiteral(" · ") + differences.join(QStringLiteral("; ")));
    }
    if (t->cancellation)
        history << (t->cancelOverruled()
                ? tr("Cancelled by %1 on %2 while it was being shipped: the shipment stands")
                      .arg(t->cancellation->byName, localStamp(t->cancellation->atUtc))
                : tr("Cancelled by %1 on %2: %3")
                      .arg(t->cancellation->byName, localStamp(t->cancellation->atUtc), t->cancellation->reason));
    m_history->setText(history.join(QLatin1Char('\n')));
    updateActions();
}

void TransfersTab::updateActions()
{
    const Transfer *t = selected();
    const std::optional<User> &user = m_auth.currentUser();
    const bool manage = user && roleHas(user->role, Permission::ManageTransfers);
    const TransferState state = t ? t->state() : TransferState::Closed;
    m_new->setEnabled(user && roleHas(user->role, Permission::RequestTransfer));
    m_ship->setEnabled(manage && t && t->fromBranchId == m_profile.branchId && state == TransferState::Requested);
    m_receive->setEnabled(manage && t && t->toBranchId == m_profile.branchId
        && (state == TransferState::Shipped || state == TransferState::PartiallyReceived));
    m_cancel->setEnabled(manage && t && state == TransferState::Requested);
}

void TransfersTab::showMessage(const QString &text, bool error)
{
    showStatus(m_message, text, error);
}

void TransfersTab::recorded(const Transfer &transfer, const QString &message)
{
    showMessage(message, false);
    refresh();
    (void)select(transfer.id);
    m_listView->setFocus(Qt::OtherFocusReason);
    Q_EMIT factsRecorded();
}

bool TransfersTab::newRequest()
{
    std::optional<TransferActor> who = actor();
    if (!who)
        return false;
    if (!roleHas(who->role, Permission::RequestTransfer)) {
        showMessage(checkPermission(who->role, Permission::RequestTransfer).error().message(), true);
        return false;
    }
    QList<BranchInfo> others;
    if (Result<QList<BranchInfo>> branches = otherBranches(m_store.db(), m_profile.branchId); branches)
        others = std::move(*branches);
    TransferRequestDialog dialog(m_service, *who, m_profile, others, m_catalogPath, m_store.db().path(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.transfer())
        return false;
    recorded(*dialog.transfer(),
        tr("Request %1 recorded: %2 will see it after the next synchronisation.")
            .arg(dialog.transfer()->folio, m_list->branchName(dialog.transfer()->fromBranchId)));
    return true;
}

bool TransfersTab::shipSelected()
{
    const Transfer *t = selected();
    std::optional<TransferActor> who = t ? actor() : std::nullopt;
    if (!t || !who || !m_ship->isEnabled())
        return false;
    TransferStepDialog dialog(TransferStepDialog::Step::Ship, *t, m_service, *who, m_profile, m_store.db(),
        m_list->branchName(t->toBranchId), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return false;
    recorded(*dialog.result(), tr("%1 shipped: the pieces are in transit.").arg(dialog.result()->folio));
    return true;
}

bool TransfersTab::receiveSelected()
{
    const Transfer *t = selected();
    std::optional<TransferActor> who = t ? actor() : std::nullopt;
    if (!t || !who || !m_receive->isEnabled())
        return false;
    TransferStepDialog dialog(TransferStepDialog::Step::Receive, *t, m_service, *who, m_profile, m_store.db(),
        m_list->branchName(t->fromBranchId), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return false;
    const Transfer &done = *dialog.result();
    recorded(done,
        done.state() == TransferState::Closed
            ? tr("%1 received in full: closed.").arg(done.folio)
            : tr("%1 received in part: %2 still in transit.").arg(done.folio, done.inTransit().toString()));
    return true;
}

bool TransfersTab::cancelSelected()
{
    const Transfer *t = selected();
    std::optional<TransferActor> who = t ? actor() : std::nullopt;
    if (!t || !who || !m_cancel->isEnabled())
        return false;
    const Transfer transfer = *t;
    const std::optional<QString> reason = askReason(this,
        { QStringLiteral("transferCancelDialog"), tr("Cancel transfer"), tr("Why is %1 cancelled?").arg(transfer.folio),
            tr("Cancel the transfer"), tr("Keep it") });
    if (!reason)
        return false;
    Result<Transfer> cancelled = m_service.cancel(transfer.id, *reason, *who);
    if (!cancelled) {
        showMessage(cancelled.error().message(), true);
        return false;
    }
    recorded(*cancelled, tr("%1 cancelled.").arg(cancelled->folio));
    return true;
}

} // namespace nexus
