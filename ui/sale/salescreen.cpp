// Sale screen: layout, keyboard, the background search, adding and editing lines, till and manager checks, payment.
#include "sale/salescreen.h"

#include "app/uilogging.h"
#include "auth/authservice.h"
#include "common/clock.h"
#include "common/icons.h"
#include "customers/countervindecoder.h"
#include "customers/customerpaymentdialog.h"
#include "customers/customerpickerdialog.h"
#include "customers/customerservice.h"
#include "customers/customercrmstore.h"
#include "customers/loyaltyledger.h"
#include "main/area.h"
#include "sale/cartlinetransferdialog.h"
#include "sale/cartmodel.h"
#include "sale/salevehicledialog.h"
#include "sale/serviceorderpickerdialog.h"
#include "printing/labelsheet.h"
#include "printing/partlabelsource.h"
#include "sale/countermenu.h"
#include "scan/camerascandialog.h"
#include "scan/imagebarcodereader.h"
#include "sale/managerauthdialog.h"
#include "sale/opentilldialog.h"
#include "sale/paymentdialog.h"
#include "sale/scannerwedge.h"
#include "sale/searchclient.h"
#include "sale/searchresultsmodel.h"
#include "sale/totalspanel.h"
#include "sale/warehousedelegate.h"
#include "sales/cartsummary.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "sales/counterinput.h"
#include "sales/exchangerate.h"
#include "quotes/quoteservice.h"
#include "quotes/ticketcharge.h"
#include "workshop/serviceorderservice.h"
#include "inventory/branchdirectory.h"
#include "inventory/transferservice.h"
#include "store/catalogstore.h"
#include "store/localstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace nexus {

namespace {
QLabel *sectionTitle(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setProperty("role", QStringLiteral("sectionTitle"));
    return label;
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}
} // namespace

SaleScreen::SaleScreen(LocalStore &store, AuthService &auth, QWidget *parent)
    : QWidget(parent), m_store(store), m_auth(auth), m_cameras(CameraProvider::system())
{
    setObjectName(QStringLiteral("saleScreen"));
    m_catalogPath = QFileInfo(store.db().path()).absoluteDir().filePath(QStringLiteral("catalog.db"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The area's title like every page of the frame, with the till's state at its right.
    auto *header = new QHBoxLayout;
    header->setContentsMargins(20, 10, 20, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setProperty("size", QStringLiteral("compact"));
    header->addWidget(m_title);
    header->addStretch(1);
    m_till = new QLabel(this);
    m_till->setObjectName(QStringLiteral("tillStatus"));
    m_till->hide();
    header->addWidget(m_till);
    m_counterMenu = new CounterMenu(m_store, m_auth, this);
    header->addSpacing(10);
    header->addWidget(m_counterMenu->button());
    connect(m_counterMenu, &CounterMenu::message, this, &SaleScreen::showMessage);
    connect(m_counterMenu, &CounterMenu::tillChanged, this, [this] {
        updateTill();
        Q_EMIT factsRecorded();
    });
    connect(m_counterMenu, &CounterMenu::stockChanged, this, &SaleScreen::rerunSearch);
    connect(m_counterMenu, &CounterMenu::pictureRequested, this, &SaleScreen::askPicture);
    connect(m_counterMenu, &CounterMenu::cameraRequested, this, &SaleScreen::scanWithCamera);
    m_counterMenu->setCameraCheck([this] { return cameraAvailable(); });
    connect(m_counterMenu, &CounterMenu::labelsRequested, this, &SaleScreen::askLabels);
    connect(m_counterMenu, &CounterMenu::customerRequested, this, &SaleScreen::chooseCustomer);
    connect(m_counterMenu, &CounterMenu::customerPaymentRequested, this, &SaleScreen::takeCustomerPayment);
    connect(m_counterMenu, &CounterMenu::warrantiesRequested, this, &SaleScreen::warrantiesRequested);
    connect(m_counterMenu, &CounterMenu::saveQuoteRequested, this, &SaleScreen::saveAsQuote);
    connect(m_counterMenu, &CounterMenu::quotesRequested, this, &SaleScreen::openQuotes);
    layout->addLayout(header);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);
    buildSalePage();
    buildUnavailablePage();
    installShortcuts();
    m_scanner = new ScannerWedge(this, [this](const QString &code, QWidget *target) { return onScan(code, target); });
    // While the catalogue is missing, look for it now and then: the sync bootstrap renames it into place whole.
    m_catalogPoll = new QTimer(this);
    m_catalogPoll->setInterval(kCatalogPollMs);
    connect(m_catalogPoll, &QTimer::timeout, this, [this] {
        if (isVisible() && QFileInfo::exists(m_catalogPath) && ensureReady()) {
            setFocusProxy(m_search);
            focusSearch();
        }
    });
    retranslate();
    ensureReady();
}

SaleScreen::~SaleScreen()
{
    m_searchClient.reset(); // stops the worker thread before the models it answers go away
}

void SaleScreen::buildSalePage()
{
    m_salePage = new QWidget(m_pages);
    m_salePage->setObjectName(QStringLiteral("salePage"));
    auto *layout = new QVBoxLayout(m_salePage);
    layout->setContentsMargins(20, 8, 20, 10);
    layout->setSpacing(8);

    // Search row: the box takes the width; quantity, price list and the till's state at its right.
    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    m_search = new QLineEdit(m_salePage);
    m_search->setObjectName(QStringLiteral("saleSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search"), colors::kMuted), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    top->addWidget(m_search, 1);
    m_vehicleChip = new QPushButton(m_salePage);
    m_vehicleChip->setObjectName(QStringLiteral("vehicleChip"));
    m_vehicleChip->setCursor(Qt::PointingHandCursor);
    m_vehicleChip->setFocusPolicy(Qt::NoFocus);
    m_vehicleChip->setAutoDefault(false);
    top->addWidget(m_vehicleChip);
    connect(m_vehicleChip, &QPushButton::clicked, this, &SaleScreen::chooseVehicle);
    m_quantityLabel = new QLabel(m_salePage);
    m_quantityLabel->setObjectName(QStringLiteral("inlineLabel"));
    top->addWidget(m_quantityLabel);
    m_quantity = new QLineEdit(QStringLiteral("1"), m_salePage);
    m_quantity->setObjectName(QStringLiteral("saleQuantityEdit"));
    m_quantity->setAlignment(Qt::AlignRight);
    m_quantity->setFixedWidth(74);
    m_quantityLabel->setBuddy(m_quantity);
    top->addWidget(m_quantity);
    m_priceListLabel = new QLabel(m_salePage);
    m_priceListLabel->setObjectName(QStringLiteral("inlineLabel"));
    top->addWidget(m_priceListLabel);
    m_priceList = new QComboBox(m_salePage);
    m_priceList->setObjectName(QStringLiteral("priceListCombo"));
    m_priceList->setMinimumWidth(150);
    m_priceListLabel->setBuddy(m_priceList);
    top->addWidget(m_priceList);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, m_salePage);
    splitter->setObjectName(QStringLiteral("saleSplitter"));
    splitter->setChildrenCollapsible(false);

    auto *resultsBox = new QFrame(splitter);
    resultsBox->setObjectName(QStringLiteral("salePanel"));
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 10, 0, 0);
    resultsLayout->setSpacing(6);
    // Section title with the search's state at its right; the ticket's title carries the last action's message.
    auto *resultsHead = new QHBoxLayout;
    m_resultsTitle = sectionTitle(resultsBox, "resultsTitle");
    resultsHead->addWidget(m_resultsTitle);
    m_searchStatus = new QLabel(resultsBox);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchStatus->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_searchStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    resultsHead->addWidget(m_searchStatus, 1);
    resultsLayout->addLayout(resultsHead);
    m_resultsModel = new SearchResultsModel(this);
    m_results = new QTableView(resultsBox);
    m_results->setObjectName(QStringLiteral("searchResultsView"));
    m_results->setModel(m_resultsModel);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(32);
    m_results->setShowGrid(false);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->horizontalHeader()->setHighlightSections(false);
    m_results->setMinimumHeight(150);
    resultsLayout->addWidget(m_results, 1);
    splitter->addWidget(resultsBox);

    auto *cartBox = new QFrame(splitter);
    cartBox->setObjectName(QStringLiteral("salePanel"));
    auto *cartLayout = new QVBoxLayout(cartBox);
    cartLayout->setContentsMargins(0, 10, 0, 0);
    cartLayout->setSpacing(6);
    auto *cartHead = new QHBoxLayout;
    m_cartTitle = sectionTitle(cartBox, "cartTitle");
    cartHead->addWidget(m_cartTitle);
    // The sale's customer beside the ticket's title: who, and how much credit they have left (Ctrl+K changes it).
    m_customerChip = new QPushButton(cartBox);
    m_customerChip->setObjectName(QStringLiteral("customerChip"));
    m_customerChip->setCursor(Qt::PointingHandCursor);
    m_customerChip->setFocusPolicy(Qt::NoFocus);
    m_customerChip->setAutoDefault(false);
    cartHead->addSpacing(10);
    cartHead->addWidget(m_customerChip);
    connect(m_customerChip, &QPushButton::clicked, this, &SaleScreen::chooseCustomer);
    m_message = new QLabel(cartBox);
    m_message->setObjectName(QStringLiteral("saleMessage"));
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long message must not widen the table
    m_message->setWordWrap(true); // ...and wraps instead of losing its start ("X agregado.") off the left edge
    cartHead->addWidget(m_message, 1);
    cartLayout->addLayout(cartHead);
    m_cartModel = new CartModel(this);
    m_cartView = new QTableView(cartBox);
    m_cartView->setObjectName(QStringLiteral("cartView"));
    m_cartView->setModel(m_cartModel);
    m_cartView->setItemDelegate(new WarehouseDelegate(m_cartView));
    m_cartView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cartView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cartView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_cartView->verticalHeader()->hide();
    m_cartView->verticalHeader()->setDefaultSectionSize(34);
    m_cartView->setShowGrid(false);
    m_cartView->setAlternatingRowColors(true);
    m_cartView->setWordWrap(false);
    m_cartView->horizontalHeader()->setHighlightSections(false);
    m_cartView->installEventFilter(this);
    QHeaderView *cartHeader = m_cartView->horizontalHeader();
    cartHeader->setSectionResizeMode(CartModel::Description, QHeaderView::Stretch);
    cartHeader->resizeSection(CartModel::Sku, 132);
    cartHeader->resizeSection(CartModel::Warehouse, 96);
    cartHeader->resizeSection(CartModel::Quantity, 58);
    cartHeader->resizeSection(CartModel::UnitPrice, 104);
    cartHeader->resizeSection(CartModel::Discount, 62);
    cartHeader->resizeSection(CartModel::Amount, 112);
    cartLayout->addWidget(m_cartView, 1);
    splitter->addWidget(cartBox);
    splitter->setStretchFactor(0, 9);
    splitter->setStretchFactor(1, 11);

    // Results and ticket on the left; the totals and the pay button down the right, as tall as both.
    auto *work = new QHBoxLayout;
    work->setSpacing(14);
    work->addWidget(splitter, 1);
    m_totals = new TotalsPanel(m_salePage);
    m_totals->setFixedWidth(290);
    work->addWidget(m_totals);
    layout->addLayout(work, 1);

    m_receipt = new QFrame(m_salePage);
    m_receipt->setObjectName(QStringLiteral("receiptBanner"));
    auto *receiptLayout = new QHBoxLayout(m_receipt);
    receiptLayout->setContentsMargins(16, 10, 16, 10);
    m_receiptText = new QLabel(m_receipt);
    m_receiptText->setObjectName(QStringLiteral("receiptText"));
    m_receiptText->setTextFormat(Qt::RichText);
    receiptLayout->addWidget(m_receiptText, 1);
    m_receipt->hide();
    layout->addWidget(m_receipt);

    m_keyHints = new QLabel(m_salePage);
    m_keyHints->setObjectName(QStringLiteral("keyHints"));
    m_keyHints->setTextFormat(Qt::RichText);
    m_keyHints->setWordWrap(true); // a narrow counter screen gets two lines, not a cut-off F12
    layout->addWidget(m_keyHints);
    m_pages->addWidget(m_salePage);

    connect(m_search, &QLineEdit::textEdited, this, &SaleScreen::onSearchEdited);
    connect(m_results, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const CatalogHit *hit = m_resultsModel->hit(index.row());
        if (hit) {
            Result<CounterEntry> entry = parseCounterEntry(m_search->text());
            Result<Quantity> typed = Quantity::parse(m_quantity->text().trimmed());
            addPart(hit->partId, entry && entry->hasQuantity ? entry->quantity : (typed ? *typed : Quantity::units(1)));
        }
    });
    connect(m_priceList, &QComboBox::currentIndexChanged, this, &SaleScreen::changePriceList);
    connect(m_cartModel, &CartModel::cartChanged, this, &SaleScreen::refreshTotals);
    connect(m_cartModel, &CartModel::editRefused, this, [this](const QString &message) { showMessage(message, true); });
    connect(m_totals, &TotalsPanel::payRequested, this, &SaleScreen::pay);
    connect(m_totals, &TotalsPanel::cancelRequested, this, &SaleScreen::cancelSale);
    m_cartModel->setDiscountGate([this](int row, qint64 ppm) { return allowDiscount(row, ppm); });
    setFocusProxy(m_search);
}

void SaleScreen::buildUnavailablePage()
{
    m_unavailablePage = new QWidget(m_pages);
    m_unavailablePage->setObjectName(QStringLiteral("saleUnavailablePage"));
    auto *layout = new QVBoxLayout(m_unavailablePage);
    layout->setContentsMargins(20, 16, 20, 20);
    auto *panel = new QFrame(m_unavailablePage);
    panel->setObjectName(QStringLiteral("emptyPanel"));
    panel->setMaximumHeight(340);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(40, 32, 40, 32);
    panelLayout->addStretch(1);
    auto *icon = new QLabel(panel);
    icon->setPixmap(Icons::pixmap(QStringLiteral("cloud"), QColor(0x94, 0xa3, 0xb8), 64, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    panelLayout->addWidget(icon);
    panelLayout->addSpacing(14);
    m_unavailableTitle = new QLabel(panel);
    m_unavailableTitle->setObjectName(QStringLiteral("unavailableTitle"));
    m_unavailableTitle->setAlignment(Qt::AlignCenter);
    m_unavailableTitle->setWordWrap(true);
    panelLayout->addWidget(m_unavailableTitle);
    panelLayout->addSpacing(8);
    m_unavailableText = new QLabel(panel);
    m_unavailableText->setObjectName(QStringLiteral("catalogMissingLabel"));
    m_unavailableText->setAlignment(Qt::AlignCenter);
    m_unavailableText->setWordWrap(true);
    panelLayout->addWidget(m_unavailableText);
    panelLayout->addStretch(1);
    layout->addWidget(panel);
    layout->addStretch(1);
    m_pages->addWidget(m_unavailablePage);
}

void SaleScreen::installShortcuts()
{
    const auto bind = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, m_salePage);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(QKeySequence(Qt::Key_F2), [this] { focusSearch(); });
    bind(QKeySequence(Qt::Key_F3), [this] { focusSearch(); });
    bind(QKeySequence(Qt::Key_F4), [this] { editCartCell(CartModel::Quantity); });
    bind(QKeySequence(Qt::Key_F5), [this] { askTicketDiscount(); });
    bind(QKeySequence(Qt::Key_F6), [this] { editCartCell(CartModel::Discount); });
    bind(QKeySequence(Qt::Key_F7), [this] { editCartCell(CartModel::Warehouse); });
    bind(QKeySequence(Qt::Key_F8), [this] {
        m_priceList->setFocus(Qt::ShortcutFocusReason);
        m_priceList->showPopup();
    });
    bind(QKeySequence(Qt::Key_F9), [this] { cancelSale(); });
    bind(QKeySequence(Qt::Key_F10), [this] {
        if (m_ready)
            m_counterMenu->openMenu();
    });
    bind(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { askPicture(); });
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), [this] { scanWithCamera(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_K), [this] { chooseCustomer(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { chooseVehicle(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_O), [this] { chargeServiceOrder(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { askOtherBranch(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { saveAsQuote(); });
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), [this] { openQuotes(); });
    bind(QKeySequence(Qt::Key_F11), [this] {
        if (m_ready)
            m_counterMenu->returnTicket();
    });
    bind(QKeySequence(Qt::Key_F12), [this] { pay(); });
}

bool SaleScreen::ensureReady()
{
    if (m_ready)
        return true;
    if (!m_profile) {
        Result<CounterProfile> profile = loadCounterProfile(m_store.db());
        if (!profile) {
            showUnavailable(tr("This computer cannot sell yet"), profile.error().message());
            return false;
        }
        m_profile = std::move(*profile);
        m_tills = std::make_unique<CashSessionService>(
            m_store.db(), Clock::system(), m_profile->deviceId, m_profile->branchId);
        m_counterMenu->setCounter(m_profile->deviceId, m_profile->branchId);
    }
    if (!QFileInfo::exists(m_catalogPath)) {
        // Until the sync bootstrap has downloaded it: say so, sell nothing, invent nothing.
        m_catalogPoll->start();
        showUnavailable(tr("The parts catalogue has not been downloaded yet"),
            tr("This computer does not have the catalogue of parts and prices yet (%1). It arrives "
               "with the first synchronisation with head office; sales can start as soon as it is "
               "here.")
                .arg(QDir::toNativeSeparators(m_catalogPath)));
        return false;
    }
    Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(m_catalogPath);
    if (!catalog) {
        qCWarning(lcUi) << "catalogue not opened:" << catalog.error().logMessage();
        showUnavailable(tr("The parts catalogue cannot be opened"), catalog.error().message());
        return false;
    }
    // With nexus.db the lookup applies head office's price changes that arrived after the catalogue snapshot.
    auto lookup = std::make_unique<CartItemLookup>((*catalog)->db(), m_store.db());
    Result<QList<PriceListInfo>> lists = lookup->priceLists();
    if (!lists || lists->isEmpty()) {
        showUnavailable(tr("The parts catalogue cannot be opened"),
            lists ? tr("The catalogue has no price lists in pesos.") : lists.error().message());
        return false;
    }
    m_catalogPoll->stop();
    m_catalog = std::move(*catalog);
    m_lookup = std::move(lookup);
    m_priceLists = std::move(*lists);

    QStringList warehouseIds;
    for (const BranchWarehouse &warehouse : m_profile->warehouses)
        warehouseIds.append(warehouse.id);
    m_searchClient = std::make_unique<SearchClient>(m_catalogPath, m_store.db().path(), warehouseIds);
    connect(m_searchClient.get(), &SearchClient::answered, this, &SaleScreen::onAnswer);
    connect(m_searchClient.get(), &SearchClient::indexing, this, [this](bool running) {
        m_searchStatus->setText(running ? tr("Preparing the catalogue search for its first use…") : QString());
    });
    m_resultsModel->setWarehouses(m_profile->warehouses);
    m_cartModel->setWarehouses(m_profile->warehouses);
    m_cartModel->setBorderRegion(m_profile->borderRegion);
    QHeaderView *header = m_results->horizontalHeader();
    header->setSectionResizeMode(SearchResultsModel::Name, QHeaderView::Stretch);
    header->resizeSection(SearchResultsModel::Sku, 132);
    header->resizeSection(SearchResultsModel::Brand, 104);
    header->resizeSection(SearchResultsModel::Price, 100);
    for (int i = 0; i < m_profile->warehouses.size(); ++i)
        header->resizeSection(SearchResultsModel::FirstWarehouse + i, 86);

    {
        const QSignalBlocker blocker(m_priceList);
        m_priceList->clear();
        int publico = 0;
        for (int i = 0; i < m_priceLists.size(); ++i) {
            m_priceList->addItem(m_priceLists.at(i).name, m_priceLists.at(i).id);
            if (m_priceLists.at(i).code == QLatin1String("publico"))
                publico = i;
        }
        m_priceList->setCurrentIndex(publico);
        m_priceListIndex = publico;
    }
    m_cartModel->replaceCart(Cart(m_priceLists.at(m_priceListIndex).code));
    m_ready = true;
    m_pages->setCurrentWidget(m_salePage);
    updateTill();
    refreshTotals();
    retranslate();
    return true;
}

void SaleScreen::showUnavailable(const QString &title, const QString &message)
{
    m_unavailableTitle->setText(title);
    m_unavailableText->setText(message);
    m_pages->setCurrentWidget(m_unavailablePage);
    setFocusProxy(nullptr);
    setFocusPolicy(Qt::StrongFocus);
}

void SaleScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_ready && ensureReady())
        setFocusProxy(m_search);
    if (m_ready) {
        updateTill();
        focusSearch();
    }
}

void SaleScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SaleScreen::retranslate()
{
    m_title->setText(areaTitle(Area::Sale));
    m_search->setPlaceholderText(tr("Search by name, SKU, barcode, OEM code or vehicle  (F2)"));
    m_quantityLabel->setText(tr("&Qty."));
    m_priceListLabel->setText(tr("Price &list"));
    m_resultsTitle->setText(tr("Catalogue"));
    m_cartTitle->setText(tr("Ticket"));
    m_keyHints->setText(tr("<b>F2</b> Search &nbsp; <b>Enter</b> Add &nbsp; <b>3*</b> Qty. &nbsp; <b>F4</b> Change qty. "
                           "&nbsp; <b>F5</b> Ticket disc. &nbsp; <b>F6</b> Line disc. &nbsp; <b>F7</b> Warehouse &nbsp; "
                           "<b>F8</b> List &nbsp; <b>Del</b> Remove &nbsp; <b>F9</b> Cancel &nbsp; <b>F10</b> Till "
                           "&nbsp; <b>F11</b> Return &nbsp; <b>Ctrl+O</b> Order &nbsp; <b>Ctrl+T</b> Other branch &nbsp; <b>Ctrl+P</b> Vehicle "
                           "&nbsp; <b>Ctrl+Q</b> Quote &nbsp; <b>Ctrl+Shift+Q</b> Quotes &nbsp; <b>F12</b> Charge"));
    m_counterMenu->retranslate();
    refreshCustomer();
    refreshVehicleChip();
    // Column titles come from the models' tr(): have the views ask again.
    Q_EMIT m_resultsModel->headerDataChanged(Qt::Horizontal, 0, std::max(0, m_resultsModel->columnCount() - 1));
    Q_EMIT m_cartModel->headerDataChanged(Qt::Horizontal, 0, CartModel::ColumnCount - 1);
    if (m_ready)
        updateTill();
}

std::optional<qint64> SaleScreen::priceListId() const
{
    if (m_priceListIndex < 0 || m_priceListIndex >= m_priceLists.size())
        return std::nullopt;
    return m_priceLists.at(m_priceListIndex).id;
}

CatalogQuery SaleScreen::queryFor(const QString &text) const
{
    CatalogQuery query;
    query.text = text.left(CatalogQuery::kMaxTextLength);
    query.priceListId = priceListId();
    query.limit = kResultLimit;
    if (vehicleFilterOn())
        query.vehicle = m_vehicle->filter;
    return query;
}

void SaleScreen::onSearchEdited()
{
    if (!m_searchClient)
        return;
    m_addWhenAnswered.reset();
    Result<CounterEntry> entry = parseCounterEntry(m_search->text());
    if (!entry) {
        showMessage(entry.error().message(), true);
        return;
    }
    if (entry->text.isEmpty() && !vehicleFilterOn()) {
        m_searchClient->cancel();
        m_resultsModel->clear();
        m_lastAnsweredText.clear();
        m_searchStatus->clear();
        return;
    }
    m_searchClient->searchSoon(queryFor(entry->text));
}

void SaleScreen::rerunSearch()
{
    Result<CounterEntry> entry = parseCounterEntry(m_search->text());
    if (m_searchClient && entry && (!entry->text.isEmpty() || vehicleFilterOn()))
        m_searchClient->searchNow(queryFor(entry->text));
}

void SaleScreen::onAnswer(const SearchAnswer &answer)
{
    m_resultsModel->setAnswer(answer);
    m_lastAnsweredText = answer.text;
    if (answer.error) {
        m_searchStatus->setText(answer.error->message());
        m_searchStatus->setProperty("tone", QStringLiteral("error"));
    } else {
        m_searchStatus->setText(answer.hits.isEmpty()
                ? tr("Nothing found for “%1”").arg(answer.text)
                : (answer.more ? tr("First %n result(s)", nullptr, int(answer.hits.size()))
                               : tr("%n result(s)", nullptr, int(answer.hits.size()))));
        m_searchStatus->setProperty("tone", QString());
    }
    repolish(m_searchStatus);
    if (!answer.hits.isEmpty())
        m_results->setCurrentIndex(m_resultsModel->index(0, SearchResultsModel::Sku));
    if (m_addWhenAnswered) {
        const Quantity quantity = *m_addWhenAnswered;
        m_addWhenAnswered.reset();
        // Enter before the answer: add only a certain hit (the typed SKU, barcode or code); else let the cashier
        // pick from the list.
        if (!answer.hits.isEmpty() && answer.hits.first().exactMatch)
            addPart(answer.hits.first().partId, quantity);
    }
}

void SaleScreen::onSearchEnter()
{
    if (!m_ready)
        return;
    Result<CounterEntry> entry = parseCounterEntry(m_search->text());
    if (!entry) {
        showMessage(entry.error().message(), true);
        return;
    }
    Quantity quantity = entry->quantity;
    if (!entry->hasQuantity) {
        Result<Quantity> typed
            = Quantity::parse(m_quantity->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')));
        if (!typed || typed->thousandths() <= 0) {
            showMessage(tr("The quantity must be greater than zero"), true);
            m_quantity->setFocus();
            m_quantity->selectAll();
            return;
        }
        quantity = *typed;
    }
    if (entry->text.isEmpty())
        return;
    const bool answered
        = m_lastAnsweredText == entry->text && m_searchClient->latestRequest() >= 0 && m_resultsModel->rowCount() > 0;
    if (answered) {
        const CatalogHit *hit = m_resultsModel->hit(std::max(0, m_results->currentIndex().row()));
        if (hit)
            addPart(hit->partId, quantity);
        return;
    }
    // The answer is not there yet: a typed code is found at once; words wait for their answer.
    Result<qint64> byCode = m_lookup->findByCode(entry->text);
    if (byCode) {
        m_searchClient->cancel();
        addPart(*byCode, quantity);
        return;
    }
    m_addWhenAnswered = quantity;
    m_searchClient->searchNow(queryFor(entry->text));
}

bool SaleScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search) {
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                onSearchEnter();
                return true;
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                // The list moves while the typing stays in the box.
                if (m_resultsModel->rowCount() > 0) {
                    QKeyEvent copy(key->type(), key->key(), key->modifiers());
                    QCoreApplication::sendEvent(m_results, &copy);
                    return true;
                }
                if (key->key() == Qt::Key_Down && m_cartModel->rowCount() > 0) {
                    m_cartView->setFocus(Qt::TabFocusReason);
                    return true;
                }
                return false;
            case Qt::Key_Escape:
                if (!m_search->text().isEmpty()) {
                    m_search->clear();
                    onSearchEdited();
                    return true;
                }
                return false;
            default:
                return false;
            }
        }
        if (watched == m_cartView) { // an open editor has the keys itself, so this is the table's own Del/Esc
            if (key->key() == Qt::Key_Delete) {
                removeCurrentLine();
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                focusSearch();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SaleScreen::focusSearch()
{
    if (!m_ready)
        return;
    // After a dialog the window may not be active again yet: ask for it, so the keys come back here.
    if (!isActiveWindow())
        activateWindow();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool SaleScreen::onScan(const QString &code, QWidget *target)
{
    if (!m_ready || !isActiveWindow() || QApplication::activeModalWidget() != nullptr)
        return false;
    Result<qint64> part = m_lookup->findByCode(code);
    if (!part)
        return false; // not a code we know: the Enter goes on as a normal key (a fast typist, a search)
    // The scanner typed into whatever had the focus: take its characters back out.
    if (auto *edit = qobject_cast<QLineEdit *>(target); edit && edit->text().endsWith(code)) {
        edit->setText(edit->text().chopped(code.size()));
        if (edit == m_search)
            onSearchEdited();
    }
    addPart(*part, Quantity::units(1));
    return true;
}

bool SaleScreen::addByCode(const QString &code, Quantity quantity)
{
    if (!m_ready)
        return false;
    Result<qint64> part = m_lookup->findByCode(code);
    if (!part) {
        showMessage(part.error().message(), true);
        return false;
    }
    return addPart(*part, quantity);
}

bool SaleScreen::addPart(qint64 partId, Quantity quantity)
{
    if (!m_ready || !ensureTillOpen())
        return false;
    QStringList warehouseIds;
    for (const BranchWarehouse &warehouse : m_profile->warehouses)
        warehouseIds.append(warehouse.id);
    if (warehouseIds.isEmpty()) {
        showMessage(tr("This branch has no warehouses on this computer yet; nothing can be sold from it."), true);
        return false;
    }
    // One indexed read of stock_levels less the workshop's reservations: fresh numbers for the warehouse choice.
    Result<StockByPart> levels = BranchStock(m_store.db()).available({ partId }, warehouseIds);
    const QHash<QString, Quantity> stock = levels ? levels->value(partId) : m_resultsModel->stockOf(partId);
    const QString warehouse = pickWarehouse(m_profile->warehouses, stock, quantity);
    Result<CartItem> item = m_lookup->item(partId, priceListId(), warehouse);
    if (!item) {
        showMessage(item.error().message(), true);
        return false;
    }
    m_cartModel->setStock(partId, stock);
    if (Status added = m_cartModel->addItem(*item, quantity); !added) {
        showMessage(added.error().message(), true);
        return false;
    }
    m_receipt->hide();
    const int row = m_cartModel->rowOf(partId, warehouse);
    m_cartView->setCurrentIndex(m_cartModel->index(row, CartModel::Quantity));
    m_cartView->scrollTo(m_cartView->currentIndex());
    const Quantity have = stock.value(warehouse);
    showMessage(have < m_cartModel->cart().lines().at(static_cast<std::size_t>(row)).quantity
            ? tr("%1 × %2 added. Stock in %3 is %4: the sale goes ahead and is reported.")
                  .arg(quantity.toString(), item->sku, m_cartModel->warehouseName(warehouse), have.toString())
            : tr("%1 × %2 added").arg(quantity.toString(), item->sku),
        false);
    m_quantity->setText(QStringLiteral("1"));
    focusSearch();
    return true;
}

bool SaleScreen::ensureTillOpen()
{
    Result<std::optional<CashSession>> current = m_tills->current();
    if (!current) {
        showMessage(current.error().message(), true);
        return false;
    }
    if (current->has_value())
        return true;
    const std::optional<User> &user = m_auth.currentUser();
    if (!user)
        return false;
    if (Status allowed = m_auth.require(Permission::OpenCashSession, QStringLiteral("cash_session")); !allowed) {
        showMessage(tr("No till is open on this computer. Ask a manager to open it."), true);
        return false;
    }
    OpenTillDialog dialog(*m_tills, user->id, this);
    if (dialog.exec() != QDialog::Accepted) {
        showMessage(tr("Open the till to start selling."), true);
        return false;
    }
    updateTill();
    return true;
}

void SaleScreen::updateTill()
{
    if (!m_tills)
        return;
    Result<std::optional<CashSession>> current = m_tills->current();
    const bool open = current && current->has_value();
    if (open) {
        const QDateTime since = QDateTime::fromString((*current)->openedAtUtc, Qt::ISODateWithMs).toLocalTime();
        m_till->setText(
            tr("Till open since %1 · float %2")
                .arg(QLocale().toString(since.time(), QLocale::ShortFormat), (*current)->openingFloat.format()));
    } else {
        m_till->setText(tr("Till closed"));
    }
    m_till->setProperty("state", open ? QStringLiteral("open") : QStringLiteral("closed"));
    m_till->show();
    repolish(m_till);
}

bool SaleScreen::authorizeDiscount(qint64 effectivePpm, const QString &subject)
{
    const std::optional<User> &user = m_auth.currentUser();
    if (!user)
        return false;
    Status allowed = checkDiscount(user->role, effectivePpm);
    if (allowed || effectivePpm <= m_authorizedDiscountPpm)
        return true;
    if (allowed.error().code() != ErrorCode::PermissionDenied
        || !roleHas(user->role, Permission::DiscountWithinLimit)) {
        showMessage(allowed.error().message(), true);
        return false;
    }
    ManagerAuthDialog dialog(m_auth, Permission::DiscountAboveLimit, subject,
        tr("A discount of %1 is above the %2 a cashier may give. A manager must authorise it "
           "with their PIN.")
            .arg(formatPercentPpm(effectivePpm), formatPercentPpm(kCashierDiscountLimitPpm)),
        this);
    if (dialog.exec() != QDialog::Accepted) {
        showMessage(tr("The discount was not authorised."), true);
        return false;
    }
    m_authorizedDiscountPpm = std::max(m_authorizedDiscountPpm, effectivePpm);
    return true;
}

bool SaleScreen::allowDiscount(int row, qint64 ppm)
{
    Cart probe = m_cartModel->cart();
    if (Status ok = probe.setLineDiscountPpm(row, ppm); !ok) {
        showMessage(ok.error().message(), true);
        return false;
    }
    const CartLine &line = probe.lines().at(static_cast<std::size_t>(row));
    return authorizeDiscount(
        probe.maxEffectiveDiscountPpm(), QStringLiteral("%1 %2").arg(line.item.sku, formatPercentPpm(ppm)));
}

bool SaleScreen::setTicketDiscount(const QString &percentText)
{
    Result<qint64> ppm = parsePercentPpm(percentText, QStringLiteral("ticket_discount"));
    Cart probe = m_cartModel->cart();
    Status valid = ppm ? probe.setTicketDiscountPpm(*ppm) : Status(std::unexpected(ppm.error()));
    if (!valid) {
        showMessage(valid.error().message(), true);
        return false;
    }
    if (!authorizeDiscount(probe.maxEffectiveDiscountPpm(), QStringLiteral("ticket %1").arg(formatPercentPpm(*ppm))))
        return false;
    if (Status applied = m_cartModel->setTicketDiscount(*ppm); !applied) {
        showMessage(applied.error().message(), true);
        return false;
    }
    showMessage(*ppm == 0 ? tr("Ticket discount removed")
                          : tr("Discount of %1 on the whole ticket").arg(formatPercentPpm(*ppm)),
        false);
    return true;
}

void SaleScreen::askTicketDiscount()
{
    if (!m_ready || m_cartModel->rowCount() == 0)
        return;
    bool accepted = false;
    const QString current = m_cartModel->cart().ticketDiscountPpm() == 0
        ? QString()
        : formatPercentPpm(m_cartModel->cart().ticketDiscountPpm());
    const QString text = QInputDialog::getText(this, tr("Ticket discount"),
        tr("Discount on the whole ticket, in percent (0 removes it):"), QLineEdit::Normal, current, &accepted);
    if (accepted)
        setTicketDiscount(text);
    focusSearch();
}

bool SaleScreen::addFromPicture(const QString &path)
{
    Result<DecodedBarcode> code = ImageBarcodeReader::readFile(path);
    if (!code) {
        showMessage(code.error().message(), true);
        return false;
    }
    Result<Quantity> typed = Quantity::parse(m_quantity->text().trimmed());
    return addByCode(code->text, typed ? *typed : Quantity::units(1));
}

bool SaleScreen::cameraAvailable() const
{
    return m_cameras.available && m_cameras.available();
}

void SaleScreen::scanWithCamera()
{
    if (!m_ready)
        return;
    std::unique_ptr<VideoFrameSource> source = cameraAvailable() && m_cameras.open ? m_cameras.open() : nullptr;
    if (!source) {
        showMessage(tr("No camera was found on this computer. A picture of the barcode can still be read with %1.")
                        .arg(QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText)),
            true);
        focusSearch();
        return;
    }
    CameraScanDialog dialog(
        std::move(source), [this](const QString &code) { return m_lookup->findByCode(code).has_value(); }, this);
    if (dialog.exec() == QDialog::Accepted) {
        Result<Quantity> typed = Quantity::parse(m_quantity->text().trimmed());
        addByCode(dialog.code(), typed ? *typed : Quantity::units(1));
    }
    focusSearch();
}

void SaleScreen::askPicture()
{
    if (!m_ready)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Picture of a barcode"), QDir::homePath(),
        tr("Pictures (*.png *.jpg *.jpeg *.bmp *.webp)"));
    if (!path.isEmpty())
        addFromPicture(path);
    focusSearch();
}

Status SaleScreen::saveCartLabels(const QString &path)
{
    QList<qint64> parts;
    for (const CartLine &line : m_cartModel->cart().lines())
        if (!line.item.service && !parts.contains(line.item.partId)) // a service has no shelf label
            parts << line.item.partId;
    if (parts.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The ticket has no parts to label"), {}, QStringLiteral("labels"));
    Result<QList<PartLabel>> labels = PartLabelSource(m_catalog->db()).labels(parts, priceListId());
    if (!labels)
        return std::unexpected(labels.error());
    return LabelSheet(*labels).writePdf(path);
}

void SaleScreen::askLabels()
{
    if (!m_ready)
        return;
    if (m_cartModel->rowCount() == 0) {
        showMessage(tr("Add the parts to label to the ticket first."), true);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save labels"),
        QDir::home().filePath(QStringLiteral("etiquetas.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    Status saved = saveCartLabels(path);
    showMessage(saved ? tr("Labels saved to %1").arg(QDir::toNativeSeparators(path)) : saved.error().message(), !saved);
}

void SaleScreen::changePriceList(int index)
{
    if (index == m_priceListIndex || index < 0 || index >= m_priceLists.size())
        return;
    const PriceListInfo &list = m_priceLists.at(index);
    const Cart &old = m_cartModel->cart();
    Cart repriced(list.code);
    repriced.setCustomerId(old.customerId());
    repriced.setVehicleId(old.vehicleId());
    std::vector<CartLine> orderLines; // a service order keeps the workshop's prices
    for (const CartLine &line : old.lines()) {
        if (!line.sourceLineId.isEmpty()) {
            orderLines.push_back(line);
            continue;
        }
        Result<CartItem> item = m_lookup->item(line.item.partId, list.id, line.item.warehouseId);
        Status added = item ? repriced.add(*item, line.quantity) : Status(std::unexpected(item.error()));
        if (added)
            added = repriced.setLineDiscountPpm(static_cast<int>(repriced.lines().size()) - 1, line.discountPpm);
        if (!added) {
            showMessage(added.error().message(), true);
            const QSignalBlocker blocker(m_priceList);
            m_priceList->setCurrentIndex(m_priceListIndex);
            return;
        }
    }
    if (!orderLines.empty())
        (void)repriced.loadServiceOrder(old.serviceOrderId(), old.serviceOrderFolio(), std::move(orderLines));
    (void)repriced.setTicketDiscountPpm(old.ticketDiscountPpm());
    repriced.setQuote(old.quoteId(), old.quoteFolio()); // still the quote's sale, at this list's prices
    m_priceListIndex = index;
    m_cartModel->replaceCart(std::move(repriced));
    showMessage(tr("Prices of the %1 list").arg(list.name), false);
    rerunSearch();
}

void SaleScreen::editCartCell(int column)
{
    if (m_cartModel->rowCount() == 0)
        return;
    int row = m_cartView->currentIndex().row();
    if (row < 0)
        row = m_cartModel->rowCount() - 1;
    const QModelIndex index = m_cartModel->index(row, column);
    if (!(m_cartModel->flags(index) & Qt::ItemIsEditable))
        return;
    m_cartView->setFocus(Qt::ShortcutFocusReason);
    m_cartView->setCurrentIndex(index);
    m_cartView->edit(index);
}

void SaleScreen::askOtherBranch()
{
    if (!m_ready)
        return;
    const int row = m_cartView->currentIndex().row();
    if (row < 0 || row >= m_cartModel->rowCount()) {
        showMessage(tr("Choose the ticket line to ask another branch for"), true);
        return;
    }
    const std::optional<User> &user = m_auth.currentUser();
    if (!user)
        return;
    Result<QList<BranchInfo>> others = otherBranches(m_store.db(), m_profile->branchId);
    if (!others) {
        showMessage(others.error().message(), true);
        return;
    }
    const CartLine line = m_cartModel->cart().lines().at(static_cast<std::size_t>(row));
    if (line.item.partId == 0) {
        showMessage(tr("%1 is a service, not a part: there is nothing to ask another branch for").arg(line.item.sku), true);
        return;
    }
    TransferService service(
        m_store.db(), Clock::system(), TransferContext { m_profile->deviceId, m_profile->branchId, m_profile->folioSeries });
    CartLineTransferDialog dialog(service, TransferActor { user->id, user->displayName, user->role }, line, *others,
        m_store.db(), m_profile->branchId, m_customer ? tr("Customer waiting: %1").arg(m_customer->fields.name) : QString(),
        this);
    if (dialog.exec() != QDialog::Accepted || !dialog.transfer())
        return;
    Q_EMIT factsRecorded();
    const QString asked = tr("Transfer %1 asked of %2 (%3 pcs.)")
                              .arg(dialog.transfer()->folio, dialog.branchName(),
                                  dialog.transfer()->lines.front().requested.toString());
    if (dialog.removeLine()) {
        if (Status removed = m_cartModel->removeLine(row); !removed) {
            showMessage(removed.error().message(), true);
            return;
        }
        showMessage(tr("%1; the line left the ticket").arg(asked), false);
        if (m_cartModel->rowCount() == 0)
            focusSearch();
        return;
    }
    showMessage(asked, false);
}

void SaleScreen::removeCurrentLine()
{
    const int row = m_cartView->currentIndex().row();
    if (row < 0)
        return;
    const QString sku = m_cartModel->cart().lines().at(static_cast<std::size_t>(row)).item.sku;
    if (Status removed = m_cartModel->removeLine(row); !removed) {
        showMessage(removed.error().message(), true);
        return;
    }
    showMessage(tr("%1 removed from the ticket").arg(sku), false);
    if (m_cartModel->rowCount() > 0)
        m_cartView->setCurrentIndex(
            m_cartModel->index(std::min(row, m_cartModel->rowCount() - 1), CartModel::Quantity));
    else
        focusSearch();
}

void SaleScreen::refreshTotals()
{
    const CartSummary summary = summarizeCart(m_cartModel->cart());
    const bool border = m_profile && m_profile->borderRegion;
    m_totals->setSummary(summary, border ? tr("IVA 8 % (border)") : tr("IVA 16 %"));
    if (summary.lines == 0)
        m_authorizedDiscountPpm = 0;
}

void SaleScreen::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setProperty("tone", error ? QStringLiteral("error") : QStringLiteral("info"));
    repolish(m_message);
}

void SaleScreen::cancelSale()
{
    if (!m_ready || m_cartModel->rowCount() == 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Cancel sale"),
        tr("Remove the %n line(s) of this ticket?", nullptr, m_cartModel->rowCount()), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("cancelSaleBox"));
    QPushButton *yes = box.addButton(tr("Cancel sale"), QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(tr("Keep selling"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(yes))
        return;
    m_cartModel->clear();
    forgetCustomer();
    if (m_vehicle)
        clearVehicle(); // the next customer brings another car
    showMessage(tr("Sale cancelled"), false);
    focusSearch();
    Q_EMIT saleCancelled();
}

void SaleScreen::pay()
{
    if (!m_ready || m_cartModel->rowCount() == 0 || !ensureTillOpen())
        return;
    const std::optional<User> &user = m_auth.currentUser();
    if (!user)
        return;
    const Cart &cart = m_cartModel->cart();
    if (!authorizeDiscount(cart.maxEffectiveDiscountPpm(), QStringLiteral("ticket")))
        return;
    Result<qint64> storedRate = storedUsdRate(m_store);
    const CartSummary summary = summarizeCart(cart);
    CheckoutContext context { m_profile->deviceId, m_profile->branchId, m_profile->folioSeries, user->id, user->role,
        cart.maxEffectiveDiscountPpm() <= m_authorizedDiscountPpm };
    // The order is charged and the quote converted in the sale's own transaction (a quote of the order charges it).
    if (!cart.serviceOrderId().isEmpty() || !cart.quoteId().isEmpty())
        context.inSale = [this, actor = WorkshopActor { user->id, user->displayName, user->role }](
                             const QString &saleId, const QString &folio) {
            QuoteService quoteService = quotes();
            ServiceOrderService orders = workshop();
            return chargeTicketInSale(m_cartModel->cart(), quoteService, orders, actor, saleId, folio);
        };
    std::optional<PaymentDialog::StoreCreditOffer> storeCredit;
    if (m_customer) {
        const std::optional<CreditPosition> credit = customerCredit();
        storeCredit = PaymentDialog::StoreCreditOffer { m_customer->fields.name,
            credit && !credit->available().isNegative() ? credit->available() : Money() };
    }
    // A store-credit charge above the available amount: a manager authorises it and the same tenders go again.
    auto checkout = [this, context](const std::vector<Tender> &tenders) mutable -> Result<SaleReceipt> {
        Result<SaleReceipt> receipt
            = CheckoutService(m_store.db(), Clock::system()).checkout(m_cartModel->cart(), tenders, context);
        if (receipt || receipt.error().code() != ErrorCode::PermissionDenied
            || receipt.error().field() != QLatin1String("store_credit") || !context.creditAuthorizedBy.isEmpty())
            return receipt;
        QWidget *over = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : this;
        ManagerAuthDialog authorize(m_auth, Permission::CreditAboveLimit,
            m_customer ? m_customer->fields.name : QString(), receipt.error().message(), over);
        if (authorize.exec() != QDialog::Accepted)
            return receipt;
        context.creditAuthorizedBy = authorize.managerUsername();
        return CheckoutService(m_store.db(), Clock::system()).checkout(m_cartModel->cart(), tenders, context);
    };
    std::optional<PaymentDialog::PointsOffer> points;
    if (m_customer) {
        Result<qint64> balance = LoyaltyLedger(m_store.db()).balance(m_customer->id);
        if (balance)
            points = PaymentDialog::PointsOffer { *balance };
        else
            qCWarning(lcUi) << "points of" << m_customer->id << "not read:" << balance.error().logMessage();
    }
    PaymentDialog dialog(summary.totals.gross, storedRate ? *storedRate : 0, checkout, this, storeCredit, points);
    if (dialog.exec() != QDialog::Accepted) {
        focusSearch();
        return;
    }
    const SaleReceipt receipt = dialog.receipt();
    if (dialog.usdRatePpm() > 0 && (!storedRate || dialog.usdRatePpm() != *storedRate)) {
        if (Status saved = storeUsdRate(m_store, dialog.usdRatePpm()); !saved)
            qCWarning(lcUi) << "exchange rate not saved:" << saved.error().logMessage();
    }
    qCInfo(lcUi) << "sale" << receipt.folio << "total" << receipt.totals.gross.toPlainString();
    m_cartModel->clear();
    forgetCustomer();
    if (m_vehicle)
        clearVehicle(); // the next customer brings another car
    m_authorizedDiscountPpm = 0;
    showReceipt(receipt);
    if (!receipt.negativeStockParts.empty())
        showMessage(tr("%n part(s) of this sale are now below zero stock: reported to the manager.", nullptr,
                        int(receipt.negativeStockParts.size())),
            true);
    else
        showMessage(QString(), false);
    m_counterMenu->printSale(receipt.saleId);
    rerunSearch(); // the stock columns changed
    focusSearch();
    Q_EMIT saleCompleted(receipt.folio);
    Q_EMIT factsRecorded();
}

ServiceOrderService SaleScreen::workshop() const
{
    return ServiceOrderService(m_store.db(), Clock::system(),
        WorkshopContext { m_profile->deviceId, m_profile->branchId, m_profile->borderRegion, m_profile->folioSeries });
}

void SaleScreen::chargeServiceOrder()
{
    if (!m_ready)
        return;
    ServiceOrderPickerDialog picker(workshop(), this);
    if (picker.exec() == QDialog::Accepted)
        loadServiceOrder(picker.chosenOrderId());
    focusSearch();
}

bool SaleScreen::loadServiceOrder(const QString &orderId)
{
    if (!m_ready)
        return false;
    const ServiceOrderService orders = workshop();
    Result<ServiceOrder> order = orders.load(orderId);
    Result<ServiceOrderCharge> charge = order ? orders.charge(orderId) : Result<ServiceOrderCharge>(std::unexpected(order.error()));
    if (!charge) {
        showMessage(charge.error().message(), true);
        return false;
    }
    if (order->status != ServiceOrderStatus::Ready) {
        showMessage(tr("The order %1 is not ready to charge").arg(order->folio), true);
        return false;
    }
    if (Status priced = priceFromCatalogue(*charge, *m_lookup); !priced) {
        showMessage(priced.error().message(), true);
        return false;
    }
    if (Status loaded = m_cartModel->loadServiceOrder(orderId, order->folio, cartLines(*charge)); !loaded) {
        showMessage(loaded.error().message(), true);
        return false;
    }
    // The order's customer goes on the ticket when this counter has them; otherwise the ticket stays as it was.
    if (!charge->customerId.isEmpty() && (!m_customer || m_customer->id != charge->customerId))
        attachCustomer(charge->customerId);
    showMessage(charge->pendingRequests > 0
            ? tr("Order %1 on the ticket: %n part(s) the mechanic asked for were never reserved and are not charged",
                  nullptr, charge->pendingRequests)
                  .arg(order->folio)
            : tr("Order %1 on the ticket: %2 (%3)").arg(order->folio, order->customer.name, order->vehicle.plates),
        charge->pendingRequests > 0);
    return true;
}

void SaleScreen::onStateArrived(const QStringList &buckets)
{
    // New figures of the attached customer's account (or their edited fields) from head office.
    if (m_ready && m_customer && buckets.contains(QStringLiteral("customers"))) {
        Result<std::optional<Customer>> fresh = CustomerService(m_store.db(), Clock::system()).find(m_customer->id);
        if (fresh && *fresh)
            m_customer = **fresh;
        refreshCustomer();
    }
    static const QStringList kShown { QStringLiteral("stock"), QStringLiteral("prices"), QStringLiteral("branches") };
    if (!m_ready || std::none_of(buckets.begin(), buckets.end(), [](const QString &b) { return kShown.contains(b); }))
        return;
    rerunSearch();
}

void SaleScreen::showReceipt(const SaleReceipt &receipt)
{
    m_receiptText->setText(
        tr("<span style='font-size:17px'><b>Sale charged</b> &nbsp; Folio <b>%1</b> &nbsp;·&nbsp; "
           "Total %2</span> &nbsp;&nbsp; <span style='font-size:22px'>Change <b>%3</b></span>")
            .arg(receipt.folio.toHtmlEscaped(), receipt.totals.gross.format(), receipt.change.format()));
    m_receipt->show();
}

void SaleScreen::chooseCustomer()
{
    if (!m_ready)
        return;
    QList<CustomerEditDialog::PriceListChoice> lists;
    for (const PriceListInfo &list : std::as_const(m_priceLists))
        lists.append({ list.code, list.name });
    CustomerPickerDialog dialog(m_store, m_auth, m_profile->deviceId, m_profile->branchId, lists,
        m_customer ? m_customer->fields.name : QString(), this);
    dialog.setCatalogPath(m_catalogPath);
    dialog.exec();
    if (dialog.outcome() == CustomerPickerDialog::Outcome::Chosen && dialog.chosen())
        attachCustomer(dialog.chosen()->id);
    else if (dialog.outcome() == CustomerPickerDialog::Outcome::Removed)
        removeCustomer();
    focusSearch();
}

void SaleScreen::chooseVehicle()
{
    if (!m_ready)
        return;
    SaleVehicleDialog::Actions actions;
    actions.lookUp = [this](const QString &typed) -> Status {
        if (typed.trimmed().isEmpty()) {
            clearVehicle();
            return {};
        }
        return setVehicle(typed);
    };
    actions.pick = [this](const QString &vehicleId) { return pickVehicle(vehicleId); };
    SaleVehicleDialog dialog(m_customer ? m_customer->fields.name : QString(), customerVehicles(),
        m_vehicle ? m_vehicle->vehicleId : QString(),
        m_vehicle ? (m_vehicle->vin.isEmpty() ? m_vehicle->plates : m_vehicle->vin) : QString(), std::move(actions),
        this);
    dialog.exec();
    focusSearch();
}

Status SaleScreen::pickVehicle(const QString &vehicleId)
{
    if (vehicleId.isEmpty()) {
        clearVehicle();
        return {};
    }
    const QList<CustomerVehicle> vehicles = customerVehicles();
    const auto found = std::find_if(vehicles.cbegin(), vehicles.cend(),
        [&vehicleId](const CustomerVehicle &v) { return v.id == vehicleId; });
    if (found == vehicles.cend())
        return fail(ErrorCode::NotFound, NX_ERR("That vehicle is not one of the sale's customer's"), {},
            QStringLiteral("vehicle"));
    m_vehicle = counterVehicleOnFile(*found);
    refreshVehicleChip();
    syncSaleVehicle();
    showMessage(vehicleFilterOn() ? tr("Sale for %1: showing only the parts that fit it").arg(found->describe())
                                  : tr("Sale for %1").arg(found->describe()),
        false);
    rerunSearch();
    return {};
}

QList<CustomerVehicle> SaleScreen::customerVehicles() const
{
    if (!m_customer)
        return {};
    Result<QList<CustomerVehicle>> vehicles = CustomerCrmStore(m_store.db()).vehicles(m_customer->id);
    if (!vehicles) {
        qCWarning(lcUi) << "vehicles of" << m_customer->id << "not read:" << vehicles.error().logMessage();
        return {};
    }
    return *vehicles;
}

QString SaleScreen::saleVehicleId() const
{
    return m_cartModel->cart().vehicleId();
}

void SaleScreen::syncSaleVehicle()
{
    const bool customersVehicle = m_vehicle && m_vehicle->fromCustomerFile && m_customer
        && m_vehicle->customerId == m_customer->id && !m_vehicle->vehicleId.isEmpty();
    const QString id = customersVehicle ? m_vehicle->vehicleId : QString();
    if (m_cartModel->cart().vehicleId() != id)
        m_cartModel->setVehicleId(id);
}

Status SaleScreen::setVehicle(const QString &vinOrPlates)
{
    Result<CounterVehicle> found = resolveCounterVehicle(m_store.db(), counterVinDecoder(), vinOrPlates);
    if (!found)
        return std::unexpected(found.error());
    m_vehicle = *found;
    if (m_vehicle->fromCustomerFile && !m_customer)
        attachCustomer(m_vehicle->customerId);
    refreshVehicleChip();
    syncSaleVehicle();
    showMessage(tr("Showing only the parts that fit %1").arg(m_vehicle->description), false);
    rerunSearch();
    return {};
}

void SaleScreen::clearVehicle()
{
    m_vehicle.reset();
    refreshVehicleChip();
    syncSaleVehicle();
    Result<CounterEntry> entry = parseCounterEntry(m_search->text());
    if (entry && entry->text.isEmpty()) {
        if (m_searchClient)
            m_searchClient->cancel();
        m_resultsModel->clear();
        m_searchStatus->clear();
    }
    rerunSearch();
}

void SaleScreen::refreshVehicleChip()
{
    if (!m_vehicleChip)
        return;
    const qsizetype onFile = m_vehicle ? 0 : customerVehicles().size();
    if (!m_vehicle && onFile > 0) { // the customer's vehicles wait to be picked
        m_vehicleChip->setText(tr("Which vehicle? %n on file  (Ctrl+P)", nullptr, int(onFile)));
        m_vehicleChip->setToolTip(tr("Pick the customer's vehicle this sale is for, or type a VIN or plates."));
        m_vehicleChip->setProperty("state", QStringLiteral("none"));
    } else if (!m_vehicle) {
        m_vehicleChip->setText(tr("Any vehicle  (Ctrl+P)"));
        m_vehicleChip->setToolTip(tr("Type a VIN or plates to see only the parts that fit that vehicle."));
        m_vehicleChip->setProperty("state", QStringLiteral("none"));
    } else {
        m_vehicleChip->setText(tr("%1  (Ctrl+P)").arg(m_vehicle->description));
        m_vehicleChip->setToolTip(m_vehicle->vin.isEmpty() ? m_vehicle->plates : m_vehicle->vin);
        m_vehicleChip->setProperty("state", QStringLiteral("attached"));
    }
    repolish(m_vehicleChip);
}

bool SaleScreen::attachCustomer(const QString &customerId)
{
    if (!m_ready)
        return false;
    Result<std::optional<Customer>> found = CustomerService(m_store.db(), Clock::system()).find(customerId);
    if (!found || !*found || !(*found)->active) {
        showMessage(found ? tr("That customer is not on this computer.") : found.error().message(), true);
        return false;
    }
    m_customer = **found;
    m_cartModel->setCustomerId(m_customer->id);
    QString listName;
    for (int i = 0; i < m_priceLists.size(); ++i) {
        if (m_priceLists.at(i).code != m_customer->fields.priceList)
            continue;
        listName = m_priceLists.at(i).name;
        if (i != m_priceListIndex) {
            const int before = m_priceListIndex;
            m_priceList->setCurrentIndex(i); // reprices the ticket (changePriceList)
            if (m_priceListIndex == i && m_priceListBeforeCustomer < 0)
                m_priceListBeforeCustomer = before;
        }
        break;
    }
    refreshCustomer();
    const QString name = m_message->fontMetrics().elidedText(m_customer->fields.name, Qt::ElideRight, 220);
    if (listName.isEmpty())
        showMessage(tr("Customer %1. Their price list \"%2\" is not in this catalogue: prices stay as they are.")
                        .arg(name, m_customer->fields.priceList),
            true);
    else
        showMessage(tr("Customer %1 · prices of the %2 list").arg(name, listName), false);
    syncSaleVehicle();
    refreshVehicleChip();
    return true;
}

void SaleScreen::removeCustomer()
{
    if (!m_customer)
        return;
    const QString name = m_customer->fields.name;
    forgetCustomer();
    showMessage(tr("%1 taken off the sale").arg(name), false);
}

void SaleScreen::forgetCustomer()
{
    m_customer.reset();
    m_cartModel->setCustomerId(QString());
    if (m_priceListBeforeCustomer >= 0 && m_priceListBeforeCustomer < m_priceLists.size())
        m_priceList->setCurrentIndex(m_priceListBeforeCustomer);
    m_priceListBeforeCustomer = -1;
    refreshCustomer();
    syncSaleVehicle();
    refreshVehicleChip();
}

std::optional<CreditPosition> SaleScreen::customerCredit() const
{
    if (!m_customer)
        return std::nullopt;
    Result<CreditPosition> position
        = CustomerService(m_store.db(), Clock::system()).creditPosition(m_customer->id);
    if (!position) {
        qCWarning(lcUi) << "credit of" << m_customer->id << "not read:" << position.error().logMessage();
        return std::nullopt;
    }
    return *position;
}

void SaleScreen::refreshCustomer()
{
    if (!m_customerChip)
        return;
    if (!m_customer) {
        m_customerChip->setText(tr("No customer  (Ctrl+K)"));
        m_customerChip->setToolTip(tr("Attach a customer to the sale: their prices, their credit, their invoice."));
        m_customerChip->setProperty("state", QStringLiteral("none"));
        repolish(m_customerChip);
        return;
    }
    const std::optional<CreditPosition> credit = customerCredit();
    // A long razón social must not push the ticket's messages off the row: the full name is in the tooltip.
    const QString name = m_customerChip->fontMetrics().elidedText(m_customer->fields.name, Qt::ElideRight, 300);
    QString text = name;
    if (credit && (credit->limit > Money() || !credit->storeCredit.isZero() || !credit->owed.isZero())) {
        const Money available = credit->available().isNegative() ? Money() : credit->available();
        text = tr("%1 · credit available %2").arg(name, available.format());
    }
    m_customerChip->setText(text);
    QStringList details { m_customer->fields.name };
    if (!m_customer->fields.rfc.isEmpty())
        details << tr("RFC %1").arg(m_customer->fields.rfc);
    if (credit) {
        details << tr("Credit limit %1, %n day(s)", nullptr, credit->creditDays).arg(credit->limit.format());
        details << tr("Owes %1").arg(credit->owed.format());
        if (!credit->storeCredit.isZero())
            details << tr("Store credit %1").arg(credit->storeCredit.format());
    }
    m_customerChip->setToolTip(details.join(QLatin1Char('\n')));
    m_customerChip->setProperty("state",
        credit && credit->available().isNegative() ? QStringLiteral("over") : QStringLiteral("attached"));
    repolish(m_customerChip);
}

bool SaleScreen::takeCustomerPayment()
{
    if (!m_ready || !ensureTillOpen())
        return false;
    if (!m_customer)
        chooseCustomer();
    const std::optional<User> &user = m_auth.currentUser();
    if (!m_customer || !user)
        return false;
    CustomerPaymentDialog dialog(m_store, *m_customer,
        CustomerPaymentContext { m_profile->deviceId, m_profile->branchId, m_profile->folioSeries, user->id,
            user->role },
        this);
    if (dialog.exec() != QDialog::Accepted) {
        focusSearch();
        return false;
    }
    const CustomerPaymentReceipt &receipt = dialog.receipt();
    refreshCustomer();
    updateTill();
    showMessage(tr("Payment %1 of %2 recorded: %3 still owes %4")
                    .arg(receipt.folio, receipt.amount.format(),
                        m_message->fontMetrics().elidedText(receipt.customerName, Qt::ElideRight, 200),
                        receipt.owedAfter.format()),
        false);
    focusSearch();
    Q_EMIT factsRecorded();
    return true;
}

} // namespace nexus
