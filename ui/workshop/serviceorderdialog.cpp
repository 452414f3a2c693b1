// Order detail: a header, the move buttons, five tabs and a message line.
#include "workshop/serviceorderdialog.h"

#include "auth/authservice.h"
#include "store/localstore.h"
#include "workshop/inspectionchecklist.h"
#include "workshop/inspectionphotospanel.h"
#include "workshop/laborentrydialog.h"
#include "workshop/partasking.h"
#include "workshop/partrequestdialog.h"
#include "workshop/serviceordercharge.h"
#include "workshop/workshopactions.h"
#include "workshop/workshopformat.h"
#include "workshop/workshopsession.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nexus {

namespace {

constexpr int kLineIdRole = Qt::UserRole + 1;

QTableWidget *table(const char *name, const QStringList &headers, QWidget *parent)
{
    auto *view = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem *money(Money amount)
{
    return cell(amount.format(), Qt::AlignRight | Qt::AlignVCenter);
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *push = new QPushButton(text, parent);
    push->setObjectName(QString::fromLatin1(name));
    push->setProperty("kind", QStringLiteral("secondary"));
    return push;
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

ServiceOrderDialog::ServiceOrderDialog(
    WorkshopSession &session, WorkshopActions &actions, AuthService &auth, const QString &orderId, QWidget *parent)
    : QDialog(parent), m_session(session), m_actions(actions), m_auth(auth), m_orderId(orderId)
{
    setObjectName(QStringLiteral("serviceOrderDialog"));
    setMinimumSize(980, 600);
    // Most of the counter's screen (1366 × 768) without covering it whole: the board stays in sight around it.
    if (QWidget *host = parent ? parent->window() : nullptr)
        resize(qBound(980, host->width() - 120, 1280), qBound(600, host->height() - 60, 760));
    m_mechanics = session.mechanics(auth.users());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 16);
    layout->setSpacing(8);

    auto *head = new QHBoxLayout;
    head->setSpacing(12);
    m_folio = new QLabel(this);
    m_folio->setObjectName(QStringLiteral("dialogTitle"));
    head->addWidget(m_folio);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("orderStatusBadge"));
    head->addWidget(m_status);
    head->addStretch(1);
    m_promise = new QLabel(this);
    m_promise->setObjectName(QStringLiteral("orderPromise"));
    head->addWidget(m_promise);
    layout->addLayout(head);
    auto *who = new QHBoxLayout;
    who->setSpacing(24);
    m_vehicle = new QLabel(this);
    m_vehicle->setObjectName(QStringLiteral("orderVehicle"));
    m_vehicle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    who->addWidget(m_vehicle);
    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("orderCustomer"));
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    who->addWidget(m_customer);
    who->addStretch(1);
    layout->addLayout(who);

    m_moves = new QHBoxLayout;
    m_moves->setSpacing(8);
    layout->addLayout(m_moves);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("orderTabs"));
    m_tabs->addTab(buildSummary(), tr("Summary"));
    m_tabs->addTab(buildParts(), tr("Parts"));
    m_tabs->addTab(buildLabor(), tr("Labor"));
    m_tabs->addTab(buildChecklist(), tr("Inspection"));
    m_tabs->addTab(buildHistory(), tr("History and notes"));
    layout->addWidget(m_tabs, 1);

    auto *bottom = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("orderMessage"));
    m_message->setWordWrap(true);
    bottom->addWidget(m_message, 1);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("orderCloseButton"));
    bottom->addWidget(close);
    layout->addLayout(bottom);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    reload();
}

WorkshopActor ServiceOrderDialog::actor() const
{
    return m_auth.currentUser() ? actorOf(*m_auth.currentUser()) : WorkshopActor {};
}

QWidget *ServiceOrderDialog::buildSummary()
{
    auto *page = new QWidget(this);
    auto *columns = new QHBoxLayout(page);
    columns->setContentsMargins(12, 12, 12, 12);
    columns->setSpacing(24);

    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    auto *complaintTitle = new QLabel(tr("The customer reports"), page);
    complaintTitle->setProperty("role", QStringLiteral("sectionTitle"));
    left->addWidget(complaintTitle);
    m_complaint = new QLabel(page);
    m_complaint->setObjectName(QStringLiteral("orderComplaint"));
    m_complaint->setWordWrap(true);
    m_complaint->setTextFormat(Qt::PlainText);
    left->addWidget(m_complaint);
    auto *diagnosisTitle = new QLabel(tr("&Diagnosis"), page);
    diagnosisTitle->setProperty("role", QStringLiteral("sectionTitle"));
    left->addWidget(diagnosisTitle);
    m_diagnosis = new QPlainTextEdit(page);
    m_diagnosis->setObjectName(QStringLiteral("diagnosisEdit"));
    m_diagnosis->setTabChangesFocus(true);
    diagnosisTitle->setBuddy(m_diagnosis);
    left->addWidget(m_diagnosis, 1);
    auto *saveDiagnosis = button(tr("Save diagnosis"), "saveDiagnosisButton", page);
    left->addWidget(saveDiagnosis, 0, Qt::AlignLeft);
    m_editing << m_diagnosis << saveDiagnosis;
    columns->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    right->setSpacing(6);
    auto *estimateTitle = new QLabel(tr("Estimate"), page);
    estimateTitle->setProperty("role", QStringLiteral("sectionTitle"));
    right->addWidget(estimateTitle);
    m_totals = new QLabel(page);
    m_totals->setObjectName(QStringLiteral("orderTotals"));
    m_totals->setTextFormat(Qt::RichText);
    right->addWidget(m_totals);
    m_estimate = new QLabel(page);
    m_estimate->setObjectName(QStringLiteral("estimateState"));
    m_estimate->setWordWrap(true);
    right->addWidget(m_estimate);
    auto *send = button(tr("Send to the customer for approval"), "sendEstimateButton", page);
    send->setToolTip(tr("WhatsApp and e-mail with the estimate's total; queued while the counter is offline"));
    // Sending the estimate and quoting it share a row: the column must leave the totals their room.
    auto *outgoing = new QHBoxLayout;
    outgoing->addWidget(send);
    right->addLayout(outgoing);
    m_advisorOnly << send;
    m_editing << send;
    auto *approval = new QHBoxLayout;
    m_estimateNote = new QLineEdit(page);
    m_estimateNote->setObjectName(QStringLiteral("estimateNoteEdit"));
    m_estimateNote->setPlaceholderText(tr("How: signed, by phone, WhatsApp…"));
    approval->addWidget(m_estimateNote, 1);
    m_approve = button(tr("Customer approved"), "approveEstimateButton", page);
    approval->addWidget(m_approve);
    right->addLayout(approval);
    m_advisorOnly << m_estimateNote << m_approve;
    m_editing << m_estimateNote << m_approve;
    // The estimate as a quote for the customer (PDF, WhatsApp, e-mail, converted at the counter).
    auto *quote = button(tr("Quote for the customer (Ctrl+Q)"), "quoteOrderButton", page);
    quote->setToolTip(tr("Saves the reserved parts and the labor as a quote for the order's customer and vehicle"));
    outgoing->addWidget(quote);
    outgoing->addStretch(1);
    connect(quote, &QPushButton::clicked, this, &ServiceOrderDialog::quoteOrder);
    auto *quoteKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), this);
    connect(quoteKey, &QShortcut::activated, this, &ServiceOrderDialog::quoteOrder);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    auto *assignRow = new QHBoxLayout;
    m_assign = new QComboBox(page);
    m_assign->setObjectName(QStringLiteral("assignCombo"));
    m_assign->addItem(tr("Not assigned"), QString());
    for (const User &user : std::as_const(m_mechanics))
        m_assign->addItem(user.displayName, user.id);
    assignRow->addWidget(m_assign, 1);
    auto *assign = button(tr("Assign"), "assignButton", page);
    assignRow->addWidget(assign);
    form->addRow(tr("Mechanic"), assignRow);
    auto *promiseRow = new QHBoxLayout;
    m_promised = new QDateTimeEdit(page);
    m_promised->setObjectName(QStringLiteral("promiseEdit"));
    m_promised->setCalendarPopup(true);
    m_promised->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    promiseRow->addWidget(m_promised, 1);
    auto *promise = button(tr("Change"), "promiseButton", page);
    promiseRow->addWidget(promise);
    form->addRow(tr("Promised for"), promiseRow);
    right->addSpacing(8);
    right->addLayout(form);
    right->addStretch(1);
    m_advisorOnly << m_assign << assign << m_promised << promise;
    m_editing << m_assign << assign << m_promised << promise;
    columns->addLayout(right, 2);

    connect(saveDiagnosis, &QPushButton::clicked, this, [this] {
        apply(m_session.orders().setDiagnosis(m_orderId, m_diagnosis->toPlainText(), actor()), tr("Diagnosis saved."));
    });
    connect(send, &QPushButton::clicked, this, [this] {
        apply(m_session.orders().sendEstimate(m_orderId, actor()),
            tr("The estimate goes to the customer for approval (WhatsApp and e-mail, sent when online)."));
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        apply(m_session.orders().approveEstimate(m_orderId, m_estimateNote->text(), actor()),
            tr("The customer's approval is recorded."));
    });
    connect(assign, &QPushButton::clicked, this, [this] {
        const QString id = m_assign->currentData().toString();
        apply(m_session.orders().assignMechanic(
                  m_orderId, id, id.isEmpty() ? QString() : m_assign->currentText(), actor()),
            tr("Mechanic assigned."));
    });
    connect(promise, &QPushButton::clicked, this, [this] {
        apply(m_session.orders().setPromisedAt(m_orderId, m_promised->dateTime().toUTC(), actor()),
            tr("Promised time changed."));
    });
    return page;
}

QWidget *ServiceOrderDialog::buildParts()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    m_parts = table("partsTable",
        { tr("#"), tr("Code"), tr("Description"), tr("Warehouse"), tr("Qty"), tr("Unit price"), tr("Amount"),
            tr("Status") },
        page);
    layout->addWidget(m_parts, 1);
    m_partInfo = new QLabel(page);
    m_partInfo->setObjectName(QStringLiteral("partInfo"));
    m_partInfo->setWordWrap(true);
    layout->addWidget(m_partInfo);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_partCode = new QLineEdit(page);
    m_partCode->setObjectName(QStringLiteral("partCodeEdit"));
    m_partCode->setPlaceholderText(tr("Code or barcode"));
    row->addWidget(m_partCode, 2);
    m_partQuantity = new QLineEdit(QStringLiteral("1"), page);
    m_partQuantity->setObjectName(QStringLiteral("partQuantityEdit"));
    m_partQuantity->setMaximumWidth(80);
    m_partQuantity->setAccessibleName(tr("Quantity"));
    row->addWidget(m_partQuantity);
    m_partWarehouse = new QComboBox(page);
    m_partWarehouse->setObjectName(QStringLiteral("partWarehouseCombo"));
    for (const BranchWarehouse &warehouse : m_session.profile().warehouses)
        m_partWarehouse->addItem(warehouse.name, warehouse.id);
    row->addWidget(m_partWarehouse, 1);
    auto *add = button(tr("Reserve from stock"), "addPartButton", page);
    add->setToolTip(tr("Enter in the quantity does the same. What this branch lacks is asked from the branch with "
                       "most stock, or added to the purchase suggestions"));
    row->addWidget(add);
    auto *reserve = button(tr("Reserve the request"), "reservePartButton", page);
    reserve->setToolTip(tr("Reserves the selected request with the part whose code is typed"));
    row->addWidget(reserve);
    layout->addLayout(row);
    auto *actions = new QHBoxLayout;
    auto *arrived = button(tr("Reserve arrived parts (Ctrl+R)"), "reserveArrivedButton", page);
    arrived->setToolTip(tr("Reserves the lines whose transfer or purchase has arrived"));
    actions->addWidget(arrived);
    actions->addStretch(1);
    auto *request = button(tr("Ask for a part…"), "requestPartButton", page);
    actions->addWidget(request);
    auto *remove = button(tr("Remove the selected line"), "removePartButton", page);
    actions->addWidget(remove);
    layout->addLayout(actions);
    m_advisorOnly << m_partCode << m_partQuantity << m_partWarehouse << add << reserve << remove << arrived;
    m_editing << m_partCode << m_partQuantity << m_partWarehouse << add << reserve << remove << request << arrived;

    connect(m_partCode, &QLineEdit::returnPressed, this, &ServiceOrderDialog::lookUpPart);
    connect(m_partQuantity, &QLineEdit::returnPressed, this, &ServiceOrderDialog::addPartFromStock);
    connect(arrived, &QPushButton::clicked, this, &ServiceOrderDialog::reserveArrived);
    auto *arrivedKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(arrivedKey, &QShortcut::activated, this, [this, arrived] {
        if (arrived->isEnabled())
            reserveArrived();
    });
    connect(m_partWarehouse, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_partCode->text().trimmed().isEmpty())
            lookUpPart();
    });
    connect(add, &QPushButton::clicked, this, &ServiceOrderDialog::addPartFromStock);
    connect(reserve, &QPushButton::clicked, this, &ServiceOrderDialog::reserveRequest);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString line = selectedLineId(m_parts);
        if (line.isEmpty()) {
            message(tr("Select the line to remove first."), true);
            return;
        }
        apply(m_session.orders().removePart(m_orderId, line, actor()), tr("Line removed; its stock is free again."));
    });
    connect(request, &QPushButton::clicked, this, [this] {
        QString said;
        PartRequestDialog dialog(
            [this, &said](const PartRequest &part) -> Status {
                Result<PartAsked> asked = askForPart(m_session, m_orderId, part, actor());
                if (!asked)
                    return std::unexpected(asked.error());
                said = asked->message;
                return {};
            },
            std::nullopt, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            message(said, false);
        }
    });
    return page;
}

void ServiceOrderDialog::lookUpPart()
{
    CartItemLookup *parts = m_session.parts();
    if (!parts) {
        m_partInfo->setText(tr("The parts catalogue has not been downloaded yet."));
        return;
    }
    Result<qint64> id = parts->findByCode(m_partCode->text());
    if (!id) {
        m_partInfo->setText(id.error().message());
        return;
    }
    const QString warehouse = m_partWarehouse->currentData().toString();
    Result<CartItem> item = parts->item(*id, std::nullopt, warehouse);
    Result<StockAvailability> stock = m_session.orders().availability(*id, warehouse);
    if (!item || !stock) {
        m_partInfo->setText(!item ? item.error().message() : stock.error().message());
        return;
    }
    m_partInfo->setText(tr("%1 · %2 · %3 — %4 available here (%5 on hand, %6 reserved)")
                            .arg(item->sku, item->description, item->unitPrice.format(), stock->available().toString(),
                                stock->onHand.toString(), stock->reserved.toString()));
}

std::optional<CartItem> ServiceOrderDialog::typedPart()
{
    CartItemLookup *parts = m_session.parts();
    if (!parts) {
        message(tr("The parts catalogue has not been downloaded yet."), true);
        return std::nullopt;
    }
    Result<qint64> id = parts->findByCode(m_partCode->text());
    if (!id) {
        message(id.error().message(), true);
        m_partCode->setFocus();
        return std::nullopt;
    }
    Result<CartItem> item = parts->item(*id, std::nullopt, m_partWarehouse->currentData().toString());
    if (!item) {
        message(item.error().message(), true);
        return std::nullopt;
    }
    return *item;
}

void ServiceOrderDialog::addPartFromStock()
{
    Result<Quantity> quantity = Quantity::parse(m_partQuantity->text());
    if (!quantity) {
        message(quantity.error().message(), true);
        m_partQuantity->setFocus();
        return;
    }
    const std::optional<CartItem> item = typedPart();
    if (!item)
        return;
    Result<PartSupplyOutcome> saved = m_session.orders().supplyPart(m_orderId, { *item, *quantity, {} }, actor());
    showSupply(saved, *item);
    if (saved) {
        m_partCode->clear();
        m_partQuantity->setText(QStringLiteral("1"));
        m_partInfo->clear();
    }
}

void ServiceOrderDialog::reserveRequest()
{
    const QString line = selectedLineId(m_parts);
    const auto requested = std::find_if(m_order.parts.begin(), m_order.parts.end(),
        [&line](const ServiceOrderPart &p) { return p.id == line && p.status == PartLineStatus::Requested; });
    if (requested == m_order.parts.end()) {
        message(tr("Select a requested line, type the code of the part that fits and reserve it."), true);
        return;
    }
    const std::optional<CartItem> item = typedPart();
    if (!item)
        return;
    showSupply(m_session.orders().supplyRequested(m_orderId, line, *item, actor()), *item);
}

void ServiceOrderDialog::showSupply(const Result<PartSupplyOutcome> &outcome, const CartItem &item)
{
    if (!outcome) {
        apply(std::unexpected(outcome.error()), {});
        return;
    }
    display(outcome->order);
    message(partSupplyText(*outcome, item.sku), false);
}

void ServiceOrderDialog::reserveArrived()
{
    apply(m_session.orders().reserveArrived(m_orderId, actor()), tr("The parts that arrived are reserved."));
}

QWidget *ServiceOrderDialog::buildLabor()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    m_labor = table(
        "laborTable", { tr("#"), tr("Work done"), tr("Mechanic"), tr("Hours"), tr("Rate"), tr("Amount") }, page);
    layout->addWidget(m_labor, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *add = button(tr("Add labor…"), "addLaborButton", page);
    row->addWidget(add);
    auto *remove = button(tr("Remove the selected line"), "removeLaborButton", page);
    row->addWidget(remove);
    layout->addLayout(row);
    m_advisorOnly << remove;
    m_editing << add << remove;
    connect(add, &QPushButton::clicked, this, [this] {
        Result<Money> rate = m_session.orders().laborRate();
        const std::optional<WorkshopActor> self = m_auth.currentUser() && m_auth.currentUser()->role == Role::Mechanic
            ? std::optional(actor())
            : std::nullopt;
        LaborEntryDialog dialog(
            rate ? *rate : Money(ServiceOrderService::kDefaultLaborRateCents), self, m_mechanics,
            [this](const LaborToAdd &labor) -> Status {
                return statusOf(m_session.orders().addLabor(m_orderId, labor, actor()));
            },
            this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            message(tr("Labor added."), false);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString line = selectedLineId(m_labor);
        if (line.isEmpty()) {
            message(tr("Select the line to remove first."), true);
            return;
        }
        apply(m_session.orders().removeLabor(m_orderId, line, actor()), tr("Labor line removed."));
    });
    return page;
}

QWidget *ServiceOrderDialog::buildChecklist()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    m_checklist = table("checklistTable", { tr("Item"), tr("State"), tr("Note") }, page);
    m_checklist->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_checklist->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_checklist->verticalHeader()->setDefaultSectionSize(44);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto *items = new QVBoxLayout;
    items->addWidget(m_checklist, 1);
    auto *hint = new QLabel(tr("Choose the state of each item; double-click a note to write it."), page);
    hint->setObjectName(QStringLiteral("mutedLabel"));
    hint->setWordWrap(true);
    items->addWidget(hint);
    columns->addLayout(items, 1);
    m_photos = new InspectionPhotosPanel(m_session, [this] { return actor(); }, page);
    columns->addWidget(m_photos);
    layout->addLayout(columns, 1);
    m_editing << m_checklist;
    connect(m_checklist, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(m_order.checklist.size()))
            m_photos->setItem(m_order.checklist[static_cast<std::size_t>(row)]);
    });
    connect(m_photos, &InspectionPhotosPanel::message, this, &ServiceOrderDialog::message);
    connect(m_checklist, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loadingChecklist || item->column() != 2)
            return;
        const int row = item->row();
        if (row < 0 || row >= static_cast<int>(m_order.checklist.size()))
            return;
        const ChecklistItem &current = m_order.checklist[static_cast<std::size_t>(row)];
        apply(m_session.orders().setChecklistItem(m_orderId, current.itemNo, current.state, item->text(), actor()),
            tr("Note saved."));
    });
    return page;
}

QWidget *ServiceOrderDialog::buildHistory()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(16);
    m_history
        = table("historyTable", { tr("When"), tr("From"), tr("To"), tr("Who"), tr("Authorised by"), tr("Why") }, page);
    layout->addWidget(m_history, 3);
    auto *notes = new QVBoxLayout;
    auto *notesTitle = new QLabel(tr("Notes"), page);
    notesTitle->setProperty("role", QStringLiteral("sectionTitle"));
    notes->addWidget(notesTitle);
    m_notes = new QListWidget(page);
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setWordWrap(true);
    notes->addWidget(m_notes, 1);
    m_note = new QLineEdit(page);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Write a note for the order"));
    notes->addWidget(m_note);
    auto *add = button(tr("Add note"), "addNoteButton", page);
    notes->addWidget(add, 0, Qt::AlignRight);
    layout->addLayout(notes, 2);
    m_editing << m_note << add;
    auto addNote = [this] {
        Result<ServiceOrder> saved = m_session.orders().addNote(m_orderId, m_note->text(), actor());
        apply(saved, tr("Note added."));
        if (saved)
            m_note->clear();
    };
    connect(add, &QPushButton::clicked, this, addNote);
    connect(m_note, &QLineEdit::returnPressed, this, addNote);
    return page;
}

void ServiceOrderDialog::reload()
{
    Result<ServiceOrder> order = m_session.orders().load(m_orderId);
    if (!order) {
        message(order.error().message(), true);
        return;
    }
    display(*order);
}

void ServiceOrderDialog::display(const ServiceOrder &order)
{
    m_order = order;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    setWindowTitle(tr("Service order %1").arg(order.folio));
    m_folio->setText(order.folio);
    m_status->setText(serviceOrderStatusName(order.status));
    m_status->setProperty("status", serviceOrderStatusCode(order.status));
    repolish(m_status);
    const QString plates = order.vehicle.plates.isEmpty() ? QString() : QStringLiteral(" · ") + order.vehicle.plates;
    const QString vin = order.vehicle.vin.isEmpty() ? QString() : tr(" · VIN %1").arg(order.vehicle.vin);
    m_vehicle->setText(vehicleTitle(order.vehicle) + plates + vin
        + (order.vehicle.mileageKm > 0 ? tr(" · %L1 km").arg(order.vehicle.mileageKm) : QString()));
    m_customer->setText(order.customer.name
        + (order.customer.phone.isEmpty() ? QString() : QStringLiteral(" · ") + order.customer.phone));
    const QString mechanic = order.mechanicName.isEmpty() ? tr("no mechanic yet") : order.mechanicName;
    m_promise->setText(order.promisedAt.isValid()
            ? (order.isLate(now) ? lateText(order.promisedAt, now) + QStringLiteral(" · ") : QString())
                + tr("Promised %1 · %2").arg(promisedText(order.promisedAt, now), mechanic)
            : mechanic);
    m_promise->setProperty("late", order.isLate(now));
    repolish(m_promise);

    // The moves this order can make now, each a button (the board's drag does the same).
    while (QLayoutItem *item = m_moves->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    const std::vector<ServiceOrderStatus> next = nextServiceOrderStatuses(order.status);
    if (!next.empty()) {
        auto *caption = new QLabel(tr("Move to:"), this);
        caption->setObjectName(QStringLiteral("mutedLabel"));
        m_moves->addWidget(caption);
    }
    for (ServiceOrderStatus to : next) {
        auto *move = new QPushButton(serviceOrderStatusName(to), this);
        move->setObjectName(QStringLiteral("moveTo_") + serviceOrderStatusCode(to));
        move->setProperty("kind", QStringLiteral("secondary"));
        connect(move, &QPushButton::clicked, this, [this, to] {
            const MoveOutcome outcome = m_actions.move(this, m_order.id, m_order.folio, m_order.status, to);
            if (outcome.moved)
                reload();
            message(outcome.message, outcome.error);
        });
        m_moves->addWidget(move);
    }
    m_moves->addStretch(1);

    m_complaint->setText(order.complaint);
    if (m_diagnosis->toPlainText() != order.diagnosis)
        m_diagnosis->setPlainText(order.diagnosis);
    const ServiceOrderCharge charge = serviceOrderCharge(order, m_session.profile().borderRegion);
    m_totals->setText(tr("<table cellspacing=4><tr><td>Parts</td><td align=right>%1</td></tr>"
                         "<tr><td>Labor</td><td align=right>%2</td></tr>"
                         "<tr><td>Subtotal</td><td align=right>%3</td></tr>"
                         "<tr><td>IVA</td><td align=right>%4</td></tr>"
                         "<tr><td><b>Total</b></td><td align=right><b>%5</b></td></tr></table>")
                          .arg(charge.parts.gross.format(), charge.labor.gross.format(), charge.totals.base.format(),
                              charge.totals.tax.format(), charge.totals.gross.format()));
    if (order.estimate) {
        QString text = tr("Approved: %1 on %2 (%3, recorded by %4).")
                           .arg(order.estimate->amount.format(), localTimeText(order.estimate->at),
                               order.estimate->note.isEmpty() ? tr("no note") : order.estimate->note,
                               order.estimate->recordedBy);
        if (charge.totals.gross > order.estimate->amount)
            text += QLatin1Char(' ')
                + tr("The order now costs %1 more: ask the customer again.")
                      .arg((charge.totals.gross - order.estimate->amount).format());
        m_estimate->setText(text);
    } else {
        m_estimate->setText(tr("Not approved by the customer yet: repair starts after the approval."));
    }
    if (!order.saleFolio.isEmpty())
        m_estimate->setText(m_estimate->text() + QLatin1Char(' ') + tr("Charged with ticket %1.").arg(order.saleFolio));
    const int mechanicIndex = m_assign->findData(order.mechanicId);
    m_assign->setCurrentIndex(mechanicIndex >= 0 ? mechanicIndex : 0);
    m_promised->setDateTime(
        order.promisedAt.isValid() ? order.promisedAt.toLocalTime() : now.toLocalTime().addSecs(3 * 3600));
    showParts();
    showLabor();
    showChecklist();
    showHistory();
    const bool open = !isClosedStatus(order.status);
    for (QWidget *widget : std::as_const(m_editing))
        widget->setEnabled(open
            && (!m_advisorOnly.contains(widget)
                || (m_auth.currentUser() && gateAllows(TransitionGate::Advisor, m_auth.currentUser()->role))));
}

void ServiceOrderDialog::showParts()
{
    m_parts->setRowCount(0);
    QHash<QString, QString> warehouses;
    for (const BranchWarehouse &warehouse : m_session.profile().warehouses)
        warehouses.insert(warehouse.id, warehouse.name);
    for (const ServiceOrderPart &part : m_order.parts) {
        const int row = m_parts->rowCount();
        m_parts->insertRow(row);
        auto *number = cell(QString::number(part.lineNo));
        number->setData(kLineIdRole, part.id);
        m_parts->setItem(row, 0, number);
        m_parts->setItem(row, 1, cell(part.sku));
        m_parts->setItem(row, 2,
            cell(part.note.isEmpty() ? part.description : part.description + QStringLiteral(" — ") + part.note));
        m_parts->setItem(row, 3, cell(warehouses.value(part.warehouseId, part.warehouseId)));
        m_parts->setItem(row, 4, cell(part.quantity.toString(), Qt::AlignRight | Qt::AlignVCenter));
        const bool priced = part.status != PartLineStatus::Requested;
        m_parts->setItem(row, 5, priced ? money(part.unitPrice) : cell(QString()));
        m_parts->setItem(row, 6, priced ? money(part.unitPrice.times(part.quantity.thousandths())) : cell(QString()));
        m_parts->setItem(row, 7, cell(partLineState(m_session.orders(), part)));
        if (part.status == PartLineStatus::Released)
            for (int column = 0; column < m_parts->columnCount(); ++column)
                m_parts->item(row, column)->setForeground(QColor(0x94, 0xa3, 0xb8));
    }
    m_parts->resizeColumnsToContents();
    m_parts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // What a waiting line waits for ("Esperando el traspaso … de Sucursal …") is read whole; the description gives way.
    m_parts->horizontalHeader()->setStretchLastSection(false);
    m_parts->horizontalHeader()->setSectionResizeMode(7, QHeaderView::ResizeToContents);
}

void ServiceOrderDialog::showLabor()
{
    m_labor->setRowCount(0);
    for (const ServiceOrderLabor &labor : m_order.labor) {
        const int row = m_labor->rowCount();
        m_labor->insertRow(row);
        auto *number = cell(QString::number(labor.lineNo));
        number->setData(kLineIdRole, labor.id);
        m_labor->setItem(row, 0, number);
        m_labor->setItem(row, 1, cell(labor.description));
        m_labor->setItem(row, 2, cell(labor.mechanicName));
        const bool hourly = labor.pricing == LaborPricing::Hourly;
        m_labor->setItem(row, 3, cell(hourly ? labor.hours.toString() : tr("flat"), Qt::AlignRight | Qt::AlignVCenter));
        m_labor->setItem(row, 4, hourly ? money(labor.rate) : cell(QString()));
        m_labor->setItem(row, 5, money(labor.amount));
    }
    m_labor->resizeColumnsToContents();
    m_labor->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void ServiceOrderDialog::showChecklist()
{
    m_loadingChecklist = true;
    m_checklist->setRowCount(0);
    for (const ChecklistItem &item : m_order.checklist) {
        const int row = m_checklist->rowCount();
        m_checklist->insertRow(row);
        auto *name = cell(checklistItemName(item));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_checklist->setItem(row, 0, name);
        auto *state = new QComboBox(m_checklist);
        state->setObjectName(QStringLiteral("checklistState_%1").arg(item.itemNo));
        for (ChecklistState option :
            { ChecklistState::Unchecked, ChecklistState::Ok, ChecklistState::Attention, ChecklistState::Urgent })
            state->addItem(checklistStateName(option), static_cast<int>(option));
        state->setCurrentIndex(state->findData(static_cast<int>(item.state)));
        state->setProperty("state", checklistStateCode(item.state));
        state->setEnabled(!isClosedStatus(m_order.status));
        const int itemNo = item.itemNo;
        connect(state, &QComboBox::activated, this, [this, state, itemNo, row] {
            const auto chosen = static_cast<ChecklistState>(state->currentData().toInt());
            const QTableWidgetItem *note = m_checklist->item(row, 2);
            apply(m_session.orders().setChecklistItem(
                      m_orderId, itemNo, chosen, note ? note->text() : QString(), actor()),
                tr("Inspection updated."));
        });
        m_checklist->setCellWidget(row, 1, state);
        m_checklist->setItem(row, 2, cell(item.note));
    }
    m_checklist->resizeColumnToContents(0);
    m_checklist->setColumnWidth(1, 190);
    m_loadingChecklist = false;
    m_photos->setOrder(m_orderId, !isClosedStatus(m_order.status));
    if (!m_order.checklist.empty()) {
        const int row = qBound(0, m_checklist->currentRow(), static_cast<int>(m_order.checklist.size()) - 1);
        m_photos->setItem(m_order.checklist[static_cast<std::size_t>(row)]);
    }
}

void ServiceOrderDialog::showHistory()
{
    m_history->setRowCount(0);
    for (auto it = m_order.history.rbegin(); it != m_order.history.rend(); ++it) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0, cell(localTimeText(it->at)));
        m_history->setItem(row, 1, cell(it->from ? serviceOrderStatusName(*it->from) : tr("(opened)")));
        m_history->setItem(row, 2, cell(serviceOrderStatusName(it->to)));
        m_history->setItem(row, 3, cell(it->userName));
        m_history->setItem(row, 4, cell(it->authorizedBy));
        m_history->setItem(row, 5, cell(it->note));
    }
    m_history->resizeColumnsToContents();
    m_notes->clear();
    for (auto it = m_order.notes.rbegin(); it != m_order.notes.rend(); ++it)
        m_notes->addItem(tr("%1 · %2\n%3").arg(localTimeText(it->at), it->userName, it->text));
}

QString ServiceOrderDialog::selectedLineId(QTableWidget *view) const
{
    const QList<QTableWidgetItem *> selected = view->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *first = view->item(selected.first()->row(), 0);
    return first ? first->data(kLineIdRole).toString() : QString();
}

void ServiceOrderDialog::apply(const Result<ServiceOrder> &result, const QString &done)
{
    if (!result) {
        message(result.error().message(), true);
        reload(); // back to what is stored (a combo the user changed, for one)
        message(result.error().message(), true);
        return;
    }
    display(*result);
    message(done, false);
}

void ServiceOrderDialog::message(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("tone", error ? QStringLiteral("error") : QStringLiteral("info"));
    repolish(m_message);
}

} // namespace nexus
