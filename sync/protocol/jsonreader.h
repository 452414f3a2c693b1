// Reads typed fields out of a JSON object and remembers the first problem, naming the field's full path.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

#include "common/error.h"

namespace nexus::wire {

// Wire messages have many fields; checking a Result after each one would bury the mapping, so the reader
// keeps going with empty values after a problem and reports only the first one ("users[2].role is missing").
class JsonReader final
{
public:
    explicit JsonReader(QJsonObject object, QString path = {})
        : m_object(std::move(object)), m_path(std::move(path)) { }

    [[nodiscard]] QString string(QLatin1String name); // required, may not be empty
    [[nodiscard]] QString optionalString(QLatin1String name); // missing or null: empty
    [[nodiscard]] std::optional<QString> nullableString(QLatin1String name); // must be present, may be null
    [[nodiscard]] bool boolean(QLatin1String name);
    [[nodiscard]] qint64 integer(QLatin1String name);
    [[nodiscard]] QJsonObject object(QLatin1String name);
    [[nodiscard]] QJsonArray array(QLatin1String name);

    // The path of a member, for nested readers: "branch", "users[2]".
    [[nodiscard]] QString pathOf(QLatin1String name) const;
    [[nodiscard]] QString pathOf(QLatin1String name, qsizetype index) const;

    void setError(const Error &error);
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }
    [[nodiscard]] bool ok() const { return !m_error.has_value(); }

private:
    [[nodiscard]] std::optional<QJsonValue> member(QLatin1String name, bool allowNull);
    void wrongType(QLatin1String name, const char *typeName);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

// Parses a request or response body that must be one JSON object; the error names `what` ("request body").
[[nodiscard]] Result<QJsonObject> parseJsonObject(const QByteArray &body, const QString &what);

} // namespace nexus::wire
