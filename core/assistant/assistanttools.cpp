// The tool schemas offered to the online model and the strict reading of its calls into Intents.
#include "assistant/assistanttools.h"

#include "assistant/intentvocabulary.h"
#include "catalog/searchtext.h"
#include "workshop/serviceorder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace nexus {

namespace {

const QString kSearch = QStringLiteral("search_parts");
const QString kStock = QStringLiteral("check_stock");
const QString kAdd = QStringLiteral("add_to_cart");
const QString kRemove = QStringLiteral("remove_from_cart");
const QString kQuantity = QStringLiteral("set_quantity");
const QString kOrder = QStringLiteral("service_order_status");
const QString kCustomer = QStringLiteral("find_customer");
const QString kSales = QStringLiteral("sales_summary_today");

QJsonObject text(const QString &description)
{
    return { { QStringLiteral("type"), QStringLiteral("string") }, { QStringLiteral("description"), description } };
}

QJsonObject integer(const QString &description, int minimum, int maximum)
{
    return { { QStringLiteral("type"), QStringLiteral("integer") }, { QStringLiteral("description"), description },
        { QStringLiteral("minimum"), minimum }, { QStringLiteral("maximum"), maximum } };
}

QJsonObject function(const QString &name, const QString &description, const QJsonObject &properties,
    const QStringList &required = {})
{
    QJsonObject parameters { { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"), properties }, { QStringLiteral("additionalProperties"), false } };
    if (!required.isEmpty())
        parameters.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    return { { QStringLiteral("type"), QStringLiteral("function") },
        { QStringLiteral("function"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("description"), description },
                { QStringLiteral("parameters"), parameters } } } };
}

// Reads one call's arguments; the first problem is kept and the call is refused with it.
class ArgumentReader final
{
public:
    ArgumentReader(QString tool, QJsonObject arguments) : m_tool(std::move(tool)), m_arguments(std::move(arguments)) { }

    void allow(const QStringList &fields)
    {
        for (auto it = m_arguments.constBegin(); it != m_arguments.constEnd(); ++it) {
            if (!fields.contains(it.key()))
                refuse(Error(ErrorCode::InvalidInput, NX_ERR("%1 does not take the field \"%2\": nothing was done."),
                    { m_tool, it.key() }, it.key()));
        }
    }

    // Trimmed text; empty when absent.
    QString text(const QString &field)
    {
        const QJsonValue value = m_arguments.value(field);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            refuse(Error(ErrorCode::InvalidInput, NX_ERR("The field \"%1\" of %2 must be text: nothing was done."),
                { field, m_tool }, field));
            return {};
        }
        return value.toString().trimmed();
    }

    // A whole number in [minimum, maximum] (digits in a string are read too); 0 when absent.
    int number(const QString &field, int minimum, int maximum)
    {
        const QJsonValue value = m_arguments.value(field);
        if (value.isUndefined() || value.isNull())
            return 0;
        bool ok = false;
        double read = 0;
        if (value.isDouble()) {
            read = value.toDouble();
            ok = true;
        } else if (value.isString()) {
            read = value.toString().trimmed().toInt(&ok);
        }
        if (!ok || read != static_cast<double>(static_cast<qint64>(read)) || read < minimum || read > maximum) {
            refuse(Error(ErrorCode::InvalidInput,
                NX_ERR("The field \"%1\" of %2 must be a whole number from %3 to %4: nothing was done."),
                { field, m_tool, QString::number(minimum), QString::number(maximum) }, field));
            return 0;
        }
        return static_cast<int>(read);
    }

    void require(bool present, const QString &field)
    {
        if (!present)
            refuse(Error(ErrorCode::InvalidInput, NX_ERR("%1 needs the field \"%2\": nothing was done."),
                { m_tool, field }, field));
    }

    void requireOne(bool present, const QString &field, const QString &other)
    {
        if (!present)
            refuse(Error(ErrorCode::InvalidInput, NX_ERR("%1 needs the field \"%2\" or \"%3\": nothing was done."),
                { m_tool, field, other }, field));
    }

    void refuse(Error error)
    {
        if (!m_error)
            m_error = std::move(error);
    }

    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

private:
    QString m_tool;
    QJsonObject m_arguments;
    std::optional<Error> m_error;
};

QString partWords(const QString &query)
{
    return SearchText::contentWords(query).join(QLatin1Char(' '));
}

// A SKU or OEM code as said (letters or dashes with digits, one piece): tried first, exactly, like the parser's.
QString codeOf(const QString &query)
{
    if (query.contains(QLatin1Char(' ')) || query.size() < 4)
        return {};
    const bool digit = std::any_of(query.cbegin(), query.cend(), [](QChar c) { return c.isDigit(); });
    const bool letterOrDash
        = std::any_of(query.cbegin(), query.cend(), [](QChar c) { return c.isLetter() || c == u'-'; });
    return digit && letterOrDash ? query : QString();
}

// The catalogue's make for `said`, or empty.
QString knownMake(const QString &said, const IntentVocabulary &vocabulary)
{
    const QStringList words = SearchText::words(said);
    for (const VehicleName &name : vocabulary.vehicles) {
        if (name.makeWords == words)
            return name.make;
    }
    return {};
}

// Fills `vehicle` from the make and model the model said, in the catalogue's spelling; false when it knows neither.
bool resolveVehicle(const QString &make, const QString &model, const IntentVocabulary &vocabulary,
    VehicleFilter &vehicle)
{
    if (!make.isEmpty()) {
        vehicle.make = knownMake(make, vocabulary);
        if (vehicle.make.isEmpty())
            return false;
    }
    if (model.isEmpty())
        return true;
    QStringList words = SearchText::words(model);
    if (words == QStringList { QStringLiteral("vocho") }) {
        vehicle.make = QStringLiteral("Volkswagen");
        vehicle.model = QStringLiteral("Sedán");
        return true;
    }
    QSet<QString> makes;
    for (int pass = 0; pass < 2 && vehicle.model.isEmpty(); ++pass) {
        for (const VehicleName &name : vocabulary.vehicles) {
            if (name.modelWords != words || (!vehicle.make.isEmpty() && name.make != vehicle.make))
                continue;
            vehicle.model = name.model;
            makes.insert(name.make);
        }
        // "Nissan Tsuru" said as the model: the make's words first.
        for (const VehicleName &name : vocabulary.vehicles) {
            if (pass == 0 && vehicle.model.isEmpty() && words.size() > name.makeWords.size()
                && words.mid(0, name.makeWords.size()) == name.makeWords) {
                words = words.mid(name.makeWords.size());
                break;
            }
        }
    }
    if (vehicle.model.isEmpty())
        return false;
    if (vehicle.make.isEmpty() && makes.size() == 1)
        vehicle.make = *makes.cbegin();
    return true;
}

Error unknownVehicle(const QString &said, const QString &field)
{
    return Error(ErrorCode::InvalidInput, NX_ERR("The catalogue has no vehicle \"%1\" (field \"%2\"): nothing was done."),
        { said, field }, field);
}

} // namespace

QStringList AssistantTools::names()
{
    return { kSearch, kStock, kAdd, kRemove, kQuantity, kOrder, kCustomer, kSales };
}

QString AssistantTools::systemPrompt()
{
    return QStringLiteral(
        "Eres Chalán, el asistente del mostrador y del taller de una refaccionaria mexicana. Contesta en español de "
        "México, breve. Solo puedes consultar o cambiar algo llamando a una de las herramientas; nunca inventes "
        "precios, existencias, órdenes ni clientes. Si lo que piden no corresponde a ninguna herramienta, dilo en una "
        "frase y sugiere lo que sí puedes hacer: buscar refacciones por vehículo, ver existencias por bodega o "
        "sucursal, agregar, quitar o cambiar cantidades en el ticket, ver el estado de una orden de servicio, buscar "
        "un cliente y el resumen de ventas de hoy. Los mensajes anteriores son la conversación reciente del mostrador: "
        "úsalos para entender lo que se pregunta a medias (\"¿y en la bodega 2?\" habla de la refacción de antes), "
        "pero las existencias y los precios sácalos otra vez de las herramientas.");
}

QJsonArray AssistantTools::messagesFor(const QString &text, const QList<ConversationTurn> &history)
{
    const auto message = [](const QString &role, const QString &content) {
        return QJsonObject { { QStringLiteral("role"), role }, { QStringLiteral("content"), content } };
    };
    QJsonArray messages { message(QStringLiteral("system"), systemPrompt()) };
    for (const ConversationTurn &turn : history) {
        messages.append(message(QStringLiteral("user"), turn.user));
        messages.append(message(QStringLiteral("assistant"), turn.assistant));
    }
    messages.append(message(QStringLiteral("user"), text));
    return messages;
}

QJsonArray AssistantTools::definitions()
{
    const QJsonObject query = text(QStringLiteral("Qué refacción: palabras (\"balatas delanteras\") o su código."));
    return {
        function(kSearch, QStringLiteral("Busca refacciones en el catálogo, opcionalmente para un vehículo."),
            { { QStringLiteral("query"), query },
                { QStringLiteral("year"),
                    integer(QStringLiteral("Año modelo del vehículo."), SearchText::kFirstModelYear,
                        SearchText::kLastModelYear) },
                { QStringLiteral("make"), text(QStringLiteral("Marca del vehículo (\"Nissan\").")) },
                { QStringLiteral("model"), text(QStringLiteral("Modelo del vehículo (\"Tsuru\").")) } },
            { QStringLiteral("query") }),
        function(kStock, QStringLiteral("Existencias de una refacción en esta sucursal, una bodega u otra sucursal."),
            { { QStringLiteral("query"), query },
                { QStringLiteral("branch"), text(QStringLiteral("Otra sucursal (\"Zapopan\").")) },
                { QStringLiteral("warehouse"), text(QStringLiteral("Bodega de esta sucursal (\"Bodega 2\").")) } },
            { QStringLiteral("query") }),
        function(kAdd,
            QStringLiteral("Agrega una refacción al ticket de venta abierto. Si hay varias opciones, el cajero elige."),
            { { QStringLiteral("sku"), text(QStringLiteral("SKU o código exacto de la refacción.")) },
                { QStringLiteral("query"), query },
                { QStringLiteral("quantity"), integer(QStringLiteral("Piezas (1 si no lo dicen)."), 1, kMaxQuantity) } }),
        function(kRemove, QStringLiteral("Quita una línea del ticket de venta abierto."),
            { { QStringLiteral("line"), integer(QStringLiteral("Número de línea del ticket, desde 1."), 1, 999) },
                { QStringLiteral("query"), text(QStringLiteral("Palabras de la refacción en el ticket.")) } }),
        function(kQuantity, QStringLiteral("Cambia la cantidad de una línea del ticket de venta abierto."),
            { { QStringLiteral("line"), integer(QStringLiteral("Número de línea del ticket, desde 1."), 1, 999) },
                { QStringLiteral("query"), text(QStringLiteral("Palabras de la refacción en el ticket.")) },
                { QStringLiteral("quantity"), integer(QStringLiteral("La nueva cantidad."), 1, kMaxQuantity) } },
            { QStringLiteral("quantity") }),
        function(kOrder, QStringLiteral("Estado de una orden de servicio del taller."),
            { { QStringLiteral("folio"), text(QStringLiteral("Folio o número de la orden (\"OS-000015\", \"15\").")) },
                { QStringLiteral("customer"), text(QStringLiteral("Nombre del cliente.")) },
                { QStringLiteral("vehicle"), text(QStringLiteral("Modelo o marca del vehículo (\"Jetta\").")) } }),
        function(kCustomer, QStringLiteral("Busca un cliente por nombre, RFC o teléfono."),
            { { QStringLiteral("query"), text(QStringLiteral("Nombre, RFC o teléfono.")) } },
            { QStringLiteral("query") }),
        function(kSales, QStringLiteral("Resumen de las ventas de hoy de esta sucursal (solo gerentes)."), {}),
    };
}

Result<Intent> AssistantTools::intentFor(const LlmToolCall &call, const IntentVocabulary &vocabulary)
{
    if (!names().contains(call.name))
        return fail(ErrorCode::InvalidInput, NX_ERR("Chalán has no tool \"%1\": nothing was done."), { call.name },
            QStringLiteral("tool"));
    QJsonParseError parseError;
    const QString raw = call.arguments.trimmed();
    const QJsonDocument document = QJsonDocument::fromJson(
        (raw.isEmpty() ? QStringLiteral("{}") : raw).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::InvalidInput, NX_ERR("The arguments of %1 are not a JSON object: nothing was done."),
            { call.name }, QStringLiteral("arguments"));
    ArgumentReader args(call.name, document.object());
    Intent intent;
    const QString query = QStringLiteral("query");
    if (call.name == kSearch || call.name == kStock) {
        intent.kind = call.name == kSearch ? IntentKind::SearchParts : IntentKind::CheckStock;
        const QStringList fields = call.name == kSearch
            ? QStringList { query, QStringLiteral("year"), QStringLiteral("make"), QStringLiteral("model") }
            : QStringList { query, QStringLiteral("branch"), QStringLiteral("warehouse") };
        args.allow(fields);
        const QString said = args.text(query);
        args.require(!SearchText::words(said).isEmpty(), query);
        intent.partText = partWords(said);
        intent.code = codeOf(said);
        if (call.name == kSearch) {
            intent.vehicle.year = args.number(QStringLiteral("year"), SearchText::kFirstModelYear,
                SearchText::kLastModelYear);
            const QString make = args.text(QStringLiteral("make"));
            const QString model = args.text(QStringLiteral("model"));
            if (!args.error() && !resolveVehicle(make, model, vocabulary, intent.vehicle))
                args.refuse(!make.isEmpty() && knownMake(make, vocabulary).isEmpty()
                        ? unknownVehicle(make, QStringLiteral("make"))
                        : unknownVehicle(model, QStringLiteral("model")));
        } else {
            const QString warehouse = args.text(QStringLiteral("warehouse"));
            intent.place = SearchText::normalize(warehouse.isEmpty() ? args.text(QStringLiteral("branch")) : warehouse);
        }
    } else if (call.name == kAdd) {
        intent.kind = IntentKind::AddToCart;
        args.allow({ QStringLiteral("sku"), query, QStringLiteral("quantity") });
        const QString sku = args.text(QStringLiteral("sku"));
        const QString said = args.text(query);
        args.requireOne(!sku.isEmpty() || !SearchText::words(said).isEmpty(), QStringLiteral("sku"), query);
        intent.code = sku.isEmpty() ? codeOf(said) : sku;
        intent.partText = partWords(sku.isEmpty() ? said : sku);
        intent.quantity = args.number(QStringLiteral("quantity"), 1, kMaxQuantity);
    } else if (call.name == kRemove || call.name == kQuantity) {
        intent.kind = call.name == kRemove ? IntentKind::RemoveFromCart : IntentKind::ChangeQuantity;
        QStringList fields { QStringLiteral("line"), query };
        if (call.name == kQuantity)
            fields.append(QStringLiteral("quantity"));
        args.allow(fields);
        intent.lineNumber = args.number(QStringLiteral("line"), 1, 999);
        intent.partText = partWords(args.text(query));
        args.requireOne(intent.lineNumber > 0 || !intent.partText.isEmpty(), QStringLiteral("line"), query);
        if (call.name == kQuantity) {
            intent.quantity = args.number(QStringLiteral("quantity"), 1, kMaxQuantity);
            args.require(intent.quantity > 0 || args.error().has_value(), QStringLiteral("quantity"));
        }
    } else if (call.name == kOrder) {
        intent.kind = IntentKind::OrderStatus;
        args.allow({ QStringLiteral("folio"), QStringLiteral("customer"), QStringLiteral("vehicle") });
        const QString folio = args.text(QStringLiteral("folio"));
        // "OS-000015", a device's series "MTY1A2B-OS000015", or just "15".
        const qint64 number = serviceOrderNumber(folio) > 0 ? serviceOrderNumber(folio) : folio.trimmed().toLongLong();
        intent.folio = number > 0 ? QString::number(number) : QString();
        if (!folio.isEmpty() && number <= 0)
            args.refuse(Error(ErrorCode::InvalidInput,
                NX_ERR("The field \"%1\" of %2 must be a whole number from %3 to %4: nothing was done."),
                { QStringLiteral("folio"), call.name, QStringLiteral("1"), QStringLiteral("999999") },
                QStringLiteral("folio")));
        intent.person = SearchText::normalize(args.text(QStringLiteral("customer")));
        const QString vehicle = args.text(QStringLiteral("vehicle"));
        if (!vehicle.isEmpty() && !args.error()) {
            // A model ("Jetta", "Nissan Tsuru") or a make on its own ("Volkswagen").
            if (!resolveVehicle({}, vehicle, vocabulary, intent.vehicle)
                && !resolveVehicle(vehicle, {}, vocabulary, intent.vehicle))
                args.refuse(unknownVehicle(vehicle, QStringLiteral("vehicle")));
        }
        args.requireOne(!intent.folio.isEmpty() || !intent.person.isEmpty() || !intent.vehicle.isEmpty()
                || args.error().has_value(),
            QStringLiteral("folio"), QStringLiteral("customer"));
    } else if (call.name == kCustomer) {
        intent.kind = IntentKind::CustomerLookup;
        args.allow({ query });
        intent.person = SearchText::normalize(args.text(query));
        args.require(!intent.person.isEmpty(), query);
    } else {
        intent.kind = IntentKind::SalesSummary;
        args.allow({});
    }
    if (args.error())
        return std::unexpected(*args.error());
    return intent;
}

} // namespace nexus
