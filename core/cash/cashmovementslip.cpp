// The cash in/out slip layout.
#include "cash/cashmovementslip.h"

#include <QDateTime>
#include <QLocale>

namespace nexus {

ReceiptDocument cashMovementDocument(const CashMovementSlip &slip)
{
    const QLocale mx(QLocale::Spanish, QLocale::Mexico);
    const bool out = slip.movement.kind == CashMovementKind::Out;
    const QDateTime at = QDateTime::fromString(slip.movement.atUtc, Qt::ISODateWithMs).toLocalTime();
    ReceiptDocument doc;
    doc.text(out ? QStringLiteral("RETIRO DE EFECTIVO") : QStringLiteral("ENTRADA DE EFECTIVO"), ReceiptAlign::Center,
        true, true);
    doc.separator();
    doc.columns(QStringLiteral("Sucursal"), slip.branchName);
    doc.columns(QStringLiteral("Caja"), slip.deviceName);
    doc.columns(QStringLiteral("Fecha"), at.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    doc.columns(out ? QStringLiteral("Retiró") : QStringLiteral("Ingresó"), slip.userName);
    if (!slip.authorizerName.isEmpty())
        doc.columns(QStringLiteral("Autorizó"), slip.authorizerName);
    doc.separator();
    doc.text(QStringLiteral("Motivo: ") + slip.movement.reason);
    doc.columns(QStringLiteral("Importe"), slip.movement.amount.format(mx), true, true);
    doc.columns(QStringLiteral("Efectivo esperado en caja"), slip.drawerAfter.format(mx));
    doc.feed(2);
    doc.text(QStringLiteral("______________________________"), ReceiptAlign::Center);
    doc.text(out ? QStringLiteral("Firma de quien recibe el efectivo") : QStringLiteral("Firma de quien entrega"),
        ReceiptAlign::Center);
    doc.feed(2);
    doc.kickDrawer();
    return doc;
}

} // namespace nexus
