<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Nexus POS counter client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with this device&apos;s nexus.db and catalog.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to enrol with, e.g. https://127.0.0.1:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time enrollment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate of the server to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: es_MX or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the first window as a PNG once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use es_MX or en.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::Area</name>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter sale: find parts by code, name or vehicle, build the ticket, take payment and print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with their tax data (RFC), vehicles, credit and purchase history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service orders on a board: reception, diagnosis, repair and delivery, per mechanic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock per warehouse, movements, transfers between branches and physical counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders to suppliers and receipt of goods into stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFDI 4.0 electronic invoices for sales, with stamping, cancellation and sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales, cash closing, margins and stock reports for this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch, users, ticket printer, scanner and connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::AreaPage</name>
    <message>
        <source>This screen is not part of this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::BrandPanel</name>
    <message>
        <source>Point of sale for auto parts stores and repair workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · works without internet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::CartModel</name>
    <message>
        <source>F7 changes the warehouse this item comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::CashMovementDialog</name>
    <message>
        <source>Cash &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (MXN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out of the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash into the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. supplier payment, deposit to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. change from the main office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer should hold %1 in pesos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking %1 out of the till needs a manager. A manager must authorise it with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal was not authorised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::Checklist</name>
    <message>
        <source>Brakes (pads, discs, fluid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tires and pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension and steering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluid levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belts and hoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (air, oil, cabin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhaust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::ChecklistState</name>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::CloseTillDialog</name>
    <message>
        <source>Close the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No till is open on this computer: there is nothing to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till open since %1 with a float of %2. Count the pesos in the drawer bill by bill and coin by coin, then the other payments; Enter moves to the next field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close till (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm close (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash count (pesos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill / coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected against counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards: the terminal&apos;s batch total. Transfers: what the bank shows. Dollars are counted in dollars. Store credit is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash (pesos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash (dollars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the counted total of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pesos square with what was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pesos are %1 short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pesos are %1 over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A difference is beyond the tolerance: head office will be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After closing, no sale is possible until a new till is opened. Press Confirm close to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::CounterMenu</name>
    <message>
        <source>Printing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the till report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot sell yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the return slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 recorded; slip not printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till  (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report (till so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the till (Z report)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return of a ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint a ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the ticket printer needs a manager. A manager must authorise it with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a barcode from a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of the ticket&apos;s parts (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket printer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::EnrollmentWindow</name>
    <message>
        <source>Register this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://server.company.mx:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code head office gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Counter 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;certificate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the registration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this computer to your company&apos;s server with the one-time code from head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if head office asks for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::Error</name>
    <message>
        <source>Enter your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts for %1: try again in %2 minutes or ask a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not do this (%2): a manager must authorise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount must be between 0 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use admin, manager, cashier, mechanic or hq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EAN-13 barcode has 13 digits, &quot;%1&quot; has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EAN-13 barcode has only digits: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of barcode &quot;%1&quot; is wrong (expected %2): it was mistyped or misread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;: use MXN or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money (example: 1,234.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (at most three decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tax &quot;%1&quot;: use iva16, iva8, iva0 or exento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RFC has 13 characters (persona física) or 12 (persona moral); &quot;%1&quot; has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 characters of RFC &quot;%2&quot; must be letters (A-Z, Ñ or &amp;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC &quot;%1&quot; must have a date as six digits (YYMMDD) after the name part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 in RFC &quot;%2&quot; is not a real calendar date (YYMMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC &quot;%1&quot; starts with &quot;%2&quot;, which the SAT never assigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The homoclave of RFC &quot;%1&quot; must be letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of RFC &quot;%1&quot; is wrong (expected %2): it was mistyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not run a script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations in %1 are not numbered without gaps at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migrations found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations in %1 must start at 0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3). Update Nexus POS; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 says it has schema version %2 but has no migration record. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 applied to %2 differs from the one this program ships (it was edited after it ran). The database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 records %2 migrations but says it has version %3. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN has 17 characters; &quot;%1&quot; has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN &quot;%1&quot; has &quot;%2&quot; at position %3: VINs never use I, O or Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN &quot;%1&quot; has &quot;%2&quot; at position %3: only digits and letters are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN &quot;%1&quot; has &quot;%2&quot; at position 10, which is not a model-year code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of VIN &quot;%1&quot; (position 9) is wrong (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate &quot;%1&quot; has &quot;%2&quot;: Mexican plates never use I, Ñ, O or Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate &quot;%1&quot; has &quot;%2&quot;: only letters and digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate &quot;%1&quot; has %2 characters; Mexican plates have 4 to 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate &quot;%1&quot;: the series %2 is not assigned to any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate &quot;%1&quot; does not follow any Mexican plate layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an installed vPIC database; install it with nexus-admin vin install-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was installed by another version of Nexus; install it again with nexus-admin vin install-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vPIC database %1 lacks what decoding reads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vPIC database at %1; install it with nexus-admin vin install-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manufacturer code %1 (WMI) is not in the vPIC database: make and model are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vPIC does not know this model; the make %1 comes from the manufacturer code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position 10 (&quot;%1&quot;) is not a model-year code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit (position 9) is %1 but the other characters give %2; VINs from outside North America often carry none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 49 CFR 565 does not allow at these positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN probably reads %1: one position does not fit this manufacturer&apos;s VINs and the check digit is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vPIC has no detailed data for manufacturer code %1 in model year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model year could also be %1: position 10 repeats every 30 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vPIC lists this as an off-road vehicle: the number is not a road vehicle&apos;s VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vPIC lists this as a glider, which is not a motor vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vPIC database could not be read completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete gzip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid gzip file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sound SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a vPIC database: table %2 lacks column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to install the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the database into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code is not valid. Check it, or ask head office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code was already used. Ask head office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code has expired. Ask head office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must look like https://host:port, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is already enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an enrollment answer that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an enrollment answer this program does not understand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server enrolled this device but it could not be saved here (%1). The code is spent: ask head office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start an HTTP request (libcurl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not present a trusted certificate (%2). Check the server address and the certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer in time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 is not a valid https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 is not in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid secret name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 is not stored on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has an unknown role &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 names another branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo data failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no line %1 in the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has no part or warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening float cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till is already open since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the till before selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment of %1 must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in dollars needs the day&apos;s exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 payment needs its reference (authorisation number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit needs a customer on the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 payment of %2 is more than the %3 still owed; only cash gives change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values do not fill rows of %2 columns for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vehicle of make &quot;%1&quot; in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vehicle model &quot;%1&quot; in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no engine &quot;%1&quot; in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle in the catalogue matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle filter matches %1 vehicles: choose a make and model too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of results must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle year %1 is not valid: it must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue search index has not been built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no brand with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no price list with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to search for, or choose a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text &quot;%1&quot; has no letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue database reported an error: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parts must be a whole number from 1 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs the folder to write the dataset into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the finished dataset into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the warehouse the item comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a line from that warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 is not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 is no longer sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 has an unknown tax code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price list is in %1; the counter sells in pesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No part has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the discount as a percentage, such as 10 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not enrolled in a branch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of branch %1 has not arrived on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the exchange rate as pesos per dollar, such as 17.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rate must be more than 0 and less than 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the %1 pull (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps resetting the %1 pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 data of this device does not match the server&apos;s after %2 full pulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this device (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ has not published a catalogue for this store yet (nexus-admin snapshot build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this device&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue download was cancelled; it resumes next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue download stopped at %1 of %2 bytes after %3 failed attempts; it resumes next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue changed at the server during the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded catalogue is damaged (SHA-256 %1, expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded catalogue cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded catalogue is generation %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be downloaded intact after %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this device (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not issue an access token (HTTP %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer is not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A push carries at most %1 mutations, this one %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a SHA-256 digest (OpenSSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not a SHA-256 in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot manifest has no generation or size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this device&apos;s token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take the changes (HTTP %1 %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push answer is not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who authorised the withdrawal may not take cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No till is open on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in and out of the till is in pesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take out %1: the drawer should hold only %2 in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which till to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 centavos is not a peso bill or coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 pieces are counted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of %1 pieces must be between 0 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pesos in cash are counted by bill and coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a payment method of the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted %1 must be in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counted amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till %1 belongs to another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till was closed already (Z number %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the counted total of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no till session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till is still open: print an X report instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till is closed: its figures are in Z report number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 is not connected or switched off (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1: permission denied; the user needs to be in the lp (USB) or dialout (serial) group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 stopped taking the ticket (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 did not take the ticket within %2 seconds; check paper, cover and cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or truncated printer command at byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1: cannot open the file for writing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1: writing the ticket failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown printer kind &quot;%1&quot;: use file, device or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer address &quot;%1&quot; is missing its closing &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the ticket&apos;s folio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale on this device has the folio %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 does not exist on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies per label must be between 1 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label must be at least 25 × 15 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every label needs the part&apos;s SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the ticket&apos;s folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket with folio %1 on this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ticket to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket %1 on this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket %1 was cancelled: there is nothing to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one piece to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket %1 has no line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the ticket appears twice in the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity to return must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of line %2 (%3) can still be returned: %4 sold, %5 already returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown return destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown refund method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter has no folio series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the customer returns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the card reversal&apos;s authorisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not process returns: a manager must authorise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 may not authorise returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket %1 was sold at another branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 can go back to a card: that is what this ticket was paid by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit needs a customer: choose who receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the till before giving a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a postgresql://user@host:port/database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid schema name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the price %1 without a valid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot keep a &quot;%1&quot; bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to encode as a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be drawn as this barcode (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one part to print labels for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 did not answer within %2 seconds; is it on and on the network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 did not take the ticket within %2 seconds (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket printer is configured on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown printer kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a ticket by its folio first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label printer is configured on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No barcode could be read in the picture; try a sharper, closer photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a picture (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket has no parts to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAT&apos;s cadena original stylesheet could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CFDI is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is not a CFDI 4.0 Comprobante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadena original transformation could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadena original transformation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadena original could not be written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAT&apos;s stylesheet gave no cadena original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the RFC is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the RFC &quot;%2&quot; does not have the form the SAT&apos;s schema requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IEPS and taxes by Cuota are not supported by this sealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ISR is never transferred (trasladado), only withheld (CFDI40179)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IVA trasladado must be 0.16, 0.08 (border region) or 0, not %2 (CFDI40179)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a withholding (retención) cannot be Exento (CFDI40184)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the withholding rate %2 is outside the SAT&apos;s range for %3 (CFDI40185)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_ClaveProdServ key of 8 digits (CFDI40162)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_ClaveUnidad key (CFDI40165)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a factura global&apos;s concepts use ClaveProdServ 01010101, not %2 (guía de llenado factura global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a factura global&apos;s concepts use ClaveUnidad ACT, not %2 (guía de llenado factura global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a factura global has one line per ticket with Cantidad 1 (guía de llenado factura global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a factura global&apos;s line needs the ticket folio as NoIdentificacion (guía de llenado factura global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_ObjetoImp key (CFDI40170)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ObjetoImp %2 is not supported by this sealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ObjetoImp 02 (sí objeto de impuesto) needs its taxes itemised (CFDI40171)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with ObjetoImp %2 the line must not itemise taxes (CFDI40172)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a line with several IVA rates needs the base of each (taxes[].base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the discount is greater than the amount of the line (CFDI40169)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a price with taxes included (tax_included) takes one IVA rate and no withholdings or bases: send the price without taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ValorUnitario must be greater than zero (CFDI40166)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tax base must be greater than zero (CFDI40174)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a tax base is greater than the line&apos;s amount after discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the withholding base must be greater than zero (CFDI40181)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_RegimenFiscal key (CFDI40140)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_RegimenFiscal key (CFDI40157)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: régimen %2 does not apply to a persona %3 (RFC %4) (CFDI40141)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: régimen %2 does not apply to a persona %3 (RFC %4) (CFDI40158)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a postal code of 5 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invoices to foreign residents (XEXX010101000) need ResidenciaFiscal and are not supported by this sealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;PUBLICO EN GENERAL&quot; goes with RFC XAXX010101000 (CFDI40146)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with the generic RFC %2 the receiver&apos;s régimen must be 616 (sin obligaciones fiscales) (CFDI40159)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with the generic RFC %2 the receiver&apos;s postal code must be the place of issue %3 (CFDI40149)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_UsoCFDI key (CFDI40160)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a payment (type P) uses UsoCFDI CP01, not %2 (guía de llenado pagos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UsoCFDI %2 is only for payments or payroll (CFDI40161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a receiver without tax obligations (régimen 616) takes UsoCFDI S01, not %2 (CFDI40161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UsoCFDI %2 is only for personas físicas (CFDI40161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an invoice to PUBLICO EN GENERAL (XAXX010101000) is a factura global and needs global {periodicity, months, year} (CFDI40130)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only an ingreso (type I) can be a factura global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a periodicity: use day, week, fortnight, month or two_months (CFDI40131)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a two-month factura global is only for régimen 621 (CFDI40132)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a month 01–12 (CFDI40134)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a two-month period 13–18 (CFDI40135)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the year %2 must be the year of the invoice&apos;s date or the one before (CFDI40136)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a factura global goes to RFC XAXX010101000 (CFDI40146)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a factura global goes to &quot;PUBLICO EN GENERAL&quot; (guía de llenado factura global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_TipoRelacion key (CFDI40137)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must list at least one folio fiscal (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a folio fiscal (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a nota de crédito (type E) must relate the invoices it corrects (TipoRelacion 01 or 03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a payment (type P) has no FormaPago; each payment carries its own (CFDI40103)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a payment (type P) has no MetodoPago (CFDI40125)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a payment (type P) is in currency XXX; give each payment&apos;s currency instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not the form of a payment received: use a c_FormaPago key other than 99 (guía de llenado pagos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a payment in USD needs the day&apos;s exchange rate (TipoCambioP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the payment&apos;s date is after the document&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the payment %2 is more than the balance %3 still owed: ImpSaldoInsoluto cannot be negative (guía de llenado pagos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ObjetoImpDR 02 needs the taxes of the part paid (ImpuestosDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with ObjetoImpDR %2 the payment must not itemise taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tax base must be greater than zero (guía de llenado pagos, BaseDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a postal code of 5 digits (CFDI40126)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone (example: America/Mexico_City)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date is outside the years the SAT accepts (CFDI40101)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only Exportacion 01 (no aplica) is supported; 02 needs the Comercio Exterior complement (CFDI40122)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_FormaPago key (CFDI40104)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a c_MetodoPago key: use PUE or PPD (CFDI40124)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with MetodoPago PPD (paid later or in parts) the FormaPago must be 99 (por definir), not %2 (CFDI40105)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with MetodoPago PUE (paid in full) the FormaPago must say how it was paid, not 99 (guía de llenado)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a nota de crédito (type E) uses MetodoPago PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an invoice in %2 needs the day&apos;s exchange rate (TipoCambio) (CFDI40115)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the withholdings are greater than the invoice&apos;s amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 belongs to RFC %2, not to the issuer %3: seal with the issuer&apos;s own CSD (CFDI40106)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is valid from %2 to %3 and the invoice is dated %4: renew the CSD with the SAT (CFDI40106)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key (.key) does not belong to certificate %1 (.cer): use the pair the SAT issued together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal does not verify against the certificate (CFDI40102)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not an X.509 certificate (the SAT&apos;s .cer file, DER, or a PEM copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not a SAT CSD: its serial number is not a 20-digit certificate number (CFDI40106)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key (.key) is protected: give the CSD password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open the private key (.key): it is not the CSD password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is not a private key (the SAT&apos;s .key file, DER PKCS#8, or a PEM copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is not an RSA key, so it is not a SAT CSD key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not seal the cadena original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain the character |: the SAT&apos;s cadena original uses it as separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date and time in ISO 8601 (2025-01-15T10:30:00 or with Z / an offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the currency &quot;%2&quot; is not supported: use MXN or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown tax &quot;%2&quot;: use IVA, ISR or IEPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown tax factor &quot;%2&quot;: use Tasa, Cuota or Exento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Facturapi product id cannot be invoiced offline: send the product&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Facturapi customer id cannot be invoiced offline: send the customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a payment in one currency for an invoice in another is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must list at least one invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only complements of type &quot;pago&quot; are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a &quot;pago&quot; complement with at least one payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice is not valid JSON: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the invoice type &quot;%2&quot; is not supported: use I (ingreso), E (egreso) or P (pago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a payment (type P) has no items; the payments go in complements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must list at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than 5,000 items: split the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s fiscal data is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this till as a copy of another one with the same identity: its sales stay here and are not sent until it is enrolled again with a new code from head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot give this device a new epoch (it is older than this program); the sales wait here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not change this device&apos;s epoch (HTTP %1 %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The epoch answer is not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps refusing this device&apos;s epoch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has more than %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must hold short series names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown part line status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor is priced &quot;hourly&quot; or &quot;flat&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist item is ok, attention or urgent, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 cannot be set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part of the catalogue and its warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vehicle&apos;s plates or its VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model year must be between 1900 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mileage must be between 0 and %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the customer reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised time has already passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 is not assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 is %2: it can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order goes from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 is in &quot;%2&quot; now, not in &quot;%3&quot;: look at it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not approved the estimate of %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 are available in that warehouse (%3 on hand, %4 reserved for orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the part you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no part with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 has no part line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line %1 is %2, not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line %1 is %2 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours must be more than 0 and at most 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 has no labor line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist has no item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate of %1 has no parts or labor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the sale that charged the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 is charged when it is ready, not in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 was charged already with the sale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service order status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may move an order from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %3 may not move an order from &quot;%1&quot; to &quot;%2&quot;: the service advisor or a manager must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was reserved of part %1 in warehouse %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transfer state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step names no line of the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer %1 has no line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer has no folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch that sends the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer names no receiving branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch cannot request a transfer from itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the warehouse that receives the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs at least one part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line numbers must be positive and different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part for every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipment has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the warehouse the pieces leave from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to ship: give a quantity for at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missing quantity cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the warehouse that receives the pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received: give a received or missing quantity for at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer %1 is %2: only a requested one ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 were requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer %1 is %2: there is nothing in transit to receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 of %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More of %1 arrived than was in transit: nothing of it can be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 are in transit: say why more arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of %2 can be declared missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer %1 is %2: only one that has not shipped can be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the transfer is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse %1 is not a warehouse of this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no transfer %1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch %1 is not known on this computer yet: synchronise with head office first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the branch that sends the transfer %1 ships it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the branch that requested the transfer %1 receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer %1 is between two other branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a transfer this device cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC refused %1: %2 (code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC did not accept the API key (%1). Check the Facturapi key in the fiscal settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC does not have %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC refused %1 because it clashes with an earlier request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC is receiving too many requests; %1 will be sent again later (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC is failing (HTTP %1): %2; %3 will be sent again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC answered HTTP %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Facturapi API key on this device; enter it in the fiscal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Facturapi API key stored on this device is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PAC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC answered something that is not an invoice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice is never sent to the PAC without an idempotency key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PAC invoice id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC sent an empty %1 of the invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML the PAC sent for the invoice %1 has no TimbreFiscalDigital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the PAC sent as the PDF of the invoice %1 is not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation motive must be 01 (errors, with a substituting invoice), 02 (errors, without relation), 03 (the operation did not take place) or 04 (nominative operation in a global invoice), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motive 01 needs the folio fiscal (UUID) of the invoice that substitutes this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only motive 01 takes a substituting invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one ticket folio to invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer the invoice is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 has no RFC: add it before invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 has no régimen fiscal: add it before invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 has no código postal fiscal: add it before invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket %1 was cancelled and cannot be invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket %1 was sold to another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket %1 has returns (%2): it can no longer be invoiced as it was sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket %1 is already invoiced (invoice %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the factura global is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A factura global covers at most two months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tickets left for a factura global from %1 to %2: every one is invoiced already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice %1 is already cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice %1 was refused by the PAC: there is nothing to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice %1 may already be at the PAC; cancel it once it is stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation of the invoice %1 is already requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC says the invoice %1 is &quot;%2&quot;, not stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML the PAC sent has the UUID %1, not the invoice&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which user makes the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This branch has no warehouses on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant needs both databases, the session and a clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale screen did not take the part: its message says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the intent table has no kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::HeaderBar</name>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person takes over the register with their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::InventoryScreen</name>
    <message>
        <source>&amp;Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::KanbanCard</name>
    <message>
        <source>Order %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
Drag it to another column to move it; double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) asked</source>
        <translation>
            <numerusform>%n part asked</numerusform>
            <numerusform>%n parts asked</numerusform>
        </translation>
    </message>
    <message>
        <source>A mechanic asked for parts nobody has reserved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mechanic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::KanbanColumn</name>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n order</numerusform>
            <numerusform>%1: %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::KardexModel</name>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where, reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::KioskOrderCard</name>
    <message>
        <source>Promised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) asked for, not reserved yet</source>
        <translation>
            <numerusform>%n part asked for, not reserved yet</numerusform>
            <numerusform>%n parts asked for, not reserved yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Add labor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::KioskWindow</name>
    <message>
        <source>Sign in to the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders are assigned to you right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the advisor or the next mechanic know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts counter has your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving kiosk mode needs a service advisor or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::LaborEntryDialog</name>
    <message>
        <source>Add labor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Front brake pads replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per hour (IVA incl.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (IVA incl.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::LanguageSelector</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::LoginWindow</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::ManagerAuthDialog</name>
    <message>
        <source>Manager authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::NewOrderDialog</name>
    <message>
        <source>New service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage (&amp;km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;chanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;romised for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer reports, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer &amp;reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::OpenTillDialog</name>
    <message>
        <source>Open the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No till is open on this computer. Count the cash in the drawer and write it down as the opening float to start selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &amp;float (MXN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PartLineStatus</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PartRequestDialog</name>
    <message>
        <source>Ask for a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts counter reserves it from stock for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rear brake pads, or the part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PartSearchPanel</name>
    <message>
        <source>Part: code, name, brand or vehicle (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts catalogue has not been downloaded yet (%1): parts cannot be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PartStockModel</name>
    <message>
        <source>all warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PasswordForm</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. maria.lopez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick switch with PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PaymentDialog</name>
    <message>
        <source>Charge sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference / rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash (pesos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dollars (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;bit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate of the day: pesos per dollar. Set on this till until the official rate arrives from head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (MXN per USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sale  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate set on this till until the official one arrives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PinPad</name>
    <message>
        <source>Erase the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>PIN pad key</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PinSwitchDialog</name>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PinSwitchPanel</name>
    <message>
        <source>Quick switch with PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user of this branch has a PIN yet. Sign in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PosApplication</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus POS cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of this computer cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Ask for support before replacing or deleting this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the parts catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the parts catalogue: %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts catalogue could not be downloaded yet:
%1
Trying again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::PrinterSetupDialog</name>
    <message>
        <source>Ticket printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB or serial device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network printer (port 9100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra lines under the branch data, e.g. WhatsApp 81 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoicing portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and print a &amp;test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the file that receives the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ticket logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::ReprintDialog</name>
    <message>
        <source>Reprint ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the folio, e.g. MTZ1-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ticket as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket &amp;folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the barcode on the ticket, or type its folio and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return &amp;everything  (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity on a line; Space switches it between back to stock and defective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit the vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type why it comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal &amp;authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer who receives the store credit (the ticket&apos;s customer when it has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return and refund  (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 · sold %2 · total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · already refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on ticket %1 was already returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 can go back to the card of this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out of this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal %1 · VAT %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager must authorise this return of %1 on ticket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s user was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the ticket first: scan or type its folio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is not ready to take returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many pieces of a line come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the customer returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 recorded: refund %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::ReturnLinesModel</name>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 can still be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::ReturnSlip</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to defective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::SaleScreen</name>
    <message>
        <source>This computer cannot sell yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts catalogue has not been downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not have the catalogue of parts and prices yet (%1). It arrives with the first synchronisation with head office; sales can start as soon as it is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts catalogue cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no price lists in pesos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the catalogue search for its first use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, SKU, barcode, OEM code or vehicle  (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %n result(s)</source>
        <translation>
            <numerusform>First result (%n)</numerusform>
            <numerusform>First %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>The quantity must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This branch has no warehouses on this computer yet; nothing can be sold from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 added. Stock in %3 is %4: the sale goes ahead and is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No till is open on this computer. Ask a manager to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the till to start selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till open since %1 · float %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount of %1 is above the %2 a cashier may give. A manager must authorise it with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount was not authorised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices of the %1 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVA 8 % (border)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVA 16 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n line(s) of this ticket?</source>
        <translation>
            <numerusform>Remove the %n line of this ticket?</numerusform>
            <numerusform>Remove the %n lines of this ticket?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of this sale are now below zero stock: reported to the manager.</source>
        <translation>
            <numerusform>%n part of this sale is now below zero stock: reported to the manager.</numerusform>
            <numerusform>%n parts of this sale are now below zero stock: reported to the manager.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:17px&apos;&gt;&lt;b&gt;Sale charged&lt;/b&gt; &amp;nbsp; Folio &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Total %2&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;font-size:22px&apos;&gt;Change &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket discount removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount of %1 on the whole ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole ticket, in percent (0 removes it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;F2&lt;/b&gt; Search &amp;nbsp; &lt;b&gt;Enter&lt;/b&gt; Add &amp;nbsp; &lt;b&gt;3*&lt;/b&gt; Qty. &amp;nbsp; &lt;b&gt;F4&lt;/b&gt; Change qty. &amp;nbsp; &lt;b&gt;F5&lt;/b&gt; Ticket disc. &amp;nbsp; &lt;b&gt;F6&lt;/b&gt; Line disc. &amp;nbsp; &lt;b&gt;F7&lt;/b&gt; Warehouse &amp;nbsp; &lt;b&gt;F8&lt;/b&gt; List &amp;nbsp; &lt;b&gt;Del&lt;/b&gt; Remove &amp;nbsp; &lt;b&gt;F9&lt;/b&gt; Cancel &amp;nbsp; &lt;b&gt;F10&lt;/b&gt; Till &amp;nbsp; &lt;b&gt;F11&lt;/b&gt; Return &amp;nbsp; &lt;b&gt;F12&lt;/b&gt; Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of a barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the parts to label to the ticket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::SearchResultsModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other branch has this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (as of %3)</source>
        <comment>branch, stock, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of the other branches as of this computer&apos;s last sync with head office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::ServiceOrderDialog</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: signed, by phone, WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s approval is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised time changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve from stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves the selected request with the part whose code is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line removed; its stock is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts catalogue has not been downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — %4 available here (%5 on hand, %6 reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 reserved for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a requested line, type the code of the part that fits and reserve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is reserved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add labor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor line removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state of each item; double-click a note to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · VIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %L1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mechanic yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Parts&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Labor&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Subtotal&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;IVA&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1 on %2 (%3, recorded by %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order now costs %1 more: ask the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved by the customer yet: repair starts after the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged with ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::ServiceOrderStatus</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::Sidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your role (%2) cannot open this area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::StockTab</name>
    <message>
        <source>Choose a part to see its stock and movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kardex (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit to this branch: %1 · sent from this branch, still on the road: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::SyncStatusBar</name>
    <message>
        <source>Not registered with a server — working on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — sales are kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n pending change</numerusform>
            <numerusform>%n pending changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user and role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>device and branch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer and its branch. Device id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other branches&apos; stock as of %1
Prices from head office as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is a copy of another one: its sales stay here and are not sent. Restart it and enroll it again with a new code from head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>last sync and clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 ahead of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 behind the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::TillActions</name>
    <message>
        <source>The movement was recorded but its slip was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken out of the till: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put into the till: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No till is open on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has not closed a till yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till closed: Z report No. %1. Open a new till to sell again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::TillReportDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket printer is set up on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::TotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) · %1 piece(s)</source>
        <translation>
            <numerusform>%n line · %1 pieces</numerusform>
            <numerusform>%n lines · %1 pieces</numerusform>
        </translation>
    </message>
    <message>
        <source>Charge  (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sale  (F9)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::TouchStepper</name>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::Transfer</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::TransferLinesModel</name>
    <message>
        <source>The quantity cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::TransferListModel</name>
    <message>
        <source>Cancelled by %1 while it was being shipped: the shipment stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <comment>server state, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At head office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::TransferRequestDialog</name>
    <message>
        <source>Transfer request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask another branch for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts requested (Del removes a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the other branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: customer waiting, urgency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request  (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other branch is known on this computer yet: synchronise with head office first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::TransferStepDialog</name>
    <message>
        <source>Ship transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes &amp;into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own truck, courier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity that leaves now on each line (0: it does not go).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what arrived; pieces that will not arrive go in “Missing now” with the reason, and so does the reason when more arrived than was in transit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship  (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive  (F12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::TransfersTab</name>
    <message>
        <source>New request  (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship  (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive  (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel transfer  (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show closed and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 new request · F3 ship · F4 receive · F9 cancel · F5 refresh · ↑↓ choose a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped by %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · carrier %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1 on %2 while it was being shipped: the shipment stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 recorded: %2 will see it after the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shipped: the pieces are in transit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received in full: closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received in part: %2 still in transit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopActions</name>
    <message>
        <source>%1 cannot go from &quot;%2&quot; to &quot;%3&quot;: a closed order does not move any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go from &quot;%2&quot; to &quot;%3&quot;. From &quot;%2&quot; it can go to: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 from &quot;%2&quot; to &quot;%3&quot; needs a manager&apos;s authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 from &quot;%2&quot; to &quot;%3&quot; needs the service advisor&apos;s or a manager&apos;s authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not moved: nobody authorised it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does %1 go from &quot;%2&quot; to &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopAuthDialog</name>
    <message>
        <source>Authorisation with PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who may authorise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who authorises it in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopFormat</name>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopScreen</name>
    <message>
        <source>The workshop cannot open on this computer yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation>
            <numerusform>%n open order</numerusform>
            <numerusform>%n open orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 opened for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full-screen workshop kiosk: mechanics sign in with their PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::WorkshopTextDialog</name>
    <message>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::Assistant</name>
    <message>
        <source>I didn&apos;t get that. You can ask me, for example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I found no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I found no %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3, %4 in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>I found %n option(s). The first: %1.</source>
        <translation>
            <numerusform>I found %n option. The first: %1.</numerusform>
            <numerusform>I found %n options. The first: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %1 I found %n option(s). The first: %2.</source>
        <translation>
            <numerusform>For %1 I found %n option. The first: %2.</numerusform>
            <numerusform>For %1 I found %n options. The first: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 here (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know a warehouse or branch called &quot;%1&quot;. This branch has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other branches as of their last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sale screen to use the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 × %2 to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result %1 on screen: ask me for the part first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I found no %1: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>I found %n option(s) for %1. Which one do I add? Press &quot;Add&quot; or say &quot;agrega el primero&quot;.</source>
        <translation>
            <numerusform>I found %n option for %1. Which one do I add? Press &quot;Add&quot; or say &quot;agrega el primero&quot;.</numerusform>
            <numerusform>I found %n options for %1. Which one do I add? Press &quot;Add&quot; or say &quot;agrega el primero&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ticket has %n line(s).</source>
        <translation>
            <numerusform>The ticket has %n line.</numerusform>
            <numerusform>The ticket has %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no %1 on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines match %1: tell me the line number.</source>
        <translation>
            <numerusform>%n line matches %1: tell me the line number.</numerusform>
            <numerusform>%n lines match %1: tell me the line number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 from the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I found no service order like that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es).</source>
        <translation>
            <numerusform>%n more match.</numerusform>
            <numerusform>%n more matches.</numerusform>
        </translation>
    </message>
    <message>
        <source>I found no customer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, RFC %2, phone %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>I found %n customers; the first is %1.</source>
        <translation>
            <numerusform>I found %n customer: %1.</numerusform>
            <numerusform>I found %n customers; the first is %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager can see today&apos;s sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: %n ticket(s) for %1.</source>
        <translation>
            <numerusform>Today: %n ticket for %1.</numerusform>
            <numerusform>Today: %n tickets for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled.</source>
        <translation>
            <numerusform>%n cancelled.</numerusform>
            <numerusform>%n cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexus::AssistantDock</name>
    <message>
        <source>Chalán (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::AssistantPanel</name>
    <message>
        <source>Chalán, your assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Chalán&apos;s replies aloud (saved for you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Chalán, e.g. &quot;¿tienes balatas para Tsuru 2015?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has not arrived on this computer yet: I cannot answer until it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nexus::Speaker</name>
    <message>
        <source>No speech engine is installed: replies are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine or the audio device is not working: replies are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine has no Spanish voice: replies are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio device is playing on this computer: replies are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
