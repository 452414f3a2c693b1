// `nexus-admin demo-data`: writes catalog.db and tenant.db for a realistic, deterministic Mexican auto-parts chain.
// The two files are written in parallel (one thread each) under temporary names and renamed when both are done.
//
// What other parts of the product can rely on (same for every seed):
//  - catalog.db (migrations/catalog): parts 1…N with unique SKU "BRA-1234567" and EAN-13 barcode, brands, a two-level
//    category tree with SAT keys, vehicles 1990–2025, fitment, price lists publico/mayoreo/taller, catalog_meta
//    (seed, part_count, as_of) and part_popularity (units sold in the generated year of sales).
//  - tenant.db (migrations/server/tenant): branches GDL "Matriz Guadalajara" (first row), ZAP "Sucursal Zapopan",
//    TIJ "Sucursal Tijuana" (border_region = 1, IVA 8 %); warehouses MOS "Mostrador" and BOD "Bodega" per branch;
//    users admin, hq1, hq2, gerente.gdl/.zap/.tij, cajero1…6 and mecanico1…6 (two per branch, in branch order),
//    all with password kDemoPassword and PIN kDemoPin; 400 customers; stock of the best sellers; sales from
//    2025-11-25 to 2026-11-24 with folios "GDL1-000001" per device (c_FormaPago codes in sale_payments.method).
#pragma once

#include <QList>
#include <QString>

#include <functional>

#include "common/error.h"
#include "demo/catalogwriter.h"
#include "demo/demooptions.h"
#include "demo/saleswriter.h"
#include "demo/tenantwriter.h"

namespace nexus::demo {

struct DemoSummary
{
    CatalogStats catalog;
    TenantStats tenant;
    SalesStats sales;
    QList<DemoCredential> credentials;
    QString catalogPath;
    QString tenantPath;
    qint64 catalogBytes = 0;
    qint64 tenantBytes = 0;
    qint64 elapsedMs = 0;
};

class DemoGenerator final
{
public:
    static constexpr const char *kCatalogFile = "catalog.db";
    static constexpr const char *kTenantFile = "tenant.db";

    explicit DemoGenerator(DemoOptions options) : m_options(std::move(options)) { }

    // Checks the options (field named in the error): parts 1…PartGenerator::kMaxParts, an output folder.
    [[nodiscard]] static Status validate(const DemoOptions &options);
    // True when `dir` already holds a dataset (either file) that a run would replace.
    [[nodiscard]] static bool hasDataset(const QString &dir);

    // Writes both files into options.outDir (created if needed), replacing an existing dataset.
    // `progress` is called on the calling thread about ten times a second with each file's thousandths done.
    [[nodiscard]] Result<DemoSummary> run(const std::function<void(int catalog, int tenant)> &progress = {});

private:
    DemoOptions m_options;
};

} // namespace nexus::demo
