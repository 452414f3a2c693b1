-- Notifications (issue 10): who gets told what. Templates per event and channel with Spanish defaults, the outbox
-- and log of every message (queued in the same transaction as the event that caused it), customers' channel
-- preferences and opt-out, and the reorder points that turn a stock movement into a low-stock alert.
-- Placeholders in templates are {name}: cliente, vehiculo, folio, monto, enlace, sucursal, pieza, existencia,
-- minimo, fecha (core/notifications/notificationtemplate.cpp lists which event offers which).

CREATE TABLE notification_templates (
    event TEXT NOT NULL CHECK (event IN ('order_ready', 'low_stock', 'reorder_alert', 'new_sale', 'quote_sent',
                                         'quote_approved', 'warranty_expiring', 'po_received', 'maintenance_due')),
    channel TEXT NOT NULL CHECK (channel IN ('in_app', 'whatsapp', 'email')),
    subject TEXT NOT NULL DEFAULT '',   -- e-mail subject; in-app title
    body TEXT NOT NULL,
    whatsapp_template TEXT NOT NULL DEFAULT '', -- name of a template approved by Meta; '' sends the body as text
    enabled INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event, channel)
) WITHOUT ROWID;

INSERT INTO notification_templates(event, channel, subject, body) VALUES
    ('order_ready', 'whatsapp', '',
     'Hola {cliente}, tu {vehiculo} ya está listo para entregarse (orden {folio}). Total: {monto}. Te esperamos en {sucursal}. {enlace}'),
    ('order_ready', 'email', 'Tu vehículo está listo — orden {folio}',
     'Hola {cliente}:' || char(10) || char(10) || 'Tu {vehiculo} ya está listo para entregarse (orden {folio}).' || char(10)
     || 'Total a pagar: {monto}.' || char(10) || char(10) || 'Te esperamos en {sucursal}.' || char(10) || '{enlace}'),
    ('order_ready', 'in_app', 'Orden {folio} lista', '{vehiculo} de {cliente} está listo para entregarse.'),
    ('low_stock', 'in_app', 'Existencia baja: {pieza}', 'Quedan {existencia} de {pieza} (mínimo {minimo}).'),
    ('low_stock', 'email', 'Existencia baja: {pieza}', 'Quedan {existencia} de {pieza} en {sucursal} (mínimo {minimo}).'),
    ('reorder_alert', 'in_app', 'Agotado: {pieza}', '{pieza} se agotó en {sucursal}: hay que resurtir.'),
    ('reorder_alert', 'email', 'Agotado: {pieza}', '{pieza} se agotó en {sucursal} (existencia {existencia}): hay que resurtir.'),
    ('new_sale', 'in_app', 'Venta {folio} por {monto}', 'Se registró la venta {folio} por {monto} a {cliente}.'),
    ('new_sale', 'email', 'Venta {folio} por {monto}', 'Se registró la venta {folio} por {monto} a {cliente} en {sucursal}.'),
    ('quote_sent', 'whatsapp', '', 'Hola {cliente}, te enviamos la cotización {folio} por {monto}. {enlace}'),
    ('quote_sent', 'email', 'Cotización {folio}', 'Hola {cliente}:' || char(10) || char(10) || 'Te enviamos la cotización {folio} por {monto}.' || char(10) || '{enlace}'),
    ('quote_approved', 'in_app', 'Cotización {folio} aprobada', '{cliente} aprobó la cotización {folio} por {monto}.'),
    ('warranty_expiring', 'whatsapp', '', 'Hola {cliente}, la garantía de {pieza} (venta {folio}) vence el {fecha}.'),
    ('warranty_expiring', 'email', 'Tu garantía vence el {fecha}', 'Hola {cliente}:' || char(10) || char(10) || 'La garantía de {pieza} (venta {folio}) vence el {fecha}.'),
    ('po_received', 'in_app', 'Pedido {folio} recibido', 'Llegó el pedido {folio} por {monto}.'),
    ('maintenance_due', 'whatsapp', '', 'Hola {cliente}, a tu {vehiculo} le toca servicio el {fecha}. Agenda tu cita en {sucursal}. {enlace}'),
    ('maintenance_due', 'email', 'Servicio de tu {vehiculo}', 'Hola {cliente}:' || char(10) || char(10) || 'A tu {vehiculo} le toca servicio el {fecha}. Agenda tu cita en {sucursal}.' || char(10) || '{enlace}');

-- Every message: the outbox the dispatcher sends from and the log the Notificaciones screen shows.
-- State: queued → sending (claimed and stored BEFORE the provider is called) → sent | delivered | failed;
-- a transient failure puts it back to queued with next_attempt_at. A row still 'sending' at start-up was
-- interrupted after the claim: it is never sent again by itself (see notificationdispatcher.h).
CREATE TABLE notification_messages (
    id TEXT PRIMARY KEY,                -- UUID v7
    idempotency_key TEXT NOT NULL UNIQUE, -- event id + channel + recipient: one event never queues twice; sent to the provider
    event TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('in_app', 'whatsapp', 'email')),
    recipient TEXT NOT NULL DEFAULT '', -- +52… for WhatsApp, an address for e-mail, '' for in-app (the branch)
    customer_id TEXT NOT NULL DEFAULT '',
    ref_type TEXT NOT NULL DEFAULT '',  -- service_order, sale, part…
    ref_id TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    whatsapp_template TEXT NOT NULL DEFAULT '',
    params TEXT NOT NULL DEFAULT '[]',  -- JSON array: the values of the template's placeholders in order (WhatsApp templates)
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,               -- UTC ISO-8601; NULL once nothing more will be tried
    last_error TEXT NOT NULL DEFAULT '', -- the provider's error, as it said it
    provider_message_id TEXT NOT NULL DEFAULT '', -- wamid.…, the SMTP Message-ID
    created_at TEXT NOT NULL,
    sent_at TEXT,
    delivered_at TEXT,
    read_at TEXT                        -- in-app: when someone opened it (the bell counts the unread)
);
CREATE INDEX notification_messages_due ON notification_messages(next_attempt_at) WHERE state = 'queued';
CREATE INDEX notification_messages_log ON notification_messages(created_at);
CREATE INDEX notification_messages_unread ON notification_messages(channel) WHERE read_at IS NULL;
CREATE INDEX notification_messages_provider ON notification_messages(provider_message_id) WHERE provider_message_id <> '';

-- What a customer accepts; no row: every channel they left contact data for.
CREATE TABLE notification_preferences (
    customer_id TEXT PRIMARY KEY,
    whatsapp INTEGER NOT NULL DEFAULT 1,
    email INTEGER NOT NULL DEFAULT 1,
    opted_out INTEGER NOT NULL DEFAULT 0, -- 1: nothing at all, whatever the channels say
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- Reorder point per part and warehouse: a movement that takes the balance from above to at or below it raises
-- low_stock, one that takes it to zero or below raises reorder_alert.
CREATE TABLE stock_alert_levels (
    part_id INTEGER NOT NULL,
    warehouse_id TEXT NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    reorder_point INTEGER NOT NULL CHECK (reorder_point >= 0), -- thousandths
    PRIMARY KEY (part_id, warehouse_id)
) WITHOUT ROWID;
