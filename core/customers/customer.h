// A customer of the tenant as the counter knows it: fiscal data for invoicing, contact, price list and credit terms,
// plus the server's figures of their credit account as of the last pull.
#pragma once

#include <QString>

#include "common/money.h"

namespace nexus {

// What a cashier types or edits; validateCustomer() turns it into the stored form.
struct CustomerFields
{
    QString name; // nombre / razón social, as registered with the SAT
    QString rfc; // optional for a shop customer; required for an invoice
    QString fiscalRegime; // c_RegimenFiscal
    QString postalCode; // código postal of the domicilio fiscal
    QString cfdiUse = QStringLiteral("G03"); // c_UsoCFDI by default on their invoices
    QString phone; // 10 digits (WhatsApp)
    QString email;
    QString priceList = QStringLiteral("publico"); // price_lists.code
    Money creditLimit; // 0: no credit account
    int creditDays = 0; // days to pay a credit sale

    friend bool operator==(const CustomerFields &, const CustomerFields &) = default;
};

struct Customer
{
    QString id;
    CustomerFields fields;
    QString rfcAcceptedBy; // the manager who saved an RFC whose check digit does not match (SAT-issued exceptions)
    bool active = true;
    QString hlc; // hybrid logical clock of the last edit (last writer wins)
    QString createdAtUtc;
    QString updatedAtUtc;
    bool onServer = false; // its row came down from the server at least once
};

} // namespace nexus
