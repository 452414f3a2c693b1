// KioskPartSearch: SearchClient's answers as touch rows.
#include "workshop/kioskpartsearch.h"

#include "sale/searchanswer.h"
#include "sale/searchclient.h"
#include "workshop/workshopdialog.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nexus {

VehicleFilter vehicleFilterOf(const VehicleSnapshot &vehicle)
{
    VehicleFilter filter;
    filter.make = vehicle.make.trimmed();
    filter.model = vehicle.model.trimmed();
    filter.year = vehicle.year;
    return filter;
}

KioskPartSearch::KioskPartSearch(const PartCatalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_vehicle(vehicleFilterOf(catalogue.vehicle)), m_vehicleText(vehicleTitle(catalogue.vehicle))
{
    setObjectName(QStringLiteral("kioskPartSearch"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kioskSearchStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("kioskSearchScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(3 * 64);
    m_rows = new QWidget(scroll);
    m_rows->setObjectName(QStringLiteral("kioskSearchRows"));
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_rowsLayout->addStretch(1);
    scroll->setWidget(m_rows);
    layout->addWidget(scroll, 1);

    QStringList ids;
    for (const BranchWarehouse &warehouse : catalogue.warehouses)
        ids << warehouse.id;
    if (QFileInfo::exists(catalogue.catalogPath)) {
        m_client = std::make_unique<SearchClient>(catalogue.catalogPath, catalogue.nexusPath, ids);
        connect(m_client.get(), &SearchClient::answered, this, &KioskPartSearch::onAnswer);
        m_status->setText(m_vehicleText.isEmpty()
                ? tr("Type what the part is to search the catalogue.")
                : tr("Type what the part is to search the catalogue for the %1.").arg(m_vehicleText));
    } else {
        m_status->setText(tr("The parts catalogue has not been downloaded yet."));
    }
}

KioskPartSearch::~KioskPartSearch() = default;

void KioskPartSearch::search(const QString &text)
{
    if (!m_client)
        return;
    const QString words = text.trimmed();
    if (words.isEmpty()) {
        m_client->cancel();
        clearRows();
        return;
    }
    CatalogQuery query;
    query.text = words.left(CatalogQuery::kMaxTextLength);
    query.vehicle = m_vehicle;
    query.includeUniversal = !m_vehicle.isEmpty(); // oil, bulbs, fluids fit every car
    query.limit = kResultLimit;
    m_client->searchSoon(query);
}

void KioskPartSearch::clearRows()
{
    m_hits.clear();
    while (m_rowsLayout->count() > 1) {
        QLayoutItem *item = m_rowsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

void KioskPartSearch::onAnswer(const SearchAnswer &answer)
{
    clearRows();
    if (answer.error) {
        m_status->setText(answer.error->message());
        Q_EMIT answered();
        return;
    }
    for (const CatalogHit &hit : answer.hits) {
        qint64 here = 0;
        for (const Quantity &balance : answer.stock.value(hit.partId))
            here += balance.thousandths();
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row(hit, Quantity(here)));
        m_hits << hit;
    }
    if (m_hits.isEmpty())
        m_status->setText(m_vehicleText.isEmpty()
                ? tr("Nothing in the catalogue matches. \"Ask for it\" sends your description to the service advisor.")
                : tr("Nothing in the catalogue fits the %1. \"Ask for it\" sends your description to the service "
                     "advisor.")
                      .arg(m_vehicleText));
    else
        m_status->setText(m_vehicleText.isEmpty() ? tr("Tap \"Ask\" on the part you need.")
                                                  : tr("Parts that fit the %1: tap \"Ask\" on the one you need.")
                                                        .arg(m_vehicleText));
    Q_EMIT answered();
}

QWidget *KioskPartSearch::row(const CatalogHit &hit, Quantity here)
{
    auto *frame = new QFrame(m_rows);
    frame->setObjectName(QStringLiteral("kioskSearchRow"));
    frame->setProperty("partId", hit.partId);
    auto *grid = new QGridLayout(frame);
    grid->setContentsMargins(10, 6, 6, 6);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(0);
    auto *sku = new QLabel(hit.sku, frame);
    sku->setObjectName(QStringLiteral("kioskSearchSku"));
    auto *name = new QLabel(hit.name, frame);
    name->setObjectName(QStringLiteral("kioskSearchName"));
    name->setWordWrap(true);
    auto *stock = new QLabel(here.thousandths() > 0 ? tr("%1 here").arg(here.toString()) : tr("None here"), frame);
    stock->setObjectName(QStringLiteral("kioskSearchStock"));
    stock->setProperty("none", here.thousandths() <= 0);
    stock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *ask = new QPushButton(tr("Ask"), frame);
    ask->setObjectName(QStringLiteral("kioskSearchAsk"));
    ask->setMinimumSize(120, workshopdialog::kTouchHeight);
    ask->setFocusPolicy(Qt::StrongFocus);
    grid->addWidget(sku, 0, 0);
    grid->addWidget(name, 1, 0);
    grid->addWidget(stock, 0, 1, 2, 1);
    grid->addWidget(ask, 0, 2, 2, 1);
    grid->setColumnStretch(0, 1);
    connect(ask, &QPushButton::clicked, this, [this, hit] { Q_EMIT picked(hit); });
    return frame;
}

} // namespace nexus
