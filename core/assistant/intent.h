// What Chalán understood from one sentence: the kind of request and its slots (part words, vehicle, quantity, place,
// cart line, folio, person). Produced by IntentParser, carried out by Assistant.
#pragma once

#include <QString>

#include "catalog/catalogquery.h"

namespace nexus {

enum class IntentKind {
    Unknown, // "no te entendí": nothing is done
    SearchParts,
    CheckStock,
    AddToCart,
    RemoveFromCart,
    ChangeQuantity,
    OrderStatus,
    CustomerLookup,
    SalesSummary,
};

// Stable codes for tables, logs and nexus-bench: "unknown", "search", "stock", "add", "remove", "quantity", "order",
// "customer", "sales".
[[nodiscard]] QString intentKindCode(IntentKind kind);

struct Intent
{
    IntentKind kind = IntentKind::Unknown;
    QString partText; // catalogue search words, SearchText-normalised ("balatas delanteras")
    QString code; // a SKU/OEM code as said, punctuation kept ("MOT-2649912", "BKR6E"): tried first, exactly
    VehicleFilter vehicle; // year/make/model said in the sentence (names as the catalogue spells them)
    int quantity = 0; // 0: not said
    int lineNumber = 0; // cart line, 1-based; -1 the last one; 0 not said
    int resultNumber = 0; // "agrega el segundo": 1-based into the last results shown; 0 not said
    QString place; // stock: a warehouse or branch as said ("bodega 2", "zapopan")
    QString folio; // service order folio digits ("15" from "orden 15")
    QString person; // customer name, RFC or phone words ("juan perez")
};

} // namespace nexus
