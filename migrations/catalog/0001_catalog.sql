-- The catalogue: brands, categories, parts with SAT keys and prices, OEM/cross-reference codes, vehicles and fitment.
-- Money in integer centavos (tax included for retail/list prices), ids are integers assigned by HQ.
CREATE TABLE brands (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    country TEXT NOT NULL DEFAULT ''
);

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,          -- "Balatas", "Filtros de aceite"
    parent_id INTEGER REFERENCES categories(id),
    sat_product_key TEXT NOT NULL,      -- default ClaveProdServ for parts of this category
    warranty_days INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE parts (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    barcode TEXT,                       -- EAN-13
    name TEXT NOT NULL,                 -- Spanish description as shown at the counter
    brand_id INTEGER NOT NULL REFERENCES brands(id),
    category_id INTEGER NOT NULL REFERENCES categories(id),
    sat_product_key TEXT NOT NULL,      -- ClaveProdServ
    sat_unit_key TEXT NOT NULL,         -- ClaveUnidad (H87 pieza, KT kit, LTR litro…)
    unit_name TEXT NOT NULL,            -- "Pieza"
    tax_code TEXT NOT NULL DEFAULT 'iva16',
    cost_cents INTEGER NOT NULL,        -- last purchase cost, tax excluded
    list_price_cents INTEGER NOT NULL,  -- manufacturer's list price, tax included
    retail_price_cents INTEGER NOT NULL,-- "precio público", tax included
    price_version INTEGER NOT NULL DEFAULT 1,
    image_path TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    updated_seq INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX parts_barcode ON parts(barcode) WHERE barcode IS NOT NULL;
CREATE INDEX parts_brand_category ON parts(brand_id, category_id);
CREATE INDEX parts_category ON parts(category_id);

CREATE TABLE part_codes (
    part_id INTEGER NOT NULL REFERENCES parts(id),
    kind TEXT NOT NULL CHECK (kind IN ('oem', 'cross')),
    code TEXT NOT NULL,                 -- as printed ("04465-02220")
    code_norm TEXT NOT NULL,            -- upper case, letters and digits only ("0446502220")
    maker TEXT NOT NULL DEFAULT '',     -- OEM maker or cross-reference brand
    PRIMARY KEY (part_id, kind, code_norm)
) WITHOUT ROWID;
CREATE INDEX part_codes_code ON part_codes(code_norm);

CREATE TABLE vehicles (
    id INTEGER PRIMARY KEY,
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    year INTEGER NOT NULL,
    engine TEXT NOT NULL,               -- "1.6L L4"
    UNIQUE (make, model, year, engine)
);

CREATE TABLE fitment (
    part_id INTEGER NOT NULL REFERENCES parts(id),
    vehicle_id INTEGER NOT NULL REFERENCES vehicles(id),
    position TEXT NOT NULL DEFAULT '',  -- "Delantera", "Trasera", "Izquierda"
    PRIMARY KEY (vehicle_id, part_id)
) WITHOUT ROWID;
CREATE INDEX fitment_part ON fitment(part_id);

CREATE TABLE price_lists (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,          -- publico, mayoreo, taller
    name TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'MXN',
    discount_ppm INTEGER NOT NULL DEFAULT 0  -- off the retail price, parts per million
);

-- A price that departs from the list's rule for one part.
CREATE TABLE price_list_items (
    price_list_id INTEGER NOT NULL REFERENCES price_lists(id),
    part_id INTEGER NOT NULL REFERENCES parts(id),
    price_cents INTEGER NOT NULL,
    price_version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (price_list_id, part_id)
) WITHOUT ROWID;

CREATE TABLE catalog_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
