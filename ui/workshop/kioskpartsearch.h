// The kiosk's catalogue search at touch size: what the mechanic types ("balatas delanteras") goes to the counter's own
// catalogue search (SearchClient: FTS off the UI thread, debounced), filtered by the order's vehicle fitment when the
// order has one, and each hit is a row with its SKU, description, stock in this branch and a big "Ask for it" button.
#pragma once

#include <QWidget>

#include <memory>

#include "catalog/cataloghit.h"
#include "catalog/catalogquery.h"
#include "sales/branchstock.h"
#include "workshop/serviceorder.h"

class QLabel;
class QVBoxLayout;

namespace nexus {

class SearchClient;
struct SearchAnswer;

// Where the kiosk searches: catalog.db and nexus.db, the branch's warehouses (stock here), the order's car.
struct PartCatalogue
{
    QString catalogPath;
    QString nexusPath;
    QList<BranchWarehouse> warehouses;
    VehicleSnapshot vehicle;
};

// The order's car as the catalogue's vehicle filter: make, model and year (empty when the order has none of them).
[[nodiscard]] VehicleFilter vehicleFilterOf(const VehicleSnapshot &vehicle);

class KioskPartSearch final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskPartSearch)

public:
    static constexpr int kResultLimit = 8;

    KioskPartSearch(const PartCatalogue &catalogue, QWidget *parent = nullptr);
    ~KioskPartSearch() override;

    // As typed: searched after the counter's debounce; empty clears the results.
    void search(const QString &text);
    [[nodiscard]] int rowCount() const { return m_hits.size(); }

Q_SIGNALS:
    void picked(const nexus::CatalogHit &hit); // its "Ask for it" was tapped
    void answered(); // a search answer was laid out (tests wait for it)

private:
    void onAnswer(const SearchAnswer &answer);
    void clearRows();
    QWidget *row(const CatalogHit &hit, Quantity here);

    std::unique_ptr<SearchClient> m_client;
    VehicleFilter m_vehicle;
    QString m_vehicleText; // "Nissan NP300 2021"
    QList<CatalogHit> m_hits;
    QLabel *m_status = nullptr;
    QWidget *m_rows = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
};

} // namespace nexus
