// {placeholder} rendering: a single pass over the text, so a value containing braces is never expanded again.
#include "notifications/notificationtemplate.h"

#include <QRegularExpression>

namespace nexus {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return pattern;
}

} // namespace

QStringList placeholdersFor(NotificationEvent event)
{
    const QString sucursal = QStringLiteral("sucursal");
    switch (event) {
    case NotificationEvent::OrderReady:
    case NotificationEvent::EstimateReady:
        return { QStringLiteral("cliente"), QStringLiteral("vehiculo"), QStringLiteral("folio"),
            QStringLiteral("monto"), QStringLiteral("enlace"), sucursal };
    case NotificationEvent::LowStock:
    case NotificationEvent::ReorderAlert:
        return { QStringLiteral("pieza"), QStringLiteral("existencia"), QStringLiteral("minimo"), sucursal };
    case NotificationEvent::NewSale:
    case NotificationEvent::QuoteApproved:
    case NotificationEvent::QuoteSent:
        return { QStringLiteral("cliente"), QStringLiteral("folio"), QStringLiteral("monto"), QStringLiteral("enlace"),
            sucursal };
    case NotificationEvent::WarrantyExpiring:
        return { QStringLiteral("cliente"), QStringLiteral("pieza"), QStringLiteral("folio"), QStringLiteral("fecha"),
            QStringLiteral("enlace"), sucursal };
    case NotificationEvent::PoReceived:
    case NotificationEvent::PoSent:
        return { QStringLiteral("folio"), QStringLiteral("monto"), sucursal };
    case NotificationEvent::MaintenanceDue:
        return { QStringLiteral("cliente"), QStringLiteral("vehiculo"), QStringLiteral("servicio"),
            QStringLiteral("fecha"), QStringLiteral("enlace"), sucursal };
    }
    return {};
}

QStringList placeholdersIn(const QString &text)
{
    QStringList names;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(text)) {
        const QString name = match.captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Status checkTemplateText(NotificationEvent event, const QString &text, const QString &field)
{
    const QStringList offered = placeholdersFor(event);
    for (const QString &name : placeholdersIn(text)) {
        if (!offered.contains(name))
            return fail(ErrorCode::InvalidInput,
                NX_ERR("The placeholder {%1} does not exist for this event; use one of: %2"),
                { name, QStringLiteral("{") + offered.join(QStringLiteral("}, {")) + QStringLiteral("}") }, field);
    }
    return {};
}

Result<QString> renderText(const QString &text, const PlaceholderValues &values)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(text)) {
        const QString name = match.captured(1);
        const auto value = values.constFind(name);
        if (value == values.cend())
            return fail(ErrorCode::InvalidInput, NX_ERR("The placeholder {%1} has no value here"), { name },
                QStringLiteral("placeholder"));
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += *value;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

Result<RenderedText> renderTemplate(const NotificationTemplate &tpl, const PlaceholderValues &values)
{
    if (Status ok = checkTemplateText(tpl.event, tpl.subject, QStringLiteral("subject")); !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkTemplateText(tpl.event, tpl.body, QStringLiteral("body")); !ok)
        return std::unexpected(ok.error());
    Result<QString> subject = renderText(tpl.subject, values);
    if (!subject)
        return std::unexpected(subject.error());
    Result<QString> body = renderText(tpl.body, values);
    if (!body)
        return std::unexpected(body.error());
    RenderedText rendered { *subject, *body, {} };
    for (const QString &name : placeholdersIn(tpl.body))
        rendered.params << values.value(name);
    return rendered;
}

PlaceholderValues samplePlaceholderValues(NotificationEvent event)
{
    const PlaceholderValues all {
        { QStringLiteral("cliente"), QStringLiteral("María José Hernández") },
        { QStringLiteral("vehiculo"), QStringLiteral("Nissan Tsuru 2015 (ABC-123-D)") },
        { QStringLiteral("folio"), QStringLiteral("OS-000042") },
        { QStringLiteral("monto"), QStringLiteral("$2,450.00") },
        { QStringLiteral("enlace"), QStringLiteral("https://refaccionaria.mx/o/OS-000042") },
        { QStringLiteral("sucursal"), QStringLiteral("Refaccionaria Centro") },
        { QStringLiteral("pieza"), QStringLiteral("Balata delantera cerámica (BAL-1234)") },
        { QStringLiteral("existencia"), QStringLiteral("2") },
        { QStringLiteral("minimo"), QStringLiteral("5") },
        { QStringLiteral("fecha"), QStringLiteral("15/12/2026") },
        { QStringLiteral("servicio"), QStringLiteral("Cambio de aceite") },
    };
    PlaceholderValues values;
    for (const QString &name : placeholdersFor(event))
        values.insert(name, all.value(name));
    return values;
}

} // namespace nexus
