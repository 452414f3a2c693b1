// The words printed on customer tickets, in Spanish, in one place. A ticket is a customer document in Mexico and is
// printed in Spanish whatever language the cashier's screen uses, so these are not tr() strings; an English ticket
// would add a second table here and a language parameter to the builders.
#pragma once

#include <QStringView>

namespace nexus::ticketText {

inline constexpr QStringView kRfc = u"RFC: %1";
inline constexpr QStringView kPhone = u"Tel. %1";
inline constexpr QStringView kReprint = u"REIMPRESIÓN";
inline constexpr QStringView kSaleTicket = u"TICKET DE VENTA";
inline constexpr QStringView kCancelled = u"VENTA CANCELADA";
inline constexpr QStringView kDate = u"Fecha:";
inline constexpr QStringView kCashier = u"Cajero:";
inline constexpr QStringView kVehicle = u"Vehículo:";
inline constexpr QStringView kPlates = u"Placas:";
inline constexpr QStringView kVin = u"VIN:";
inline constexpr QStringView kLine = u"%1 x %2";
inline constexpr QStringView kLineDetail = u"%1 @ %2";
inline constexpr QStringView kLineDiscount = u"Descuento";
inline constexpr QStringView kLineWarranty = u"Garantía hasta %1";
inline constexpr QStringView kItems = u"Artículos: %1";
inline constexpr QStringView kSubtotal = u"Subtotal";
inline constexpr QStringView kTax = u"IVA %1%";
inline constexpr QStringView kTaxMixed = u"IVA";
inline constexpr QStringView kTotal = u"TOTAL";
inline constexpr QStringView kSaved = u"Usted ahorró";
inline constexpr QStringView kCash = u"Efectivo";
inline constexpr QStringView kCashUsd = u"Dólares %1 a %2";
inline constexpr QStringView kCardCredit = u"Tarjeta de crédito";
inline constexpr QStringView kCardDebit = u"Tarjeta de débito";
inline constexpr QStringView kTransfer = u"Transferencia";
inline constexpr QStringView kStoreCredit = u"Crédito en tienda";
inline constexpr QStringView kLoyaltyPoints = u"Puntos (%1)";
inline constexpr QStringView kReference = u"Ref. %1";
inline constexpr QStringView kChange = u"Cambio";
inline constexpr QStringView kInvoiceAt = u"Facture su compra en %1 con el folio %2";
inline constexpr QStringView kThanks = u"¡Gracias por su compra!";

} // namespace nexus::ticketText
