// CountsTab: the count's head and the part search on top, its lines below; StockCountService checks and records.
#include "inventory/countstab.h"

#include "auth/authservice.h"
#include "common/clock.h"
#include "common/fieldcaption.h"
#include "inventory/countlinesmodel.h"
#include "inventory/inventorywidgets.h"
#include "inventory/partsearchpanel.h"
#include "inventory/stockauthorisation.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

CountsTab::CountsTab(
    LocalStore &store, AuthService &auth, const CounterProfile &profile, const QString &catalogPath, QWidget *parent)
    : QWidget(parent), m_store(store), m_auth(auth), m_profile(profile), m_catalogPath(catalogPath)
{
    setObjectName(QStringLiteral("countsTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(6);

    // The count: which one is being worked on, or what a new one covers.
    auto *head = new QGridLayout;
    head->setHorizontalSpacing(10);
    head->setVerticalSpacing(2);
    auto *countLabel = fieldCaption(tr("C&ount in progress"), this);
    m_counts = new QComboBox(this);
    m_counts->setObjectName(QStringLiteral("countCombo"));
    countLabel->setBuddy(m_counts);
    head->addWidget(countLabel, 0, 0);
    head->addWidget(m_counts, 1, 0);
    auto *warehouseLabel = fieldCaption(tr("New count of &warehouse"), this);
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("countWarehouseCombo"));
    for (const BranchWarehouse &warehouse : profile.warehouses)
        m_warehouse->addItem(warehouse.name, warehouse.id);
    warehouseLabel->setBuddy(m_warehouse);
    head->addWidget(warehouseLabel, 0, 1);
    head->addWidget(m_warehouse, 1, 1);
    auto *categoryLabel = fieldCaption(tr("Only the catego&ry (empty: all)"), this);
    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("countCategoryEdit"));
    categoryLabel->setBuddy(m_category);
    head->addWidget(categoryLabel, 0, 2);
    head->addWidget(m_category, 1, 2);
    auto *open = new QPushButton(tr("Open count (F3)"), this);
    open->setObjectName(QStringLiteral("countOpenButton"));
    head->addWidget(open, 1, 3);
    head->setColumnStretch(0, 2);
    head->setColumnStretch(1, 1);
    head->setColumnStretch(2, 1);
    layout->addLayout(head);

    auto *middle = new QHBoxLayout;
    m_search = new PartSearchPanel(catalogPath, store.db().path(), profile.warehouses, QStringLiteral("count"), this);
    middle->addWidget(m_search, 3);
    auto *side = new QVBoxLayout;
    auto *quantityLabel = fieldCaption(tr("Pieces &counted (empty: one per scan)"), this);
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("countQuantityEdit"));
    quantityLabel->setBuddy(m_quantity);
    side->addWidget(quantityLabel);
    side->addWidget(m_quantity);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("countSummary"));
    m_summary->setWordWrap(true);
    side->addWidget(m_summary);
    side->addStretch(1);
    auto *postButton = new QPushButton(tr("Post differences (F12)"), this);
    postButton->setObjectName(QStringLiteral("countPostButton"));
    postButton->setProperty("role", QStringLiteral("primary"));
    side->addWidget(postButton);
    auto *cancelButton = new QPushButton(tr("Cancel count (F8)"), this);
    cancelButton->setObjectName(QStringLiteral("countCancelButton"));
    side->addWidget(cancelButton);
    middle->addLayout(side, 2);
    layout->addLayout(middle, 2);

    m_message = errorLine(QStringLiteral("countMessage"), this);
    layout->addWidget(m_message);
    m_lines = new CountLinesModel(this);
    m_linesView = inventoryTable(QStringLiteral("countLinesView"), this);
    m_linesView->setModel(m_lines);
    QHeaderView *header = m_linesView->horizontalHeader();
    const std::pair<int, int> widths[] = { { CountLinesModel::Sku, 150 }, { CountLinesModel::Counted, 90 },
        { CountLinesModel::Expected, 150 }, { CountLinesModel::Difference, 100 }, { CountLinesModel::When, 140 } };
    for (const auto &[section, width] : widths)
        header->resizeSection(section, width);
    header->setSectionResizeMode(CountLinesModel::Description, QHeaderView::Stretch);
    layout->addWidget(m_linesView, 3);

    connect(m_search, &PartSearchPanel::partActivated, this, [this](const CatalogHit &hit) { (void)countPart(hit); });
    connect(m_counts, &QComboBox::currentIndexChanged, this, [this] { showCount(); });
    connect(open, &QPushButton::clicked, this, [this] { (void)openCount(); });
    connect(postButton, &QPushButton::clicked, this, [this] { (void)post(); });
    connect(cancelButton, &QPushButton::clicked, this, [this] { (void)cancelCount(); });
    const std::pair<QKeySequence, std::function<void()>> keys[] = {
        { QKeySequence(Qt::Key_F2), [this] { m_search->focusSearch(); } },
        { QKeySequence(Qt::Key_F3), [this] { (void)openCount(); } },
        { QKeySequence(Qt::Key_F8), [this] { (void)cancelCount(); } },
        { QKeySequence(Qt::Key_F12), [this] { (void)post(); } },
        { QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { (void)post(); } },
    };
    for (const auto &[sequence, action] : keys) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    }
    // Enter in the quantity goes to the search: type the quantity, then scan or search the part.
    connect(m_quantity, &QLineEdit::returnPressed, m_search, &PartSearchPanel::focusSearch);
    setFocusProxy(m_search);
    refresh();
}

StockCountService CountsTab::service() const
{
    return StockCountService(m_store.db(), Clock::system(),
        StockContext { m_profile.deviceId, m_profile.branchId, m_profile.folioSeries }, m_catalogPath);
}

QString CountsTab::currentCountId() const
{
    return m_counts->currentData().toString();
}

void CountsTab::showMessage(const QString &text, bool error)
{
    showStatus(m_message, text, error);
}

void CountsTab::refresh()
{
    const QString keep = currentCountId();
    Result<std::vector<StockCount>> counts = service().list();
    if (!counts) {
        showMessage(counts.error().message(), true);
        return;
    }
    QHash<QString, QString> names;
    for (const BranchWarehouse &warehouse : m_profile.warehouses)
        names.insert(warehouse.id, warehouse.name);
    m_open.clear();
    const QSignalBlocker blocker(m_counts);
    m_counts->clear();
    for (const StockCount &c : *counts) {
        if (c.state != CountState::Open)
            continue;
        m_open.push_back(c);
        m_counts->addItem(tr("%1 · %2 · %3")
                              .arg(c.folio, names.value(c.warehouseId, c.warehouseId),
                                  c.category.isEmpty() ? tr("all parts") : c.category),
            c.id);
    }
    if (m_open.empty())
        m_counts->addItem(tr("No count open: F3 opens one"), QString());
    const int keepIndex = m_counts->findData(keep);
    m_counts->setCurrentIndex(keepIndex >= 0 ? keepIndex : 0);
    showCount();
}

void CountsTab::showCount()
{
    const QString id = currentCountId();
    if (id.isEmpty()) {
        m_lines->setLines({});
        m_summary->setText(tr("Open a count (F3), then scan or search each part of the shelf."));
        return;
    }
    Result<StockCount> c = service().find(id);
    if (!c) {
        showMessage(c.error().message(), true);
        return;
    }
    qsizetype differing = 0;
    for (const StockCountLine &line : c->lines)
        differing += line.difference() != Quantity() ? 1 : 0;
    QString summary = tr("%1 parts counted, %2 with a difference.").arg(c->lines.size()).arg(differing);
    if (Result<UncountedStock> left = service().uncounted(id); left && left->parts > 0)
        summary += QLatin1Char(' ')
            + tr("%n part(s) with stock not counted yet: posting sets them to zero.", nullptr, int(left->parts));
    m_summary->setText(summary);
    m_lines->setLines(std::move(c->lines));
}

bool CountsTab::openCount()
{
    const std::optional<User> &user = m_auth.currentUser();
    Result<StockCount> opened = service().open(
        m_warehouse->currentData().toString(), m_category->text(), {}, user ? user->id : QString());
    if (!opened) {
        showMessage(opened.error().message(), true);
        return false;
    }
    showMessage(tr("Count %1 opened: scan or search each part (F2).").arg(opened->folio), false);
    m_category->clear();
    refresh();
    m_counts->setCurrentIndex(m_counts->findData(opened->id));
    m_search->focusSearch();
    return true;
}

bool CountsTab::countPart(const CatalogHit &hit)
{
    const QString id = currentCountId();
    if (id.isEmpty()) {
        showMessage(tr("Open a count first (F3)."), true);
        return false;
    }
    // A cycle count of a category takes only that category's parts.
    for (const StockCount &c : m_open)
        if (c.id == id && !c.category.isEmpty() && c.category.compare(hit.category, Qt::CaseInsensitive) != 0) {
            showMessage(tr("%1 is in the category %2, not in %3: this count does not take it.")
                            .arg(hit.sku, hit.category, c.category),
                true);
            m_search->focusSearch();
            return false;
        }
    const QString typed = m_quantity->text().trimmed();
    Result<Quantity> quantity = typed.isEmpty() ? Result<Quantity>(Quantity::units(1)) : Quantity::parse(typed);
    if (!quantity) {
        showMessage(tr("Type how many pieces there are, or leave it empty to count one per scan."), true);
        m_quantity->setFocus(Qt::OtherFocusReason);
        m_quantity->selectAll();
        return false;
    }
    const std::optional<User> &user = m_auth.currentUser();
    Result<StockCountLine> line = service().count(
        id, CountEntry { hit.partId, hit.sku, hit.name, *quantity, typed.isEmpty() }, user ? user->id : QString());
    if (!line) {
        showMessage(line.error().message(), true);
        return false;
    }
    showMessage(tr("%1: %2 counted.").arg(hit.sku, line->counted.toString()), false);
    m_quantity->clear();
    showCount();
    const int row = m_lines->rowOf(hit.partId);
    if (row >= 0)
        m_linesView->setCurrentIndex(m_lines->index(row, CountLinesModel::Counted));
    m_search->focusSearch();
    return true;
}

bool CountsTab::confirmZeroing(const QString &countId)
{
    Result<UncountedStock> left = service().uncounted(countId);
    if (!left) {
        showMessage(left.error().message(), true);
        return false;
    }
    if (left->parts == 0 || m_lines->rowCount() == 0) // nothing counted: post() refuses it anyway
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Full count"),
        tr("This is a full count of the warehouse: %n part(s) nobody counted will be set to zero (%1 pieces leave the "
           "stock). Post the count?",
            nullptr, int(left->parts))
            .arg(left->units.toString()),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("countZeroBox"));
    QPushButton *yes = box.addButton(tr("Set them to zero and post"), QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(tr("Keep counting"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(yes))
        return true;
    showMessage(tr("Nothing posted: count the missing parts, or post again to set them to zero."), false);
    m_search->focusSearch();
    return false;
}

bool CountsTab::post()
{
    const QString id = currentCountId();
    if (id.isEmpty()) {
        showMessage(tr("Open a count first (F3)."), true);
        return false;
    }
    if (!confirmZeroing(id))
        return false;
    Result<StockActor> actor = stockActor(m_auth, QStringLiteral("stock_count %1").arg(m_counts->currentText()),
        tr("Posting the count %1 changes the stock: a manager must authorise it with their PIN.")
            .arg(m_counts->currentText()),
        this);
    if (!actor) {
        showMessage(actor.error().message(), true);
        return false;
    }
    Result<StockCount> posted = service().post(id, *actor);
    if (!posted) {
        showMessage(posted.error().message(), true);
        return false;
    }
    qsizetype moved = 0;
    for (const StockCountLine &line : posted->lines)
        moved += line.difference() != Quantity() ? 1 : 0;
    showMessage(tr("Count %1 posted: %2 parts adjusted.").arg(posted->folio).arg(moved), false);
    refresh();
    Q_EMIT factsRecorded();
    return true;
}

bool CountsTab::cancelCount()
{
    const QString id = currentCountId();
    if (id.isEmpty())
        return false;
    const std::optional<User> &user = m_auth.currentUser();
    Result<StockCount> cancelled = service().cancel(id, user ? user->id : QString());
    if (!cancelled) {
        showMessage(cancelled.error().message(), true);
        return false;
    }
    showMessage(tr("Count %1 cancelled: nothing was changed.").arg(cancelled->folio), false);
    refresh();
    return true;
}

} // namespace nexus
