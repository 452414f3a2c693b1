<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>main</name>
    <message>
        <source>Nexus POS counter client</source>
        <translation>Nexus POS, cliente de mostrador</translation>
    </message>
    <message>
        <source>Folder with this device&apos;s nexus.db and catalog.db.</source>
        <translation>Carpeta con nexus.db y catalog.db de este equipo.</translation>
    </message>
    <message>
        <source>Server to enrol with, e.g. https://127.0.0.1:8443.</source>
        <translation>Servidor con el que registrar el equipo, p. ej. https://127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>One-time enrollment code.</source>
        <translation>Código de registro de un solo uso.</translation>
    </message>
    <message>
        <source>PEM certificate of the server to trust.</source>
        <translation>Certificado PEM del servidor en el que se confía.</translation>
    </message>
    <message>
        <source>Interface language: es_MX or en.</source>
        <translation>Idioma de la interfaz: es_MX o en.</translation>
    </message>
    <message>
        <source>Save the first window as a PNG once it is shown, then quit.</source>
        <translation>Guarda la primera ventana como PNG al mostrarse y termina.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use es_MX or en.
</source>
        <translation>Idioma desconocido «%1»: usa es_MX o en.
</translation>
    </message>
</context>
<context>
    <name>nexus::AdjustmentListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (authorised by %2)</source>
        <translation>%1 (autorizó %2)</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pieza</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
</context>
<context>
    <name>nexus::AdjustmentReason</name>
    <message>
        <source>Shrinkage</source>
        <translation>Merma</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Daño</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Robo</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
</context>
<context>
    <name>nexus::AdjustmentsTab</name>
    <message>
        <source>Choose the part to adjust (F2 searches, Enter chooses)</source>
        <translation>Elige la pieza a ajustar (F2 busca, Enter la elige)</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>Al&amp;macén</translation>
    </message>
    <message>
        <source>&amp;Pieces (−2 out, +1 in)</source>
        <translation>&amp;Piezas (−2 salen, +1 entran)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Mot&amp;ivo</translation>
    </message>
    <message>
        <source>N&amp;ote (required for theft and corrections)</source>
        <translation>&amp;Nota (obligatoria en robo y corrección)</translation>
    </message>
    <message>
        <source>Record adjustment (F12)</source>
        <translation>Registrar ajuste (F12)</translation>
    </message>
    <message>
        <source>Latest adjustments</source>
        <translation>Últimos ajustes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose the part to adjust first (F2).</source>
        <translation>Primero elige la pieza a ajustar (F2).</translation>
    </message>
    <message>
        <source>Type how many pieces: negative takes them out (-2), positive adds them (+1).</source>
        <translation>Escribe cuántas piezas: en negativo salen (-2), en positivo entran (+1).</translation>
    </message>
    <message>
        <source>Adjusting the stock of %1 by %2 needs a manager. A manager must authorise it with their PIN.</source>
        <translation>Ajustar la existencia de %1 en %2 requiere un gerente. Un gerente debe autorizarlo con su NIP.</translation>
    </message>
    <message>
        <source>Adjustment %1 recorded: %2 %3 in %4.</source>
        <translation>Ajuste %1 registrado: %2 de %3 en %4.</translation>
    </message>
</context>
<context>
    <name>nexus::AlertListModel</name>
    <message>
        <source>Resolved %1</source>
        <translation>Resuelta %1</translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation>Vista por %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencia</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Punto reorden</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>Pedir</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>nexus::Area</name>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Counter sale: find parts by code, name or vehicle, build the ticket, take payment and print.</source>
        <translation>Venta de mostrador: busca refacciones por código, nombre o vehículo, arma el ticket, cobra e imprime.</translation>
    </message>
    <message>
        <source>Customers with their tax data (RFC), vehicles, credit and purchase history.</source>
        <translation>Clientes con sus datos fiscales (RFC), vehículos, crédito e historial de compras.</translation>
    </message>
    <message>
        <source>Service orders on a board: reception, diagnosis, repair and delivery, per mechanic.</source>
        <translation>Órdenes de servicio en un tablero: recepción, diagnóstico, reparación y entrega, por mecánico.</translation>
    </message>
    <message>
        <source>Stock per warehouse, movements, transfers between branches and physical counts.</source>
        <translation>Existencias por almacén, movimientos, traspasos entre sucursales e inventarios físicos.</translation>
    </message>
    <message>
        <source>Purchase orders to suppliers and receipt of goods into stock.</source>
        <translation>Órdenes de compra a proveedores y recepción de mercancía al almacén.</translation>
    </message>
    <message>
        <source>CFDI 4.0 electronic invoices for sales, with stamping, cancellation and sending.</source>
        <translation>Facturas electrónicas CFDI 4.0 de las ventas: timbrado, cancelación y envío.</translation>
    </message>
    <message>
        <source>Sales, cash closing, margins and stock reports for this branch.</source>
        <translation>Reportes de ventas, cortes de caja, márgenes y existencias de esta sucursal.</translation>
    </message>
    <message>
        <source>Branch, users, ticket printer, scanner and connection to the server.</source>
        <translation>Sucursal, usuarios, impresora de tickets, lector de códigos y conexión con el servidor.</translation>
    </message>
</context>
<context>
    <name>nexus::AreaPage</name>
    <message>
        <source>This screen is not part of this version yet.</source>
        <translation>Esta pantalla todavía no forma parte de esta versión.</translation>
    </message>
</context>
<context>
    <name>nexus::Assistant</name>
    <message>
        <source>I didn&apos;t get that. You can ask me, for example:</source>
        <translation>No te entendí. Puedes preguntarme, por ejemplo:</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>refacciones</translation>
    </message>
    <message>
        <source>I found no %1.</source>
        <translation>No encontré %1.</translation>
    </message>
    <message>
        <source>I found no %1 for %2.</source>
        <translation>No encontré %1 para %2.</translation>
    </message>
    <message>
        <source>%1 %2 at %3, %4 in stock</source>
        <translation>%1 %2 a %3, %4 en existencia</translation>
    </message>
    <message numerus="yes">
        <source>I found %n option(s). The first: %1.</source>
        <translation>
            <numerusform>Encontré %n opción. La primera: %1.</numerusform>
            <numerusform>Encontré %n opciones. La primera: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %1 I found %n option(s). The first: %2.</source>
        <translation>
            <numerusform>Para %1 encontré %n opción. La primera: %2.</numerusform>
            <numerusform>Para %1 encontré %n opciones. La primera: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 here (%3)</source>
        <translation>%1: %2 aquí (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>I don&apos;t know a warehouse or branch called &quot;%1&quot;. This branch has: %2.</source>
        <translation>No conozco un almacén o sucursal llamado «%1». Esta sucursal tiene: %2.</translation>
    </message>
    <message>
        <source>Other branches as of their last sync.</source>
        <translation>Otras sucursales según su última sincronización.</translation>
    </message>
    <message>
        <source>Open the Sale screen to use the ticket.</source>
        <translation>Abre la pantalla de Venta para usar el ticket.</translation>
    </message>
    <message>
        <source>Added %1 × %2 to the ticket.</source>
        <translation>Agregué %1 × %2 al ticket.</translation>
    </message>
    <message>
        <source>There is no result %1 on screen: ask me for the part first.</source>
        <translation>No hay un resultado %1 en pantalla: primero pídeme la pieza.</translation>
    </message>
    <message>
        <source>I found no %1: nothing was added.</source>
        <translation>No encontré %1: no agregué nada.</translation>
    </message>
    <message numerus="yes">
        <source>I found %n option(s) for %1. Which one do I add? Press &quot;Add&quot; or say &quot;agrega el primero&quot;.</source>
        <translation>
            <numerusform>Encontré %n opción de %1. ¿Cuál agrego? Oprime «Agregar» o di «agrega el primero».</numerusform>
            <numerusform>Encontré %n opciones de %1. ¿Cuál agrego? Oprime «Agregar» o di «agrega el primero».</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket is empty.</source>
        <translation>El ticket está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>The ticket has %n line(s).</source>
        <translation>
            <numerusform>El ticket tiene %n línea.</numerusform>
            <numerusform>El ticket tiene %n líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no %1 on the ticket.</source>
        <translation>No hay %1 en el ticket.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines match %1: tell me the line number.</source>
        <translation>
            <numerusform>%n línea coincide con %1: dime el número de línea.</numerusform>
            <numerusform>%n líneas coinciden con %1: dime el número de línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 from the ticket.</source>
        <translation>Quité %1 del ticket.</translation>
    </message>
    <message>
        <source>%1 now has %2.</source>
        <translation>%1 ahora tiene %2.</translation>
    </message>
    <message>
        <source>I found no service order like that.</source>
        <translation>No encontré una orden de servicio así.</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) is %4.</source>
        <translation>La orden %1 (%2, %3) está en %4.</translation>
    </message>
    <message>
        <source>Promised for %1.</source>
        <translation>Prometida para %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es).</source>
        <translation>
            <numerusform>Hay %n coincidencia más.</numerusform>
            <numerusform>Hay %n coincidencias más.</numerusform>
        </translation>
    </message>
    <message>
        <source>I found no customer &quot;%1&quot;.</source>
        <translation>No encontré al cliente «%1».</translation>
    </message>
    <message>
        <source>%1, RFC %2, phone %3.</source>
        <translation>%1, RFC %2, teléfono %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>I found %n customers; the first is %1.</source>
        <translation>
            <numerusform>Encontré %n cliente; es %1.</numerusform>
            <numerusform>Encontré %n clientes; el primero es %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager can see today&apos;s sales.</source>
        <translation>Solo un gerente puede ver las ventas de hoy.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n ticket(s) for %1.</source>
        <translation>
            <numerusform>Hoy: %n ticket por %1.</numerusform>
            <numerusform>Hoy: %n tickets por %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled.</source>
        <translation>
            <numerusform>%n cancelado.</numerusform>
            <numerusform>%n cancelados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::AssistantDock</name>
    <message>
        <source>Chalán (%1)</source>
        <translation>Chalán (%1)</translation>
    </message>
</context>
<context>
    <name>nexus::AssistantPane</name>
    <message>
        <source>Changing Chalán online needs a manager. A manager must authorise it with their PIN.</source>
        <translation>Cambiar Chalán en línea requiere un gerente. Un gerente debe autorizarlo con su NIP.</translation>
    </message>
    <message>
        <source>Asking Chalán online…</source>
        <translation>Consultando a Chalán en línea…</translation>
    </message>
    <message>
        <source>Chalán online: %1</source>
        <translation>Chalán en línea: %1</translation>
    </message>
    <message>
        <source>Chalán online is off: the rules answer alone.</source>
        <translation>Chalán en línea está apagado: responden solo las reglas.</translation>
    </message>
    <message>
        <source>Online…</source>
        <translation>En línea…</translation>
    </message>
    <message>
        <source>Settings of Chalán online (managers)</source>
        <translation>Configuración de Chalán en línea (gerentes)</translation>
    </message>
</context>
<context>
    <name>nexus::AssistantPanel</name>
    <message>
        <source>Chalán, your assistant</source>
        <translation>Chalán, tu asistente</translation>
    </message>
    <message>
        <source>Spoken replies</source>
        <translation>Respuestas en voz</translation>
    </message>
    <message>
        <source>Read Chalán&apos;s replies aloud (saved for you)</source>
        <translation>Leer en voz alta las respuestas de Chalán (se guarda para ti)</translation>
    </message>
    <message>
        <source>Ask Chalán, e.g. &quot;¿tienes balatas para Tsuru 2015?&quot;</source>
        <translation>Pregúntale a Chalán, p. ej. «¿tienes balatas para Tsuru 2015?»</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>The catalogue has not arrived on this computer yet: I cannot answer until it does.</source>
        <translation>El catálogo todavía no llega a este equipo: no puedo contestar hasta que llegue.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Stock: %1</source>
        <translation>Existencia: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <source>Mechanic: %1</source>
        <translation>Mecánico: %1</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>Prometida: %1</translation>
    </message>
    <message>
        <source>RFC: %1</source>
        <translation>RFC: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Credit limit: %1</source>
        <translation>Límite de crédito: %1</translation>
    </message>
    <message>
        <source>Voice input settings: offline or online transcription</source>
        <translation>Ajustes de voz: transcripción sin conexión o en línea</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Enviar (%1)</translation>
    </message>
    <message>
        <source>Talk (%1)</source>
        <translation>Hablar (%1)</translation>
    </message>
    <message>
        <source>This computer has no offline speech engine: choose the online transcription service in the voice settings, or type.</source>
        <translation>Esta computadora no tiene motor de voz sin conexión: elige el servicio de transcripción en línea en los ajustes de voz, o escribe.</translation>
    </message>
    <message>
        <source>Talk to Chalán: press to listen, press again to send (%1)</source>
        <translation>Háblale a Chalán: oprime para escuchar y otra vez para enviar (%1)</translation>
    </message>
    <message>
        <source>Listening… press %1 or the button to send</source>
        <translation>Escuchando… oprime %1 o el botón para enviar</translation>
    </message>
    <message>
        <source>I heard nothing: press the button and speak, then press it again.</source>
        <translation>No escuché nada: oprime el botón y habla, luego oprímelo otra vez.</translation>
    </message>
    <message>
        <source>Transcribing what you said…</source>
        <translation>Transcribiendo lo que dijiste…</translation>
    </message>
    <message>
        <source>I cannot reach the transcription service right now (no line?): type your question, or try again when the line is back.</source>
        <translation>No puedo conectar con el servicio de transcripción ahorita (¿no hay línea?): escribe tu pregunta, o intenta de nuevo cuando vuelva la línea.</translation>
    </message>
    <message>
        <source>I could not transcribe what you said: %1</source>
        <translation>No pude transcribir lo que dijiste: %1</translation>
    </message>
    <message>
        <source>I did not catch that: try again closer to the microphone, or type.</source>
        <translation>No te escuché bien: intenta de nuevo más cerca del micrófono, o escribe.</translation>
    </message>
    <message>
        <source>Changing how Chalán listens needs a manager. A manager must authorise it with their PIN.</source>
        <translation>Cambiar cómo escucha Chalán requiere un gerente. Un gerente debe autorizarlo con su NIP.</translation>
    </message>
    <message>
        <source>The online transcription service cannot be reached: the offline engine listened.</source>
        <translation>No hay conexión con el servicio de transcripción en línea: escuchó el motor sin conexión.</translation>
    </message>
    <message>
        <source>I heard “%1”. Shall I do it on the ticket? Enter: yes · Esc: no</source>
        <translation>Escuché «%1». ¿Lo hago en el ticket? Enter: sí · Esc: no</translation>
    </message>
    <message>
        <source>Yes, do it</source>
        <translation>Sí, hazlo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Shall I do it?</source>
        <translation>¿Lo hago?</translation>
    </message>
    <message>
        <source>All right, I left the ticket as it was.</source>
        <translation>Está bien, dejé el ticket como estaba.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Start again: Chalán forgets what was asked before</source>
        <translation>Empezar de nuevo: Chalán olvida lo que se preguntó antes</translation>
    </message>
    <message>
        <source>Parts are added to a sale at the counter.</source>
        <translation>Las refacciones se agregan a una venta en el mostrador.</translation>
    </message>
    <message>
        <source>The large-vocabulary engine cannot listen (%1): the offline command engine listened.</source>
        <translation>El motor de vocabulario amplio no puede escuchar (%1): escuchó el motor de comandos sin conexión.</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
</context>
<context>
    <name>nexus::BrandPanel</name>
    <message>
        <source>Point of sale for auto parts stores and repair workshops</source>
        <translation>Punto de venta para refaccionarias y talleres</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>SUCURSAL</translation>
    </message>
    <message>
        <source>Version %1 · works without internet</source>
        <translation>Versión %1 · funciona sin internet</translation>
    </message>
</context>
<context>
    <name>nexus::CameraFrameSource</name>
    <message>
        <source>The camera stopped working: %1</source>
        <translation>La cámara dejó de funcionar: %1</translation>
    </message>
</context>
<context>
    <name>nexus::CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Escanear con cámara</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Encendiendo la cámara…</translation>
    </message>
    <message>
        <source>Hold the part&apos;s barcode in front of the camera.</source>
        <translation>Pon el código de barras de la pieza frente a la cámara.</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>%1 (%2) is not a part of this catalogue. Show another barcode, or Esc to close.</source>
        <translation>%1 (%2) no es una pieza de este catálogo. Muestra otro código de barras o cierra con Esc.</translation>
    </message>
</context>
<context>
    <name>nexus::CampaignExportDialog</name>
    <message>
        <source>Customers of a segment, for a campaign</source>
        <translation>Clientes de un segmento, para una campaña</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <source>Any churn risk</source>
        <translation>Cualquier riesgo de abandono</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Not enough purchases</source>
        <translation>Sin ritmo todavía</translation>
    </message>
    <message>
        <source>T&amp;ag</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <source>&amp;Churn risk</source>
        <translation>&amp;Riesgo de abandono</translation>
    </message>
    <message>
        <source>&amp;Last purchase between</source>
        <translation>Ú&amp;ltima compra entre</translation>
    </message>
    <message>
        <source>campaign-%1.csv</source>
        <translation>campana-%1.csv</translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation>&amp;Archivo CSV</translation>
    </message>
    <message>
        <source>Customers who opted out of a channel are listed without that contact; those who opted out of every channel are left out.</source>
        <translation>Quien pidió no recibir mensajes por un medio aparece sin ese contacto; quien no quiere recibir ninguno queda fuera.</translation>
    </message>
    <message>
        <source>Back  (Esc)</source>
        <translation>Regresar  (Esc)</translation>
    </message>
    <message>
        <source>Write CSV  (Enter)</source>
        <translation>Escribir CSV  (Enter)</translation>
    </message>
    <message>
        <source>Say where to write the CSV.</source>
        <translation>Indica dónde escribir el CSV.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1</source>
        <translation>
            <numerusform>%n cliente escrito en %1</numerusform>
            <numerusform>%n clientes escritos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n left out: opted out of every channel)</source>
        <translation>
            <numerusform>(%n fuera: no quiere recibir mensajes)</numerusform>
            <numerusform>(%n fuera: no quieren recibir mensajes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::CampaignList</name>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <source>Not enough purchases</source>
        <translation>Sin ritmo todavía</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Customers for a campaign</source>
        <translation>Clientes para una campaña</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) of the segment opted out of every channel and are not listed</source>
        <translation>
            <numerusform>%n cliente del segmento no quiere recibir mensajes por ningún medio y no aparece</numerusform>
            <numerusform>%n clientes del segmento no quieren recibir mensajes por ningún medio y no aparecen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::CartLineTransferDialog</name>
    <message>
        <source>Ask another branch</source>
        <translation>Pedir a otra sucursal</translation>
    </message>
    <message>
        <source>Ask another branch for this part</source>
        <translation>Pedir esta refacción a otra sucursal</translation>
    </message>
    <message>
        <source>&amp;Branch (stock as of its last synchronisation)</source>
        <translation>&amp;Sucursal (existencia según su última sincronización)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>&amp;Note for the other branch</source>
        <translation>&amp;Nota para la otra sucursal</translation>
    </message>
    <message>
        <source>Optional: customer waiting, urgency…</source>
        <translation>Opcional: cliente esperando, urgencia…</translation>
    </message>
    <message>
        <source>&amp;Take the line off the ticket (the pieces are not here to sell)</source>
        <translation>&amp;Quitar la línea del ticket (las piezas no están aquí para venderse)</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Send request  (F12)</source>
        <translation>Enviar solicitud  (F12)</translation>
    </message>
    <message>
        <source>No other branch is known on this computer yet: synchronise with head office first.</source>
        <translation>Esta computadora aún no conoce otras sucursales: primero sincronice con la matriz.</translation>
    </message>
    <message>
        <source>Choose the branch to ask</source>
        <translation>Elija la sucursal a la que se pide</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero</source>
        <translation>La cantidad debe ser mayor que cero</translation>
    </message>
</context>
<context>
    <name>nexus::CartModel</name>
    <message>
        <source>F7 changes the warehouse this item comes from</source>
        <translation>F7 cambia el almacén del que sale esta pieza</translation>
    </message>
    <message>
        <source>%1 · %2 in stock</source>
        <translation>%1 · %2 en existencia</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Qty.</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>P. unitario</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Desc.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
</context>
<context>
    <name>nexus::CashMovementDialog</name>
    <message>
        <source>Cash &amp;in</source>
        <translation>&amp;Entrada de efectivo</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>&amp;Salida de efectivo</translation>
    </message>
    <message>
        <source>&amp;Amount (MXN)</source>
        <translation>&amp;Importe (MXN)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cash out of the till</source>
        <translation>Salida de efectivo de la caja</translation>
    </message>
    <message>
        <source>Cash into the till</source>
        <translation>Entrada de efectivo a la caja</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <source>e.g. supplier payment, deposit to the bank</source>
        <translation>p. ej. pago a proveedor, depósito al banco</translation>
    </message>
    <message>
        <source>e.g. change from the main office</source>
        <translation>p. ej. morralla enviada por la matriz</translation>
    </message>
    <message>
        <source>The drawer should hold %1 in pesos.</source>
        <translation>En el cajón debe haber %1 en pesos.</translation>
    </message>
    <message>
        <source>Taking %1 out of the till needs a manager. A manager must authorise it with their PIN.</source>
        <translation>Retirar %1 de la caja requiere a un gerente. Un gerente debe autorizarlo con su PIN.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Inicia sesión primero.</translation>
    </message>
    <message>
        <source>The withdrawal was not authorised.</source>
        <translation>El retiro no fue autorizado.</translation>
    </message>
</context>
<context>
    <name>nexus::ChannelSettingsForm</name>
    <message>
        <source>Channels saved: messages go out with these settings from now on.</source>
        <translation>Canales guardados: los mensajes salen con estos datos desde ahora.</translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation>WhatsApp Business</translation>
    </message>
    <message>
        <source>Send by WhatsApp</source>
        <translation>Enviar por WhatsApp</translation>
    </message>
    <message>
        <source>Phone number id</source>
        <translation>Id. del número de teléfono</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Stored; type to replace it</source>
        <translation>Guardado (escribe otro)</translation>
    </message>
    <message>
        <source>From Meta&apos;s Business settings</source>
        <translation>De la configuración de Meta Business</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Meta&apos;s own (leave empty)</source>
        <translation>La de Meta (déjalo vacío)</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>Correo (SMTP)</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Enviar por correo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Sender&apos;s address</source>
        <translation>Correo del remitente</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Require an encrypted connection (STARTTLS)</source>
        <translation>Exigir conexión cifrada (STARTTLS)</translation>
    </message>
    <message>
        <source>Staff&apos;s e-mail for alerts</source>
        <translation>Correo del personal para alertas</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>nexus::Checklist</name>
    <message>
        <source>Brakes (pads, discs, fluid)</source>
        <translation>Frenos (balatas, discos, líquido)</translation>
    </message>
    <message>
        <source>Tires and pressure</source>
        <translation>Llantas y presión</translation>
    </message>
    <message>
        <source>Suspension and steering</source>
        <translation>Suspensión y dirección</translation>
    </message>
    <message>
        <source>Lights</source>
        <translation>Luces</translation>
    </message>
    <message>
        <source>Fluid levels</source>
        <translation>Niveles de fluidos</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Belts and hoses</source>
        <translation>Bandas y mangueras</translation>
    </message>
    <message>
        <source>Filters (air, oil, cabin)</source>
        <translation>Filtros (aire, aceite, cabina)</translation>
    </message>
    <message>
        <source>Wipers</source>
        <translation>Limpiaparabrisas</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>Fugas</translation>
    </message>
    <message>
        <source>Exhaust</source>
        <translation>Escape</translation>
    </message>
</context>
<context>
    <name>nexus::ChecklistState</name>
    <message>
        <source>Not checked</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>nexus::ClaimDialog</name>
    <message>
        <source>New warranty claim</source>
        <translation>Nueva reclamación de garantía</translation>
    </message>
    <message>
        <source>Ticket %1 of %2 · %3 · %4 sold · warranty %5, until %6</source>
        <translation>Ticket %1 del %2 · %3 · %4 vendidos · garantía de %5, hasta el %6</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>&amp;What is wrong</source>
        <translation>&amp;Qué falla</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>No funciona</translation>
    </message>
    <message>
        <source>Noise or vibration</source>
        <translation>Ruido o vibración</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>Fuga</translation>
    </message>
    <message>
        <source>Premature wear</source>
        <translation>Desgaste prematuro</translation>
    </message>
    <message>
        <source>Broken or cracked</source>
        <translation>Rota o estrellada</translation>
    </message>
    <message>
        <source>The work has to be redone</source>
        <translation>Hay que rehacer el trabajo</translation>
    </message>
    <message>
        <source>Choose or type what the customer reports</source>
        <translation>Elija o escriba lo que reporta el cliente</translation>
    </message>
    <message>
        <source>The customer left the defective &amp;piece</source>
        <translation>El cliente dejó la &amp;pieza defectuosa</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Attach photo or file  (F3)</source>
        <translation>Adjuntar foto o archivo  (F3)</translation>
    </message>
    <message>
        <source>Open claim  (F12)</source>
        <translation>Abrir reclamación  (F12)</translation>
    </message>
    <message>
        <source>Evidence of the claim</source>
        <translation>Evidencia de la reclamación</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>Fotos y documentos (*.jpg *.jpeg *.png *.pdf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>nexus::ClaimListModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Reclamado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
</context>
<context>
    <name>nexus::CloseTillDialog</name>
    <message>
        <source>Close the till</source>
        <translation>Corte de caja</translation>
    </message>
    <message>
        <source>No till is open on this computer: there is nothing to close.</source>
        <translation>No hay caja abierta en este equipo: no hay nada que cerrar.</translation>
    </message>
    <message>
        <source>Till open since %1 with a float of %2. Count the pesos in the drawer bill by bill and coin by coin, then the other payments; Enter moves to the next field.</source>
        <translation>Caja abierta desde %1 con un fondo de %2. Cuenta los pesos del cajón billete por billete y moneda por moneda, luego las demás formas de pago; Enter pasa al siguiente campo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close till (F12)</source>
        <translation>Cerrar caja (F12)</translation>
    </message>
    <message>
        <source>Cash count (pesos)</source>
        <translation>Arqueo de efectivo (pesos)</translation>
    </message>
    <message>
        <source>Bill / coin</source>
        <translation>Billete / moneda</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Piezas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Bills of %1</source>
        <translation>Billetes de %1</translation>
    </message>
    <message>
        <source>Coins of %1</source>
        <translation>Monedas de %1</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Expected against counted</source>
        <translation>Esperado contra contado</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Counted %1</source>
        <translation>%1 contado</translation>
    </message>
    <message>
        <source>Cards: the terminal&apos;s batch total. Transfers: what the bank shows. Dollars are counted in dollars. Store credit is not counted.</source>
        <translation>Tarjetas: el total del cierre de la terminal. Transferencias: lo que muestra el banco. Los dólares se cuentan en dólares. El crédito de tienda no se cuenta.</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Nota (opcional)</translation>
    </message>
    <message>
        <source>Till closed</source>
        <translation>Caja cerrada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;Print Z report</source>
        <translation>&amp;Imprimir corte Z</translation>
    </message>
    <message>
        <source>Cash (pesos)</source>
        <translation>Efectivo (pesos)</translation>
    </message>
    <message>
        <source>Cash (dollars)</source>
        <translation>Efectivo (dólares)</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Crédito de tienda</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>sobran %1</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Inicia sesión primero.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The pesos square with what was expected.</source>
        <translation>Los pesos cuadran con lo esperado.</translation>
    </message>
    <message>
        <source>The pesos are %1 short.</source>
        <translation>Faltan %1 en pesos.</translation>
    </message>
    <message>
        <source>The pesos are %1 over.</source>
        <translation>Sobran %1 en pesos.</translation>
    </message>
    <message>
        <source>A difference is beyond the tolerance: head office will be told.</source>
        <translation>Hay una diferencia fuera de la tolerancia: se avisará a la matriz.</translation>
    </message>
    <message>
        <source>After closing, no sale is possible until a new till is opened. Press Confirm close to finish.</source>
        <translation>Después del cierre no se puede vender hasta abrir una caja nueva. Pulsa Confirmar cierre para terminar.</translation>
    </message>
    <message>
        <source>Confirm close (F12)</source>
        <translation>Confirmar cierre (F12)</translation>
    </message>
    <message>
        <source>Z report No. %1</source>
        <translation>Corte Z No. %1</translation>
    </message>
    <message>
        <source>Enter the counted total of %1.</source>
        <translation>Captura el total contado de %1.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Puntos de lealtad</translation>
    </message>
</context>
<context>
    <name>nexus::CountLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>System then</source>
        <translation>Sistema al contar</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Contado el</translation>
    </message>
</context>
<context>
    <name>nexus::CounterMenu</name>
    <message>
        <source>Printing %1 failed: %2</source>
        <translation>No se pudo imprimir %1: %2</translation>
    </message>
    <message>
        <source>the till report</source>
        <translation>el corte de caja</translation>
    </message>
    <message>
        <source>This computer cannot sell yet.</source>
        <translation>Esta computadora todavía no puede vender.</translation>
    </message>
    <message>
        <source>Ticket not printed: %1</source>
        <translation>Ticket no impreso: %1</translation>
    </message>
    <message>
        <source>the return slip</source>
        <translation>el comprobante de devolución</translation>
    </message>
    <message>
        <source>Return %1 recorded; slip not printed: %2</source>
        <translation>Devolución %1 registrada; comprobante no impreso: %2</translation>
    </message>
    <message>
        <source>Return %1 recorded</source>
        <translation>Devolución %1 registrada</translation>
    </message>
    <message>
        <source>Till  (F10)</source>
        <translation>Caja  (F10)</translation>
    </message>
    <message>
        <source>Cash in…</source>
        <translation>Entrada de efectivo…</translation>
    </message>
    <message>
        <source>Cash out…</source>
        <translation>Salida de efectivo…</translation>
    </message>
    <message>
        <source>X report (till so far)</source>
        <translation>Corte X (caja hasta ahora)</translation>
    </message>
    <message>
        <source>Close the till (Z report)…</source>
        <translation>Cerrar caja (corte Z)…</translation>
    </message>
    <message>
        <source>Return of a ticket…</source>
        <translation>Devolución de un ticket…</translation>
    </message>
    <message>
        <source>Reprint a ticket…</source>
        <translation>Reimprimir un ticket…</translation>
    </message>
    <message>
        <source>Changing the ticket printer needs a manager. A manager must authorise it with their PIN.</source>
        <translation>Cambiar la impresora de tickets requiere a un gerente. Un gerente debe autorizarlo con su PIN.</translation>
    </message>
    <message>
        <source>Read a barcode from a picture…</source>
        <translation>Leer un código de barras de una foto…</translation>
    </message>
    <message>
        <source>Labels of the ticket&apos;s parts (PDF)…</source>
        <translation>Etiquetas de las piezas del ticket (PDF)…</translation>
    </message>
    <message>
        <source>Ticket printer…</source>
        <translation>Impresora de tickets…</translation>
    </message>
    <message>
        <source>Customer of the sale…</source>
        <translation>Cliente de la venta…</translation>
    </message>
    <message>
        <source>Payment on a customer&apos;s account…</source>
        <translation>Abono a la cuenta de un cliente…</translation>
    </message>
    <message>
        <source>Changing the invoicing settings needs a manager. A manager must authorise it with their PIN.</source>
        <translation>Cambiar los ajustes de facturación requiere un gerente. Un gerente debe autorizarlo con su NIP.</translation>
    </message>
    <message>
        <source>Invoice a ticket (CFDI)…</source>
        <translation>Facturar un ticket (CFDI)…</translation>
    </message>
    <message>
        <source>Invoicing (CFDI) settings…</source>
        <translation>Ajustes de facturación (CFDI)…</translation>
    </message>
    <message>
        <source>Invoices, credit notes and payment receipts (CFDI)…</source>
        <translation>Facturas, notas de crédito y recibos de pago (CFDI)…</translation>
    </message>
    <message>
        <source>Warranties and claims…</source>
        <translation>Garantías y reclamaciones…</translation>
    </message>
    <message>
        <source>Save as quote…</source>
        <translation>Guardar como cotización…</translation>
    </message>
    <message>
        <source>Quotes…</source>
        <translation>Cotizaciones…</translation>
    </message>
    <message>
        <source>Scan a barcode with the camera…</source>
        <translation>Escanear un código de barras con la cámara…</translation>
    </message>
    <message>
        <source>Scan with the camera (no camera found)</source>
        <translation>Escanear con la cámara (no se encontró cámara)</translation>
    </message>
</context>
<context>
    <name>nexus::CountsTab</name>
    <message>
        <source>C&amp;ount in progress</source>
        <translation>Conteo en c&amp;urso</translation>
    </message>
    <message>
        <source>New count of &amp;warehouse</source>
        <translation>Nuevo conteo del al&amp;macén</translation>
    </message>
    <message>
        <source>Only the catego&amp;ry (empty: all)</source>
        <translation>Solo la cate&amp;goría (vacío: todas)</translation>
    </message>
    <message>
        <source>Open count (F3)</source>
        <translation>Abrir conteo (F3)</translation>
    </message>
    <message>
        <source>Pieces &amp;counted (empty: one per scan)</source>
        <translation>&amp;Piezas contadas (vacío: una por escaneo)</translation>
    </message>
    <message>
        <source>Post differences (F12)</source>
        <translation>Aplicar diferencias (F12)</translation>
    </message>
    <message>
        <source>Cancel count (F8)</source>
        <translation>Cancelar conteo (F8)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>all parts</source>
        <translation>todas las piezas</translation>
    </message>
    <message>
        <source>No count open: F3 opens one</source>
        <translation>No hay conteo abierto: F3 abre uno</translation>
    </message>
    <message>
        <source>Open a count (F3), then scan or search each part of the shelf.</source>
        <translation>Abre un conteo (F3) y luego escanea o busca cada pieza del anaquel.</translation>
    </message>
    <message>
        <source>%1 parts counted, %2 with a difference.</source>
        <translation>%1 piezas contadas, %2 con diferencia.</translation>
    </message>
    <message>
        <source>Count %1 opened: scan or search each part (F2).</source>
        <translation>Conteo %1 abierto: escanea o busca cada pieza (F2).</translation>
    </message>
    <message>
        <source>Open a count first (F3).</source>
        <translation>Primero abre un conteo (F3).</translation>
    </message>
    <message>
        <source>%1 is in the category %2, not in %3: this count does not take it.</source>
        <translation>%1 es de la categoría %2, no de %3: este conteo no la incluye.</translation>
    </message>
    <message>
        <source>Type how many pieces there are, or leave it empty to count one per scan.</source>
        <translation>Escribe cuántas piezas hay, o déjalo vacío para contar una por escaneo.</translation>
    </message>
    <message>
        <source>%1: %2 counted.</source>
        <translation>%1: %2 contadas.</translation>
    </message>
    <message>
        <source>Posting the count %1 changes the stock: a manager must authorise it with their PIN.</source>
        <translation>Aplicar el conteo %1 cambia las existencias: un gerente debe autorizarlo con su NIP.</translation>
    </message>
    <message>
        <source>Count %1 posted: %2 parts adjusted.</source>
        <translation>Conteo %1 aplicado: %2 piezas ajustadas.</translation>
    </message>
    <message>
        <source>Count %1 cancelled: nothing was changed.</source>
        <translation>Conteo %1 cancelado: no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) with stock not counted yet: posting sets them to zero.</source>
        <translation>
            <numerusform>%n pieza con existencia sin contar: al aplicar el conteo queda en cero.</numerusform>
            <numerusform>%n piezas con existencia sin contar: al aplicar el conteo quedan en cero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Full count</source>
        <translation>Conteo total</translation>
    </message>
    <message numerus="yes">
        <source>This is a full count of the warehouse: %n part(s) nobody counted will be set to zero (%1 pieces leave the stock). Post the count?</source>
        <translation>
            <numerusform>Es un conteo total del almacén: %n pieza que nadie contó quedará en cero (salen %1 piezas de la existencia). ¿Aplicar el conteo?</numerusform>
            <numerusform>Es un conteo total del almacén: %n piezas que nadie contó quedarán en cero (salen %1 piezas de la existencia). ¿Aplicar el conteo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Set them to zero and post</source>
        <translation>Dejarlas en cero y aplicar</translation>
    </message>
    <message>
        <source>Keep counting</source>
        <translation>Seguir contando</translation>
    </message>
    <message>
        <source>Nothing posted: count the missing parts, or post again to set them to zero.</source>
        <translation>No se aplicó nada: cuenta las piezas que faltan o vuelve a aplicar para dejarlas en cero.</translation>
    </message>
</context>
<context>
    <name>nexus::CustomerDetailDialog</name>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>Ficha del cliente</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>VALOR DE VIDA</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>TICKET PROMEDIO</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>COMPRA</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>ÚLTIMA COMPRA</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>RIESGO DE ABANDONO</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>PUNTOS</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Placas</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Kilometraje</translation>
    </message>
    <message>
        <source>Note  (Ctrl+N)</source>
        <translation>Nota  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Call  (Ctrl+L)</source>
        <translation>Llamada  (Ctrl+L)</translation>
    </message>
    <message>
        <source>New vehicle  (F6)</source>
        <translation>Nuevo vehículo  (F6)</translation>
    </message>
    <message>
        <source>Edit vehicle  (F4)</source>
        <translation>Editar vehículo  (F4)</translation>
    </message>
    <message>
        <source>Tags  (Ctrl+T)</source>
        <translation>Etiquetas  (Ctrl+T)</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Inicia sesión primero.</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>No RFC</source>
        <translation>Sin RFC</translation>
    </message>
    <message>
        <source>RFC %1</source>
        <translation>RFC %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>Price list: %1</source>
        <translation>Lista de precios: %1</translation>
    </message>
    <message>
        <source>Cash customer · store credit %1</source>
        <translation>Cliente de contado · saldo a favor %1</translation>
    </message>
    <message>
        <source>Cash customer (no credit account)</source>
        <translation>Cliente de contado (sin cuenta de crédito)</translation>
    </message>
    <message numerus="yes">
        <source>Credit: %1 available of %2 · owes %3 · %n day(s)</source>
        <translation>
            <numerusform>Crédito: %1 disponible de %2 · debe %3 · %n día</numerusform>
            <numerusform>Crédito: %1 disponible de %2 · debe %3 · %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags (Ctrl+T adds them)</source>
        <translation>Sin etiquetas (Ctrl+T las agrega)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>%1 customer</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>%1 in sales minus %2 refunded</source>
        <translation>%1 en ventas menos %2 devuelto</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n compra</numerusform>
            <numerusform>%n compras</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Hace %n día</numerusform>
            <numerusform>Hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No rhythm yet</source>
        <translation>Aún sin ritmo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium: later than usual</source>
        <translation>Medio: más tarde que de costumbre</translation>
    </message>
    <message>
        <source>High: much later than usual</source>
        <translation>Alto: mucho más tarde que de costumbre</translation>
    </message>
    <message>
        <source>12-month spend %1</source>
        <translation>Compras de 12 meses %1</translation>
    </message>
    <message>
        <source> · %1 more for %2</source>
        <translation> · faltan %1 para %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · Buys most: %1</source>
        <translation> · Compra más: %1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Vehicles (%1)</source>
        <translation>Vehículos (%1)</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Llamada con %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>What was the call about?</source>
        <translation>¿De qué se trató la llamada?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation>Etiquetas de %1</translation>
    </message>
    <message>
        <source>Tags, separated by commas (the customer list finds them with #tag)</source>
        <translation>Etiquetas separadas por comas (la lista de clientes las busca con #etiqueta)</translation>
    </message>
    <message>
        <source>Warranties (%1)</source>
        <translation>Garantías (%1)</translation>
    </message>
    <message>
        <source>Statement  (Ctrl+E)</source>
        <translation>Estado de cuenta  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Has saved %1 with us (against agency prices)</source>
        <translation>Ha ahorrado %1 con nosotros (frente a precios de agencia)</translation>
    </message>
    <message>
        <source>Purchases at every branch (head office, as of the last sync) and this counter&apos;s since then</source>
        <translation>Compras en todas las sucursales (oficina central, a la última sincronización) y las de esta caja desde entonces</translation>
    </message>
    <message>
        <source>Purchases at this counter only: head office&apos;s figures have not come down yet</source>
        <translation>Compras de esta caja solamente: aún no llegan las cifras de la oficina central</translation>
    </message>
</context>
<context>
    <name>nexus::CustomerEditDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>&amp;Name or business name (as on the Constancia de Situación Fiscal)</source>
        <translation>&amp;Nombre o razón social (como en la Constancia de Situación Fiscal)</translation>
    </message>
    <message>
        <source>&amp;RFC (optional; needed to invoice)</source>
        <translation>&amp;RFC (opcional; necesario para facturar)</translation>
    </message>
    <message>
        <source>Código &amp;postal (domicilio fiscal)</source>
        <translation>Código &amp;postal (domicilio fiscal)</translation>
    </message>
    <message>
        <source>Régimen &amp;fiscal</source>
        <translation>Régimen &amp;fiscal</translation>
    </message>
    <message>
        <source>&amp;Uso CFDI</source>
        <translation>&amp;Uso CFDI</translation>
    </message>
    <message>
        <source>10 digits, WhatsApp</source>
        <translation>10 dígitos, WhatsApp</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>Price &amp;list</source>
        <translation>&amp;Lista de precios</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Credit limit and terms</source>
        <translation>Límite de &amp;crédito y plazo</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Guardar  (Enter)</translation>
    </message>
    <message>
        <source>Only a manager sets credit; a manager&apos;s PIN is asked on saving if it changes.</source>
        <translation>Solo un gerente asigna crédito; si cambia, al guardar se pide el PIN de un gerente.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Generic RFC: invoices to the general public</source>
        <translation>RFC genérico: facturas al público en general</translation>
    </message>
    <message>
        <source>Valid RFC of a persona moral</source>
        <translation>RFC válido de persona moral</translation>
    </message>
    <message>
        <source>Valid RFC of a persona física</source>
        <translation>RFC válido de persona física</translation>
    </message>
    <message>
        <source>RFC check digit</source>
        <translation>Dígito verificador del RFC</translation>
    </message>
    <message>
        <source>The check digit of the RFC %1 does not match (it should end in %2). Most of the time the RFC was mistyped: compare it with the customer&apos;s Constancia de Situación Fiscal.

The SAT did issue a few RFCs whose check digit does not match. Save it as it is only if the Constancia shows exactly this RFC; a manager must authorise it.</source>
        <translation>El dígito verificador del RFC %1 no coincide (debería terminar en %2). Casi siempre es un error de captura: compárelo con la Constancia de Situación Fiscal del cliente.

El SAT sí asignó algunos RFC cuyo dígito verificador no coincide. Guárdelo tal cual solo si la Constancia muestra exactamente este RFC; debe autorizarlo un gerente.</translation>
    </message>
    <message>
        <source>Save it as it is</source>
        <translation>Guardarlo tal cual</translation>
    </message>
    <message>
        <source>Correct the RFC</source>
        <translation>Corregir el RFC</translation>
    </message>
    <message>
        <source>Saving an RFC whose check digit does not match needs a manager. A manager must authorise it with their PIN.</source>
        <translation>Guardar un RFC cuyo dígito verificador no coincide requiere a un gerente. Un gerente debe autorizarlo con su PIN.</translation>
    </message>
    <message>
        <source>Setting a customer&apos;s credit limit and terms needs a manager. A manager must authorise it with their PIN.</source>
        <translation>Asignar el límite y el plazo de crédito de un cliente requiere a un gerente. Un gerente debe autorizarlo con su PIN.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
</context>
<context>
    <name>nexus::CustomerFinder</name>
    <message>
        <source>Name, RFC, phone or #tag</source>
        <translation>Nombre, RFC, teléfono o #etiqueta</translation>
    </message>
    <message>
        <source>No customers on this computer yet. Ctrl+N adds one.</source>
        <translation>Todavía no hay clientes en este equipo. Ctrl+N agrega uno.</translation>
    </message>
    <message>
        <source>No customers on this computer yet.</source>
        <translation>Todavía no hay clientes en este equipo.</translation>
    </message>
    <message>
        <source>Nobody found for “%1”. Ctrl+N adds them as a new customer.</source>
        <translation>No se encontró a nadie para “%1”. Ctrl+N lo agrega como cliente nuevo.</translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation>No se encontró a nadie para “%1”.</translation>
    </message>
    <message>
        <source>First %1 customers: type more to narrow it down</source>
        <translation>Primeros %1 clientes: escriba más para acotar la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Lista de precios</translation>
    </message>
</context>
<context>
    <name>nexus::CustomerNoticesTab</name>
    <message>
        <source>Messages this customer accepts (order ready, quotes, warranty and maintenance reminders). Space ticks a box, Ctrl+S saves.</source>
        <translation>Mensajes que acepta este cliente (pedido listo, cotizaciones, recordatorios de garantía y de mantenimiento). Espacio marca o desmarca una casilla, Ctrl+S guarda.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Opted out: no messages are sent to this customer.</source>
        <translation>Dado de baja: no se le envía ningún aviso a este cliente.</translation>
    </message>
    <message>
        <source>Saved: opted out, no messages are sent to this customer.</source>
        <translation>Guardado: dado de baja, no se le envía ningún aviso a este cliente.</translation>
    </message>
    <message>
        <source>Saved: messages go by %1.</source>
        <translation>Guardado: los avisos van %1.</translation>
    </message>
    <message>
        <source>WhatsApp and e-mail</source>
        <translation>por WhatsApp y correo</translation>
    </message>
    <message>
        <source>WhatsApp only</source>
        <translation>solo por WhatsApp</translation>
    </message>
    <message>
        <source>e-mail only</source>
        <translation>solo por correo</translation>
    </message>
</context>
<context>
    <name>nexus::CustomerPaymentDialog</name>
    <message>
        <source>Payment on account</source>
        <translation>Abono a cuenta</translation>
    </message>
    <message>
        <source>Owes %1 · credit limit %2 · available %3</source>
        <translation>Debe %1 · límite de crédito %2 · disponible %3</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Adeudo</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n día de atraso)</numerusform>
            <numerusform>%1 (%n días de atraso)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
    <message>
        <source>Record payment  (Enter)</source>
        <translation>Registrar abono  (Enter)</translation>
    </message>
    <message>
        <source>&amp;Amount paid</source>
        <translation>&amp;Importe pagado</translation>
    </message>
    <message>
        <source>Paid &amp;with</source>
        <translation>&amp;Forma de pago</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>clave de rastreo</translation>
    </message>
    <message>
        <source>authorisation</source>
        <translation>autorización</translation>
    </message>
</context>
<context>
    <name>nexus::CustomerPickerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer of the sale</source>
        <translation>Cliente de la venta</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>New customer  (Ctrl+N)</source>
        <translation>Cliente nuevo  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit  (F4)</source>
        <translation>Editar  (F4)</translation>
    </message>
    <message>
        <source>Take the customer off  (Ctrl+Q)</source>
        <translation>Quitar el cliente  (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
    <message>
        <source>Attach  (Enter)</source>
        <translation>Asignar  (Enter)</translation>
    </message>
    <message>
        <source>Card  (F3)</source>
        <translation>Ficha  (F3)</translation>
    </message>
</context>
<context>
    <name>nexus::CustomerStatement</name>
    <message>
        <source>Credit sale</source>
        <translation>Venta a crédito</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Abono recibido</translation>
    </message>
    <message>
        <source>Store credit applied to a sale</source>
        <translation>Saldo a favor aplicado a una venta</translation>
    </message>
    <message>
        <source>Return credited</source>
        <translation>Devolución acreditada</translation>
    </message>
    <message>
        <source>Statement of account: %1</source>
        <translation>Estado de cuenta: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Abonos</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Previous balance</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periodo: del %1 al %2</translation>
    </message>
    <message>
        <source>Previous balance: %1 · Charges: %2 · Payments: %3 · Returns: %4 · Balance at closing: %5</source>
        <translation>Saldo anterior: %1 · Cargos: %2 · Abonos: %3 · Devoluciones: %4 · Saldo al corte: %5</translation>
    </message>
    <message>
        <source>Aging on %1: not due %2 · 1–30 days %3 · 31–60 days %4 · 61–90 days %5 · over 90 days %6</source>
        <translation>Antigüedad de saldos al %1: por vencer %2 · 1–30 días %3 · 31–60 días %4 · 61–90 días %5 · más de 90 días %6</translation>
    </message>
    <message>
        <source>Credit limit %1, %2 days to pay. Head office&apos;s figures as last received: owed %3, in your favour %4.</source>
        <translation>Límite de crédito %1, %2 días de plazo. Cifras de la matriz recibidas por última vez: adeudo %3, saldo a favor %4.</translation>
    </message>
    <message>
        <source>Still owed at other branches (their sales and payments are not listed above):</source>
        <translation>Adeudos en otras sucursales (sus ventas y abonos no aparecen arriba):</translation>
    </message>
    <message>
        <source>%1 of %2, due %3: %4 pending</source>
        <translation>%1 del %2, vence el %3: %4 pendiente</translation>
    </message>
</context>
<context>
    <name>nexus::CustomerStatementDialog</name>
    <message>
        <source>Statement of account: %1</source>
        <translation>Estado de cuenta: %1</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>estado-de-cuenta-%1-%2.pdf</translation>
    </message>
    <message>
        <source>&amp;PDF file</source>
        <translation>Archivo &amp;PDF</translation>
    </message>
    <message>
        <source>Back  (Esc)</source>
        <translation>Regresar  (Esc)</translation>
    </message>
    <message>
        <source>Write PDF  (Enter)</source>
        <translation>Generar PDF  (Enter)</translation>
    </message>
    <message>
        <source>Say where to write the PDF.</source>
        <translation>Indica dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message numerus="yes">
        <source>Statement written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Estado de cuenta guardado en %1 (%n página).</numerusform>
            <numerusform>Estado de cuenta guardado en %1 (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::CustomerTextDialog</name>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Guardar  (Enter)</translation>
    </message>
</context>
<context>
    <name>nexus::CustomerTimelineModel</name>
    <message>
        <source>stamped</source>
        <translation>timbrada</translation>
    </message>
    <message>
        <source>waiting to be stamped</source>
        <translation>pendiente de timbrar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>refused by the PAC</source>
        <translation>rechazada por el PAC</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>saldo a favor</translation>
    </message>
    <message>
        <source>card reversal</source>
        <translation>reverso a tarjeta</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>Sale · cancelled</source>
        <translation>Venta · cancelada</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Return · %1</source>
        <translation>Devolución · %1</translation>
    </message>
    <message>
        <source>Payment on account</source>
        <translation>Abono a cuenta</translation>
    </message>
    <message>
        <source>Service order · %1</source>
        <translation>Orden de servicio · %1</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>Orden de servicio</translation>
    </message>
    <message>
        <source>Invoice · %1</source>
        <translation>Factura · %1</translation>
    </message>
    <message>
        <source>WhatsApp · %1</source>
        <translation>WhatsApp · %1</translation>
    </message>
    <message>
        <source>E-mail · %1</source>
        <translation>Correo · %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n partida</numerusform>
            <numerusform>%n partidas</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>A %1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>vendida</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>part replaced</source>
        <translation>pieza reemplazada</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsada</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>reparada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Quote · %1</source>
        <translation>Cotización · %1</translation>
    </message>
    <message>
        <source>Warranty claim · %1</source>
        <translation>Garantía · %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
</context>
<context>
    <name>nexus::CustomersScreen</name>
    <message>
        <source>Enter or F3 opens the card (timeline, vehicles, what they buy); #tag keeps one segment; Ctrl+K at the sale screen attaches a customer or adds a new one.</source>
        <translation>Enter o F3 abre la ficha (historial, vehículos, qué compra); #etiqueta deja un segmento; Ctrl+K en la venta asigna un cliente o agrega uno nuevo.</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>No segments yet: tag customers on their card (Ctrl+T).</source>
        <translation>Aún no hay segmentos: etiqueta a los clientes en su ficha (Ctrl+T).</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segmentos: %1</translation>
    </message>
    <message>
        <source>Export a segment for a campaign  (Ctrl+Shift+E)</source>
        <translation>Exportar un segmento para campaña  (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>nexus::DashboardWidget</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1%2 % vs. the same weekday of the 4 weeks before</source>
        <translation>%1%2 % vs. el mismo día de las 4 semanas anteriores</translation>
    </message>
    <message>
        <source>No sales on the same weekday of the 4 weeks before</source>
        <translation>Sin ventas el mismo día de las 4 semanas anteriores</translation>
    </message>
    <message>
        <source>Sales of the day</source>
        <translation>Ventas del día</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Devoluciones: %1</translation>
    </message>
    <message>
        <source>No returns</source>
        <translation>Sin devoluciones</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Ticket promedio</translation>
    </message>
    <message>
        <source>30 days: %1</source>
        <translation>30 días: %1</translation>
    </message>
    <message>
        <source>30 days, before IVA: %1</source>
        <translation>30 días, sin IVA: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without cost</source>
        <translation>
            <numerusform>%n línea sin costo</numerusform>
            <numerusform>%n líneas sin costo</numerusform>
        </translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margen bruto</translation>
    </message>
    <message>
        <source>Sales by hour</source>
        <translation>Ventas por hora</translation>
    </message>
    <message>
        <source>Same weekday, 4 weeks before (average)</source>
        <translation>Mismo día, 4 semanas anteriores (promedio)</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Por forma de pago</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Por cajero</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Sin ventas</translation>
    </message>
    <message>
        <source>Top parts, 30 days</source>
        <translation>Piezas más vendidas, 30 días</translation>
    </message>
    <message>
        <source>Top categories, 30 days</source>
        <translation>Categorías más vendidas, 30 días</translation>
    </message>
    <message>
        <source>No catalogue on this counter</source>
        <translation>Sin catálogo en esta caja</translation>
    </message>
    <message>
        <source>Figures read in %1 ms</source>
        <translation>Cifras leídas en %1 ms</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Savings delivered to customers</source>
        <translation>Ahorro entregado a clientes</translation>
    </message>
    <message>
        <source>Against agency prices · 30 days: %1</source>
        <translation>Frente a precios de agencia · 30 días: %1</translation>
    </message>
</context>
<context>
    <name>nexus::EnrollmentWindow</name>
    <message>
        <source>Register this computer</source>
        <translation>Registrar este equipo</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <source>https://server.company.mx:8443</source>
        <translation>https://servidor.empresa.mx:8443</translation>
    </message>
    <message>
        <source>Registration &amp;code</source>
        <translation>&amp;Código de registro</translation>
    </message>
    <message>
        <source>The code head office gave you</source>
        <translation>El código que te dio la oficina central</translation>
    </message>
    <message>
        <source>&amp;Name of this computer</source>
        <translation>&amp;Nombre de este equipo</translation>
    </message>
    <message>
        <source>e.g. Counter 1</source>
        <translation>p. ej. Caja 1</translation>
    </message>
    <message>
        <source>Server &amp;certificate (optional)</source>
        <translation>C&amp;ertificado del servidor (opcional)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Escribe la dirección del servidor.</translation>
    </message>
    <message>
        <source>Enter the registration code.</source>
        <translation>Escribe el código de registro.</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Link this computer to your company&apos;s server with the one-time code from head office.</source>
        <translation>Vincula este equipo con el servidor de tu empresa con el código de un solo uso que te dio la oficina central.</translation>
    </message>
    <message>
        <source>Only if head office asks for it</source>
        <translation>Solo si la oficina central lo pide</translation>
    </message>
</context>
<context>
    <name>nexus::Error</name>
    <message>
        <source>Enter your user name</source>
        <translation>Escribe tu usuario</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Escribe tu PIN</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>Escribe tu contraseña</translation>
    </message>
    <message>
        <source>Too many failed attempts for %1: try again in %2 minutes or ask a manager</source>
        <translation>Demasiados intentos fallidos para %1: inténtalo de nuevo en %2 minutos o pide ayuda a un gerente</translation>
    </message>
    <message>
        <source>The user %1 is disabled</source>
        <translation>El usuario %1 está desactivado</translation>
    </message>
    <message>
        <source>Wrong user or PIN</source>
        <translation>Usuario o PIN incorrectos</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>Log in first</source>
        <translation>Primero inicia sesión</translation>
    </message>
    <message>
        <source>A %1 may not do this (%2): a manager must authorise it</source>
        <translation>El rol %1 no puede hacer esto (%2): debe autorizarlo un gerente</translation>
    </message>
    <message>
        <source>A discount must be between 0 % and 100 %</source>
        <translation>Un descuento debe estar entre 0 % y 100 %</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use admin, manager, cashier, mechanic or hq</source>
        <translation>Rol desconocido «%1»: usa admin, manager, cashier, mechanic o hq</translation>
    </message>
    <message>
        <source>The user name cannot be empty</source>
        <translation>El usuario no puede quedar vacío</translation>
    </message>
    <message>
        <source>An EAN-13 barcode has 13 digits, &quot;%1&quot; has %2</source>
        <translation>Un código de barras EAN-13 tiene 13 dígitos; «%1» tiene %2</translation>
    </message>
    <message>
        <source>An EAN-13 barcode has only digits: &quot;%1&quot;</source>
        <translation>Un código de barras EAN-13 solo tiene dígitos: «%1»</translation>
    </message>
    <message>
        <source>The check digit of barcode &quot;%1&quot; is wrong (expected %2): it was mistyped or misread</source>
        <translation>El dígito verificador del código de barras «%1» es incorrecto (se esperaba %2): se tecleó o se leyó mal</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;: use MXN or USD</source>
        <translation>Moneda desconocida «%1»: usa MXN o USD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money (example: 1,234.50)</source>
        <translation>«%1» no es un importe (ejemplo: 1,234.50)</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large</source>
        <translation>El importe «%1» es demasiado grande</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (at most three decimals)</source>
        <translation>«%1» no es una cantidad (máximo tres decimales)</translation>
    </message>
    <message>
        <source>Unknown tax &quot;%1&quot;: use iva16, iva8, iva0 or exento</source>
        <translation>Impuesto desconocido «%1»: usa iva16, iva8, iva0 o exento</translation>
    </message>
    <message>
        <source>The RFC is empty</source>
        <translation>El RFC está vacío</translation>
    </message>
    <message>
        <source>An RFC has 13 characters (persona física) or 12 (persona moral); &quot;%1&quot; has %2</source>
        <translation>Un RFC tiene 13 caracteres (persona física) o 12 (persona moral); «%1» tiene %2</translation>
    </message>
    <message>
        <source>The first %1 characters of RFC &quot;%2&quot; must be letters (A-Z, Ñ or &amp;)</source>
        <translation>Los primeros %1 caracteres del RFC «%2» deben ser letras (A-Z, Ñ o &amp;)</translation>
    </message>
    <message>
        <source>RFC &quot;%1&quot; must have a date as six digits (YYMMDD) after the name part</source>
        <translation>El RFC «%1» debe llevar una fecha de seis dígitos (AAMMDD) después de las letras del nombre</translation>
    </message>
    <message>
        <source>The date %1 in RFC &quot;%2&quot; is not a real calendar date (YYMMDD)</source>
        <translation>La fecha %1 del RFC «%2» no es una fecha real del calendario (AAMMDD)</translation>
    </message>
    <message>
        <source>RFC &quot;%1&quot; starts with &quot;%2&quot;, which the SAT never assigns</source>
        <translation>El RFC «%1» empieza con «%2», que el SAT nunca asigna</translation>
    </message>
    <message>
        <source>The homoclave of RFC &quot;%1&quot; must be letters or digits</source>
        <translation>La homoclave del RFC «%1» debe tener solo letras o dígitos</translation>
    </message>
    <message>
        <source>The check digit of RFC &quot;%1&quot; is wrong (expected %2): it was mistyped</source>
        <translation>El dígito verificador del RFC «%1» es incorrecto (se esperaba %2): se tecleó mal</translation>
    </message>
    <message>
        <source>The database reported an error: %1 [%2]</source>
        <translation>La base de datos informó un error: %1 [%2]</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database could not run a script: %1</source>
        <translation>La base de datos no pudo ejecutar un script: %1</translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql</source>
        <translation>El archivo de migración %1 no se llama NNNN_nombre.sql</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>No se puede leer la migración %1</translation>
    </message>
    <message>
        <source>Migrations in %1 are not numbered without gaps at %2</source>
        <translation>Las migraciones de %1 tienen un hueco en la numeración en %2</translation>
    </message>
    <message>
        <source>No migrations found in %1</source>
        <translation>No se encontraron migraciones en %1</translation>
    </message>
    <message>
        <source>Migrations in %1 must start at 0001</source>
        <translation>Las migraciones de %1 deben empezar en 0001</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3). Update Nexus POS; the database was left untouched.</source>
        <translation>La base de datos %1 tiene la versión de esquema %2, más nueva que la que conoce este programa (%3). Actualiza Nexus POS; la base de datos no se modificó.</translation>
    </message>
    <message>
        <source>The database %1 says it has schema version %2 but has no migration record. It was left untouched.</source>
        <translation>La base de datos %1 dice tener la versión de esquema %2, pero no tiene registro de migraciones. No se modificó.</translation>
    </message>
    <message>
        <source>Migration %1 applied to %2 differs from the one this program ships (it was edited after it ran). The database was left untouched.</source>
        <translation>La migración %1 aplicada a %2 es distinta de la que trae este programa (se editó después de aplicarse). La base de datos no se modificó.</translation>
    </message>
    <message>
        <source>The database %1 records %2 migrations but says it has version %3. It was left untouched.</source>
        <translation>La base de datos %1 registra %2 migraciones, pero dice tener la versión %3. No se modificó.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migración %1 (%2) falló: %3</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; &quot;%1&quot; has %2</source>
        <translation>Un NIV (VIN) tiene 17 caracteres; «%1» tiene %2</translation>
    </message>
    <message>
        <source>VIN &quot;%1&quot; has &quot;%2&quot; at position %3: VINs never use I, O or Q</source>
        <translation>El NIV «%1» tiene «%2» en la posición %3: un NIV nunca usa I, O ni Q</translation>
    </message>
    <message>
        <source>VIN &quot;%1&quot; has &quot;%2&quot; at position %3: only digits and letters are allowed</source>
        <translation>El NIV «%1» tiene «%2» en la posición %3: solo se permiten dígitos y letras</translation>
    </message>
    <message>
        <source>VIN &quot;%1&quot; has &quot;%2&quot; at position 10, which is not a model-year code</source>
        <translation>El NIV «%1» tiene «%2» en la posición 10, que no es un código de año modelo</translation>
    </message>
    <message>
        <source>The check digit of VIN &quot;%1&quot; (position 9) is wrong (expected %2)</source>
        <translation>El dígito verificador del NIV «%1» (posición 9) es incorrecto (se esperaba %2)</translation>
    </message>
    <message>
        <source>Write the plate</source>
        <translation>Escriba la placa</translation>
    </message>
    <message>
        <source>Plate &quot;%1&quot; has &quot;%2&quot;: Mexican plates never use I, Ñ, O or Q</source>
        <translation>La placa «%1» tiene «%2»: las placas mexicanas nunca usan I, Ñ, O ni Q</translation>
    </message>
    <message>
        <source>Plate &quot;%1&quot; has &quot;%2&quot;: only letters and digits are allowed</source>
        <translation>La placa «%1» tiene «%2»: solo se permiten letras y números</translation>
    </message>
    <message>
        <source>Plate &quot;%1&quot; has %2 characters; Mexican plates have 4 to 7</source>
        <translation>La placa «%1» tiene %2 caracteres; las placas mexicanas tienen de 4 a 7</translation>
    </message>
    <message>
        <source>Plate &quot;%1&quot;: the series %2 is not assigned to any state</source>
        <translation>Placa «%1»: la serie %2 no está asignada a ningún estado</translation>
    </message>
    <message>
        <source>Plate &quot;%1&quot; does not follow any Mexican plate layout</source>
        <translation>La placa «%1» no sigue ningún formato de placa mexicana</translation>
    </message>
    <message>
        <source>%1 is not an installed vPIC database; install it with nexus-admin vin install-db</source>
        <translation>%1 no es una base de datos vPIC instalada; instálela con nexus-admin vin install-db</translation>
    </message>
    <message>
        <source>%1 was installed by another version of Nexus; install it again with nexus-admin vin install-db</source>
        <translation>%1 la instaló otra versión de Nexus; instálela de nuevo con nexus-admin vin install-db</translation>
    </message>
    <message>
        <source>The vPIC database %1 lacks what decoding reads: %2</source>
        <translation>A la base de datos vPIC %1 le falta lo que lee la decodificación: %2</translation>
    </message>
    <message>
        <source>There is no vPIC database at %1; install it with nexus-admin vin install-db</source>
        <translation>No hay base de datos vPIC en %1; instálela con nexus-admin vin install-db</translation>
    </message>
    <message>
        <source>The manufacturer code %1 (WMI) is not in the vPIC database: make and model are unknown</source>
        <translation>El código de fabricante %1 (WMI) no está en la base de datos vPIC: se desconocen la marca y el modelo</translation>
    </message>
    <message>
        <source>vPIC does not know this model; the make %1 comes from the manufacturer code %2</source>
        <translation>vPIC no conoce este modelo; la marca %1 viene del código de fabricante %2</translation>
    </message>
    <message>
        <source>Position 10 (&quot;%1&quot;) is not a model-year code</source>
        <translation>La posición 10 («%1») no es un código de año modelo</translation>
    </message>
    <message>
        <source>The check digit (position 9) is %1 but the other characters give %2; VINs from outside North America often carry none</source>
        <translation>El dígito verificador (posición 9) es %1 pero los demás caracteres dan %2; los NIV de fuera de Norteamérica a menudo no lo llevan</translation>
    </message>
    <message>
        <source>Characters 49 CFR 565 does not allow at these positions: %1</source>
        <translation>Caracteres que la norma 49 CFR 565 no permite en estas posiciones: %1</translation>
    </message>
    <message>
        <source>The VIN probably reads %1: one position does not fit this manufacturer&apos;s VINs and the check digit is wrong</source>
        <translation>Probablemente el NIV es %1: una posición no corresponde a los NIV de este fabricante y el dígito verificador no cuadra</translation>
    </message>
    <message>
        <source>vPIC has no detailed data for manufacturer code %1 in model year %2</source>
        <translation>vPIC no tiene datos detallados del código de fabricante %1 para el año modelo %2</translation>
    </message>
    <message>
        <source>The model year could also be %1: position 10 repeats every 30 years</source>
        <translation>El año modelo también podría ser %1: la posición 10 se repite cada 30 años</translation>
    </message>
    <message>
        <source>vPIC lists this as an off-road vehicle: the number is not a road vehicle&apos;s VIN</source>
        <translation>vPIC lo registra como vehículo todoterreno: el número no es el NIV de un vehículo de carretera</translation>
    </message>
    <message>
        <source>vPIC lists this as a glider, which is not a motor vehicle</source>
        <translation>vPIC lo registra como glider (carrocería sin tren motriz), que no es un vehículo automotor</translation>
    </message>
    <message>
        <source>The vPIC database could not be read completely: %1</source>
        <translation>No se pudo leer completa la base de datos vPIC: %1</translation>
    </message>
    <message>
        <source>%1 is not a complete gzip file</source>
        <translation>%1 no es un archivo gzip completo</translation>
    </message>
    <message>
        <source>%1 is not a valid gzip file: %2</source>
        <translation>%1 no es un archivo gzip válido: %2</translation>
    </message>
    <message>
        <source>%1 is not a sound SQLite database: %2</source>
        <translation>%1 no es una base de datos SQLite íntegra: %2</translation>
    </message>
    <message>
        <source>%1 is not a vPIC database: table %2 lacks column %3</source>
        <translation>%1 no es una base de datos vPIC: a la tabla %2 le falta la columna %3</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>No existe el archivo %1</translation>
    </message>
    <message>
        <source>Say where to install the database</source>
        <translation>Indique dónde instalar la base de datos</translation>
    </message>
    <message>
        <source>Cannot move the database into %1</source>
        <translation>No se puede mover la base de datos a %1</translation>
    </message>
    <message>
        <source>The enrollment code is not valid. Check it, or ask head office for a new one.</source>
        <translation>El código de registro no es válido. Revísalo o pide uno nuevo a la oficina central.</translation>
    </message>
    <message>
        <source>This enrollment code was already used. Ask head office for a new one.</source>
        <translation>Este código de registro ya se usó. Pide uno nuevo a la oficina central.</translation>
    </message>
    <message>
        <source>This enrollment code has expired. Ask head office for a new one.</source>
        <translation>Este código de registro ya venció. Pide uno nuevo a la oficina central.</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>El servidor rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>El servidor respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>The server address is missing</source>
        <translation>Falta la dirección del servidor</translation>
    </message>
    <message>
        <source>The server address must look like https://host:port, not &quot;%1&quot;</source>
        <translation>La dirección del servidor debe tener la forma https://servidor:puerto, no «%1»</translation>
    </message>
    <message>
        <source>The enrollment code is missing</source>
        <translation>Falta el código de registro</translation>
    </message>
    <message>
        <source>The server certificate file %1 cannot be read</source>
        <translation>No se puede leer el archivo de certificado del servidor %1</translation>
    </message>
    <message>
        <source>This device is already enrolled</source>
        <translation>Este equipo ya está registrado</translation>
    </message>
    <message>
        <source>The server sent an enrollment answer that is not JSON: %1</source>
        <translation>El servidor envió una respuesta de registro que no es JSON: %1</translation>
    </message>
    <message>
        <source>The server sent an enrollment answer this program does not understand: %1</source>
        <translation>El servidor envió una respuesta de registro que este programa no entiende: %1</translation>
    </message>
    <message>
        <source>The server enrolled this device but it could not be saved here (%1). The code is spent: ask head office for a new one.</source>
        <translation>El servidor registró este equipo, pero no se pudo guardar aquí (%1). El código ya se gastó: pide uno nuevo a la oficina central.</translation>
    </message>
    <message>
        <source>Cannot start an HTTP request (libcurl)</source>
        <translation>No se puede iniciar una solicitud HTTP (libcurl)</translation>
    </message>
    <message>
        <source>The server certificate file %1 does not exist</source>
        <translation>El archivo de certificado del servidor %1 no existe</translation>
    </message>
    <message>
        <source>The server %1 did not present a trusted certificate (%2). Check the server address and the certificate file.</source>
        <translation>El servidor %1 no presentó un certificado de confianza (%2). Revisa la dirección del servidor y el archivo de certificado.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time (%2)</source>
        <translation>El servidor %1 no respondió a tiempo (%2)</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled</source>
        <translation>Se canceló la solicitud a %1</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 bytes</source>
        <translation>La respuesta de %1 supera los %2 bytes</translation>
    </message>
    <message>
        <source>The server address %1 is not a valid https:// URL</source>
        <translation>La dirección del servidor %1 no es una URL https:// válida</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation>No se puede conectar con el servidor %1: %2</translation>
    </message>
    <message>
        <source>The keychain refused the secret: %1</source>
        <translation>El llavero del sistema rechazó el secreto: %1</translation>
    </message>
    <message>
        <source>The secret %1 is not in the keychain: %2</source>
        <translation>El secreto %1 no está en el llavero del sistema: %2</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>El llavero del sistema no pudo borrar el secreto: %1</translation>
    </message>
    <message>
        <source>Invalid secret name %1</source>
        <translation>Nombre de secreto no válido: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The secret %1 is not stored on this device</source>
        <translation>El secreto %1 no está guardado en este equipo</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>No se puede borrar %1</translation>
    </message>
    <message>
        <source>The field %1 has an unknown role &quot;%2&quot;</source>
        <translation>El campo %1 tiene un rol desconocido «%2»</translation>
    </message>
    <message>
        <source>The field %1 is longer than %2 characters</source>
        <translation>El campo %1 tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>The field %1 must be %2</source>
        <translation>El campo %1 debe ser %2</translation>
    </message>
    <message>
        <source>The field %1 names another branch</source>
        <translation>El campo %1 indica otra sucursal</translation>
    </message>
    <message>
        <source>The field %1 is missing</source>
        <translation>Falta el campo %1</translation>
    </message>
    <message>
        <source>The field %1 must not be empty</source>
        <translation>El campo %1 no puede quedar vacío</translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2 at offset %3</source>
        <translation>%1: no es JSON válido: %2 en la posición %3</translation>
    </message>
    <message>
        <source>The %1 must be a JSON object</source>
        <translation>%1: debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Writing the demo data failed (%1): %2</source>
        <translation>No se pudieron escribir los datos de demostración (%1): %2</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero</source>
        <translation>La cantidad debe ser mayor que cero</translation>
    </message>
    <message>
        <source>The quantity %1 is too large</source>
        <translation>La cantidad %1 es demasiado grande</translation>
    </message>
    <message>
        <source>There is no line %1 in the cart</source>
        <translation>No hay una línea %1 en el carrito</translation>
    </message>
    <message>
        <source>The item has no part or warehouse</source>
        <translation>El artículo no tiene refacción o almacén</translation>
    </message>
    <message>
        <source>The price of %1 cannot be negative</source>
        <translation>El precio de %1 no puede ser negativo</translation>
    </message>
    <message>
        <source>The opening float cannot be negative</source>
        <translation>El fondo de caja inicial no puede ser negativo</translation>
    </message>
    <message>
        <source>The till is already open since %1</source>
        <translation>La caja ya está abierta desde %1</translation>
    </message>
    <message>
        <source>The cart is empty</source>
        <translation>El carrito está vacío</translation>
    </message>
    <message>
        <source>Open the till before selling</source>
        <translation>Abre la caja antes de vender</translation>
    </message>
    <message>
        <source>Add at least one payment</source>
        <translation>Agrega al menos un pago</translation>
    </message>
    <message>
        <source>A payment of %1 must be greater than zero</source>
        <translation>Un pago con %1 debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Cash in dollars needs the day&apos;s exchange rate</source>
        <translation>El efectivo en dólares necesita el tipo de cambio del día</translation>
    </message>
    <message>
        <source>A %1 payment needs its reference (authorisation number)</source>
        <translation>Un pago con %1 necesita su referencia (número de autorización)</translation>
    </message>
    <message>
        <source>Store credit needs a customer on the sale</source>
        <translation>El crédito de la tienda necesita un cliente en la venta</translation>
    </message>
    <message>
        <source>A %1 payment of %2 is more than the %3 still owed; only cash gives change</source>
        <translation>Un pago con %1 de %2 supera los %3 que faltan por pagar; solo el efectivo da cambio</translation>
    </message>
    <message>
        <source>%1 is still owed</source>
        <translation>Faltan %1 por pagar</translation>
    </message>
    <message>
        <source>%1 values do not fill rows of %2 columns for %3</source>
        <translation>%1 valores no llenan filas de %2 columnas para %3</translation>
    </message>
    <message>
        <source>There is no vehicle of make &quot;%1&quot; in the catalogue</source>
        <translation>No hay vehículos de la marca «%1» en el catálogo</translation>
    </message>
    <message>
        <source>There is no vehicle model &quot;%1&quot; in the catalogue</source>
        <translation>No hay un modelo de vehículo «%1» en el catálogo</translation>
    </message>
    <message>
        <source>There is no engine &quot;%1&quot; in the catalogue</source>
        <translation>No hay un motor «%1» en el catálogo</translation>
    </message>
    <message>
        <source>No vehicle in the catalogue matches %1</source>
        <translation>Ningún vehículo del catálogo coincide con %1</translation>
    </message>
    <message>
        <source>The vehicle filter matches %1 vehicles: choose a make and model too</source>
        <translation>El filtro de vehículo coincide con %1 vehículos: elige también marca y modelo</translation>
    </message>
    <message>
        <source>The number of results must be between 1 and %1</source>
        <translation>El número de resultados debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>The search text is longer than %1 characters</source>
        <translation>El texto de búsqueda tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>The vehicle year %1 is not valid: it must be between %2 and %3</source>
        <translation>El año de vehículo %1 no es válido: debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>The catalogue search index has not been built yet</source>
        <translation>El índice de búsqueda del catálogo todavía no se ha construido</translation>
    </message>
    <message>
        <source>There is no brand with id %1</source>
        <translation>No hay una marca con id %1</translation>
    </message>
    <message>
        <source>There is no category with id %1</source>
        <translation>No hay una categoría con id %1</translation>
    </message>
    <message>
        <source>There is no price list with id %1</source>
        <translation>No hay una lista de precios con id %1</translation>
    </message>
    <message>
        <source>Type what to search for, or choose a filter</source>
        <translation>Escribe qué buscar o elige un filtro</translation>
    </message>
    <message>
        <source>The search text &quot;%1&quot; has no letters or digits</source>
        <translation>El texto de búsqueda «%1» no tiene letras ni dígitos</translation>
    </message>
    <message>
        <source>The catalogue database reported an error: %1 [%2]</source>
        <translation>La base de datos del catálogo informó un error: %1 [%2]</translation>
    </message>
    <message>
        <source>--parts must be a whole number from 1 to %1, not %2</source>
        <translation>--parts debe ser un número entero de 1 a %1, no %2</translation>
    </message>
    <message>
        <source>--out needs the folder to write the dataset into</source>
        <translation>--out necesita la carpeta donde escribir los datos</translation>
    </message>
    <message>
        <source>--out %1 is a file, not a folder</source>
        <translation>--out %1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>Cannot move the finished dataset into %1</source>
        <translation>No se pueden mover los datos terminados a %1</translation>
    </message>
    <message>
        <source>Choose the warehouse the item comes from</source>
        <translation>Elige el almacén del que sale la pieza</translation>
    </message>
    <message>
        <source>%1 already has a line from that warehouse</source>
        <translation>%1 ya tiene una línea de ese almacén</translation>
    </message>
    <message>
        <source>The part %1 is not in the catalogue</source>
        <translation>La refacción %1 no está en el catálogo</translation>
    </message>
    <message>
        <source>The part %1 is no longer sold</source>
        <translation>La refacción %1 ya no se vende</translation>
    </message>
    <message>
        <source>The part %1 has an unknown tax code %2</source>
        <translation>La refacción %1 tiene un código de impuesto desconocido: %2</translation>
    </message>
    <message>
        <source>The price list is in %1; the counter sells in pesos</source>
        <translation>La lista de precios está en %1; el mostrador vende en pesos</translation>
    </message>
    <message>
        <source>Scan or type a code</source>
        <translation>Escanea o escribe un código</translation>
    </message>
    <message>
        <source>No part has the code %1</source>
        <translation>Ninguna refacción tiene el código %1</translation>
    </message>
    <message>
        <source>Write the discount as a percentage, such as 10 or 12.5</source>
        <translation>Escribe el descuento como porcentaje, por ejemplo 10 o 12.5</translation>
    </message>
    <message>
        <source>This computer is not enrolled in a branch yet</source>
        <translation>Esta computadora todavía no está registrada en una sucursal</translation>
    </message>
    <message>
        <source>The data of branch %1 has not arrived on this computer yet</source>
        <translation>Los datos de la sucursal %1 todavía no llegan a esta computadora</translation>
    </message>
    <message>
        <source>Write the exchange rate as pesos per dollar, such as 17.25</source>
        <translation>Escribe el tipo de cambio en pesos por dólar, por ejemplo 17.25</translation>
    </message>
    <message>
        <source>The exchange rate must be more than 0 and less than 1,000</source>
        <translation>El tipo de cambio debe ser mayor que 0 y menor que 1,000</translation>
    </message>
    <message>
        <source>The server refused the %1 pull (HTTP %2): %3</source>
        <translation>El servidor rechazó la descarga de %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The server keeps resetting the %1 pull</source>
        <translation>El servidor reinicia una y otra vez la descarga de %1</translation>
    </message>
    <message>
        <source>The %1 data of this device does not match the server&apos;s after %2 full pulls</source>
        <translation>Los datos de %1 de este equipo no coinciden con los del servidor después de %2 descargas completas</translation>
    </message>
    <message>
        <source>The server refused %1 (HTTP %2): %3</source>
        <translation>El servidor rechazó %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The server refused this device (HTTP %1): %2</source>
        <translation>El servidor rechazó este equipo (HTTP %1): %2</translation>
    </message>
    <message>
        <source>HQ has not published a catalogue for this store yet (nexus-admin snapshot build)</source>
        <translation>La oficina central todavía no publica un catálogo para esta tienda (nexus-admin snapshot build)</translation>
    </message>
    <message>
        <source>The server does not accept this device&apos;s token</source>
        <translation>El servidor no acepta el token de este equipo</translation>
    </message>
    <message>
        <source>The catalogue download was cancelled; it resumes next time</source>
        <translation>Se canceló la descarga del catálogo; continuará la próxima vez</translation>
    </message>
    <message>
        <source>The catalogue download stopped at %1 of %2 bytes after %3 failed attempts; it resumes next time</source>
        <translation>La descarga del catálogo se detuvo en %1 de %2 bytes después de %3 intentos fallidos; continuará la próxima vez</translation>
    </message>
    <message>
        <source>The catalogue changed at the server during the download</source>
        <translation>El catálogo cambió en el servidor durante la descarga</translation>
    </message>
    <message>
        <source>The downloaded catalogue is damaged (SHA-256 %1, expected %2)</source>
        <translation>El catálogo descargado está dañado (SHA-256 %1, se esperaba %2)</translation>
    </message>
    <message>
        <source>The downloaded catalogue cannot be used: %1</source>
        <translation>El catálogo descargado no se puede usar: %1</translation>
    </message>
    <message>
        <source>The downloaded catalogue is generation %1, expected %2</source>
        <translation>El catálogo descargado es la generación %1; se esperaba la %2</translation>
    </message>
    <message>
        <source>The catalogue could not be downloaded intact after %1 attempts</source>
        <translation>No se pudo descargar el catálogo completo después de %1 intentos</translation>
    </message>
    <message>
        <source>The server does not accept this device (%1)</source>
        <translation>El servidor no acepta este equipo (%1)</translation>
    </message>
    <message>
        <source>The server could not issue an access token (HTTP %1: %2)</source>
        <translation>El servidor no pudo emitir un token de acceso (HTTP %1: %2)</translation>
    </message>
    <message>
        <source>The token answer is not understood: %1</source>
        <translation>No se entiende la respuesta del token: %1</translation>
    </message>
    <message>
        <source>A push carries at most %1 mutations, this one %2</source>
        <translation>Un envío lleva como máximo %1 cambios; este lleva %2</translation>
    </message>
    <message>
        <source>Cannot start a SHA-256 digest (OpenSSL)</source>
        <translation>No se puede iniciar un resumen SHA-256 (OpenSSL)</translation>
    </message>
    <message>
        <source>Checking %1 was cancelled</source>
        <translation>Se canceló la verificación de %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>No se puede guardar %1 en el disco: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>No se puede mover %1 a %2: %3</translation>
    </message>
    <message>
        <source>The field %1 is not a SHA-256 in hex</source>
        <translation>El campo %1 no es un SHA-256 en hexadecimal</translation>
    </message>
    <message>
        <source>The snapshot manifest has no generation or size</source>
        <translation>El manifiesto de la instantánea no tiene generación ni tamaño</translation>
    </message>
    <message>
        <source>The server refused this device&apos;s token: %1</source>
        <translation>El servidor rechazó el token de este equipo: %1</translation>
    </message>
    <message>
        <source>The server did not take the changes (HTTP %1 %2: %3)</source>
        <translation>El servidor no aceptó los cambios (HTTP %1 %2: %3)</translation>
    </message>
    <message>
        <source>The push answer is not understood: %1</source>
        <translation>No se entiende la respuesta del envío: %1</translation>
    </message>
    <message>
        <source>A %1 may not process returns: a manager must authorise it</source>
        <translation>Un %1 no puede procesar devoluciones: debe autorizarlo un gerente</translation>
    </message>
    <message>
        <source>At most %1 can go back to a card: that is what this ticket was paid by card</source>
        <translation>A la tarjeta pueden regresar hasta %1: es lo que se pagó con tarjeta en este ticket</translation>
    </message>
    <message>
        <source>Choose at least one piece to return</source>
        <translation>Elige al menos una pieza para devolver</translation>
    </message>
    <message>
        <source>Choose the ticket to return</source>
        <translation>Elige el ticket a devolver</translation>
    </message>
    <message>
        <source>Line %1 of the ticket appears twice in the return</source>
        <translation>La línea %1 del ticket aparece dos veces en la devolución</translation>
    </message>
    <message>
        <source>No ticket %1 on this counter</source>
        <translation>No hay ticket %1 en esta caja</translation>
    </message>
    <message>
        <source>No ticket with folio %1 on this counter</source>
        <translation>No hay ningún ticket con folio %1 en esta caja</translation>
    </message>
    <message>
        <source>Only %1 of line %2 (%3) can still be returned: %4 sold, %5 already returned</source>
        <translation>De la línea %2 (%3) solo se pueden devolver %1: se vendieron %4 y ya se devolvieron %5</translation>
    </message>
    <message>
        <source>Open the till before giving a refund</source>
        <translation>Abre la caja antes de dar un reembolso</translation>
    </message>
    <message>
        <source>Say why the customer returns it</source>
        <translation>Indica por qué el cliente lo devuelve</translation>
    </message>
    <message>
        <source>Store credit needs a customer: choose who receives it</source>
        <translation>El saldo a favor necesita un cliente: elige quién lo recibe</translation>
    </message>
    <message>
        <source>The quantity to return must be more than zero</source>
        <translation>La cantidad a devolver debe ser mayor que cero</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters</source>
        <translation>El motivo puede tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>The ticket %1 has no line %2</source>
        <translation>El ticket %1 no tiene línea %2</translation>
    </message>
    <message>
        <source>The ticket %1 was cancelled: there is nothing to return</source>
        <translation>El ticket %1 fue cancelado: no hay nada que devolver</translation>
    </message>
    <message>
        <source>The ticket %1 was sold at another branch</source>
        <translation>El ticket %1 se vendió en otra sucursal</translation>
    </message>
    <message>
        <source>The user %1 may not authorise returns</source>
        <translation>El usuario %1 no puede autorizar devoluciones</translation>
    </message>
    <message>
        <source>This counter has no folio series</source>
        <translation>Esta caja no tiene serie de folios</translation>
    </message>
    <message>
        <source>This counter is not enrolled</source>
        <translation>Esta caja no está registrada</translation>
    </message>
    <message>
        <source>Type or scan the ticket&apos;s folio</source>
        <translation>Escribe o escanea el folio del ticket</translation>
    </message>
    <message>
        <source>Type the card reversal&apos;s authorisation number</source>
        <translation>Escribe el número de autorización de la reversa a tarjeta</translation>
    </message>
    <message>
        <source>Unknown refund method %1</source>
        <translation>Forma de reembolso desconocida %1</translation>
    </message>
    <message>
        <source>Unknown return destination %1</source>
        <translation>Destino de devolución desconocido %1</translation>
    </message>
    <message>
        <source>%1 centavos is not a peso bill or coin</source>
        <translation>%1 centavos no es un billete ni una moneda de pesos</translation>
    </message>
    <message>
        <source>%1 is not a payment method of the till</source>
        <translation>%1 no es una forma de pago de la caja</translation>
    </message>
    <message>
        <source>A counted amount cannot be negative</source>
        <translation>Un importe contado no puede ser negativo</translation>
    </message>
    <message>
        <source>Cannot take out %1: the drawer should hold only %2 in cash</source>
        <translation>No se pueden retirar %1: en el cajón solo debe haber %2 en efectivo</translation>
    </message>
    <message>
        <source>Cash in and out of the till is in pesos</source>
        <translation>Las entradas y salidas de efectivo de la caja son en pesos</translation>
    </message>
    <message>
        <source>Enter the counted total of %1</source>
        <translation>Captura el total contado de %1</translation>
    </message>
    <message>
        <source>No till is open on this computer</source>
        <translation>No hay caja abierta en este equipo</translation>
    </message>
    <message>
        <source>Pesos in cash are counted by bill and coin</source>
        <translation>Los pesos en efectivo se cuentan por billete y moneda</translation>
    </message>
    <message>
        <source>Say which till to close</source>
        <translation>Indica qué caja cerrar</translation>
    </message>
    <message>
        <source>The %1 pieces are counted twice</source>
        <translation>Las piezas de %1 están contadas dos veces</translation>
    </message>
    <message>
        <source>The counted %1 must be in %2</source>
        <translation>El %1 contado debe estar en %2</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters</source>
        <translation>La nota tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>The number of %1 pieces must be between 0 and %2</source>
        <translation>El número de piezas de %1 debe estar entre 0 y %2</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters</source>
        <translation>El motivo tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>The till %1 belongs to another computer</source>
        <translation>La caja %1 es de otro equipo</translation>
    </message>
    <message>
        <source>The till is closed: its figures are in Z report number %1</source>
        <translation>La caja está cerrada: sus cifras están en el corte Z número %1</translation>
    </message>
    <message>
        <source>The till is still open: print an X report instead</source>
        <translation>La caja sigue abierta: imprime un corte X</translation>
    </message>
    <message>
        <source>The till was closed already (Z number %1)</source>
        <translation>La caja ya se cerró (corte Z número %1)</translation>
    </message>
    <message>
        <source>The user who authorised the withdrawal may not take cash out</source>
        <translation>El usuario que autorizó el retiro no puede retirar efectivo</translation>
    </message>
    <message>
        <source>There is no till session %1</source>
        <translation>No existe la sesión de caja %1</translation>
    </message>
    <message>
        <source>Write the reason for the movement</source>
        <translation>Escribe el motivo del movimiento</translation>
    </message>
    <message>
        <source>Unknown printer kind &quot;%1&quot;: use file, device or network.</source>
        <translation>Tipo de impresora «%1» desconocido: use file, device o network.</translation>
    </message>
    <message>
        <source>Printer address &quot;%1&quot; is missing its closing &apos;]&apos;.</source>
        <translation>A la dirección de impresora «%1» le falta el &apos;]&apos; de cierre.</translation>
    </message>
    <message>
        <source>Printer %1: cannot open the file for writing (%2).</source>
        <translation>Impresora %1: no se puede abrir el archivo para escribir (%2).</translation>
    </message>
    <message>
        <source>Printer %1: writing the ticket failed (%2).</source>
        <translation>Impresora %1: falló la escritura del ticket (%2).</translation>
    </message>
    <message>
        <source>Unknown or truncated printer command at byte %1.</source>
        <translation>Comando de impresora desconocido o incompleto en el byte %1.</translation>
    </message>
    <message>
        <source>Type or scan the ticket&apos;s folio.</source>
        <translation>Escriba o escanee el folio del ticket.</translation>
    </message>
    <message>
        <source>No sale on this device has the folio %1.</source>
        <translation>Ninguna venta de este equipo tiene el folio %1.</translation>
    </message>
    <message>
        <source>Sale %1 does not exist on this device.</source>
        <translation>La venta %1 no existe en este equipo.</translation>
    </message>
    <message>
        <source>Printer %1 is not connected or switched off (%2).</source>
        <translation>La impresora %1 no está conectada o está apagada (%2).</translation>
    </message>
    <message>
        <source>Printer %1: permission denied; the user needs to be in the lp (USB) or dialout (serial) group.</source>
        <translation>Impresora %1: permiso denegado; el usuario debe pertenecer al grupo lp (USB) o dialout (serie).</translation>
    </message>
    <message>
        <source>Printer %1 cannot be opened (%2).</source>
        <translation>No se puede abrir la impresora %1 (%2).</translation>
    </message>
    <message>
        <source>Printer %1 stopped taking the ticket (%2).</source>
        <translation>La impresora %1 dejó de recibir el ticket (%2).</translation>
    </message>
    <message>
        <source>Printer %1 did not take the ticket within %2 seconds; check paper, cover and cable.</source>
        <translation>La impresora %1 no recibió el ticket en %2 segundos; revise el papel, la tapa y el cable.</translation>
    </message>
    <message>
        <source>Copies per label must be between 1 and 999.</source>
        <translation>Las copias por etiqueta deben estar entre 1 y 999.</translation>
    </message>
    <message>
        <source>A label must be at least 25 × 15 mm.</source>
        <translation>Una etiqueta debe medir al menos 25 × 15 mm.</translation>
    </message>
    <message>
        <source>Every label needs the part&apos;s SKU.</source>
        <translation>Cada etiqueta necesita el SKU de la pieza.</translation>
    </message>
    <message>
        <source>No ticket printer is configured on this device.</source>
        <translation>No hay impresora de tickets configurada en este equipo.</translation>
    </message>
    <message>
        <source>No label printer is configured on this device.</source>
        <translation>No hay impresora de etiquetas configurada en este equipo.</translation>
    </message>
    <message>
        <source>Choose at least one part to print labels for.</source>
        <translation>Elija al menos una pieza para imprimir etiquetas.</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1 (%2).</source>
        <translation>No se puede escribir el PDF %1 (%2).</translation>
    </message>
    <message>
        <source>Find a ticket by its folio first.</source>
        <translation>Primero busque un ticket por su folio.</translation>
    </message>
    <message>
        <source>Unknown printer kind.</source>
        <translation>Tipo de impresora desconocido.</translation>
    </message>
    <message>
        <source>There is nothing to encode as a barcode.</source>
        <translation>No hay nada que codificar como código de barras.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be drawn as this barcode (%2).</source>
        <translation>«%1» no se puede dibujar como este código de barras (%2).</translation>
    </message>
    <message>
        <source>Printer %1 did not answer within %2 seconds; is it on and on the network?</source>
        <translation>La impresora %1 no respondió en %2 segundos; ¿está encendida y conectada a la red?</translation>
    </message>
    <message>
        <source>Printer %1 cannot be reached (%2).</source>
        <translation>No se puede conectar con la impresora %1 (%2).</translation>
    </message>
    <message>
        <source>Printer %1 did not take the ticket within %2 seconds (%3).</source>
        <translation>La impresora %1 no recibió el ticket en %2 segundos (%3).</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>La imagen está vacía.</translation>
    </message>
    <message>
        <source>No barcode could be read in the picture; try a sharper, closer photo.</source>
        <translation>No se pudo leer ningún código de barras en la imagen; intente con una foto más nítida y cercana.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a picture (%2).</source>
        <translation>%1 no se puede abrir como imagen (%2).</translation>
    </message>
    <message>
        <source>The amount must be greater than zero</source>
        <translation>El importe debe ser mayor que cero</translation>
    </message>
    <message>
        <source>%1 is not a postgresql://user@host:port/database URL</source>
        <translation>%1 no es una URL postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>%1 is not a valid schema name</source>
        <translation>%1 no es un nombre de esquema válido</translation>
    </message>
    <message>
        <source>The server sent the price %1 without a valid amount</source>
        <translation>El servidor envió el precio %1 sin un importe válido</translation>
    </message>
    <message>
        <source>This device cannot keep a &quot;%1&quot; bucket</source>
        <translation>Este equipo no puede guardar el grupo de datos «%1»</translation>
    </message>
    <message>
        <source>The ticket has no parts to label</source>
        <translation>El ticket no tiene piezas que etiquetar</translation>
    </message>
    <message>
        <source>The SAT&apos;s cadena original stylesheet could not be loaded: %1</source>
        <translation>No se pudo cargar la hoja de estilo de la cadena original del SAT: %1</translation>
    </message>
    <message>
        <source>The CFDI is not well-formed XML: %1</source>
        <translation>El CFDI no es un XML bien formado: %1</translation>
    </message>
    <message>
        <source>The XML is not a CFDI 4.0 Comprobante</source>
        <translation>El XML no es un Comprobante CFDI 4.0</translation>
    </message>
    <message>
        <source>The cadena original transformation could not start</source>
        <translation>No se pudo iniciar la transformación de la cadena original</translation>
    </message>
    <message>
        <source>The cadena original transformation failed: %1</source>
        <translation>Falló la transformación de la cadena original: %1</translation>
    </message>
    <message>
        <source>The cadena original could not be written out</source>
        <translation>No se pudo obtener el texto de la cadena original</translation>
    </message>
    <message>
        <source>The SAT&apos;s stylesheet gave no cadena original</source>
        <translation>La hoja de estilo del SAT no produjo cadena original</translation>
    </message>
    <message>
        <source>%1: the RFC is not valid: %2</source>
        <translation>%1: el RFC no es válido: %2</translation>
    </message>
    <message>
        <source>%1: the RFC &quot;%2&quot; does not have the form the SAT&apos;s schema requires</source>
        <translation>%1: el RFC &quot;%2&quot; no tiene la forma que exige el esquema del SAT</translation>
    </message>
    <message>
        <source>%1: IEPS and taxes by Cuota are not supported by this sealer</source>
        <translation>%1: este sellador no maneja IEPS ni impuestos por Cuota</translation>
    </message>
    <message>
        <source>%1: ISR is never transferred (trasladado), only withheld (CFDI40179)</source>
        <translation>%1: el ISR nunca se traslada, solo se retiene (CFDI40179)</translation>
    </message>
    <message>
        <source>%1: IVA trasladado must be 0.16, 0.08 (border region) or 0, not %2 (CFDI40179)</source>
        <translation>%1: el IVA trasladado debe ser 0.16, 0.08 (región fronteriza) o 0, no %2 (CFDI40179)</translation>
    </message>
    <message>
        <source>%1: a withholding (retención) cannot be Exento (CFDI40184)</source>
        <translation>%1: una retención no puede ser Exento (CFDI40184)</translation>
    </message>
    <message>
        <source>%1: the withholding rate %2 is outside the SAT&apos;s range for %3 (CFDI40185)</source>
        <translation>%1: la tasa de retención %2 está fuera del rango del SAT para %3 (CFDI40185)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_ClaveProdServ key of 8 digits (CFDI40162)</source>
        <translation>%1: &quot;%2&quot; no es una clave de c_ClaveProdServ de 8 dígitos (CFDI40162)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_ClaveUnidad key (CFDI40165)</source>
        <translation>%1: &quot;%2&quot; no es una clave de c_ClaveUnidad (CFDI40165)</translation>
    </message>
    <message>
        <source>%1: a factura global&apos;s concepts use ClaveProdServ 01010101, not %2 (guía de llenado factura global)</source>
        <translation>%1: los conceptos de una factura global llevan ClaveProdServ 01010101, no %2 (guía de llenado de la factura global)</translation>
    </message>
    <message>
        <source>%1: a factura global&apos;s concepts use ClaveUnidad ACT, not %2 (guía de llenado factura global)</source>
        <translation>%1: los conceptos de una factura global llevan ClaveUnidad ACT, no %2 (guía de llenado de la factura global)</translation>
    </message>
    <message>
        <source>%1: a factura global has one line per ticket with Cantidad 1 (guía de llenado factura global)</source>
        <translation>%1: una factura global lleva un concepto por ticket con Cantidad 1 (guía de llenado de la factura global)</translation>
    </message>
    <message>
        <source>%1: a factura global&apos;s line needs the ticket folio as NoIdentificacion (guía de llenado factura global)</source>
        <translation>%1: cada concepto de una factura global lleva el folio del ticket como NoIdentificacion (guía de llenado de la factura global)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_ObjetoImp key (CFDI40170)</source>
        <translation>%1: &quot;%2&quot; no es una clave de c_ObjetoImp (CFDI40170)</translation>
    </message>
    <message>
        <source>%1: ObjetoImp %2 is not supported by this sealer</source>
        <translation>%1: este sellador no maneja ObjetoImp %2</translation>
    </message>
    <message>
        <source>%1: ObjetoImp 02 (sí objeto de impuesto) needs its taxes itemised (CFDI40171)</source>
        <translation>%1: con ObjetoImp 02 (sí objeto de impuesto) se deben desglosar los impuestos (CFDI40171)</translation>
    </message>
    <message>
        <source>%1: with ObjetoImp %2 the line must not itemise taxes (CFDI40172)</source>
        <translation>%1: con ObjetoImp %2 el concepto no debe desglosar impuestos (CFDI40172)</translation>
    </message>
    <message>
        <source>%1: a line with several IVA rates needs the base of each (taxes[].base)</source>
        <translation>%1: un concepto con varias tasas de IVA necesita la base de cada una (taxes[].base)</translation>
    </message>
    <message>
        <source>%1: the discount is greater than the amount of the line (CFDI40169)</source>
        <translation>%1: el descuento es mayor que el importe del concepto (CFDI40169)</translation>
    </message>
    <message>
        <source>%1: a price with taxes included (tax_included) takes one IVA rate and no withholdings or bases: send the price without taxes</source>
        <translation>%1: un precio con impuestos incluidos (tax_included) admite una sola tasa de IVA, sin retenciones ni bases: envía el precio sin impuestos</translation>
    </message>
    <message>
        <source>%1: ValorUnitario must be greater than zero (CFDI40166)</source>
        <translation>%1: el ValorUnitario debe ser mayor que cero (CFDI40166)</translation>
    </message>
    <message>
        <source>%1: the tax base must be greater than zero (CFDI40174)</source>
        <translation>%1: la base del impuesto debe ser mayor que cero (CFDI40174)</translation>
    </message>
    <message>
        <source>%1: a tax base is greater than the line&apos;s amount after discount</source>
        <translation>%1: una base de impuesto es mayor que el importe del concepto menos el descuento</translation>
    </message>
    <message>
        <source>%1: the withholding base must be greater than zero (CFDI40181)</source>
        <translation>%1: la base de la retención debe ser mayor que cero (CFDI40181)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_RegimenFiscal key (CFDI40140)</source>
        <translation>%1: &quot;%2&quot; no es una clave de c_RegimenFiscal (CFDI40140)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_RegimenFiscal key (CFDI40157)</source>
        <translation>%1: &quot;%2&quot; no es una clave de c_RegimenFiscal (CFDI40157)</translation>
    </message>
    <message>
        <source>%1: régimen %2 does not apply to a persona %3 (RFC %4) (CFDI40141)</source>
        <translation>%1: el régimen %2 no aplica a una persona %3 (RFC %4) (CFDI40141)</translation>
    </message>
    <message>
        <source>%1: régimen %2 does not apply to a persona %3 (RFC %4) (CFDI40158)</source>
        <translation>%1: el régimen %2 no aplica a una persona %3 (RFC %4) (CFDI40158)</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a postal code of 5 digits</source>
        <translation>%1: &quot;%2&quot; no es un código postal de 5 dígitos</translation>
    </message>
    <message>
        <source>%1: invoices to foreign residents (XEXX010101000) need ResidenciaFiscal and are not supported by this sealer</source>
        <translation>%1: las facturas a residentes en el extranjero (XEXX010101000) requieren ResidenciaFiscal y este sellador no las maneja</translation>
    </message>
    <message>
        <source>%1: &quot;PUBLICO EN GENERAL&quot; goes with RFC XAXX010101000 (CFDI40146)</source>
        <translation>%1: &quot;PUBLICO EN GENERAL&quot; va con el RFC XAXX010101000 (CFDI40146)</translation>
    </message>
    <message>
        <source>%1: with the generic RFC %2 the receiver&apos;s régimen must be 616 (sin obligaciones fiscales) (CFDI40159)</source>
        <translation>%1: con el RFC genérico %2 el régimen del receptor debe ser 616 (sin obligaciones fiscales) (CFDI40159)</translation>
    </message>
    <message>
        <source>%1: with the generic RFC %2 the receiver&apos;s postal code must be the place of issue %3 (CFDI40149)</source>
        <translation>%1: con el RFC genérico %2 el código postal del receptor debe ser el lugar de expedición %3 (CFDI40149)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_UsoCFDI key (CFDI40160)</source>
        <translation>%1: &quot;%2&quot; no es una clave de c_UsoCFDI (CFDI40160)</translation>
    </message>
    <message>
        <source>%1: a payment (type P) uses UsoCFDI CP01, not %2 (guía de llenado pagos)</source>
        <translation>%1: un comprobante de pago (tipo P) lleva UsoCFDI CP01, no %2 (guía de llenado de pagos)</translation>
    </message>
    <message>
        <source>%1: UsoCFDI %2 is only for payments or payroll (CFDI40161)</source>
        <translation>%1: el UsoCFDI %2 es solo para pagos o nómina (CFDI40161)</translation>
    </message>
    <message>
        <source>%1: a receiver without tax obligations (régimen 616) takes UsoCFDI S01, not %2 (CFDI40161)</source>
        <translation>%1: un receptor sin obligaciones fiscales (régimen 616) lleva UsoCFDI S01, no %2 (CFDI40161)</translation>
    </message>
    <message>
        <source>%1: UsoCFDI %2 is only for personas físicas (CFDI40161)</source>
        <translation>%1: el UsoCFDI %2 es solo para personas físicas (CFDI40161)</translation>
    </message>
    <message>
        <source>%1: an invoice to PUBLICO EN GENERAL (XAXX010101000) is a factura global and needs global {periodicity, months, year} (CFDI40130)</source>
        <translation>%1: una factura a PUBLICO EN GENERAL (XAXX010101000) es una factura global y requiere global {periodicity, months, year} (CFDI40130)</translation>
    </message>
    <message>
        <source>%1: only an ingreso (type I) can be a factura global</source>
        <translation>%1: solo un comprobante de ingreso (tipo I) puede ser factura global</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a periodicity: use day, week, fortnight, month or two_months (CFDI40131)</source>
        <translation>%1: &quot;%2&quot; no es una periodicidad: usa day, week, fortnight, month o two_months (CFDI40131)</translation>
    </message>
    <message>
        <source>%1: a two-month factura global is only for régimen 621 (CFDI40132)</source>
        <translation>%1: la factura global bimestral es solo para el régimen 621 (CFDI40132)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a month 01–12 (CFDI40134)</source>
        <translation>%1: &quot;%2&quot; no es un mes del 01 al 12 (CFDI40134)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a two-month period 13–18 (CFDI40135)</source>
        <translation>%1: &quot;%2&quot; no es un bimestre del 13 al 18 (CFDI40135)</translation>
    </message>
    <message>
        <source>%1: the year %2 must be the year of the invoice&apos;s date or the one before (CFDI40136)</source>
        <translation>%1: el año %2 debe ser el de la fecha de la factura o el anterior (CFDI40136)</translation>
    </message>
    <message>
        <source>%1: a factura global goes to RFC XAXX010101000 (CFDI40146)</source>
        <translation>%1: la factura global va al RFC XAXX010101000 (CFDI40146)</translation>
    </message>
    <message>
        <source>%1: a factura global goes to &quot;PUBLICO EN GENERAL&quot; (guía de llenado factura global)</source>
        <translation>%1: la factura global va a &quot;PUBLICO EN GENERAL&quot; (guía de llenado de la factura global)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_TipoRelacion key (CFDI40137)</source>
        <translation>%1: &quot;%2&quot; no es una clave de c_TipoRelacion (CFDI40137)</translation>
    </message>
    <message>
        <source>%1 must list at least one folio fiscal (UUID)</source>
        <translation>%1 debe incluir al menos un folio fiscal (UUID)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a folio fiscal (UUID)</source>
        <translation>%1: &quot;%2&quot; no es un folio fiscal (UUID)</translation>
    </message>
    <message>
        <source>%1: a nota de crédito (type E) must relate the invoices it corrects (TipoRelacion 01 or 03)</source>
        <translation>%1: una nota de crédito (tipo E) debe relacionar las facturas que corrige (TipoRelacion 01 o 03)</translation>
    </message>
    <message>
        <source>%1: a payment (type P) has no FormaPago; each payment carries its own (CFDI40103)</source>
        <translation>%1: un comprobante de pago (tipo P) no lleva FormaPago; cada pago lleva la suya (CFDI40103)</translation>
    </message>
    <message>
        <source>%1: a payment (type P) has no MetodoPago (CFDI40125)</source>
        <translation>%1: un comprobante de pago (tipo P) no lleva MetodoPago (CFDI40125)</translation>
    </message>
    <message>
        <source>%1: a payment (type P) is in currency XXX; give each payment&apos;s currency instead</source>
        <translation>%1: un comprobante de pago (tipo P) va en moneda XXX; indica la moneda de cada pago</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not the form of a payment received: use a c_FormaPago key other than 99 (guía de llenado pagos)</source>
        <translation>%1: &quot;%2&quot; no es la forma de un pago recibido: usa una clave de c_FormaPago distinta de 99 (guía de llenado de pagos)</translation>
    </message>
    <message>
        <source>%1: a payment in USD needs the day&apos;s exchange rate (TipoCambioP)</source>
        <translation>%1: un pago en USD requiere el tipo de cambio del día (TipoCambioP)</translation>
    </message>
    <message>
        <source>%1: the payment&apos;s date is after the document&apos;s date</source>
        <translation>%1: la fecha del pago es posterior a la fecha del comprobante</translation>
    </message>
    <message>
        <source>%1: the payment %2 is more than the balance %3 still owed: ImpSaldoInsoluto cannot be negative (guía de llenado pagos)</source>
        <translation>%1: el pago de %2 es mayor que el saldo pendiente de %3: el ImpSaldoInsoluto no puede ser negativo (guía de llenado de pagos)</translation>
    </message>
    <message>
        <source>%1: ObjetoImpDR 02 needs the taxes of the part paid (ImpuestosDR)</source>
        <translation>%1: con ObjetoImpDR 02 se deben indicar los impuestos de la parte pagada (ImpuestosDR)</translation>
    </message>
    <message>
        <source>%1: with ObjetoImpDR %2 the payment must not itemise taxes</source>
        <translation>%1: con ObjetoImpDR %2 el pago no debe desglosar impuestos</translation>
    </message>
    <message>
        <source>%1: the tax base must be greater than zero (guía de llenado pagos, BaseDR)</source>
        <translation>%1: la base del impuesto debe ser mayor que cero (guía de llenado de pagos, BaseDR)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a postal code of 5 digits (CFDI40126)</source>
        <translation>%1: &quot;%2&quot; no es un código postal de 5 dígitos (CFDI40126)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone (example: America/Mexico_City)</source>
        <translation>%1: &quot;%2&quot; no es una zona horaria (ejemplo: America/Mexico_City)</translation>
    </message>
    <message>
        <source>%1: the date is outside the years the SAT accepts (CFDI40101)</source>
        <translation>%1: la fecha está fuera de los años que acepta el SAT (CFDI40101)</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>%1: only Exportacion 01 (no aplica) is supported; 02 needs the Comercio Exterior complement (CFDI40122)</source>
        <translation>%1: solo se maneja Exportacion 01 (no aplica); la 02 requiere el complemento de Comercio Exterior (CFDI40122)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_FormaPago key (CFDI40104)</source>
        <translation>%1: &quot;%2&quot; no es una clave de c_FormaPago (CFDI40104)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_MetodoPago key: use PUE or PPD (CFDI40124)</source>
        <translation>%1: &quot;%2&quot; no es una clave de c_MetodoPago: usa PUE o PPD (CFDI40124)</translation>
    </message>
    <message>
        <source>%1: with MetodoPago PPD (paid later or in parts) the FormaPago must be 99 (por definir), not %2 (CFDI40105)</source>
        <translation>%1: con MetodoPago PPD (pago en parcialidades o diferido) la FormaPago debe ser 99 (por definir), no %2 (CFDI40105)</translation>
    </message>
    <message>
        <source>%1: with MetodoPago PUE (paid in full) the FormaPago must say how it was paid, not 99 (guía de llenado)</source>
        <translation>%1: con MetodoPago PUE (pago en una sola exhibición) la FormaPago debe indicar cómo se pagó, no 99 (guía de llenado)</translation>
    </message>
    <message>
        <source>%1: a nota de crédito (type E) uses MetodoPago PUE</source>
        <translation>%1: una nota de crédito (tipo E) lleva MetodoPago PUE</translation>
    </message>
    <message>
        <source>%1: an invoice in %2 needs the day&apos;s exchange rate (TipoCambio) (CFDI40115)</source>
        <translation>%1: una factura en %2 requiere el tipo de cambio del día (TipoCambio) (CFDI40115)</translation>
    </message>
    <message>
        <source>%1: the withholdings are greater than the invoice&apos;s amount</source>
        <translation>%1: las retenciones son mayores que el importe de la factura</translation>
    </message>
    <message>
        <source>Certificate %1 belongs to RFC %2, not to the issuer %3: seal with the issuer&apos;s own CSD (CFDI40106)</source>
        <translation>El certificado %1 pertenece al RFC %2, no al emisor %3: sella con el CSD del propio emisor (CFDI40106)</translation>
    </message>
    <message>
        <source>Certificate %1 is valid from %2 to %3 and the invoice is dated %4: renew the CSD with the SAT (CFDI40106)</source>
        <translation>El certificado %1 es válido del %2 al %3 y la factura tiene fecha %4: renueva el CSD ante el SAT (CFDI40106)</translation>
    </message>
    <message>
        <source>The private key (.key) does not belong to certificate %1 (.cer): use the pair the SAT issued together</source>
        <translation>La llave privada (.key) no corresponde al certificado %1 (.cer): usa el par que el SAT emitió junto</translation>
    </message>
    <message>
        <source>The seal does not verify against the certificate (CFDI40102)</source>
        <translation>El sello no se verifica con el certificado (CFDI40102)</translation>
    </message>
    <message>
        <source>The certificate is not an X.509 certificate (the SAT&apos;s .cer file, DER, or a PEM copy)</source>
        <translation>El certificado no es un certificado X.509 (el archivo .cer del SAT, en DER, o una copia PEM)</translation>
    </message>
    <message>
        <source>The certificate could not be encoded</source>
        <translation>No se pudo codificar el certificado</translation>
    </message>
    <message>
        <source>The certificate is not a SAT CSD: its serial number is not a 20-digit certificate number (CFDI40106)</source>
        <translation>El certificado no es un CSD del SAT: su número de serie no es un número de certificado de 20 dígitos (CFDI40106)</translation>
    </message>
    <message>
        <source>The private key (.key) is protected: give the CSD password</source>
        <translation>La llave privada (.key) está protegida: indica la contraseña del CSD</translation>
    </message>
    <message>
        <source>The password does not open the private key (.key): it is not the CSD password</source>
        <translation>La contraseña no abre la llave privada (.key): no es la contraseña del CSD</translation>
    </message>
    <message>
        <source>The key file is not a private key (the SAT&apos;s .key file, DER PKCS#8, or a PEM copy)</source>
        <translation>El archivo de llave no es una llave privada (el archivo .key del SAT, DER PKCS#8, o una copia PEM)</translation>
    </message>
    <message>
        <source>The private key is not an RSA key, so it is not a SAT CSD key</source>
        <translation>La llave privada no es RSA, así que no es la llave de un CSD del SAT</translation>
    </message>
    <message>
        <source>OpenSSL could not seal the cadena original</source>
        <translation>OpenSSL no pudo sellar la cadena original</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 debe ser texto</translation>
    </message>
    <message>
        <source>%1 must not contain the character |: the SAT&apos;s cadena original uses it as separator</source>
        <translation>%1 no debe contener el carácter |: la cadena original del SAT lo usa como separador</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation>%1 tiene más de %2 decimales</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 debe ser true o false</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 debe ser una lista</translation>
    </message>
    <message>
        <source>%1 must be a date and time in ISO 8601 (2025-01-15T10:30:00 or with Z / an offset)</source>
        <translation>%1 debe ser una fecha y hora ISO 8601 (2025-01-15T10:30:00 o con Z / un desfase)</translation>
    </message>
    <message>
        <source>%1: the currency &quot;%2&quot; is not supported: use MXN or USD</source>
        <translation>%1: la moneda &quot;%2&quot; no se maneja: usa MXN o USD</translation>
    </message>
    <message>
        <source>%1 must be greater than zero</source>
        <translation>%1 debe ser mayor que cero</translation>
    </message>
    <message>
        <source>%1: unknown tax &quot;%2&quot;: use IVA, ISR or IEPS</source>
        <translation>%1: impuesto desconocido &quot;%2&quot;: usa IVA, ISR o IEPS</translation>
    </message>
    <message>
        <source>%1: unknown tax factor &quot;%2&quot;: use Tasa, Cuota or Exento</source>
        <translation>%1: tipo de factor desconocido &quot;%2&quot;: usa Tasa, Cuota o Exento</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 no debe ser negativo</translation>
    </message>
    <message>
        <source>%1: a Facturapi product id cannot be invoiced offline: send the product&apos;s data</source>
        <translation>%1: no se puede facturar sin conexión con el id de un producto de Facturapi: envía los datos del producto</translation>
    </message>
    <message>
        <source>%1: a Facturapi customer id cannot be invoiced offline: send the customer&apos;s data</source>
        <translation>%1: no se puede facturar sin conexión con el id de un cliente de Facturapi: envía los datos del cliente</translation>
    </message>
    <message>
        <source>%1: a payment in one currency for an invoice in another is not supported yet</source>
        <translation>%1: todavía no se maneja un pago en una moneda distinta de la de la factura</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 999</source>
        <translation>%1 debe ser un número entero del 1 al 999</translation>
    </message>
    <message>
        <source>%1 must list at least one invoice</source>
        <translation>%1 debe incluir al menos una factura</translation>
    </message>
    <message>
        <source>%1: only complements of type &quot;pago&quot; are supported</source>
        <translation>%1: solo se manejan complementos de tipo &quot;pago&quot;</translation>
    </message>
    <message>
        <source>%1 must hold a &quot;pago&quot; complement with at least one payment</source>
        <translation>%1 debe tener un complemento &quot;pago&quot; con al menos un pago</translation>
    </message>
    <message>
        <source>The invoice is not valid JSON: %1 (at byte %2)</source>
        <translation>La factura no es un JSON válido: %1 (en el byte %2)</translation>
    </message>
    <message>
        <source>The invoice must be a JSON object</source>
        <translation>La factura debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>%1: the invoice type &quot;%2&quot; is not supported: use I (ingreso), E (egreso) or P (pago)</source>
        <translation>%1: el tipo de comprobante &quot;%2&quot; no se maneja: usa I (ingreso), E (egreso) o P (pago)</translation>
    </message>
    <message>
        <source>%1: a payment (type P) has no items; the payments go in complements</source>
        <translation>%1: un comprobante de pago (tipo P) no lleva items; los pagos van en complements</translation>
    </message>
    <message>
        <source>%1 must list at least one item</source>
        <translation>%1 debe incluir al menos un concepto</translation>
    </message>
    <message>
        <source>%1 has more than 5,000 items: split the invoice</source>
        <translation>%1 tiene más de 5,000 conceptos: divide la factura</translation>
    </message>
    <message>
        <source>The issuer&apos;s fiscal data is not a JSON object: %1</source>
        <translation>Los datos fiscales del emisor no son un objeto JSON: %1</translation>
    </message>
    <message>
        <source>%1 is not a régimen fiscal of the SAT catalogue (c_RegimenFiscal)</source>
        <translation>%1 no es un régimen fiscal del catálogo del SAT (c_RegimenFiscal)</translation>
    </message>
    <message>
        <source>%1 is not an uso CFDI of the SAT catalogue (c_UsoCFDI)</source>
        <translation>%1 no es un uso CFDI del catálogo del SAT (c_UsoCFDI)</translation>
    </message>
    <message>
        <source>A Mexican phone number has 10 digits (lada + number), not &quot;%1&quot;</source>
        <translation>Un teléfono de México tiene 10 dígitos (lada + número), no «%1»</translation>
    </message>
    <message>
        <source>A código postal has exactly 5 digits, not &quot;%1&quot;</source>
        <translation>Un código postal tiene exactamente 5 dígitos, no «%1»</translation>
    </message>
    <message>
        <source>An invoice needs the customer&apos;s régimen fiscal: choose it from the list</source>
        <translation>Para facturar se necesita el régimen fiscal del cliente: elíjalo de la lista</translation>
    </message>
    <message>
        <source>An invoice needs the código postal of the customer&apos;s domicilio fiscal</source>
        <translation>Para facturar se necesita el código postal del domicilio fiscal del cliente</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s price list</source>
        <translation>Elija la lista de precios del cliente</translation>
    </message>
    <message>
        <source>Choose the uso CFDI of the customer&apos;s invoices</source>
        <translation>Elija el uso CFDI de las facturas del cliente</translation>
    </message>
    <message>
        <source>Only a manager may set a customer&apos;s credit limit and terms: a manager must authorise it</source>
        <translation>Solo un gerente puede asignar el límite y el plazo de crédito de un cliente: debe autorizarlo un gerente</translation>
    </message>
    <message>
        <source>The RFC %1 already belongs to the customer &quot;%2&quot;: look them up instead of adding them again</source>
        <translation>El RFC %1 ya es del cliente «%2»: búsquelo en lugar de darlo de alta otra vez</translation>
    </message>
    <message>
        <source>The credit limit must be from 0 to %1</source>
        <translation>El límite de crédito debe ser de 0 a %1</translation>
    </message>
    <message>
        <source>The credit terms must be from 0 to %1 days</source>
        <translation>El plazo de crédito debe ser de 0 a %1 días</translation>
    </message>
    <message>
        <source>The customer has %1 of credit available and this sale charges %2: a manager must authorise it</source>
        <translation>El cliente tiene %1 de crédito disponible y esta venta le carga %2: debe autorizarlo un gerente</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 fit on an invoice</source>
        <translation>El nombre tiene %1 caracteres; en una factura caben como máximo %2</translation>
    </message>
    <message>
        <source>The phone %1 already belongs to the customer &quot;%2&quot;: look them up instead of adding them again</source>
        <translation>El teléfono %1 ya es del cliente «%2»: búsquelo en lugar de darlo de alta otra vez</translation>
    </message>
    <message>
        <source>The régimen fiscal %1 (%2) is not for a %3</source>
        <translation>El régimen fiscal %1 (%2) no es para una %3</translation>
    </message>
    <message>
        <source>The server sent a customer without an id</source>
        <translation>El servidor envió un cliente sin id</translation>
    </message>
    <message>
        <source>The uso CFDI %1 (%2) is not for a %3</source>
        <translation>El uso CFDI %1 (%2) no es para una %3</translation>
    </message>
    <message>
        <source>There is no customer %1 on this computer</source>
        <translation>No hay un cliente %1 en este equipo</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name or business name</source>
        <translation>Escriba el nombre o la razón social del cliente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@domain.mx)</source>
        <translation>«%1» no es una dirección de correo (nombre@dominio.mx)</translation>
    </message>
    <message>
        <source>The server refused this till as a copy of another one with the same identity: its sales stay here and are not sent until it is enrolled again with a new code from head office</source>
        <translation>El servidor rechazó esta caja como copia de otra con la misma identidad: sus ventas se quedan aquí y no se envían hasta que se registre de nuevo con un código nuevo de la oficina central</translation>
    </message>
    <message>
        <source>The server cannot give this device a new epoch (it is older than this program); the sales wait here</source>
        <translation>El servidor no puede darle una nueva época a este equipo (es más antiguo que este programa); las ventas esperan aquí</translation>
    </message>
    <message>
        <source>The server did not change this device&apos;s epoch (HTTP %1 %2: %3)</source>
        <translation>El servidor no cambió la época de este equipo (HTTP %1 %2: %3)</translation>
    </message>
    <message>
        <source>The epoch answer is not understood: %1</source>
        <translation>No se entiende la respuesta sobre la época: %1</translation>
    </message>
    <message>
        <source>The server keeps refusing this device&apos;s epoch (%1)</source>
        <translation>El servidor sigue rechazando la época de este equipo (%1)</translation>
    </message>
    <message>
        <source>The field %1 must be a positive whole number</source>
        <translation>El campo %1 debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>The field %1 must not be negative</source>
        <translation>El campo %1 no debe ser negativo</translation>
    </message>
    <message>
        <source>The field %1 is too long</source>
        <translation>El campo %1 es demasiado largo</translation>
    </message>
    <message>
        <source>The field %1 must be one of %2</source>
        <translation>El campo %1 debe ser uno de: %2</translation>
    </message>
    <message>
        <source>The field %1 has more than %2 entries</source>
        <translation>El campo %1 tiene más de %2 elementos</translation>
    </message>
    <message>
        <source>The field %1 must hold short series names</source>
        <translation>El campo %1 debe contener nombres de serie cortos</translation>
    </message>
    <message>
        <source>%1 owes %2 on their account: an abono cannot be more</source>
        <translation>%1 debe %2 en su cuenta: el abono no puede ser mayor</translation>
    </message>
    <message>
        <source>Open the till before taking an abono</source>
        <translation>Abra la caja antes de recibir un abono</translation>
    </message>
    <message>
        <source>Unknown part line status &quot;%1&quot;</source>
        <translation>Estado de línea de refacción desconocido: «%1»</translation>
    </message>
    <message>
        <source>Labor is priced &quot;hourly&quot; or &quot;flat&quot;, not &quot;%1&quot;</source>
        <translation>La mano de obra se cobra «hourly» (por hora) o «flat» (precio fijo), no «%1»</translation>
    </message>
    <message>
        <source>A checklist item is ok, attention or urgent, not &quot;%1&quot;</source>
        <translation>Un punto de la revisión es ok, attention o urgent, no «%1»</translation>
    </message>
    <message>
        <source>There is no service order %1</source>
        <translation>No existe la orden de servicio %1</translation>
    </message>
    <message>
        <source>The column %1 cannot be set here</source>
        <translation>La columna %1 no se puede cambiar aquí</translation>
    </message>
    <message>
        <source>Choose a part of the catalogue and its warehouse</source>
        <translation>Elija una refacción del catálogo y su almacén</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name</source>
        <translation>Escriba el nombre del cliente</translation>
    </message>
    <message>
        <source>Enter the vehicle&apos;s plates or its VIN</source>
        <translation>Escriba las placas del vehículo o su NIV (VIN)</translation>
    </message>
    <message>
        <source>The model year must be between 1900 and %1</source>
        <translation>El año modelo debe estar entre 1900 y %1</translation>
    </message>
    <message>
        <source>The mileage must be between 0 and %1 km</source>
        <translation>El kilometraje debe estar entre 0 y %1 km</translation>
    </message>
    <message>
        <source>Write what the customer reports</source>
        <translation>Escriba lo que reporta el cliente</translation>
    </message>
    <message>
        <source>The promised time has already passed</source>
        <translation>La hora prometida ya pasó</translation>
    </message>
    <message>
        <source>Choose the mechanic</source>
        <translation>Elija al mecánico</translation>
    </message>
    <message>
        <source>The order %1 is not assigned to you</source>
        <translation>La orden %1 no está asignada a usted</translation>
    </message>
    <message>
        <source>The order %1 is %2: it can no longer change</source>
        <translation>La orden %1 está %2: ya no puede cambiar</translation>
    </message>
    <message>
        <source>Say why the order goes from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Diga por qué la orden pasa de «%1» a «%2»</translation>
    </message>
    <message>
        <source>The order %1 is in &quot;%2&quot; now, not in &quot;%3&quot;: look at it again</source>
        <translation>La orden %1 ya está en «%2», no en «%3»: revísela de nuevo</translation>
    </message>
    <message>
        <source>The customer has not approved the estimate of %1 yet</source>
        <translation>El cliente aún no ha aprobado el presupuesto de %1</translation>
    </message>
    <message>
        <source>Only %1 of %2 are available in that warehouse (%3 on hand, %4 reserved for orders)</source>
        <translation>Solo hay %1 de %2 disponibles en ese almacén (%3 en existencia, %4 apartadas para órdenes)</translation>
    </message>
    <message>
        <source>Describe the part you need</source>
        <translation>Describa la refacción que necesita</translation>
    </message>
    <message>
        <source>There is no part with id %1</source>
        <translation>No existe la refacción con id %1</translation>
    </message>
    <message>
        <source>The order %1 has no part line %2</source>
        <translation>La orden %1 no tiene la línea de refacción %2</translation>
    </message>
    <message>
        <source>The line %1 is %2, not requested</source>
        <translation>La línea %1 está %2, no solicitada</translation>
    </message>
    <message>
        <source>The line %1 is %2 already</source>
        <translation>La línea %1 ya está %2</translation>
    </message>
    <message>
        <source>Describe the work done</source>
        <translation>Describa el trabajo realizado</translation>
    </message>
    <message>
        <source>The hours must be more than 0 and at most 200</source>
        <translation>Las horas deben ser más de 0 y como máximo 200</translation>
    </message>
    <message>
        <source>The rate cannot be negative</source>
        <translation>La tarifa no puede ser negativa</translation>
    </message>
    <message>
        <source>The price must be greater than zero</source>
        <translation>El precio debe ser mayor que cero</translation>
    </message>
    <message>
        <source>The order %1 has no labor line %2</source>
        <translation>La orden %1 no tiene la línea de mano de obra %2</translation>
    </message>
    <message>
        <source>Write the diagnosis</source>
        <translation>Escriba el diagnóstico</translation>
    </message>
    <message>
        <source>The checklist has no item %1</source>
        <translation>La revisión no tiene el punto %1</translation>
    </message>
    <message>
        <source>Write the note</source>
        <translation>Escriba la nota</translation>
    </message>
    <message>
        <source>The estimate of %1 has no parts or labor yet</source>
        <translation>El presupuesto de %1 aún no tiene refacciones ni mano de obra</translation>
    </message>
    <message>
        <source>Name the sale that charged the order</source>
        <translation>Indique la venta con la que se cobró la orden</translation>
    </message>
    <message>
        <source>The order %1 is charged when it is ready, not in &quot;%2&quot;</source>
        <translation>La orden %1 se cobra cuando está lista, no en «%2»</translation>
    </message>
    <message>
        <source>The order %1 was charged already with the sale %2</source>
        <translation>La orden %1 ya se cobró con la venta %2</translation>
    </message>
    <message>
        <source>Unknown service order status &quot;%1&quot;</source>
        <translation>Estado de orden de servicio desconocido: «%1»</translation>
    </message>
    <message>
        <source>An order cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Una orden no puede pasar de «%1» a «%2»</translation>
    </message>
    <message>
        <source>Only a manager may move an order from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Solo un gerente puede pasar una orden de «%1» a «%2»</translation>
    </message>
    <message>
        <source>The role %3 may not move an order from &quot;%1&quot; to &quot;%2&quot;: the service advisor or a manager must</source>
        <translation>El rol %3 no puede pasar una orden de «%1» a «%2»: debe hacerlo el asesor de servicio o un gerente</translation>
    </message>
    <message>
        <source>Nothing was reserved of part %1 in warehouse %2</source>
        <translation>No había nada apartado de la refacción %1 en el almacén %2</translation>
    </message>
    <message>
        <source>Unknown transfer state %1</source>
        <translation>Estado de traspaso desconocido: %1</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>The step names no line of the transfer</source>
        <translation>El paso no menciona ninguna línea del traspaso</translation>
    </message>
    <message>
        <source>The transfer %1 has no line %2</source>
        <translation>El traspaso %1 no tiene línea %2</translation>
    </message>
    <message>
        <source>Line %1 appears twice</source>
        <translation>La línea %1 aparece dos veces</translation>
    </message>
    <message>
        <source>The transfer has no id</source>
        <translation>El traspaso no tiene identificador</translation>
    </message>
    <message>
        <source>The transfer has no folio</source>
        <translation>El traspaso no tiene folio</translation>
    </message>
    <message>
        <source>Choose the branch that sends the parts</source>
        <translation>Elija la sucursal que envía las piezas</translation>
    </message>
    <message>
        <source>The transfer names no receiving branch</source>
        <translation>El traspaso no indica la sucursal que recibe</translation>
    </message>
    <message>
        <source>A branch cannot request a transfer from itself</source>
        <translation>Una sucursal no puede pedirse un traspaso a sí misma</translation>
    </message>
    <message>
        <source>Choose the warehouse that receives the parts</source>
        <translation>Elija el almacén que recibe las piezas</translation>
    </message>
    <message>
        <source>A transfer needs at least one part</source>
        <translation>Un traspaso necesita al menos una pieza</translation>
    </message>
    <message>
        <source>Line numbers must be positive and different</source>
        <translation>Los números de línea deben ser positivos y distintos</translation>
    </message>
    <message>
        <source>Choose a part for every line</source>
        <translation>Elija una pieza para cada línea</translation>
    </message>
    <message>
        <source>The shipment has no id</source>
        <translation>El envío no tiene identificador</translation>
    </message>
    <message>
        <source>The quantity cannot be negative</source>
        <translation>La cantidad no puede ser negativa</translation>
    </message>
    <message>
        <source>Choose the warehouse the pieces leave from</source>
        <translation>Elija el almacén del que salen las piezas</translation>
    </message>
    <message>
        <source>Nothing to ship: give a quantity for at least one line</source>
        <translation>Nada que enviar: indique una cantidad en al menos una línea</translation>
    </message>
    <message>
        <source>The receipt has no id</source>
        <translation>La recepción no tiene identificador</translation>
    </message>
    <message>
        <source>The missing quantity cannot be negative</source>
        <translation>La cantidad faltante no puede ser negativa</translation>
    </message>
    <message>
        <source>Choose the warehouse that receives the pieces</source>
        <translation>Elija el almacén que recibe las piezas</translation>
    </message>
    <message>
        <source>Nothing received: give a received or missing quantity for at least one line</source>
        <translation>Nada recibido: indique una cantidad recibida o faltante en al menos una línea</translation>
    </message>
    <message>
        <source>The transfer %1 is %2: only a requested one ships</source>
        <translation>El traspaso %1 está «%2»: solo se envía uno solicitado</translation>
    </message>
    <message>
        <source>Only %1 of %2 were requested</source>
        <translation>Solo se solicitaron %1 de %2</translation>
    </message>
    <message>
        <source>The transfer %1 is %2: there is nothing in transit to receive</source>
        <translation>El traspaso %1 está «%2»: no hay nada en tránsito que recibir</translation>
    </message>
    <message>
        <source>Say why %1 of %2 are missing</source>
        <translation>Diga por qué faltan %1 de %2</translation>
    </message>
    <message>
        <source>More of %1 arrived than was in transit: nothing of it can be missing</source>
        <translation>Llegó más de %1 de lo que estaba en tránsito: no puede faltar nada</translation>
    </message>
    <message>
        <source>Only %1 of %2 are in transit: say why more arrived</source>
        <translation>Solo hay %1 de %2 en tránsito: diga por qué llegaron más</translation>
    </message>
    <message>
        <source>At most %1 of %2 can be declared missing</source>
        <translation>Como máximo se pueden declarar faltantes %1 de %2</translation>
    </message>
    <message>
        <source>The transfer %1 is %2: only one that has not shipped can be cancelled</source>
        <translation>El traspaso %1 está «%2»: solo se puede cancelar uno que no se ha enviado</translation>
    </message>
    <message>
        <source>Say why the transfer is cancelled</source>
        <translation>Diga por qué se cancela el traspaso</translation>
    </message>
    <message>
        <source>The warehouse %1 is not a warehouse of this branch</source>
        <translation>El almacén %1 no es de esta sucursal</translation>
    </message>
    <message>
        <source>There is no transfer %1 on this computer</source>
        <translation>No existe el traspaso %1 en esta computadora</translation>
    </message>
    <message>
        <source>The branch %1 is not known on this computer yet: synchronise with head office first</source>
        <translation>La sucursal %1 aún no se conoce en esta computadora: primero sincronice con la matriz</translation>
    </message>
    <message>
        <source>Only the branch that sends the transfer %1 ships it</source>
        <translation>Solo la sucursal que envía el traspaso %1 puede enviarlo</translation>
    </message>
    <message>
        <source>Only the branch that requested the transfer %1 receives it</source>
        <translation>Solo la sucursal que solicitó el traspaso %1 puede recibirlo</translation>
    </message>
    <message>
        <source>The transfer %1 is between two other branches</source>
        <translation>El traspaso %1 es entre otras dos sucursales</translation>
    </message>
    <message>
        <source>The server sent a transfer this device cannot read: %1</source>
        <translation>El servidor envió un traspaso que este equipo no puede leer: %1</translation>
    </message>
    <message>
        <source>Line %1 (%2) is a service: a service is not returned, the workshop handles a complaint</source>
        <translation>La línea %1 (%2) es un servicio: un servicio no se devuelve, el taller atiende la reclamación</translation>
    </message>
    <message>
        <source>A service line has no part and no warehouse</source>
        <translation>Una línea de servicio no lleva pieza ni almacén</translation>
    </message>
    <message>
        <source>Describe the service</source>
        <translation>Describa el servicio</translation>
    </message>
    <message>
        <source>The service %1 has no SAT product or unit key</source>
        <translation>El servicio %1 no tiene clave de producto o de unidad del SAT</translation>
    </message>
    <message>
        <source>%1 comes from the service order %2: change it in the workshop</source>
        <translation>%1 viene de la orden de servicio %2: cámbielo en el taller</translation>
    </message>
    <message>
        <source>Choose the service order to charge</source>
        <translation>Elija la orden de servicio a cobrar</translation>
    </message>
    <message>
        <source>This ticket charges the service order %1 already</source>
        <translation>Este ticket ya cobra la orden de servicio %1</translation>
    </message>
    <message>
        <source>The service order %1 has nothing to charge</source>
        <translation>La orden de servicio %1 no tiene nada que cobrar</translation>
    </message>
    <message>
        <source>A line of the service order %1 does not name its source</source>
        <translation>Una línea de la orden de servicio %1 no indica de dónde viene</translation>
    </message>
    <message>
        <source>A service is not taken from a warehouse</source>
        <translation>Un servicio no sale de un almacén</translation>
    </message>
    <message>
        <source>The service order %1 is charged through the workshop&apos;s step</source>
        <translation>La orden de servicio %1 se cobra con el paso del taller</translation>
    </message>
    <message>
        <source>The service order %1 changed since it was put on the ticket: take it off and load it again</source>
        <translation>La orden de servicio %1 cambió desde que se puso en el ticket: quítela y cárguela de nuevo</translation>
    </message>
    <message>
        <source>The PAC refused %1: %2 (code %3)</source>
        <translation>El PAC rechazó %1: %2 (código %3)</translation>
    </message>
    <message>
        <source>The PAC did not accept the API key (%1). Check the Facturapi key in the fiscal settings.</source>
        <translation>El PAC no aceptó la llave de API (%1). Revise la llave de Facturapi en la configuración fiscal.</translation>
    </message>
    <message>
        <source>The PAC does not have %1: %2</source>
        <translation>El PAC no tiene %1: %2</translation>
    </message>
    <message>
        <source>The PAC refused %1 because it clashes with an earlier request: %2</source>
        <translation>El PAC rechazó %1 porque contradice una solicitud anterior: %2</translation>
    </message>
    <message>
        <source>The PAC is receiving too many requests; %1 will be sent again later (%2)</source>
        <translation>El PAC está recibiendo demasiadas solicitudes; %1 se enviará de nuevo más tarde (%2)</translation>
    </message>
    <message>
        <source>The PAC is failing (HTTP %1): %2; %3 will be sent again later</source>
        <translation>El PAC está fallando (HTTP %1): %2; %3 se enviará de nuevo más tarde</translation>
    </message>
    <message>
        <source>The PAC answered HTTP %1 to %2: %3</source>
        <translation>El PAC respondió HTTP %1 a %2: %3</translation>
    </message>
    <message>
        <source>the invoice %1</source>
        <translation>la factura %1</translation>
    </message>
    <message>
        <source>There is no Facturapi API key on this device; enter it in the fiscal settings</source>
        <translation>No hay llave de API de Facturapi en este equipo; captúrela en la configuración fiscal</translation>
    </message>
    <message>
        <source>The Facturapi API key stored on this device is empty</source>
        <translation>La llave de API de Facturapi guardada en este equipo está vacía</translation>
    </message>
    <message>
        <source>Cannot reach the PAC: %1</source>
        <translation>No se puede conectar con el PAC: %1</translation>
    </message>
    <message>
        <source>The PAC answered something that is not an invoice: %1</source>
        <translation>El PAC respondió algo que no es una factura: %1</translation>
    </message>
    <message>
        <source>An invoice is never sent to the PAC without an idempotency key</source>
        <translation>Una factura nunca se envía al PAC sin llave de idempotencia</translation>
    </message>
    <message>
        <source>the invoice</source>
        <translation>la factura</translation>
    </message>
    <message>
        <source>%1 is not a PAC invoice id</source>
        <translation>%1 no es un id de factura del PAC</translation>
    </message>
    <message>
        <source>The PAC sent an empty %1 of the invoice %2</source>
        <translation>El PAC envió vacío el %1 de la factura %2</translation>
    </message>
    <message>
        <source>The XML the PAC sent for the invoice %1 has no TimbreFiscalDigital</source>
        <translation>El XML que envió el PAC para la factura %1 no tiene TimbreFiscalDigital</translation>
    </message>
    <message>
        <source>What the PAC sent as the PDF of the invoice %1 is not a PDF</source>
        <translation>Lo que envió el PAC como PDF de la factura %1 no es un PDF</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo</translation>
    </message>
    <message>
        <source>The cancellation motive must be 01 (errors, with a substituting invoice), 02 (errors, without relation), 03 (the operation did not take place) or 04 (nominative operation in a global invoice), not &quot;%1&quot;</source>
        <translation>El motivo de cancelación debe ser 01 (con errores, con factura que la sustituye), 02 (con errores, sin relación), 03 (no se llevó a cabo la operación) o 04 (operación nominativa relacionada en una factura global), no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Motive 01 needs the folio fiscal (UUID) of the invoice that substitutes this one</source>
        <translation>El motivo 01 necesita el folio fiscal (UUID) de la factura que sustituye a esta</translation>
    </message>
    <message>
        <source>Only motive 01 takes a substituting invoice</source>
        <translation>Solo el motivo 01 lleva una factura que la sustituye</translation>
    </message>
    <message>
        <source>Give at least one ticket folio to invoice</source>
        <translation>Indique al menos un folio de ticket para facturar</translation>
    </message>
    <message>
        <source>Choose the customer the invoice is for</source>
        <translation>Elija el cliente al que se factura</translation>
    </message>
    <message>
        <source>There is no customer %1</source>
        <translation>No existe el cliente %1</translation>
    </message>
    <message>
        <source>The customer %1 has no RFC: add it before invoicing</source>
        <translation>El cliente %1 no tiene RFC: agréguelo antes de facturar</translation>
    </message>
    <message>
        <source>The customer %1 has no régimen fiscal: add it before invoicing</source>
        <translation>El cliente %1 no tiene régimen fiscal: agréguelo antes de facturar</translation>
    </message>
    <message>
        <source>The customer %1 has no código postal fiscal: add it before invoicing</source>
        <translation>El cliente %1 no tiene código postal fiscal: agréguelo antes de facturar</translation>
    </message>
    <message>
        <source>The ticket %1 is listed twice</source>
        <translation>El ticket %1 aparece dos veces</translation>
    </message>
    <message>
        <source>There is no ticket %1</source>
        <translation>No existe el ticket %1</translation>
    </message>
    <message>
        <source>The ticket %1 was cancelled and cannot be invoiced</source>
        <translation>El ticket %1 fue cancelado y no se puede facturar</translation>
    </message>
    <message>
        <source>The ticket %1 was sold to another customer</source>
        <translation>El ticket %1 se vendió a otro cliente</translation>
    </message>
    <message>
        <source>The ticket %1 has returns (%2): it can no longer be invoiced as it was sold</source>
        <translation>El ticket %1 tiene devoluciones (%2): ya no se puede facturar como se vendió</translation>
    </message>
    <message>
        <source>The ticket %1 is already invoiced (invoice %2)</source>
        <translation>El ticket %1 ya está facturado (factura %2)</translation>
    </message>
    <message>
        <source>The period of the factura global is not valid</source>
        <translation>El periodo de la factura global no es válido</translation>
    </message>
    <message>
        <source>A factura global covers at most two months</source>
        <translation>Una factura global abarca como máximo dos meses</translation>
    </message>
    <message>
        <source>Unknown time zone %1</source>
        <translation>Zona horaria desconocida: %1</translation>
    </message>
    <message>
        <source>There are no tickets left for a factura global from %1 to %2: every one is invoiced already</source>
        <translation>No quedan tickets para una factura global del %1 al %2: todos ya están facturados</translation>
    </message>
    <message>
        <source>There is no invoice %1</source>
        <translation>No existe la factura %1</translation>
    </message>
    <message>
        <source>The invoice %1 is already cancelled</source>
        <translation>La factura %1 ya está cancelada</translation>
    </message>
    <message>
        <source>The invoice %1 was refused by the PAC: there is nothing to cancel</source>
        <translation>El PAC rechazó la factura %1: no hay nada que cancelar</translation>
    </message>
    <message>
        <source>The invoice %1 may already be at the PAC; cancel it once it is stamped</source>
        <translation>La factura %1 quizá ya llegó al PAC; cancélela cuando esté timbrada</translation>
    </message>
    <message>
        <source>The cancellation of the invoice %1 is already requested</source>
        <translation>La cancelación de la factura %1 ya está solicitada</translation>
    </message>
    <message>
        <source>The PAC says the invoice %1 is &quot;%2&quot;, not stamped</source>
        <translation>El PAC dice que la factura %1 está &quot;%2&quot;, no timbrada</translation>
    </message>
    <message>
        <source>The XML the PAC sent has the UUID %1, not the invoice&apos;s %2</source>
        <translation>El XML que envió el PAC tiene el UUID %1, no el de la factura, %2</translation>
    </message>
    <message>
        <source>Unknown HTTP method</source>
        <translation>Método HTTP desconocido</translation>
    </message>
    <message>
        <source>Say which user makes the invoice</source>
        <translation>Indique qué usuario hace la factura</translation>
    </message>
    <message>
        <source>The stamped CFDI has no valid %1.</source>
        <translation>El CFDI timbrado no tiene un %1 válido.</translation>
    </message>
    <message>
        <source>The XML is a CFDI version &quot;%1&quot;, not 4.0.</source>
        <translation>El XML es un CFDI versión &quot;%1&quot;, no 4.0.</translation>
    </message>
    <message>
        <source>The CFDI has not been stamped: it has no TimbreFiscalDigital (folio fiscal).</source>
        <translation>El CFDI no está timbrado: no tiene TimbreFiscalDigital (folio fiscal).</translation>
    </message>
    <message>
        <source>The stamp&apos;s SelloCFD is not this Comprobante&apos;s Sello: the timbre belongs to another document.</source>
        <translation>El SelloCFD del timbre no es el Sello de este comprobante: el timbre es de otro documento.</translation>
    </message>
    <message>
        <source>The CFDI is not well-formed XML: %1 (line %2)</source>
        <translation>El CFDI no es un XML bien formado: %1 (línea %2)</translation>
    </message>
    <message>
        <source>RFC &quot;%1&quot; is not valid: 12 characters for a company, 13 for a person (e.g. EKU9003173C9).</source>
        <translation>El RFC &quot;%1&quot; no es válido: 12 caracteres para una persona moral, 13 para una persona física (p. ej. EKU9003173C9).</translation>
    </message>
    <message>
        <source>Write the legal name exactly as registered with the SAT.</source>
        <translation>Escribe la razón social exactamente como está registrada ante el SAT.</translation>
    </message>
    <message>
        <source>Choose the tax regime (régimen fiscal).</source>
        <translation>Elige el régimen fiscal.</translation>
    </message>
    <message>
        <source>Regime %1 is not for companies (RFC of 12 characters).</source>
        <translation>El régimen %1 no es para personas morales (RFC de 12 caracteres).</translation>
    </message>
    <message>
        <source>Regime %1 is not for persons (RFC of 13 characters).</source>
        <translation>El régimen %1 no es para personas físicas (RFC de 13 caracteres).</translation>
    </message>
    <message>
        <source>The place of issue is a postal code of 5 digits.</source>
        <translation>El lugar de expedición es un código postal de 5 dígitos.</translation>
    </message>
    <message>
        <source>The series is up to 25 letters and digits, without spaces.</source>
        <translation>La serie es de hasta 25 letras y dígitos, sin espacios.</translation>
    </message>
    <message>
        <source>Write the password of the .key file (the CSD&apos;s password).</source>
        <translation>Escribe la contraseña del archivo .key (la contraseña del CSD).</translation>
    </message>
    <message>
        <source>The .key file does not belong to certificate %1: upload the .key of the same CSD.</source>
        <translation>El archivo .key no corresponde al certificado %1: sube el .key del mismo CSD.</translation>
    </message>
    <message>
        <source>Certificate %1 belongs to RFC %2, not to %3.</source>
        <translation>El certificado %1 es del RFC %2, no de %3.</translation>
    </message>
    <message>
        <source>Certificate %1 is not valid until %2.</source>
        <translation>El certificado %1 no es vigente sino hasta el %2.</translation>
    </message>
    <message>
        <source>Certificate %1 expired on %2: request a new CSD from the SAT (CertiSAT).</source>
        <translation>El certificado %1 venció el %2: solicita un CSD nuevo al SAT (CertiSAT).</translation>
    </message>
    <message>
        <source>The SAT&apos;s verification QR could not be made: %1</source>
        <translation>No se pudo generar el código QR de verificación del SAT: %1</translation>
    </message>
    <message>
        <source>The invoice PDF could not be written to %1: %2</source>
        <translation>No se pudo guardar el PDF de la factura en %1: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>Choose the certificate (.cer) of the CSD.</source>
        <translation>Elige el certificado (.cer) del CSD.</translation>
    </message>
    <message>
        <source>Choose the private key (.key) of the CSD.</source>
        <translation>Elige la llave privada (.key) del CSD.</translation>
    </message>
    <message>
        <source>Write the folio of the ticket to invoice.</source>
        <translation>Escribe el folio del ticket a facturar.</translation>
    </message>
    <message>
        <source>Choose the customer the invoice is for.</source>
        <translation>Elige el cliente de la factura.</translation>
    </message>
    <message>
        <source>This branch&apos;s fiscal data is not complete (%1): a manager fills it in Till → Invoicing settings.</source>
        <translation>Los datos fiscales de esta sucursal no están completos (%1): un gerente los llena en Caja → Ajustes de facturación.</translation>
    </message>
    <message>
        <source>This branch has no warehouses on this computer yet</source>
        <translation>Esta sucursal todavía no tiene almacenes en este equipo</translation>
    </message>
    <message>
        <source>The assistant needs both databases, the session and a clock</source>
        <translation>El asistente necesita ambas bases de datos, la sesión y un reloj</translation>
    </message>
    <message>
        <source>The sale screen did not take the part: its message says why</source>
        <translation>La pantalla de venta no tomó la pieza: su mensaje dice por qué</translation>
    </message>
    <message>
        <source>Line %1 of the intent table has no kind</source>
        <translation>La línea %1 de la tabla de intenciones no tiene tipo</translation>
    </message>
    <message>
        <source>Write the text of the message</source>
        <translation>Escribe el texto del mensaje</translation>
    </message>
    <message>
        <source>Write the subject of the e-mail</source>
        <translation>Escribe el asunto del correo</translation>
    </message>
    <message>
        <source>The message %1 does not exist</source>
        <translation>El mensaje %1 no existe</translation>
    </message>
    <message>
        <source>Only a failed message can be sent again</source>
        <translation>Solo un mensaje fallido se puede volver a enviar</translation>
    </message>
    <message>
        <source>Choose the customer</source>
        <translation>Elige al cliente</translation>
    </message>
    <message>
        <source>The reorder point cannot be negative</source>
        <translation>El punto de reorden no puede ser negativo</translation>
    </message>
    <message>
        <source>The placeholder {%1} does not exist for this event; use one of: %2</source>
        <translation>El campo {%1} no existe para este evento; usa uno de: %2</translation>
    </message>
    <message>
        <source>The placeholder {%1} has no value here</source>
        <translation>El campo {%1} no tiene valor aquí</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>This counter is not enrolled in a branch yet</source>
        <translation>Esta caja aún no está inscrita en una sucursal</translation>
    </message>
    <message>
        <source>The tenant has no branch %1</source>
        <translation>La empresa no tiene la sucursal %1</translation>
    </message>
    <message>
        <source>The report was cancelled</source>
        <translation>El reporte se canceló</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>There is no report called &quot;%1&quot;</source>
        <translation>No existe un reporte llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the report</source>
        <translation>Elige el primer y el último día del reporte</translation>
    </message>
    <message>
        <source>The last day is before the first day</source>
        <translation>El último día es anterior al primero</translation>
    </message>
    <message>
        <source>A manager sees the reports of their own branch only</source>
        <translation>Un gerente solo ve los reportes de su propia sucursal</translation>
    </message>
    <message>
        <source>A cashier may see the sales, returns and figures of their own cash session only</source>
        <translation>Un cajero solo puede ver las ventas, devoluciones y cifras de su propio corte de caja</translation>
    </message>
    <message>
        <source>A cashier may see their own cash session only</source>
        <translation>Un cajero solo puede ver su propio corte de caja</translation>
    </message>
    <message>
        <source>Your role may not see reports</source>
        <translation>Tu rol no puede ver reportes</translation>
    </message>
    <message>
        <source>This report needs the catalogue (catalog.db), which is not on this device yet</source>
        <translation>Este reporte necesita el catálogo (catalog.db), que aún no está en este equipo</translation>
    </message>
    <message>
        <source>Unknown report</source>
        <translation>Reporte desconocido</translation>
    </message>
    <message>
        <source>%1 is not a purchase order status</source>
        <translation>%1 no es un estado de orden de compra</translation>
    </message>
    <message>
        <source>A purchase order that is &quot;%1&quot; cannot become &quot;%2&quot;</source>
        <translation>Una orden de compra «%1» no puede pasar a «%2»</translation>
    </message>
    <message>
        <source>%1 is missing or has the wrong type</source>
        <translation>Falta %1 o tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>%1 is not a currency of purchases (MXN or USD)</source>
        <translation>%1 no es una moneda de compras (MXN o USD)</translation>
    </message>
    <message>
        <source>%1 needs a line, a part and a quantity above zero</source>
        <translation>%1 necesita partida, pieza y una cantidad mayor que cero</translation>
    </message>
    <message>
        <source>A receipt needs at least one line</source>
        <translation>Una recepción necesita al menos una partida</translation>
    </message>
    <message>
        <source>The payment must be more than zero</source>
        <translation>El pago debe ser mayor que cero</translation>
    </message>
    <message>
        <source>There is no purchase order %1 on this computer</source>
        <translation>No hay una orden de compra %1 en este equipo</translation>
    </message>
    <message>
        <source>There is no supplier %1 on this computer</source>
        <translation>No hay un proveedor %1 en este equipo</translation>
    </message>
    <message>
        <source>Choose the supplier</source>
        <translation>Elige el proveedor</translation>
    </message>
    <message>
        <source>The supplier %1 is inactive: activate it before ordering</source>
        <translation>El proveedor %1 está inactivo: actívalo antes de pedirle</translation>
    </message>
    <message>
        <source>Choose the warehouse that receives the order</source>
        <translation>Elige el almacén que recibe la orden</translation>
    </message>
    <message>
        <source>Type the exchange rate of the dollar (pesos per dollar)</source>
        <translation>Escribe el tipo de cambio del dólar (pesos por dólar)</translation>
    </message>
    <message>
        <source>Choose the part from the catalogue</source>
        <translation>Elige la pieza del catálogo</translation>
    </message>
    <message>
        <source>The quantity of %1 must be more than zero</source>
        <translation>La cantidad de %1 debe ser mayor que cero</translation>
    </message>
    <message>
        <source>The cost of %1 cannot be negative</source>
        <translation>El costo de %1 no puede ser negativo</translation>
    </message>
    <message>
        <source>Add at least one part to the order</source>
        <translation>Agrega al menos una pieza a la orden</translation>
    </message>
    <message>
        <source>The purchase order %1 is &quot;%2&quot;: only a draft can change</source>
        <translation>La orden de compra %1 está «%2»: solo un borrador se puede modificar</translation>
    </message>
    <message>
        <source>Say why the purchase order is cancelled</source>
        <translation>Indica por qué se cancela la orden de compra</translation>
    </message>
    <message>
        <source>The purchase order %1 is &quot;%2&quot;: it cannot receive pieces</source>
        <translation>La orden de compra %1 está «%2»: no puede recibir piezas</translation>
    </message>
    <message>
        <source>The purchase order %1 has no line %2</source>
        <translation>La orden de compra %1 no tiene la partida %2</translation>
    </message>
    <message>
        <source>The line %1 is received twice in one receipt</source>
        <translation>La partida %1 aparece dos veces en la misma recepción</translation>
    </message>
    <message>
        <source>The quantity received of %1 cannot be negative</source>
        <translation>La cantidad recibida de %1 no puede ser negativa</translation>
    </message>
    <message>
        <source>Type or scan how many pieces of each part arrived</source>
        <translation>Escribe o escanea cuántas piezas de cada refacción llegaron</translation>
    </message>
    <message>
        <source>Choose how the supplier was paid</source>
        <translation>Elige cómo se le pagó al proveedor</translation>
    </message>
    <message>
        <source>Type the supplier&apos;s name or business name</source>
        <translation>Escribe el nombre o la razón social del proveedor</translation>
    </message>
    <message>
        <source>The supplier&apos;s name has %1 characters; at most %2 fit</source>
        <translation>El nombre del proveedor tiene %1 caracteres; caben como máximo %2</translation>
    </message>
    <message>
        <source>The lead time must be from 0 to %1 days</source>
        <translation>El tiempo de entrega debe ser de 0 a %1 días</translation>
    </message>
    <message>
        <source>The part %1 is listed twice for this supplier</source>
        <translation>La pieza %1 aparece dos veces para este proveedor</translation>
    </message>
    <message>
        <source>The supplier&apos;s part number of %1 is longer than 64 characters</source>
        <translation>El número de parte del proveedor para %1 tiene más de 64 caracteres</translation>
    </message>
    <message>
        <source>Type the e-mail address to send the invoice to</source>
        <translation>Escribe el correo al que se envía la factura</translation>
    </message>
    <message>
        <source>Only a stamped invoice can be sent by e-mail</source>
        <translation>Solo una factura timbrada se puede enviar por correo</translation>
    </message>
    <message>
        <source>The return %1 has no lines</source>
        <translation>La devolución %1 no tiene renglones</translation>
    </message>
    <message>
        <source>The stamped invoice&apos;s %1 &quot;%2&quot; is not an amount</source>
        <translation>El %1 «%2» de la factura timbrada no es un importe</translation>
    </message>
    <message>
        <source>The invoice %1 is paid in full already</source>
        <translation>La factura %1 ya está pagada por completo</translation>
    </message>
    <message>
        <source>The CFDI %1 was sent before its request was complete</source>
        <translation>El CFDI %1 se envió antes de completar su solicitud</translation>
    </message>
    <message>
        <source>Waiting for the folio fiscal of the invoice it relates to (%1)</source>
        <translation>Espera el folio fiscal de la factura con la que se relaciona (%1)</translation>
    </message>
    <message>
        <source>The invoice it relates to (%1) was refused or cancelled: this CFDI cannot be stamped</source>
        <translation>La factura con la que se relaciona (%1) fue rechazada o cancelada: este CFDI no se puede timbrar</translation>
    </message>
    <message>
        <source>Adjusting stock needs a manager: ask a manager to authorise it with their PIN</source>
        <translation>Ajustar existencias requiere un gerente: pide a un gerente que lo autorice con su NIP</translation>
    </message>
    <message>
        <source>The user who authorised it may not adjust stock</source>
        <translation>Quien lo autorizó no puede ajustar existencias</translation>
    </message>
    <message>
        <source>Choose the warehouse</source>
        <translation>Elige el almacén</translation>
    </message>
    <message>
        <source>Add at least one part to adjust</source>
        <translation>Agrega al menos una pieza para ajustar</translation>
    </message>
    <message>
        <source>Say what happened: theft and corrections need a note</source>
        <translation>Explica qué pasó: el robo y la corrección necesitan una nota</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters)</source>
        <translation>La nota es demasiado larga (máximo %1 caracteres)</translation>
    </message>
    <message>
        <source>Choose the part</source>
        <translation>Elige la pieza</translation>
    </message>
    <message>
        <source>The quantity to adjust cannot be zero</source>
        <translation>La cantidad a ajustar no puede ser cero</translation>
    </message>
    <message>
        <source>The part %1 is twice in the adjustment</source>
        <translation>La pieza %1 está dos veces en el ajuste</translation>
    </message>
    <message>
        <source>Shrinkage, damage and theft take pieces out: use a negative quantity, or a correction to add pieces</source>
        <translation>La merma, el daño y el robo sacan piezas: usa una cantidad negativa, o una corrección para agregar piezas</translation>
    </message>
    <message>
        <source>The count %1 of this warehouse is still open: finish it first</source>
        <translation>El conteo %1 de este almacén sigue abierto: termínalo primero</translation>
    </message>
    <message>
        <source>The count %1 is already closed</source>
        <translation>El conteo %1 ya está cerrado</translation>
    </message>
    <message>
        <source>The counted quantity cannot be negative</source>
        <translation>La cantidad contada no puede ser negativa</translation>
    </message>
    <message>
        <source>Nothing has been counted yet</source>
        <translation>Todavía no se ha contado nada</translation>
    </message>
    <message>
        <source>There is no count %1 on this computer</source>
        <translation>No hay un conteo %1 en esta computadora</translation>
    </message>
    <message>
        <source>The invoice is not stamped yet: there is no PDF to open</source>
        <translation>La factura aún no está timbrada: no hay PDF que abrir</translation>
    </message>
    <message>
        <source>Choose a CFDI in the list first</source>
        <translation>Primero elige un CFDI de la lista</translation>
    </message>
    <message>
        <source>The minimum cannot be negative</source>
        <translation>El mínimo no puede ser negativo</translation>
    </message>
    <message>
        <source>The reorder point cannot be below the minimum</source>
        <translation>El punto de reorden no puede ser menor que el mínimo</translation>
    </message>
    <message>
        <source>The maximum cannot be below the reorder point</source>
        <translation>El máximo no puede ser menor que el punto de reorden</translation>
    </message>
    <message>
        <source>Use the sales of 1 to 52 weeks</source>
        <translation>Usa las ventas de 1 a 52 semanas</translation>
    </message>
    <message>
        <source>The lead time is at most 365 days</source>
        <translation>El tiempo de entrega es de máximo 365 días</translation>
    </message>
    <message>
        <source>There is no open, unacknowledged alert %1</source>
        <translation>No hay una alerta %1 abierta y sin ver</translation>
    </message>
    <message>
        <source>The VIN database is not installed on this computer: type the plates of a vehicle on file</source>
        <translation>La base de datos de VIN no está instalada en esta computadora: escribe las placas de un vehículo registrado</translation>
    </message>
    <message>
        <source>The VIN %1 could not be decoded: add the vehicle to the customer</source>
        <translation>No se pudo decodificar el VIN %1: agrega el vehículo a la ficha del cliente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a VIN (17 characters) nor plates in use in Mexico</source>
        <translation>&quot;%1&quot; no es un VIN (17 caracteres) ni unas placas de las que circulan en México</translation>
    </message>
    <message>
        <source>No customer&apos;s vehicle has the plates %1: add it on the customer&apos;s card, or type the VIN</source>
        <translation>Ningún vehículo de cliente tiene las placas %1: agrégalo en la ficha del cliente o escribe el VIN</translation>
    </message>
    <message>
        <source>The vehicle with plates %1 has no make or VIN on file: complete it on the customer&apos;s card</source>
        <translation>El vehículo con placas %1 no tiene marca ni VIN registrados: complétalo en la ficha del cliente</translation>
    </message>
    <message>
        <source>This customer has no vehicle %1</source>
        <translation>Este cliente no tiene el vehículo %1</translation>
    </message>
    <message>
        <source>The model year must be between %1 and %2</source>
        <translation>El año modelo debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>Type the VIN, the plates or at least the make of the vehicle</source>
        <translation>Escribe el VIN, las placas o al menos la marca del vehículo</translation>
    </message>
    <message>
        <source>Write what the note or call was about</source>
        <translation>Escribe de qué se trató la nota o la llamada</translation>
    </message>
    <message>
        <source>A note has at most %1 characters</source>
        <translation>Una nota tiene como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is longer than %2 characters</source>
        <translation>La etiqueta &quot;%1&quot; tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>A customer has at most %1 tags</source>
        <translation>Un cliente tiene como máximo %1 etiquetas</translation>
    </message>
    <message>
        <source>Unknown RMA status &quot;%1&quot;</source>
        <translation>Estado de RMA desconocido «%1»</translation>
    </message>
    <message>
        <source>Say which supplier the piece goes back to</source>
        <translation>Indique a qué proveedor regresa la pieza</translation>
    </message>
    <message>
        <source>Only a piece the store kept (a claim resolved by replace or refund) goes back to the supplier</source>
        <translation>Solo regresa al proveedor una pieza que la tienda conservó (reclamación resuelta con reemplazo o reembolso)</translation>
    </message>
    <message>
        <source>The piece of this claim went back already (RMA %1)</source>
        <translation>La pieza de esta reclamación ya se regresó (RMA %1)</translation>
    </message>
    <message>
        <source>An RMA is settled as credited or rejected</source>
        <translation>Un RMA se liquida como acreditado o rechazado</translation>
    </message>
    <message>
        <source>Type the credit the supplier gave</source>
        <translation>Escriba el crédito que dio el proveedor</translation>
    </message>
    <message>
        <source>Say why the supplier rejected it</source>
        <translation>Indique por qué lo rechazó el proveedor</translation>
    </message>
    <message>
        <source>The RMA %1 is settled already</source>
        <translation>El RMA %1 ya está liquidado</translation>
    </message>
    <message>
        <source>There is no RMA %1</source>
        <translation>No existe el RMA %1</translation>
    </message>
    <message>
        <source>Unknown claim status &quot;%1&quot;</source>
        <translation>Estado de reclamación desconocido «%1»</translation>
    </message>
    <message>
        <source>Unknown claim resolution &quot;%1&quot;</source>
        <translation>Resolución de reclamación desconocida «%1»</translation>
    </message>
    <message>
        <source>This line has no warranty</source>
        <translation>Esta partida no tiene garantía</translation>
    </message>
    <message>
        <source>The warranty expired on %1: it cannot be claimed</source>
        <translation>La garantía venció el %1: ya no se puede reclamar</translation>
    </message>
    <message>
        <source>Only %1 of this line can be claimed (returned or already in an open claim)</source>
        <translation>Solo se pueden reclamar %1 de esta partida (lo demás se devolvió o ya está en una reclamación abierta)</translation>
    </message>
    <message>
        <source>The claim %1 is closed: nothing can change</source>
        <translation>La reclamación %1 está cerrada: ya no puede cambiar</translation>
    </message>
    <message>
        <source>The claim %1 is resolved already</source>
        <translation>La reclamación %1 ya está resuelta</translation>
    </message>
    <message>
        <source>Say why the claim is rejected</source>
        <translation>Indique por qué se rechaza la reclamación</translation>
    </message>
    <message>
        <source>A service is not replaced by a piece: repair it again, refund it or reject the claim</source>
        <translation>Un servicio no se reemplaza con una pieza: vuelva a hacer el trabajo, reembólselo o rechace la reclamación</translation>
    </message>
    <message>
        <source>Receive the defective piece first: the store keeps it when it replaces or refunds</source>
        <translation>Primero reciba la pieza defectuosa: la tienda la conserva cuando reemplaza o reembolsa</translation>
    </message>
    <message>
        <source>Resolve the claim %1 before closing it</source>
        <translation>Resuelva la reclamación %1 antes de cerrarla</translation>
    </message>
    <message>
        <source>The text may have at most %1 characters</source>
        <translation>El texto puede tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>A %1 may not resolve warranty claims: a manager must authorise it</source>
        <translation>Un %1 no puede resolver reclamaciones de garantía: un gerente debe autorizarlo</translation>
    </message>
    <message>
        <source>The user %1 may not authorise warranty claims</source>
        <translation>El usuario %1 no puede autorizar reclamaciones de garantía</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the claim&apos;s folder</source>
        <translation>No se pudo copiar %1 a la carpeta de la reclamación</translation>
    </message>
    <message>
        <source>Say what is wrong with it</source>
        <translation>Indique qué falla</translation>
    </message>
    <message>
        <source>The file %1 does not exist</source>
        <translation>El archivo %1 no existe</translation>
    </message>
    <message>
        <source>There is no warranty claim %1</source>
        <translation>No existe la reclamación de garantía %1</translation>
    </message>
    <message>
        <source>There is no ticket %1 on this counter</source>
        <translation>No existe el ticket %1 en esta caja</translation>
    </message>
    <message>
        <source>Type part of the customer&apos;s name or their phone</source>
        <translation>Escriba parte del nombre del cliente o su teléfono</translation>
    </message>
    <message>
        <source>Type or scan the part&apos;s SKU</source>
        <translation>Escriba o escanee el SKU de la pieza</translation>
    </message>
    <message>
        <source>There is no part %1</source>
        <translation>No existe la pieza %1</translation>
    </message>
    <message>
        <source>The ticket has no line %1</source>
        <translation>El ticket no tiene la partida %1</translation>
    </message>
    <message>
        <source>The warranty must be between 0 and %1 days</source>
        <translation>La garantía debe ser de 0 a %1 días</translation>
    </message>
    <message>
        <source>Choose the brand or the category the warranty applies to</source>
        <translation>Elija la marca o la categoría a la que aplica la garantía</translation>
    </message>
    <message>
        <source>The labor warranty applies to every service</source>
        <translation>La garantía de mano de obra aplica a todos los servicios</translation>
    </message>
    <message>
        <source>Say why this line has another warranty</source>
        <translation>Indique por qué esta partida tiene otra garantía</translation>
    </message>
    <message>
        <source>There is no supplier %1</source>
        <translation>No existe el proveedor %1</translation>
    </message>
    <message>
        <source>A line of the plan template is malformed</source>
        <translation>Una línea de la plantilla del plan está mal formada</translation>
    </message>
    <message>
        <source>There is no vehicle %1 on this computer</source>
        <translation>No hay un vehículo %1 en esta computadora</translation>
    </message>
    <message>
        <source>The customer %1 is not a fleet</source>
        <translation>El cliente %1 no es una flotilla</translation>
    </message>
    <message>
        <source>The fleet&apos;s plan template has no maintenance yet</source>
        <translation>La plantilla de la flotilla aún no tiene mantenimientos</translation>
    </message>
    <message>
        <source>The service&apos;s day cannot be after today</source>
        <translation>El día del servicio no puede ser posterior a hoy</translation>
    </message>
    <message>
        <source>Choose at least one maintenance of the plan</source>
        <translation>Elige al menos un mantenimiento del plan</translation>
    </message>
    <message>
        <source>The service order %1 is not this vehicle&apos;s</source>
        <translation>La orden de servicio %1 no es de este vehículo</translation>
    </message>
    <message>
        <source>The maintenance %1 is not on this vehicle&apos;s plan</source>
        <translation>El mantenimiento %1 no está en el plan de este vehículo</translation>
    </message>
    <message>
        <source>The period&apos;s last day comes before its first</source>
        <translation>El último día del periodo es anterior al primero</translation>
    </message>
    <message>
        <source>Name the maintenance (e.g. &quot;Cambio de aceite&quot;)</source>
        <translation>Escribe el nombre del mantenimiento (p. ej. &quot;Cambio de aceite&quot;)</translation>
    </message>
    <message>
        <source>The name of a maintenance takes at most %1 characters</source>
        <translation>El nombre de un mantenimiento lleva a lo más %1 caracteres</translation>
    </message>
    <message>
        <source>Every how many km: between 0 and %1</source>
        <translation>Cada cuántos km: entre 0 y %1</translation>
    </message>
    <message>
        <source>Every how many months: between 0 and %1</source>
        <translation>Cada cuántos meses: entre 0 y %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a distance, a time or both</source>
        <translation>&quot;%1&quot; necesita una distancia, un tiempo o ambos</translation>
    </message>
    <message>
        <source>A plan holds at most %1 maintenances</source>
        <translation>Un plan tiene a lo más %1 mantenimientos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is twice in the plan</source>
        <translation>&quot;%1&quot; está dos veces en el plan</translation>
    </message>
    <message>
        <source>The statement closes on a day between 1 and 28</source>
        <translation>El estado de cuenta cierra un día entre el 1 y el 28</translation>
    </message>
    <message>
        <source>The odometer reads between 0 and %1 km</source>
        <translation>El odómetro marca entre 0 y %1 km</translation>
    </message>
    <message>
        <source>The quote&apos;s %1 is missing or wrong</source>
        <translation>Falta o es incorrecto el dato %1 de la cotización</translation>
    </message>
    <message>
        <source>There is no quote %1 on this computer</source>
        <translation>La cotización %1 no está en esta computadora</translation>
    </message>
    <message>
        <source>The sale %1 is not there to record its quote</source>
        <translation>La venta %1 no está para registrar su cotización</translation>
    </message>
    <message>
        <source>The quote %1 has no mobile number for WhatsApp</source>
        <translation>La cotización %1 no tiene un celular para WhatsApp</translation>
    </message>
    <message>
        <source>The quote %1 has no e-mail address</source>
        <translation>La cotización %1 no tiene correo electrónico</translation>
    </message>
    <message>
        <source>%1 does not accept messages</source>
        <translation>%1 no acepta mensajes</translation>
    </message>
    <message>
        <source>%1 does not accept messages by this channel</source>
        <translation>%1 no acepta mensajes por este medio</translation>
    </message>
    <message>
        <source>Sending quotes by %1 is turned off in the message templates</source>
        <translation>El envío de cotizaciones por %1 está desactivado en las plantillas de mensajes</translation>
    </message>
    <message>
        <source>The quote %1 was sent already by this channel</source>
        <translation>La cotización %1 ya se envió por este medio</translation>
    </message>
    <message>
        <source>The ticket is empty: there is nothing to quote</source>
        <translation>El ticket está vacío: no hay nada que cotizar</translation>
    </message>
    <message>
        <source>A quote needs the customer&apos;s name</source>
        <translation>La cotización necesita el nombre del cliente</translation>
    </message>
    <message>
        <source>The quote must be valid at least until today (%1)</source>
        <translation>La cotización debe ser válida al menos hasta hoy (%1)</translation>
    </message>
    <message>
        <source>A quote cannot be valid for more than %1 days</source>
        <translation>Una cotización no puede ser válida por más de %1 días</translation>
    </message>
    <message>
        <source>The quote %1 was already converted (sale %2)</source>
        <translation>La cotización %1 ya se convirtió en venta (venta %2)</translation>
    </message>
    <message>
        <source>The quote %1 was cancelled</source>
        <translation>La cotización %1 fue cancelada</translation>
    </message>
    <message>
        <source>The quote %1 was already converted</source>
        <translation>La cotización %1 ya se convirtió en venta</translation>
    </message>
    <message>
        <source>The audio is not a WAV file</source>
        <translation>El audio no es un archivo WAV</translation>
    </message>
    <message>
        <source>The WAV file&apos;s format chunk is truncated</source>
        <translation>El bloque de formato del archivo WAV está incompleto</translation>
    </message>
    <message>
        <source>The WAV file is not PCM audio</source>
        <translation>El archivo WAV no es audio PCM</translation>
    </message>
    <message>
        <source>The WAV file&apos;s format is not supported</source>
        <translation>El formato del archivo WAV no es compatible</translation>
    </message>
    <message>
        <source>The WAV file has no audio data</source>
        <translation>El archivo WAV no tiene datos de audio</translation>
    </message>
    <message>
        <source>The transcription service address must be an https:// address, e.g. https://api.openai.com</source>
        <translation>La dirección del servicio de transcripción debe ser https://, por ejemplo https://api.openai.com</translation>
    </message>
    <message>
        <source>Online transcription has no valid service address: set it in the voice settings</source>
        <translation>La transcripción en línea no tiene una dirección de servicio válida: configúrela en los ajustes de voz</translation>
    </message>
    <message>
        <source>Online transcription has no model: set it in the voice settings</source>
        <translation>La transcripción en línea no tiene modelo: configúrelo en los ajustes de voz</translation>
    </message>
    <message>
        <source>Online transcription has no API key: enter it in the voice settings</source>
        <translation>La transcripción en línea no tiene llave de API: escríbala en los ajustes de voz</translation>
    </message>
    <message>
        <source>The transcription service answered something that is not a transcript: %1</source>
        <translation>El servicio de transcripción respondió algo que no es una transcripción: %1</translation>
    </message>
    <message>
        <source>The transcription service did not accept the API key (%1). Check the key in the voice settings.</source>
        <translation>El servicio de transcripción no aceptó la llave de API (%1). Revise la llave en los ajustes de voz.</translation>
    </message>
    <message>
        <source>The transcription service account has run out of credit (%1); the offline engine listens meanwhile</source>
        <translation>La cuenta del servicio de transcripción se quedó sin crédito (%1); mientras tanto escucha el motor sin conexión</translation>
    </message>
    <message>
        <source>The transcription service is receiving too many requests (%1); try again in a moment</source>
        <translation>El servicio de transcripción está recibiendo demasiadas solicitudes (%1); intente de nuevo en un momento</translation>
    </message>
    <message>
        <source>The transcription service is failing (HTTP %1): %2</source>
        <translation>El servicio de transcripción está fallando (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The transcription service refused the recording (HTTP %1, %2): %3. Check the address and the model in the voice settings.</source>
        <translation>El servicio de transcripción rechazó la grabación (HTTP %1, %2): %3. Revise la dirección y el modelo en los ajustes de voz.</translation>
    </message>
    <message>
        <source>The transcription service answered HTTP %1: %2</source>
        <translation>El servicio de transcripción respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>Online transcription is not set up: %1</source>
        <translation>La transcripción en línea no está configurada: %1</translation>
    </message>
    <message>
        <source>Cannot reach the transcription service: %1</source>
        <translation>No se puede conectar con el servicio de transcripción: %1</translation>
    </message>
    <message>
        <source>An abono is paid in pesos, by card or by transfer</source>
        <translation>Un abono se paga en efectivo (pesos), con tarjeta o por transferencia</translation>
    </message>
    <message>
        <source>Type the transfer&apos;s tracking number</source>
        <translation>Escribe la clave de rastreo de la transferencia</translation>
    </message>
    <message>
        <source>Type the card payment&apos;s authorisation number</source>
        <translation>Escribe el número de autorización del pago con tarjeta</translation>
    </message>
    <message>
        <source>%1 does not take the field &quot;%2&quot;: nothing was done.</source>
        <translation>%1 no lleva el campo &quot;%2&quot;: no se hizo nada.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 must be text: nothing was done.</source>
        <translation>El campo &quot;%1&quot; de %2 debe ser texto: no se hizo nada.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 must be a whole number from %3 to %4: nothing was done.</source>
        <translation>El campo &quot;%1&quot; de %2 debe ser un número entero de %3 a %4: no se hizo nada.</translation>
    </message>
    <message>
        <source>%1 needs the field &quot;%2&quot;: nothing was done.</source>
        <translation>%1 necesita el campo &quot;%2&quot;: no se hizo nada.</translation>
    </message>
    <message>
        <source>%1 needs the field &quot;%2&quot; or &quot;%3&quot;: nothing was done.</source>
        <translation>%1 necesita el campo &quot;%2&quot; o &quot;%3&quot;: no se hizo nada.</translation>
    </message>
    <message>
        <source>The catalogue has no vehicle &quot;%1&quot; (field &quot;%2&quot;): nothing was done.</source>
        <translation>El catálogo no tiene el vehículo &quot;%1&quot; (campo &quot;%2&quot;): no se hizo nada.</translation>
    </message>
    <message>
        <source>Chalán has no tool &quot;%1&quot;: nothing was done.</source>
        <translation>Chalán no tiene la herramienta &quot;%1&quot;: no se hizo nada.</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object: nothing was done.</source>
        <translation>Los argumentos de %1 no son un objeto JSON: no se hizo nada.</translation>
    </message>
    <message>
        <source>The folio witness %1 cannot be read: %2</source>
        <translation>No se puede leer el testigo de folios %1: %2</translation>
    </message>
    <message>
        <source>The folio witness %1 is damaged</source>
        <translation>El testigo de folios %1 está dañado</translation>
    </message>
    <message>
        <source>The folio witness %1 cannot be written: %2</source>
        <translation>No se puede escribir el testigo de folios %1: %2</translation>
    </message>
    <message>
        <source>The online assistant answered something that is not a chat completion: %1</source>
        <translation>Chalán en línea respondió algo que no es una respuesta de chat: %1</translation>
    </message>
    <message>
        <source>The online assistant refused the API key (HTTP %1): %2. A manager can fix it in its settings.</source>
        <translation>Chalán en línea rechazó la llave de API (HTTP %1): %2. Un gerente puede corregirla en su configuración.</translation>
    </message>
    <message>
        <source>The online assistant&apos;s account has no credit left (HTTP %1): %2</source>
        <translation>La cuenta de Chalán en línea se quedó sin crédito (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The online assistant is busy (HTTP %1): %2. Try again in a moment.</source>
        <translation>Chalán en línea está saturado (HTTP %1): %2. Intente de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The online assistant failed on its side (HTTP %1): %2</source>
        <translation>Chalán en línea falló de su lado (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The online assistant does not know that model or address (HTTP %1): %2</source>
        <translation>Chalán en línea no conoce ese modelo o dirección (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The online assistant refused the request (HTTP %1): %2</source>
        <translation>Chalán en línea rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The online assistant is not configured.</source>
        <translation>Chalán en línea no está configurado.</translation>
    </message>
    <message>
        <source>The online assistant could not be reached: %1</source>
        <translation>No se pudo conectar con Chalán en línea: %1</translation>
    </message>
    <message>
        <source>The address must be an https:// URL, e.g. https://api.openai.com (the key never travels in clear text).</source>
        <translation>La dirección debe ser https://, por ejemplo https://api.openai.com (la llave nunca viaja sin cifrar).</translation>
    </message>
    <message>
        <source>Say which model to use, e.g. gpt-4o-mini.</source>
        <translation>Indique qué modelo usar, por ejemplo gpt-4o-mini.</translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>El archivo de certificado %1 no existe.</translation>
    </message>
    <message>
        <source>The online assistant gave an empty answer.</source>
        <translation>Chalán en línea dio una respuesta vacía.</translation>
    </message>
    <message>
        <source>The online assistant asked for %1 actions at once (at most %2): nothing was done.</source>
        <translation>Chalán en línea pidió %1 acciones a la vez (máximo %2): no se hizo nada.</translation>
    </message>
    <message>
        <source>The server sent a workshop row of an unknown kind &quot;%1&quot;</source>
        <translation>El servidor envió un registro del taller de un tipo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no mobile number or e-mail to send the order to: add them in its card</source>
        <translation>%1 no tiene celular ni correo para enviarle la orden: agrégalos en su ficha</translation>
    </message>
    <message>
        <source>The PDF of the purchase order %1 could not be written</source>
        <translation>No se pudo escribir el PDF de la orden de compra %1</translation>
    </message>
    <message>
        <source>Type the transcription model, e.g. whisper-1</source>
        <translation>Escribe el modelo de transcripción, p. ej. whisper-1</translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist</source>
        <translation>El archivo de certificado %1 no existe</translation>
    </message>
    <message>
        <source>Type the transcription service&apos;s API key</source>
        <translation>Escribe la llave de API del servicio de transcripción</translation>
    </message>
    <message>
        <source>This invoice has credit notes that are still valid: %1. The SAT requires cancelling them first; then cancel the invoice.</source>
        <translation>Esta factura tiene notas de crédito todavía vigentes: %1. El SAT pide cancelarlas primero; después cancela la factura.</translation>
    </message>
    <message>
        <source>This invoice has payment receipts that are still valid: %1. The SAT requires cancelling them first; then cancel the invoice.</source>
        <translation>Esta factura tiene recibos de pago todavía vigentes: %1. El SAT pide cancelarlos primero; después cancela la factura.</translation>
    </message>
    <message>
        <source>This invoice has credit notes (%1) and payment receipts (%2) that are still valid. The SAT requires cancelling them first; then cancel the invoice.</source>
        <translation>Esta factura tiene notas de crédito (%1) y recibos de pago (%2) todavía vigentes. El SAT pide cancelarlos primero; después cancela la factura.</translation>
    </message>
    <message>
        <source>The speech model is not installed in %1 (Debian package pocketsphinx-en-us)</source>
        <translation>El modelo de voz no está instalado en %1 (paquete de Debian pocketsphinx-en-us)</translation>
    </message>
    <message>
        <source>Cannot write the speech dictionary: %1</source>
        <translation>No se pudo escribir el diccionario de voz: %1</translation>
    </message>
    <message>
        <source>The speech recognizer could not load its model from %1</source>
        <translation>El reconocedor de voz no pudo cargar su modelo desde %1</translation>
    </message>
    <message>
        <source>WhatsApp needs the phone number id of the Business account</source>
        <translation>WhatsApp necesita el id. del número de teléfono de la cuenta Business</translation>
    </message>
    <message>
        <source>The WhatsApp phone number id is digits only</source>
        <translation>El id. del número de WhatsApp lleva solo dígitos</translation>
    </message>
    <message>
        <source>WhatsApp needs the access token of the Business account</source>
        <translation>WhatsApp necesita el token de acceso de la cuenta Business</translation>
    </message>
    <message>
        <source>The WhatsApp API address must start with https://</source>
        <translation>La dirección de la API de WhatsApp debe empezar con https://</translation>
    </message>
    <message>
        <source>E-mail needs the SMTP server (smtp://host:587 or smtps://host:465)</source>
        <translation>El correo necesita el servidor SMTP (smtp://servidor:587 o smtps://servidor:465)</translation>
    </message>
    <message>
        <source>The SMTP server must look like smtp://host:587 or smtps://host:465</source>
        <translation>El servidor SMTP debe verse como smtp://servidor:587 o smtps://servidor:465</translation>
    </message>
    <message>
        <source>E-mail needs the sender&apos;s address (name@domain)</source>
        <translation>El correo necesita la dirección del remitente (nombre@dominio)</translation>
    </message>
    <message>
        <source>The staff&apos;s e-mail is not an address (name@domain)</source>
        <translation>El correo del personal no es una dirección (nombre@dominio)</translation>
    </message>
    <message>
        <source>This computer has no offline speech engine</source>
        <translation>Esta computadora no tiene motor de voz sin conexión</translation>
    </message>
    <message>
        <source>The server sent a customer card row without %1</source>
        <translation>El servidor envió un registro de tarjeta de cliente sin %1</translation>
    </message>
    <message>
        <source>The server sent a customer card row of unknown kind %1</source>
        <translation>El servidor envió un registro de tarjeta de cliente de tipo desconocido %1</translation>
    </message>
    <message>
        <source>The period must start on or before the day it ends</source>
        <translation>El periodo debe empezar el mismo día en que termina o antes</translation>
    </message>
    <message>
        <source>No customer %1 on this counter</source>
        <translation>No hay cliente %1 en esta caja</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>Falta %1</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 debe ser un número entero</translation>
    </message>
    <message>
        <source>Unknown reference type %1</source>
        <translation>Tipo de referencia desconocido: %1</translation>
    </message>
    <message>
        <source>A sale takes points and a return gives them back</source>
        <translation>Una venta descuenta puntos y una devolución los regresa</translation>
    </message>
    <message>
        <source>%1 points are not worth %2</source>
        <translation>%1 puntos no valen %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation>&quot;%1&quot; no es una fecha y hora</translation>
    </message>
    <message>
        <source>The customer has %1 points (worth %2): not enough to pay %3</source>
        <translation>El cliente tiene %1 puntos (valen %2): no alcanzan para pagar %3</translation>
    </message>
    <message>
        <source>Paying with points needs the customer on the sale</source>
        <translation>Para pagar con puntos, asigna el cliente a la venta</translation>
    </message>
    <message>
        <source>Points pay in whole points of %1 each</source>
        <translation>Los puntos se usan completos, de %1 cada uno</translation>
    </message>
    <message>
        <source>Unknown CFDI type %1</source>
        <translation>Tipo de CFDI desconocido: %1</translation>
    </message>
    <message>
        <source>A CFDI fact is timbrada or cancelada, not &quot;%1&quot;</source>
        <translation>Un CFDI se reporta timbrado o cancelado, no «%1»</translation>
    </message>
    <message>
        <source>A ticket needs its sale_id, folio and total_cents</source>
        <translation>Cada ticket necesita su sale_id, folio y total_cents</translation>
    </message>
    <message>
        <source>An invoice of tickets names at least one ticket</source>
        <translation>Una factura de tickets debe nombrar al menos un ticket</translation>
    </message>
    <message>
        <source>Choose a day of the period</source>
        <translation>Elige un día del periodo</translation>
    </message>
    <message>
        <source>The periodicity of a factura global is day, week, fortnight, month or two_months, not &quot;%1&quot;</source>
        <translation>La periodicidad de una factura global es día, semana, quincena, mes o bimestre, no «%1»</translation>
    </message>
    <message>
        <source>The server sent a customer&apos;s preferences without %1</source>
        <translation>El servidor envió las preferencias de un cliente sin %1</translation>
    </message>
    <message>
        <source>The server sent the WhatsApp report %1 without its statuses</source>
        <translation>El servidor envió el reporte de WhatsApp %1 sin sus estados</translation>
    </message>
    <message>
        <source>The sherpa-onnx library is not installed (%1): run installer/fetch-sherpa-onnx.sh</source>
        <translation>La biblioteca sherpa-onnx no está instalada (%1): ejecuta installer/fetch-sherpa-onnx.sh</translation>
    </message>
    <message>
        <source>Cannot load the sherpa-onnx library %1: %2</source>
        <translation>No se puede cargar la biblioteca sherpa-onnx %1: %2</translation>
    </message>
    <message>
        <source>The library %1 is not sherpa-onnx&apos;s C API: it lacks %2</source>
        <translation>La biblioteca %1 no es la API C de sherpa-onnx: le falta %2</translation>
    </message>
    <message>
        <source>The sherpa-onnx library %1 is version %2; Nexus needs version %3</source>
        <translation>La biblioteca sherpa-onnx %1 es la versión %2; Nexus necesita la versión %3</translation>
    </message>
    <message>
        <source>Choose the folder of the speech model</source>
        <translation>Elige la carpeta del modelo de voz</translation>
    </message>
    <message>
        <source>The speech model folder %1 does not exist</source>
        <translation>La carpeta del modelo de voz %1 no existe</translation>
    </message>
    <message>
        <source>The speech model folder %1 lacks %2</source>
        <translation>A la carpeta del modelo de voz %1 le falta %2</translation>
    </message>
    <message>
        <source>The speech model file %1 is not an ONNX model (a damaged or incomplete copy?)</source>
        <translation>El archivo del modelo de voz %1 no es un modelo ONNX (¿una copia dañada o incompleta?)</translation>
    </message>
    <message>
        <source>sherpa-onnx could not load the %1 speech model in %2</source>
        <translation>sherpa-onnx no pudo cargar el modelo de voz %1 de %2</translation>
    </message>
    <message>
        <source>sherpa-onnx could not start listening</source>
        <translation>sherpa-onnx no pudo empezar a escuchar</translation>
    </message>
    <message>
        <source>The photo is empty</source>
        <translation>La foto está vacía</translation>
    </message>
    <message>
        <source>The photo is too large (%1 MB at most)</source>
        <translation>La foto es demasiado grande (%1 MB como máximo)</translation>
    </message>
    <message>
        <source>The photo must be a JPEG or PNG picture</source>
        <translation>La foto debe ser una imagen JPEG o PNG</translation>
    </message>
    <message>
        <source>The inspection of %1 has no item %2</source>
        <translation>La inspección de %1 no tiene el punto %2</translation>
    </message>
    <message>
        <source>There is no such photo</source>
        <translation>No existe esa foto</translation>
    </message>
    <message>
        <source>The customer already approved the estimate of %1</source>
        <translation>El cliente ya autorizó el presupuesto de %1</translation>
    </message>
    <message>
        <source>The last purchase range ends before it starts</source>
        <translation>El rango de última compra termina antes de empezar</translation>
    </message>
    <message>
        <source>The order %1 has no reserved parts or labor to quote</source>
        <translation>La orden %1 no tiene refacciones apartadas ni mano de obra que cotizar</translation>
    </message>
    <message>
        <source>The server sent a service order without %1</source>
        <translation>El servidor envió una orden de servicio sin %1</translation>
    </message>
    <message>
        <source>The order %1 was charged already with the sale %2: there is nothing left to quote</source>
        <translation>La orden %1 ya se cobró con la venta %2: no queda nada que cotizar</translation>
    </message>
    <message>
        <source>The order %1 was cancelled: there is nothing to quote</source>
        <translation>La orden %1 se canceló: no hay nada que cotizar</translation>
    </message>
    <message>
        <source>The quote %1 is of the service order %2, charged already with the sale %3: it cannot be charged again</source>
        <translation>La cotización %1 es de la orden de servicio %2, que ya se cobró con la venta %3: no puede cobrarse otra vez</translation>
    </message>
    <message>
        <source>The quote %1 is of the service order %2, which was cancelled: there is nothing to charge</source>
        <translation>La cotización %1 es de la orden de servicio %2, que se canceló: no hay nada que cobrar</translation>
    </message>
    <message>
        <source>The quote %1 is of the service order %2, which is in &quot;%3&quot;: it is charged once the order is ready</source>
        <translation>La cotización %1 es de la orden de servicio %2, que está en «%3»: se cobra cuando la orden esté lista</translation>
    </message>
    <message>
        <source>The service order %1 changed since the quote %2: %3. Its parts leave the stock only as the order holds them, so the quote cannot be charged as accepted: quote the order again (Ctrl+Q in the order) or charge the order as it stands (Ctrl+O)</source>
        <translation>La orden de servicio %1 cambió desde la cotización %2: %3. Sus refacciones salen del inventario sólo como la orden las tiene apartadas, así que la cotización no puede cobrarse como se aceptó: cotiza otra vez la orden (Ctrl+Q en la orden) o cobra la orden como está (Ctrl+O)</translation>
    </message>
    <message>
        <source>The quote %1 charges the service order %2: convert it with that order on the ticket</source>
        <translation>La cotización %1 cobra la orden de servicio %2: conviértela con esa orden en el ticket</translation>
    </message>
    <message>
        <source>The ticket no longer carries the quote %1 as it was accepted: take it off and convert it again</source>
        <translation>El ticket ya no lleva la cotización %1 como se aceptó: quítala y conviértela otra vez</translation>
    </message>
    <message>
        <source>A purchase suggestion names its part, warehouse and quantity</source>
        <translation>Una sugerencia de compra indica su pieza, almacén y cantidad</translation>
    </message>
    <message>
        <source>The line %1 already waits for its pieces: reserve it when they arrive</source>
        <translation>La línea %1 ya espera sus piezas: apártala cuando lleguen</translation>
    </message>
    <message>
        <source>The order %1 waits for no part</source>
        <translation>La orden %1 no espera ninguna pieza</translation>
    </message>
    <message>
        <source>The pieces of %1 have not arrived yet: %2 of %3 are available</source>
        <translation>Las piezas de %1 todavía no llegan: hay %2 de %3 disponibles</translation>
    </message>
    <message>
        <source>Choose the customer whose vehicle this sale is for</source>
        <translation>Elige al cliente dueño del vehículo de esta venta</translation>
    </message>
    <message>
        <source>The vehicle %1 is not one of this customer&apos;s vehicles</source>
        <translation>El vehículo %1 no es de este cliente</translation>
    </message>
    <message>
        <source>That vehicle is not one of the sale&apos;s customer&apos;s</source>
        <translation>Ese vehículo no es del cliente de la venta</translation>
    </message>
    <message>
        <source>A purchase suggestion names its part and a quantity</source>
        <translation>Una sugerencia de compra indica su pieza y una cantidad</translation>
    </message>
    <message>
        <source>There is no purchase suggestion %1</source>
        <translation>No existe la sugerencia de compra %1</translation>
    </message>
    <message>
        <source>The purchase suggestion for %1 (%2) was already ordered or withdrawn: refresh the list</source>
        <translation>La sugerencia de compra de %1 (%2) ya se pidió o se retiró: actualice la lista</translation>
    </message>
    <message>
        <source>The server sent the purchase suggestion %1 incomplete</source>
        <translation>El servidor envió incompleta la sugerencia de compra %1</translation>
    </message>
    <message>
        <source>The speech model file %1 lacks %2 in its metadata: it is not a %3 model sherpa-onnx can load</source>
        <translation>Al archivo del modelo de voz %1 le falta %2 en sus metadatos: no es un modelo %3 que sherpa-onnx pueda cargar</translation>
    </message>
    <message>
        <source>The tokens file %1 has no blank symbol (&lt;blk&gt;, &lt;eps&gt; or &lt;blank&gt;)</source>
        <translation>El archivo de tokens %1 no tiene el símbolo en blanco (&lt;blk&gt;, &lt;eps&gt; o &lt;blank&gt;)</translation>
    </message>
    <message>
        <source>The speech model file %1 is a %2 model, not a transducer sherpa-onnx can load</source>
        <translation>El archivo del modelo de voz %1 es un modelo %2, no un transductor que sherpa-onnx pueda cargar</translation>
    </message>
    <message>
        <source>There is no service order %1 of this branch on this computer</source>
        <translation>No hay una orden de servicio %1 de esta sucursal en esta computadora</translation>
    </message>
    <message>
        <source>The service order %1 is closed: it needs no more parts</source>
        <translation>La orden de servicio %1 está cerrada: ya no necesita piezas</translation>
    </message>
    <message>
        <source>The order %1 already waits for %2 (line %3): the service advisor asks for more</source>
        <translation>La orden %1 ya espera %2 (línea %3): si hacen falta más, las pide el asesor de servicio</translation>
    </message>
</context>
<context>
    <name>nexus::FiscalSettingsDialog</name>
    <message>
        <source>Invoicing (CFDI) settings</source>
        <translation>Ajustes de facturación (CFDI)</translation>
    </message>
    <message>
        <source>&amp;RFC</source>
        <translation>&amp;RFC</translation>
    </message>
    <message>
        <source>As registered with the SAT, without &quot;SA de CV&quot;</source>
        <translation>Como está registrada ante el SAT, sin &quot;SA de CV&quot;</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>Razón so&amp;cial</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Tax &amp;regime</source>
        <translation>Régi&amp;men fiscal</translation>
    </message>
    <message>
        <source>Postal code of this branch</source>
        <translation>Código postal de esta sucursal</translation>
    </message>
    <message>
        <source>&amp;Place of issue (CP)</source>
        <translation>&amp;Lugar de expedición (CP)</translation>
    </message>
    <message>
        <source>e.g. MTZ (empty: no series)</source>
        <translation>p. ej. MTZ (vacío: sin serie)</translation>
    </message>
    <message>
        <source>Invoice &amp;series</source>
        <translation>&amp;Serie de facturas</translation>
    </message>
    <message>
        <source>CSD</source>
        <translation>CSD</translation>
    </message>
    <message>
        <source>The CSD certificate (.cer) the SAT issued</source>
        <translation>El certificado del CSD (.cer) que emitió el SAT</translation>
    </message>
    <message>
        <source>&amp;Certificate (.cer)</source>
        <translation>Cer&amp;tificado (.cer)</translation>
    </message>
    <message>
        <source>Choose the CSD certificate</source>
        <translation>Elige el certificado del CSD</translation>
    </message>
    <message>
        <source>CSD certificate (*.cer *.pem)</source>
        <translation>Certificado del CSD (*.cer *.pem)</translation>
    </message>
    <message>
        <source>The CSD private key (.key)</source>
        <translation>La llave privada del CSD (.key)</translation>
    </message>
    <message>
        <source>Private &amp;key (.key)</source>
        <translation>Lla&amp;ve privada (.key)</translation>
    </message>
    <message>
        <source>Choose the CSD private key</source>
        <translation>Elige la llave privada del CSD</translation>
    </message>
    <message>
        <source>CSD key (*.key *.pem)</source>
        <translation>Llave del CSD (*.key *.pem)</translation>
    </message>
    <message>
        <source>Key pass&amp;word</source>
        <translation>Contrase&amp;ña de la llave</translation>
    </message>
    <message>
        <source>PAC &amp;API key</source>
        <translation>Clave de &amp;API del PAC</translation>
    </message>
    <message>
        <source>Saved; write a new one to replace it</source>
        <translation>Guardada; escribe otra para reemplazarla</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>No CSD yet: invoices cannot be sealed here.</source>
        <translation>Aún no hay CSD: aquí no se pueden sellar facturas.</translation>
    </message>
    <message>
        <source>Certificate %1 of %2, valid until %3</source>
        <translation>Certificado %1 de %2, vigente hasta %3</translation>
    </message>
    <message>
        <source>Fiscal settings saved.</source>
        <translation>Ajustes fiscales guardados.</translation>
    </message>
</context>
<context>
    <name>nexus::FleetEditDialog</name>
    <message>
        <source>Fleet: %1</source>
        <translation>Flotilla: %1</translation>
    </message>
    <message>
        <source>Mark a customer as a fleet</source>
        <translation>Marcar un cliente como flotilla</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>Statement &amp;closes on day</source>
        <translation>El estado de cuenta &amp;cierra el día</translation>
    </message>
    <message>
        <source>Plan template for every vehicle (Ctrl+Ins adds a line, Ctrl+Del removes it; Ctrl+Enter saves):</source>
        <translation>Plantilla del plan para todos los vehículos (Ctrl+Ins agrega una línea, Ctrl+Supr la quita; Ctrl+Enter guarda):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Oil change</source>
        <translation>Cambio de aceite</translation>
    </message>
    <message>
        <source>Tyre rotation</source>
        <translation>Rotación de llantas</translation>
    </message>
    <message>
        <source>Brake inspection</source>
        <translation>Revisión de frenos</translation>
    </message>
    <message>
        <source>Choose the company from the list of customers</source>
        <translation>Elige la empresa de la lista de clientes</translation>
    </message>
</context>
<context>
    <name>nexus::FleetScreen</name>
    <message>
        <source>Fleets</source>
        <translation>Flotillas</translation>
    </message>
    <message>
        <source>New fleet</source>
        <translation>Nueva flotilla</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotilla</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Record service</source>
        <translation>Registrar servicio</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Aplicar plantilla</translation>
    </message>
    <message>
        <source>Notify due</source>
        <translation>Avisar vencimientos</translation>
    </message>
    <message>
        <source>Statement PDF</source>
        <translation>Estado de cuenta PDF</translation>
    </message>
    <message>
        <source>&amp;Fleets</source>
        <translation>&amp;Flotillas</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Placas</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odómetro</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>Próximo mantenimiento</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Toca el</translation>
    </message>
    <message>
        <source>Km left</source>
        <translation>Km restantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Km driven</source>
        <translation>Km recorridos</translation>
    </message>
    <message>
        <source>Cost per km</source>
        <translation>Costo por km</translation>
    </message>
    <message>
        <source>Figures (12 months)</source>
        <translation>Cifras (12 meses)</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>Contacto: %1 %2</translation>
    </message>
    <message>
        <source>Statement closes on day %1</source>
        <translation>El estado de cuenta cierra el día %1</translation>
    </message>
    <message numerus="yes">
        <source>Template: %n maintenance(s)</source>
        <translation>
            <numerusform>Plantilla: %n mantenimiento</numerusform>
            <numerusform>Plantilla: %n mantenimientos</numerusform>
        </translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation> (est.)</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <source>Mark a customer as a fleet with Ctrl+N.</source>
        <translation>Marca un cliente como flotilla con Ctrl+N.</translation>
    </message>
    <message>
        <source>This fleet has no vehicles yet: add them on the customer&apos;s card.</source>
        <translation>Esta flotilla aún no tiene vehículos: agrégalos en la ficha del cliente.</translation>
    </message>
    <message>
        <source>odometer %1</source>
        <translation>odómetro %1</translation>
    </message>
    <message>
        <source>(estimated: last read %1, %2 km a day)</source>
        <translation>(estimado: última lectura %1, %2 km por día)</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>cada %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>since: %1 at %2 · next: %3%4</source>
        <translation>desde: %1 a %2 · siguiente: %3%4</translation>
    </message>
    <message>
        <source>last: %1 at %2 · next: %3%4</source>
        <translation>último: %1 a %2 · siguiente: %3%4</translation>
    </message>
    <message>
        <source>Delivered orders not recorded on the plan: %1 — F5 records what they covered.</source>
        <translation>Órdenes entregadas sin registrar en el plan: %1 — F5 registra lo que cubrieron.</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertas (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Services per month — %1</source>
        <translation>Servicios por mes — %1</translation>
    </message>
    <message>
        <source>%1 is now a fleet: F6 applies its plan template to every vehicle.</source>
        <translation>%1 ya es flotilla: F6 aplica su plantilla a todos sus vehículos.</translation>
    </message>
    <message>
        <source>Choose a fleet first.</source>
        <translation>Primero elige una flotilla.</translation>
    </message>
    <message>
        <source>Choose a vehicle first.</source>
        <translation>Primero elige un vehículo.</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>Plan guardado.</translation>
    </message>
    <message>
        <source>The vehicle has no maintenance plan yet: F4 gives it one.</source>
        <translation>El vehículo aún no tiene plan de mantenimiento: F4 le asigna uno.</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance(s) recorded for %1.</source>
        <translation>
            <numerusform>%n mantenimiento registrado para %1.</numerusform>
            <numerusform>%n mantenimientos registrados para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template applied: %n vehicle(s) changed.</source>
        <translation>
            <numerusform>Plantilla aplicada: %n vehículo cambió.</numerusform>
            <numerusform>Plantilla aplicada: %n vehículos cambiaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance message(s) queued.</source>
        <translation>
            <numerusform>%n aviso de mantenimiento en cola.</numerusform>
            <numerusform>%n avisos de mantenimiento en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>estado-de-cuenta-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Fleet statement</source>
        <translation>Estado de cuenta de flotilla</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message numerus="yes">
        <source>Statement written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Estado de cuenta guardado en %1 (%n página).</numerusform>
            <numerusform>Estado de cuenta guardado en %1 (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::Fleets</name>
    <message>
        <source>Fleet statement: %1</source>
        <translation>Estado de cuenta de flotilla: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Abono</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation>Orden de servicio %1</translation>
    </message>
    <message>
        <source>Credit sale</source>
        <translation>Venta a crédito</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Abono recibido</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (closing day %3)</source>
        <translation>Periodo: %1 a %2 (día de corte %3)</translation>
    </message>
    <message>
        <source>Previous balance: %1 · Balance at closing: %2</source>
        <translation>Saldo anterior: %1 · Saldo al corte: %2</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>Contacto: %1 %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
</context>
<context>
    <name>nexus::GlobalInvoiceDialog</name>
    <message>
        <source>Factura global</source>
        <translation>Factura global</translation>
    </message>
    <message>
        <source>The tickets of the period that were not invoiced to a customer, in one CFDI to PUBLICO EN GENERAL (XAXX010101000), one concept per ticket.</source>
        <translation>Los tickets del periodo que no se facturaron a un cliente, en un solo CFDI a PUBLICO EN GENERAL (XAXX010101000), un concepto por ticket.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Fortnight</source>
        <translation>Quincena</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Two months</source>
        <translation>Bimestre</translation>
    </message>
    <message>
        <source>&amp;Periodicity</source>
        <translation>&amp;Periodicidad</translation>
    </message>
    <message>
        <source>A &amp;day of the period</source>
        <translation>Un &amp;día del periodo</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Abarca</translation>
    </message>
    <message>
        <source>Queue for stamping  (Enter)</source>
        <translation>Enviar a timbrar  (Enter)</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
</context>
<context>
    <name>nexus::HeaderBar</name>
    <message>
        <source>Branch</source>
        <translation>Sucursal</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar usuario</translation>
    </message>
    <message>
        <source>Another person takes over the register with their PIN</source>
        <translation>Otra persona toma la caja con su PIN</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>nexus::InspectionPhotosPanel</name>
    <message>
        <source>Photo from file…</source>
        <translation>Foto de archivo…</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Tomar foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Photos of: %1</source>
        <translation>Fotos de: %1</translation>
    </message>
    <message>
        <source>There is no camera connected to this computer</source>
        <translation>No hay una cámara conectada a esta computadora</translation>
    </message>
    <message>
        <source>Taken with the camera</source>
        <translation>Tomada con la cámara</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>De un archivo</translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation>Adjuntar una foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture: %2</source>
        <translation>%1 no se puede leer como imagen: %2</translation>
    </message>
    <message>
        <source>Photo added to %1.</source>
        <translation>Foto agregada a %1.</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>Foto quitada.</translation>
    </message>
</context>
<context>
    <name>nexus::InventoryScreen</name>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Traspasos</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Existencias</translation>
    </message>
    <message>
        <source>&amp;Adjustments</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Counts</source>
        <translation>Conte&amp;os</translation>
    </message>
    <message>
        <source>&amp;Reorder and alerts</source>
        <translation>&amp;Reorden y alertas</translation>
    </message>
    <message>
        <source>Su&amp;ppliers</source>
        <translation>Pro&amp;veedores</translation>
    </message>
    <message>
        <source>Purchase &amp;orders</source>
        <translation>Órdenes de &amp;compra</translation>
    </message>
</context>
<context>
    <name>nexus::InvoiceCancelDialog</name>
    <message>
        <source>Cancel a CFDI</source>
        <translation>Cancelar un CFDI</translation>
    </message>
    <message>
        <source>01 - Issued with errors, with a substituting CFDI</source>
        <translation>01 - Comprobante emitido con errores con relación</translation>
    </message>
    <message>
        <source>02 - Issued with errors, without relation</source>
        <translation>02 - Comprobante emitido con errores sin relación</translation>
    </message>
    <message>
        <source>03 - The operation did not take place</source>
        <translation>03 - No se llevó a cabo la operación</translation>
    </message>
    <message>
        <source>04 - Nominative operation in a factura global</source>
        <translation>04 - Operación nominativa relacionada en una factura global</translation>
    </message>
    <message>
        <source>&amp;Motive</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Folio fiscal (UUID) of the CFDI that substitutes it</source>
        <translation>Folio fiscal (UUID) del CFDI que lo sustituye</translation>
    </message>
    <message>
        <source>&amp;Substituted by</source>
        <translation>&amp;Sustituido por</translation>
    </message>
    <message>
        <source>Request cancellation  (Enter)</source>
        <translation>Solicitar cancelación  (Enter)</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
</context>
<context>
    <name>nexus::InvoiceEmailDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>Enviar por correo</translation>
    </message>
    <message>
        <source>customer@example.com, accounts@example.com</source>
        <translation>cliente@ejemplo.com, cuentas@ejemplo.com</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>The PAC sends the XML and the PDF. Without a connection it is queued and sent later.</source>
        <translation>El PAC envía el XML y el PDF. Sin conexión queda en cola y se envía después.</translation>
    </message>
    <message>
        <source>Send  (Enter)</source>
        <translation>Enviar  (Enter)</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
</context>
<context>
    <name>nexus::InvoiceListDialog</name>
    <message>
        <source>Invoices (CFDI) of this counter</source>
        <translation>Facturas (CFDI) de esta caja</translation>
    </message>
    <message>
        <source>Type to filter: customer, RFC, ticket or folio, folio fiscal…</source>
        <translation>Escribe para filtrar: cliente, RFC, ticket o folio, folio fiscal…</translation>
    </message>
    <message>
        <source>Open PDF  (Enter)</source>
        <translation>Abrir PDF  (Enter)</translation>
    </message>
    <message>
        <source>Send by e-mail  (Ctrl+E)</source>
        <translation>Enviar por correo  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel CFDI  (F8)</source>
        <translation>Cancelar CFDI  (F8)</translation>
    </message>
    <message>
        <source>Reload  (F5)</source>
        <translation>Actualizar  (F5)</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>The PDF was saved in %1 but no viewer opened it.</source>
        <translation>El PDF se guardó en %1 pero ningún visor lo abrió.</translation>
    </message>
    <message>
        <source>PDF saved in %1</source>
        <translation>PDF guardado en %1</translation>
    </message>
    <message>
        <source>%1 %2 for %3</source>
        <translation>%1 %2 para %3</translation>
    </message>
    <message>
        <source>E-mail queued: the PAC sends it as soon as the line is up.</source>
        <translation>Correo en cola: el PAC lo envía en cuanto haya conexión.</translation>
    </message>
    <message>
        <source>%1 %2 for %3, %4</source>
        <translation>%1 %2 para %3, %4</translation>
    </message>
    <message>
        <source>Cancellation requested: the PAC is asked as soon as the line is up.</source>
        <translation>Cancelación solicitada: se pide al PAC en cuanto haya conexión.</translation>
    </message>
    <message>
        <source>Factura global  (F6)</source>
        <translation>Factura global  (F6)</translation>
    </message>
    <message numerus="yes">
        <source>Factura global of %n ticket(s) queued: the PAC stamps it as soon as the line is up.</source>
        <translation>
            <numerusform>Factura global de %n ticket en cola: el PAC la timbra en cuanto haya línea.</numerusform>
            <numerusform>Factura global de %n tickets en cola: el PAC la timbra en cuanto haya línea.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::InvoiceListModel</name>
    <message>
        <source>I · Invoice</source>
        <translation>I · Factura</translation>
    </message>
    <message>
        <source>E · Credit note</source>
        <translation>E · Nota de crédito</translation>
    </message>
    <message>
        <source>P · Payment receipt</source>
        <translation>P · Recibo de pago</translation>
    </message>
    <message>
        <source>Pending stamping (waits for its invoice)</source>
        <translation>Pendiente de timbrar (espera su factura)</translation>
    </message>
    <message>
        <source>Pending stamping</source>
        <translation>Pendiente de timbrar</translation>
    </message>
    <message>
        <source>Cancellation pending</source>
        <translation>Cancelación pendiente</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Timbrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source> · e-mail queued</source>
        <translation> · correo en cola</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Tickets / folio</source>
        <translation>Tickets / folio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Folio fiscal (UUID)</source>
        <translation>Folio fiscal (UUID)</translation>
    </message>
</context>
<context>
    <name>nexus::InvoiceTicketDialog</name>
    <message>
        <source>Invoice a ticket</source>
        <translation>Facturar un ticket</translation>
    </message>
    <message>
        <source>Ticket folios, separated by commas (several tickets of one customer)</source>
        <translation>Folios de ticket, separados por comas (varios tickets de un mismo cliente)</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Sin cliente elegido</translation>
    </message>
    <message>
        <source>Choose &amp;customer…  (Ctrl+K)</source>
        <translation>Elegir &amp;cliente…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s usual use</source>
        <translation>El uso habitual del cliente</translation>
    </message>
    <message>
        <source>CFDI &amp;use</source>
        <translation>&amp;Uso del CFDI</translation>
    </message>
    <message>
        <source>As paid at the counter</source>
        <translation>Como se pagó en mostrador</translation>
    </message>
    <message>
        <source>&amp;Payment form</source>
        <translation>&amp;Forma de pago</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>Abrir &amp;PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Invoice  (F12)</source>
        <translation>Facturar  (F12)</translation>
    </message>
    <message>
        <source>Not invoiced yet</source>
        <translation>Aún sin facturar</translation>
    </message>
    <message>
        <source>Invoice queued for %1: it is stamped as soon as the PAC answers.</source>
        <translation>Factura en cola para %1: se timbra en cuanto responda el PAC.</translation>
    </message>
    <message>
        <source>Pending stamping (pendiente de timbrar)</source>
        <translation>Pendiente de timbrar</translation>
    </message>
    <message>
        <source>Pending stamping (pendiente de timbrar): %1</source>
        <translation>Pendiente de timbrar: %1</translation>
    </message>
    <message>
        <source>Stamped (timbrada) · folio fiscal %1</source>
        <translation>Timbrada · folio fiscal %1</translation>
    </message>
    <message>
        <source>Refused by the PAC: %1</source>
        <translation>Rechazada por el PAC: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>The PDF was saved in %1 but no viewer opened it.</source>
        <translation>El PDF se guardó en %1, pero ningún visor lo abrió.</translation>
    </message>
    <message>
        <source>PDF saved in %1</source>
        <translation>PDF guardado en %1</translation>
    </message>
    <message>
        <source>Send by e-mail  (Ctrl+E)</source>
        <translation>Enviar por correo  (Ctrl+E)</translation>
    </message>
    <message>
        <source>The invoice for %1</source>
        <translation>La factura para %1</translation>
    </message>
    <message>
        <source>E-mail queued: the PAC sends it as soon as the line is up.</source>
        <translation>Correo en cola: el PAC lo envía en cuanto haya conexión.</translation>
    </message>
    <message>
        <source>Their tickets  (F4)</source>
        <translation>Sus tickets  (F4)</translation>
    </message>
    <message>
        <source>This customer has no tickets left to invoice.</source>
        <translation>Este cliente no tiene tickets pendientes de facturar.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of the customer not invoiced yet: remove any that should not go, then F12.</source>
        <translation>
            <numerusform>%n ticket del cliente sin facturar: quita el que no deba ir y luego F12.</numerusform>
            <numerusform>%n tickets del cliente sin facturar: quita los que no deban ir y luego F12.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::KanbanCard</name>
    <message>
        <source>Order %1, %2, %3</source>
        <translation>Orden %1, %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2
Drag it to another column to move it; double-click to open it.</source>
        <translation>%1 · %2
Arrástrela a otra columna para moverla; doble clic para abrirla.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) asked</source>
        <translation>
            <numerusform>%n pieza pedida</numerusform>
            <numerusform>%n piezas pedidas</numerusform>
        </translation>
    </message>
    <message>
        <source>A mechanic asked for parts nobody has reserved yet</source>
        <translation>Un mecánico pidió refacciones que nadie ha apartado todavía</translation>
    </message>
    <message>
        <source>Promised for %1</source>
        <translation>Prometida para %1</translation>
    </message>
    <message>
        <source>No mechanic</source>
        <translation>Sin mecánico</translation>
    </message>
</context>
<context>
    <name>nexus::KanbanColumn</name>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n orden</numerusform>
            <numerusform>%1: %n órdenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::KardexModel</name>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Entrada de compra</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Salida por traspaso</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Entrada por traspaso</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Physical count</source>
        <translation>Conteo físico</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>A %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where, reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>%1 (authorised by %2)</source>
        <translation>%1 (autorizó %2)</translation>
    </message>
</context>
<context>
    <name>nexus::KioskOrderCard</name>
    <message>
        <source>Promised %1</source>
        <translation>Prometida %1</translation>
    </message>
    <message>
        <source>Add labor</source>
        <translation>Agregar mano de obra</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Ask for a part</source>
        <translation>Pedir refacción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <source>%n more part(s) in Details</source>
        <translation>
            <numerusform>%n pieza más en Detalles</numerusform>
            <numerusform>%n piezas más en Detalles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::KioskPartSearch</name>
    <message>
        <source>Type what the part is to search the catalogue.</source>
        <translation>Escribe qué pieza es para buscarla en el catálogo.</translation>
    </message>
    <message>
        <source>Type what the part is to search the catalogue for the %1.</source>
        <translation>Escribe qué pieza es para buscarla en el catálogo para el %1.</translation>
    </message>
    <message>
        <source>The parts catalogue has not been downloaded yet.</source>
        <translation>El catálogo de refacciones aún no se ha descargado.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches. &quot;Ask for it&quot; sends your description to the service advisor.</source>
        <translation>Nada del catálogo coincide. «Pedirla» envía tu descripción al asesor de servicio como nota.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue fits the %1. &quot;Ask for it&quot; sends your description to the service advisor.</source>
        <translation>Nada del catálogo le queda al %1. «Pedirla» envía tu descripción al asesor de servicio como nota.</translation>
    </message>
    <message>
        <source>Tap &quot;Ask&quot; on the part you need.</source>
        <translation>Toca «Pedir» en la pieza que necesitas.</translation>
    </message>
    <message>
        <source>Parts that fit the %1: tap &quot;Ask&quot; on the one you need.</source>
        <translation>Piezas que le quedan al %1: toca «Pedir» en la que necesitas.</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>%1 aquí</translation>
    </message>
    <message>
        <source>None here</source>
        <translation>No hay aquí</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Pedir</translation>
    </message>
</context>
<context>
    <name>nexus::KioskWindow</name>
    <message>
        <source>Sign in to the workshop</source>
        <translation>Entrar al taller</translation>
    </message>
    <message>
        <source>No orders are assigned to you right now.</source>
        <translation>Por ahora no tiene órdenes asignadas.</translation>
    </message>
    <message>
        <source>There are no open orders.</source>
        <translation>No hay órdenes abiertas.</translation>
    </message>
    <message>
        <source>My orders (%1)</source>
        <translation>Mis órdenes (%1)</translation>
    </message>
    <message>
        <source>Open orders (%1)</source>
        <translation>Órdenes abiertas (%1)</translation>
    </message>
    <message>
        <source>Labor added.</source>
        <translation>Mano de obra agregada.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>What should the advisor or the next mechanic know?</source>
        <translation>¿Qué debe saber el asesor o el siguiente mecánico?</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Nota agregada.</translation>
    </message>
    <message>
        <source>Leaving kiosk mode needs a service advisor or manager.</source>
        <translation>Para salir del modo quiosco se necesita un asesor de servicio o un gerente.</translation>
    </message>
    <message>
        <source>Workshop · %1</source>
        <translation>Taller · %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Workshop kiosk</source>
        <translation>Quiosco del taller</translation>
    </message>
    <message>
        <source>Chalán (%1)</source>
        <translation>Chalán (%1)</translation>
    </message>
    <message>
        <source>Ask Chalán by typing, or talk to it with %1</source>
        <translation>Pregúntale a Chalán escribiendo, o háblale con %1</translation>
    </message>
</context>
<context>
    <name>nexus::LaborEntryDialog</name>
    <message>
        <source>Add labor</source>
        <translation>Agregar mano de obra</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>&amp;Qué se hizo</translation>
    </message>
    <message>
        <source>e.g. Front brake pads replaced</source>
        <translation>p. ej. Cambio de balatas delanteras</translation>
    </message>
    <message>
        <source>By the hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Flat price</source>
        <translation>Precio fijo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Rate per hour (IVA incl.)</source>
        <translation>Tarifa por hora (IVA incl.)</translation>
    </message>
    <message>
        <source>Price (IVA incl.)</source>
        <translation>Precio (IVA incl.)</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mecánico</translation>
    </message>
</context>
<context>
    <name>nexus::LanguageSelector</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>nexus::LlmSettingsDialog</name>
    <message>
        <source>Chalán online</source>
        <translation>Chalán en línea</translation>
    </message>
    <message>
        <source>When Chalán does not understand a question, it can ask an online language model (any OpenAI-compatible service). The model can only use Chalán&apos;s own actions, with the permissions of whoever is signed in. Leave the address empty to switch it off.</source>
        <translation>Cuando Chalán no entiende una pregunta, puede consultar un modelo de lenguaje en línea (cualquier servicio compatible con OpenAI). El modelo solo puede usar las acciones de Chalán, con los permisos de quien tenga la sesión abierta. Deje la dirección vacía para apagarlo.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Empty: keep the key already saved</source>
        <translation>Vacío: se conserva la llave guardada</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Llave de API</translation>
    </message>
    <message>
        <source>Optional: the CA of a server of your own (PEM)</source>
        <translation>Opcional: la CA de un servidor propio (PEM)</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Certificado</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type the address and the model first.</source>
        <translation>Escriba primero la dirección y el modelo.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>It works: %1 answered in %2 ms.</source>
        <translation>Funciona: %1 respondió en %2 ms.</translation>
    </message>
</context>
<context>
    <name>nexus::LoginWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>Iniciar sesión — %1</translation>
    </message>
</context>
<context>
    <name>nexus::ManagerAuthDialog</name>
    <message>
        <source>Manager authorisation</source>
        <translation>Autorización de gerente</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;user</source>
        <translation>&amp;Usuario del gerente</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>Autorizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>nexus::Microphone</name>
    <message>
        <source>There is no microphone on this computer: connect one to talk to Chalán, or type.</source>
        <translation>No hay micrófono en esta computadora: conecta uno para hablarle a Chalán, o escribe.</translation>
    </message>
    <message>
        <source>The microphone %1 cannot be opened: check that no other program is using it.</source>
        <translation>No se puede abrir el micrófono %1: revisa que ningún otro programa lo esté usando.</translation>
    </message>
</context>
<context>
    <name>nexus::NewOrderDialog</name>
    <message>
        <source>New service order</source>
        <translation>Nueva orden de servicio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>P&amp;lates</source>
        <translation>P&amp;lacas</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>N&amp;IV (VIN)</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>&amp;Marca</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odelo</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <source>Mileage (&amp;km)</source>
        <translation>Kilometraje (&amp;km)</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Sin asignar todavía</translation>
    </message>
    <message>
        <source>Me&amp;chanic</source>
        <translation>Me&amp;cánico</translation>
    </message>
    <message>
        <source>P&amp;romised for</source>
        <translation>P&amp;rometida para</translation>
    </message>
    <message>
        <source>What the customer reports, in their words</source>
        <translation>Lo que reporta el cliente, con sus palabras</translation>
    </message>
    <message>
        <source>What the customer &amp;reports</source>
        <translation>Lo que &amp;reporta el cliente</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>Abrir la orden</translation>
    </message>
</context>
<context>
    <name>nexus::NotificationBell</name>
    <message>
        <source>Notifications: nothing new</source>
        <translation>Notificaciones: nada nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n new</source>
        <translation>
            <numerusform>Notificaciones: %n nueva</numerusform>
            <numerusform>Notificaciones: %n nuevas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::NotificationLogModel</name>
    <message>
        <source>This branch</source>
        <translation>Esta sucursal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Message or error</source>
        <translation>Mensaje o error</translation>
    </message>
</context>
<context>
    <name>nexus::Notifications</name>
    <message>
        <source>counter customer</source>
        <translation>cliente de mostrador</translation>
    </message>
    <message>
        <source>Service order ready</source>
        <translation>Orden de servicio lista</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Existencia baja</translation>
    </message>
    <message>
        <source>Out of stock: reorder</source>
        <translation>Agotado: resurtir</translation>
    </message>
    <message>
        <source>Large sale</source>
        <translation>Venta grande</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Cotización enviada</translation>
    </message>
    <message>
        <source>Quote approved</source>
        <translation>Cotización aprobada</translation>
    </message>
    <message>
        <source>Warranty expiring</source>
        <translation>Garantía por vencer</translation>
    </message>
    <message>
        <source>Purchase order received</source>
        <translation>Pedido recibido</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Servicio de mantenimiento</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>En la aplicación</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Purchase order sent</source>
        <translation>Orden de compra enviada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>The customer does not accept messages</source>
        <translation>El cliente no acepta mensajes</translation>
    </message>
    <message>
        <source>The customer turned this channel off</source>
        <translation>El cliente desactivó este canal</translation>
    </message>
    <message>
        <source>No mobile number for WhatsApp</source>
        <translation>Sin número de celular para WhatsApp</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Sin correo electrónico</translation>
    </message>
    <message>
        <source>Estimate ready for approval</source>
        <translation>Presupuesto listo para autorizar</translation>
    </message>
</context>
<context>
    <name>nexus::NotificationsDialog</name>
    <message>
        <source>Queued again for %1</source>
        <translation>En cola de nuevo para %1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Bitácora de mensajes</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
</context>
<context>
    <name>nexus::OpenTillDialog</name>
    <message>
        <source>Open the till</source>
        <translation>Abrir caja</translation>
    </message>
    <message>
        <source>No till is open on this computer. Count the cash in the drawer and write it down as the opening float to start selling.</source>
        <translation>No hay una caja abierta en esta computadora. Cuenta el efectivo del cajón y escríbelo como fondo inicial para empezar a vender.</translation>
    </message>
    <message>
        <source>Opening &amp;float (MXN)</source>
        <translation>&amp;Fondo inicial (MXN)</translation>
    </message>
    <message>
        <source>Open till</source>
        <translation>Abrir caja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>nexus::OperationsPanel</name>
    <message>
        <source>The figures load with the dashboard.</source>
        <translation>Las cifras se cargan con el tablero.</translation>
    </message>
    <message>
        <source>The 30 days ending on %1 (the dashboard&apos;s day)</source>
        <translation>Los 30 días que terminan el %1 (el día del tablero)</translation>
    </message>
    <message>
        <source>Quotes converted</source>
        <translation>Cotizaciones convertidas</translation>
    </message>
    <message>
        <source>Open service orders</source>
        <translation>Órdenes de servicio abiertas</translation>
    </message>
    <message>
        <source>Longest stay: %1, %2 h on average</source>
        <translation>Estancia más larga: %1, %2 h en promedio</translation>
    </message>
    <message>
        <source>No orders in these days</source>
        <translation>Sin órdenes en estos días</translation>
    </message>
    <message>
        <source>Mechanics&apos; productivity</source>
        <translation>Productividad de mecánicos</translation>
    </message>
    <message>
        <source>%1 h billed against %2 h in repair</source>
        <translation>%1 h cobradas contra %2 h en reparación</translation>
    </message>
    <message>
        <source>Parts out of stock</source>
        <translation>Piezas agotadas</translation>
    </message>
    <message numerus="yes">
        <source>%n reorder alert(s) pending</source>
        <translation>
            <numerusform>%n alerta de reorden pendiente</numerusform>
            <numerusform>%n alertas de reorden pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n sin atender</numerusform>
            <numerusform>%n sin atender</numerusform>
        </translation>
    </message>
    <message>
        <source>Service orders: average hours in each state</source>
        <translation>Órdenes de servicio: horas promedio en cada estado</translation>
    </message>
    <message>
        <source>Average hours</source>
        <translation>Horas promedio</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open)</source>
        <translation>
            <numerusform>%1 (%n abierta)</numerusform>
            <numerusform>%1 (%n abiertas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mechanics: hours billed and hours in repair</source>
        <translation>Mecánicos: horas cobradas y horas en reparación</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Cobradas</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>En reparación</translation>
    </message>
    <message>
        <source>No labor in these days</source>
        <translation>Sin mano de obra en estos días</translation>
    </message>
    <message>
        <source>Made: %1 · sent by WhatsApp or e-mail: %2 · sold: %3 (%4 of %5)</source>
        <translation>Hechas: %1 · enviadas por WhatsApp o correo: %2 · vendidas: %3 (%4 de %5)</translation>
    </message>
</context>
<context>
    <name>nexus::OrderQuote</name>
    <message>
        <source>%1 × %2 was added to the order</source>
        <translation>se agregó %1 × %2 a la orden</translation>
    </message>
    <message>
        <source>%1: %2 quoted, %3 on the order now</source>
        <translation>%1: se cotizaron %2, la orden tiene %3 ahora</translation>
    </message>
    <message>
        <source>%1 × %2 is no longer reserved on the order</source>
        <translation>la orden ya no aparta %1 × %2</translation>
    </message>
    <message>
        <source>the labor &quot;%1&quot; was added to the order after the quote: it is not charged</source>
        <translation>la mano de obra «%1» se agregó a la orden después de la cotización: no se cobra</translation>
    </message>
    <message>
        <source>the labor &quot;%1&quot; costs %2 on the order now: the quoted %3 is charged</source>
        <translation>la mano de obra «%1» cuesta %2 en la orden ahora: se cobran los %3 cotizados</translation>
    </message>
    <message>
        <source>the labor &quot;%1&quot; was taken off the order after the quote: it is charged as quoted</source>
        <translation>la mano de obra «%1» se quitó de la orden después de la cotización: se cobra como se cotizó</translation>
    </message>
</context>
<context>
    <name>nexus::PartLineStatus</name>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Apartada</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberada</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Cobrada</translation>
    </message>
</context>
<context>
    <name>nexus::PartRequestDialog</name>
    <message>
        <source>Ask for a part</source>
        <translation>Pedir refacción</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>&amp;Refacción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pzas</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Ask for it</source>
        <translation>Pedirla</translation>
    </message>
    <message>
        <source>Type or scan its part number: what this branch has is reserved for the order now, what it lacks is asked from another branch or purchasing. A description goes to the parts counter.</source>
        <translation>Escribe o escanea su número de parte: lo que hay en esta sucursal se aparta para la orden en este momento y lo que falta se pide a otra sucursal o a compras. Una descripción va al mostrador de refacciones.</translation>
    </message>
    <message>
        <source>Part number, barcode, or e.g. Rear brake pads</source>
        <translation>Número de parte, código de barras o p. ej. Balatas traseras</translation>
    </message>
    <message>
        <source>Type its part number, or what it is to search the catalogue: what this branch has is reserved for the order now, what it lacks is asked from another branch or purchasing.</source>
        <translation>Escribe su número de parte, o qué pieza es para buscarla en el catálogo: lo que hay en esta sucursal se aparta para la orden en este momento y lo que falta se pide a otra sucursal o a compras.</translation>
    </message>
</context>
<context>
    <name>nexus::PartSearchPanel</name>
    <message>
        <source>Part: code, name, brand or vehicle (F2)</source>
        <translation>Pieza: código, nombre, marca o vehículo (F2)</translation>
    </message>
    <message>
        <source>The parts catalogue has not been downloaded yet (%1): parts cannot be searched.</source>
        <translation>El catálogo de piezas aún no se ha descargado (%1): no se pueden buscar piezas.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>No se encontró nada para «%1»</translation>
    </message>
</context>
<context>
    <name>nexus::PartStockModel</name>
    <message>
        <source>all warehouses</source>
        <translation>todos los almacenes</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizada</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Sucursal</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencia</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
</context>
<context>
    <name>nexus::PasswordForm</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>e.g. maria.lopez</source>
        <translation>p. ej. maria.lopez</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>button</comment>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Quick switch with PIN</source>
        <translation>Cambio rápido con PIN</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Escribe tu usuario y contraseña.</translation>
    </message>
</context>
<context>
    <name>nexus::PaymentDialog</name>
    <message>
        <source>Charge sale</source>
        <translation>Cobrar venta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reference / rate</source>
        <translation>Referencia / tipo de cambio</translation>
    </message>
    <message>
        <source>&amp;Cash (pesos)</source>
        <translation>&amp;Efectivo (pesos)</translation>
    </message>
    <message>
        <source>&amp;Dollars (cash)</source>
        <translation>&amp;Dólares (efectivo)</translation>
    </message>
    <message>
        <source>C&amp;redit card</source>
        <translation>Tarjeta de c&amp;rédito</translation>
    </message>
    <message>
        <source>De&amp;bit card</source>
        <translation>Tarjeta de dé&amp;bito</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferencia</translation>
    </message>
    <message>
        <source>Exchange rate of the day: pesos per dollar. Set on this till until the official rate arrives from head office.</source>
        <translation>Tipo de cambio del día: pesos por dólar. Se fija en esta caja hasta que llegue el oficial de la oficina central.</translation>
    </message>
    <message>
        <source>Rate (MXN per USD)</source>
        <translation>T. C. (MXN por USD)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Charge  (Enter)</source>
        <translation>Cobrar  (Enter)</translation>
    </message>
    <message>
        <source>Back to the sale  (Esc)</source>
        <translation>Volver a la venta  (Esc)</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Clave de rastreo</translation>
    </message>
    <message>
        <source>Authorisation no.</source>
        <translation>No. de autorización</translation>
    </message>
    <message>
        <source>= %1 at %2</source>
        <translation>= %1 a %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Falta por pagar</translation>
    </message>
    <message>
        <source>Rate set on this till until the official one arrives.</source>
        <translation>T. C. fijado en esta caja hasta que llegue el oficial.</translation>
    </message>
    <message>
        <source>Customer&apos;s cr&amp;edit</source>
        <translation>Crédito del c&amp;liente</translation>
    </message>
    <message>
        <source>%1 · available %2</source>
        <translation>%1 · disponible %2</translation>
    </message>
    <message>
        <source>Above the %1 available: a manager will be asked to authorise it.</source>
        <translation>Excede los %1 disponibles: se pedirá la autorización de un gerente.</translation>
    </message>
    <message>
        <source>Loyalty &amp;points</source>
        <translation>&amp;Puntos</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) · worth %1</source>
        <translation>
            <numerusform>%n punto · vale %1</numerusform>
            <numerusform>%n puntos · valen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer has %n point(s): at most %1.</source>
        <translation>
            <numerusform>El cliente tiene %n punto: máximo %1.</numerusform>
            <numerusform>El cliente tiene %n puntos: máximo %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::PhotoCaptureDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Tomar foto</translation>
    </message>
    <message>
        <source>Photo of: %1</source>
        <translation>Foto de: %1</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Encendiendo la cámara…</translation>
    </message>
    <message>
        <source>Point the camera at what the photo must show.</source>
        <translation>Apunta la cámara a lo que debe mostrar la foto.</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Take photo  (Enter)</source>
        <translation>Tomar foto  (Enter)</translation>
    </message>
    <message>
        <source>The camera gave no picture yet: try again.</source>
        <translation>La cámara aún no da imagen: intenta de nuevo.</translation>
    </message>
</context>
<context>
    <name>nexus::PinPad</name>
    <message>
        <source>Erase the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>PIN pad key</comment>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>nexus::PinSwitchDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Cambiar usuario</translation>
    </message>
</context>
<context>
    <name>nexus::PinSwitchPanel</name>
    <message>
        <source>Quick switch with PIN</source>
        <translation>Cambio rápido con PIN</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Elige tu nombre y escribe tu PIN.</translation>
    </message>
    <message>
        <source>No user of this branch has a PIN yet. Sign in with your user name and password.</source>
        <translation>Ningún usuario de esta sucursal tiene PIN todavía. Entra con tu usuario y contraseña.</translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Users of this branch</source>
        <translation>Usuarios de esta sucursal</translation>
    </message>
    <message>
        <source>Use user name and password</source>
        <translation>Usar usuario y contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Primero elige tu nombre en la lista.</translation>
    </message>
</context>
<context>
    <name>nexus::PlanLinesEditor</name>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Every km</source>
        <translation>Cada km</translation>
    </message>
    <message>
        <source>Every months</source>
        <translation>Cada meses</translation>
    </message>
</context>
<context>
    <name>nexus::PosApplication</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Nexus POS cannot start</source>
        <translation>Nexus POS no puede iniciar</translation>
    </message>
    <message>
        <source>The data of this computer cannot be opened.</source>
        <translation>No se pueden abrir los datos de este equipo.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask for support before replacing or deleting this file.</source>
        <translation>No se modificó nada. Pide ayuda a soporte antes de reemplazar o borrar este archivo.</translation>
    </message>
    <message>
        <source>Downloading the parts catalogue…</source>
        <translation>Descargando el catálogo de refacciones…</translation>
    </message>
    <message>
        <source>Parts catalogue</source>
        <translation>Catálogo de refacciones</translation>
    </message>
    <message>
        <source>Downloading the parts catalogue: %1 of %2 MB</source>
        <translation>Descargando el catálogo de refacciones: %1 de %2 MB</translation>
    </message>
    <message>
        <source>The parts catalogue could not be downloaded yet:
%1
Trying again in a minute.</source>
        <translation>Todavía no se pudo descargar el catálogo de refacciones:
%1
Se volverá a intentar en un minuto.</translation>
    </message>
</context>
<context>
    <name>nexus::PrinterSetupDialog</name>
    <message>
        <source>Ticket printer</source>
        <translation>Impresora de tickets</translation>
    </message>
    <message>
        <source>USB or serial device</source>
        <translation>Dispositivo USB o serie</translation>
    </message>
    <message>
        <source>Network printer (port 9100)</source>
        <translation>Impresora de red (puerto 9100)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation>80 mm (48 caracteres)</translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 caracteres)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Print the &amp;logo</source>
        <translation>Imprimir el &amp;logotipo</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>Elegir &amp;imagen…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Extra lines under the branch data, e.g. WhatsApp 81 1234 5678</source>
        <translation>Líneas adicionales bajo los datos de la sucursal, p. ej. WhatsApp 81 1234 5678</translation>
    </message>
    <message>
        <source>&amp;Header lines</source>
        <translation>Líneas de &amp;encabezado</translation>
    </message>
    <message>
        <source>&amp;Invoicing portal</source>
        <translation>Portal de &amp;facturación</translation>
    </message>
    <message>
        <source>Save and print a &amp;test page</source>
        <translation>Guardar e imprimir una página de &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation>La página de prueba se envió a la impresora.</translation>
    </message>
    <message>
        <source>Path of the file that receives the tickets</source>
        <translation>Ruta del archivo que recibe los tickets</translation>
    </message>
    <message>
        <source>%1 is not an image (%2).</source>
        <translation>%1 no es una imagen (%2).</translation>
    </message>
    <message>
        <source>Choose the ticket logo</source>
        <translation>Elegir el logotipo del ticket</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Printer settings saved.</source>
        <translation>Configuración de la impresora guardada.</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>Imprimiendo la página de prueba…</translation>
    </message>
</context>
<context>
    <name>nexus::PurchaseOrder</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Recibida en parte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>nexus::PurchaseOrderDialog</name>
    <message>
        <source>Purchase order %1</source>
        <translation>Orden de compra %1</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Nueva orden de compra</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Borrador %1</translation>
    </message>
    <message>
        <source>Su&amp;pplier</source>
        <translation>Pro&amp;veedor</translation>
    </message>
    <message>
        <source>Receive &amp;in</source>
        <translation>Recibir &amp;en</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Mo&amp;neda</translation>
    </message>
    <message>
        <source>E&amp;xchange rate</source>
        <translation>Tipo de ca&amp;mbio</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>then search the part and press Enter (F2 goes to the search)</source>
        <translation>luego busca la pieza y oprime Enter (F2 va a la búsqueda)</translation>
    </message>
    <message>
        <source>Lines (F2 on a cell edits it, Del removes the line)</source>
        <translation>Partidas (F2 en una celda la edita, Supr quita la partida)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Supplier&apos;s part no.</source>
        <translation>Núm. del proveedor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Note for the supplier</source>
        <translation>&amp;Nota para el proveedor</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Save draft  (F12)</source>
        <translation>Guardar borrador  (F12)</translation>
    </message>
    <message>
        <source>There is no active supplier yet: add one in the Suppliers tab first.</source>
        <translation>Todavía no hay proveedores activos: da de alta uno en la pestaña Proveedores.</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero</source>
        <translation>La cantidad debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Total %1 + IVA</source>
        <translation>Total %1 + IVA</translation>
    </message>
</context>
<context>
    <name>nexus::PurchaseOrdersTab</name>
    <message>
        <source>New  (F2)</source>
        <translation>Nueva  (F2)</translation>
    </message>
    <message>
        <source>Edit  (F3)</source>
        <translation>Editar  (F3)</translation>
    </message>
    <message>
        <source>Send  (F6)</source>
        <translation>Enviar  (F6)</translation>
    </message>
    <message>
        <source>Receive  (F4)</source>
        <translation>Recibir  (F4)</translation>
    </message>
    <message>
        <source>Close  (F7)</source>
        <translation>Cerrar  (F7)</translation>
    </message>
    <message>
        <source>Cancel  (F9)</source>
        <translation>Cancelar  (F9)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Received (MXN)</source>
        <translation>Recibido (MXN)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Supplier&apos;s part no.</source>
        <translation>Núm. del proveedor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>F2 new · F3 edit draft · F6 send · F4 receive · F7 close · F9 cancel · F5 refresh · ↑↓ choose an order</source>
        <translation>F2 nueva · F3 editar borrador · F6 enviar · F4 recibir · F7 cerrar · F9 cancelar · F5 actualizar · ↑↓ elegir orden</translation>
    </message>
    <message>
        <source>No purchase orders to show</source>
        <translation>No hay órdenes de compra que mostrar</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · receive in %4</source>
        <translation>%1 · %2 · %3 · se recibe en %4</translation>
    </message>
    <message>
        <source>invoiced at %1</source>
        <translation>facturado a %1</translation>
    </message>
    <message>
        <source>%1 more than ordered</source>
        <translation>%1 más de lo pedido</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Creada el %1</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Enviada el %1</translation>
    </message>
    <message>
        <source>Received on %1 · invoice %2 · %3</source>
        <translation>Recibido el %1 · factura %2 · %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Cerrada el %1</translation>
    </message>
    <message>
        <source>Cancelled on %1: %2</source>
        <translation>Cancelada el %1: %2</translation>
    </message>
    <message>
        <source>Draft %1 saved: F6 sends it to the supplier.</source>
        <translation>Borrador %1 guardado: F6 lo envía al proveedor.</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Borrador %1 guardado.</translation>
    </message>
    <message>
        <source>%1 sent: receive it with F4 when it arrives.</source>
        <translation>%1 enviada: recíbela con F4 cuando llegue.</translation>
    </message>
    <message>
        <source>%1 received in full: F7 closes it.</source>
        <translation>%1 recibida completa: F7 la cierra.</translation>
    </message>
    <message>
        <source>%1 received in part: the rest is still expected.</source>
        <translation>%1 recibida en parte: el resto sigue pendiente.</translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1 cerrada.</translation>
    </message>
    <message>
        <source>Cancel purchase order</source>
        <translation>Cancelar orden de compra</translation>
    </message>
    <message>
        <source>Why is %1 cancelled?</source>
        <translation>¿Por qué se cancela %1?</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancelar la orden</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 cancelada.</translation>
    </message>
    <message>
        <source>%1 queued to %2; it goes out when the store is online. Receive it with F4 when it arrives.</source>
        <translation>%1 en cola para %2; sale en cuanto la tienda tenga conexión. Recíbela con F4 cuando llegue.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>nexus::Quote</name>
    <message>
        <source>Valid</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>nexus::QuotesDialog</name>
    <message>
        <source>Quotes</source>
        <translation>Cotizaciones</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cancel quote  (Del)</source>
        <translation>Cancelar cotización  (Supr)</translation>
    </message>
    <message>
        <source>PDF  (Ctrl+P)</source>
        <translation>PDF  (Ctrl+P)</translation>
    </message>
    <message>
        <source>WhatsApp  (Ctrl+W)</source>
        <translation>WhatsApp  (Ctrl+W)</translation>
    </message>
    <message>
        <source>E-mail  (Ctrl+E)</source>
        <translation>Correo  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Convert to sale  (Enter)</source>
        <translation>Convertir en venta  (Enter)</translation>
    </message>
    <message>
        <source>Converted (%1)</source>
        <translation>Convertida (%1)</translation>
    </message>
    <message>
        <source>No quote matches.</source>
        <translation>Ninguna cotización coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n cotización</numerusform>
            <numerusform>%n cotizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The quote %1 was already converted into the sale %2.</source>
        <translation>La cotización %1 ya se convirtió en la venta %2.</translation>
    </message>
    <message>
        <source>The quote %1 was cancelled.</source>
        <translation>La cotización %1 fue cancelada.</translation>
    </message>
    <message>
        <source>PDF of %1 saved in %2</source>
        <translation>PDF de %1 guardado en %2</translation>
    </message>
    <message>
        <source>Cancel quote</source>
        <translation>Cancelar cotización</translation>
    </message>
    <message>
        <source>Cancel the quote %1 for %2? It cannot be converted afterwards.</source>
        <translation>¿Cancelar la cotización %1 de %2? Ya no podrá convertirse en venta.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Quote %1 cancelled</source>
        <translation>Cotización %1 cancelada</translation>
    </message>
    <message>
        <source>Folio, customer, phone or service order</source>
        <translation>Folio, cliente, teléfono u orden de servicio</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>Orden de servicio</translation>
    </message>
    <message>
        <source>The order changed</source>
        <translation>La orden cambió</translation>
    </message>
    <message>
        <source>The service order %1 changed since the quote %2. The quote is what the customer accepted: it is charged as quoted.</source>
        <translation>La orden de servicio %1 cambió desde la cotización %2. La cotización es lo que el cliente aceptó: se cobra como se cotizó.</translation>
    </message>
    <message>
        <source>Charge as quoted</source>
        <translation>Cobrar como se cotizó</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Regresar</translation>
    </message>
</context>
<context>
    <name>nexus::ReceiveDialog</name>
    <message>
        <source>Receive %1</source>
        <translation>Recibir %1</translation>
    </message>
    <message>
        <source>Receive %1 from %2</source>
        <translation>Recibir %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Scan or type a code</source>
        <translation>&amp;Escanea o escribe un código</translation>
    </message>
    <message>
        <source>barcode, our SKU or the supplier&apos;s part no., then Enter: +1</source>
        <translation>código de barras, nuestro SKU o el núm. del proveedor, luego Enter: +1</translation>
    </message>
    <message>
        <source>Supplier&apos;s &amp;invoice</source>
        <translation>&amp;Factura del proveedor</translation>
    </message>
    <message>
        <source>factura or remisión no.</source>
        <translation>núm. de factura o remisión</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Supplier&apos;s part no.</source>
        <translation>Núm. del proveedor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>Recibir ahora</translation>
    </message>
    <message>
        <source>Invoice cost</source>
        <translation>Costo facturado</translation>
    </message>
    <message>
        <source>A different cost or more pieces than ordered are recorded as differences of this receipt. Costs in %1, without IVA.</source>
        <translation>Un costo distinto o más piezas de las pedidas quedan registrados como diferencias de esta recepción. Costos en %1, sin IVA.</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Record receipt  (F12)</source>
        <translation>Registrar recepción  (F12)</translation>
    </message>
    <message>
        <source>No line of %1 has the code %2</source>
        <translation>Ninguna partida de %1 tiene el código %2</translation>
    </message>
</context>
<context>
    <name>nexus::RecordServiceDialog</name>
    <message>
        <source>Record a service: %1</source>
        <translation>Registrar servicio: %1</translation>
    </message>
    <message>
        <source>No service order</source>
        <translation>Sin orden de servicio</translation>
    </message>
    <message>
        <source>%1 · delivered %2 · %3 km</source>
        <translation>%1 · entregada el %2 · %3 km</translation>
    </message>
    <message>
        <source>Service &amp;order</source>
        <translation>&amp;Orden de servicio</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;Odometer</source>
        <translation>&amp;Odómetro</translation>
    </message>
    <message>
        <source>Maintenances done (Space ticks):</source>
        <translation>Mantenimientos hechos (Espacio marca):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Note (brand of oil, parts…)</source>
        <translation>Nota (marca del aceite, piezas…)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>nexus::ReorderTab</name>
    <message>
        <source>Choose a part to set its reorder levels (F2 searches, Enter chooses)</source>
        <translation>Elige una pieza para fijar sus niveles de reorden (F2 busca, Enter la elige)</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>Al&amp;macén</translation>
    </message>
    <message>
        <source>Sales of (&amp;weeks)</source>
        <translation>Ventas de (&amp;semanas)</translation>
    </message>
    <message>
        <source>supplier&apos;s</source>
        <translation>del proveedor</translation>
    </message>
    <message>
        <source>&amp;Lead time (days)</source>
        <translation>Tiempo de e&amp;ntrega (días)</translation>
    </message>
    <message>
        <source>M&amp;inimum</source>
        <translation>Mín&amp;imo</translation>
    </message>
    <message>
        <source>Reorder &amp;point</source>
        <translation>&amp;Punto de reorden</translation>
    </message>
    <message>
        <source>Ma&amp;ximum</source>
        <translation>Má&amp;ximo</translation>
    </message>
    <message>
        <source>Suggest from sales (F4)</source>
        <translation>Sugerir según ventas (F4)</translation>
    </message>
    <message>
        <source>Save levels (F12)</source>
        <translation>Guardar niveles (F12)</translation>
    </message>
    <message>
        <source>Reorder alerts</source>
        <translation>Alertas de reorden</translation>
    </message>
    <message>
        <source>Check now (F5)</source>
        <translation>Revisar ahora (F5)</translation>
    </message>
    <message>
        <source>Mark seen (F6)</source>
        <translation>Marcar vista (F6)</translation>
    </message>
    <message>
        <source>Draft purchase orders (F7)</source>
        <translation>Borradores de pedido (F7)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose the part first (F2).</source>
        <translation>Primero elige la pieza (F2).</translation>
    </message>
    <message>
        <source>Type the weeks of sales and the lead time in days as whole numbers.</source>
        <translation>Escribe las semanas de ventas y el tiempo de entrega en días como números enteros.</translation>
    </message>
    <message>
        <source>%1 sold in %2 weeks, %3 days of lead time: check the numbers and save them (F12).</source>
        <translation>%1 vendidas en %2 semanas, %3 días de entrega: revisa los números y guárdalos (F12).</translation>
    </message>
    <message>
        <source>The minimum, reorder point and maximum are numbers of pieces.</source>
        <translation>El mínimo, el punto de reorden y el máximo son números de piezas.</translation>
    </message>
    <message>
        <source>Levels of %1 saved.</source>
        <translation>Niveles de %1 guardados.</translation>
    </message>
    <message>
        <source>%1 new alerts, %2 resolved, %3 open.</source>
        <translation>%1 alertas nuevas, %2 resueltas, %3 abiertas.</translation>
    </message>
    <message>
        <source>Choose an alert first.</source>
        <translation>Primero elige una alerta.</translation>
    </message>
    <message>
        <source>Alert of %1 marked as seen.</source>
        <translation>Alerta de %1 marcada como vista.</translation>
    </message>
    <message>
        <source>No open alert needs an order.</source>
        <translation>Ninguna alerta abierta necesita pedido.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Primero inicia sesión.</translation>
    </message>
    <message>
        <source>Draft purchase orders created: %1. Review and send them in Compras.</source>
        <translation>Borradores de pedido creados: %1. Revísalos y envíalos en Compras.</translation>
    </message>
    <message>
        <source>Draft purchase orders created: %1. No supplier sells us: %2.</source>
        <translation>Borradores de pedido creados: %1. Ningún proveedor nos vende: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>A supplier of these parts sells in dollars: set the day&apos;s dollar rate in the counter&apos;s payment window first.</source>
        <translation>Un proveedor de estas piezas vende en dólares: primero captura el tipo de cambio del día en la ventana de cobro del mostrador.</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>Service orders wait for parts no branch has; F7 orders them too: %1</source>
        <translation>Hay órdenes de servicio esperando piezas que ninguna sucursal tiene; F7 también las pide: %1</translation>
    </message>
    <message>
        <source>%1 × %2 in %3 (%4)</source>
        <translation>%1 × %2 en %3 (%4)</translation>
    </message>
    <message>
        <source>Already ordered at another device of the branch: %1</source>
        <translation>Ya pedidas en otro equipo de la sucursal: %1</translation>
    </message>
</context>
<context>
    <name>nexus::Report</name>
    <message>
        <source>Sales journal</source>
        <translation>Diario de ventas</translation>
    </message>
    <message>
        <source>Sales by part</source>
        <translation>Ventas por pieza</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Ventas por categoría</translation>
    </message>
    <message>
        <source>Sales by brand</source>
        <translation>Ventas por marca</translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation>Ventas por cliente</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Ventas por cajero</translation>
    </message>
    <message>
        <source>Margins by category</source>
        <translation>Márgenes por categoría</translation>
    </message>
    <message>
        <source>Cash sessions (cortes)</source>
        <translation>Cortes de caja</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Credit aging</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <source>Inventory valuation</source>
        <translation>Valuación de inventario</translation>
    </message>
    <message>
        <source>Inventory movements</source>
        <translation>Movimientos de inventario</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Cash (USD)</source>
        <translation>Efectivo (USD)</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>On account / store credit</source>
        <translation>A crédito / saldo a favor</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Entrada de compra</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Salida por traspaso</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Entrada por traspaso</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Physical count</source>
        <translation>Conteo físico</translation>
    </message>
    <message>
        <source>Card reversal</source>
        <translation>Reverso a tarjeta</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>IVA</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Returns in these days refunded %1 (see the Returns report); the totals above are sales.</source>
        <translation>Las devoluciones de estos días reembolsaron %1 (ver el reporte de Devoluciones); los totales de arriba son ventas.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(sin marca)</translation>
    </message>
    <message>
        <source>Walk-in customers</source>
        <translation>Clientes de mostrador</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Venta neta</translation>
    </message>
    <message>
        <source>Net sales before IVA</source>
        <translation>Venta neta sin IVA</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margen bruto</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margen %</translation>
    </message>
    <message>
        <source>Lines without cost</source>
        <translation>Líneas sin costo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fondo inicial</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Ventas en efectivo</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Reembolsos en efectivo</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Autorizó</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>Customers&apos; accounts as of %1: the head office&apos;s figures from the last pull plus what this counter charged or received since.</source>
        <translation>Cuentas de clientes al %1: las cifras de oficina central de la última sincronización más lo que esta caja cargó o cobró desde entonces.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Valor a costo</translation>
    </message>
    <message>
        <source>Stock as of now at the catalogue&apos;s last purchase cost (before IVA).</source>
        <translation>Existencias al momento, al último costo de compra del catálogo (sin IVA).</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencia</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Valor de la existencia</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Última venta</translation>
    </message>
    <message>
        <source>Days without a sale</source>
        <translation>Días sin venta</translation>
    </message>
    <message>
        <source>Parts in stock with no sale from %1 to %2, most stock value first. Value at the branch&apos;s average cost, or the catalogue&apos;s cost when the branch has not received the part.</source>
        <translation>Piezas con existencia sin ventas del %1 al %2, primero las de mayor valor. Valor al costo promedio de la sucursal, o al costo del catálogo cuando la sucursal no ha recibido la pieza.</translation>
    </message>
    <message>
        <source>Sold in the period</source>
        <translation>Vendido en el periodo</translation>
    </message>
    <message>
        <source>Out since</source>
        <translation>Agotado desde</translation>
    </message>
    <message>
        <source>Days out</source>
        <translation>Días agotado</translation>
    </message>
    <message>
        <source>Lost pieces (est.)</source>
        <translation>Piezas perdidas (est.)</translation>
    </message>
    <message>
        <source>Lost sales (est.)</source>
        <translation>Ventas perdidas (est.)</translation>
    </message>
    <message>
        <source>Parts at zero or below that sold in the period. Lost sales are an estimate: what the part sold per day while it had stock (over a week at least), times the whole days it has been out, at the period&apos;s average price.</source>
        <translation>Piezas en cero o menos que se vendieron en el periodo. Las ventas perdidas son una estimación: lo que la pieza vendía por día mientras tuvo existencia (contando al menos una semana), por los días completos que lleva agotada, al precio promedio del periodo.</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Participación %</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Acumulado %</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Class %1: %2 parts, %3 of net sales (%4 %).</source>
        <translation>Clase %1: %2 piezas, %3 de venta neta (%4 %).</translation>
    </message>
    <message>
        <source>A: the best-selling parts that make the first 80 % of net sales; B: the next 15 %; C: the last 5 % and parts with no net sales.</source>
        <translation>A: las piezas más vendidas que suman el primer 80 % de la venta neta; B: el siguiente 15 %; C: el último 5 % y las piezas sin venta neta.</translation>
    </message>
    <message>
        <source>Slow movers</source>
        <translation>Lento movimiento</translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation>Agotados</translation>
    </message>
    <message>
        <source>ABC analysis</source>
        <translation>Análisis ABC</translation>
    </message>
    <message>
        <source>Savings by customer (agency prices)</source>
        <translation>Ahorro por cliente (precios de agencia)</translation>
    </message>
    <message>
        <source>Tickets that saved</source>
        <translation>Tickets con ahorro</translation>
    </message>
    <message>
        <source>Saved vs. agency prices</source>
        <translation>Ahorro frente a precios de agencia</translation>
    </message>
    <message>
        <source>Average per ticket</source>
        <translation>Promedio por ticket</translation>
    </message>
    <message>
        <source>Cash session summary</source>
        <translation>Resumen de caja</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>%1, Z %2</source>
        <translation>%1, corte Z %2</translation>
    </message>
    <message>
        <source>%1, still open</source>
        <translation>%1, caja abierta</translation>
    </message>
    <message>
        <source>Completed tickets</source>
        <translation>Tickets completados</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Descuentos otorgados</translation>
    </message>
    <message>
        <source>Cancelled tickets (not in the figures)</source>
        <translation>Tickets cancelados (fuera de las cifras)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Cash put in</source>
        <translation>Entrada de efectivo</translation>
    </message>
    <message>
        <source>Cash taken out</source>
        <translation>Retiro de efectivo</translation>
    </message>
    <message>
        <source>Cash movements</source>
        <translation>Movimientos de efectivo</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>nexus::ReportPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>nexus::ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operación</translation>
    </message>
</context>
<context>
    <name>nexus::ReportsTab</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Todos los cajeros</translation>
    </message>
    <message>
        <source>All payment methods</source>
        <translation>Todas las formas de pago</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Todos los almacenes</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>Generando el reporte…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Al %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Impreso el %1 por %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Reporte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Run (F5)</source>
        <translation>Generar (F5)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>%1 · Z %2</source>
        <translation>%1 · corte Z %2</translation>
    </message>
    <message>
        <source>%1 · open</source>
        <translation>%1 · abierta</translation>
    </message>
    <message>
        <source>You have not opened a cash session yet: its report appears here once you open one.</source>
        <translation>Aún no has abierto una caja: su reporte aparece aquí en cuanto abras una.</translation>
    </message>
    <message>
        <source>Cash session</source>
        <translation>Caja (sesión)</translation>
    </message>
</context>
<context>
    <name>nexus::ReprintDialog</name>
    <message>
        <source>Reprint ticket</source>
        <translation>Reimprimir ticket</translation>
    </message>
    <message>
        <source>&amp;Folio</source>
        <translation>&amp;Folio</translation>
    </message>
    <message>
        <source>Type or scan the folio, e.g. MTZ1-000123</source>
        <translation>Escriba o escanee el folio, p. ej. MTZ1-000123</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Ticket %1 sent to the printer.</source>
        <translation>Ticket %1 enviado a la impresora.</translation>
    </message>
    <message>
        <source>Printing ticket %1…</source>
        <translation>Imprimiendo el ticket %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Save ticket as PDF</source>
        <translation>Guardar ticket como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>nexus::ResolveClaimDialog</name>
    <message>
        <source>Resolve claim %1</source>
        <translation>Resolver la reclamación %1</translation>
    </message>
    <message>
        <source>%1 × %2 (ticket %3). Reported: %4</source>
        <translation>%1 × %2 (ticket %3). Reporta: %4</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolución</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Refund &amp;as</source>
        <translation>Reembolsar &amp;como</translation>
    </message>
    <message>
        <source>Reversal &amp;authorisation</source>
        <translation>&amp;Autorización de la reversa</translation>
    </message>
    <message>
        <source>Resolve  (F12)</source>
        <translation>Resolver  (F12)</translation>
    </message>
    <message>
        <source>Why it is rejected (required)</source>
        <translation>Por qué se rechaza (obligatorio)</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>Qué se hizo (opcional)</translation>
    </message>
    <message>
        <source>A manager must authorise the resolution of claim %1.</source>
        <translation>Un gerente debe autorizar la resolución de la reclamación %1.</translation>
    </message>
    <message>
        <source>The manager&apos;s user was not found</source>
        <translation>No se encontró el usuario del gerente</translation>
    </message>
    <message>
        <source>Say why the claim is rejected</source>
        <translation>Indique por qué se rechaza la reclamación</translation>
    </message>
</context>
<context>
    <name>nexus::ReturnDialog</name>
    <message>
        <source> · already refunded %1</source>
        <translation> · ya se reembolsó %1</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>A manager must authorise this return of %1 on ticket %2.</source>
        <translation>Un gerente debe autorizar esta devolución de %1 del ticket %2.</translation>
    </message>
    <message>
        <source>Authorisation no.</source>
        <translation>No. de autorización</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>Clie&amp;nte</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
    <message>
        <source>Choose or type why it comes back</source>
        <translation>Elige o escribe por qué se devuelve</translation>
    </message>
    <message>
        <source>Close  (Enter)</source>
        <translation>Cerrar  (Enter)</translation>
    </message>
    <message>
        <source>Defective or damaged</source>
        <translation>Defectuosa o dañada</translation>
    </message>
    <message>
        <source>Does not fit the vehicle</source>
        <translation>No le queda al vehículo</translation>
    </message>
    <message>
        <source>Everything on ticket %1 was already returned.</source>
        <translation>Todo lo del ticket %1 ya se devolvió.</translation>
    </message>
    <message>
        <source>Find  (Enter)</source>
        <translation>Buscar  (Enter)</translation>
    </message>
    <message>
        <source>Find the ticket first: scan or type its folio.</source>
        <translation>Primero busca el ticket: escanea o escribe su folio.</translation>
    </message>
    <message>
        <source>Log in first</source>
        <translation>Primero inicia sesión</translation>
    </message>
    <message>
        <source>Paid out of this till</source>
        <translation>Sale de esta caja</translation>
    </message>
    <message>
        <source>Refund &amp;as</source>
        <translation>&amp;Reembolsar como</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Return %1 recorded: refund %2 as %3.</source>
        <translation>Devolución %1 registrada: reembolso de %2 en %3.</translation>
    </message>
    <message>
        <source>Return &amp;everything  (F5)</source>
        <translation>Devolver &amp;todo  (F5)</translation>
    </message>
    <message>
        <source>Return and refund  (F12)</source>
        <translation>Devolver y reembolsar  (F12)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Reversal &amp;authorisation</source>
        <translation>&amp;Autorización de la reversa</translation>
    </message>
    <message>
        <source>Say why the customer returns it.</source>
        <translation>Indica por qué el cliente lo devuelve.</translation>
    </message>
    <message>
        <source>Scan or type the folio</source>
        <translation>Escanea o escribe el folio</translation>
    </message>
    <message>
        <source>Scan the barcode on the ticket, or type its folio and press Enter.</source>
        <translation>Escanea el código de barras del ticket o escribe su folio y presiona Enter.</translation>
    </message>
    <message>
        <source>Sold by mistake</source>
        <translation>Se vendió por error</translation>
    </message>
    <message>
        <source>Subtotal %1 · VAT %2</source>
        <translation>Subtotal %1 · IVA %2</translation>
    </message>
    <message>
        <source>The customer no longer needs it</source>
        <translation>El cliente ya no la necesita</translation>
    </message>
    <message>
        <source>The customer who receives the store credit (the ticket&apos;s customer when it has one)</source>
        <translation>El cliente que recibe el saldo a favor (el del ticket, si tiene)</translation>
    </message>
    <message>
        <source>The manager&apos;s user was not found</source>
        <translation>No se encontró el usuario del gerente</translation>
    </message>
    <message>
        <source>This counter is not ready to take returns</source>
        <translation>Esta caja no está lista para recibir devoluciones</translation>
    </message>
    <message>
        <source>Ticket %1 · sold %2 · total %3</source>
        <translation>Ticket %1 · vendido %2 · total %3</translation>
    </message>
    <message>
        <source>Ticket &amp;folio</source>
        <translation>&amp;Folio del ticket</translation>
    </message>
    <message>
        <source>Type how many pieces of a line come back.</source>
        <translation>Escribe cuántas piezas de una línea regresan.</translation>
    </message>
    <message>
        <source>Type the quantity on a line; Space switches it between back to stock and defective.</source>
        <translation>Escribe la cantidad en una línea; Espacio la cambia entre regresar a existencia y defectuosos.</translation>
    </message>
    <message>
        <source>Up to %1 can go back to the card of this ticket</source>
        <translation>Hasta %1 puede regresar a la tarjeta de este ticket</translation>
    </message>
    <message>
        <source>Wrong part</source>
        <translation>Pieza equivocada</translation>
    </message>
    <message>
        <source>No customer  (%1)</source>
        <translation>Sin cliente  (%1)</translation>
    </message>
    <message>
        <source>Store credit needs a customer: choose who receives it in Customer (Ctrl+K).</source>
        <translation>El saldo a favor necesita un cliente: elige quién lo recibe en Cliente (Ctrl+K).</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) back to the customer · %1 by the refund method</source>
        <translation>
            <numerusform>%n punto vuelve al cliente · %1 por el medio de reembolso</numerusform>
            <numerusform>%n puntos vuelven al cliente · %1 por el medio de reembolso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %1 recorded: %n point(s) back to the customer, %2 as %3.</source>
        <translation>
            <numerusform>Devolución %1 registrada: %n punto vuelve al cliente, %2 en %3.</numerusform>
            <numerusform>Devolución %1 registrada: %n puntos vuelven al cliente, %2 en %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::ReturnLinesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>At most %1 can still be returned</source>
        <translation>Se pueden devolver hasta %1</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>A existencia</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defectuosos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>To return</source>
        <translation>A devolver</translation>
    </message>
</context>
<context>
    <name>nexus::ReturnSlip</name>
    <message>
        <source>%1 (to defective)</source>
        <translation>%1 (a defectuosos)</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorizó</translation>
    </message>
    <message>
        <source>Card reversal</source>
        <translation>Reversa a tarjeta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Firma del cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Original ticket</source>
        <translation>Ticket original</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REEMBOLSO</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>DEVOLUCIÓN</translation>
    </message>
    <message>
        <source>RFC %1</source>
        <translation>RFC %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Refunded as</source>
        <translation>Reembolso en</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message numerus="yes">
        <source>Back as %n loyalty point(s)</source>
        <translation>
            <numerusform>Devuelto en %n punto</numerusform>
            <numerusform>Devuelto en %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Resto</translation>
    </message>
</context>
<context>
    <name>nexus::RmaDialog</name>
    <message>
        <source>Send to the supplier (RMA)</source>
        <translation>Enviar al proveedor (RMA)</translation>
    </message>
    <message>
        <source>%1 × %2  %3 of claim %4 leaves the defective location.</source>
        <translation>%1 × %2  %3 de la reclamación %4 sale de defectuosos.</translation>
    </message>
    <message>
        <source>Settle RMA %1</source>
        <translation>Liquidar el RMA %1</translation>
    </message>
    <message>
        <source>%1 × %2  %3 sent to %4.</source>
        <translation>%1 × %2  %3 enviado a %4.</translation>
    </message>
    <message>
        <source>Who it goes back to</source>
        <translation>A quién se regresa</translation>
    </message>
    <message>
        <source>&amp;Supplier</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <source>The supplier&apos;s RMA or shipping number</source>
        <translation>Número de RMA del proveedor o de guía</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>$0.00</source>
        <translation>$0.00</translation>
    </message>
    <message>
        <source>&amp;Credit</source>
        <translation>&amp;Crédito</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Send  (F12)</source>
        <translation>Enviar  (F12)</translation>
    </message>
    <message>
        <source>Settle  (F12)</source>
        <translation>Liquidar  (F12)</translation>
    </message>
    <message>
        <source>The supplier&apos;s reason (required)</source>
        <translation>El motivo del proveedor (obligatorio)</translation>
    </message>
    <message>
        <source>%1 (sells this part)</source>
        <translation>%1 (vende esta pieza)</translation>
    </message>
</context>
<context>
    <name>nexus::RmaListModel</name>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pieza</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
</context>
<context>
    <name>nexus::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mecánico</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Oficina central</translation>
    </message>
</context>
<context>
    <name>nexus::SaleScreen</name>
    <message>
        <source>Choose the ticket line to ask another branch for</source>
        <translation>Elija la línea del ticket que se pedirá a otra sucursal</translation>
    </message>
    <message>
        <source>%1 is a service, not a part: there is nothing to ask another branch for</source>
        <translation>%1 es un servicio, no una refacción: no hay nada que pedir a otra sucursal</translation>
    </message>
    <message>
        <source>Customer waiting: %1</source>
        <translation>Cliente esperando: %1</translation>
    </message>
    <message>
        <source>Transfer %1 asked of %2 (%3 pcs.)</source>
        <translation>Traspaso %1 pedido a %2 (%3 pzas.)</translation>
    </message>
    <message>
        <source>%1; the line left the ticket</source>
        <translation>%1; línea quitada</translation>
    </message>
    <message>
        <source>This computer cannot sell yet</source>
        <translation>Esta computadora todavía no puede vender</translation>
    </message>
    <message>
        <source>The parts catalogue has not been downloaded yet</source>
        <translation>El catálogo de refacciones todavía no se ha descargado</translation>
    </message>
    <message>
        <source>This computer does not have the catalogue of parts and prices yet (%1). It arrives with the first synchronisation with head office; sales can start as soon as it is here.</source>
        <translation>Esta computadora todavía no tiene el catálogo de refacciones y precios (%1). Llega con la primera sincronización con la oficina central; en cuanto esté aquí se puede empezar a vender.</translation>
    </message>
    <message>
        <source>The parts catalogue cannot be opened</source>
        <translation>No se puede abrir el catálogo de refacciones</translation>
    </message>
    <message>
        <source>The catalogue has no price lists in pesos.</source>
        <translation>El catálogo no tiene listas de precios en pesos.</translation>
    </message>
    <message>
        <source>Preparing the catalogue search for its first use…</source>
        <translation>Preparando la búsqueda del catálogo para su primer uso…</translation>
    </message>
    <message>
        <source>Search by name, SKU, barcode, OEM code or vehicle  (F2)</source>
        <translation>Buscar por nombre, SKU, código de barras, número OEM o vehículo  (F2)</translation>
    </message>
    <message>
        <source>&amp;Qty.</source>
        <translation>&amp;Cant.</translation>
    </message>
    <message>
        <source>Price &amp;list</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>No se encontró nada para «%1»</translation>
    </message>
    <message numerus="yes">
        <source>First %n result(s)</source>
        <translation>
            <numerusform>Primer resultado (%n)</numerusform>
            <numerusform>Primeros %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>The quantity must be greater than zero</source>
        <translation>La cantidad debe ser mayor que cero</translation>
    </message>
    <message>
        <source>This branch has no warehouses on this computer yet; nothing can be sold from it.</source>
        <translation>Esta sucursal todavía no tiene almacenes en esta computadora; no se puede vender nada de ella.</translation>
    </message>
    <message>
        <source>%1 × %2 added. Stock in %3 is %4: the sale goes ahead and is reported.</source>
        <translation>%1 × %2 agregado. La existencia en %3 es %4: la venta sigue y se reporta.</translation>
    </message>
    <message>
        <source>%1 × %2 added</source>
        <translation>%1 × %2 agregado</translation>
    </message>
    <message>
        <source>No till is open on this computer. Ask a manager to open it.</source>
        <translation>No hay una caja abierta en esta computadora. Pide a un gerente que la abra.</translation>
    </message>
    <message>
        <source>Open the till to start selling.</source>
        <translation>Abre la caja para empezar a vender.</translation>
    </message>
    <message>
        <source>Till open since %1 · float %2</source>
        <translation>Caja abierta desde las %1 · fondo %2</translation>
    </message>
    <message>
        <source>Till closed</source>
        <translation>Caja cerrada</translation>
    </message>
    <message>
        <source>A discount of %1 is above the %2 a cashier may give. A manager must authorise it with their PIN.</source>
        <translation>Un descuento de %1 supera el %2 que puede dar un cajero. Un gerente debe autorizarlo con su PIN.</translation>
    </message>
    <message>
        <source>The discount was not authorised.</source>
        <translation>El descuento no se autorizó.</translation>
    </message>
    <message>
        <source>Prices of the %1 list</source>
        <translation>Precios de la lista %1</translation>
    </message>
    <message>
        <source>%1 removed from the ticket</source>
        <translation>%1 se quitó del ticket</translation>
    </message>
    <message>
        <source>IVA 8 % (border)</source>
        <translation>IVA 8 % (frontera)</translation>
    </message>
    <message>
        <source>IVA 16 %</source>
        <translation>IVA 16 %</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Cancelar venta</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n line(s) of this ticket?</source>
        <translation>
            <numerusform>¿Quitar %n línea de este ticket?</numerusform>
            <numerusform>¿Quitar las %n líneas de este ticket?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep selling</source>
        <translation>Seguir vendiendo</translation>
    </message>
    <message>
        <source>Sale cancelled</source>
        <translation>Venta cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of this sale are now below zero stock: reported to the manager.</source>
        <translation>
            <numerusform>%n refacción de esta venta quedó con existencia negativa: se reportó al gerente.</numerusform>
            <numerusform>%n refacciones de esta venta quedaron con existencia negativa: se reportó al gerente.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:17px&apos;&gt;&lt;b&gt;Sale charged&lt;/b&gt; &amp;nbsp; Folio &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Total %2&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;font-size:22px&apos;&gt;Change &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:17px&apos;&gt;&lt;b&gt;Venta cobrada&lt;/b&gt; &amp;nbsp; Folio &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Total %2&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;font-size:22px&apos;&gt;Cambio &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Ticket discount removed</source>
        <translation>Se quitó el descuento al ticket</translation>
    </message>
    <message>
        <source>Discount of %1 on the whole ticket</source>
        <translation>Descuento de %1 a todo el ticket</translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation>Descuento al ticket</translation>
    </message>
    <message>
        <source>Discount on the whole ticket, in percent (0 removes it):</source>
        <translation>Descuento a todo el ticket, en porcentaje (0 lo quita):</translation>
    </message>
    <message>
        <source>Picture of a barcode</source>
        <translation>Foto de un código de barras</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Add the parts to label to the ticket first.</source>
        <translation>Primero agrega al ticket las piezas a etiquetar.</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>Guardar etiquetas</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Labels saved to %1</source>
        <translation>Etiquetas guardadas en %1</translation>
    </message>
    <message>
        <source>That customer is not on this computer.</source>
        <translation>Ese cliente no está en este equipo.</translation>
    </message>
    <message>
        <source>Customer %1. Their price list &quot;%2&quot; is not in this catalogue: prices stay as they are.</source>
        <translation>Cliente %1. Su lista de precios «%2» no está en este catálogo: los precios se quedan como están.</translation>
    </message>
    <message>
        <source>Customer %1 · prices of the %2 list</source>
        <translation>Cliente %1 · precios de la lista %2</translation>
    </message>
    <message>
        <source>%1 taken off the sale</source>
        <translation>Se quitó a %1 de la venta</translation>
    </message>
    <message>
        <source>No customer  (Ctrl+K)</source>
        <translation>Sin cliente  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Attach a customer to the sale: their prices, their credit, their invoice.</source>
        <translation>Asigne un cliente a la venta: sus precios, su crédito, su factura.</translation>
    </message>
    <message>
        <source>%1 · credit available %2</source>
        <translation>%1 · crédito disponible %2</translation>
    </message>
    <message>
        <source>RFC %1</source>
        <translation>RFC %1</translation>
    </message>
    <message numerus="yes">
        <source>Credit limit %1, %n day(s)</source>
        <translation>
            <numerusform>Límite de crédito %1, %n día</numerusform>
            <numerusform>Límite de crédito %1, %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Owes %1</source>
        <translation>Debe %1</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Saldo a favor %1</translation>
    </message>
    <message>
        <source>Payment %1 of %2 recorded: %3 still owes %4</source>
        <translation>Abono %1 de %2 registrado: %3 todavía debe %4</translation>
    </message>
    <message>
        <source>The order %1 is not ready to charge</source>
        <translation>La orden %1 no está lista para cobrarse</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 on the ticket: %n part(s) the mechanic asked for were never reserved and are not charged</source>
        <translation>
            <numerusform>Orden %1 en el ticket: %n pieza que pidió el mecánico nunca se apartó y no se cobra</numerusform>
            <numerusform>Orden %1 en el ticket: %n piezas que pidió el mecánico nunca se apartaron y no se cobran</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 on the ticket: %2 (%3)</source>
        <translation>Orden %1 en el ticket: %2 (%3)</translation>
    </message>
    <message>
        <source>Showing only the parts that fit %1</source>
        <translation>Solo se muestran las piezas que le quedan a %1</translation>
    </message>
    <message>
        <source>Any vehicle  (Ctrl+P)</source>
        <translation>Cualquier vehículo  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Type a VIN or plates to see only the parts that fit that vehicle.</source>
        <translation>Escribe un VIN o unas placas para ver solo las piezas que le quedan a ese vehículo.</translation>
    </message>
    <message>
        <source>%1  (Ctrl+P)</source>
        <translation>%1  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&lt;b&gt;F2&lt;/b&gt; Search &amp;nbsp; &lt;b&gt;Enter&lt;/b&gt; Add &amp;nbsp; &lt;b&gt;3*&lt;/b&gt; Qty. &amp;nbsp; &lt;b&gt;F4&lt;/b&gt; Change qty. &amp;nbsp; &lt;b&gt;F5&lt;/b&gt; Ticket disc. &amp;nbsp; &lt;b&gt;F6&lt;/b&gt; Line disc. &amp;nbsp; &lt;b&gt;F7&lt;/b&gt; Warehouse &amp;nbsp; &lt;b&gt;F8&lt;/b&gt; List &amp;nbsp; &lt;b&gt;Del&lt;/b&gt; Remove &amp;nbsp; &lt;b&gt;F9&lt;/b&gt; Cancel &amp;nbsp; &lt;b&gt;F10&lt;/b&gt; Till &amp;nbsp; &lt;b&gt;F11&lt;/b&gt; Return &amp;nbsp; &lt;b&gt;Ctrl+O&lt;/b&gt; Order &amp;nbsp; &lt;b&gt;Ctrl+T&lt;/b&gt; Other branch &amp;nbsp; &lt;b&gt;Ctrl+P&lt;/b&gt; Vehicle &amp;nbsp; &lt;b&gt;Ctrl+Q&lt;/b&gt; Quote &amp;nbsp; &lt;b&gt;Ctrl+Shift+Q&lt;/b&gt; Quotes &amp;nbsp; &lt;b&gt;F12&lt;/b&gt; Charge</source>
        <translation>&lt;b&gt;F2&lt;/b&gt; Buscar &amp;nbsp; &lt;b&gt;Enter&lt;/b&gt; Agregar &amp;nbsp; &lt;b&gt;3*&lt;/b&gt; Cant. &amp;nbsp; &lt;b&gt;F4&lt;/b&gt; Cambiar cant. &amp;nbsp; &lt;b&gt;F5&lt;/b&gt; Desc. ticket &amp;nbsp; &lt;b&gt;F6&lt;/b&gt; Desc. línea &amp;nbsp; &lt;b&gt;F7&lt;/b&gt; Almacén &amp;nbsp; &lt;b&gt;F8&lt;/b&gt; Lista &amp;nbsp; &lt;b&gt;Supr&lt;/b&gt; Quitar &amp;nbsp; &lt;b&gt;F9&lt;/b&gt; Cancelar &amp;nbsp; &lt;b&gt;F10&lt;/b&gt; Caja &amp;nbsp; &lt;b&gt;F11&lt;/b&gt; Devolución &amp;nbsp; &lt;b&gt;Ctrl+O&lt;/b&gt; Orden &amp;nbsp; &lt;b&gt;Ctrl+T&lt;/b&gt; Otra suc. &amp;nbsp; &lt;b&gt;Ctrl+P&lt;/b&gt; Vehículo &amp;nbsp; &lt;b&gt;Ctrl+Q&lt;/b&gt; Cotizar &amp;nbsp; &lt;b&gt;Ctrl+Shift+Q&lt;/b&gt; Cotizaciones &amp;nbsp; &lt;b&gt;F12&lt;/b&gt; Cobrar</translation>
    </message>
    <message>
        <source>Put the parts to quote on the ticket first</source>
        <translation>Primero agrega al ticket las piezas a cotizar</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total %1</source>
        <translation>
            <numerusform>%n partida, total %1</numerusform>
            <numerusform>%n partidas, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote %1 saved, valid until %2</source>
        <translation>Cotización %1 guardada, vigente hasta %2</translation>
    </message>
    <message>
        <source>Quote %1 queued for WhatsApp to %2</source>
        <translation>Cotización %1 en cola para WhatsApp a %2</translation>
    </message>
    <message>
        <source>Quote %1 queued for e-mail to %2</source>
        <translation>Cotización %1 en cola para correo a %2</translation>
    </message>
    <message>
        <source>Charge or cancel the ticket on screen before converting a quote</source>
        <translation>Cobra o cancela el ticket en pantalla antes de convertir una cotización</translation>
    </message>
    <message>
        <source>Quote %1: quoted prices, valid until %2</source>
        <translation>Cotización %1: precios cotizados, vigente hasta %2</translation>
    </message>
    <message numerus="yes">
        <source>Quote %1 expired on %2: today&apos;s prices (%n changed)</source>
        <translation>
            <numerusform>Cotización %1 vencida el %2: precios de hoy (%n cambió)</numerusform>
            <numerusform>Cotización %1 vencida el %2: precios de hoy (%n cambiaron)</numerusform>
        </translation>
    </message>
    <message>
        <source>No camera was found on this computer. A picture of the barcode can still be read with %1.</source>
        <translation>No se encontró ninguna cámara en esta computadora. Puedes leer el código de barras de una foto con %1.</translation>
    </message>
    <message>
        <source>Quote %1 charges %2 at the quoted prices (until %3)</source>
        <translation>%1 cobra %2 a precios cotizados (hasta %3)</translation>
    </message>
    <message numerus="yes">
        <source>Quote %1 charges %2, expired on %3: today&apos;s prices (%n changed)</source>
        <translation>
            <numerusform>%1 cobra %2; vencida el %3: precios de hoy (%n cambió)</numerusform>
            <numerusform>%1 cobra %2; vencida el %3: precios de hoy (%n cambiaron)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sale for %1: showing only the parts that fit it</source>
        <translation>Venta para %1: solo se muestran las piezas que le quedan</translation>
    </message>
    <message>
        <source>Sale for %1</source>
        <translation>Venta para %1</translation>
    </message>
    <message numerus="yes">
        <source>Which vehicle? %n on file  (Ctrl+P)</source>
        <translation>
            <numerusform>¿Qué vehículo? %n registrado  (Ctrl+P)</numerusform>
            <numerusform>¿Qué vehículo? %n registrados  (Ctrl+P)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick the customer&apos;s vehicle this sale is for, or type a VIN or plates.</source>
        <translation>Elige el vehículo del cliente para el que es esta venta, o escribe un VIN o unas placas.</translation>
    </message>
</context>
<context>
    <name>nexus::SaleVehicleDialog</name>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>VIN or plates (empty: show parts for every vehicle)</source>
        <translation>VIN o placas (vacío: piezas para cualquier vehículo)</translation>
    </message>
    <message>
        <source>Or the sale is for one of %1&apos;s vehicles (↓ then Enter)</source>
        <translation>O la venta es para un vehículo de %1 (↓ y Enter)</translation>
    </message>
    <message>
        <source>No vehicle: a sale for the customer only</source>
        <translation>Sin vehículo: venta solo para el cliente</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
    <message>
        <source>Accept  (Enter)</source>
        <translation>Aceptar  (Enter)</translation>
    </message>
</context>
<context>
    <name>nexus::SaveQuoteDialog</name>
    <message>
        <source>Save as quote</source>
        <translation>Guardar como cotización</translation>
    </message>
    <message>
        <source>The ticket&apos;s lines are kept with today&apos;s prices for the customer until the date below. Ticket: %1.</source>
        <translation>Las partidas del ticket se guardan con los precios de hoy para el cliente hasta la fecha de abajo. Ticket: %1.</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>10 digits (WhatsApp)</source>
        <translation>10 dígitos (WhatsApp)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <source>Make, model, year, plates (optional)</source>
        <translation>Marca, modelo, año, placas (opcional)</translation>
    </message>
    <message>
        <source>&amp;Vehicle</source>
        <translation>&amp;Vehículo</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Válida &amp;hasta</translation>
    </message>
    <message>
        <source>Back to the ticket  (Esc)</source>
        <translation>Volver al ticket  (Esc)</translation>
    </message>
    <message>
        <source>Save quote  (Enter)</source>
        <translation>Guardar cotización  (Enter)</translation>
    </message>
</context>
<context>
    <name>nexus::SearchResultsModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>No other branch has this part</source>
        <translation>Ninguna otra sucursal tiene esta pieza</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>sin sincronizar</translation>
    </message>
    <message>
        <source>%1: %2 (as of %3)</source>
        <comment>branch, stock, date</comment>
        <translation>%1: %2 (al %3)</translation>
    </message>
    <message>
        <source>Other branches</source>
        <translation>Otras sucursales</translation>
    </message>
    <message>
        <source>Stock of the other branches as of this computer&apos;s last sync with head office</source>
        <translation>Existencias de las otras sucursales a la última sincronización de este equipo con la matriz</translation>
    </message>
</context>
<context>
    <name>nexus::SendOrderDialog</name>
    <message>
        <source>Send %1</source>
        <translation>Enviar %1</translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <translation>Enviar %1 a %2</translation>
    </message>
    <message>
        <source>PDF written: %1  (Ctrl+O opens it)</source>
        <translation>PDF generado: %1  (Ctrl+O lo abre)</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>correo %1</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>WhatsApp %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C copies the text · F12 marks the order as sent</source>
        <translation>Ctrl+Mayús+C copia el texto · F12 marca la orden como enviada</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Mark as sent  (F12)</source>
        <translation>Marcar como enviada  (F12)</translation>
    </message>
    <message>
        <source>F12 sends the PDF by %1 as soon as the store is online.</source>
        <translation>F12 envía el PDF por %1 en cuanto la tienda tenga conexión.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>The supplier has no mobile number or e-mail: F12 only marks the order as sent; send the PDF and this text yourself.</source>
        <translation>El proveedor no tiene celular ni correo: F12 solo marca la orden como enviada; envía tú el PDF y este texto.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C copies the text · F12 sends it and marks the order as sent</source>
        <translation>Ctrl+Shift+C copia el texto · F12 la envía y marca la orden como enviada</translation>
    </message>
    <message>
        <source>Send to the supplier  (F12)</source>
        <translation>Enviar al proveedor  (F12)</translation>
    </message>
</context>
<context>
    <name>nexus::ServiceOrderDialog</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Refacciones</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Mano de obra</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>History and notes</source>
        <translation>Historial y notas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The customer reports</source>
        <translation>El cliente reporta</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>Save diagnosis</source>
        <translation>Guardar diagnóstico</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>How: signed, by phone, WhatsApp…</source>
        <translation>Cómo: firmado, por teléfono, WhatsApp…</translation>
    </message>
    <message>
        <source>Customer approved</source>
        <translation>El cliente aprobó</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mecánico</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Prometida para</translation>
    </message>
    <message>
        <source>Diagnosis saved.</source>
        <translation>Diagnóstico guardado.</translation>
    </message>
    <message>
        <source>The customer&apos;s approval is recorded.</source>
        <translation>La aprobación del cliente quedó registrada.</translation>
    </message>
    <message>
        <source>Mechanic assigned.</source>
        <translation>Mecánico asignado.</translation>
    </message>
    <message>
        <source>Promised time changed.</source>
        <translation>Hora prometida cambiada.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code or barcode</source>
        <translation>Código o código de barras</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Reserve from stock</source>
        <translation>Apartar del inventario</translation>
    </message>
    <message>
        <source>Reserve the request</source>
        <translation>Apartar lo solicitado</translation>
    </message>
    <message>
        <source>Reserves the selected request with the part whose code is typed</source>
        <translation>Aparta la solicitud seleccionada con la refacción cuyo código está escrito</translation>
    </message>
    <message>
        <source>Ask for a part…</source>
        <translation>Pedir refacción…</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Quitar la línea seleccionada</translation>
    </message>
    <message>
        <source>Select the line to remove first.</source>
        <translation>Primero seleccione la línea que quiere quitar.</translation>
    </message>
    <message>
        <source>Line removed; its stock is free again.</source>
        <translation>Línea quitada; su existencia vuelve a estar libre.</translation>
    </message>
    <message>
        <source>The parts catalogue has not been downloaded yet.</source>
        <translation>El catálogo de refacciones aún no se ha descargado.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — %4 available here (%5 on hand, %6 reserved)</source>
        <translation>%1 · %2 · %3 — %4 disponibles aquí (%5 en existencia, %6 apartadas)</translation>
    </message>
    <message>
        <source>Select a requested line, type the code of the part that fits and reserve it.</source>
        <translation>Seleccione una línea solicitada, escriba el código de la refacción que corresponde y apártela.</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Trabajo realizado</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Add labor…</source>
        <translation>Agregar mano de obra…</translation>
    </message>
    <message>
        <source>Labor added.</source>
        <translation>Mano de obra agregada.</translation>
    </message>
    <message>
        <source>Labor line removed.</source>
        <translation>Línea de mano de obra quitada.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Choose the state of each item; double-click a note to write it.</source>
        <translation>Elija el estado de cada punto; haga doble clic en una nota para escribirla.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorizó</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Write a note for the order</source>
        <translation>Escriba una nota para la orden</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Nota agregada.</translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation>Orden de servicio %1</translation>
    </message>
    <message>
        <source> · VIN %1</source>
        <translation> · NIV %1</translation>
    </message>
    <message>
        <source> · %L1 km</source>
        <translation> · %L1 km</translation>
    </message>
    <message>
        <source>no mechanic yet</source>
        <translation>sin mecánico todavía</translation>
    </message>
    <message>
        <source>Promised %1 · %2</source>
        <translation>Prometida %1 · %2</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Mover a:</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Parts&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Labor&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Subtotal&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;IVA&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Refacciones&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mano de obra&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Subtotal&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;IVA&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Approved: %1 on %2 (%3, recorded by %4).</source>
        <translation>Aprobado: %1 el %2 (%3, registró %4).</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <source>The order now costs %1 more: ask the customer again.</source>
        <translation>La orden ahora cuesta %1 más: vuelva a consultar al cliente.</translation>
    </message>
    <message>
        <source>Not approved by the customer yet: repair starts after the approval.</source>
        <translation>El cliente aún no lo aprueba: la reparación empieza después de la aprobación.</translation>
    </message>
    <message>
        <source>Charged with ticket %1.</source>
        <translation>Cobrada con el ticket %1.</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>Inspection updated.</source>
        <translation>Revisión actualizada.</translation>
    </message>
    <message>
        <source>(opened)</source>
        <translation>(abierta)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Send to the customer for approval</source>
        <translation>Enviar al cliente para autorizar</translation>
    </message>
    <message>
        <source>WhatsApp and e-mail with the estimate&apos;s total; queued while the counter is offline</source>
        <translation>WhatsApp y correo con el total del presupuesto; quedan en cola mientras el mostrador no tenga conexión</translation>
    </message>
    <message>
        <source>The estimate goes to the customer for approval (WhatsApp and e-mail, sent when online).</source>
        <translation>El presupuesto va al cliente para su autorización (WhatsApp y correo; salen al haber conexión).</translation>
    </message>
    <message>
        <source>Quote for the customer (Ctrl+Q)</source>
        <translation>Cotizar al cliente (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Saves the reserved parts and the labor as a quote for the order&apos;s customer and vehicle</source>
        <translation>Guarda las refacciones apartadas y la mano de obra como cotización para el cliente y el vehículo de la orden</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n line(s), total %2</source>
        <translation>
            <numerusform>Orden %1: %n partida, total %2</numerusform>
            <numerusform>Orden %1: %n partidas, total %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote %1 saved for %2, valid until %3 (at the counter, Ctrl+Shift+Q: PDF, WhatsApp, sale)</source>
        <translation>Cotización %1 guardada para %2, válida hasta el %3 (en el mostrador, Ctrl+Shift+Q: PDF, WhatsApp, venta)</translation>
    </message>
    <message>
        <source>Enter in the quantity does the same. What this branch lacks is asked from the branch with most stock, or added to the purchase suggestions</source>
        <translation>Enter en la cantidad hace lo mismo. Lo que falte en esta sucursal se pide a la sucursal con más existencia o se agrega a las sugerencias de compra</translation>
    </message>
    <message>
        <source>Reserve arrived parts (Ctrl+R)</source>
        <translation>Apartar lo que llegó (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reserves the lines whose transfer or purchase has arrived</source>
        <translation>Aparta las líneas cuyo traspaso o compra ya llegó</translation>
    </message>
    <message>
        <source>The parts that arrived are reserved.</source>
        <translation>Las piezas que llegaron quedaron apartadas.</translation>
    </message>
</context>
<context>
    <name>nexus::ServiceOrderPickerDialog</name>
    <message>
        <source>Charge a service order</source>
        <translation>Cobrar orden de servicio</translation>
    </message>
    <message>
        <source>Service orders ready to charge</source>
        <translation>Órdenes de servicio listas para cobrar</translation>
    </message>
    <message>
        <source>Folio, customer or plates</source>
        <translation>Folio, cliente o placas</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>To charge</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
    <message>
        <source>Put on the ticket  (Enter)</source>
        <translation>Poner en el ticket  (Enter)</translation>
    </message>
    <message>
        <source>No service order is ready to charge.</source>
        <translation>No hay órdenes de servicio listas para cobrar.</translation>
    </message>
    <message>
        <source>No ready order matches “%1”.</source>
        <translation>Ninguna orden lista coincide con “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) ready</source>
        <translation>
            <numerusform>%n orden lista</numerusform>
            <numerusform>%n órdenes listas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::ServiceOrderStatus</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>Esperando refacciones</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>Control de calidad</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>nexus::Sidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: your role (%2) cannot open this area</source>
        <translation>%1: tu rol (%2) no tiene acceso a esta área</translation>
    </message>
</context>
<context>
    <name>nexus::Speaker</name>
    <message>
        <source>No audio device is playing on this computer: replies are shown on screen only.</source>
        <translation>No hay un dispositivo de audio que suene en este equipo: las respuestas solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>No speech engine is installed: replies are shown on screen only.</source>
        <translation>No hay motor de voz instalado: las respuestas solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>The speech engine or the audio device is not working: replies are shown on screen only.</source>
        <translation>El motor de voz o el dispositivo de audio no funciona: las respuestas solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>The speech engine has no Spanish voice: replies are shown on screen only.</source>
        <translation>El motor de voz no tiene voz en español: las respuestas solo se muestran en pantalla.</translation>
    </message>
</context>
<context>
    <name>nexus::SpeechSettingsDialog</name>
    <message>
        <source>Chalán&apos;s voice input</source>
        <translation>Voz de entrada de Chalán</translation>
    </message>
    <message>
        <source>Offline, on this computer</source>
        <translation>Sin conexión, en esta computadora</translation>
    </message>
    <message>
        <source>Online transcription service (OpenAI-compatible)</source>
        <translation>Servicio de transcripción en línea (compatible con OpenAI)</translation>
    </message>
    <message>
        <source>&amp;Listen with</source>
        <translation>&amp;Escuchar con</translation>
    </message>
    <message>
        <source>Service &amp;address</source>
        <translation>&amp;Dirección del servicio</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Llave de API</translation>
    </message>
    <message>
        <source>Only for a service with its own certificate (PEM file)</source>
        <translation>Solo para un servicio con certificado propio (archivo PEM)</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Certificado</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Saved; write a new one to replace it</source>
        <translation>Guardada; escribe otra para reemplazarla</translation>
    </message>
    <message>
        <source>The recording is sent to the service when the line is up; offline, Chalán listens with the offline engine if this computer has one.</source>
        <translation>La grabación se envía al servicio cuando hay conexión; sin conexión, Chalán escucha con el motor sin conexión si esta computadora lo tiene.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation>Nada sale de esta computadora.</translation>
    </message>
    <message>
        <source>This computer has no offline speech engine installed yet: choose the online service to talk to Chalán, or type.</source>
        <translation>Esta computadora aún no tiene un motor de voz sin conexión instalado: elige el servicio en línea para hablarle a Chalán, o escribe.</translation>
    </message>
    <message>
        <source>Voice input settings saved.</source>
        <translation>Ajustes de voz guardados.</translation>
    </message>
    <message>
        <source>Offline, large vocabulary</source>
        <translation>Sin conexión, vocabulario amplio</translation>
    </message>
    <message>
        <source>Folder where the store unpacked the Spanish model</source>
        <translation>Carpeta donde la tienda descomprimió el modelo en español</translation>
    </message>
    <message>
        <source>Model &amp;folder</source>
        <translation>C&amp;arpeta del modelo</translation>
    </message>
    <message>
        <source>Free speech, with the Spanish model in this folder; nothing leaves this computer.</source>
        <translation>Habla libre, con el modelo en español de esta carpeta; nada sale de esta computadora.</translation>
    </message>
</context>
<context>
    <name>nexus::StockTab</name>
    <message>
        <source>Choose a part to see its stock and movements</source>
        <translation>Elija una pieza para ver sus existencias y movimientos</translation>
    </message>
    <message>
        <source>Kardex (newest first)</source>
        <translation>Kárdex (lo más reciente primero)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In transit to this branch: %1 · sent from this branch, still on the road: %2</source>
        <translation>En tránsito hacia esta sucursal: %1 · enviado por esta sucursal, aún en camino: %2</translation>
    </message>
</context>
<context>
    <name>nexus::SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <source>&amp;Name or business name</source>
        <translation>&amp;Nombre o razón social</translation>
    </message>
    <message>
        <source>e.g. Frenos y Partes del Norte, S.A. de C.V.</source>
        <translation>p. ej. Frenos y Partes del Norte, S.A. de C.V.</translation>
    </message>
    <message>
        <source>&amp;RFC</source>
        <translation>&amp;RFC</translation>
    </message>
    <message>
        <source>12 or 13 characters; empty for a foreign supplier</source>
        <translation>12 o 13 caracteres; vacío para un proveedor extranjero</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>Who takes the orders</source>
        <translation>Quién recibe los pedidos</translation>
    </message>
    <message>
        <source>&amp;Phone / WhatsApp</source>
        <translation>&amp;Teléfono / WhatsApp</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>where orders are sent</source>
        <translation>a donde se envían las órdenes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Cre&amp;dit terms</source>
        <translation>Días de cré&amp;dito</translation>
    </message>
    <message>
        <source>Pesos (MXN)</source>
        <translation>Pesos (MXN)</translation>
    </message>
    <message>
        <source>Dollars (USD)</source>
        <translation>Dólares (USD)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Mo&amp;neda</translation>
    </message>
    <message>
        <source>&amp;Lead time</source>
        <translation>Tiempo de &amp;entrega</translation>
    </message>
    <message>
        <source>&amp;Active (orders can be placed)</source>
        <translation>&amp;Activo (se le pueden hacer pedidos)</translation>
    </message>
    <message>
        <source>Parts it sells us (F2 edits a cell; receipts update the last cost)</source>
        <translation>Piezas que nos vende (F2 edita una celda; cada recepción actualiza el último costo)</translation>
    </message>
    <message>
        <source>Our SKU</source>
        <translation>Nuestro SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Supplier&apos;s part no.</source>
        <translation>Núm. del proveedor</translation>
    </message>
    <message>
        <source>Last cost</source>
        <translation>Último costo</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Save  (F12)</source>
        <translation>Guardar  (F12)</translation>
    </message>
</context>
<context>
    <name>nexus::SupplierPaymentDialog</name>
    <message>
        <source>Payment to %1</source>
        <translation>Pago a %1</translation>
    </message>
    <message>
        <source>Owed: %1</source>
        <translation>Adeudo: %1</translation>
    </message>
    <message>
        <source>pesos, e.g. 1,250.00</source>
        <translation>pesos, p. ej. 1,250.00</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>&amp;Paid by</source>
        <translation>&amp;Forma de pago</translation>
    </message>
    <message>
        <source>SPEI tracking, check no.…</source>
        <translation>clave de rastreo SPEI, núm. de cheque…</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Record payment  (F12)</source>
        <translation>Registrar pago  (F12)</translation>
    </message>
</context>
<context>
    <name>nexus::SuppliersTab</name>
    <message>
        <source>New supplier  (F2)</source>
        <translation>Nuevo proveedor  (F2)</translation>
    </message>
    <message>
        <source>Edit  (F3)</source>
        <translation>Editar  (F3)</translation>
    </message>
    <message>
        <source>Record payment  (F4)</source>
        <translation>Registrar pago  (F4)</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Por pagar</translation>
    </message>
    <message>
        <source>F2 new · F3 or Enter edit · F4 payment · F5 refresh · owed = received − paid, in pesos</source>
        <translation>F2 nuevo · F3 o Enter editar · F4 pago · F5 actualizar · por pagar = recibido − pagado, en pesos</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Owed to suppliers: %1</source>
        <translation>Por pagar a proveedores: %1</translation>
    </message>
    <message>
        <source>Supplier %1 saved.</source>
        <translation>Proveedor %1 guardado.</translation>
    </message>
    <message>
        <source>Payment of %1 to %2 recorded.</source>
        <translation>Pago de %1 a %2 registrado.</translation>
    </message>
</context>
<context>
    <name>nexus::SyncStatusBar</name>
    <message>
        <source>Not registered with a server — working on this computer only</source>
        <translation>Sin registrar en un servidor — se trabaja solo en este equipo</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline — sales are kept on this computer</source>
        <translation>Sin conexión — las ventas se guardan en este equipo</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Sin sincronizar aún</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user and role</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Usuario con sesión abierta</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>device and branch</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>This computer and its branch. Device id: %1</source>
        <translation>Este equipo y su sucursal. Id del equipo: %1</translation>
    </message>
    <message>
        <source>Last sync: today %1</source>
        <translation>Última sincronización: hoy %1</translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation>sin recibir</translation>
    </message>
    <message>
        <source>Other branches&apos; stock as of %1
Prices from head office as of %2</source>
        <translation>Existencias de otras sucursales al %1
Precios de la matriz al %2</translation>
    </message>
    <message>
        <source>This till is a copy of another one: its sales stay here and are not sent. Restart it and enroll it again with a new code from head office.</source>
        <translation>Esta caja es una copia de otra: sus ventas se quedan aquí y no se envían. Reiníciela y regístrela de nuevo con un código nuevo de la oficina central.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>last sync and clock</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 ahead of the server</source>
        <translation>el reloj de esta computadora va %1 adelantado respecto al servidor</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 behind the server</source>
        <translation>el reloj de esta computadora va %1 atrasado respecto al servidor</translation>
    </message>
</context>
<context>
    <name>nexus::TemplateEditor</name>
    <message>
        <source>Template saved</source>
        <translation>Plantilla guardada</translation>
    </message>
    <message>
        <source>Subject (e-mail) or title (in the app)</source>
        <translation>Asunto (correo) o título (en la aplicación)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Approved WhatsApp template (optional)</source>
        <translation>Plantilla aprobada de WhatsApp (opcional)</translation>
    </message>
    <message>
        <source>empty: sent as text</source>
        <translation>vacío: se envía como texto</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Preview with sample data</source>
        <translation>Vista previa con datos de ejemplo</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Campos: %1</translation>
    </message>
</context>
<context>
    <name>nexus::TillActions</name>
    <message>
        <source>%1 taken out of the till: %2</source>
        <translation>%1 retirados de la caja: %2</translation>
    </message>
    <message>
        <source>%1 put into the till: %2</source>
        <translation>%1 ingresados a la caja: %2</translation>
    </message>
    <message>
        <source>No till is open on this computer.</source>
        <translation>No hay caja abierta en este equipo.</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Corte X</translation>
    </message>
    <message>
        <source>Z report No. %1</source>
        <translation>Corte Z No. %1</translation>
    </message>
    <message>
        <source>The movement was recorded but its slip was not printed: %1</source>
        <translation>El movimiento quedó registrado, pero su comprobante no se imprimió: %1</translation>
    </message>
    <message>
        <source>This computer has not closed a till yet.</source>
        <translation>Este equipo aún no ha cerrado ninguna caja.</translation>
    </message>
    <message>
        <source>Till closed: Z report No. %1. Open a new till to sell again.</source>
        <translation>Caja cerrada: corte Z No. %1. Abre una caja nueva para volver a vender.</translation>
    </message>
</context>
<context>
    <name>nexus::TillReportDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>No ticket printer is set up on this computer</source>
        <translation>No hay impresora de tickets configurada en este equipo</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>nexus::TotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>IVA</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Customer saves</source>
        <translation>El cliente ahorra</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total a pagar</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>Todavía sin artículos</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) · %1 piece(s)</source>
        <translation>
            <numerusform>%n línea · %1 pieza(s)</numerusform>
            <numerusform>%n líneas · %1 piezas</numerusform>
        </translation>
    </message>
    <message>
        <source>Charge  (F12)</source>
        <translation>Cobrar  (F12)</translation>
    </message>
    <message>
        <source>Cancel sale  (F9)</source>
        <translation>Cancelar venta  (F9)</translation>
    </message>
</context>
<context>
    <name>nexus::TouchStepper</name>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>nexus::Transfer</name>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Recibida en parte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>nexus::TransferLinesModel</name>
    <message>
        <source>The quantity cannot be negative</source>
        <translation>La cantidad no puede ser negativa</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Existencia</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>Recibir ahora</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Missing now</source>
        <translation>Falta ahora</translation>
    </message>
    <message>
        <source>Reason of the difference</source>
        <translation>Motivo de la diferencia</translation>
    </message>
</context>
<context>
    <name>nexus::TransferListModel</name>
    <message>
        <source>Cancelled by %1 while it was being shipped: the shipment stands</source>
        <translation>Cancelado por %1 mientras se enviaba: el envío se mantiene</translation>
    </message>
    <message>
        <source>Cancelled by %1: %2</source>
        <translation>Cancelado por %1: %2</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrada</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n line(s)</source>
        <translation>
            <numerusform>%1 en %n línea</numerusform>
            <numerusform>%1 en %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>aún sin sincronizar</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <comment>server state, time</comment>
        <translation>%1 (al %2)</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Sucursal</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Piezas</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>At head office</source>
        <translation>En la matriz</translation>
    </message>
</context>
<context>
    <name>nexus::TransferRequestDialog</name>
    <message>
        <source>Transfer request</source>
        <translation>Solicitud de traspaso</translation>
    </message>
    <message>
        <source>Ask another branch for parts</source>
        <translation>Pedir piezas a otra sucursal</translation>
    </message>
    <message>
        <source>Ask &amp;branch</source>
        <translation>Pedir a &amp;sucursal</translation>
    </message>
    <message>
        <source>Arrives &amp;in</source>
        <translation>Llega &amp;a</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>Parts requested (Del removes a line)</source>
        <translation>Piezas solicitadas (Supr quita una línea)</translation>
    </message>
    <message>
        <source>&amp;Note for the other branch</source>
        <translation>&amp;Nota para la otra sucursal</translation>
    </message>
    <message>
        <source>Optional: customer waiting, urgency…</source>
        <translation>Opcional: cliente esperando, urgencia…</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Send request  (F12)</source>
        <translation>Enviar solicitud  (F12)</translation>
    </message>
    <message>
        <source>No other branch is known on this computer yet: synchronise with head office first.</source>
        <translation>Esta computadora aún no conoce otras sucursales: primero sincronice con la matriz.</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero</source>
        <translation>La cantidad debe ser mayor que cero</translation>
    </message>
</context>
<context>
    <name>nexus::TransferStepDialog</name>
    <message>
        <source>Ship transfer</source>
        <translation>Enviar traspaso</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Recibir traspaso</translation>
    </message>
    <message>
        <source>Ship %1 to %2</source>
        <translation>Enviar %1 a %2</translation>
    </message>
    <message>
        <source>Receive %1 from %2</source>
        <translation>Recibir %1 de %2</translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation>Solicitado por %1 el %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Shipped by %1 on %2</source>
        <translation>Enviado por %1 el %2</translation>
    </message>
    <message>
        <source>Leaves &amp;from</source>
        <translation>Sale &amp;de</translation>
    </message>
    <message>
        <source>Goes &amp;into</source>
        <translation>Entra &amp;a</translation>
    </message>
    <message>
        <source>Own truck, courier…</source>
        <translation>Camioneta propia, paquetería…</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Transportista</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>&amp;Número de guía</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Type the quantity that leaves now on each line (0: it does not go).</source>
        <translation>Escriba la cantidad que sale ahora en cada línea (0: no va).</translation>
    </message>
    <message>
        <source>Type what arrived; pieces that will not arrive go in “Missing now” with the reason, and so does the reason when more arrived than was in transit.</source>
        <translation>Escriba lo que llegó; las piezas que no llegarán van en «Falta ahora» con el motivo, y también se anota el motivo cuando llegó más de lo que estaba en tránsito.</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Ship  (F12)</source>
        <translation>Enviar  (F12)</translation>
    </message>
    <message>
        <source>Receive  (F12)</source>
        <translation>Recibir  (F12)</translation>
    </message>
</context>
<context>
    <name>nexus::TransfersTab</name>
    <message>
        <source>New request  (F2)</source>
        <translation>Nueva solicitud  (F2)</translation>
    </message>
    <message>
        <source>Ship  (F3)</source>
        <translation>Enviar  (F3)</translation>
    </message>
    <message>
        <source>Receive  (F4)</source>
        <translation>Recibir  (F4)</translation>
    </message>
    <message>
        <source>Cancel transfer  (F9)</source>
        <translation>Cancelar traspaso  (F9)</translation>
    </message>
    <message>
        <source>Show closed and cancelled</source>
        <translation>Mostrar cerrados y cancelados</translation>
    </message>
    <message>
        <source>F2 new request · F3 ship · F4 receive · F9 cancel · F5 refresh · ↑↓ choose a transfer</source>
        <translation>F2 nueva solicitud · F3 enviar · F4 recibir · F9 cancelar · F5 actualizar · ↑↓ elegir un traspaso</translation>
    </message>
    <message>
        <source>Log in first</source>
        <translation>Primero inicie sesión</translation>
    </message>
    <message>
        <source>No transfers to show</source>
        <translation>No hay traspasos que mostrar</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 a %3</translation>
    </message>
    <message>
        <source>%1 · %2 from %3</source>
        <translation>%1 · %2 de %3</translation>
    </message>
    <message>
        <source>Requested by %1 (%2) on %3</source>
        <translation>Solicitado por %1 (%2) el %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Shipped by %1 (%2) on %3</source>
        <translation>Enviado por %1 (%2) el %3</translation>
    </message>
    <message>
        <source> · carrier %1 %2</source>
        <translation> · transportista %1 %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Received by %1 on %2</source>
        <translation>Recibido por %1 el %2</translation>
    </message>
    <message>
        <source>Cancelled by %1 on %2 while it was being shipped: the shipment stands</source>
        <translation>Cancelado por %1 el %2 mientras se enviaba: el envío se mantiene</translation>
    </message>
    <message>
        <source>Cancelled by %1 on %2: %3</source>
        <translation>Cancelado por %1 el %2: %3</translation>
    </message>
    <message>
        <source>Request %1 recorded: %2 will see it after the next synchronisation.</source>
        <translation>Solicitud %1 registrada: %2 la verá después de la próxima sincronización.</translation>
    </message>
    <message>
        <source>%1 shipped: the pieces are in transit.</source>
        <translation>%1 enviado: las piezas están en tránsito.</translation>
    </message>
    <message>
        <source>%1 received in full: closed.</source>
        <translation>%1 recibido completo: cerrado.</translation>
    </message>
    <message>
        <source>%1 received in part: %2 still in transit.</source>
        <translation>%1 recibido en parte: %2 aún en tránsito.</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Cancelar traspaso</translation>
    </message>
    <message>
        <source>Why is %1 cancelled?</source>
        <translation>¿Por qué se cancela %1?</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Cancelar el traspaso</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 cancelado.</translation>
    </message>
</context>
<context>
    <name>nexus::VehicleEditDialog</name>
    <message>
        <source>Edit vehicle</source>
        <translation>Editar vehículo</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Nuevo vehículo</translation>
    </message>
    <message>
        <source>&amp;VIN (17 characters)</source>
        <translation>&amp;VIN (17 caracteres)</translation>
    </message>
    <message>
        <source>Type or scan it: make, model and year are filled in</source>
        <translation>Escríbelo o escanéalo: se llenan marca, modelo y año</translation>
    </message>
    <message>
        <source>&amp;Plates</source>
        <translation>&amp;Placas</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>&amp;Marca</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odelo</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>Mo&amp;tor</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <source>Mi&amp;leage (km)</source>
        <translation>&amp;Kilometraje</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
    <message>
        <source>Save vehicle  (Enter)</source>
        <translation>Guardar vehículo  (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n of 17 characters</source>
        <translation>
            <numerusform>%n de 17 caracteres</numerusform>
            <numerusform>%n de 17 caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>The VIN database is not installed on this computer: type the make, model and year.</source>
        <translation>La base de datos de VIN no está instalada en esta computadora: escribe marca, modelo y año.</translation>
    </message>
    <message>
        <source>This VIN is not in the VIN database: type the make, model and year.</source>
        <translation>Este VIN no está en la base de datos de VIN: escribe marca, modelo y año.</translation>
    </message>
    <message>
        <source>made in %1</source>
        <translation>hecho en %1</translation>
    </message>
    <message>
        <source>Decoded: %1</source>
        <translation>Decodificado: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>nexus::VehiclePlanDialog</name>
    <message>
        <source>Maintenance plan: %1</source>
        <translation>Plan de mantenimiento: %1</translation>
    </message>
    <message>
        <source>Each maintenance every so many km, months or both, whichever comes first (Ctrl+Ins adds, Ctrl+Del removes; Ctrl+Enter saves):</source>
        <translation>Cada mantenimiento cada tantos km, meses o ambos, lo que ocurra primero (Ctrl+Ins agrega, Ctrl+Supr quita; Ctrl+Enter guarda):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>nexus::Warranty</name>
    <message>
        <source>Sent to supplier</source>
        <translation>Enviado al proveedor</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Acreditado</translation>
    </message>
    <message>
        <source>Rejected by supplier</source>
        <translation>Rechazado por el proveedor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Reclamada</translation>
    </message>
    <message>
        <source>No warranty</source>
        <translation>Sin garantía</translation>
    </message>
    <message>
        <source>Set on the ticket</source>
        <translation>Fijada en el ticket</translation>
    </message>
    <message>
        <source>Brand and category policy</source>
        <translation>Política de marca y categoría</translation>
    </message>
    <message>
        <source>Category policy</source>
        <translation>Política de la categoría</translation>
    </message>
    <message>
        <source>Brand policy</source>
        <translation>Política de la marca</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Labor policy</source>
        <translation>Política de mano de obra</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
</context>
<context>
    <name>nexus::WarrantyDialog</name>
    <message>
        <source>Warranties</source>
        <translation>Garantías</translation>
    </message>
    <message>
        <source>Ticket folio</source>
        <translation>Folio del ticket</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Part (SKU)</source>
        <translation>Pieza (SKU)</translation>
    </message>
    <message>
        <source>Scan the ticket, or type a folio, a customer or a SKU  (F2)</source>
        <translation>Escanee el ticket o escriba un folio, un cliente o un SKU  (F2)</translation>
    </message>
    <message>
        <source>Search  (Enter)</source>
        <translation>Buscar  (Enter)</translation>
    </message>
    <message>
        <source>Notify expiring  (F5)</source>
        <translation>Avisar por vencer  (F5)</translation>
    </message>
    <message>
        <source>Claim  (F4)</source>
        <translation>Reclamar  (F4)</translation>
    </message>
    <message>
        <source>&amp;Warranties</source>
        <translation>&amp;Garantías</translation>
    </message>
    <message>
        <source>Resolve  (F6)</source>
        <translation>Resolver  (F6)</translation>
    </message>
    <message>
        <source>Close  (F7)</source>
        <translation>Cerrar  (F7)</translation>
    </message>
    <message>
        <source>Send to supplier  (F8)</source>
        <translation>Enviar al proveedor  (F8)</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>&amp;Reclamaciones</translation>
    </message>
    <message>
        <source>Settle  (F9)</source>
        <translation>Liquidar  (F9)</translation>
    </message>
    <message>
        <source>R&amp;MA to suppliers</source>
        <translation>R&amp;MA a proveedores</translation>
    </message>
    <message>
        <source>Ctrl+Tab: next list · Esc: close</source>
        <translation>Ctrl+Tab: siguiente lista · Esc: cerrar</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
        <source>Log in first</source>
        <translation>Primero inicie sesión</translation>
    </message>
    <message>
        <source>Nothing sold there has a warranty.</source>
        <translation>Nada de lo vendido ahí tiene garantía.</translation>
    </message>
    <message>
        <source>%1 warranties found.</source>
        <translation>%1 garantías encontradas.</translation>
    </message>
    <message>
        <source>Choose the warranty to claim first.</source>
        <translation>Primero elija la garantía que se reclama.</translation>
    </message>
    <message>
        <source>Claim %1 opened.</source>
        <translation>Reclamación %1 abierta.</translation>
    </message>
    <message>
        <source>Choose the claim to resolve in the Claims list.</source>
        <translation>Elija en la lista de Reclamaciones la que va a resolver.</translation>
    </message>
    <message>
        <source>The claim %1 is resolved already.</source>
        <translation>La reclamación %1 ya está resuelta.</translation>
    </message>
    <message>
        <source>Claim %1 resolved: refunded %2.</source>
        <translation>Reclamación %1 resuelta: se reembolsaron %2.</translation>
    </message>
    <message>
        <source>Claim %1 resolved: %2.</source>
        <translation>Reclamación %1 resuelta: %2.</translation>
    </message>
    <message>
        <source>Choose the claim to close in the Claims list.</source>
        <translation>Elija en la lista de Reclamaciones la que va a cerrar.</translation>
    </message>
    <message>
        <source>Claim %1 closed.</source>
        <translation>Reclamación %1 cerrada.</translation>
    </message>
    <message>
        <source>Choose the claim whose piece goes back in the Claims list.</source>
        <translation>Elija en la lista de Reclamaciones aquella cuya pieza se regresa.</translation>
    </message>
    <message>
        <source>RMA %1 sent to %2.</source>
        <translation>RMA %1 enviado a %2.</translation>
    </message>
    <message>
        <source>Choose the RMA to settle in the RMA list.</source>
        <translation>Elija en la lista de RMA el que va a liquidar.</translation>
    </message>
    <message>
        <source>The RMA %1 is settled already.</source>
        <translation>El RMA %1 ya está liquidado.</translation>
    </message>
    <message>
        <source>RMA %1: %2.</source>
        <translation>RMA %1: %2.</translation>
    </message>
    <message>
        <source>No new notices: every warranty ending within %1 days was told already.</source>
        <translation>Sin avisos nuevos: ya se avisó de cada garantía que vence en %1 días.</translation>
    </message>
    <message>
        <source>%1 notices queued for warranties ending within %2 days.</source>
        <translation>%1 avisos en cola de garantías que vencen en %2 días.</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Aplica a</translation>
    </message>
    <message>
        <source>Brand / category</source>
        <translation>Marca / categoría</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Without a policy a part takes its catalogue category&apos;s warranty. A brand and category policy wins over a category one, which wins over a brand one.</source>
        <translation>Sin política, una pieza toma la garantía de su categoría en el catálogo. Una política de marca y categoría gana a una de categoría, y esta a una de marca.</translation>
    </message>
    <message>
        <source>New or change  (F10)</source>
        <translation>Nueva o cambiar  (F10)</translation>
    </message>
    <message>
        <source>Remove  (Del)</source>
        <translation>Quitar  (Supr)</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Políticas</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Mano de obra</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Piezas</translation>
    </message>
    <message>
        <source>Only a manager changes the warranty policies.</source>
        <translation>Solo un gerente cambia las políticas de garantía.</translation>
    </message>
    <message>
        <source>Policy saved: it applies to what was sold before too, whatever its date.</source>
        <translation>Política guardada: aplica también a lo vendido antes, sea cual sea su fecha.</translation>
    </message>
    <message>
        <source>Choose the policy to remove in the Policies list.</source>
        <translation>Elija en la lista de Políticas la que va a quitar.</translation>
    </message>
    <message>
        <source>Policy removed.</source>
        <translation>Política quitada.</translation>
    </message>
</context>
<context>
    <name>nexus::WarrantyForm</name>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
</context>
<context>
    <name>nexus::WarrantyListModel</name>
    <message>
        <source>(counter sale)</source>
        <translation>(venta de mostrador)</translation>
    </message>
    <message>
        <source>%1 (labor)</source>
        <translation>%1 (mano de obra)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
    <message>
        <source>%1 (%2 d)</source>
        <translation>%1 (%2 d)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Part or service</source>
        <translation>Pieza o servicio</translation>
    </message>
    <message>
        <source>Qty.</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>nexus::WarrantyPolicyDialog</name>
    <message>
        <source>Warranty policy</source>
        <translation>Política de garantía</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Piezas</translation>
    </message>
    <message>
        <source>Labor (every service)</source>
        <translation>Mano de obra (todo servicio)</translation>
    </message>
    <message>
        <source>&amp;Applies to</source>
        <translation>&amp;Aplica a</translation>
    </message>
    <message>
        <source>(any category)</source>
        <translation>(cualquier categoría)</translation>
    </message>
    <message>
        <source>%1 (catalogue: %2)</source>
        <translation>%1 (catálogo: %2)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>(any brand)</source>
        <translation>(cualquier marca)</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marca</translation>
    </message>
    <message>
        <source>Days: 180 = 6 months, 0 = no warranty</source>
        <translation>Días: 180 = 6 meses, 0 = sin garantía</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <source>Save  (F12)</source>
        <translation>Guardar  (F12)</translation>
    </message>
    <message>
        <source>Type the days of warranty (0 for none)</source>
        <translation>Escriba los días de garantía (0 para ninguna)</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Mano de obra</translation>
    </message>
</context>
<context>
    <name>nexus::Workshop</name>
    <message>
        <source>Estimate of %1 sent to the customer for approval</source>
        <translation>Presupuesto de %1 enviado al cliente para su autorización</translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation>Orden de servicio %1</translation>
    </message>
    <message>
        <source>Service order %1 no longer needs it</source>
        <translation>La orden de servicio %1 ya no la necesita</translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopActions</name>
    <message>
        <source>%1 cannot go from &quot;%2&quot; to &quot;%3&quot;: a closed order does not move any more.</source>
        <translation>%1 no puede ir de «%2» a «%3»: una orden cerrada ya no se mueve.</translation>
    </message>
    <message>
        <source>%1 cannot go from &quot;%2&quot; to &quot;%3&quot;. From &quot;%2&quot; it can go to: %4.</source>
        <translation>%1 no puede ir de «%2» a «%3». Desde «%2» puede ir a: %4.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Primero inicie sesión.</translation>
    </message>
    <message>
        <source>Moving %1 from &quot;%2&quot; to &quot;%3&quot; needs a manager&apos;s authorisation.</source>
        <translation>Para mover %1 de «%2» a «%3» se necesita la autorización de un gerente.</translation>
    </message>
    <message>
        <source>Moving %1 from &quot;%2&quot; to &quot;%3&quot; needs the service advisor&apos;s or a manager&apos;s authorisation.</source>
        <translation>Para mover %1 de «%2» a «%3» se necesita la autorización del asesor de servicio o de un gerente.</translation>
    </message>
    <message>
        <source>%1 was not moved: nobody authorised it.</source>
        <translation>%1 no se movió: nadie lo autorizó.</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Reabrir %1</translation>
    </message>
    <message>
        <source>Why does %1 go from &quot;%2&quot; to &quot;%3&quot;?</source>
        <translation>¿Por qué %1 pasa de «%2» a «%3»?</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>Moverla</translation>
    </message>
    <message>
        <source>%1 was not moved.</source>
        <translation>%1 no se movió.</translation>
    </message>
    <message>
        <source>%1 is now in &quot;%2&quot;.</source>
        <translation>%1 ahora está en «%2».</translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopAuthDialog</name>
    <message>
        <source>Authorisation with PIN</source>
        <translation>Autorización con PIN</translation>
    </message>
    <message>
        <source>People who may authorise it</source>
        <translation>Personas que pueden autorizarlo</translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation>Su PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose who authorises it in the list first.</source>
        <translation>Primero elija en la lista quién lo autoriza.</translation>
    </message>
    <message>
        <source>The user %1 no longer exists</source>
        <translation>El usuario %1 ya no existe</translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopFormat</name>
    <message>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Mañana %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
    </message>
    <message>
        <source>Late by %1 min</source>
        <translation>Retrasada %1 min</translation>
    </message>
    <message>
        <source>Late by %1 h</source>
        <translation>Retrasada %1 h</translation>
    </message>
    <message>
        <source>Late by %1 h %2 min</source>
        <translation>Retrasada %1 h %2 min</translation>
    </message>
    <message>
        <source>Late by %1 days</source>
        <translation>Retrasada %1 días</translation>
    </message>
    <message>
        <source>Transfer %1 cancelled</source>
        <translation>Traspaso %1 cancelado</translation>
    </message>
    <message>
        <source>Purchase withdrawn</source>
        <translation>Compra retirada</translation>
    </message>
    <message>
        <source>Arrived: reserve it (Ctrl+R)</source>
        <translation>Llegó: apártala (Ctrl+R)</translation>
    </message>
    <message>
        <source>Waiting for transfer %1 from %2</source>
        <translation>Esperando el traspaso %1 de %2</translation>
    </message>
    <message>
        <source>To purchase</source>
        <translation>Por comprar</translation>
    </message>
    <message>
        <source>On purchase order %1</source>
        <translation>En la orden de compra %1</translation>
    </message>
    <message>
        <source>The parts counter has your request.</source>
        <translation>El mostrador de refacciones ya tiene su pedido.</translation>
    </message>
    <message>
        <source>%1 × %2 reserved for this order (%3 from another warehouse of this branch).</source>
        <translation>%1 × %2 apartadas para esta orden (%3 de otro almacén de esta sucursal).</translation>
    </message>
    <message>
        <source>%1 × %2 reserved for this order.</source>
        <translation>%1 × %2 apartadas para esta orden.</translation>
    </message>
    <message>
        <source>%1 × %2 asked from %3, the branch with most stock (%4 as of its last synchronisation): transfer %5.</source>
        <translation>%1 × %2 pedidas a %3, la sucursal con más existencia (%4 en su última sincronización): traspaso %5.</translation>
    </message>
    <message>
        <source>%1 × %2 added to the purchase suggestions: no branch has it.</source>
        <translation>%1 × %2 agregadas a las sugerencias de compra: ninguna sucursal la tiene.</translation>
    </message>
    <message>
        <source>The order can move to &quot;%1&quot;.</source>
        <translation>La orden puede pasar a «%1».</translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopScreen</name>
    <message>
        <source>The workshop cannot open on this computer yet: %1</source>
        <translation>El taller todavía no puede abrirse en este equipo: %1</translation>
    </message>
    <message>
        <source>All mechanics</source>
        <translation>Todos los mecánicos</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation>
            <numerusform>%n orden abierta</numerusform>
            <numerusform>%n órdenes abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n retrasada</numerusform>
            <numerusform>%n retrasadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Primero inicie sesión.</translation>
    </message>
    <message>
        <source>Order %1 opened for %2.</source>
        <translation>Orden %1 abierta para %2.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>&amp;Mechanic</source>
        <translation>&amp;Mecánico</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nueva orden</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <source>The full-screen workshop kiosk: mechanics sign in with their PIN</source>
        <translation>El quiosco del taller en pantalla completa: los mecánicos entran con su PIN</translation>
    </message>
    <message>
        <source>Fleets</source>
        <translation>Flotillas</translation>
    </message>
    <message>
        <source>Fleet customers (F9): their vehicles&apos; maintenance plans, alerts, figures and statement</source>
        <translation>Clientes flotilla (F9): planes de mantenimiento de sus vehículos, alertas, cifras y estado de cuenta</translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopTextDialog</name>
    <message>
        <source>Write something first.</source>
        <translation>Primero escriba algo.</translation>
    </message>
</context>
<context>
    <name>nexus::formstatus</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
