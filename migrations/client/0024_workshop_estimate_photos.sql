-- Workshop (issue 9): the customer is told when the estimate is ready for approval (a new notification event,
-- estimate_ready, with Spanish defaults for WhatsApp and e-mail), and the inspection checklist keeps photos taken
-- with the camera or attached from a file.
-- SQLite cannot change a CHECK: notification_templates is rebuilt with the new event and its rows copied.

CREATE TABLE notification_templates_new (
    event TEXT NOT NULL CHECK (event IN ('order_ready', 'low_stock', 'reorder_alert', 'new_sale', 'quote_sent',
                                         'quote_approved', 'warranty_expiring', 'po_received', 'maintenance_due',
                                         'estimate_ready')),
    channel TEXT NOT NULL CHECK (channel IN ('in_app', 'whatsapp', 'email')),
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    whatsapp_template TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event, channel)
) WITHOUT ROWID;
INSERT INTO notification_templates_new(event, channel, subject, body, whatsapp_template, enabled, updated_by, updated_at)
    SELECT event, channel, subject, body, whatsapp_template, enabled, updated_by, updated_at FROM notification_templates;
DROP TABLE notification_templates;
ALTER TABLE notification_templates_new RENAME TO notification_templates;

INSERT INTO notification_templates(event, channel, subject, body) VALUES
    ('estimate_ready', 'whatsapp', '',
     'Hola {cliente}, el presupuesto de tu {vehiculo} (orden {folio}) está listo: {monto}. Respóndenos para autorizarlo o llama a {sucursal}. {enlace}'),
    ('estimate_ready', 'email', 'Presupuesto de tu {vehiculo} — orden {folio}',
     'Hola {cliente}:' || char(10) || char(10) || 'El presupuesto de tu {vehiculo} (orden {folio}) está listo: {monto}.' || char(10)
     || 'Respóndenos para autorizarlo y seguimos con la reparación.' || char(10) || char(10) || '{sucursal}' || char(10) || '{enlace}'),
    ('estimate_ready', 'in_app', 'Presupuesto {folio} enviado', 'Se pidió a {cliente} autorizar {monto} para su {vehiculo}.');

-- Photos of the inspection: a checklist item's evidence (a worn pad, a leak). Kept on this device only (see
-- core/workshop/serviceorderphotos.h): the picture is already scaled down by the screen that took it.
CREATE TABLE service_order_photos (
    id TEXT PRIMARY KEY,                -- UUID v7
    order_id TEXT NOT NULL REFERENCES service_orders(id),
    item_no INTEGER NOT NULL,           -- the checklist item it shows
    source TEXT NOT NULL CHECK (source IN ('camera', 'file')),
    mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
    image BLOB NOT NULL,
    taken_by TEXT NOT NULL DEFAULT '',  -- user name
    taken_at TEXT NOT NULL              -- UTC ISO-8601
);
CREATE INDEX service_order_photos_order ON service_order_photos(order_id, item_no);
