// The command templates of Chalán's grammar. Each template is a phrasing IntentParser reads to the intent it names;
// the test walks the grammar and parses what it can say.
#include "commandgrammar.h"

#include "catalog/searchtext.h"
#include "spanishphones.h"

#include <QRegularExpression>

namespace nexus {

namespace {

// Data text → the template words: accents kept, every run of other characters a word break ("f-150" → "f 150").
QString spelt(const QString &text)
{
    static const QRegularExpression kBreaks(QStringLiteral("[^\\w]+|_"), QRegularExpression::UseUnicodePropertiesOption);
    return text.toLower().replace(kBreaks, QStringLiteral(" ")).simplified();
}

QStringList spelt(const QStringList &texts)
{
    QStringList out;
    for (const QString &text : texts) {
        const QString words = spelt(text);
        if (!words.isEmpty() && !out.contains(words))
            out.append(words);
    }
    return out;
}

// A template's alternatives: its '|' outside ( ) and [ ].
// Data names shorter than `minPhones` are left out: on the English acoustic model a two-phone brand or model ("ka",
// "up", "ina") matches any stretch of speech and turns chatter into commands.
QStringList speakable(const QStringList &phrases, qsizetype minPhones)
{
    QStringList out;
    for (const QString &phrase : phrases) {
        qsizetype phones = 0;
        for (const QString &word : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QList<QStringList> readings = SpanishPhones::pronounce(word);
            phones += readings.isEmpty() ? 0 : readings.front().size();
        }
        if (phones >= minPhones)
            out.append(phrase);
    }
    return out;
}

QStringList split(const char16_t *alternatives)
{
    QStringList out { QString() };
    int depth = 0;
    for (const char16_t *c = alternatives; *c; ++c) {
        depth += (*c == u'(' || *c == u'[') ? 1 : (*c == u')' || *c == u']') ? -1 : 0;
        if (*c == u'|' && depth == 0)
            out.append(QString());
        else
            out.back().append(QChar(*c));
    }
    return out;
}

QStringList range(int from, int to)
{
    QStringList out;
    for (int n = from; n <= to; ++n)
        out.append(QString::number(n));
    return out;
}

} // namespace

QString CommandGrammar::tokens(const QString &alternative)
{
    QString spaced = alternative;
    for (const QChar mark : { u'(', u')', u'[', u']', u'|' })
        spaced.replace(mark, QStringLiteral(" ") + mark + QLatin1Char(' '));
    QStringList out;
    for (const QString &piece : spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (piece.startsWith(QLatin1Char('<')) || QStringView(u"()[]|").contains(piece)) {
            out.append(piece);
            continue;
        }
        const QString token = SearchText::normalize(piece);
        if (token.isEmpty())
            continue;
        if (!m_words.contains(token))
            m_words.insert(token, piece);
        out.append(token);
    }
    return out.join(QLatin1Char(' '));
}

void CommandGrammar::rule(const QString &name, const QStringList &alternatives, bool isPublic)
{
    QStringList bodies;
    for (const QString &alternative : alternatives) {
        const QString body = tokens(alternative.trimmed());
        if (!body.isEmpty() && !bodies.contains(body))
            bodies.append(body);
    }
    if (bodies.isEmpty())
        bodies.append(QStringLiteral("<VOID>"));
    m_jsgf += (isPublic ? QStringLiteral("public <") : QStringLiteral("<")) + name + QStringLiteral("> = ")
        + (bodies.size() == 1 ? bodies.front() : QStringLiteral("( ") + bodies.join(QStringLiteral(" | ")) + QStringLiteral(" )"))
        + QStringLiteral(";\n");
}

CommandGrammar CommandGrammar::build(const VoiceLexicon &lexicon)
{
    CommandGrammar g;
    g.m_jsgf = QStringLiteral("#JSGF V1.0;\ngrammar chalan;\n");
    g.rule(QStringLiteral("command"),
        split(u"[ <polite> ] <search>|[ <polite> ] <stock>|[ <polite> ] <add>|<remove>|[ <polite> ] <quantity>|"
              u"[ <polite> ] <order>|[ <polite> ] <customer>|[ <polite> ] <sales>|<refused>"),
        true);
    g.rule(QStringLiteral("polite"), split(u"oye chalán|oye|chalán|oiga|por favor|a ver|sí|mejor|ahora"));

    // Numbers as the parser reads them (NumberWords): quantities, lines, folios, a two-digit model year.
    g.rule(QStringLiteral("digit"), split(u"uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"));
    g.rule(QStringLiteral("n"),
        split(u"<digit>|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|"
              u"veintiuno|veintidós|veintitrés|veinticuatro|veinticinco|veintiséis|veintisiete|veintiocho|"
              u"veintinueve|( treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa ) [ y <digit> ]|cien"));
    g.rule(QStringLiteral("qty"), split(u"<n>|un par de|una docena de|media docena de"));
    g.rule(QStringLiteral("det"), split(u"el|la|los|las|un|una|unos|unas"));
    g.rule(QStringLiteral("ordinal"),
        split(u"primero|primera|segundo|segunda|tercero|tercera|cuarto|cuarta|quinto|quinta|último|última"));

    // Parts: the catalogue's names and trade synonyms, a position, a brand.
    g.rule(QStringLiteral("partname"), speakable(spelt(lexicon.partPhrases), kMinPartPhones));
    g.rule(QStringLiteral("position"),
        split(u"delantero|delantera|delanteros|delanteras|trasero|trasera|traseros|traseras|izquierdo|izquierda|"
              u"derecho|derecha|superior|inferior"));
    g.rule(QStringLiteral("brand"), speakable(spelt(lexicon.brands), kMinBrandPhones));
    g.rule(QStringLiteral("part"), split(u"<partname> [ <position> ] [ <brand> ]"));

    // Vehicles: make and model, a model year said whole ("dos mil quince" is written 2015) or as two digits.
    QStringList makes;
    QStringList models;
    for (const VoiceLexicon::Vehicle &vehicle : lexicon.vehicles) {
        makes.append(vehicle.make);
        models.append(vehicle.model);
    }
    g.rule(QStringLiteral("make"), speakable(spelt(makes), kMinVehiclePhones));
    g.rule(QStringLiteral("model"), speakable(spelt(models), kMinVehiclePhones));
    g.rule(QStringLiteral("year"), range(1990, 2026) + split(u"<n>"));
    // A service order is asked for by model ("el Tsuru de Pedro"); a search may name the make alone.
    g.rule(QStringLiteral("car"), split(u"[ <make> ] <model> [ <year> ]|vocho [ <year> ]"));
    g.rule(QStringLiteral("vehicle"), split(u"<car>|<make> [ <year> ]"));
    g.rule(QStringLiteral("forvehicle"), split(u"( para|del ) [ el|la|un|una|mi ] <vehicle>"));

    g.rule(QStringLiteral("placename"), spelt(lexicon.places));
    g.rule(QStringLiteral("place"),
        split(u"[ la|el ] ( bodega [ <n> ]|mostrador|almacén|sucursal [ <placename> ]|<placename> )|"
              u"otras sucursales"));

    QStringList personWords;
    for (const QString &person : spelt(lexicon.people))
        personWords.append(person.split(QLatin1Char(' ')));
    personWords.removeDuplicates();
    g.rule(QStringLiteral("personword"), personWords);
    g.rule(QStringLiteral("person"),
        split(u"[ señor|señora|don|doña ] <personword> [ <personword> ] [ <personword> ] [ <personword> ]"));

    g.rule(QStringLiteral("search"),
        split(u"( tienes|tienen|tendrás|hay|busca|búscame|necesito|ocupo|quiero|manejas|venden|cotízame|muéstrame|"
              u"checa|busco|dame precio de|precio de|precio del ) [ <det>|<qty> ] <part> [ <forvehicle> ]|"
              u"<part> [ <forvehicle> ]|qué tienes <forvehicle>|revisa si hay [ <det> ] <part> [ <forvehicle> ]|"
              u"cuánto ( cuesta|cuestan|valen ) [ <det> ] <part> [ <forvehicle> ]"));
    g.rule(QStringLiteral("stock"),
        split(u"( cuántos|cuántas ) <part> [ <forvehicle> ] ( hay|quedan ) [ en <place> ]|"
              u"( existencia|existencias|inventario|stock ) de <part> [ <forvehicle> ] [ en <place> ]"));
    g.rule(QStringLiteral("add"),
        split(u"( agrega|agrégame|agrégale|añade|pon|ponme|mete|súmale|échale ) [ <qty>|<det> ] <part> "
              u"[ <forvehicle> ]|( agrega|agrégale ) [ <n> del|el ] <ordinal>|me llevo <qty> <part>|"
              u"agrega al carrito [ <det> ] <part>"));
    g.rule(QStringLiteral("remove"),
        split(u"( quita|quítale|elimina|borra|saca ) ( la línea <n>|el renglón <n>|la <ordinal> línea|"
              u"el <ordinal>|<det> <part> [ del ticket ]|eso )"));
    g.rule(QStringLiteral("quantity"),
        split(u"cambia ( la línea <n>|[ la cantidad de ] [ <det> ] <part> ) a <n>|que sean <n> [ <part> ]|"
              u"ponle <n> a la línea <n>|súbele a <n> [ <det> ] <part>|ajusta la línea <n> a <n>"));
    g.rule(QStringLiteral("order"),
        split(u"( cómo va|estado de ) la orden ( <n>|[ del <car> ] [ de <person> ]|del cliente <person> )|"
              u"folio <n>|ya está listo el <car> de <person>|cómo va el ( carro|coche ) de <person>|"
              u"ya quedó la camioneta de <person>|avance del <car> de <person>|orden de servicio de <person>"));
    g.rule(QStringLiteral("customer"),
        split(u"( busca|búscame ) [ al ] cliente <person>|datos del cliente <person>|cliente <person>|"
              u"cuál es el teléfono del cliente <person>"));
    g.rule(QStringLiteral("sales"),
        split(u"cuánto llevamos vendido hoy|resumen de ventas [ de hoy ]|cómo van las ventas|"
              u"dame el corte del día|ventas del día|cuántas ventas llevamos|cuánto vendimos hoy"));
    // What Chalán does not do by voice: heard as itself so the parser refuses it, never mistaken for a command.
    g.rule(QStringLiteral("refused"),
        split(u"cancela la ( venta|orden <n> )|cóbrale al cliente|factura la venta|abre la caja|imprime el ticket|"
              u"borra todo|quita todo del ticket|apaga la computadora|dame un descuento|llama a <person>|"
              u"manda un whatsapp al cliente <person>|elimina al cliente <person>"));
    return g;
}

} // namespace nexus
