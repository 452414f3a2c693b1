// Customer card data: descriptions and the tag normalisation the list filter and the facts share.
#include "customers/customercrm.h"

#include "catalog/searchtext.h"
#include "vehicles/plate.h"

#include <algorithm>

namespace nexus {

QString CustomerVehicle::describe() const
{
    QStringList parts;
    for (const QString &part : { fields.make, fields.model })
        if (!part.isEmpty())
            parts << part;
    if (fields.year > 0)
        parts << QString::number(fields.year);
    QString text = parts.join(QLatin1Char(' '));
    if (!fields.plates.isEmpty()) {
        const PlateCheck plate = checkPlate(fields.plates);
        const QString shown = plate.valid ? plate.formatted : fields.plates;
        text = text.isEmpty() ? shown : text + QStringLiteral(" · ") + shown;
    }
    if (text.isEmpty())
        text = fields.vin;
    return text;
}

QString noteKindCode(CustomerNoteKind kind)
{
    return kind == CustomerNoteKind::Call ? QStringLiteral("call") : QStringLiteral("note");
}

bool parseNoteKind(const QString &code, CustomerNoteKind &kind)
{
    if (code == QLatin1String("note"))
        kind = CustomerNoteKind::Note;
    else if (code == QLatin1String("call"))
        kind = CustomerNoteKind::Call;
    else
        return false;
    return true;
}

QStringList normalizeTags(const QStringList &typed)
{
    QStringList tags;
    for (const QString &raw : typed) {
        QString tag = SearchText::words(raw).join(QLatin1Char('-'));
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    std::sort(tags.begin(), tags.end());
    return tags;
}

QStringList parseTags(const QString &typed)
{
    return normalizeTags(typed.split(QLatin1Char(',')));
}

} // namespace nexus
