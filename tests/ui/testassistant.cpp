// Chalán's panel in the real app: Ctrl+Space opens it on any screen, a typed question gives part cards, "Add" puts
// the part on the sale's real ticket, a cashier is refused the sales summary, spoken replies are saved per user,
// and without a speech engine or a microphone the panel says so and keeps working. Leaves screenshots
// (NEXUS_SHOTS_DIR).
#include "salefixture.h"
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "why.h"

#include "assistant/assistant.h"
#include "assistant/assistantdock.h"
#include "assistant/assistantpanel.h"
#include "assistant/microphone.h"
#include "assistant/speaker.h"
#include "main/area.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>

using namespace nexus;
using namespace nexus::test;

class TestAssistantPanel final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    QString m_sku;
    qint64 m_partId = 0;
    QString m_shots;

    QString dir() const { return m_dir.path(); }

    QString setting(const QString &key)
    {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("probe"));
        return store ? (*store)->setting(key).value_or(QString()) : QString();
    }

    // Types into the panel's box and presses Enter, as a cashier would (QTest types ASCII only: accented text is
    // entered as an input method would commit it).
    void type(AssistantPanel *panel, const QString &text)
    {
        const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
        if (ascii)
            QTest::keyClicks(panel->input(), text);
        else
            panel->input()->insert(text);
        QTest::keyClick(panel->input(), Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_TTS_ENGINE", "none"); // no speech daemon in the test: the panel must say it cannot speak
        initUiTests();
        m_shots = shotsDir("NEXUS_SHOTS_DIR", QDir::temp().filePath(QStringLiteral("nexus-shots/assistant")));
        const std::optional<SaleFixture::CatalogPart> part = SaleFixture::assistantCounter(dir(),
            { QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
                QStringLiteral("4821") });
        QVERIFY(part.has_value());
        m_partId = part->id;
        m_sku = part->sku;
    }

    void pickLocalePrefersMexicanSpanish()
    {
        const QLocale mx(QLocale::Spanish, QLocale::Mexico);
        const QLocale latam(QLocale::Spanish, QLocale::LatinAmerica);
        const QLocale spain(QLocale::Spanish, QLocale::Spain);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Speaker::pickLocale({ us, spain, latam, mx }), mx);
        QCOMPARE(Speaker::pickLocale({ us, spain, latam }), latam);
        QCOMPARE(Speaker::pickLocale({ us, spain }), spain);
        QVERIFY(!Speaker::pickLocale({ us }).has_value());
        QVERIFY(!Speaker::pickLocale({}).has_value());
    }

    void audioOutputIsLookedFor()
    {
        TempDir devices;
        TempDir runtime;
        QVERIFY(!Speaker::hasAudioOutput(devices.path(), runtime.path()) || qEnvironmentVariableIsSet("PULSE_SERVER"));
        QFile capture(devices.file(QStringLiteral("pcmC0D0c"))); // a microphone is not an output
        QVERIFY(capture.open(QIODevice::WriteOnly));
        capture.close();
        QVERIFY(!Speaker::hasAudioOutput(devices.path(), runtime.path()) || qEnvironmentVariableIsSet("PULSE_SERVER"));
        QFile playback(devices.file(QStringLiteral("pcmC0D0p")));
        QVERIFY(playback.open(QIODevice::WriteOnly));
        playback.close();
        QVERIFY(Speaker::hasAudioOutput(devices.path(), runtime.path()));
        TempDir devicesNone;
        QVERIFY(QDir(runtime.path()).mkpath(QStringLiteral("pulse")));
        QFile socket(runtime.file(QStringLiteral("pulse/native")));
        QVERIFY(socket.open(QIODevice::WriteOnly));
        socket.close();
        QVERIFY(Speaker::hasAudioOutput(devicesNone.path(), runtime.path()));
    }

    void typeAskAndAddToTheSale()
    {
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = session.main()->saleScreen();
        QTRY_VERIFY(sale->ensureReady());

        // Ctrl+Space from another screen opens Chalán with the cursor in its box.
        QVERIFY(session.main()->showArea(Area::Workshop));
        AssistantDock *dock = session.main()->assistantDock();
        QVERIFY(dock && !dock->isVisible());
        QVERIFY(!dock->panel()->speaker()->isStarted()); // no speech daemon until someone opens Chalán
        QTest::keyClick(session.main(), Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(dock->isVisible());
        AssistantPanel *panel = dock->panel();
        QTRY_VERIFY(panel->input()->hasFocus());

        // No speech engine here: the panel says so and the speaker buttons are off.
        auto *audio = panel->findChild<QLabel *>(QStringLiteral("assistantAudioStatus"));
        QVERIFY(audio && audio->isVisible() && !audio->text().isEmpty());

        // No microphone either (no sound server): the button is off and the panel says why, in Spanish.
        auto *mic = panel->findChild<QToolButton *>(QStringLiteral("assistantMicButton"));
        auto *micStatus = panel->findChild<QLabel *>(QStringLiteral("assistantMicStatus"));
        QVERIFY(mic && micStatus);
        QVERIFY(panel->microphone() && !panel->microphone()->isAvailable());
        QVERIFY(!mic->isEnabled());
        QVERIFY2(micStatus->isVisible()
                && micStatus->text().startsWith(QString::fromUtf8("No hay micrófono en esta computadora")),
            qPrintable(micStatus->text()));
        QCOMPARE(mic->toolTip(), micStatus->text());
        QTest::keyClick(session.main(), Qt::Key_M, Qt::ControlModifier); // Ctrl+M does nothing harmful
        QVERIFY(!panel->isListening());
        shoot(panel, m_shots, "assistant-no-microphone");

        type(panel, QString::fromUtf8("¿tienes bujías para un Tsuru 2010?"));
        QVERIFY2(!panel->lastReply().parts.isEmpty(), qPrintable(panel->lastReply().text));
        QCOMPARE(panel->lastReply().intent.vehicle.year, 2010);
        QTest::qWait(50); // new bubbles and cards are shown by the event loop
        QVERIFY(panel->findChild<QWidget *>(QStringLiteral("assistantReplyBubble"))->isVisible());
        shoot(panel, m_shots, "assistant-search");

        // Ask for the part by its SKU and press the card's "Agregar": the sale's real cart gets it.
        type(panel, QStringLiteral("busca ") + m_sku);
        QCOMPARE(panel->lastReply().parts.front().sku, m_sku);
        QCOMPARE(panel->lastReply().parts.front().stockHere, Quantity::units(6));
        QList<QPushButton *> adds = panel->findChildren<QPushButton *>(QStringLiteral("assistantAddButton"));
        QPushButton *add = nullptr;
        for (QPushButton *button : adds) {
            if (button->property("partId").toLongLong() == m_partId)
                add = button; // the newest card of that part
        }
        QVERIFY(add);
        QCOMPARE(sale->cartModel()->rowCount(), 0);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE(sale->cartModel()->rowCount(), 1);
        QCOMPARE(sale->cartModel()->cart().lines().front().item.sku, m_sku);
        QCOMPARE(sale->cartModel()->cart().lines().front().item.warehouseId, SaleFixture::kBack); // where the stock is
        QVERIFY(panel->lastReply().changedCart);
        QCOMPARE(session.main()->currentArea(), Area::Sale); // the ticket comes into view

        // Spoken: "que sean tres" changes the line; "agrega dos filtros de aceite" only offers choices.
        type(panel, QStringLiteral("que sean tres"));
        QCOMPARE(sale->cartModel()->cart().lines().front().quantity, Quantity::units(3));
        type(panel, QStringLiteral("agrega dos filtros de aceite"));
        QVERIFY(panel->lastReply().parts.size() > 1);
        QCOMPARE(sale->cartModel()->rowCount(), 1);

        // A cashier asking for today's sales is refused.
        type(panel, QString::fromUtf8("¿cuánto llevamos vendido hoy?"));
        QVERIFY(panel->lastReply().refused);

        // Not understood: suggestions, nothing done.
        type(panel, QStringLiteral("borra todo"));
        QVERIFY(!panel->lastReply().understood);
        QCOMPARE(sale->cartModel()->rowCount(), 1);
        const QList<QLabel *> suggestions = panel->findChildren<QLabel *>(QStringLiteral("assistantSuggestion"));
        QCOMPARE(suggestions.size(), Assistant::suggestions().size());
        QTest::qWait(50);
        auto *conversation = panel->findChild<QScrollArea *>(QStringLiteral("assistantConversation"));
        QVERIFY(conversation->widget()->width() <= conversation->viewport()->width()); // nothing cut on the right
        shoot(panel, m_shots, "assistant-conversation");

        // A suggestion is a question one tap away: clicked, it is asked and understood.
        QLabel *first = suggestions.front();
        const QString suggested = Assistant::suggestions().front();
        QTest::mouseClick(first, Qt::LeftButton, {}, QPoint(6, first->height() / 2));
        QTRY_VERIFY2(panel->lastReply().understood, qPrintable(panel->lastReply().text));
        QList<QLabel *> texts = panel->findChildren<QLabel *>(QStringLiteral("assistantBubbleText"));
        QVERIFY(std::any_of(
            texts.cbegin(), texts.cend(), [&suggested](QLabel *text) { return text->text() == suggested; }));
        QCOMPARE(sale->cartModel()->rowCount(), 1);

        // Spoken replies: saved for this user.
        auto *toggle = panel->findChild<QToolButton *>(QStringLiteral("assistantSpeakToggle"));
        QVERIFY(toggle && !toggle->isChecked());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(panel->spokenReplies());
        QCOMPARE(setting(AssistantPanel::speakSettingKey(QStringLiteral("user-maria"))), QStringLiteral("1"));

        // Ctrl+Space again hides it.
        QTest::keyClick(panel->input(), Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(!dock->isVisible());
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    useOffscreenScreen(config, 1366, 768); // the counter's screen
    qputenv("PULSE_SERVER", "unix:/nonexistent/nexus-no-sound"); // no sound server: no microphone, whatever the host
    QApplication app(argc, argv);
    TestAssistantPanel test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "testassistant.moc"
