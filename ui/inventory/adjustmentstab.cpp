// AdjustmentsTab: search on the left, the form on the right, the latest adjustments below; StockAdjustmentService
// checks and records.
#include "inventory/adjustmentstab.h"

#include "auth/authservice.h"
#include "common/clock.h"
#include "common/fieldcaption.h"
#include "inventory/adjustmentlistmodel.h"
#include "inventory/adjustmentreasonname.h"
#include "inventory/inventorywidgets.h"
#include "inventory/partsearchpanel.h"
#include "inventory/stockadjustmentservice.h"
#include "inventory/stockauthorisation.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

AdjustmentsTab::AdjustmentsTab(
    LocalStore &store, AuthService &auth, const CounterProfile &profile, const QString &catalogPath, QWidget *parent)
    : QWidget(parent), m_store(store), m_auth(auth), m_profile(profile)
{
    setObjectName(QStringLiteral("adjustmentsTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    auto *rows = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, rows);
    m_search = new PartSearchPanel(catalogPath, store.db().path(), profile.warehouses, QStringLiteral("adjust"), top);
    top->addWidget(m_search);

    auto *form = new QWidget(top);
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(12, 0, 0, 0);
    grid->setVerticalSpacing(6);
    m_partLabel = new QLabel(tr("Choose the part to adjust (F2 searches, Enter chooses)"), form);
    m_partLabel->setObjectName(QStringLiteral("adjustPartLabel"));
    m_partLabel->setProperty("role", QStringLiteral("sectionTitle"));
    m_partLabel->setWordWrap(true);
    grid->addWidget(m_partLabel, 0, 0, 1, 2);

    auto *warehouseLabel = fieldCaption(tr("&Warehouse"), form);
    m_warehouse = new QComboBox(form);
    m_warehouse->setObjectName(QStringLiteral("adjustWarehouseCombo"));
    for (const BranchWarehouse &warehouse : profile.warehouses)
        m_warehouse->addItem(warehouse.name, warehouse.id);
    warehouseLabel->setBuddy(m_warehouse);
    grid->addWidget(warehouseLabel, 1, 0);
    grid->addWidget(m_warehouse, 2, 0);
    auto *quantityLabel = fieldCaption(tr("&Pieces (−2 out, +1 in)"), form);
    m_quantity = new QLineEdit(form);
    m_quantity->setObjectName(QStringLiteral("adjustQuantityEdit"));
    m_quantity->setPlaceholderText(QStringLiteral("-1"));
    quantityLabel->setBuddy(m_quantity);
    grid->addWidget(quantityLabel, 1, 1);
    grid->addWidget(m_quantity, 2, 1);
    auto *reasonLabel = fieldCaption(tr("&Reason"), form);
    m_reason = new QComboBox(form);
    m_reason->setObjectName(QStringLiteral("adjustReasonCombo"));
    for (AdjustmentReason reason : { AdjustmentReason::Shrinkage, AdjustmentReason::Damage, AdjustmentReason::Theft,
             AdjustmentReason::Correction })
        m_reason->addItem(adjustmentReasonName(reason), int(reason));
    reasonLabel->setBuddy(m_reason);
    grid->addWidget(reasonLabel, 3, 0);
    grid->addWidget(m_reason, 4, 0);
    auto *noteLabel = fieldCaption(tr("N&ote (required for theft and corrections)"), form);
    m_note = new QLineEdit(form);
    m_note->setObjectName(QStringLiteral("adjustNoteEdit"));
    m_note->setMaxLength(500);
    noteLabel->setBuddy(m_note);
    grid->addWidget(noteLabel, 3, 1);
    grid->addWidget(m_note, 4, 1);
    m_record = new QPushButton(tr("Record adjustment (F12)"), form);
    m_record->setObjectName(QStringLiteral("adjustRecordButton"));
    m_record->setProperty("role", QStringLiteral("primary"));
    grid->addWidget(m_record, 5, 1);
    m_message = new QLabel(form);
    m_message->setObjectName(QStringLiteral("adjustMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    grid->addWidget(m_message, 6, 0, 1, 2);
    grid->setRowStretch(7, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    top->addWidget(form);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    rows->addWidget(top);

    auto *bottom = new QWidget(rows);
    auto *column = new QVBoxLayout(bottom);
    column->setContentsMargins(0, 8, 0, 0);
    auto *listTitle = new QLabel(tr("Latest adjustments"), bottom);
    listTitle->setProperty("role", QStringLiteral("sectionTitle"));
    column->addWidget(listTitle);
    m_list = new AdjustmentListModel(this);
    m_listView = inventoryTable(QStringLiteral("adjustmentsView"), bottom);
    m_listView->setModel(m_list);
    QHeaderView *header = m_listView->horizontalHeader();
    const std::pair<int, int> widths[] = { { AdjustmentListModel::Folio, 150 }, { AdjustmentListModel::When, 125 },
        { AdjustmentListModel::Warehouse, 100 }, { AdjustmentListModel::Reason, 90 },
        { AdjustmentListModel::Part, 170 }, { AdjustmentListModel::Quantity, 70 },
        { AdjustmentListModel::Who, 240 } };
    for (const auto &[section, width] : widths)
        header->resizeSection(section, width);
    header->setSectionResizeMode(AdjustmentListModel::Note, QHeaderView::Stretch);
    column->addWidget(m_listView, 1);
    rows->addWidget(bottom);
    layout->addWidget(rows);

    connect(m_search, &PartSearchPanel::partActivated, this, &AdjustmentsTab::choosePart);
    connect(m_record, &QPushButton::clicked, this, [this] { (void)submit(); });
    for (const QKeySequence &keys : { QKeySequence(Qt::Key_F12), QKeySequence(Qt::CTRL | Qt::Key_Return) }) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { (void)submit(); });
    }
    auto *searchKey = new QShortcut(QKeySequence(Qt::Key_F2), this);
    searchKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(searchKey, &QShortcut::activated, m_search, &PartSearchPanel::focusSearch);
    // Enter in a field of the form records it, as F12 does.
    for (QLineEdit *edit : { m_quantity, m_note })
        connect(edit, &QLineEdit::returnPressed, this, [this] { (void)submit(); });
    setFocusProxy(m_search);
    refresh();
}

void AdjustmentsTab::choosePart(const CatalogHit &hit)
{
    m_part = hit;
    m_partLabel->setText(tr("%1 · %2").arg(hit.sku, hit.name));
    m_message->hide();
    m_quantity->setFocus(Qt::OtherFocusReason);
    m_quantity->selectAll();
}

void AdjustmentsTab::showMessage(const QString &text, bool error, QWidget *focus)
{
    showStatus(m_message, text, error);
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            edit->selectAll();
    }
}

bool AdjustmentsTab::submit()
{
    if (!m_part) {
        showMessage(tr("Choose the part to adjust first (F2)."), true, m_search);
        return false;
    }
    Result<Quantity> quantity = Quantity::parse(m_quantity->text().trimmed().replace(QStringLiteral("−"), QStringLiteral("-")));
    if (!quantity || *quantity == Quantity()) {
        showMessage(tr("Type how many pieces: negative takes them out (-2), positive adds them (+1)."), true,
            m_quantity);
        return false;
    }
    const StockAdjustmentRequest request { m_warehouse->currentData().toString(),
        AdjustmentReason(m_reason->currentData().toInt()), m_note->text(),
        { { m_part->partId, m_part->sku, m_part->name, *quantity } } };
    StockAdjustmentService service(m_store.db(), Clock::system(),
        StockContext { m_profile.deviceId, m_profile.branchId, m_profile.folioSeries });
    // Cheap checks happen in the service too; a manager is only called for an adjustment that is otherwise right.
    Result<StockActor> actor = stockActor(m_auth, QStringLiteral("stock_adjustment %1 %2").arg(m_part->sku, quantity->toString()),
        tr("Adjusting the stock of %1 by %2 needs a manager. A manager must authorise it with their PIN.")
            .arg(m_part->sku, quantity->toString()),
        this);
    if (!actor) {
        showMessage(actor.error().message(), true, m_quantity);
        return false;
    }
    Result<StockAdjustment> done = service.adjust(request, *actor);
    if (!done) {
        const QString field = done.error().field();
        showMessage(done.error().message(), true,
            field == QLatin1String("note") ? static_cast<QWidget *>(m_note)
                : field == QLatin1String("warehouse_id") ? static_cast<QWidget *>(m_warehouse)
                                                          : static_cast<QWidget *>(m_quantity));
        return false;
    }
    showMessage(tr("Adjustment %1 recorded: %2 %3 in %4.")
                    .arg(done->folio, quantity->toString(), m_part->sku, m_warehouse->currentText()),
        false);
    m_quantity->clear();
    m_note->clear();
    refresh();
    Q_EMIT factsRecorded();
    m_search->focusSearch();
    return true;
}

void AdjustmentsTab::refresh()
{
    Result<std::vector<StockAdjustment>> recent = StockAdjustmentService(m_store.db(), Clock::system(),
        StockContext { m_profile.deviceId, m_profile.branchId, m_profile.folioSeries })
                                                      .recent();
    if (!recent) {
        showMessage(recent.error().message(), true);
        return;
    }
    QHash<QString, QString> names;
    for (const BranchWarehouse &warehouse : m_profile.warehouses)
        names.insert(warehouse.id, warehouse.name);
    Result<QList<User>> users = m_auth.users().activeUsers();
    if (users)
        for (const User &user : *users)
            names.insert(user.id, user.displayName);
    m_list->setAdjustments(*recent, names);
}

} // namespace nexus
