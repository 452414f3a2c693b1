// ReorderTab: ReorderService for levels and alerts, PurchasingService for the suggested draft orders.
#include "inventory/reordertab.h"

#include "auth/authservice.h"
#include "common/clock.h"
#include "common/fieldcaption.h"
#include "inventory/alertlistmodel.h"
#include "inventory/inventorywidgets.h"
#include "inventory/partsearchpanel.h"
#include "purchasing/purchasesuggestionlist.h"
#include "purchasing/purchasingservice.h"
#include "sales/exchangerate.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

namespace {

QLineEdit *numberEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

ReorderTab::ReorderTab(
    LocalStore &store, AuthService &auth, const CounterProfile &profile, const QString &catalogPath, QWidget *parent)
    : QWidget(parent), m_store(store), m_auth(auth), m_profile(profile)
{
    setObjectName(QStringLiteral("reorderTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    auto *rows = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, rows);
    m_search = new PartSearchPanel(catalogPath, store.db().path(), profile.warehouses, QStringLiteral("reorder"), top);
    top->addWidget(m_search);

    auto *form = new QWidget(top);
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(12, 0, 0, 0);
    grid->setVerticalSpacing(4);
    m_partLabel = new QLabel(tr("Choose a part to set its reorder levels (F2 searches, Enter chooses)"), form);
    m_partLabel->setObjectName(QStringLiteral("reorderPartLabel"));
    m_partLabel->setProperty("role", QStringLiteral("sectionTitle"));
    m_partLabel->setWordWrap(true);
    grid->addWidget(m_partLabel, 0, 0, 1, 3);
    auto *warehouseLabel = fieldCaption(tr("&Warehouse"), form);
    m_warehouse = new QComboBox(form);
    m_warehouse->setObjectName(QStringLiteral("reorderWarehouseCombo"));
    for (const BranchWarehouse &warehouse : profile.warehouses)
        m_warehouse->addItem(warehouse.name, warehouse.id);
    warehouseLabel->setBuddy(m_warehouse);
    grid->addWidget(warehouseLabel, 1, 0);
    grid->addWidget(m_warehouse, 2, 0);
    m_weeks = numberEdit(QStringLiteral("reorderWeeksEdit"), form);
    m_weeks->setText(QStringLiteral("8"));
    auto *weeksLabel = fieldCaption(tr("Sales of (&weeks)"), form);
    weeksLabel->setBuddy(m_weeks);
    grid->addWidget(weeksLabel, 1, 1);
    grid->addWidget(m_weeks, 2, 1);
    m_lead = numberEdit(QStringLiteral("reorderLeadEdit"), form);
    m_lead->setPlaceholderText(tr("supplier's"));
    auto *leadLabel = fieldCaption(tr("&Lead time (days)"), form);
    leadLabel->setBuddy(m_lead);
    grid->addWidget(leadLabel, 1, 2);
    grid->addWidget(m_lead, 2, 2);
    m_minimum = numberEdit(QStringLiteral("reorderMinimumEdit"), form);
    m_point = numberEdit(QStringLiteral("reorderPointEdit"), form);
    m_maximum = numberEdit(QStringLiteral("reorderMaximumEdit"), form);
    const std::pair<QString, QLineEdit *> levels[]
        = { { tr("M&inimum"), m_minimum }, { tr("Reorder &point"), m_point }, { tr("Ma&ximum"), m_maximum } };
    int column = 0;
    for (const auto &[caption, edit] : levels) {
        auto *label = fieldCaption(caption, form);
        label->setBuddy(edit);
        grid->addWidget(label, 3, column);
        grid->addWidget(edit, 4, column);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_suggested = false; });
        connect(edit, &QLineEdit::returnPressed, this, [this] { (void)saveLevels(); });
        ++column;
    }
    auto *suggestButton = new QPushButton(tr("Suggest from sales (F4)"), form);
    suggestButton->setObjectName(QStringLiteral("reorderSuggestButton"));
    grid->addWidget(suggestButton, 5, 0, 1, 2);
    auto *saveButton = new QPushButton(tr("Save levels (F12)"), form);
    saveButton->setObjectName(QStringLiteral("reorderSaveButton"));
    saveButton->setProperty("role", QStringLiteral("primary"));
    grid->addWidget(saveButton, 5, 2);
    m_message = errorLine(QStringLiteral("reorderMessage"), form);
    m_message->setWordWrap(true);
    grid->addWidget(m_message, 6, 0, 1, 3);
    grid->setRowStretch(7, 1);
    top->addWidget(form);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    rows->addWidget(top);

    auto *bottom = new QWidget(rows);
    auto *alertsColumn = new QVBoxLayout(bottom);
    alertsColumn->setContentsMargins(0, 8, 0, 0);
    auto *alertsHead = new QHBoxLayout;
    auto *alertsTitle = new QLabel(tr("Reorder alerts"), bottom);
    alertsTitle->setProperty("role", QStringLiteral("sectionTitle"));
    alertsHead->addWidget(alertsTitle);
    alertsHead->addStretch(1);
    auto *check = new QPushButton(tr("Check now (F5)"), bottom);
    check->setObjectName(QStringLiteral("reorderCheckButton"));
    auto *seen = new QPushButton(tr("Mark seen (F6)"), bottom);
    seen->setObjectName(QStringLiteral("reorderSeenButton"));
    auto *orders = new QPushButton(tr("Draft purchase orders (F7)"), bottom);
    orders->setObjectName(QStringLiteral("reorderOrdersButton"));
    for (QPushButton *button : { check, seen, orders })
        alertsHead->addWidget(button);
    alertsColumn->addLayout(alertsHead);
    m_alerts = new AlertListModel(this);
    m_alertView = inventoryTable(QStringLiteral("alertsView"), bottom);
    m_alertView->setModel(m_alerts);
    QHeaderView *header = m_alertView->horizontalHeader();
    const std::pair<int, int> widths[] = { { AlertListModel::Sku, 130 }, { AlertListModel::Warehouse, 100 },
        { AlertListModel::Stock, 85 }, { AlertListModel::Point, 115 }, { AlertListModel::Maximum, 75 },
        { AlertListModel::ToOrder, 60 }, { AlertListModel::Raised, 140 }, { AlertListModel::State, 205 } };
    for (const auto &[section, width] : widths)
        header->resizeSection(section, width);
    header->setSectionResizeMode(AlertListModel::Description, QHeaderView::Stretch);
    alertsColumn->addWidget(m_alertView, 1);
    // What service orders wait for and no branch had: drafted by F7 together with the alerts.
    m_workshopNeeds = new QLabel(bottom);
    m_workshopNeeds->setObjectName(QStringLiteral("reorderWorkshopNeeds"));
    m_workshopNeeds->setWordWrap(true);
    alertsColumn->addWidget(m_workshopNeeds);
    rows->addWidget(bottom);
    layout->addWidget(rows);

    connect(m_search, &PartSearchPanel::partActivated, this, &ReorderTab::choosePart);
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, [this] { showLevel(); });
    connect(suggestButton, &QPushButton::clicked, this, [this] { (void)suggest(); });
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)saveLevels(); });
    connect(check, &QPushButton::clicked, this, [this] { (void)checkAlerts(); });
    connect(seen, &QPushButton::clicked, this, [this] { (void)acknowledgeCurrent(); });
    connect(orders, &QPushButton::clicked, this, [this] { (void)draftOrders(); });
    const std::pair<QKeySequence, std::function<void()>> keys[] = {
        { QKeySequence(Qt::Key_F2), [this] { m_search->focusSearch(); } },
        { QKeySequence(Qt::Key_F4), [this] { (void)suggest(); } },
        { QKeySequence(Qt::Key_F5), [this] { (void)checkAlerts(); } },
        { QKeySequence(Qt::Key_F6), [this] { (void)acknowledgeCurrent(); } },
        { QKeySequence(Qt::Key_F7), [this] { (void)draftOrders(); } },
        { QKeySequence(Qt::Key_F12), [this] { (void)saveLevels(); } },
    };
    for (const auto &[sequence, action] : keys) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    }
    setFocusProxy(m_search);
    refresh();
}

ReorderService ReorderTab::service() const
{
    return ReorderService(m_store.db(), Clock::system(), m_profile.branchId);
}

void ReorderTab::showMessage(const QString &text, bool error)
{
    showStatus(m_message, text, error);
}

void ReorderTab::choosePart(const CatalogHit &hit)
{
    m_part = hit;
    m_partLabel->setText(tr("%1 · %2").arg(hit.sku, hit.name));
    showLevel();
    m_point->setFocus(Qt::OtherFocusReason);
    m_point->selectAll();
}

void ReorderTab::showLevel()
{
    if (!m_part)
        return;
    m_suggested = false;
    for (QLineEdit *edit : { m_minimum, m_point, m_maximum })
        edit->clear();
    Result<std::vector<ReorderLevel>> levels = service().levels();
    if (!levels)
        return showMessage(levels.error().message(), true);
    for (const ReorderLevel &level : *levels)
        if (level.partId == m_part->partId && level.warehouseId == m_warehouse->currentData().toString()) {
            m_minimum->setText(level.minimum.toString());
            m_point->setText(level.reorderPoint.toString());
            m_maximum->setText(level.maximum == Quantity() ? QString() : level.maximum.toString());
            m_suggested = level.suggested;
        }
}

bool ReorderTab::suggest()
{
    if (!m_part) {
        showMessage(tr("Choose the part first (F2)."), true);
        return false;
    }
    bool weeksOk = false;
    const int weeks = m_weeks->text().trimmed().toInt(&weeksOk);
    bool leadOk = true;
    const int lead = m_lead->text().trimmed().isEmpty() ? -1 : m_lead->text().trimmed().toInt(&leadOk);
    if (!weeksOk || !leadOk || lead < -1) {
        showMessage(tr("Type the weeks of sales and the lead time in days as whole numbers."), true);
        return false;
    }
    Result<ReorderSuggestion> s = service().suggest(m_part->partId, m_warehouse->currentData().toString(), weeks, lead);
    if (!s) {
        showMessage(s.error().message(), true);
        return false;
    }
    m_minimum->setText(s->minimum.toString());
    m_point->setText(s->reorderPoint.toString());
    m_maximum->setText(s->maximum.toString());
    m_suggested = true;
    showMessage(tr("%1 sold in %2 weeks, %3 days of lead time: check the numbers and save them (F12).")
                    .arg(s->sold.toString())
                    .arg(s->weeks)
                    .arg(s->leadDays),
        false);
    return true;
}

bool ReorderTab::saveLevels()
{
    if (!m_part) {
        showMessage(tr("Choose the part first (F2)."), true);
        return false;
    }
    const auto parse = [](QLineEdit *edit) {
        return edit->text().trimmed().isEmpty() ? Result<Quantity>(Quantity()) : Quantity::parse(edit->text().trimmed());
    };
    Result<Quantity> minimum = parse(m_minimum);
    Result<Quantity> point = parse(m_point);
    Result<Quantity> maximum = parse(m_maximum);
    if (!minimum || !point || !maximum) {
        showMessage(tr("The minimum, reorder point and maximum are numbers of pieces."), true);
        return false;
    }
    const std::optional<User> &user = m_auth.currentUser();
    const ReorderLevel level { m_part->partId, m_warehouse->currentData().toString(), m_part->sku, m_part->name,
        *minimum, *point, *maximum, m_suggested };
    if (Status saved = service().setLevel(level, user ? user->id : QString(), user ? user->role : Role::Cashier);
        !saved) {
        showMessage(saved.error().message(), true);
        return false;
    }
    showMessage(tr("Levels of %1 saved.").arg(m_part->sku), false);
    (void)checkAlerts();
    return true;
}

bool ReorderTab::checkAlerts()
{
    Result<AlertScan> scanned = service().scan();
    if (!scanned) {
        showMessage(scanned.error().message(), true);
        return false;
    }
    refresh();
    if (scanned->raised > 0 || scanned->resolved > 0)
        showMessage(tr("%1 new alerts, %2 resolved, %3 open.").arg(scanned->raised).arg(scanned->resolved).arg(scanned->open),
            false);
    return true;
}

bool ReorderTab::acknowledgeCurrent()
{
    const int row = m_alertView->currentIndex().row();
    if (row < 0 || row >= int(m_alerts->alerts().size())) {
        showMessage(tr("Choose an alert first."), true);
        return false;
    }
    const std::optional<User> &user = m_auth.currentUser();
    const StockAlert alert = m_alerts->alerts()[size_t(row)];
    if (Status done = service().acknowledge(alert.id, user ? user->id : QString()); !done) {
        showMessage(done.error().message(), true);
        return false;
    }
    showMessage(tr("Alert of %1 marked as seen.").arg(alert.sku), false);
    refresh();
    return true;
}

bool ReorderTab::draftOrders()
{
    std::vector<PurchaseSuggestion> suggestions;
    for (const StockAlert &alert : m_alerts->alerts())
        if (alert.resolvedAtUtc.isEmpty() && alert.toOrder > Quantity())
            suggestions.push_back(
                { alert.partId, alert.sku, alert.description, {}, alert.toOrder, alert.warehouseId, {}, {} });
    Result<std::vector<PurchaseSuggestion>> needs = PurchaseSuggestionList(m_store.db()).open();
    if (!needs) {
        showMessage(needs.error().message(), true);
        return false;
    }
    suggestions.insert(suggestions.end(), needs->begin(), needs->end());
    if (suggestions.empty()) {
        showMessage(tr("No open alert needs an order."), true);
        return false;
    }
    const std::optional<User> &user = m_auth.currentUser();
    if (!user) {
        showMessage(tr("Log in first."), true);
        return false;
    }
    // A dollar supplier's draft takes the day's rate the counter keeps for cash in dollars.
    Result<qint64> usdRate = storedUsdRate(m_store);
    Result<DraftOrdersOutcome> drafted
        = PurchasingService(m_store.db(), Clock::system(),
            PurchasingContext { m_profile.deviceId, m_profile.branchId, m_profile.folioSeries })
              .createDraftPurchaseOrders(suggestions, PurchasingActor { user->id, user->displayName, user->role },
                  usdRate ? *usdRate : 0);
    if (!drafted) {
        showMessage(drafted.error().field() == QLatin1String("exchange_rate")
                ? tr("A supplier of these parts sells in dollars: set the day's dollar rate in the counter's payment "
                     "window first.")
                : drafted.error().message(),
            true);
        return false;
    }
    QStringList folios;
    for (const PurchaseOrder &order : drafted->orders)
        folios << order.folio;
    QStringList without;
    for (const PurchaseSuggestion &s : drafted->unassigned)
        without << s.sku;
    refresh();
    showMessage(without.isEmpty()
            ? tr("Draft purchase orders created: %1. Review and send them in Compras.").arg(folios.join(QStringLiteral(", ")))
            : tr("Draft purchase orders created: %1. No supplier sells us: %2.")
                  .arg(folios.isEmpty() ? tr("none") : folios.join(QStringLiteral(", ")),
                      without.join(QStringLiteral(", "))),
        false);
    return true;
}

void ReorderTab::refresh()
{
    Result<std::vector<StockAlert>> alerts = service().alerts();
    if (!alerts)
        return showMessage(alerts.error().message(), true);
    QHash<QString, QString> names;
    for (const BranchWarehouse &warehouse : m_profile.warehouses)
        names.insert(warehouse.id, warehouse.name);
    if (Result<QList<User>> users = m_auth.users().activeUsers(); users)
        for (const User &user : *users)
            names.insert(user.id, user.displayName);
    m_alerts->setAlerts(std::move(*alerts), names);
    QStringList waiting;
    if (Result<std::vector<PurchaseSuggestion>> needs = PurchaseSuggestionList(m_store.db()).open(); needs)
        for (const PurchaseSuggestion &need : *needs)
            waiting << tr("%1 × %2 (%3)").arg(need.sku, need.quantity.toString(), need.reason);
    QStringList lines;
    if (!waiting.isEmpty())
        lines << tr("Service orders wait for parts no branch has; F7 orders them too: %1")
                     .arg(waiting.join(QStringLiteral(", ")));
    // Drafted at another device of the branch (the purchase_suggestions pull): said here, never offered again.
    QStringList elsewhere;
    if (Result<std::vector<SuggestionOrderedElsewhere>> ordered = PurchaseSuggestionList(m_store.db()).orderedElsewhere();
        ordered)
        for (const SuggestionOrderedElsewhere &need : *ordered)
            elsewhere << tr("%1 × %2 in %3 (%4)").arg(need.sku, need.quantity.toString(), need.purchaseOrderFolio,
                need.reason);
    if (!elsewhere.isEmpty())
        lines << tr("Already ordered at another device of the branch: %1").arg(elsewhere.join(QStringLiteral(", ")));
    m_workshopNeeds->setText(lines.join(QLatin1Char('\n')));
    m_workshopNeeds->setVisible(!lines.isEmpty());
    if (m_alerts->rowCount() > 0 && !m_alertView->currentIndex().isValid())
        m_alertView->setCurrentIndex(m_alerts->index(0, AlertListModel::Sku));
}

} // namespace nexus
