// Notification texts with {placeholders}: which event offers which, rendering with a clear error naming an unknown
// or missing placeholder, and sample values for the manager's preview.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include "common/error.h"
#include "notifications/notificationtypes.h"

namespace nexus {

struct NotificationTemplate
{
    NotificationEvent event = NotificationEvent::OrderReady;
    NotificationChannel channel = NotificationChannel::InApp;
    QString subject; // e-mail subject, in-app title; unused by WhatsApp
    QString body;
    QString whatsappTemplate; // a Meta-approved template name; '' sends the rendered body as text
    bool enabled = true;
    QString updatedBy;
    QString updatedAt;
};

struct RenderedText
{
    QString subject;
    QString body;
    QStringList params; // the values of the body's placeholders in order of appearance (WhatsApp template params)
};

using PlaceholderValues = QMap<QString, QString>; // "cliente" → "Juan Pérez"

// The placeholders (without braces) the event fills in.
[[nodiscard]] QStringList placeholdersFor(NotificationEvent event);
// The placeholders `text` uses, in order of appearance, each once.
[[nodiscard]] QStringList placeholdersIn(const QString &text);
// InvalidInput (field `field`) naming the first placeholder the event does not offer.
[[nodiscard]] Status checkTemplateText(NotificationEvent event, const QString &text, const QString &field);
// Fills {name} from `values`; an unknown name or one without a value is an InvalidInput error naming it.
[[nodiscard]] Result<QString> renderText(const QString &text, const PlaceholderValues &values);
[[nodiscard]] Result<RenderedText> renderTemplate(const NotificationTemplate &tpl, const PlaceholderValues &values);
// Plausible Mexican values for every placeholder of `event`: what the editor's preview shows.
[[nodiscard]] PlaceholderValues samplePlaceholderValues(NotificationEvent event);

} // namespace nexus
