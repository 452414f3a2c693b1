// StockTab: the search panel on the left, the part's stock and kardex (core readers) on the right.
#include "inventory/stocktab.h"

#include "inventory/inventorywidgets.h"
#include "inventory/kardex.h"
#include "inventory/kardexmodel.h"
#include "inventory/partsearchpanel.h"
#include "inventory/partstock.h"
#include "inventory/partstockmodel.h"
#include "store/localstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

StockTab::StockTab(LocalStore &store, const CounterProfile &profile, const QString &catalogPath, QWidget *parent)
    : QWidget(parent), m_store(store), m_profile(profile)
{
    setObjectName(QStringLiteral("stockTab"));
    // Above: the search and the chosen part's stock side by side; below, the whole width: its kardex.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    auto *rows = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, rows);
    m_search = new PartSearchPanel(catalogPath, store.db().path(), profile.warehouses, QStringLiteral("stock"), top);
    top->addWidget(m_search);

    auto *right = new QWidget(top);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(12, 0, 0, 0);
    column->setSpacing(8);
    m_title = new QLabel(tr("Choose a part to see its stock and movements"), right);
    m_title->setObjectName(QStringLiteral("stockPartTitle"));
    m_title->setProperty("role", QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true);
    column->addWidget(m_title);
    m_stock = new PartStockModel(this);
    m_stockView = inventoryTable(QStringLiteral("stockView"), right);
    m_stockView->setModel(m_stock);
    m_stockView->horizontalHeader()->setSectionResizeMode(PartStockModel::Branch, QHeaderView::Stretch);
    m_stockView->horizontalHeader()->resizeSection(PartStockModel::Warehouse, 150);
    m_stockView->horizontalHeader()->resizeSection(PartStockModel::Quantity, 100);
    m_stockView->horizontalHeader()->resizeSection(PartStockModel::AsOf, 150);
    column->addWidget(m_stockView, 1);
    m_transit = new QLabel(right);
    m_transit->setObjectName(QStringLiteral("stockTransitLabel"));
    m_transit->setWordWrap(true);
    column->addWidget(m_transit);
    top->addWidget(right);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    rows->addWidget(top);

    auto *bottom = new QWidget(rows);
    auto *kardexColumn = new QVBoxLayout(bottom);
    kardexColumn->setContentsMargins(0, 8, 0, 0);
    auto *kardexTitle = new QLabel(tr("Kardex (newest first)"), bottom);
    kardexTitle->setProperty("role", QStringLiteral("sectionTitle"));
    kardexColumn->addWidget(kardexTitle);
    m_kardex = new KardexModel(this);
    m_kardexView = inventoryTable(QStringLiteral("kardexView"), bottom);
    m_kardexView->setModel(m_kardex);
    QHeaderView *header = m_kardexView->horizontalHeader();
    const std::pair<int, int> widths[] = { { KardexModel::When, 130 }, { KardexModel::Warehouse, 110 },
        { KardexModel::Movement, 160 }, { KardexModel::Quantity, 80 }, { KardexModel::Balance, 70 },
        { KardexModel::Reference, 150 }, { KardexModel::Who, 150 } };
    for (const auto &[section, width] : widths)
        header->resizeSection(section, width);
    header->setSectionResizeMode(KardexModel::Why, QHeaderView::Stretch);
    kardexColumn->addWidget(m_kardexView, 1);
    m_error = new QLabel(bottom);
    m_error->setObjectName(QStringLiteral("stockError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->hide();
    kardexColumn->addWidget(m_error);
    rows->addWidget(bottom);
    rows->setStretchFactor(0, 1);
    rows->setStretchFactor(1, 1);
    layout->addWidget(rows);

    connect(m_search, &PartSearchPanel::currentPartChanged, this, &StockTab::showPart);
    connect(m_search, &PartSearchPanel::partActivated, this, [this](const CatalogHit &hit) {
        showPart(hit);
        m_kardexView->setFocus(Qt::OtherFocusReason);
    });
    auto *searchKey = new QShortcut(QKeySequence(Qt::Key_F2), this);
    searchKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(searchKey, &QShortcut::activated, m_search, &PartSearchPanel::focusSearch);
    setFocusProxy(m_search);
}

void StockTab::showPart(const CatalogHit &hit)
{
    m_part = hit;
    refresh();
}

void StockTab::refresh()
{
    if (!m_part)
        return;
    m_title->setText(tr("%1 · %2").arg(m_part->sku, m_part->name));
    Result<PartStock> stock = readPartStock(m_store.db(), m_part->partId, m_profile.branchId);
    QStringList own;
    QHash<QString, QString> names;
    for (const BranchWarehouse &warehouse : m_profile.warehouses) {
        own << warehouse.id;
        names.insert(warehouse.id, warehouse.name);
    }
    Result<std::vector<KardexEntry>> history = Kardex(m_store.db()).history(m_part->partId, own);
    if (!stock || !history) {
        m_error->setText(!stock ? stock.error().message() : history.error().message());
        m_error->show();
        return;
    }
    m_error->hide();
    m_transit->setText(tr("In transit to this branch: %1 · sent from this branch, still on the road: %2")
                           .arg(stock->incoming.toString(), stock->outgoing.toString()));
    m_stock->setStock(std::move(*stock));
    m_kardex->setEntries(std::move(*history), names);
}

} // namespace nexus
