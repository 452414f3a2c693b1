// One row of Chalán's intent table (tests/data/assistant/intents.tsv): a phrasing, the intent kind it must give and
// the slots it must fill. The intent test and `nexus-bench voice` read the same table and judge rows the same way.
#pragma once

#include <QList>
#include <QString>

#include "assistant/intent.h"
#include "common/error.h"

namespace nexus {

struct IntentCase
{
    int line = 0;
    QString phrase;
    QString kind; // intentKindCode()
    QString slots; // "qty=2|year=2015|model=Tsuru"; part and person compared after SearchText::normalize

    // Lines "phrase<TAB>kind<TAB>slots"; '#' lines and blank lines are skipped. Errors name the line ("table").
    [[nodiscard]] static Result<QList<IntentCase>> readTable(const QString &path);
    // Empty when `intent` is what the row wants; else what differs ("qty: 0 ≠ 2").
    [[nodiscard]] QString mismatch(const Intent &intent) const;
};

} // namespace nexus
