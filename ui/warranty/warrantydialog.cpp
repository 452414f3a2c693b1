// WarrantyDialog: the three lists, the search and the keys that open the step dialogs.
#include "warranty/warrantydialog.h"

#include "auth/authservice.h"
#include "auth/permission.h"
#include "common/clock.h"
#include "common/formstatus.h"
#include "notifications/notificationservice.h"
#include "sales/counterprofile.h"
#include "store/localstore.h"
#include "warranty/claimdialog.h"
#include "warranty/claimlistmodel.h"
#include "warranty/resolveclaimdialog.h"
#include "warranty/rmadialog.h"
#include "warranty/rmalistmodel.h"
#include "warranty/rmaservice.h"
#include "warranty/warrantyexpiry.h"
#include "warranty/warrantylistmodel.h"
#include "warranty/warrantylookup.h"
#include "warranty/warrantypolicydialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nexus {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const char *name, int stretchColumn, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(34);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return view;
}

QPushButton *keyButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAutoDefault(false);
    return button;
}

} // namespace

WarrantyDialog::WarrantyDialog(LocalStore &store, AuthService &auth, QWidget *parent)
    : QDialog(parent), m_store(store), m_auth(auth)
{
    const QDir dataDir = QFileInfo(store.db().path()).absoluteDir();
    const QString catalog = dataDir.filePath(QStringLiteral("catalog.db"));
    m_lookup = std::make_unique<WarrantyLookup>(store.db(), Clock::system(), catalog);
    m_claims = std::make_unique<WarrantyClaimService>(
        store.db(), Clock::system(), catalog, dataDir.filePath(QStringLiteral("garantias")));
    m_rmas = std::make_unique<RmaService>(store.db(), Clock::system());
    buildUi();
    reloadLists();
}

WarrantyDialog::~WarrantyDialog() = default;

void WarrantyDialog::buildUi()
{
    setObjectName(QStringLiteral("warrantyDialog"));
    resize(1240, 680);
    QVBoxLayout *outer = formstatus::frame(this, tr("Warranties"));

    auto *head = new QHBoxLayout;
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("warrantySearchBy"));
    m_by->addItem(tr("Ticket folio"), int(SearchBy::Ticket));
    m_by->addItem(tr("Customer"), int(SearchBy::Customer));
    m_by->addItem(tr("Part (SKU)"), int(SearchBy::Part));
    head->addWidget(m_by);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("warrantySearchEdit"));
    m_query->setPlaceholderText(tr("Scan the ticket, or type a folio, a customer or a SKU  (F2)"));
    head->addWidget(m_query, 1);
    QPushButton *find = keyButton(tr("Search  (Enter)"), "warrantySearchButton", this);
    head->addWidget(find);
    QPushButton *notify = keyButton(tr("Notify expiring  (F5)"), "warrantyNotifyButton", this);
    head->addWidget(notify);
    outer->addLayout(head);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("warrantyTabs"));
    m_warrantyModel = new WarrantyListModel(this);
    m_claimModel = new ClaimListModel(this);
    m_rmaModel = new RmaListModel(this);

    auto *warrantyPage = new QWidget(m_tabs);
    auto *warrantyLayout = new QVBoxLayout(warrantyPage);
    m_warrantyView = makeTable(m_warrantyModel, "warrantyView", WarrantyListModel::Description, warrantyPage);
    warrantyLayout->addWidget(m_warrantyView, 1);
    auto *warrantyButtons = new QHBoxLayout;
    QPushButton *claim = keyButton(tr("Claim  (F4)"), "warrantyClaimButton", warrantyPage);
    claim->setProperty("kind", QStringLiteral("primary"));
    warrantyButtons->addWidget(claim);
    warrantyButtons->addStretch(1);
    warrantyLayout->addLayout(warrantyButtons);
    m_tabs->addTab(warrantyPage, tr("&Warranties"));

    auto *claimPage = new QWidget(m_tabs);
    auto *claimLayout = new QVBoxLayout(claimPage);
    m_claimView = makeTable(m_claimModel, "claimView", ClaimListModel::Reason, claimPage);
    claimLayout->addWidget(m_claimView, 1);
    auto *claimButtons = new QHBoxLayout;
    QPushButton *resolve = keyButton(tr("Resolve  (F6)"), "claimResolveButton", claimPage);
    QPushButton *close = keyButton(tr("Close  (F7)"), "claimCloseButton", claimPage);
    QPushButton *send = keyButton(tr("Send to supplier  (F8)"), "claimRmaButton", claimPage);
    claimButtons->addWidget(resolve);
    claimButtons->addWidget(close);
    claimButtons->addWidget(send);
    claimButtons->addStretch(1);
    claimLayout->addLayout(claimButtons);
    m_tabs->addTab(claimPage, tr("C&laims"));

    auto *rmaPage = new QWidget(m_tabs);
    auto *rmaLayout = new QVBoxLayout(rmaPage);
    m_rmaView = makeTable(m_rmaModel, "rmaView", RmaListModel::Part, rmaPage);
    rmaLayout->addWidget(m_rmaView, 1);
    auto *rmaButtons = new QHBoxLayout;
    QPushButton *settle = keyButton(tr("Settle  (F9)"), "rmaSettleButton", rmaPage);
    rmaButtons->addWidget(settle);
    rmaButtons->addStretch(1);
    rmaLayout->addLayout(rmaButtons);
    m_tabs->addTab(rmaPage, tr("R&MA to suppliers"));

    auto *policyPage = new QWidget(m_tabs);
    auto *policyLayout = new QVBoxLayout(policyPage);
    m_policyTable = new QTableWidget(0, 3, policyPage);
    m_policyTable->setObjectName(QStringLiteral("policyView"));
    m_policyTable->setHorizontalHeaderLabels({ tr("Applies to"), tr("Brand / category"), tr("Warranty") });
    m_policyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_policyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_policyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_policyTable->setTabKeyNavigation(false);
    m_policyTable->verticalHeader()->hide();
    m_policyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_policyTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    policyLayout->addWidget(m_policyTable, 1);
    auto *policyHint = new QLabel(tr("Without a policy a part takes its catalogue category's warranty. A brand and "
                                     "category policy wins over a category one, which wins over a brand one."),
        policyPage);
    policyHint->setWordWrap(true);
    policyLayout->addWidget(policyHint);
    auto *policyButtons = new QHBoxLayout;
    QPushButton *addPolicyButton = keyButton(tr("New or change  (F10)"), "policyAddButton", policyPage);
    QPushButton *removePolicyButton = keyButton(tr("Remove  (Del)"), "policyRemoveButton", policyPage);
    policyButtons->addWidget(addPolicyButton);
    policyButtons->addWidget(removePolicyButton);
    policyButtons->addStretch(1);
    policyLayout->addLayout(policyButtons);
    m_tabs->addTab(policyPage, tr("&Policies"));
    connect(addPolicyButton, &QPushButton::clicked, this, [this] { addPolicy(); });
    connect(removePolicyButton, &QPushButton::clicked, this, [this] { removeSelectedPolicy(); });
    outer->addWidget(m_tabs, 1);

    m_status = formstatus::line("warrantyStatus", this);
    outer->addWidget(m_status);
    auto *bottom = new QHBoxLayout;
    auto *hints = new QLabel(tr("Ctrl+Tab: next list · Esc: close"), this);
    hints->setObjectName(QStringLiteral("warrantyHints"));
    bottom->addWidget(hints);
    bottom->addStretch(1);
    QPushButton *done = keyButton(tr("Close  (Esc)"), "warrantyDoneButton", this);
    bottom->addWidget(done);
    outer->addLayout(bottom);

    connect(find, &QPushButton::clicked, this,
        [this] { search(SearchBy(m_by->currentData().toInt()), m_query->text()); });
    connect(m_query, &QLineEdit::returnPressed, this,
        [this] { search(SearchBy(m_by->currentData().toInt()), m_query->text()); });
    connect(notify, &QPushButton::clicked, this, [this] { notifyExpiring(); });
    connect(claim, &QPushButton::clicked, this, [this] { claimSelected(); });
    connect(resolve, &QPushButton::clicked, this, [this] { resolveSelected(); });
    connect(close, &QPushButton::clicked, this, [this] { closeSelected(); });
    connect(send, &QPushButton::clicked, this, [this] { sendSelectedToSupplier(); });
    connect(settle, &QPushButton::clicked, this, [this] { settleSelectedRma(); });
    connect(done, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_warrantyView, &QTableView::doubleClicked, this, [this] { claimSelected(); });
    const auto key = [this](QKeySequence sequence, auto slot) {
        connect(new QShortcut(sequence, this), &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_F2), [this] {
        m_query->setFocus();
        m_query->selectAll();
    });
    key(QKeySequence(Qt::Key_F4), [this] { claimSelected(); });
    key(QKeySequence(Qt::Key_F5), [this] { notifyExpiring(); });
    key(QKeySequence(Qt::Key_F6), [this] { resolveSelected(); });
    key(QKeySequence(Qt::Key_F7), [this] { closeSelected(); });
    key(QKeySequence(Qt::Key_F8), [this] { sendSelectedToSupplier(); });
    key(QKeySequence(Qt::Key_F9), [this] { settleSelectedRma(); });
    key(QKeySequence(Qt::Key_F10), [this] { addPolicy(); });
    auto *remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_policyTable);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] { removeSelectedPolicy(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == PoliciesTab) {
            if (m_policyTable->rowCount() > 0 && m_policyTable->currentRow() < 0)
                m_policyTable->selectRow(0);
            m_policyTable->setFocus();
            return;
        }
        QTableView *views[] = { m_warrantyView, m_claimView, m_rmaView };
        QTableView *view = views[index];
        if (view->model()->rowCount() > 0 && !view->currentIndex().isValid())
            view->selectRow(0);
        view->setFocus();
    });
    m_query->setFocus();
}

QString WarrantyDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void WarrantyDialog::say(const QString &text, bool error)
{
    formstatus::show(m_status, text, error);
}

std::optional<WarrantyActor> WarrantyDialog::actor()
{
    const std::optional<User> &user = m_auth.currentUser();
    if (!user) {
        say(tr("Log in first"), true);
        return std::nullopt;
    }
    Result<CounterProfile> profile = loadCounterProfile(m_store.db());
    if (!profile) {
        say(profile.error().message(), true);
        return std::nullopt;
    }
    return WarrantyActor { profile->deviceId, profile->branchId, profile->folioSeries, user->id, user->displayName,
        user->role, {} };
}

int WarrantyDialog::currentRow(QTableView *view) const
{
    const QModelIndex index = view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void WarrantyDialog::reloadPolicies()
{
    Result<QList<WarrantyPolicy>> policies = WarrantyPolicyStore(m_store.db()).policies();
    if (!policies) {
        say(policies.error().message(), true);
        return;
    }
    m_policies = std::move(*policies);
    m_policyTable->setRowCount(int(m_policies.size()));
    for (int row = 0; row < m_policies.size(); ++row) {
        const WarrantyPolicy &policy = m_policies.at(row);
        m_policyTable->setItem(row, 0,
            new QTableWidgetItem(policy.scope == WarrantyScope::Labor ? tr("Labor") : tr("Parts")));
        m_policyTable->setItem(row, 1, new QTableWidgetItem(policy.label));
        m_policyTable->setItem(row, 2, new QTableWidgetItem(warrantyPeriodText(policy.days)));
    }
}

bool WarrantyDialog::mayConfigure()
{
    const std::optional<User> &user = m_auth.currentUser();
    if (user && roleHas(user->role, Permission::ConfigureBranch))
        return true;
    say(tr("Only a manager changes the warranty policies."), true);
    return false;
}

bool WarrantyDialog::addPolicy()
{
    if (!mayConfigure())
        return false;
    Result<QList<WarrantyLookup::CatalogueEntry>> brands = m_lookup->brands();
    Result<QList<WarrantyLookup::CatalogueEntry>> categories = m_lookup->categories();
    if (!brands || !categories) {
        say((brands ? categories.error() : brands.error()).message(), true);
        return false;
    }
    WarrantyPolicyStore store(m_store.db());
    WarrantyPolicyDialog dialog(store, m_auth.currentUser()->displayName, *brands, *categories, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reloadPolicies();
    m_tabs->setCurrentIndex(PoliciesTab);
    say(tr("Policy saved: it applies to what was sold before too, whatever its date."), false);
    return true;
}

bool WarrantyDialog::removeSelectedPolicy()
{
    const int row = m_policyTable->currentRow();
    if (row < 0 || row >= m_policies.size() || m_tabs->currentIndex() != PoliciesTab) {
        say(tr("Choose the policy to remove in the Policies list."), true);
        return false;
    }
    if (!mayConfigure())
        return false;
    const WarrantyPolicy policy = m_policies.at(row);
    if (Status removed = WarrantyPolicyStore(m_store.db())
                                  .remove(policy.scope, policy.brandId, policy.categoryId,
                                      Clock::system().nowUtc().toString(Qt::ISODateWithMs));
        !removed) {
        say(removed.error().message(), true);
        return false;
    }
    reloadPolicies();
    say(tr("Policy removed."), false);
    return true;
}

void WarrantyDialog::reloadLists()
{
    reloadPolicies();
    if (Result<QList<WarrantyClaim>> claims = m_claims->claims())
        m_claimModel->setClaims(std::move(*claims));
    else
        say(claims.error().message(), true);
    if (Result<QList<Rma>> rmas = m_rmas->rmas())
        m_rmaModel->setRmas(std::move(*rmas));
    else
        say(rmas.error().message(), true);
}

bool WarrantyDialog::search(SearchBy by, const QString &text)
{
    m_by->setCurrentIndex(m_by->findData(int(by)));
    if (m_query->text() != text)
        m_query->setText(text);
    Result<QList<Warranty>> found = by == SearchBy::Ticket ? m_lookup->byFolio(text)
        : by == SearchBy::Customer                         ? m_lookup->byCustomerText(text)
                                                           : m_lookup->bySku(text);
    m_lastBy = by;
    m_lastText = text;
    if (!found) {
        m_warrantyModel->setWarranties({}, m_lookup->today());
        say(found.error().message(), true);
        return false;
    }
    const qsizetype count = found->size();
    m_warrantyModel->setWarranties(std::move(*found), m_lookup->today());
    m_tabs->setCurrentIndex(WarrantiesTab);
    if (count == 0) {
        say(tr("Nothing sold there has a warranty."), true);
        return false;
    }
    say(tr("%1 warranties found.").arg(count), false);
    m_warrantyView->selectRow(0);
    m_warrantyView->setFocus();
    return true;
}

bool WarrantyDialog::claimSelected()
{
    const Warranty *warranty = m_warrantyModel->warranty(currentRow(m_warrantyView));
    if (warranty == nullptr) {
        say(tr("Choose the warranty to claim first."), true);
        return false;
    }
    const std::optional<WarrantyActor> who = actor();
    if (!who)
        return false;
    ClaimDialog dialog(*m_claims, *who, *warranty, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.claim())
        return false;
    reloadLists();
    search(m_lastBy, m_lastText); // the warranty shows as claimed now
    say(tr("Claim %1 opened.").arg(dialog.claim()->folio), false);
    m_tabs->setCurrentIndex(ClaimsTab);
    m_claimView->selectRow(m_claimModel->rowOf(dialog.claim()->id));
    return true;
}

bool WarrantyDialog::resolveSelected()
{
    const WarrantyClaim *claim = m_claimModel->claim(currentRow(m_claimView));
    if (claim == nullptr || m_tabs->currentIndex() != ClaimsTab) {
        say(tr("Choose the claim to resolve in the Claims list."), true);
        return false;
    }
    if (claim->status != ClaimStatus::Open) {
        say(tr("The claim %1 is resolved already.").arg(claim->folio), true);
        return false;
    }
    const std::optional<WarrantyActor> who = actor();
    if (!who)
        return false;
    ResolveClaimDialog dialog(*m_claims, m_auth, *who, *claim, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.resolved())
        return false;
    const WarrantyClaim resolved = *dialog.resolved();
    say(resolved.resolution == ClaimResolution::Refund
            ? tr("Claim %1 resolved: refunded %2.").arg(resolved.folio, resolved.refund.format())
            : tr("Claim %1 resolved: %2.").arg(resolved.folio, claimResolutionTitle(*resolved.resolution)),
        false);
    reloadLists();
    m_claimView->selectRow(m_claimModel->rowOf(resolved.id));
    return true;
}

bool WarrantyDialog::closeSelected()
{
    const WarrantyClaim *claim = m_claimModel->claim(currentRow(m_claimView));
    if (claim == nullptr || m_tabs->currentIndex() != ClaimsTab) {
        say(tr("Choose the claim to close in the Claims list."), true);
        return false;
    }
    const std::optional<WarrantyActor> who = actor();
    if (!who)
        return false;
    const QString id = claim->id;
    Result<WarrantyClaim> closed = m_claims->close(id, *who);
    if (!closed) {
        say(closed.error().message(), true);
        return false;
    }
    say(tr("Claim %1 closed.").arg(closed->folio), false);
    reloadLists();
    m_claimView->selectRow(m_claimModel->rowOf(id));
    return true;
}

bool WarrantyDialog::sendSelectedToSupplier()
{
    const WarrantyClaim *claim = m_claimModel->claim(currentRow(m_claimView));
    if (claim == nullptr || m_tabs->currentIndex() != ClaimsTab) {
        say(tr("Choose the claim whose piece goes back in the Claims list."), true);
        return false;
    }
    const std::optional<WarrantyActor> who = actor();
    if (!who)
        return false;
    Result<QList<RmaSupplier>> suppliers = m_rmas->suppliersFor(claim->partId);
    if (!suppliers) {
        say(suppliers.error().message(), true);
        return false;
    }
    RmaDialog dialog(*m_rmas, *who, *claim, *suppliers, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.rma())
        return false;
    say(tr("RMA %1 sent to %2.").arg(dialog.rma()->folio, dialog.rma()->supplierName), false);
    reloadLists();
    m_tabs->setCurrentIndex(RmaTab);
    m_rmaView->selectRow(0);
    return true;
}

bool WarrantyDialog::settleSelectedRma()
{
    const Rma *rma = m_rmaModel->rma(currentRow(m_rmaView));
    if (rma == nullptr || m_tabs->currentIndex() != RmaTab) {
        say(tr("Choose the RMA to settle in the RMA list."), true);
        return false;
    }
    if (rma->status != RmaStatus::Sent) {
        say(tr("The RMA %1 is settled already.").arg(rma->folio), true);
        return false;
    }
    const std::optional<WarrantyActor> who = actor();
    if (!who)
        return false;
    const int row = currentRow(m_rmaView);
    RmaDialog dialog(*m_rmas, *who, *rma, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.rma())
        return false;
    say(tr("RMA %1: %2.").arg(dialog.rma()->folio, rmaStatusTitle(dialog.rma()->status)), false);
    reloadLists();
    m_rmaView->selectRow(row);
    return true;
}

bool WarrantyDialog::notifyExpiring()
{
    NotificationService notifications(m_store.db(), Clock::system());
    Result<int> queued = notifyExpiringWarranties(notifications, *m_lookup);
    if (!queued) {
        say(queued.error().message(), true);
        return false;
    }
    say(*queued == 0 ? tr("No new notices: every warranty ending within %1 days was told already.")
                           .arg(kWarrantyNoticeDays)
                     : tr("%1 notices queued for warranties ending within %2 days.")
                           .arg(*queued)
                           .arg(kWarrantyNoticeDays),
        false);
    return true;
}

} // namespace nexus
