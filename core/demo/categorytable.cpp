// The category tree of an auto-parts counter with its SAT keys (c_ClaveProdServ follows UNSPSC), units and prices.
#include "demo/categorytable.h"

#include <map>
#include <string_view>

namespace nexus::demo {

namespace {

const std::map<std::string_view, PartPosition> kPositions = {
    { "D", { "delantero", "delantera", "Delantera" } },
    { "T", { "trasero", "trasera", "Trasera" } },
    { "DI", { "delantero izquierdo", "delantera izquierda", "Delantera izquierda" } },
    { "DD", { "delantero derecho", "delantera derecha", "Delantera derecha" } },
    { "TI", { "trasero izquierdo", "trasera izquierda", "Trasera izquierda" } },
    { "TD", { "trasero derecho", "trasera derecha", "Trasera derecha" } },
    { "I", { "izquierdo", "izquierda", "Izquierda" } },
    { "R", { "derecho", "derecha", "Derecha" } },
    { "S", { "superior", "superior", "Superior" } },
    { "F", { "inferior", "inferior", "Inferior" } },
    { "FI", { "inferior izquierdo", "inferior izquierda", "Inferior izquierda" } },
    { "FR", { "inferior derecho", "inferior derecha", "Inferior derecha" } },
    { "IN", { "interior", "interior", "Interior" } },
    { "EX", { "exterior", "exterior", "Exterior" } },
    { "LR", { "lado rueda", "lado rueda", "Lado rueda" } },
    { "LC", { "lado caja", "lado caja", "Lado caja" } },
    { "AC", { "antes del catalizador", "antes del catalizador", "Antes del catalizador" } },
    { "DC", { "después del catalizador", "después del catalizador", "Después del catalizador" } },
};

constexpr ParentCategory kParents[] = {
    { 1, "Frenos", "25171700", 180 },
    { 2, "Suspensión", "25172000", 180 },
    { 3, "Dirección", "25174200", 180 },
    { 4, "Motor", "26101700", 180 },
    { 5, "Encendido", "25173900", 90 },
    { 6, "Filtros", "40161500", 90 },
    { 7, "Enfriamiento", "25174000", 180 },
    { 8, "Sistema eléctrico", "25173900", 180 },
    { 9, "Combustible", "25172400", 180 },
    { 10, "Transmisión", "25173800", 180 },
    { 11, "Escape", "25173700", 180 },
    { 12, "Rodamientos y mazas", "31171500", 180 },
    { 13, "Carrocería e iluminación", "25172600", 90 },
    { 14, "Lubricantes y químicos", "15121500", 0 },
};

struct RawCategory
{
    int parent;
    const char *name;
    const char *nouns; // '|'-separated
    bool feminine;
    const char *positions; // '|'-separated codes of kPositions
    const char *variants; // '|'-separated
    const char *sizes; // '|'-separated, universal parts
    const char *satKey;
    const char *unitKey;
    const char *unitName;
    int warrantyDays;
    int costMinPesos;
    int costMaxPesos;
    int markupPercent;
    FitmentKind fitment;
    const char *tag;
    std::uint32_t weight; // share of the catalogue
};

using enum FitmentKind;

// SAT keys: the most specific c_ClaveProdServ commodity for the part (e.g. 25171713 disc brake pads, 40161504
// oil filters, 26101732 spark plugs); a class key (…00) where the catalogue has no closer commodity.
constexpr RawCategory kLeaves[] = {
    { 1, "Balatas", "Balata", true, "D|T", "cerámica|semimetálica|orgánica|de bajo polvo|low metallic", "", "25171713",
        "SET", "Juego", 180, 150, 800, 70, Model, "BRK", 60 },
    { 1, "Discos de freno", "Disco de freno", false, "D|T", "ventilado|sólido|ranurado|ranurado y perforado", "",
        "25171715", "H87", "Pieza", 180, 280, 1600, 65, Model, "ROT", 35 },
    { 1, "Tambores de freno", "Tambor de freno", false, "T", "estándar|con maza", "", "25171714", "H87", "Pieza", 180,
        300, 1200, 60, Model, "ROT", 12 },
    { 1, "Zapatas de freno", "Zapata de freno", true, "T", "orgánica|semimetálica|remachada", "", "25171712", "SET",
        "Juego", 180, 160, 700, 70, Model, "BRK", 15 },
    { 1, "Cálipers de freno", "Cáliper de freno", false, "DI|DD|TI|TD", "nuevo|remanufacturado", "", "25171706", "H87",
        "Pieza", 365, 850, 3800, 55, Model, "HYD", 18 },
    { 1, "Cilindros maestros", "Cilindro maestro de freno", false, "", "con depósito|sin depósito", "", "25171710",
        "H87", "Pieza", 365, 650, 2600, 55, Model, "HYD", 10 },
    { 1, "Cilindros de rueda", "Cilindro de rueda", false, "TI|TD", "estándar|de aluminio", "", "25171711", "H87",
        "Pieza", 180, 140, 520, 60, Model, "HYD", 10 },
    { 1, "Mangueras de freno", "Manguera de freno", true, "DI|DD|T", "de hule|reforzada con malla", "", "25171716",
        "H87", "Pieza", 180, 110, 480, 65, Model, "HYD", 12 },
    { 1, "Líquidos de frenos", "Líquido de frenos", false, "", "DOT 3|DOT 4|DOT 5.1", "350 ml|500 ml|1 L", "15121509",
        "H87", "Pieza", 0, 45, 260, 60, Universal, "CHEM", 6 },
    { 2, "Amortiguadores", "Amortiguador", false, "D|T", "hidráulico|de gas|bitubo de gas|monotubo", "", "25172004",
        "H87", "Pieza", 365, 300, 1800, 60, Model, "SUS", 45 },
    { 2, "Bases de amortiguador", "Base de amortiguador", true, "D|T", "con balero|sin balero", "", "25172000", "H87",
        "Pieza", 180, 160, 850, 65, Model, "CHS", 14 },
    { 2, "Rótulas", "Rótula", true, "S|F", "estándar|reforzada", "", "25174203", "H87", "Pieza", 180, 150, 750, 65,
        Model, "CHS", 22 },
    { 2, "Horquillas", "Horquilla", true, "FI|FR", "con rótula|con bujes|completa", "", "25172000", "H87", "Pieza", 180,
        480, 2600, 60, Model, "CHS", 16 },
    { 2, "Bujes de suspensión", "Buje de horquilla|Buje de barra estabilizadora", false, "D|T",
        "de hule|de poliuretano", "", "25172009", "H87", "Pieza", 90, 45, 380, 70, Model, "CHS", 20 },
    { 2, "Tornillos estabilizadores", "Tornillo estabilizador", false, "D|T", "estándar|reforzado", "", "25172010",
        "H87", "Pieza", 90, 90, 420, 65, Model, "CHS", 12 },
    { 2, "Resortes", "Resorte helicoidal", false, "D|T", "estándar|reforzado|para carga", "", "25172000", "PR", "Par",
        180, 450, 2200, 55, Model, "SPR", 8 },
    { 3, "Terminales de dirección", "Terminal de dirección", true, "IN|EX", "estándar|con bota", "", "25174205", "H87",
        "Pieza", 180, 140, 620, 65, Model, "CHS", 20 },
    { 3, "Bombas de dirección", "Bomba de dirección hidráulica", true, "", "nueva|remanufacturada", "", "25174204",
        "H87", "Pieza", 365, 1100, 4800, 50, EngineSpecific, "STR", 6 },
    { 3, "Cremalleras de dirección", "Cremallera de dirección", true, "", "hidráulica|mecánica|electroasistida", "",
        "25174200", "H87", "Pieza", 365, 2400, 9800, 45, Model, "STR", 5 },
    { 4, "Bombas de agua", "Bomba de agua", true, "", "con carcasa|de impulsor metálico|de impulsor plástico", "",
        "40151510", "H87", "Pieza", 365, 320, 2100, 60, EngineSpecific, "PMP", 28 },
    { 4, "Bombas de aceite", "Bomba de aceite", true, "", "estándar|de alto volumen", "", "40151524", "H87", "Pieza",
        365, 380, 1900, 55, EngineSpecific, "ENG", 6 },
    { 4, "Juntas de cabeza", "Junta de cabeza", true, "", "multicapa de acero|de grafito", "", "31181503", "H87",
        "Pieza", 90, 180, 950, 70, EngineSpecific, "GSK", 12 },
    { 4, "Juegos de juntas", "Juego de juntas de motor", false, "", "completo|superior|inferior", "", "31181500", "KT",
        "Kit", 90, 550, 3600, 60, EngineSpecific, "GSK", 14 },
    { 4, "Bandas de distribución", "Banda de distribución", true, "", "estándar|reforzada", "", "26111802", "H87",
        "Pieza", 180, 180, 950, 70, EngineSpecific, "BLT", 16 },
    { 4, "Kits de distribución", "Kit de distribución", false, "", "con bomba de agua|con tensor|con cadena", "",
        "26111802", "KT", "Kit", 365, 900, 4800, 55, EngineSpecific, "BLT", 14 },
    { 4, "Bandas de accesorios", "Banda poly-V|Banda en V", true, "", "de 4 costillas|de 5 costillas|de 6 costillas",
        "", "26111801", "H87", "Pieza", 180, 110, 620, 70, EngineSpecific, "BLT", 18 },
    { 4, "Tensores de banda", "Tensor de banda|Tensor de distribución", false, "", "mecánico|hidráulico", "",
        "26111805", "H87", "Pieza", 180, 280, 1500, 60, EngineSpecific, "BLT", 10 },
    { 4, "Soportes de motor", "Soporte de motor|Soporte de transmisión", false, "D|T|I|R", "hidráulico|de hule", "",
        "26101704", "H87", "Pieza", 180, 220, 1600, 65, Model, "MNT", 18 },
    { 4, "Anillos de pistón", "Juego de anillos", false, "", "estándar|sobremedida 0.020\"|sobremedida 0.030\"", "",
        "26101727", "SET", "Juego", 90, 380, 1800, 60, EngineSpecific, "ENG", 6 },
    { 4, "Pistones", "Juego de pistones", false, "", "estándar|sobremedida 0.020\"|sobremedida 0.030\"", "", "26101736",
        "SET", "Juego", 90, 1400, 5200, 50, EngineSpecific, "ENG", 4 },
    { 4, "Válvulas de motor", "Válvula de admisión|Válvula de escape", true, "", "estándar|con vástago cromado", "",
        "26101743", "H87", "Pieza", 90, 70, 380, 70, EngineSpecific, "ENG", 6 },
    { 4, "Termostatos", "Termostato", false, "", "de 82 °C|de 88 °C|con carcasa", "", "25174000", "H87", "Pieza", 180,
        90, 780, 70, EngineSpecific, "COOL", 10 },
    { 4, "Sensores de motor",
        "Sensor de posición del cigüeñal|Sensor de posición del árbol de levas|Sensor MAP|"
        "Sensor de posición del acelerador|Sensor de temperatura de refrigerante|Sensor de detonación",
        false, "", "", "", "41111937", "H87", "Pieza", 180, 240, 1900, 60, EngineSpecific, "SEN", 16 },
    { 5, "Bujías", "Bujía", true, "", "de iridio|de platino|de cobre|de doble platino|de níquel", "", "26101732", "H87",
        "Pieza", 90, 22, 220, 80, EngineSpecific, "IGN", 40 },
    { 5, "Bobinas de encendido", "Bobina de encendido", true, "", "tipo lápiz|de bloque|de 4 torres", "", "26101718",
        "H87", "Pieza", 180, 380, 2400, 60, EngineSpecific, "COIL", 18 },
    { 5, "Cables de bujía", "Juego de cables de bujía", false, "", "de 8 mm|de 7 mm de silicón|de alto desempeño", "",
        "26101757", "SET", "Juego", 180, 220, 980, 65, EngineSpecific, "COIL", 12 },
    { 5, "Sensores de oxígeno", "Sensor de oxígeno", false, "AC|DC", "de 4 cables|de 1 cable|de banda ancha", "",
        "41111924", "H87", "Pieza", 180, 480, 2600, 55, EngineSpecific, "SEN", 12 },
    { 6, "Filtros de aceite", "Filtro de aceite", false, "", "estándar|de alto rendimiento|tipo cartucho|sintético", "",
        "40161504", "H87", "Pieza", 90, 45, 240, 80, EngineSpecific, "FIL", 55 },
    { 6, "Filtros de aire", "Filtro de aire", false, "", "de panel|cilíndrico|de alto flujo", "", "40161505", "H87",
        "Pieza", 90, 70, 380, 75, EngineSpecific, "FIL", 42 },
    { 6, "Filtros de gasolina", "Filtro de gasolina", false, "", "en línea|de alta presión|para bomba sumergible", "",
        "40161513", "H87", "Pieza", 90, 55, 450, 75, EngineSpecific, "FIL", 24 },
    { 6, "Filtros de cabina", "Filtro de cabina", false, "", "de carbón activado|estándar|antibacterial", "",
        "40161505", "H87", "Pieza", 90, 80, 460, 75, Model, "FIL", 20 },
    { 7, "Radiadores", "Radiador", false, "", "de aluminio y plástico|de cobre y latón|de aluminio soldado", "",
        "25174002", "H87", "Pieza", 365, 1100, 5800, 50, EngineSpecific, "COOL", 14 },
    { 7, "Mangueras de radiador", "Manguera de radiador", true, "S|F", "moldeada|reforzada", "", "25174000", "H87",
        "Pieza", 180, 85, 480, 70, EngineSpecific, "COOL", 14 },
    { 7, "Tapones de radiador", "Tapón de radiador", false, "", "de 13 psi|de 16 psi|de 18 psi", "", "25174003", "H87",
        "Pieza", 90, 55, 260, 75, Model, "COOL", 6 },
    { 7, "Motoventiladores", "Motoventilador", false, "", "sencillo|doble", "", "25174001", "H87", "Pieza", 365, 1100,
        4800, 50, EngineSpecific, "COOL", 8 },
    { 7, "Depósitos de anticongelante", "Depósito de anticongelante", false, "", "con tapón|sin tapón", "", "25174000",
        "H87", "Pieza", 90, 180, 900, 65, Model, "COOL", 6 },
    { 7, "Anticongelantes", "Anticongelante", false, "", "verde|naranja|rosa|azul",
        "listo para usar 3.78 L|concentrado 3.78 L|concentrado 1 L|listo para usar 1 L", "25174004", "H87", "Pieza", 0,
        75, 360, 60, Universal, "CHEM", 10 },
    { 8, "Acumuladores", "Acumulador", false, "",
        "Grupo 42 de 500 A|Grupo 35 de 550 A|Grupo 24F de 650 A|Grupo 47 de 600 A|Grupo 65 de 750 A|"
        "Grupo 34 de 700 A|Grupo 22F de 450 A",
        "", "26111703", "H87", "Pieza", 540, 1500, 4800, 45, Model, "BAT", 10 },
    { 8, "Alternadores", "Alternador", false, "",
        "nuevo de 90 A|nuevo de 110 A|remanufacturado de 90 A|remanufacturado de 130 A", "", "26101615", "H87", "Pieza",
        365, 1700, 6800, 45, EngineSpecific, "ROTE", 12 },
    { 8, "Marchas", "Marcha", true, "", "nueva|remanufacturada|de alto torque", "", "25173900", "H87", "Pieza", 365,
        1400, 5600, 45, EngineSpecific, "ROTE", 12 },
    { 8, "Focos", "Foco", false, "", "halógeno|LED|de alta visibilidad|de xenón",
        "H4|H7|H11|H1|H3|9005|9006|1157|1156|T10 (194)|880", "39101601", "H87", "Pieza", 30, 35, 650, 80, Universal,
        "LAMP", 12 },
    { 8, "Relevadores", "Relevador", false, "", "de 4 terminales|de 5 terminales|de destellador", "12 V|24 V",
        "39121515", "H87", "Pieza", 30, 35, 180, 90, Universal, "LAMP", 5 },
    { 8, "Plumas limpiaparabrisas", "Pluma limpiaparabrisas", true, "", "convencional|de silicón|tipo beam",
        "14\"|16\"|17\"|18\"|19\"|20\"|21\"|22\"|24\"|26\"", "25171507", "H87", "Pieza", 30, 55, 380, 80, Universal,
        "WIP", 12 },
    { 9, "Bombas de gasolina", "Bomba de gasolina", true, "", "eléctrica sumergible|módulo completo|mecánica", "",
        "40151532", "H87", "Pieza", 365, 550, 4200, 55, EngineSpecific, "FUEL", 12 },
    { 9, "Inyectores", "Inyector de gasolina", false, "", "nuevo|reconstruido", "", "26101740", "H87", "Pieza", 180,
        280, 1800, 60, EngineSpecific, "FUEL", 10 },
    { 9, "Cuerpos de aceleración", "Cuerpo de aceleración", false, "", "electrónico|mecánico", "", "26101750", "H87",
        "Pieza", 365, 1400, 6200, 45, EngineSpecific, "FUEL", 5 },
    { 10, "Kits de clutch", "Kit de clutch", false, "", "con collarín|con volante bimasa|de 3 piezas", "", "26112004",
        "KT", "Kit", 365, 1300, 6800, 50, EngineSpecific, "CLU", 16 },
    { 10, "Collarines", "Collarín de clutch|Collarín hidráulico", false, "", "mecánico|hidráulico", "", "31171507",
        "H87", "Pieza", 180, 220, 1600, 60, EngineSpecific, "CLU", 6 },
    { 10, "Juntas homocinéticas", "Junta homocinética", true, "LR|LC", "con bota|con balero", "", "25173806", "H87",
        "Pieza", 180, 380, 1900, 60, Model, "CV", 12 },
    { 10, "Flechas homocinéticas", "Flecha homocinética", true, "I|R", "completa|remanufacturada", "", "25173807",
        "H87", "Pieza", 365, 1100, 4200, 50, Model, "CV", 8 },
    { 10, "Crucetas", "Cruceta de cardán", true, "", "estándar|engrasable", "", "25173810", "H87", "Pieza", 180, 160,
        750, 65, Model, "CV", 5 },
    { 10, "Aceites de transmisión", "Aceite para transmisión", false, "",
        "automática ATF Dexron III|automática ATF Dexron VI|automática ATF Mercon V|estándar 75W-90|estándar 80W-90",
        "946 ml|1 L|3.78 L", "15121508", "H87", "Pieza", 0, 110, 520, 55, Universal, "OIL", 6 },
    { 11, "Mofles", "Mofle", false, "", "original|deportivo|de alto flujo", "", "25173702", "H87", "Pieza", 180, 450,
        2400, 60, Model, "EXH", 8 },
    { 11, "Convertidores catalíticos", "Convertidor catalítico", false, "", "de ajuste directo|con sensor", "",
        "25173701", "H87", "Pieza", 365, 2100, 9600, 45, EngineSpecific, "EXH", 5 },
    { 12, "Baleros de rueda", "Balero de rueda", false, "D|T", "sellado|cónico", "", "31171503", "H87", "Pieza", 180,
        160, 950, 65, Model, "BRG", 16 },
    { 12, "Mazas de rueda", "Maza de rueda", true, "D|T", "con balero integrado|con sensor ABS", "", "25173809", "H87",
        "Pieza", 365, 750, 3600, 55, Model, "BRG", 10 },
    { 13, "Faros", "Faro", false, "I|R", "con base ámbar|cromado|fondo negro|con lupa", "", "25172907", "H87", "Pieza",
        90, 650, 3800, 60, Model, "BODY", 10 },
    { 13, "Calaveras", "Calavera", true, "I|R", "con LED|ahumada|original", "", "25172901", "H87", "Pieza", 90, 450,
        2600, 60, Model, "BODY", 8 },
    { 13, "Espejos laterales", "Espejo lateral", false, "I|R", "manual|eléctrico|eléctrico con direccional|abatible",
        "", "25172604", "H87", "Pieza", 90, 380, 2800, 60, Model, "BODY", 8 },
    { 14, "Aceites de motor", "Aceite para motor", false, "",
        "20W-50 mineral|15W-40 mineral|25W-60 multigrado|10W-30 semisintético|5W-30 sintético|5W-20 sintético|"
        "0W-20 sintético|15W-40 diésel",
        "946 ml|1 L|4 L|5 L", "15121501", "H87", "Pieza", 0, 85, 900, 60, Universal, "OIL", 18 },
    { 14, "Aceite de motor a granel", "Aceite para motor a granel", false, "",
        "20W-50 mineral|15W-40 multigrado|10W-30 semisintético", "", "15121501", "LTR", "Litro", 0, 70, 160, 55,
        Universal, "OIL", 2 },
    { 14, "Aditivos y limpiadores",
        "Aditivo limpiador de inyectores|Tratamiento para aceite|Limpiador de frenos|Sellador de fugas para radiador|"
        "Estabilizador de gasolina",
        false, "", "", "354 ml|444 ml|500 ml", "15121520", "H87", "Pieza", 0, 55, 320, 70, Universal, "CHEM", 6 },
    { 14, "Grasas", "Grasa multiusos|Grasa para baleros|Grasa de litio", true, "", "", "450 g|1 kg|4.5 kg", "15121902",
        "H87", "Pieza", 0, 60, 780, 60, Universal, "OIL", 3 },
};

// How fast each category turns at the counter, per mille of the fastest (oil filters, spark plugs, motor oil):
// the sales history draws best sellers by rank and keeps them with this probability, so tickets look like a
// counter's (filters and pads every hour, a steering rack now and then) instead of a random catalogue sample.
const std::map<std::string_view, int> kSalesVelocity = {
    { "Filtros de aceite", 1000 },
    { "Filtros de aire", 900 },
    { "Filtros de gasolina", 700 },
    { "Filtros de cabina", 600 },
    { "Bujías", 1000 },
    { "Balatas", 900 },
    { "Aceites de motor", 1000 },
    { "Aceite de motor a granel", 800 },
    { "Anticongelantes", 800 },
    { "Focos", 800 },
    { "Plumas limpiaparabrisas", 700 },
    { "Líquidos de frenos", 700 },
    { "Aditivos y limpiadores", 600 },
    { "Grasas", 400 },
    { "Relevadores", 400 },
    { "Aceites de transmisión", 500 },
    { "Bandas de accesorios", 600 },
    { "Bandas de distribución", 400 },
    { "Kits de distribución", 250 },
    { "Tensores de banda", 250 },
    { "Discos de freno", 400 },
    { "Tambores de freno", 250 },
    { "Zapatas de freno", 400 },
    { "Cálipers de freno", 150 },
    { "Cilindros maestros", 100 },
    { "Cilindros de rueda", 250 },
    { "Mangueras de freno", 250 },
    { "Amortiguadores", 400 },
    { "Bases de amortiguador", 300 },
    { "Rótulas", 400 },
    { "Horquillas", 200 },
    { "Bujes de suspensión", 450 },
    { "Tornillos estabilizadores", 400 },
    { "Resortes", 120 },
    { "Terminales de dirección", 400 },
    { "Bombas de agua", 300 },
    { "Bombas de aceite", 80 },
    { "Juntas de cabeza", 150 },
    { "Juegos de juntas", 120 },
    { "Soportes de motor", 300 },
    { "Anillos de pistón", 60 },
    { "Pistones", 40 },
    { "Válvulas de motor", 80 },
    { "Termostatos", 400 },
    { "Sensores de motor", 350 },
    { "Sensores de oxígeno", 250 },
    { "Bobinas de encendido", 350 },
    { "Cables de bujía", 350 },
    { "Radiadores", 120 },
    { "Mangueras de radiador", 400 },
    { "Tapones de radiador", 400 },
    { "Motoventiladores", 100 },
    { "Depósitos de anticongelante", 150 },
    { "Acumuladores", 400 },
    { "Alternadores", 100 },
    { "Marchas", 100 },
    { "Bombas de gasolina", 200 },
    { "Inyectores", 150 },
    { "Cuerpos de aceleración", 60 },
    { "Kits de clutch", 200 },
    { "Collarines", 150 },
    { "Juntas homocinéticas", 250 },
    { "Flechas homocinéticas", 120 },
    { "Crucetas", 150 },
    { "Mofles", 150 },
    { "Convertidores catalíticos", 60 },
    { "Baleros de rueda", 350 },
    { "Mazas de rueda", 200 },
    { "Faros", 150 },
    { "Calaveras", 120 },
    { "Espejos laterales", 150 },
    { "Bombas de dirección", 80 },
    { "Cremalleras de dirección", 50 },
};

std::vector<std::string> split(const char *text)
{
    std::vector<std::string> parts;
    if (*text == '\0')
        return parts;
    std::string current;
    for (const char *p = text; *p != '\0'; ++p) {
        if (*p == '|') {
            parts.push_back(current);
            current.clear();
        } else {
            current.push_back(*p);
        }
    }
    parts.push_back(current);
    return parts;
}

} // namespace

const CategoryTable &CategoryTable::instance()
{
    static const CategoryTable table;
    return table;
}

CategoryTable::CategoryTable()
{
    m_parents.assign(std::begin(kParents), std::end(kParents));
    int nextId = static_cast<int>(m_parents.size()) + 1;
    for (const RawCategory &raw : kLeaves) {
        PartCategory category;
        category.id = nextId++;
        category.parentId = raw.parent;
        category.name = raw.name;
        category.nouns = split(raw.nouns);
        category.feminine = raw.feminine;
        for (const std::string &code : split(raw.positions))
            category.positions.push_back(&kPositions.at(code));
        category.variants = split(raw.variants);
        category.sizes = split(raw.sizes);
        category.satProductKey = raw.satKey;
        category.satUnitKey = raw.unitKey;
        category.unitName = raw.unitName;
        category.warrantyDays = raw.warrantyDays;
        category.costMinCents = std::int64_t(raw.costMinPesos) * 100;
        category.costMaxCents = std::int64_t(raw.costMaxPesos) * 100;
        category.markupPercent = raw.markupPercent;
        category.fitment = raw.fitment;
        category.tag = raw.tag;
        category.weight = raw.weight;
        const auto velocity = kSalesVelocity.find(raw.name);
        category.salesVelocity = velocity != kSalesVelocity.end() ? velocity->second : 300;
        m_byWeight.add(raw.weight);
        m_leaves.push_back(std::move(category));
    }
}

} // namespace nexus::demo
