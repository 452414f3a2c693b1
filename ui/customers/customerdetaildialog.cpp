// Customer detail: header, analytics tiles, timeline, vehicles and warranties tabs; every action by keyboard.
#include "customers/customerdetaildialog.h"

#include "auth/authservice.h"
#include "common/clock.h"
#include "customers/customeranalytics.h"
#include "customers/customercrmservice.h"
#include "customers/customercrmstore.h"
#include "customers/customerlistmodel.h"
#include "customers/customernoticestab.h"
#include "customers/customertextdialog.h"
#include "customers/customerstatementdialog.h"
#include "customers/customertimelinemodel.h"
#include "customers/vehicleeditdialog.h"
#include "store/catalogstore.h"
#include "store/localstore.h"
#include "vehicles/plate.h"
#include "warranty/warrantylistmodel.h"
#include "warranty/warrantylookup.h"

#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace nexus {

namespace {

QLabel *tile(QWidget *parent, QHBoxLayout *row, const QString &caption, const char *name)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("crmTile"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(2);
    auto *value = new QLabel(frame);
    value->setObjectName(QString::fromLatin1(name));
    value->setProperty("crmValue", true);
    auto *label = new QLabel(caption, frame);
    label->setObjectName(QStringLiteral("crmTileCaption"));
    layout->addWidget(label);
    layout->addWidget(value);
    row->addWidget(frame, 1);
    return value;
}

QString tierName(LoyaltyTier tier)
{
    switch (tier) {
    case LoyaltyTier::Bronze: return CustomerDetailDialog::tr("Bronze");
    case LoyaltyTier::Silver: return CustomerDetailDialog::tr("Silver");
    case LoyaltyTier::Gold: return CustomerDetailDialog::tr("Gold");
    case LoyaltyTier::Platinum: return CustomerDetailDialog::tr("Platinum");
    }
    return {};
}

LoyaltyTier nextTier(LoyaltyTier tier)
{
    return tier == LoyaltyTier::Bronze ? LoyaltyTier::Silver
        : tier == LoyaltyTier::Silver  ? LoyaltyTier::Gold
                                       : LoyaltyTier::Platinum;
}

QPushButton *button(QWidget *parent, QHBoxLayout *row, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setProperty("kind", QStringLiteral("secondary"));
    b->setAutoDefault(false);
    b->setFocusPolicy(Qt::NoFocus);
    row->addWidget(b);
    return b;
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

CustomerDetailDialog::CustomerDetailDialog(LocalStore &store, AuthService &auth, QString deviceId, QString branchId,
    Customer customer, QString catalogPath, QString priceListName, QWidget *parent)
    : QDialog(parent), m_store(store), m_auth(auth), m_deviceId(std::move(deviceId)), m_branchId(std::move(branchId)),
      m_customer(std::move(customer)), m_catalogPath(std::move(catalogPath)), m_priceListName(std::move(priceListName))
{
    setObjectName(QStringLiteral("customerDetailDialog"));
    setWindowTitle(tr("Customer card"));
    resize(1280, 700);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 16, 24, 16);
    outer->setSpacing(8);

    auto *head = new QHBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("dialogTitle"));
    head->addWidget(m_name, 1);
    m_tier = new QLabel(this);
    m_tier->setObjectName(QStringLiteral("crmTierBadge"));
    head->addWidget(m_tier);
    outer->addLayout(head);
    m_contact = new QLabel(this);
    m_contact->setObjectName(QStringLiteral("crmContact"));
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_contact);
    auto *second = new QHBoxLayout;
    m_credit = new QLabel(this);
    m_credit->setObjectName(QStringLiteral("crmCredit"));
    second->addWidget(m_credit);
    second->addSpacing(24);
    m_tagsLabel = new QLabel(this);
    m_tagsLabel->setObjectName(QStringLiteral("crmTags"));
    second->addWidget(m_tagsLabel, 1);
    outer->addLayout(second);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    m_lifetime = tile(this, tiles, tr("Lifetime value"), "crmLifetimeValue");
    m_average = tile(this, tiles, tr("Average ticket"), "crmAverageTicket");
    m_rhythm = tile(this, tiles, tr("Buys"), "crmRhythm");
    m_last = tile(this, tiles, tr("Last purchase"), "crmLastPurchase");
    m_churn = tile(this, tiles, tr("Churn risk"), "crmChurnRisk");
    m_points = tile(this, tiles, tr("Loyalty points"), "crmPoints");
    outer->addLayout(tiles);
    m_figuresScope = new QLabel(this);
    m_figuresScope->setObjectName(QStringLiteral("crmFiguresScope"));
    outer->addWidget(m_figuresScope);
    m_favourites = new QLabel(this);
    m_favourites->setObjectName(QStringLiteral("crmFavourites"));
    outer->addWidget(m_favourites);
    m_savings = new QLabel(this);
    m_savings->setObjectName(QStringLiteral("crmSavings"));
    m_savings->setProperty("tone", QStringLiteral("good"));
    outer->addWidget(m_savings);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("crmTabs"));
    m_timeline = new CustomerTimelineModel(this);
    m_timelineView = new QTableView(m_tabs);
    m_timelineView->setObjectName(QStringLiteral("crmTimelineView"));
    m_timelineView->setModel(m_timeline);
    m_warranties = new WarrantyListModel(this);
    m_warrantyView = new QTableView(m_tabs);
    m_warrantyView->setObjectName(QStringLiteral("crmWarrantiesView"));
    m_warrantyView->setModel(m_warranties);
    for (QTableView *view : { m_timelineView, m_warrantyView }) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(30);
        view->setShowGrid(false);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
    }
    QHeaderView *header = m_timelineView->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(CustomerTimelineModel::When, 150);
    header->resizeSection(CustomerTimelineModel::What, 230);
    header->resizeSection(CustomerTimelineModel::Reference, 140);
    header->resizeSection(CustomerTimelineModel::Amount, 120);
    header->setSectionResizeMode(CustomerTimelineModel::Detail, QHeaderView::Stretch);
    header->resizeSection(CustomerTimelineModel::By, 150);
    m_tabs->addTab(m_timelineView, QString());

    m_vehicleTable = new QTableWidget(0, 6, m_tabs);
    m_vehicleTable->setObjectName(QStringLiteral("crmVehiclesView"));
    m_vehicleTable->setHorizontalHeaderLabels(
        { tr("Vehicle"), tr("Plates"), tr("VIN"), tr("Engine"), tr("Colour"), tr("Mileage") });
    m_vehicleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vehicleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_vehicleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vehicleTable->verticalHeader()->hide();
    m_vehicleTable->verticalHeader()->setDefaultSectionSize(30);
    m_vehicleTable->setShowGrid(false);
    m_vehicleTable->setAlternatingRowColors(true);
    m_vehicleTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_vehicleTable->horizontalHeader()->resizeSection(1, 130);
    m_vehicleTable->horizontalHeader()->resizeSection(2, 210);
    m_vehicleTable->horizontalHeader()->resizeSection(3, 200);
    m_vehicleTable->horizontalHeader()->resizeSection(4, 110);
    m_vehicleTable->horizontalHeader()->resizeSection(5, 110);
    m_tabs->addTab(m_vehicleTable, QString());
    // Every column but the customer's own name; what was sold takes the room left.
    m_warrantyView->hideColumn(WarrantyListModel::Customer);
    m_warrantyView->horizontalHeader()->setHighlightSections(false);
    m_warrantyView->horizontalHeader()->setSectionResizeMode(WarrantyListModel::Description, QHeaderView::Stretch);
    for (const auto &[column, width] : { std::pair { WarrantyListModel::Ticket, 150 },
             std::pair { WarrantyListModel::SoldOn, 100 }, std::pair { WarrantyListModel::Quantity, 70 },
             std::pair { WarrantyListModel::Period, 120 }, std::pair { WarrantyListModel::ExpiresOn, 190 },
             std::pair { WarrantyListModel::Status, 110 } })
        m_warrantyView->horizontalHeader()->resizeSection(column, width);
    m_tabs->addTab(m_warrantyView, QString());
    m_notices = new CustomerNoticesTab(m_store.db(), m_customer.id, m_branchId, m_tabs);
    m_tabs->addTab(m_notices, tr("Notices"));
    outer->addWidget(m_tabs, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("crmStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    outer->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    QPushButton *note = button(this, buttons, tr("Note  (Ctrl+N)"), "crmNoteButton");
    QPushButton *call = button(this, buttons, tr("Call  (Ctrl+L)"), "crmCallButton");
    QPushButton *vehicle = button(this, buttons, tr("New vehicle  (F6)"), "crmNewVehicleButton");
    QPushButton *edit = button(this, buttons, tr("Edit vehicle  (F4)"), "crmEditVehicleButton");
    QPushButton *tags = button(this, buttons, tr("Tags  (Ctrl+T)"), "crmTagsButton");
    QPushButton *statement = button(this, buttons, tr("Statement  (Ctrl+E)"), "crmStatementButton");
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Close  (Esc)"), this);
    close->setObjectName(QStringLiteral("crmCloseButton"));
    close->setAutoDefault(false);
    buttons->addWidget(close);
    outer->addLayout(buttons);

    connect(note, &QPushButton::clicked, this, [this] { addNote(CustomerNoteKind::Note); });
    connect(call, &QPushButton::clicked, this, [this] { addNote(CustomerNoteKind::Call); });
    connect(vehicle, &QPushButton::clicked, this, &CustomerDetailDialog::newVehicle);
    connect(edit, &QPushButton::clicked, this, &CustomerDetailDialog::editVehicle);
    connect(tags, &QPushButton::clicked, this, &CustomerDetailDialog::editTags);
    connect(statement, &QPushButton::clicked, this, &CustomerDetailDialog::writeStatement);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    const auto shortcut = [this](QKeySequence keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { addNote(CustomerNoteKind::Note); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { addNote(CustomerNoteKind::Call); });
    shortcut(QKeySequence(Qt::Key_F6), [this] { newVehicle(); });
    shortcut(QKeySequence(Qt::Key_F4), [this] { editVehicle(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { editTags(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { writeStatement(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] { saveNotices(); });
    connect(m_vehicleTable, &QTableWidget::cellDoubleClicked, this, [this] { editVehicle(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { m_tabs->widget(index)->setFocus(); });

    reload();
    m_timelineView->setFocus();
}

void CustomerDetailDialog::writeStatement()
{
    Result<QVariant> branch
        = m_store.db().scalar(QStringLiteral("SELECT name FROM branches WHERE id = ?"), { m_branchId });
    CustomerStatementDialog dialog(m_store.db(), m_customer.id, m_customer.fields.name,
        branch && branch->isValid() ? branch->toString() : QString(), QDate::currentDate(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_status->setText(dialog.summary());
        m_status->setProperty("tone", QString());
        repolish(m_status);
        m_status->show();
    }
    m_timelineView->setFocus();
}

void CustomerDetailDialog::saveNotices()
{
    m_tabs->setCurrentWidget(m_notices);
    if (const std::optional<User> &user = m_auth.currentUser(); !user)
        showError(tr("Log in first."));
    else
        m_notices->save(user->displayName);
}

bool CustomerDetailDialog::context(CustomerContext &out)
{
    const std::optional<User> &user = m_auth.currentUser();
    if (!user) {
        showError(tr("Log in first."));
        return false;
    }
    out = CustomerContext { m_deviceId, m_branchId, user->id, user->role, {}, {} };
    return true;
}

void CustomerDetailDialog::showError(const QString &message)
{
    m_status->setText(message);
    m_status->setProperty("tone", message.isEmpty() ? QString() : QStringLiteral("error"));
    repolish(m_status);
    m_status->setVisible(!message.isEmpty());
}

void CustomerDetailDialog::reload()
{
    showError(QString());
    if (Result<std::optional<Customer>> fresh = CustomerService(m_store.db(), Clock::system()).find(m_customer.id);
        fresh && *fresh)
        m_customer = **fresh;
    loadHeader();
    loadAnalytics();
    Result<QList<TimelineEntry>> entries = customerTimeline(m_store.db(), m_customer.id);
    if (!entries) {
        showError(entries.error().message());
        return;
    }
    const int events = int(entries->size());
    m_timeline->setEntries(std::move(*entries));
    if (events > 0)
        m_timelineView->setCurrentIndex(m_timeline->index(0, CustomerTimelineModel::What));
    m_tabs->setTabText(0, tr("Timeline (%1)").arg(events));
    loadVehicles();
    loadWarranties();
}

void CustomerDetailDialog::loadWarranties()
{
    WarrantyLookup lookup(m_store.db(), Clock::system(), m_catalogPath);
    Result<QList<Warranty>> found = lookup.byCustomer(m_customer.id);
    if (!found) {
        showError(found.error().message());
        m_warranties->setWarranties({}, lookup.today());
    } else {
        m_warranties->setWarranties(std::move(*found), lookup.today());
    }
    m_tabs->setTabText(2, tr("Warranties (%1)").arg(m_warranties->rowCount()));
}

void CustomerDetailDialog::loadHeader()
{
    const CustomerFields &f = m_customer.fields;
    m_name->setText(f.name);
    QStringList contact;
    contact << (f.rfc.isEmpty() ? tr("No RFC") : tr("RFC %1").arg(f.rfc));
    if (!f.phone.isEmpty())
        contact << tr("Phone %1").arg(formatPhone(f.phone));
    if (!f.email.isEmpty())
        contact << f.email;
    contact << tr("Price list: %1").arg(m_priceListName.isEmpty() ? f.priceList : m_priceListName);
    m_contact->setText(contact.join(QStringLiteral("   ·   ")));
    Result<CreditPosition> credit = CustomerService(m_store.db(), Clock::system()).creditPosition(m_customer.id);
    if (!credit)
        m_credit->setText(credit.error().message());
    else if (credit->limit.centavos() == 0)
        m_credit->setText(credit->storeCredit.centavos() > 0
                ? tr("Cash customer · store credit %1").arg(credit->storeCredit.format())
                : tr("Cash customer (no credit account)"));
    else
        m_credit->setText(tr("Credit: %1 available of %2 · owes %3 · %n day(s)", nullptr, credit->creditDays)
                              .arg(credit->available().format(), credit->limit.format(), credit->owed.format()));
    Result<QStringList> tags = CustomerCrmStore(m_store.db()).tags(m_customer.id);
    m_tags = tags ? *tags : QStringList();
    QStringList shown;
    for (const QString &tag : m_tags)
        shown << QLatin1Char('#') + tag;
    m_tagsLabel->setText(shown.isEmpty() ? tr("No tags (Ctrl+T adds them)") : tr("Tags: %1").arg(shown.join(QLatin1Char(' '))));
}

void CustomerDetailDialog::loadAnalytics()
{
    Result<CustomerAnalytics> a = customerAnalytics(m_store.db(), m_customer.id, QDateTime::currentDateTimeUtc());
    if (!a) {
        showError(a.error().message());
        return;
    }
    const QLocale locale;
    m_tier->setText(tr("%1 customer").arg(tierName(a->tier)));
    m_tier->setProperty("tier", QString::fromLatin1(loyaltyTierCode(a->tier)));
    repolish(m_tier);
    m_lifetime->setText(a->lifetimeValue.format());
    m_lifetime->setToolTip(tr("%1 in sales minus %2 refunded").arg(a->grossSales.format(), a->refunds.format()));
    m_average->setText(a->purchases > 0 ? a->averageTicket.format() : tr("—"));
    m_figuresScope->setText(a->allBranches
            ? tr("Purchases at every branch (head office, as of the last sync) and this counter's since then")
            : tr("Purchases at this counter only: head office's figures have not come down yet"));
    m_rhythm->setText(a->purchaseDays >= 2
            ? tr("Every %n day(s)", nullptr, int(std::lround(a->averageDaysBetween)))
            : tr("%n purchase(s)", nullptr, a->purchases));
    m_last->setText(a->daysSinceLast < 0 ? tr("Never")
            : a->daysSinceLast == 0      ? tr("Today")
                                         : tr("%n day(s) ago", nullptr, a->daysSinceLast));
    m_churn->setProperty("risk", QString::fromLatin1(churnRiskCode(a->churn)));
    switch (a->churn) {
    case ChurnRisk::Unknown: m_churn->setText(tr("No rhythm yet")); break;
    case ChurnRisk::Low: m_churn->setText(tr("Low")); break;
    case ChurnRisk::Medium: m_churn->setText(tr("Medium: later than usual")); break;
    case ChurnRisk::High: m_churn->setText(tr("High: much later than usual")); break;
    }
    repolish(m_churn);
    m_points->setText(locale.toString(a->points));
    const Money missing = loyaltyToNextTier(a->rolling12MonthSpend);
    QString favourites = tr("12-month spend %1").arg(a->rolling12MonthSpend.format());
    if (missing.centavos() > 0)
        favourites += tr(" · %1 more for %2").arg(missing.format(), tierName(nextTier(a->tier)));
    if (!m_catalogPath.isEmpty() && QFileInfo::exists(m_catalogPath) && !a->spendByPart.isEmpty()) {
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_catalogPath, QStringLiteral("customer-detail-catalog"));
        if (catalog) {
            Result<QList<CategorySpend>> top = favouriteCategories((*catalog)->db(), a->spendByPart);
            if (top && !top->isEmpty()) {
                QStringList names;
                for (const CategorySpend &category : *top)
                    names << tr("%1 (%2)").arg(category.name, category.spent.format());
                favourites += tr(" · Buys most: %1").arg(names.join(QStringLiteral(", ")));
            }
        }
    }
    m_favourites->setText(favourites);
    m_savings->setText(tr("Has saved %1 with us (against agency prices)").arg(a->savings.format()));
}

void CustomerDetailDialog::loadVehicles()
{
    Result<QList<CustomerVehicle>> vehicles = CustomerCrmStore(m_store.db()).vehicles(m_customer.id);
    m_vehicles = vehicles ? *vehicles : QList<CustomerVehicle>();
    m_vehicleTable->setRowCount(int(m_vehicles.size()));
    const QLocale locale;
    for (int row = 0; row < m_vehicles.size(); ++row) {
        const CustomerVehicleFields &f = m_vehicles.at(row).fields;
        const PlateCheck plate = checkPlate(f.plates);
        const QStringList cells { QStringList { f.make, f.model, f.year > 0 ? QString::number(f.year) : QString() }
                                      .join(QLatin1Char(' '))
                                      .simplified(),
            plate.valid ? plate.formatted : f.plates, f.vin, f.engine, f.color,
            f.mileageKm > 0 ? tr("%1 km").arg(locale.toString(f.mileageKm)) : QString() };
        for (int column = 0; column < cells.size(); ++column)
            m_vehicleTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (!m_vehicles.isEmpty() && m_vehicleTable->currentRow() < 0)
        m_vehicleTable->selectRow(0);
    m_tabs->setTabText(1, tr("Vehicles (%1)").arg(m_vehicles.size()));
}

void CustomerDetailDialog::addNote(CustomerNoteKind kind)
{
    CustomerContext ctx;
    if (!context(ctx))
        return;
    const QString userName = m_auth.currentUser()->displayName;
    CustomerTextDialog dialog(kind == CustomerNoteKind::Call ? tr("Call with %1").arg(m_customer.fields.name)
                                                             : tr("Note on %1").arg(m_customer.fields.name),
        kind == CustomerNoteKind::Call ? tr("What was the call about?") : tr("Note"), QString(),
        [this, kind, ctx, userName](const QString &text) -> Status {
            Result<CustomerNote> added
                = CustomerCrmService(m_store.db(), Clock::system()).addNote(m_customer.id, kind, text, ctx, userName);
            if (!added)
                return std::unexpected(added.error());
            return {};
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_tabs->setCurrentIndex(0);
    }
    m_tabs->currentWidget()->setFocus();
}

void CustomerDetailDialog::newVehicle()
{
    CustomerContext ctx;
    if (!context(ctx))
        return;
    VehicleEditDialog dialog(m_store.db(), ctx, m_customer.id, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_tabs->setCurrentIndex(1);
        m_vehicleTable->selectRow(0); // the newest first
    }
    m_tabs->currentWidget()->setFocus();
}

void CustomerDetailDialog::editVehicle()
{
    if (m_tabs->currentIndex() != 1) {
        m_tabs->setCurrentIndex(1);
        return; // F4 first shows the vehicles; again edits the highlighted one
    }
    const int row = m_vehicleTable->currentRow();
    if (row < 0 || row >= m_vehicles.size())
        return;
    CustomerContext ctx;
    if (!context(ctx))
        return;
    VehicleEditDialog dialog(m_store.db(), ctx, m_customer.id, m_vehicles.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
    m_vehicleTable->setFocus();
}

void CustomerDetailDialog::editTags()
{
    CustomerContext ctx;
    if (!context(ctx))
        return;
    CustomerTextDialog dialog(tr("Tags of %1").arg(m_customer.fields.name),
        tr("Tags, separated by commas (the customer list finds them with #tag)"), m_tags.join(QStringLiteral(", ")),
        [this, ctx](const QString &text) -> Status {
            Result<QStringList> set
                = CustomerCrmService(m_store.db(), Clock::system()).setTags(m_customer.id, parseTags(text), ctx);
            if (!set)
                return std::unexpected(set.error());
            return {};
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
    m_tabs->currentWidget()->setFocus();
}

} // namespace nexus
