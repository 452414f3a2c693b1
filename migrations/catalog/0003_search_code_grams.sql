-- Code substring search on 4-grams instead of the trigram tokenizer, one document per part.
-- FTS5 hashes its pending terms with a function that spreads 3-byte keys over only a few thousand buckets: bulk
-- indexing 3.5 million OEM/cross-reference codes spent most of its time walking hash chains. Each 4-character
-- substring is now an opaque 8-letter token (a mix of the 4 characters, see SearchDocumentBuilder::codeGrams), all
-- codes of a part form one document under its docid, and a substring query ANDs its 4-grams and confirms the hit
-- with instr() on search_code_text.
DROP TABLE search_codes;
DROP TABLE search_code_text;

-- The distinct normalised OEM/cross-reference codes of each indexed part ("0446502220 DF044650222").
CREATE TABLE search_code_text (
    docid INTEGER PRIMARY KEY,
    codes TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_codes USING fts5(
    grams,
    content = '',
    detail = none,
    columnsize = 0
);

-- The word index stays valid but the code index is empty: the catalogue needs CatalogSearchIndex::rebuild().
DELETE FROM catalog_meta WHERE key = 'search.version';
