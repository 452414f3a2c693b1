// The notification bell and the Notificaciones dialog after a real login: the bell counts unread in-app notices,
// a click opens the list (reading them takes the count to zero), the log filters by state, says why a customer was not
// written to and resends a failed message, and a manager's template editor previews with sample data and names an unknown placeholder.
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"

#include "client/notifications/channelsettings.h"
#include "client/secretstore.h"
#include "notifications/channelsettingsform.h"
#include "notifications/notificationbell.h"
#include "notifications/notificationlogmodel.h"
#include "notifications/notificationsdialog.h"
#include "notifications/notificationservice.h"
#include "notifications/templateeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace nexus;
using namespace nexus::test;

class TestNotificationsUi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDir> m_dir;
    QString m_shots;

    static void lowStock(NotificationService &service, const QString &eventId, const QString &part)
    {
        Result<int> queued = service.notify(NotificationEvent::LowStock, eventId, {},
            { { QStringLiteral("pieza"), part }, { QStringLiteral("existencia"), QStringLiteral("2") },
                { QStringLiteral("minimo"), QStringLiteral("5") },
                { QStringLiteral("sucursal"), QStringLiteral("Sucursal Centro") } },
            QStringLiteral("part"), QStringLiteral("1"));
        QVERIFY2(queued.has_value() && *queued >= 1, qPrintable(queued ? QString() : queued.error().logMessage()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        m_shots = shotsDir("NEXUS_SHOTS_DIR", QDir::temp().filePath(QStringLiteral("nexus-shots/notifications")));
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(DeviceFixture::enroll(m_dir->path()));
        QVERIFY(DeviceFixture::addUser(m_dir->path(), { QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"),
                                                          Role::Manager, QStringLiteral("gerencia"), {} }));
        QVERIFY(DeviceFixture::addUser(m_dir->path(), { QStringLiteral("maria"), QString::fromUtf8("María López"),
                                                          Role::Cashier, QStringLiteral("caja"), {} }));
    }
    void cleanup() { m_dir.reset(); }

    void bellCountsAndDialogWorks()
    {
        UiSession session(m_dir->path());
        QVERIFY(session.signInAndWait(QStringLiteral("jorge"), QStringLiteral("gerencia")));
        session.main()->resize(1280, 800);
        NotificationService &service = session.main()->notifications();
        auto *bell = session.mainChild<NotificationBell>("notificationBell");
        QVERIFY(bell && bell->isVisible());
        QCOMPARE(bell->unreadCount(), 0);

        lowStock(service, QStringLiteral("ev-1"), QString::fromUtf8("Balata cerámica (BAL-1)"));
        lowStock(service, QStringLiteral("ev-2"), QStringLiteral("Filtro de aceite (FIL-2)"));
        // A customer message that failed at the provider, for the log.
        Result<int> order = service.notify(NotificationEvent::OrderReady, QStringLiteral("ev-3"),
            { {}, QStringLiteral("8112345678"), {} },
            { { QStringLiteral("cliente"), QString::fromUtf8("José Núñez") },
                { QStringLiteral("vehiculo"), QStringLiteral("Nissan Tsuru 2015") },
                { QStringLiteral("folio"), QStringLiteral("OS-000007") },
                { QStringLiteral("monto"), QStringLiteral("$2,450.00") }, { QStringLiteral("enlace"), QString() },
                { QStringLiteral("sucursal"), QStringLiteral("Sucursal Centro") } },
            QStringLiteral("service_order"), QStringLiteral("o-7"));
        QVERIFY(order.has_value());
        QCOMPARE(*order, 2); // WhatsApp + in-app; no e-mail address: logged as not sent
        Result<std::optional<NotificationMessage>> claimed
            = service.store().claimDue(QStringLiteral("9999-12-31T00:00:00.000Z"), { NotificationChannel::WhatsApp });
        QVERIFY(claimed.has_value() && claimed->has_value());
        QVERIFY(service.store()
                    .markFailed((*claimed)->id,
                        QStringLiteral("HTTP 400, code 131026: (#131026) Message undeliverable — Receiver is "
                                       "incapable of receiving this message"))
                    .has_value());

        // The bell polls; refresh() is what its timer calls.
        bell->refresh();
        QCOMPARE(bell->unreadCount(), 3);
        shoot(session.main(), m_shots, "bell");

        bool checked = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<NotificationsDialog *>(modal);
            const auto close = qScopeGuard([modal] { modal->close(); }); // also when a check fails
            QVERIFY(dialog);
            dialog->resize(1180, 560);
            QCOMPARE(dialog->noticesView()->model()->rowCount(), 3);
            QVERIFY(dialog->noticesView()->model()->index(0, NotificationLogModel::Detail).data().toString().contains(
                QStringLiteral("OS-000007")));
            QCOMPARE(dialog->tabs()->count(), 4); // a manager edits templates and channels
            shoot(dialog, m_shots, "notices");

            dialog->tabs()->setCurrentIndex(1);
            QCOMPARE(dialog->logView()->model()->rowCount(), 5);
            // The e-mail the customer could not get: "not sent" and why, and it cannot be resent.
            dialog->stateFilter()->setCurrentIndex(
                dialog->stateFilter()->findData(static_cast<int>(MessageState::Skipped)));
            QCOMPARE(dialog->logView()->model()->rowCount(), 1);
            const QAbstractItemModel *log = dialog->logView()->model();
            QCOMPARE(log->index(0, NotificationLogModel::Channel).data().toString(),
                channelTitle(NotificationChannel::Email));
            QCOMPARE(log->index(0, NotificationLogModel::State).data().toString(), stateTitle(MessageState::Skipped));
            QCOMPARE(log->index(0, NotificationLogModel::Recipient).data().toString(), QStringLiteral("—"));
            QCOMPARE(log->index(0, NotificationLogModel::Detail).data().toString(),
                skipReasonTitle(SkipReason::NoEmail));
            dialog->logView()->selectRow(0);
            QVERIFY(!dialog->resendButton()->isEnabled());
            shoot(dialog, m_shots, "log-skipped");
            dialog->stateFilter()->setCurrentIndex(dialog->stateFilter()->findData(static_cast<int>(MessageState::Failed)));
            QCOMPARE(dialog->logView()->model()->rowCount(), 1);
            QVERIFY(!dialog->resendButton()->isEnabled());
            dialog->logView()->selectRow(0);
            QVERIFY(dialog->resendButton()->isEnabled());
            shoot(dialog, m_shots, "log-failed");
            QTest::mouseClick(dialog->resendButton(), Qt::LeftButton);
            QCOMPARE(dialog->logView()->model()->rowCount(), 0); // no longer failed
            QCOMPARE(service.store().message((*claimed)->id)->state, MessageState::Queued);

            dialog->tabs()->setCurrentIndex(2);
            TemplateEditor *editor = dialog->templateEditor();
            QVERIFY(editor);
            int whatsappReady = -1;
            for (int row = 0; row < editor->list()->count(); ++row)
                if (editor->list()->item(row)->text()
                    == eventTitle(NotificationEvent::OrderReady) + QStringLiteral(" · ")
                        + channelTitle(NotificationChannel::WhatsApp))
                    whatsappReady = row;
            QVERIFY(whatsappReady >= 0);
            editor->list()->setCurrentRow(whatsappReady);
            QVERIFY2(editor->preview()->toPlainText().contains(QString::fromUtf8("María José Hernández")),
                qPrintable(editor->preview()->toPlainText()));
            shoot(dialog, m_shots, "templates");
            editor->bodyEdit()->setFocus();
            editor->bodyEdit()->moveCursor(QTextCursor::End);
            QTest::keyClicks(editor->bodyEdit(), QStringLiteral(" {kilometraje}"));
            QVERIFY2(editor->preview()->toPlainText().contains(QStringLiteral("{kilometraje}")),
                qPrintable(editor->preview()->toPlainText()));
            shoot(dialog, m_shots, "templates-error");
            checked = true;
        });
        QTest::mouseClick(bell, Qt::LeftButton);
        QVERIFY(checked);
        QCOMPARE(bell->unreadCount(), 0); // reading the list
    }

    void managerSetsTheChannels()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        const auto unset = qScopeGuard([] { qunsetenv("NEXUS_SECRET_STORE"); });
        UiSession session(m_dir->path());
        QVERIFY(session.signInAndWait(QStringLiteral("jorge"), QStringLiteral("gerencia")));
        bool checked = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<NotificationsDialog *>(modal);
            const auto close = qScopeGuard([modal] { modal->close(); });
            QVERIFY(dialog && dialog->channelSettings());
            QCOMPARE(dialog->tabs()->tabText(3), QStringLiteral("Canales"));
            dialog->tabs()->setCurrentWidget(dialog->channelSettings());
            ChannelSettingsForm *form = dialog->channelSettings();
            QTRY_VERIFY(form->isVisible());
            const auto tick = [form](const char *name) {
                auto *box = form->findChild<QCheckBox *>(QString::fromLatin1(name));
                box->setFocus();
                QTest::keyClick(box, Qt::Key_Space);
                return box->isChecked();
            };
            auto edit = [form](const char *name) { return form->findChild<QLineEdit *>(QString::fromLatin1(name)); };
            auto *status = form->findChild<QLabel *>(QStringLiteral("channelStatus"));
            QVERIFY(status);
            QVERIFY(tick("whatsappEnabled"));
            QTest::keyClicks(edit("whatsappPhoneId"), QStringLiteral("10987abc"));
            QTest::keyClicks(edit("whatsappToken"), QStringLiteral("EAAG-token-de-prueba"));
            QTest::keyClick(edit("whatsappToken"), Qt::Key_S, Qt::ControlModifier);
            // Letters in the phone number id: named under the form, the field takes the focus, nothing written.
            QVERIFY2(status->text().contains(QStringLiteral("solo dígitos")), qPrintable(status->text()));
            QVERIFY(edit("whatsappPhoneId")->hasFocus());
            QVERIFY(!SecretStore(m_dir->path()).read(QStringLiteral("whatsapp-token")).has_value());
            edit("whatsappPhoneId")->clear();
            QTest::keyClicks(edit("whatsappPhoneId"), QStringLiteral("109876543210"));
            QVERIFY(tick("smtpEnabled"));
            QTest::keyClicks(edit("smtpUrl"), QStringLiteral("smtps://smtp.refaccionaria.mx:465"));
            QTest::keyClicks(edit("smtpFrom"), QStringLiteral("avisos@refaccionaria.mx"));
            QTest::keyClicks(edit("smtpFromName"), QStringLiteral("Refaccionaria Martinez"));
            QTest::keyClicks(edit("smtpUser"), QStringLiteral("avisos"));
            QTest::keyClicks(edit("smtpPassword"), QStringLiteral("clave-smtp"));
            QTest::keyClicks(edit("staffEmail"), QStringLiteral("gerencia@refaccionaria.mx"));
            QTest::keyClick(edit("staffEmail"), Qt::Key_S, Qt::ControlModifier);
            QVERIFY2(status->text().contains(QStringLiteral("Canales guardados")), qPrintable(status->text()));
            // Stored secrets are not shown again: the fields are empty and say so.
            QVERIFY(edit("whatsappToken")->text().isEmpty());
            QVERIFY(edit("whatsappToken")->placeholderText().contains(QStringLiteral("Guardado")));
            QVERIFY(dialog->channelsSaved());
            shoot(dialog, m_shots, "notifications-channels-1366");
            checked = true;
        });
        QTest::mouseClick(session.mainChild<NotificationBell>("notificationBell"), Qt::LeftButton);
        QVERIFY(checked);
        // The settings and the secrets the dispatcher reads (it was restarted with them).
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(m_dir->path()).filePath(QStringLiteral("nexus.db")), QStringLiteral("check"));
        QVERIFY(store);
        SecretStore secrets(m_dir->path());
        Result<NotificationChannelSettings> saved = loadChannelSettings((*store)->db(), &secrets);
        QVERIFY(saved);
        QVERIFY(saved->whatsappEnabled && saved->smtpEnabled);
        QCOMPARE(saved->whatsappPhoneNumberId, QStringLiteral("109876543210"));
        QCOMPARE(saved->smtpUrl, QStringLiteral("smtps://smtp.refaccionaria.mx:465"));
        QCOMPARE(saved->staffEmail, QStringLiteral("gerencia@refaccionaria.mx"));
        QCOMPARE(*secrets.read(QStringLiteral("whatsapp-token")), QByteArray("EAAG-token-de-prueba"));
        QCOMPARE(*secrets.read(QStringLiteral("smtp-password")), QByteArray("clave-smtp"));
        Result<QVariant> inDb = (*store)->db().scalar(
            QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%EAAG%' OR value LIKE '%clave-smtp%'"));
        QCOMPARE(inDb->toInt(), 0); // never in nexus.db
    }

    void cashierHasNoTemplateEditor()
    {
        UiSession session(m_dir->path());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        bool checked = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<NotificationsDialog *>(modal);
            const auto close = qScopeGuard([modal] { modal->close(); });
            QVERIFY(dialog);
            QCOMPARE(dialog->tabs()->count(), 2);
            QVERIFY(!dialog->templateEditor());
            checked = true;
        });
        QTest::mouseClick(session.mainChild<NotificationBell>("notificationBell"), Qt::LeftButton);
        QVERIFY(checked);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    useOffscreenScreen(config, 1366, 800);
    QApplication app(argc, argv);
    TestNotificationsUi test;
    return QTest::qExec(&test, argc, argv);
}
#include "testnotifications.moc"
