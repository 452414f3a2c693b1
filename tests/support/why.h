// why(result): the error text of a Result for QVERIFY2 messages, empty when it holds a value.
// Qt 6.4's QVERIFY2 evaluates its message even when the check passes, so never call .error() there directly.
#pragma once

#include <QByteArray>

namespace nexus::test {

template <typename R>
[[nodiscard]] QByteArray why(const R &result)
{
    return result.has_value() ? QByteArray() : result.error().logMessage().toUtf8();
}

} // namespace nexus::test
