// Writes catalog.db: brands, categories, vehicles, parts with codes and fitment, price lists, metadata.
#pragma once

#include <QString>

#include <cstdint>

#include "common/error.h"
#include "demo/demooptions.h"

namespace nexus::demo {

struct CatalogStats
{
    std::int64_t brands = 0;
    std::int64_t categories = 0;
    std::int64_t vehicles = 0;
    std::int64_t parts = 0;
    std::int64_t partCodes = 0;
    std::int64_t fitments = 0;
    std::int64_t priceListItems = 0;
};

class CatalogWriter final
{
public:
    CatalogWriter(const DemoOptions &options, ProgressCounter &progress) : m_options(options), m_progress(progress) { }

    // `path` must not exist yet. Opens it with the catalogue schema, then bulk-inserts in one transaction.
    [[nodiscard]] Result<CatalogStats> write(const QString &path);

private:
    const DemoOptions &m_options;
    ProgressCounter &m_progress;
};

} // namespace nexus::demo
