// The grammar of Chalán: number words become numbers, keywords pick the request, then its slots are taken out of the
// words (cart line, folio, model year, vehicle, place) and what remains is the part or the person.
#include "assistant/intentparser.h"

#include "assistant/numberwords.h"
#include "catalog/searchtext.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace nexus {

namespace {

using WordSet = QSet<QString>;

WordSet words(std::initializer_list<const char16_t *> list)
{
    WordSet set;
    for (const char16_t *word : list)
        set.insert(QString::fromUtf16(word));
    return set;
}

const WordSet kPoliteness = words({ u"oye", u"oiga", u"chalan", u"porfa", u"porfavor", u"hola", u"buenas", u"ey",
    u"gracias", u"si", u"ok", u"okey", u"bueno", u"entonces", u"mejor", u"tambien", u"ahora", u"ahorita", u"oigan" });
const WordSet kSales = words({ u"venta", u"ventas", u"vendimos", u"vendido", u"vendi", u"vendio", u"vendieron",
    u"vendemos", u"corte" });
const WordSet kSalesQualifier = words({ u"hoy", u"dia", u"resumen", u"cuanto", u"cuantas", u"cuantos", u"llevamos",
    u"van", u"total", u"totales", u"vamos", u"reporte" });
const WordSet kAdd = words({ u"agrega", u"agregame", u"agregale", u"agregar", u"agregue", u"agregas", u"anade",
    u"anademe", u"anadele", u"pon", u"ponme", u"ponle", u"mete", u"metele", u"meteme", u"suma", u"sumale", u"sumame",
    u"carga", u"cargale", u"cargame", u"echale", u"echame", u"incluye", u"vendeme", u"llevo", u"agregalo",
    u"agregala", u"agregalos", u"agregalas" });
const WordSet kRemove = words({ u"quita", u"quitale", u"quitame", u"quitar", u"quite", u"elimina", u"eliminame",
    u"eliminar", u"borra", u"borrame", u"borrar", u"saca", u"sacame", u"remueve", u"retira", u"retirame", u"quitalo",
    u"quitala", u"quitalos", u"quitalas", u"sacalo", u"sacala", u"borralo", u"borrala" });
const WordSet kChange = words({ u"cambia", u"cambiale", u"cambiame", u"modifica", u"ajusta", u"corrige",
    u"actualiza", u"sube", u"subele", u"baja", u"bajale" });
const WordSet kOrder = words({ u"orden", u"ordenes", u"os", u"folio" });
const WordSet kOrderAsk = words({ u"listo", u"lista", u"listos", u"quedo", u"estatus", u"status", u"avance",
    u"termino", u"terminaron", u"va", u"van", u"estado" });
const WordSet kVehicleNouns = words({ u"carro", u"coche", u"auto", u"camioneta", u"vehiculo", u"troca", u"nave",
    u"camion", u"moto", u"unidad" });
const WordSet kUnsupported = words({ u"cancela", u"cancelar", u"cobra", u"cobrar", u"cobrale", u"factura",
    u"facturar", u"facturale", u"imprime", u"imprimir", u"abre", u"abrir", u"cierra", u"cerrar", u"apaga", u"manda",
    u"mandale", u"envia", u"enviale", u"llama", u"llamale", u"descuento", u"regala", u"reinicia",
    u"devuelve", u"devolucion", u"toca", u"cuentame" });
const WordSet kCustomer = words({ u"cliente", u"clienta", u"clientes" });
const WordSet kStock = words({ u"cuantos", u"cuantas", u"existencia", u"existencias", u"stock", u"inventario",
    u"quedan", u"queda", u"disponibles", u"disponible" });
const WordSet kSearch = words({ u"tienes", u"tienen", u"tiene", u"tendras", u"tendran", u"hay", u"busca",
    u"buscame", u"buscar", u"buscas", u"necesito", u"ocupo", u"ocupamos", u"necesitamos", u"quiero", u"queria",
    u"precio", u"precios", u"cuesta", u"cuestan", u"vale", u"valen", u"manejas", u"manejan", u"venden", u"vendes",
    u"consigueme", u"dame", u"muestrame", u"ensename", u"checa", u"checame", u"revisa", u"cotiza", u"cotizame",
    u"cotizacion", u"sale", u"salen", u"cuanto", u"muestra", u"ver", u"buscando", u"busco" });
const WordSet kLine = words({ u"linea", u"renglon", u"partida", u"lineas" });
const WordSet kPlaceNouns = words({ u"bodega", u"almacen", u"mostrador", u"sucursal", u"sucursales", u"tienda",
    u"piso", u"bodegas" });
const WordSet kHonorifics = words({ u"senor", u"senora", u"sr", u"sra", u"don", u"dona", u"licenciado", u"lic",
    u"ingeniero", u"ing", u"doctor", u"dr", u"joven", u"seno", u"senorita", u"srita" });
const WordSet kDemonstratives = words({ u"eso", u"esto", u"ese", u"esa", u"este", u"esta" });
const WordSet kCartNouns = words({ u"carrito", u"carro", u"ticket", u"nota", u"cuenta", u"venta", u"pedido" });
// Words that carry no part, person or place: articles, pronouns, fillers, question words.
const WordSet kFiller = words({ u"el", u"la", u"los", u"las", u"un", u"una", u"unos", u"unas", u"de", u"del", u"al",
    u"a", u"en", u"para", u"con", u"por", u"y", u"o", u"que", u"me", u"te", u"le", u"les", u"lo", u"se", u"mi",
    u"mis", u"tu", u"tus", u"su", u"sus", u"nos", u"ahi", u"aqui", u"alla", u"algo", u"algun", u"alguna",
    u"algunos", u"algunas", u"favor", u"pieza", u"piezas", u"pza", u"pzas", u"otro", u"otra", u"otros", u"otras",
    u"mas", u"es", u"son", u"esta", u"estan", u"tengo", u"como", u"cual", u"cuales", u"donde", u"quien", u"quienes",
    u"cantidad", u"sean", u"sea", u"dejalo", u"dejala", u"deja", u"total", u"modelo", u"ano", u"numero", u"no",
    u"datos", u"informacion", u"info", u"ya", u"todavia", u"aun", u"tal", u"vez", u"puedes", u"podrias", u"favor",
    u"porfa", u"bien", u"nada", u"mismo", u"misma" });

struct Token
{
    QString word;
    int number = -1; // a spoken or written number up to NumberWords::kMaxSpoken
    bool used = false;
};

bool isCode(const QString &word)
{
    bool hasDigit = false;
    bool hasLetter = false;
    for (const QChar c : word) {
        hasDigit = hasDigit || c.isDigit();
        hasLetter = hasLetter || c.isLetter();
    }
    return (hasDigit && hasLetter && word.size() >= 3) || (hasDigit && !hasLetter && word.size() >= 5);
}

class Reader final
{
public:
    Reader(const IntentVocabulary &vocabulary, QStringView text) : m_vocabulary(vocabulary)
    {
        // A code keeps its hyphens and case for the exact SKU/code lookup ("MOT-2649912").
        for (const QStringView piece : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            static const QRegularExpression kEdges(QStringLiteral("^[^\\w]+|[^\\w]+$"));
            const QString candidate = piece.toString().remove(kEdges);
            const bool digit = std::any_of(candidate.cbegin(), candidate.cend(), [](QChar c) { return c.isDigit(); });
            const bool letterOrDash = std::any_of(
                candidate.cbegin(), candidate.cend(), [](QChar c) { return c.isLetter() || c == u'-'; });
            if (m_code.isEmpty() && digit && letterOrDash && candidate.size() >= 4)
                m_code = candidate;
        }
        QStringList raw = SearchText::words(text);
        // "por favor", "a ver" anywhere; politeness words only before the request starts.
        for (qsizetype i = 0; i + 1 < raw.size(); ++i) {
            if ((raw.at(i) == u"por" && raw.at(i + 1) == u"favor") || (raw.at(i) == u"a" && raw.at(i + 1) == u"ver"))
                raw.remove(i, 2), --i;
        }
        while (!raw.isEmpty() && kPoliteness.contains(raw.front()))
            raw.removeFirst();
        for (qsizetype i = 0; i < raw.size();) {
            const std::optional<SpokenNumber> number = NumberWords::read(raw, i);
            const bool leadingZero = raw.at(i).size() > 1 && raw.at(i).front() == u'0';
            if (number && number->value <= NumberWords::kMaxSpoken && !leadingZero) {
                m_tokens.append(Token { QString::number(number->value), number->value, false });
                i += number->length;
            } else {
                m_tokens.append(Token { raw.at(i), -1, false });
                ++i;
            }
        }
    }

    [[nodiscard]] bool isEmpty() const { return m_tokens.isEmpty(); }
    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] qsizetype size() const { return m_tokens.size(); }
    [[nodiscard]] const QString &word(qsizetype i) const { return m_tokens.at(i).word; }
    [[nodiscard]] bool has(const WordSet &set) const { return find(set) >= 0; }
    [[nodiscard]] qsizetype find(const WordSet &set, qsizetype from = 0) const
    {
        for (qsizetype i = from; i < m_tokens.size(); ++i) {
            if (set.contains(m_tokens.at(i).word))
                return i;
        }
        return -1;
    }
    // The request's verb: one of the first two words (after politeness).
    [[nodiscard]] qsizetype leadingVerb(const WordSet &set) const
    {
        for (qsizetype i = 0; i < std::min<qsizetype>(2, m_tokens.size()); ++i) {
            if (set.contains(m_tokens.at(i).word))
                return i;
        }
        return -1;
    }
    void use(qsizetype i) { m_tokens[i].used = true; }
    void useAll(const WordSet &set)
    {
        for (Token &token : m_tokens) {
            if (set.contains(token.word))
                token.used = true;
        }
    }
    [[nodiscard]] bool used(qsizetype i) const { return m_tokens.at(i).used; }
    [[nodiscard]] int number(qsizetype i) const { return i >= 0 && i < size() ? m_tokens.at(i).number : -1; }

    // "línea 2", "la segunda línea", "la última línea", "renglón tres".
    int takeLine()
    {
        for (qsizetype i = 0; i < size(); ++i) {
            if (!kLine.contains(word(i)))
                continue;
            if (number(i + 1) > 0) {
                use(i), use(i + 1);
                return number(i + 1);
            }
            if (i + 1 < size()) {
                if (const std::optional<int> ordinal = NumberWords::ordinal(word(i + 1))) {
                    use(i), use(i + 1);
                    return *ordinal;
                }
            }
            if (i > 0) {
                if (const std::optional<int> ordinal = NumberWords::ordinal(word(i - 1))) {
                    use(i - 1), use(i);
                    return *ordinal;
                }
            }
        }
        return 0;
    }

    // The first ordinal word not yet used ("el primero", "la última").
    int takeOrdinal()
    {
        for (qsizetype i = 0; i < size(); ++i) {
            if (used(i))
                continue;
            if (const std::optional<int> ordinal = NumberWords::ordinal(word(i))) {
                use(i);
                return *ordinal;
            }
        }
        return 0;
    }

    // "orden 15", "folio 000123", "OS-000123" → the digits.
    QString takeFolio()
    {
        for (qsizetype i = 0; i + 1 < size(); ++i) {
            if (!kOrder.contains(word(i)))
                continue;
            qsizetype at = i + 1;
            if (at + 1 < size() && (word(at) == u"numero" || word(at) == u"no"))
                ++at;
            bool digits = false;
            const qlonglong value = word(at).toLongLong(&digits);
            if (digits && !SearchText::isModelYear(word(at))) {
                use(i), use(at);
                return QString::number(value);
            }
        }
        return {};
    }

    // A 4-digit model year ("2015"), or "modelo 15" / a 2-digit year right after the model.
    int takeYear(qsizetype afterModel)
    {
        for (qsizetype i = 0; i < size(); ++i) {
            if (!used(i) && SearchText::isModelYear(word(i))) {
                use(i);
                return word(i).toInt();
            }
        }
        if (afterModel >= 0 && afterModel < size() && !used(afterModel) && word(afterModel).size() == 2) {
            bool ok = false;
            const int shortYear = word(afterModel).toInt(&ok);
            if (ok) {
                use(afterModel);
                return shortYear <= SearchText::kLastModelYear % 100 ? 2000 + shortYear : 1900 + shortYear;
            }
        }
        return 0;
    }

    // The longest make/model said; returns the index just after the model (for a 2-digit year), or -1.
    qsizetype takeVehicle(VehicleFilter &vehicle)
    {
        static const WordSet kAmbiguousModels = words({ u"van", u"up", u"note", u"one", u"rio", u"sol" });
        qsizetype bestAt = -1;
        qsizetype bestLength = 0;
        QString model;
        QSet<QString> makes;
        for (qsizetype i = 0; i < size(); ++i) {
            if (used(i))
                continue;
            for (const VehicleName &name : m_vocabulary.vehicles) {
                const qsizetype n = name.modelWords.size();
                if (i + n > size() || n < bestLength)
                    continue;
                bool match = true;
                for (qsizetype k = 0; k < n && match; ++k)
                    match = !used(i + k) && word(i + k) == name.modelWords.at(k);
                if (!match)
                    continue;
                const bool makeBefore = i > 0 && name.makeWords.contains(word(i - 1));
                if (n == 1 && kAmbiguousModels.contains(name.modelWords.front()) && !makeBefore)
                    continue;
                if (n > bestLength || bestAt != i) {
                    if (n > bestLength || bestAt < 0)
                        makes.clear();
                    bestAt = i, bestLength = n;
                }
                model = name.model;
                makes.insert(name.make);
            }
        }
        // "vocho": the Volkswagen Sedán of the Mexican street.
        if (bestAt < 0) {
            for (qsizetype i = 0; i < size(); ++i) {
                if (!used(i) && word(i) == u"vocho") {
                    vehicle.make = QStringLiteral("Volkswagen");
                    vehicle.model = QStringLiteral("Sedán");
                    use(i);
                    return i + 1;
                }
            }
        }
        if (bestAt >= 0) {
            vehicle.model = model;
            for (qsizetype k = 0; k < bestLength; ++k)
                use(bestAt + k);
            if (makes.size() == 1)
                vehicle.make = *makes.cbegin();
        }
        // A make said on its own or before the model.
        for (qsizetype i = 0; i < size(); ++i) {
            if (used(i))
                continue;
            for (const VehicleName &name : m_vocabulary.vehicles) {
                if (name.makeWords.size() == 1 && name.makeWords.front() == word(i)
                    && (vehicle.make.isEmpty() || vehicle.make == name.make)) {
                    vehicle.make = name.make;
                    use(i);
                    break;
                }
            }
        }
        return bestAt >= 0 ? bestAt + bestLength : -1;
    }

    // "en la bodega 2", "en mostrador", "en Zapopan", "en otras sucursales".
    QString takePlace()
    {
        for (qsizetype i = 0; i < size(); ++i) {
            if (used(i))
                continue;
            const bool noun = kPlaceNouns.contains(word(i));
            qsizetype length = noun ? 1 : placeLength(i);
            if (length == 0)
                continue;
            if (noun) {
                // "bodega 2", "bodega norte": a number or a known place word after the noun belongs to it.
                while (i + length < size() && !used(i + length)
                       && (number(i + length) >= 0 || isPlaceWord(word(i + length))))
                    ++length;
            }
            QStringList place;
            for (qsizetype k = 0; k < length; ++k) {
                place.append(word(i + k));
                use(i + k);
            }
            // "otras/demás sucursales".
            if (i > 0 && (word(i - 1) == u"otras" || word(i - 1) == u"demas"))
                use(i - 1);
            return place.join(QLatin1Char(' '));
        }
        return {};
    }

    // The first unused number ≥ 1 (a quantity), skipping codes.
    int takeNumber()
    {
        for (qsizetype i = 0; i < size(); ++i) {
            if (!used(i) && number(i) > 0) {
                use(i);
                return number(i);
            }
        }
        return 0;
    }

    // The words nothing else took, without fillers and the `skip` sets, in order.
    QStringList rest(std::initializer_list<const WordSet *> skip) const
    {
        QStringList out;
        for (qsizetype i = 0; i < size(); ++i) {
            if (used(i) || kFiller.contains(word(i)) || kPoliteness.contains(word(i)))
                continue;
            if (std::any_of(skip.begin(), skip.end(), [&](const WordSet *set) { return set->contains(word(i)); }))
                continue;
            out.append(word(i));
        }
        return out;
    }

    [[nodiscard]] bool isPartWord(const QString &word) const
    {
        return m_vocabulary.partWords.contains(SearchText::singular(word)) || isCode(word);
    }

private:
    [[nodiscard]] bool isPlaceWord(const QString &word) const
    {
        return std::any_of(m_vocabulary.places.cbegin(), m_vocabulary.places.cend(),
            [&](const QStringList &place) { return place.contains(word); });
    }
    // A known warehouse or branch name starting at i, after "en".
    [[nodiscard]] qsizetype placeLength(qsizetype i) const
    {
        if (i == 0 || word(i - 1) != u"en")
            return 0;
        qsizetype best = 0;
        for (const QStringList &place : m_vocabulary.places) {
            const qsizetype n = place.size();
            if (n <= best || i + n > size())
                continue;
            bool match = true;
            for (qsizetype k = 0; k < n && match; ++k)
                match = !used(i + k) && word(i + k) == place.at(k);
            if (match)
                best = n;
        }
        return best;
    }

    const IntentVocabulary &m_vocabulary;
    QList<Token> m_tokens;
    QString m_code;
};

// The counter says "frenos" for brake pads ("frenos para un Versa"): as the head noun of the part it is "balatas",
// which the catalogue's synonyms expand (pastilla de freno…). "disco de freno", "líquido de frenos" keep their own
// head noun. The catalogue's synonym table is not widened: there "freno" would also match discs and fluid.
QStringList counterNoun(QStringList part)
{
    if (!part.isEmpty() && (part.front() == u"frenos" || part.front() == u"freno"))
        part.front() = QStringLiteral("balatas");
    return part;
}

} // namespace

QString intentKindCode(IntentKind kind)
{
    switch (kind) {
    case IntentKind::Unknown:
        return QStringLiteral("unknown");
    case IntentKind::SearchParts:
        return QStringLiteral("search");
    case IntentKind::CheckStock:
        return QStringLiteral("stock");
    case IntentKind::AddToCart:
        return QStringLiteral("add");
    case IntentKind::RemoveFromCart:
        return QStringLiteral("remove");
    case IntentKind::ChangeQuantity:
        return QStringLiteral("quantity");
    case IntentKind::OrderStatus:
        return QStringLiteral("order");
    case IntentKind::CustomerLookup:
        return QStringLiteral("customer");
    case IntentKind::SalesSummary:
        return QStringLiteral("sales");
    }
    return QStringLiteral("unknown");
}

Intent IntentParser::parse(QStringView text) const
{
    Intent intent;
    Reader reader(m_vocabulary, text);
    if (reader.isEmpty())
        return intent;

    // Requests Chalán does not carry out (charge, cancel, invoice, print…): never mistaken for another one.
    if (reader.leadingVerb(kUnsupported) >= 0)
        return intent;

    // Today's sales: "¿cuánto llevamos vendido hoy?", "resumen de ventas", "el corte del día".
    if (reader.has(kSales) && reader.has(kSalesQualifier)) {
        intent.kind = IntentKind::SalesSummary;
        return intent;
    }

    // The cart: the verb comes first ("agrega…", "quita…", "cambia…", "que sean cinco").
    const qsizetype removeAt = reader.leadingVerb(kRemove);
    const qsizetype changeAt = reader.leadingVerb(kChange);
    const qsizetype addAt = reader.leadingVerb(kAdd);
    const bool queSean = reader.find(words({ u"sean" })) >= 0 && reader.number(reader.find(words({ u"sean" })) + 1) > 0;
    if (removeAt >= 0) {
        if (reader.has(words({ u"todo", u"todos", u"todas" })))
            return intent; // emptying the ticket is the cashier's call (F9), never a spoken one
        if (reader.has(kCustomer) || reader.has(kOrder))
            return intent; // customers and orders are not removed by voice
        reader.use(removeAt);
        intent.kind = IntentKind::RemoveFromCart;
        intent.lineNumber = reader.takeLine();
        if (intent.lineNumber == 0)
            intent.lineNumber = reader.takeOrdinal();
        intent.quantity = 0;
        const QStringList part = reader.rest({ &kRemove, &kCartNouns, &kDemonstratives });
        intent.partText = part.join(QLatin1Char(' '));
        if (intent.lineNumber == 0 && part.isEmpty()) {
            if (!reader.has(kDemonstratives))
                return Intent {};
            intent.lineNumber = -1; // "quita eso": the line just added
        }
        return intent;
    }
    if (changeAt >= 0 || queSean || (addAt >= 0 && reader.has(kLine))) {
        intent.kind = IntentKind::ChangeQuantity;
        intent.lineNumber = reader.takeLine();
        intent.quantity = reader.takeNumber();
        if (intent.quantity <= 0)
            return Intent {};
        intent.partText = reader.rest({ &kChange, &kAdd, &kCartNouns, &kDemonstratives }).join(QLatin1Char(' '));
        if (intent.lineNumber == 0 && intent.partText.isEmpty())
            intent.lineNumber = -1;
        return intent;
    }
    if (addAt >= 0) {
        reader.use(addAt);
        intent.kind = IntentKind::AddToCart;
        const qsizetype afterModel = reader.takeVehicle(intent.vehicle);
        intent.vehicle.year = reader.takeYear(afterModel);
        intent.resultNumber = reader.takeOrdinal();
        intent.quantity = reader.takeNumber();
        const QStringList part = counterNoun(reader.rest({ &kAdd, &kCartNouns, &kDemonstratives }));
        intent.partText = part.join(QLatin1Char(' '));
        const bool knownPart = std::any_of(
            part.cbegin(), part.cend(), [&](const QString &w) { return reader.isPartWord(w); });
        if (intent.resultNumber == 0 && !knownPart)
            return Intent {};
        intent.code = reader.code();
        return intent;
    }

    // Service orders: "orden 15", "¿cómo va la orden del Jetta de Juan Pérez?", "¿ya está listo el Tsuru de Pedro?".
    const bool orderWord = reader.has(kOrder);
    VehicleFilter vehicle;
    if (orderWord || reader.has(kOrderAsk)) {
        Reader probe = reader;
        probe.takeVehicle(vehicle);
        if (orderWord || ((!vehicle.model.isEmpty() || reader.has(kVehicleNouns)) && !reader.has(kStock)
                             && !reader.has(kSearch))) {
            intent.kind = IntentKind::OrderStatus;
            intent.folio = reader.takeFolio();
            const qsizetype afterModel = reader.takeVehicle(intent.vehicle);
            intent.vehicle.year = reader.takeYear(afterModel);
            reader.useAll(kOrder);
            intent.person = reader.rest({ &kOrderAsk, &kVehicleNouns, &kHonorifics, &kSearch, &kCustomer })
                                .join(QLatin1Char(' '));
            if (intent.folio.isEmpty() && intent.person.isEmpty() && intent.vehicle.isEmpty()) {
                if (!orderWord)
                    return Intent {};
            }
            return intent;
        }
    }

    // Customers: "busca al cliente Refacciones del Norte", "datos del cliente con RFC XAXX010101000".
    static const WordSet kCustomerAsk = words({ u"quien", u"datos", u"informacion", u"info", u"rfc", u"telefono",
        u"correo", u"credito", u"saldo" });
    if (reader.has(kCustomer) && (reader.has(kSearch) || reader.has(kCustomerAsk) || kCustomer.contains(reader.word(0)))) {
        intent.kind = IntentKind::CustomerLookup;
        static const WordSet kCustomerFields = words({ u"rfc", u"telefono", u"tel", u"correo", u"mail", u"email",
            u"celular", u"llama", u"llamado", u"nombre" });
        QStringList person = reader.rest({ &kCustomer, &kSearch, &kCustomerFields, &kHonorifics });
        intent.person = person.join(QLatin1Char(' '));
        if (intent.person.isEmpty())
            return Intent {};
        return intent;
    }

    // Stock and search share their slots: the part, the vehicle, a place.
    const bool stock = reader.has(kStock);
    const bool searchVerb = reader.has(kSearch);
    const qsizetype afterModel = reader.takeVehicle(intent.vehicle);
    intent.vehicle.year = reader.takeYear(afterModel);
    if (stock || reader.has(kPlaceNouns))
        intent.place = reader.takePlace();
    const QStringList part = counterNoun(reader.rest({ &kStock, &kSearch, &kCartNouns }));
    intent.partText = part.join(QLatin1Char(' '));
    const bool knownPart = std::any_of(part.cbegin(), part.cend(), [&](const QString &w) { return reader.isPartWord(w); });
    intent.code = reader.code();
    if (stock && knownPart) {
        intent.kind = IntentKind::CheckStock;
        return intent;
    }
    const bool startsWithPart = !part.isEmpty() && reader.isPartWord(part.front()) && reader.isPartWord(reader.word(0));
    if ((searchVerb && (knownPart || (part.isEmpty() && !intent.vehicle.isEmpty()))) || startsWithPart) {
        intent.kind = IntentKind::SearchParts;
        return intent;
    }
    return Intent {};
}

} // namespace nexus
