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
        <source>The database could not %1: %2</source>
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
        <source>The catalogue database could not %1: %2</source>
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
        <source>&lt;b&gt;F2&lt;/b&gt; Search &amp;nbsp; &lt;b&gt;Enter&lt;/b&gt; Add &amp;nbsp; &lt;b&gt;3*&lt;/b&gt; Quantity &amp;nbsp; &lt;b&gt;F4&lt;/b&gt; Change qty. &amp;nbsp; &lt;b&gt;F6&lt;/b&gt; Discount &amp;nbsp; &lt;b&gt;F7&lt;/b&gt; Warehouse &amp;nbsp; &lt;b&gt;F8&lt;/b&gt; Price list &amp;nbsp; &lt;b&gt;Del&lt;/b&gt; Remove line &amp;nbsp; &lt;b&gt;F9&lt;/b&gt; Cancel sale &amp;nbsp; &lt;b&gt;F12&lt;/b&gt; Charge</source>
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
</TS>
