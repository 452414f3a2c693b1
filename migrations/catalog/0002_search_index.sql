-- The catalogue search index (core/catalog/catalogsearchindex.cpp builds it; no triggers on parts, so bulk loads
-- stay fast): word documents in popularity order, a trigram index of OEM/cross-reference codes, the word vocabulary
-- for prefix expansion, trade synonyms, and the sales popularity HQ ships to order results.

-- One row per indexed (active) part. docid is the part's position in the static ranking times 8: the full-text
-- documents are stored under docid, so walking a match in rowid order walks it best-first and LIMIT stops early.
-- The 7 free slots after each docid take re-indexed versions of the part without losing its rank.
CREATE TABLE search_doc (
    docid INTEGER PRIMARY KEY,
    part_id INTEGER NOT NULL UNIQUE,
    doc_hash INTEGER NOT NULL           -- of the indexed text and codes: unchanged parts are skipped on update
);

-- Normalised words (lower case, no accents) of name, brand, category and fitted makes/models, their 1–3 letter
-- prefixes ("bal_") and filter tokens (_b<brand>, _c<category>, _v<vehicle>, _m<make_model>, _k<make>, _u).
-- Contentless and detail=none: the smallest index that answers AND/OR of terms in rowid order.
CREATE VIRTUAL TABLE search_fts USING fts5(
    doc,
    content = '',
    detail = none,
    columnsize = 0,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '_'"
);

-- Normalised OEM/cross-reference codes ("0446502220") for substring search; id = docid * 64 + ordinal.
CREATE TABLE search_code_text (
    id INTEGER PRIMARY KEY,
    code_norm TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_codes USING fts5(
    code_norm,
    content = 'search_code_text',
    content_rowid = 'id',
    detail = none,
    columnsize = 0,
    tokenize = 'trigram'
);

-- Every indexed word once: a typed prefix of 4+ letters becomes an OR of the few words it starts.
CREATE TABLE search_vocab (
    term TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Units sold in the last 12 months per part, shipped by HQ (absent: ranking falls back to vehicle coverage).
CREATE TABLE part_popularity (
    part_id INTEGER PRIMARY KEY REFERENCES parts(id),
    units_12m INTEGER NOT NULL DEFAULT 0
);

-- Trade synonyms: the phrases of one group mean the same thing at the counter. Phrases are matched after
-- normalisation (case, accents) and without the stop words (de, del, para…), so "pastilla de freno" = "pastilla freno".
CREATE TABLE search_synonyms (
    group_id INTEGER NOT NULL,
    phrase TEXT NOT NULL,
    PRIMARY KEY (group_id, phrase)
) WITHOUT ROWID;

INSERT INTO search_synonyms (group_id, phrase) VALUES
    (1, 'balata'), (1, 'pastilla de freno'), (1, 'pastilla'),
    (2, 'amortiguador'), (2, 'shock'), (2, 'shock absorber'),
    (3, 'bujía'), (3, 'spark plug'),
    (4, 'filtro de aceite'), (4, 'filtro de lubricante'), (4, 'oil filter'),
    (5, 'filtro de gasolina'), (5, 'filtro de combustible'),
    (6, 'filtro de cabina'), (6, 'filtro de polen'), (6, 'filtro de aire acondicionado'),
    (7, 'marcha'), (7, 'motor de arranque'), (7, 'arrancador'),
    (8, 'acumulador'), (8, 'batería'),
    (9, 'clutch'), (9, 'embrague'),
    (10, 'balero'), (10, 'rodamiento'), (10, 'cojinete'),
    (11, 'mofle'), (11, 'silenciador'),
    (12, 'calavera'), (12, 'luz trasera'), (12, 'stop'),
    (13, 'faro'), (13, 'farol'), (13, 'faro delantero'),
    (14, 'foco'), (14, 'bombilla'), (14, 'lámpara'),
    (15, 'horquilla'), (15, 'brazo de control'), (15, 'tijera'),
    (16, 'flecha homocinética'), (16, 'semieje'), (16, 'palier'), (16, 'flecha'),
    (17, 'junta homocinética'), (17, 'cv'), (17, 'homocinética'),
    (18, 'banda'), (18, 'correa'),
    (19, 'cremallera'), (19, 'caja de dirección'),
    (20, 'maza'), (20, 'cubo de rueda'),
    (21, 'junta de cabeza'), (21, 'empaque de cabeza'),
    (22, 'juego de juntas'), (22, 'juego de empaques'),
    (23, 'motoventilador'), (23, 'electroventilador'), (23, 'ventilador'),
    (24, 'anticongelante'), (24, 'refrigerante'),
    (25, 'bomba de gasolina'), (25, 'bomba de combustible'),
    (26, 'sensor de oxígeno'), (26, 'sonda lambda'), (26, 'sensor o2'),
    (27, 'cables de bujía'), (27, 'cables de encendido'),
    (28, 'disco de freno'), (28, 'rotor'),
    (29, 'cáliper'), (29, 'caliper'), (29, 'mordaza'), (29, 'pinza de freno'),
    (30, 'cilindro maestro'), (30, 'bomba de freno'),
    (31, 'resorte'), (31, 'muelle'), (31, 'espiral'),
    (32, 'buje'), (32, 'bushing'),
    (33, 'espejo'), (33, 'retrovisor'),
    (34, 'pluma limpiaparabrisas'), (34, 'limpiaparabrisas'), (34, 'escobilla'), (34, 'limpiador'),
    (35, 'relevador'), (35, 'relay'), (35, 'relé'),
    (36, 'alternador'), (36, 'generador'),
    (37, 'collarín'), (37, 'balero de clutch'), (37, 'rodamiento de empuje'),
    (38, 'cruceta'), (38, 'cardán'),
    (39, 'convertidor catalítico'), (39, 'catalizador'),
    (40, 'soporte de motor'), (40, 'base de motor'), (40, 'pata de motor'),
    (41, 'tapón de radiador'), (41, 'tapa de radiador'),
    (42, 'aceite para motor'), (42, 'aceite de motor'), (42, 'lubricante'),
    (43, 'líquido de frenos'), (43, 'fluido de frenos'),
    (44, 'depósito de anticongelante'), (44, 'depósito de agua'), (44, 'recuperador'),
    (45, 'terminal de dirección'), (45, 'rótula de dirección'),
    (46, 'bobina'), (46, 'coil'),
    (47, 'cuerpo de aceleración'), (47, 'throttle'),
    (48, 'aceite para transmisión'), (48, 'aceite de transmisión'), (48, 'atf');
