// The sale screen of a signed-in counter, for the tests that sell and quote at it: signed in at the counter's screen
// size, ready to sell, and the documents it would open (a quote's PDF) recorded instead of shown.
#pragma once

#include "uisession.h"

#include "sale/salescreen.h"
#include "sale/searchclient.h"

#include <QLineEdit>
#include <QStringList>

namespace nexus::test {

// Signs `username` in at the counter (UiSession::signInAtCounter) and returns the sale screen once it is ready to
// sell; nullptr when a step failed.
[[nodiscard]] inline SaleScreen *signInToSell(UiSession &session, const QString &username, const QString &password)
{
    MainWindow *window = session.signInAtCounter(username, password);
    SaleScreen *sale = window ? window->saleScreen() : nullptr;
    return sale && sale->isReady() ? sale : nullptr;
}

// Keeps the path of every document the sale screen opens (a quote's PDF) in `opened`, which must outlive the screen's
// use of it, instead of handing it to the desktop.
inline void recordDocuments(SaleScreen *sale, QStringList &opened)
{
    sale->setDocumentOpener([&opened](const QString &path) {
        opened << path;
        return true;
    });
}

// Types `what` into the sale screen's search field as a person does and waits (up to 5 s) for the search worker's answer
// to `expected` (what the counter searches for: the text without a "3*" quantity): the text the last answer was for,
// empty when none came.
[[nodiscard]] inline QString searchAndWait(SaleScreen *sale, const QString &what, const QString &expected)
{
    auto *edit = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
    if (!edit)
        return {};
    edit->setFocus();
    edit->clear();
    QString answered;
    const QMetaObject::Connection connection = QObject::connect(
        sale->searchClient(), &SearchClient::answered, sale,
        [&answered](const SearchAnswer &answer) { answered = answer.text; }, Qt::DirectConnection);
    QTest::keyClicks(edit, what);
    (void)QTest::qWaitFor([&] { return answered == expected; });
    QObject::disconnect(connection);
    return answered;
}

} // namespace nexus::test
