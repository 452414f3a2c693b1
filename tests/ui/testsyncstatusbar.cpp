// The status bar's sync texts: state, pending count, last sync, and the "as of" of other branches' stock and of
// head office's prices in the last-sync tooltip, as SyncStatus carries them from the engine.
#include "client/syncstatus.h"
#include "main/syncstatusbar.h"

#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace nexus;

class TestSyncStatusBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsStatePendingAndHowFreshThePulledStateIs()
    {
        SyncStatus status;
        SyncStatusBar bar(status, DeviceIdentity {});
        auto *state = bar.findChild<QLabel *>(QStringLiteral("syncStateLabel"));
        auto *pending = bar.findChild<QLabel *>(QStringLiteral("syncPendingLabel"));
        auto *last = bar.findChild<QLabel *>(QStringLiteral("syncLastLabel"));
        QVERIFY(state && pending && last);
        QCOMPARE(last->text(), QStringLiteral("Not synced yet"));
        QCOMPARE(last->toolTip(),
            QStringLiteral(
                "Other branches' stock as of not yet received\nPrices from head office as of not yet received"));

        status.setState(SyncStatus::State::Online);
        status.setPendingCount(3);
        const QDateTime stockAt = QDateTime(QDate(2020, 1, 15), QTime(20, 2), Qt::UTC);
        status.setLastSyncUtc(stockAt);
        status.setPulledAt({ { QStringLiteral("stock"), stockAt } });
        QCOMPARE(state->text(), QStringLiteral("Online"));
        QCOMPARE(pending->text(), QStringLiteral("3 pending change(s)"));
        const QString at = QLocale().toString(stockAt.toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(last->text(), QStringLiteral("Last sync: %1").arg(at));
        QCOMPARE(last->toolTip(),
            QStringLiteral("Other branches' stock as of %1\nPrices from head office as of not yet received").arg(at));

        status.setState(SyncStatus::State::Offline);
        QCOMPARE(state->text(), QStringLiteral("Offline — sales are kept on this computer"));
        QVERIFY(last->toolTip().contains(at)); // offline, the copy and its "as of" stay what they were
    }
};

QTEST_MAIN(TestSyncStatusBar)
#include "testsyncstatusbar.moc"
