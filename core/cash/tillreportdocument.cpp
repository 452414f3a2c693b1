// The X/Z report layout: one column of labels and amounts, so it reads the same on 58 mm, 80 mm and PDF.
#include "cash/tillreportdocument.h"

#include "sales/tender.h"

#include <QDateTime>
#include <QLocale>

namespace nexus {

namespace {

QString money(Money amount)
{
    return amount.format(QLocale(QLocale::Spanish, QLocale::Mexico));
}

// Stored UTC, printed in the store's local time.
QString localTime(const QString &utc, const QString &format = QStringLiteral("dd/MM/yyyy HH:mm"))
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(format) : QString();
}

void section(ReceiptDocument &doc, const QString &title)
{
    doc.separator();
    doc.text(title, ReceiptAlign::Left, true);
}

void salesSection(ReceiptDocument &doc, const TillFigures &f)
{
    section(doc, QStringLiteral("VENTAS"));
    doc.columns(QStringLiteral("Ventas"), QString::number(f.salesCount));
    doc.columns(QStringLiteral("Canceladas"), QString::number(f.cancelledCount));
    doc.columns(QStringLiteral("Devoluciones"), QString::number(f.returnsCount));
    doc.columns(QStringLiteral("Subtotal"), money(f.subtotal));
    doc.columns(QStringLiteral("IVA"), money(f.tax));
    doc.columns(QStringLiteral("Descuentos otorgados"), money(f.discounts));
    doc.columns(QStringLiteral("Total vendido"), money(f.gross), true);
    doc.columns(QStringLiteral("Ticket promedio"), money(f.averageTicket));
    doc.columns(QStringLiteral("Total devuelto"), money(f.refunds));
}

void drawerSection(ReceiptDocument &doc, const TillFigures &f)
{
    section(doc, QStringLiteral("EFECTIVO EN CAJA (MXN)"));
    doc.columns(QStringLiteral("Fondo inicial"), money(f.session.openingFloat));
    doc.columns(QStringLiteral("Ventas en efectivo (neto de cambio)"), money(f.cashSales));
    doc.columns(QStringLiteral("Entradas de efectivo"), money(f.cashIn));
    doc.columns(QStringLiteral("Salidas de efectivo"), money(-f.cashOut));
    doc.columns(QStringLiteral("Devoluciones en efectivo"), money(-f.cashRefunds));
    doc.columns(QStringLiteral("Efectivo esperado"), money(f.expectedCash()), true);
}

void expectedTenders(ReceiptDocument &doc, const TillFigures &f)
{
    section(doc, QStringLiteral("ESPERADO POR FORMA DE PAGO"));
    for (const TenderFigure &tender : f.tenders)
        doc.columns(tenderNameEs(tender.method), money(tender.expected));
}

void accountPaymentsSection(ReceiptDocument &doc, const TillFigures &f)
{
    if (f.accountPayments.empty())
        return;
    section(doc, QStringLiteral("ABONOS A CUENTA DE CLIENTES"));
    for (const TenderFigure &tender : f.accountPayments)
        doc.columns(tenderNameEs(tender.method), money(tender.expected));
}

void countedTenders(ReceiptDocument &doc, const TillReport &report)
{
    section(doc, QStringLiteral("ESPERADO VS. CONTADO"));
    for (const TenderCount &tender : report.tenders) {
        doc.text(tenderNameEs(tender.method), ReceiptAlign::Left, true);
        doc.columns(QStringLiteral("Esperado"), money(tender.expected));
        doc.columns(QStringLiteral("Contado"), money(tender.counted));
        const Money difference = tender.difference();
        const QString sign = difference.isNegative() ? QStringLiteral("Faltante")
            : difference.isZero()                    ? QStringLiteral("Diferencia")
                                                     : QStringLiteral("Sobrante");
        doc.columns(sign + (tender.flagged() ? QStringLiteral(" (fuera de tolerancia)") : QString()), money(difference),
            tender.flagged());
    }
}

void countSection(ReceiptDocument &doc, const TillReport &report)
{
    section(doc, QStringLiteral("ARQUEO DE EFECTIVO (MXN)"));
    for (const DenominationCount &count : report.pieces)
        if (count.pieces > 0)
            doc.columns(QStringLiteral("%1 x %2").arg(denominationLabel(count.denominationCents)).arg(count.pieces),
                money(count.amount()));
    doc.columns(QStringLiteral("Total contado"), money(report.countedCash), true);
}

void movementsSection(ReceiptDocument &doc, const TillFigures &f)
{
    section(doc, QStringLiteral("MOVIMIENTOS DE EFECTIVO"));
    if (f.movements.isEmpty())
        doc.text(QStringLiteral("Sin movimientos"));
    for (const CashMovement &movement : f.movements) {
        const bool out = movement.kind == CashMovementKind::Out;
        doc.columns(QStringLiteral("%1 %2: %3")
                        .arg(localTime(movement.atUtc, QStringLiteral("HH:mm")),
                            out ? QStringLiteral("Salida") : QStringLiteral("Entrada"), movement.reason),
            money(out ? -movement.amount : movement.amount));
    }
}

} // namespace

QString tenderNameEs(const QString &method)
{
    if (method == tenderCode(TenderMethod::Cash))
        return QStringLiteral("Efectivo MXN");
    if (method == tenderCode(TenderMethod::CashUsd))
        return QStringLiteral("Efectivo USD");
    if (method == tenderCode(TenderMethod::CardCredit))
        return QStringLiteral("Tarjeta de crédito");
    if (method == tenderCode(TenderMethod::CardDebit))
        return QStringLiteral("Tarjeta de débito");
    if (method == tenderCode(TenderMethod::Transfer))
        return QStringLiteral("Transferencia");
    if (method == tenderCode(TenderMethod::StoreCredit))
        return QStringLiteral("Crédito de tienda");
    if (method == tenderCode(TenderMethod::LoyaltyPoints))
        return QStringLiteral("Puntos");
    return method;
}

ReceiptDocument tillReportDocument(const TillReport &report)
{
    const TillFigures &f = report.figures;
    const bool z = report.kind == TillReportKind::Z;
    ReceiptDocument doc;
    doc.text(z ? QStringLiteral("CORTE Z No. %1").arg(report.zNumber) : QStringLiteral("CORTE X"), ReceiptAlign::Center,
        true, true);
    doc.text(z ? QStringLiteral("Cierre de caja") : QStringLiteral("Corte parcial: la caja sigue abierta"),
        ReceiptAlign::Center);
    doc.separator();
    doc.columns(QStringLiteral("Sucursal"), report.branchName);
    doc.columns(QStringLiteral("Caja"), report.deviceName);
    doc.columns(QStringLiteral("Abrió"), report.openedByName);
    doc.columns(QStringLiteral("Apertura"), localTime(f.session.openedAtUtc));
    if (z) {
        doc.columns(QStringLiteral("Cerró"), report.closedByName);
        doc.columns(QStringLiteral("Cierre"), localTime(f.session.closedAtUtc));
    } else {
        doc.columns(QStringLiteral("Emitido"), localTime(report.printedAtUtc));
    }

    salesSection(doc, f);
    accountPaymentsSection(doc, f);
    drawerSection(doc, f);
    if (z) {
        countedTenders(doc, report);
        countSection(doc, report);
    } else {
        expectedTenders(doc, f);
    }
    movementsSection(doc, f);

    if (z) {
        if (!f.session.closeNote.isEmpty()) {
            doc.separator();
            doc.text(QStringLiteral("Nota: ") + f.session.closeNote);
        }
        doc.feed(2);
        doc.text(QStringLiteral("______________________________"), ReceiptAlign::Center);
        doc.text(QStringLiteral("Firma de quien entrega"), ReceiptAlign::Center);
        doc.feed(1);
        doc.text(QStringLiteral("______________________________"), ReceiptAlign::Center);
        doc.text(QStringLiteral("Firma de quien recibe"), ReceiptAlign::Center);
        // The drawer opens for the count to be handed over.
        doc.kickDrawer();
    }
    doc.feed(2);
    return doc;
}

} // namespace nexus
