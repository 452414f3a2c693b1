// A temporary folder per test with helpers to open real store files in it.
#pragma once

#include <QTemporaryDir>
#include <QString>

namespace nexus::test {

class TempDir final
{
public:
    TempDir() { m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("NEXUS_KEEP_TEST_FILES")); }
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace nexus::test
