// `nexus-admin demo-data`: writes catalog.db and tenant.db for a realistic, deterministic Mexican auto-parts chain.
// The two files are written in parallel (one thread each) under temporary names and renamed when both are done.
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

    explicit DemoGenerator(DemoOptions options) : m_options(std::move(options)) {}

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
