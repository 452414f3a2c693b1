// Finds a sold ticket by its folio as typed or scanned and loads what of it can still be returned.
#pragma once

#include <QString>

#include "common/error.h"
#include "returns/returnablesale.h"

namespace nexus {

class Database;

class ReturnLookup final
{
public:
    explicit ReturnLookup(Database &db) : m_db(db) { }

    // "MTZ1-000123" exactly, in any case, or as a scanner may type it: with another separator or none
    // ("mtz1000123", "MTZ1'000123" from a US-layout scanner on a Latin American keyboard). NotFound names "folio";
    // a cancelled ticket is refused (Conflict, "folio"): it has nothing left to give back.
    [[nodiscard]] Result<ReturnableSale> findByFolio(const QString &text) const;
    // The same by sale id (NotFound / Conflict name "sale_id"); the return service reads through this.
    [[nodiscard]] Result<ReturnableSale> load(const QString &saleId) const;

    // The canonical folio a scanned or typed text stands for ("MTZ1-000123"), or an empty string when the text
    // cannot be one (no series, or fewer than six trailing digits).
    [[nodiscard]] static QString canonicalFolio(const QString &text);

private:
    [[nodiscard]] Result<ReturnableSale> read(const QString &saleId, const QString &field) const;

    Database &m_db;
};

} // namespace nexus
