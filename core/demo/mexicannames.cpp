// Frequent Mexican given names and surnames, and the usual shapes of business names around an auto-parts counter.
#include "demo/mexicannames.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

namespace nexus::demo {

namespace {

constexpr std::array kMaleNames { "JUAN", "JOSE LUIS", "JOSE", "MIGUEL ANGEL", "JESUS", "FRANCISCO", "ALEJANDRO",
    "LUIS", "CARLOS", "ANTONIO", "JUAN CARLOS", "ROBERTO", "RICARDO", "FERNANDO", "JORGE", "EDUARDO", "MANUEL",
    "RAFAEL", "SERGIO", "DAVID", "JAVIER", "ARTURO", "MARIO", "OSCAR", "DANIEL", "PEDRO", "RAUL", "HECTOR", "GERARDO",
    "ENRIQUE", "VICTOR MANUEL", "ALBERTO", "MARTIN", "RAMON", "GUILLERMO", "ARMANDO", "ALFREDO", "JOSE ANTONIO",
    "JUAN MANUEL", "SALVADOR", "IGNACIO", "ADRIAN", "GABRIEL", "ERNESTO", "RODOLFO", "OMAR", "ISRAEL", "HUGO", "CESAR",
    "ALONSO" };
constexpr std::array kFemaleNames { "MARIA GUADALUPE", "GUADALUPE", "MARIA", "JUANA", "MARGARITA", "VERONICA",
    "LETICIA", "ROSA MARIA", "PATRICIA", "ELIZABETH", "ALEJANDRA", "GABRIELA", "LAURA", "ADRIANA", "SILVIA", "MARTHA",
    "ANA MARIA", "CLAUDIA", "MONICA", "YOLANDA", "ARACELI", "SANDRA", "NORMA", "MARIA ELENA", "LUCIA", "BEATRIZ",
    "ROCIO", "TERESA", "ANDREA", "DANIELA", "FERNANDA", "KARLA", "MARIANA", "SOFIA", "ESTHER", "LORENA", "ALMA", "IRMA",
    "CAROLINA", "ELSA" };
constexpr std::array kSurnames { "HERNANDEZ", "GARCIA", "MARTINEZ", "LOPEZ", "GONZALEZ", "RODRIGUEZ", "PEREZ",
    "SANCHEZ", "RAMIREZ", "CRUZ", "FLORES", "GOMEZ", "MORALES", "VAZQUEZ", "REYES", "JIMENEZ", "TORRES", "DIAZ",
    "GUTIERREZ", "RUIZ", "MENDOZA", "AGUILAR", "ORTIZ", "MORENO", "CASTILLO", "ROMERO", "ALVAREZ", "MENDEZ", "CHAVEZ",
    "RIVERA", "JUAREZ", "RAMOS", "DOMINGUEZ", "HERRERA", "MEDINA", "CASTRO", "VARGAS", "GUZMAN", "VELAZQUEZ", "MUÑOZ",
    "ROJAS", "CONTRERAS", "SALAZAR", "LUNA", "ORTEGA", "SANTIAGO", "GUERRERO", "ESTRADA", "BAUTISTA", "CORTES", "SOTO",
    "ALVARADO", "ESPINOZA", "LARA", "AVILA", "RIOS", "CERVANTES", "SILVA", "DELGADO", "VEGA", "MARQUEZ", "SANDOVAL",
    "FERNANDEZ", "LEON", "CARRILLO", "IBARRA", "NUÑEZ", "PEÑA", "CAMACHO", "NAVARRO", "ROSALES", "VILLANUEVA",
    "CABRERA", "OROZCO", "MEJIA", "ZUÑIGA", "VALENCIA", "PADILLA", "CAMPOS", "ACOSTA", "BECERRA", "VALDEZ", "ARELLANO",
    "FIGUEROA", "VILLA", "GALLEGOS", "MACIAS", "ZAMORA", "TAPIA", "DE LA CRUZ", "DEL RIO", "DE LEON" };
constexpr std::array kRegions { "DEL OCCIDENTE", "DEL BAJIO", "DEL PACIFICO", "DEL NOROESTE", "DEL NORTE", "DE JALISCO",
    "DE BAJA CALIFORNIA" };

template <std::size_t N> QString pick(Rng &rng, const std::array<const char *, N> &values)
{
    return QString::fromUtf8(values[rng.index(N)]);
}

// The SAT registers names without accents; people write them with: restore the usual ones for display.
constexpr std::array<std::pair<const char *, const char *>, 48> kAccented { {
    { "RAMIREZ", "Ramírez" },
    { "DOMINGUEZ", "Domínguez" },
    { "MARTINEZ", "Martínez" },
    { "HERNANDEZ", "Hernández" },
    { "GARCIA", "García" },
    { "LOPEZ", "López" },
    { "GONZALEZ", "González" },
    { "RODRIGUEZ", "Rodríguez" },
    { "PEREZ", "Pérez" },
    { "SANCHEZ", "Sánchez" },
    { "GOMEZ", "Gómez" },
    { "VAZQUEZ", "Vázquez" },
    { "JIMENEZ", "Jiménez" },
    { "DIAZ", "Díaz" },
    { "GUTIERREZ", "Gutiérrez" },
    { "ALVAREZ", "Álvarez" },
    { "MENDEZ", "Méndez" },
    { "CHAVEZ", "Chávez" },
    { "JUAREZ", "Juárez" },
    { "GUZMAN", "Guzmán" },
    { "VELAZQUEZ", "Velázquez" },
    { "AVILA", "Ávila" },
    { "RIOS", "Ríos" },
    { "MARQUEZ", "Márquez" },
    { "FERNANDEZ", "Fernández" },
    { "LEON", "León" },
    { "MEJIA", "Mejía" },
    { "MACIAS", "Macías" },
    { "CORTES", "Cortés" },
    { "JESUS", "Jesús" },
    { "JOSE", "José" },
    { "MARIA", "María" },
    { "RAUL", "Raúl" },
    { "HECTOR", "Héctor" },
    { "MARTIN", "Martín" },
    { "RAMON", "Ramón" },
    { "ADRIAN", "Adrián" },
    { "OSCAR", "Óscar" },
    { "CESAR", "César" },
    { "VERONICA", "Verónica" },
    { "MONICA", "Mónica" },
    { "LUCIA", "Lucía" },
    { "SOFIA", "Sofía" },
    { "ROCIO", "Rocío" },
    { "ANGEL", "Ángel" },
    { "GUERRERO", "Guerrero" },
    { "MUÑOZ", "Muñoz" },
    { "NUÑEZ", "Núñez" },
} };

QString titleCase(const QString &upper)
{
    QStringList words = upper.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        const auto accented = std::find_if(kAccented.begin(), kAccented.end(),
            [&word](const auto &entry) { return word == QString::fromUtf8(entry.first); });
        if (accented != kAccented.end()) {
            word = QString::fromUtf8(accented->second);
            continue;
        }
        word = word.toLower();
        if (word != QLatin1String("de") && word != QLatin1String("del") && word != QLatin1String("la"))
            word[0] = word.at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

QString PersonName::display() const
{
    return titleCase(given.split(QLatin1Char(' ')).first() + QLatin1Char(' ') + paternal);
}

PersonName randomPerson(Rng &rng)
{
    PersonName person;
    person.female = rng.chance(450);
    person.given = person.female ? pick(rng, kFemaleNames) : pick(rng, kMaleNames);
    person.paternal = pick(rng, kSurnames);
    person.maternal = rng.chance(30) ? QString() : pick(rng, kSurnames); // a few have one surname only
    return person;
}

BusinessName randomBusiness(Rng &rng, const QString &city)
{
    const QString surname = pick(rng, kSurnames);
    const QString region = pick(rng, kRegions);
    switch (rng.below(10)) {
    case 0:
    case 1:
        return { QStringLiteral("TALLER MECANICO ") + surname, BusinessKind::Workshop };
    case 2:
        return { QStringLiteral("SERVICIO AUTOMOTRIZ ") + surname + QLatin1Char(' ') + pick(rng, kSurnames),
            BusinessKind::Workshop };
    case 3:
        return { QStringLiteral("REFACCIONARIA ") + surname + QLatin1Char(' ') + region, BusinessKind::PartsStore };
    case 4:
        return { QStringLiteral("AUTOPARTES Y ACCESORIOS DE ") + city, BusinessKind::PartsStore };
    case 5:
    case 6:
        return { QStringLiteral("TRANSPORTES ") + surname + QLatin1Char(' ') + region, BusinessKind::Transport };
    case 7:
        return { QStringLiteral("FLETES Y MUDANZAS ") + surname, BusinessKind::Transport };
    case 8:
        return { QStringLiteral("CONSTRUCTORA ") + surname + QLatin1Char(' ') + pick(rng, kSurnames),
            BusinessKind::Other };
    default:
        return { QStringLiteral("DISTRIBUIDORA ") + surname + QLatin1Char(' ') + region, BusinessKind::Other };
    }
}

} // namespace nexus::demo
