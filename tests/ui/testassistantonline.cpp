// Chalán online in the real app, in Spanish, against the fake chat-completions API (tests/fakes): a question the
// rules cannot read goes to the model, whose tool calls show part cards and put a part on the sale's real ticket, and
// whose words are shown as a bubble; a refused key gives the rules' answer with the reason; a cashier needs a
// manager's PIN for the settings; the settings dialog is driven by keyboard (https only, "Test", the key to the
// SecretStore). A follow-up ("¿y en la bodega?") reaches the model with the conversation before it; a new
// conversation (its button, another person, the next sale) sends none. The workshop kiosk offers Chalán too (button
// and Ctrl+Space) with the mechanic's permissions: a service-order question typed there is answered. Screenshots at
// 1366×768 into NEXUS_SHOTS_DIR.
#include "cashpayment.h"
#include "fakechatcompletions.h"
#include "kioskfixture.h"
#include "salefixture.h"
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "assistant/assistantdock.h"
#include "assistant/assistantpane.h"
#include "assistant/assistantpanel.h"
#include "assistant/llmsettingsdialog.h"
#include "client/llmsettings.h"
#include "client/onlineassistant.h"
#include "client/secretstore.h"
#include "common/clock.h"
#include "main/area.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"
#include "workshop/kioskwindow.h"
#include "workshop/serviceorderservice.h"
#include "workshop/workshopscreen.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kVague = QString::fromUtf8("oye, lo que te encargó el señor de la camioneta blanca");

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestAssistantOnline final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    QString m_sku;
    QString m_shots;
    QString m_folio;
    std::unique_ptr<FakeChatCompletions> m_fake;

    QString dir() const { return m_dir.path(); }

    // Types into a box and presses Enter (QTest types ASCII only: accented text is committed as an input method would).
    static void type(QLineEdit *input, const QString &text)
    {
        const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
        if (ascii)
            QTest::keyClicks(input, text);
        else
            input->insert(text);
        QTest::keyClick(input, Qt::Key_Return);
    }

    Status configure()
    {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("llm-probe"));
        if (!store)
            return std::unexpected(store.error());
        SecretStore secrets(dir());
        LlmConfig config;
        config.baseUrl = m_fake->url();
        config.model = m_fake->options().model;
        config.caFile = m_fake->caFile();
        return LlmSettings::save(**store, secrets, config, m_fake->options().apiKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_TTS_ENGINE", "none");
        qputenv("NEXUS_SECRET_STORE", "file"); // never the developer's keychain
        initUiTests();
        m_shots = shotsDir("NEXUS_SHOTS_DIR", QDir::temp().filePath(QStringLiteral("nexus-shots/assistant")));
        const std::optional<SaleFixture::CatalogPart> part = SaleFixture::assistantCounter(dir(),
            { QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
                QStringLiteral("4821") });
        QVERIFY(part.has_value());
        m_sku = part->sku;
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("beto"), QString::fromUtf8("Beto Salinas"), Role::Mechanic, QStringLiteral("taller"),
                QStringLiteral("4321") }));

        // An order of Beto's in the workshop, for the kiosk.
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("order-probe"));
        QVERIFY2(store.has_value(), why(store).constData());
        ServiceOrderService service((*store)->db(), Clock::system(),
            WorkshopContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, false, {} });
        NewServiceOrder order;
        order.customer = { {}, QString::fromUtf8("Laura Cantú"), QStringLiteral("55 1234 5678") };
        order.vehicle = { {}, QStringLiteral("XYZ-900-C"), {}, QStringLiteral("Nissan"), QStringLiteral("Versa"), 2019,
            64000 };
        order.complaint = QStringLiteral("Ruido al frenar");
        order.mechanicId = QStringLiteral("user-beto");
        order.mechanicName = QString::fromUtf8("Beto Salinas");
        order.promisedAt = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
        Result<ServiceOrder> opened = service.open(order,
            WorkshopActor { QStringLiteral("user-maria"), QString::fromUtf8("María López"), Role::Cashier });
        QVERIFY2(opened.has_value(), why(opened).constData());
        m_folio = opened->folio;

        Result<std::unique_ptr<FakeChatCompletions>> fake
            = FakeChatCompletions::start({ QDir(dir()).filePath(QStringLiteral("llm-tls")) });
        QVERIFY2(fake.has_value(), why(fake).constData());
        m_fake = std::move(*fake);
    }

    void cleanup()
    {
        QVERIFY2(m_fake->problems().isEmpty(), qPrintable(m_fake->problems().join(QStringLiteral("; "))));
    }

    // The manager's form, by keyboard: http:// is refused naming the address, "Test" asks the fake once, Enter saves
    // (the key to the SecretStore, never to the settings).
    void settingsDialogByKeyboard()
    {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("dialog-probe"));
        QVERIFY2(store.has_value(), why(store).constData());
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es_MX")));
        LlmSettingsDialog dialog(**store, dir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("llmUrl"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("llmStatus"));
        url->setFocus();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:1"));
        QTest::keyClick(url, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), m_fake->options().model);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), m_fake->options().apiKey);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), m_fake->caFile());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("https://")), qPrintable(status->text()));
        QCOMPARE(QApplication::focusWidget(), url);
        QVERIFY(!LlmSettings::load(**store).isConfigured());

        url->clear();
        QTest::keyClicks(url, m_fake->url());
        const int before = m_fake->requests();
        m_fake->answerContent(QStringLiteral("listo"));
        auto *probar = dialog.findChild<QPushButton *>(QStringLiteral("llmTest"));
        QCOMPARE(probar->text(), QStringLiteral("&Probar"));
        QTest::mouseClick(probar, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 20000);
        QVERIFY2(m_fake->requests() == before + 1, qPrintable(status->text()));
        QVERIFY2(status->text().contains(m_fake->options().model) && status->property("role").toString() != u"error",
            qPrintable(status->text()));
        shoot(&dialog, m_shots, "assistant-online-settings");

        QTest::keyClick(url, Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const LlmConfig saved = LlmSettings::load(**store);
        QCOMPARE(saved.baseUrl, m_fake->url());
        QCOMPARE(saved.model, m_fake->options().model);
        SecretStore secrets(dir());
        QCOMPARE(LlmSettings::apiKey(secrets), m_fake->options().apiKey);
        Result<QSqlQuery> rows = (*store)->db().exec(QStringLiteral("SELECT key, value FROM settings"));
        QVERIFY(rows.has_value());
        while (rows->next()) // the key is nowhere in the settings
            QVERIFY2(!rows->value(1).toString().contains(m_fake->options().apiKey), qPrintable(rows->value(0).toString()));
    }

    // Questions the rules cannot read go to the model; its tool calls act through Chalán on the real ticket.
    void onlineAnswersWhatTheRulesDoNot()
    {
        QVERIFY2(configure().has_value(), "settings");
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = session.main()->saleScreen();
        QTRY_VERIFY(sale->ensureReady());
        QTest::keyClick(session.main(), Qt::Key_Space, Qt::ControlModifier);
        AssistantDock *dock = session.main()->assistantDock();
        QTRY_VERIFY(dock->isVisible());
        AssistantPanel *panel = dock->panel();
        QTRY_VERIFY(panel->input()->hasFocus());
        auto *status = dock->findChild<QLabel *>(QStringLiteral("assistantOnlineStatus"));
        QVERIFY2(status->text().contains(m_fake->options().model), qPrintable(status->text()));

        // A cashier's "En línea…" asks for a manager's PIN first; Esc and nothing opens.
        bool askedForManager = false;
        whenModal([&askedForManager](QWidget *modal) {
            askedForManager = modal->findChild<QLineEdit *>() != nullptr;
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        dock->pane()->openSettings();
        QVERIFY(askedForManager);

        // Something only the model understands: it searches for a vehicle, the cards come from the catalogue.
        m_fake->answerToolCalls({ { QStringLiteral("search_parts"),
            json({ { QStringLiteral("query"), QString::fromUtf8("bujías") }, { QStringLiteral("model"), QStringLiteral("Tsuru") },
                { QStringLiteral("year"), 2010 } }) } });
        type(panel->input(), kVague);
        QTRY_VERIFY2_WITH_TIMEOUT(panel->lastReply().intent.kind == IntentKind::SearchParts,
            qPrintable(panel->lastReply().text), 20000);
        QVERIFY2(!panel->lastReply().parts.isEmpty(), qPrintable(panel->lastReply().text));
        QVERIFY(panel->input()->isEnabled());

        // "Put two of those spark plugs on": the real ticket gets them, and the sale screen comes into view.
        m_fake->answerToolCalls({ { QStringLiteral("add_to_cart"),
            json({ { QStringLiteral("sku"), m_sku }, { QStringLiteral("quantity"), 2 } }) } });
        type(panel->input(), QString::fromUtf8("lo de siempre para don Chuy, ya sabes cuál"));
        QTRY_VERIFY2_WITH_TIMEOUT(sale->cartModel()->rowCount() == 1, qPrintable(panel->lastReply().text), 20000);
        QCOMPARE(sale->cartModel()->cart().lines().front().item.sku, m_sku);
        QCOMPARE(sale->cartModel()->cart().lines().front().quantity, Quantity::units(2));
        QTRY_COMPARE(session.main()->currentArea(), Area::Sale);

        // Words only: shown as the model said them.
        const QString words = QString::fromUtf8("Con gusto. Las bujías de iridio duran más, pero cuestan el doble.");
        m_fake->answerContent(words);
        type(panel->input(), QString::fromUtf8("¿y tú qué me recomiendas, que duren más?"));
        QTRY_COMPARE_WITH_TIMEOUT(panel->lastReply().text, words, 20000);
        QTest::qWait(100);
        auto *conversation = panel->findChild<QScrollArea *>(QStringLiteral("assistantConversation"));
        QVERIFY(conversation->widget()->width() <= conversation->viewport()->width());
        shoot(session.main(), m_shots, "assistant-online-conversation");

        // A refused key: the rules' answer, its suggestions and the reason.
        m_fake->answerError(401, QStringLiteral("Incorrect API key provided"), QStringLiteral("invalid_request_error"),
            QStringLiteral("invalid_api_key"));
        type(panel->input(), kVague);
        QTRY_VERIFY_WITH_TIMEOUT(panel->lastReply().text.contains(QStringLiteral("401")), 20000);
        QVERIFY(!panel->lastReply().suggestions.isEmpty());
        QCOMPARE(sale->cartModel()->rowCount(), 1);
        QTRY_VERIFY(!dock->pane()->online()->isBusy());
    }

    // The model is shown the conversation, so "¿y en la bodega?" after a search is about that part; a new
    // conversation (its button, another person signing in) is shown nothing of the one before.
    void followUpGoesWithTheConversation()
    {
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        QTest::keyClick(session.main(), Qt::Key_Space, Qt::ControlModifier);
        AssistantDock *dock = session.main()->assistantDock();
        QTRY_VERIFY(dock->isVisible());
        AssistantPanel *panel = dock->panel();
        QTRY_VERIFY(panel->input()->hasFocus());

        const int requests = m_fake->requests();
        type(panel->input(), QStringLiteral("busca ") + m_sku); // the rules: no request
        QCOMPARE(panel->lastReply().parts.front().sku, m_sku);
        const QString shown = panel->lastReply().text;
        QCOMPARE(m_fake->requests(), requests);

        m_fake->answerToolCalls({ { QStringLiteral("check_stock"),
            json(
                { { QStringLiteral("query"), m_sku }, { QStringLiteral("warehouse"), QStringLiteral("Bodega") } }) } });
        type(panel->input(), QString::fromUtf8("¿y en la bodega?"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            panel->lastReply().intent.kind == IntentKind::CheckStock, qPrintable(panel->lastReply().text), 20000);
        QCOMPARE(m_fake->requests(), requests + 1);
        const QStringList sent = m_fake->lastConversation();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0), QStringLiteral("user: busca ") + m_sku);
        QVERIFY2(sent.at(1).startsWith(QStringLiteral("assistant: ") + shown) && sent.at(1).contains(m_sku),
            qPrintable(sent.at(1)));
        QCOMPARE(sent.at(2), QString::fromUtf8("user: ¿y en la bodega?"));
        QCOMPARE(panel->lastReply().parts.front().sku, m_sku);
        QCOMPARE(panel->lastReply().parts.front().stockText, QStringLiteral("Bodega: 6"));
        QCOMPARE(panel->history().turns().size(), 2);
        QTest::qWait(100);
        shoot(panel, m_shots, "assistant-online-follow-up");

        // "Nueva conversación": the bubbles go, and the model is shown the next question alone.
        auto *fresh = panel->findChild<QToolButton *>(QStringLiteral("assistantNewConversation"));
        QVERIFY(fresh && fresh->isVisible());
        QCOMPARE(fresh->text(), QString::fromUtf8("Nueva conversación"));
        QTest::mouseClick(fresh, Qt::LeftButton);
        QVERIFY(panel->history().isEmpty());
        QTRY_VERIFY(panel->findChildren<QLabel *>(QStringLiteral("assistantBubbleText")).isEmpty());
        QVERIFY(panel->input()->hasFocus());
        m_fake->answerContent(QStringLiteral("Dime qué refacción buscas."));
        type(panel->input(), kVague);
        QTRY_COMPARE_WITH_TIMEOUT(panel->lastReply().text, QStringLiteral("Dime qué refacción buscas."), 20000);
        QCOMPARE(m_fake->lastConversation(), QStringList { QStringLiteral("user: ") + kVague });
        QCOMPARE(panel->history().turns().size(), 1);

        // Spoken replies on for María: saved for her alone.
        auto *spoken = panel->findChild<QToolButton *>(QStringLiteral("assistantSpeakToggle"));
        QTest::mouseClick(spoken, Qt::LeftButton);
        QVERIFY(spoken->isChecked() && panel->spokenReplies());

        // Another person at the counter: what María asked is not theirs to read, nor the model's; nor her
        // preference theirs.
        bool switched = false;
        whenModal([&switched](QWidget *dialog) {
            auto *people = dialog->findChild<QListWidget *>(QStringLiteral("pinUserList"));
            for (int row = 0; row < people->count(); ++row)
                if (people->item(row)->text().startsWith(QStringLiteral("Beto")))
                    people->setCurrentRow(row);
            auto *pin = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
            pin->setFocus();
            QTest::keyClicks(pin, QStringLiteral("4321"));
            QTest::keyClick(pin, Qt::Key_Return);
            switched = true;
        });
        QTest::mouseClick(session.main()->findChild<QPushButton *>(QStringLiteral("switchUserButton")), Qt::LeftButton);
        QVERIFY(switched);
        QTRY_COMPARE(session.main()->user().username, QStringLiteral("beto"));
        QVERIFY(!spoken->isChecked() && !panel->spokenReplies());
        QVERIFY(panel->history().isEmpty());
        QTRY_VERIFY(panel->findChildren<QLabel *>(QStringLiteral("assistantBubbleText")).isEmpty());
        QTRY_VERIFY(!dock->pane()->online()->isBusy());
    }

    // The next customer is someone else: a completed sale (F12) or a cancelled one (F9) starts a new conversation.
    // "¿y en la bodega?" then reaches the model alone, and "agrega el primero" no longer adds the last customer's
    // part; the earlier bubbles stay readable above a "Nueva venta" separator.
    void aNewSaleStartsANewConversation()
    {
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = session.main()->saleScreen();
        QTRY_VERIFY(sale->ensureReady());
        CartModel *cart = sale->cartModel();
        QCOMPARE(cart->rowCount(), 0);
        QTest::keyClick(session.main(), Qt::Key_Space, Qt::ControlModifier);
        AssistantDock *dock = session.main()->assistantDock();
        QTRY_VERIFY(dock->isVisible());
        AssistantPanel *panel = dock->panel();
        QTRY_VERIFY(panel->input()->hasFocus());
        const auto separators = [panel] { return panel->findChildren<QWidget *>(QStringLiteral("assistantNewSale")); };
        const auto bubbles = [panel] { return panel->findChildren<QLabel *>(QStringLiteral("assistantBubbleText")).size(); };
        QVERIFY(separators().isEmpty());

        // This customer's part, found and put on the ticket by the rules (no request to the model).
        const int requests = m_fake->requests();
        type(panel->input(), QStringLiteral("busca ") + m_sku);
        QCOMPARE(panel->lastReply().parts.front().sku, m_sku);
        type(panel->input(), QStringLiteral("agrega el primero"));
        QTRY_COMPARE(cart->rowCount(), 1);
        QCOMPARE(panel->history().turns().size(), 2);
        QCOMPARE(m_fake->requests(), requests);

        // F12 and cash: the sale is completed.
        auto *search = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        QVERIFY(search);
        const Money total = cart->cart().totals().gross;
        whenPaidInCash(total.toPlainString());
        QVERIFY(QTest::qWaitFor([search] { return QApplication::activeWindow() == search->window(); }, 30000));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_F12);
        QTRY_COMPARE(cart->rowCount(), 0);

        // A new conversation: nothing of the last customer's is the model's context, the bubbles stay above one
        // separator.
        QVERIFY(panel->history().isEmpty());
        QCOMPARE(separators().size(), 1);
        const int before = bubbles();
        QVERIFY(before >= 4);
        auto *label = separators().front()->findChild<QLabel *>(QStringLiteral("assistantNewSaleLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Nueva venta"));
        QTRY_VERIFY(dock->isVisible() && separators().front()->isVisible());
        m_fake->answerContent(QString::fromUtf8("¿Qué refacción buscas en la bodega?"));
        type(panel->input(), QString::fromUtf8("¿y en la bodega?"));
        QTRY_COMPARE_WITH_TIMEOUT(panel->lastReply().text, QString::fromUtf8("¿Qué refacción buscas en la bodega?"), 20000);
        QCOMPARE(m_fake->requests(), requests + 1);
        QCOMPARE(m_fake->lastConversation(), QStringList { QString::fromUtf8("user: ¿y en la bodega?") });
        type(panel->input(), QStringLiteral("agrega el primero"));
        QVERIFY2(panel->lastReply().understood && !panel->lastReply().changedCart, qPrintable(panel->lastReply().text));
        QCOMPARE(cart->rowCount(), 0);
        QCOMPARE(bubbles(), before + 4);
        QTest::qWait(100);
        shoot(session.main(), m_shots, "assistant-new-sale");

        // A ticket cancelled with F9 is also the end of that customer's conversation; a second F9 on the empty
        // ticket adds no second separator.
        type(panel->input(), QStringLiteral("busca ") + m_sku);
        type(panel->input(), QStringLiteral("agrega el primero"));
        QTRY_COMPARE(cart->rowCount(), 1);
        QVERIFY(!panel->history().isEmpty());
        whenModal([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        QVERIFY(QTest::qWaitFor([search] { return QApplication::activeWindow() == search->window(); }, 30000));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_F9);
        QTRY_COMPARE(cart->rowCount(), 0);
        QVERIFY(panel->history().isEmpty());
        QCOMPARE(separators().size(), 2);
        panel->startNewSale();
        QCOMPARE(separators().size(), 2);
        QTRY_VERIFY(!dock->pane()->online()->isBusy());
    }

    // The kiosk: Chalán beside the mechanic's orders, opened with Ctrl+Space, answering a service-order question
    // typed there (the rules: no request to the model), and refusing what a mechanic may not see.
    void kioskAnswersAnOrderQuestionByKeyboard()
    {
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        KioskWindow *kiosk = openKiosk(*session.main());
        QVERIFY(kiosk);
        auto *chalan = kiosk->findChild<QPushButton *>(QStringLiteral("kioskChalan"));
        QVERIFY(chalan && !chalan->isVisible()); // nobody signed in: no assistant

        // Beto signs in with his PIN from the keyboard.
        QVERIFY(signInAtKiosk(*kiosk, QStringLiteral("Beto"), QStringLiteral("4321")));
        QTRY_VERIFY(chalan->isVisible());
        QVERIFY(chalan->height() >= 48);

        QTest::keyClick(kiosk, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(kiosk->assistant() && kiosk->assistant()->isVisible());
        AssistantPanel *panel = kiosk->assistant()->panel();
        QTRY_VERIFY(panel->input()->hasFocus());
        QVERIFY(chalan->isChecked());
        const int requests = m_fake->requests();
        type(panel->input(), QString::fromUtf8("¿cómo va el Versa de Laura?"));
        QCOMPARE(panel->lastReply().orders.size(), std::size_t(1));
        QCOMPARE(panel->lastReply().orders.front().folio, m_folio);
        QVERIFY2(panel->lastReply().text.contains(m_folio), qPrintable(panel->lastReply().text));
        QCOMPARE(m_fake->requests(), requests); // the rules understood it: the model was not asked

        // A mechanic may not see today's sales: refused as on the counter.
        type(panel->input(), QString::fromUtf8("¿cuánto llevamos vendido hoy?"));
        QVERIFY(panel->lastReply().refused);
        type(panel->input(), QString::fromUtf8("¿cómo va la orden ") + m_folio.section(QLatin1Char('-'), -1) + u'?');
        QCOMPARE(panel->lastReply().orders.size(), std::size_t(1));
        for (QPushButton *button : kiosk->assistant()->findChildren<QPushButton *>())
            if (button->isVisible())
                QVERIFY2(button->height() >= 48, qPrintable(button->objectName()));
        QTest::qWait(150);
        shoot(kiosk, m_shots, "kiosk-assistant");

        // Ctrl+Space again hides it; signing out ends the conversation.
        QTest::keyClick(panel->input(), Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(!kiosk->assistant()->isVisible());
        QTest::mouseClick(kiosk->findChild<QPushButton *>(QStringLiteral("kioskSignOut")), Qt::LeftButton);
        QTRY_VERIFY(!kiosk->signedIn());
        QVERIFY(!kiosk->assistant());
        QVERIFY(!chalan->isVisible());
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    useOffscreenScreen(config, 1366, 768); // the counter's screen
    QApplication app(argc, argv);
    TestAssistantOnline test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "testassistantonline.moc"
