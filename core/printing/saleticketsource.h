// Reads a committed sale for its ticket: by id (right after checkout) or by folio (reprint, returns).
#pragma once

#include "common/error.h"
#include "printing/saleticketdata.h"

namespace nexus {

class Database;

class SaleTicketSource final
{
public:
    // `db` is a nexus.db connection of the calling thread.
    explicit SaleTicketSource(Database &db) : m_db(db) { }

    // NotFound (field "sale") when no sale has that id.
    [[nodiscard]] Result<SaleTicketData> load(const QString &saleId) const;
    // The sale id for a folio as typed or scanned ("mtz1-000123" and " MTZ1-000123 " find MTZ1-000123);
    // InvalidInput when empty, NotFound when unknown, both with field "folio".
    [[nodiscard]] Result<QString> findByFolio(const QString &folio) const;

private:
    // Each line's warranty end (WarrantyLookup: the same rule as the Garantías screen); none when it cannot be read.
    void addWarranties(SaleTicketData &data) const;

    Database &m_db;
};

} // namespace nexus
