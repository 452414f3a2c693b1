// What Chalán answers: a sentence (shown and spoken), cards the panel can act on, suggestions when it did not
// understand, and whether it changed anything.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

#include "assistant/intent.h"
#include "common/money.h"
#include "common/quantity.h"
#include "customers/customer.h"
#include "workshop/serviceorder.h"

namespace nexus {

struct PartCard
{
    qint64 partId = 0;
    QString sku;
    QString name;
    QString brand;
    Money price; // the cart's price list, tax included
    Quantity stockHere; // every warehouse of this branch
    QString stockText; // per warehouse, or the place asked about: "Bodega 2: 4"
    Quantity quantity = Quantity::units(1); // what "Agregar" adds (the quantity that was asked for)
    bool exact = false; // the words were its SKU, barcode or a whole code
};

struct AssistantReply
{
    Intent intent;
    QString text;
    QStringList suggestions; // phrasings Chalán understands, when it did not understand this one
    QList<PartCard> parts;
    std::vector<ServiceOrderCard> orders;
    QList<Customer> customers;
    bool understood = false;
    bool changedCart = false;
    bool refused = false; // permission denied
};

} // namespace nexus
