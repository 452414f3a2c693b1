// A catalogue from the demo-data generator written into a test's folder and opened: the parts, words and places the
// assistant, voice and counter tests parse, search and sell against.
#pragma once

#include "catalog/catalogsearchindex.h"
#include "demo/catalogwriter.h"
#include "store/catalogstore.h"
#include "tempdir.h"

#include <memory>

namespace nexus::test {

struct DemoCatalogue
{
    demo::CatalogStats stats;
    std::unique_ptr<CatalogStore> store;
};

// Writes `parts` generated parts to dir/catalog.db and opens it; the first step's error when one fails.
[[nodiscard]] inline Result<DemoCatalogue> writeDemoCatalogue(const TempDir &dir, qint64 parts)
{
    demo::DemoOptions options;
    options.outDir = dir.path();
    options.parts = parts;
    demo::ProgressCounter progress { 0 };
    const QString path = dir.file(QStringLiteral("catalog.db"));
    Result<demo::CatalogStats> written = demo::CatalogWriter(options, progress).write(path);
    if (!written)
        return std::unexpected(written.error());
    Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(path);
    if (!catalog)
        return std::unexpected(catalog.error());
    return DemoCatalogue { *written, std::move(*catalog) };
}

// The same with its search index built, as the counter's search reads it.
[[nodiscard]] inline Result<DemoCatalogue> writeIndexedDemoCatalogue(const TempDir &dir, qint64 parts)
{
    Result<DemoCatalogue> catalogue = writeDemoCatalogue(dir, parts);
    if (!catalogue)
        return catalogue;
    if (Result<SearchIndexStats> index = CatalogSearchIndex::rebuild(catalogue->store->db()); !index)
        return std::unexpected(index.error());
    return catalogue;
}

} // namespace nexus::test
