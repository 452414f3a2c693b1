// One JSON line with the keys in the order a command documents (QJsonObject sorts them): vin decode, plate check.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <initializer_list>

#include <nlohmann/json.hpp>

namespace nexus::admin {

// `first` in that order, then the other keys of `object` alphabetically; compact, no newline.
inline QString orderedJsonLine(const QJsonObject &object, std::initializer_list<const char *> first)
{
    const nlohmann::json parsed
        = nlohmann::json::parse(QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
    nlohmann::ordered_json line;
    for (const char *key : first)
        if (parsed.contains(key))
            line[key] = parsed[key];
    for (const auto &[key, value] : parsed.items())
        if (!line.contains(key))
            line[key] = value;
    return QString::fromStdString(line.dump());
}

} // namespace nexus::admin
