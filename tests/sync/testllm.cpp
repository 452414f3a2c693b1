// Chalán's optional online model against a local fake of the chat-completions API (tests/fakes): the request carries
// the model, the messages, our intents as tools and the Bearer key from the SecretStore; a tool call becomes the same
// intent the rules produce and changes the real cart through core; a forbidden action is refused as on the screen; an
// unknown tool or bad arguments are refused naming the tool or field and nothing changes; 401/429/5xx/timeout/down
// give the rule engine's answer with the reason; not configured: no request at all.
#include "fakechatcompletions.h"
#include "mockclock.h"
#include "tempdir.h"
#include "why.h"

#include "assistant/assistant.h"
#include "assistant/assistanttools.h"
#include "assistant/countercart.h"
#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "auth/userrepository.h"
#include "catalog/catalogsearchindex.h"
#include "client/llmclient.h"
#include "client/llmsettings.h"
#include "client/onlineassistant.h"
#include "client/secretstore.h"
#include "common/idgenerator.h"
#include "demo/catalogwriter.h"
#include "sales/cart.h"
#include "sales/cartitemlookup.h"
#include "store/catalogstore.h"
#include "store/localstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

// What the rules cannot read: only the online model can make sense of it.
const QString kVague = QStringLiteral("oye mi rey, lo de siempre para el señor de la camioneta blanca");

UserRecord makeUser(const QString &username, Role role)
{
    UserRecord record;
    record.user.id = IdGenerator::instance().nextString();
    record.user.username = username;
    record.user.displayName = username.toUpper();
    record.user.role = role;
    record.user.branchId = QStringLiteral("branch-1");
    record.passwordHash = PasswordHasher::hash(QStringLiteral("clave"), 1000);
    return record;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestLlm final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    MockClock m_clock;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<FakeChatCompletions> m_fake;
    std::unique_ptr<Assistant> m_chalan;
    std::unique_ptr<CartItemLookup> m_lookup;
    std::unique_ptr<CounterCart> m_counter;
    std::unique_ptr<OnlineAssistant> m_online;
    Cart m_cart;
    QList<BranchWarehouse> m_warehouses;
    QString m_sku;
    ConversationHistory m_history; // the panel's: every turn shown, sent with the next question to the model

    QString setUpOnline(const QString &key)
    {
        SecretStore secrets(m_dir.path(), SecretStore::Mode::FileOnly);
        LlmConfig config;
        config.baseUrl = m_fake->url();
        config.model = m_fake->options().model;
        config.caFile = m_fake->caFile();
        const Status saved = LlmSettings::save(*m_store, secrets, config, key);
        return saved ? QString() : saved.error().logMessage();
    }

    // The panel's path: the rules first; the online model only when they did not understand and it wants to, shown
    // the conversation so far; the turn is kept.
    std::optional<AssistantReply> ask(const QString &text)
    {
        const AssistantReply rule = m_chalan->ask(text);
        if (!m_online->wants(rule)) {
            m_history.add(text, rule);
            return rule;
        }
        std::optional<AssistantReply> got;
        QObject context;
        m_online->ask(text, m_history, rule, *m_chalan, &context, [&got](const AssistantReply &reply) { got = reply; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 30000))
            return std::nullopt;
        m_history.add(text, *got);
        return got;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file"); // the worker's SecretStore: never the developer's keychain
        demo::DemoOptions options;
        options.outDir = m_dir.path();
        options.parts = 1500;
        demo::ProgressCounter progress { 0 };
        const QString path = m_dir.file(QStringLiteral("catalog.db"));
        Result<demo::CatalogStats> written = demo::CatalogWriter(options, progress).write(path);
        QVERIFY2(written.has_value(), why(written).constData());
        Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(path);
        QVERIFY2(catalog.has_value(), why(catalog).constData());
        m_catalog = std::move(*catalog);
        Result<SearchIndexStats> index = CatalogSearchIndex::rebuild(m_catalog->db());
        QVERIFY2(index.has_value(), why(index).constData());

        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store.has_value(), why(store).constData());
        m_store = std::move(*store);
        QVERIFY(m_store->db()
                    .execScript(QStringLiteral(
                        "INSERT INTO branches(id, code, name) VALUES ('branch-1', 'MTZ', 'Matriz');"
                        "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('wh-mos', 'branch-1', 'MOS', "
                        "'Mostrador');"))
                    .has_value());
        m_warehouses = { { QStringLiteral("wh-mos"), QStringLiteral("MOS"), QStringLiteral("Mostrador") } };
        UserRepository users(m_store->db());
        QVERIFY(users.upsert(makeUser(QStringLiteral("cajero"), Role::Cashier)).has_value());
        QVERIFY(users.upsert(makeUser(QStringLiteral("mecanico"), Role::Mechanic)).has_value());
        m_auth = std::make_unique<AuthService>(m_store->db(), m_clock, QStringLiteral("device-1"));

        AssistantContext context { &m_store->db(), &m_catalog->db(), m_auth.get(), &m_clock, m_warehouses, {} };
        Result<std::unique_ptr<Assistant>> chalan = Assistant::create(context);
        QVERIFY2(chalan.has_value(), why(chalan).constData());
        m_chalan = std::move(*chalan);
        m_lookup = std::make_unique<CartItemLookup>(m_catalog->db());
        m_counter = std::make_unique<CounterCart>(m_cart, *m_lookup, m_store->db(), m_warehouses);
        m_chalan->setCart(m_counter.get());
        m_sku = m_catalog->db()
                    .scalar(QStringLiteral("SELECT p.sku FROM parts p JOIN categories c ON c.id = p.category_id "
                                           "WHERE c.name = 'Bujías' AND p.active = 1 ORDER BY p.id LIMIT 1"))
                    ->toString();
        QVERIFY(!m_sku.isEmpty());

        Result<std::unique_ptr<FakeChatCompletions>> fake
            = FakeChatCompletions::start({ m_dir.file(QStringLiteral("llm-tls")), QStringLiteral("sk-test-chalan"),
                QStringLiteral("gpt-test-mini") });
        QVERIFY2(fake.has_value(), why(fake).constData());
        m_fake = std::move(*fake);
        m_online = std::make_unique<OnlineAssistant>(*m_store, m_dir.path());
        m_online->setOfflineCooldownMs(0);

        QVERIFY(!m_chalan->ask(kVague).understood); // the premise of every test below
    }

    void init()
    {
        QVERIFY(m_auth->login(QStringLiteral("cajero"), QStringLiteral("clave")).has_value());
        m_cart.clear();
        m_history.clear();
    }

    void cleanup()
    {
        m_auth->logout();
        QVERIFY2(m_fake->problems().isEmpty(), qPrintable(m_fake->problems().join(QStringLiteral("; "))));
    }

    // Nothing configured: the rules answer alone and nothing is sent anywhere.
    void notConfiguredMakesNoRequest()
    {
        QVERIFY(!LlmSettings::load(*m_store).isConfigured());
        const std::optional<AssistantReply> reply = ask(kVague);
        QVERIFY(reply.has_value());
        QVERIFY(!reply->understood);
        QVERIFY(!reply->suggestions.isEmpty());
        QCOMPARE(m_fake->requests(), 0);
        QVERIFY(!m_online->isBusy());
    }

    // The key goes to the SecretStore, never to the settings table; an http:// address is refused (field "url").
    void settingsKeepTheKeySecret()
    {
        SecretStore secrets(m_dir.path(), SecretStore::Mode::FileOnly);
        LlmConfig plain;
        plain.baseUrl = QStringLiteral("http://10.0.0.5:8080");
        plain.model = QStringLiteral("llama");
        const Status refused = LlmSettings::save(*m_store, secrets, plain, QStringLiteral("sk-x"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("url"));
        QVERIFY(!LlmSettings::load(*m_store).isConfigured());

        QVERIFY2(setUpOnline(QStringLiteral("sk-test-chalan")).isEmpty(), "saving the settings");
        const LlmConfig loaded = LlmSettings::load(*m_store);
        QVERIFY(loaded.isConfigured());
        QVERIFY(loaded.apiKey.isEmpty()); // not read on this thread
        QCOMPARE(LlmSettings::apiKey(secrets), QStringLiteral("sk-test-chalan"));
        Result<QSqlQuery> rows = m_store->db().exec(QStringLiteral("SELECT key, value FROM settings"));
        QVERIFY(rows.has_value());
        while (rows->next())
            QVERIFY2(!rows->value(1).toString().contains(QStringLiteral("sk-test")), qPrintable(rows->value(0).toString()));
        // Saving without touching the key keeps it.
        QVERIFY(LlmSettings::save(*m_store, secrets, LlmSettings::load(*m_store), std::nullopt).has_value());
        QCOMPARE(LlmSettings::apiKey(secrets), QStringLiteral("sk-test-chalan"));
    }

    // The request as the API wants it, and its answer read back; the rule engine is asked first.
    void requestCarriesModelMessagesToolsAndKey()
    {
        m_fake->answerContent(QStringLiteral("Con gusto, pero dime qué refacción buscas."));
        const std::optional<AssistantReply> reply = ask(kVague);
        QVERIFY(reply.has_value());
        QCOMPARE(reply->text, QStringLiteral("Con gusto, pero dime qué refacción buscas."));
        QCOMPARE(m_fake->requests(), 1);
        const QJsonObject request = m_fake->lastRequest();
        QCOMPARE(request.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-test-mini"));
        const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(), kVague);
        QStringList tools;
        for (const QJsonValue &tool : request.value(QStringLiteral("tools")).toArray())
            tools.append(tool.toObject().value(QStringLiteral("function")).toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(tools, AssistantTools::names());
        QCOMPARE(tools.size(), 8);

        // What the rules understand never reaches the model.
        const std::optional<AssistantReply> rules = ask(QStringLiteral("agrega dos ") + m_sku);
        QVERIFY(rules->understood && rules->changedCart);
        QCOMPARE(m_fake->requests(), 1);
    }

    // A follow-up is read against the conversation: the model is shown the recent turns as the counter saw them (the
    // question, the answer and its cards by SKU and name), so "¿y en el mostrador?" can be the part asked about before.
    void followUpCarriesTheConversation()
    {
        const QString first = QString::fromUtf8("¿cuántas bujías hay?");
        const int before = m_fake->requests();
        const std::optional<AssistantReply> stock = ask(first);
        QVERIFY(stock.has_value() && stock->understood); // the rules: no request
        QCOMPARE(stock->intent.kind, IntentKind::CheckStock);
        QVERIFY(!stock->parts.isEmpty());
        QCOMPARE(m_fake->requests(), before);

        const QString followUp = QString::fromUtf8("¿y en el mostrador?");
        QVERIFY(!m_chalan->ask(followUp).understood); // the rules alone cannot tell which part
        const QString sku = stock->parts.front().sku;
        m_fake->answerToolCalls({ { QStringLiteral("check_stock"),
            json({ { QStringLiteral("query"), sku },
                { QStringLiteral("warehouse"), QStringLiteral("Mostrador") } }) } });
        const std::optional<AssistantReply> reply = ask(followUp);
        QVERIFY(reply.has_value());
        const QStringList sent = m_fake->lastConversation();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0), QStringLiteral("user: ") + first);
        QVERIFY2(sent.at(1).startsWith(QStringLiteral("assistant: ") + stock->text), qPrintable(sent.at(1)));
        for (const PartCard &card : stock->parts) // the cards, by what identifies them
            QVERIFY2(sent.at(1).contains(QStringLiteral("- ") + card.sku + QStringLiteral(" · ") + card.name),
                qPrintable(sent.at(1)));
        QCOMPARE(sent.at(2), QStringLiteral("user: ") + followUp);
        QCOMPARE(reply->intent.kind, IntentKind::CheckStock);
        QCOMPARE(reply->intent.place, QStringLiteral("mostrador"));
        QVERIFY2(!reply->parts.isEmpty() && reply->parts.front().sku == sku, qPrintable(reply->text));
        QVERIFY2(reply->parts.front().stockText.startsWith(QStringLiteral("Mostrador: ")),
            qPrintable(reply->parts.front().stockText));

        // The model's own turn is what the next request carries back: its answer as the counter saw it.
        m_fake->answerContent(QStringLiteral("Va."));
        QVERIFY(ask(kVague).has_value());
        QCOMPARE(m_fake->lastConversation().size(), 5);
        QCOMPARE(m_fake->lastConversation().at(3), QStringLiteral("assistant: ") + ConversationHistory::shown(*reply));

        // Bounded by turns: the oldest go first, the question is always last.
        for (int i = 0; i < ConversationHistory::kMaxTurns + 2; ++i)
            QVERIFY(ask(QStringLiteral("busca ") + m_sku)->understood);
        m_fake->answerContent(QStringLiteral("Va."));
        QVERIFY(ask(kVague).has_value());
        QStringList bounded = m_fake->lastConversation();
        QCOMPARE(bounded.size(), 2 * ConversationHistory::kMaxTurns + 1);
        QVERIFY(!bounded.join(QLatin1Char('\n')).contains(first));
        QCOMPARE(bounded.first(), QStringLiteral("user: busca ") + m_sku);
        QCOMPARE(bounded.last(), QStringLiteral("user: ") + kVague);

        // And by characters: long questions are kept cut to kMaxMessageChars, and the oldest turns make room.
        const QString rambling = QStringLiteral("oye ").repeated(600);
        for (int i = 0; i < 5; ++i) {
            m_fake->answerContent(QStringLiteral("Va."));
            QVERIFY(ask(rambling).has_value());
        }
        QCOMPARE(m_fake->lastConversation().last(), QStringLiteral("user: ") + rambling); // the question is whole
        m_fake->answerContent(QStringLiteral("Va."));
        QVERIFY(ask(kVague).has_value());
        bounded = m_fake->lastConversation();
        const int fit = ConversationHistory::kMaxChars / (ConversationHistory::kMaxMessageChars + 3); // + "Va."
        QCOMPARE(bounded.size(), 2 * fit + 1);
        const QString cutQuestion = QStringLiteral("user: ")
            + rambling.trimmed().left(ConversationHistory::kMaxMessageChars - 1) + QChar(0x2026);
        for (int i = 0; i < fit; ++i)
            QCOMPARE(bounded.at(2 * i), cutQuestion);

        // A new conversation: the model is shown the question alone.
        m_history.clear();
        m_fake->answerContent(QStringLiteral("Va."));
        QVERIFY(ask(kVague).has_value());
        QCOMPARE(m_fake->lastConversation(), QStringList { QStringLiteral("user: ") + kVague });
    }

    // A customer is told to the model by name: the RFC and phone the counter saw are not sent.
    void historyKeepsCustomersToTheirName()
    {
        AssistantReply found;
        found.intent.kind = IntentKind::CustomerLookup;
        found.understood = true;
        found.text = QStringLiteral("Refacciones del Norte, RFC RNO010101AB1, teléfono 81 5555 0101.");
        Customer customer;
        customer.fields.name = QStringLiteral("Refacciones del Norte");
        customer.fields.rfc = QStringLiteral("RNO010101AB1");
        customer.fields.phone = QStringLiteral("81 5555 0101");
        found.customers.append(customer);
        ConversationHistory history;
        history.add(QStringLiteral("busca al cliente refacciones del norte"), found);
        QCOMPARE(history.turns().size(), 1);
        QCOMPARE(history.turns().front().assistant, QStringLiteral("- Refacciones del Norte"));
        QCOMPARE(AssistantTools::messagesFor(kVague, history.turns()).size(), 4);
        // Nothing shown, nothing kept: a chat message needs words on both sides.
        history.add(QStringLiteral("  "), found);
        history.add(QStringLiteral("hola"), AssistantReply {});
        QCOMPARE(history.turns().size(), 1);
    }

    // A tool call is the rules' intent: the real cart changes through core (price, warehouse), as "agrega" would.
    void toolCallChangesTheRealCart()
    {
        m_fake->answerToolCalls({ { QStringLiteral("add_to_cart"),
            json({ { QStringLiteral("sku"), m_sku }, { QStringLiteral("quantity"), 3 } }) } });
        const std::optional<AssistantReply> reply = ask(kVague);
        QVERIFY(reply.has_value());
        QVERIFY2(reply->changedCart, qPrintable(reply->text));
        QCOMPARE(reply->intent.kind, IntentKind::AddToCart);
        QCOMPARE(m_cart.lines().size(), std::size_t(1));
        QCOMPARE(m_cart.lines().front().item.sku, m_sku);
        QCOMPARE(m_cart.lines().front().quantity, Quantity::units(3));
        const Result<CartItem> priced = m_lookup->item(m_cart.lines().front().item.partId, std::nullopt,
            QStringLiteral("wh-mos"));
        QCOMPARE(m_cart.lines().front().item.unitPrice.centavos(), priced->unitPrice.centavos());

        // Then "make it five" on line 1, and a search for a vehicle in the catalogue's spelling.
        m_fake->answerToolCalls({ { QStringLiteral("set_quantity"),
            json({ { QStringLiteral("line"), 1 }, { QStringLiteral("quantity"), 5 } }) } });
        QVERIFY(ask(kVague)->changedCart);
        QCOMPARE(m_cart.lines().front().quantity, Quantity::units(5));
        m_fake->answerToolCalls({ { QStringLiteral("search_parts"),
            json({ { QStringLiteral("query"), QStringLiteral("balatas") }, { QStringLiteral("make"), QStringLiteral("nissan") },
                { QStringLiteral("model"), QStringLiteral("TSURU") }, { QStringLiteral("year"), 2015 } }) } });
        const std::optional<AssistantReply> search = ask(kVague);
        QCOMPARE(search->intent.kind, IntentKind::SearchParts);
        QCOMPARE(search->intent.vehicle.model, QStringLiteral("Tsuru"));
        QVERIFY2(!search->parts.isEmpty() && search->text.contains(QStringLiteral("2015")), qPrintable(search->text));
    }

    // The model acts with the user's permissions: a cashier is refused today's sales, a mechanic the ticket.
    void forbiddenActionIsRefused()
    {
        m_fake->answerToolCalls({ { QStringLiteral("sales_summary_today"), QStringLiteral("{}") } });
        std::optional<AssistantReply> reply = ask(kVague);
        QVERIFY(reply.has_value());
        QVERIFY(reply->refused);
        QCOMPARE(reply->intent.kind, IntentKind::SalesSummary);

        m_auth->logout();
        QVERIFY(m_auth->login(QStringLiteral("mecanico"), QStringLiteral("clave")).has_value());
        m_fake->answerToolCalls({ { QStringLiteral("add_to_cart"),
            json({ { QStringLiteral("sku"), m_sku }, { QStringLiteral("quantity"), 1 } }) } });
        reply = ask(kVague);
        QVERIFY(reply->refused);
        QVERIFY(!reply->changedCart);
        QVERIFY(m_cart.isEmpty());
    }

    void unknownToolIsRefused()
    {
        m_fake->answerToolCalls({ { QStringLiteral("delete_all_sales"), QStringLiteral("{}") } });
        const std::optional<AssistantReply> reply = ask(kVague);
        QVERIFY(reply.has_value());
        QVERIFY(!reply->understood && !reply->changedCart);
        QVERIFY2(reply->text.contains(QStringLiteral("delete_all_sales")), qPrintable(reply->text));
        QVERIFY(!reply->suggestions.isEmpty());
        QVERIFY(m_cart.isEmpty());
    }

    void malformedArgumentsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("field");
        const auto add = [](const char *rest) -> QString { return QStringLiteral("{\"sku\": \"SKU\"") + QString::fromLatin1(rest); };
        QTest::newRow("quantity in words") << "add_to_cart" << add(", \"quantity\": \"dos\"}") << "quantity";
        QTest::newRow("quantity fraction") << "add_to_cart" << add(", \"quantity\": 1.5}") << "quantity";
        QTest::newRow("quantity too big") << "add_to_cart" << add(", \"quantity\": 100000}") << "quantity";
        QTest::newRow("nothing to add") << "add_to_cart" << "{\"quantity\": 2}" << "sku";
        QTest::newRow("unknown field") << "add_to_cart" << add(", \"price\": 1}") << "price";
        QTest::newRow("sku not text") << "add_to_cart" << "{\"sku\": 42}" << "sku";
        QTest::newRow("not json") << "add_to_cart" << "{sku: SKU" << "arguments";
        QTest::newRow("array") << "add_to_cart" << "[1, 2]" << "arguments";
        QTest::newRow("no quantity") << "set_quantity" << "{\"line\": 1}" << "quantity";
        QTest::newRow("line zero") << "remove_from_cart" << "{\"line\": 0}" << "line";
        QTest::newRow("unknown model") << "search_parts" << "{\"query\": \"balatas\", \"model\": \"Batimovil\"}"
                                       << "model";
        QTest::newRow("unknown make") << "search_parts" << "{\"query\": \"balatas\", \"make\": \"Acme\"}" << "make";
        QTest::newRow("year") << "search_parts" << "{\"query\": \"balatas\", \"year\": 15}" << "year";
        QTest::newRow("empty query") << "find_customer" << "{\"query\": \"  \"}" << "query";
        QTest::newRow("order of nobody") << "service_order_status" << "{}" << "folio";
        QTest::newRow("folio in words") << "service_order_status" << "{\"folio\": \"quince\"}" << "folio";
        QTest::newRow("sales takes nothing") << "sales_summary_today" << "{\"branch\": \"x\"}" << "branch";
    }
    void malformedArgumentsAreRefusedNamingTheField()
    {
        QFETCH(QString, tool);
        QFETCH(QString, arguments);
        QFETCH(QString, field);
        QVERIFY(m_chalan->ask(QStringLiteral("agrega dos ") + m_sku).changedCart); // a line the call could change
        arguments.replace(QStringLiteral("SKU"), m_sku);
        const Result<Intent> intent = AssistantTools::intentFor({ {}, tool, arguments }, m_chalan->parser().vocabulary());
        QVERIFY(!intent.has_value());
        QCOMPARE(intent.error().field(), field);
        QVERIFY2(intent.error().message().contains(field), qPrintable(intent.error().message()));

        // Through the model: refused with that message, the ticket as it was.
        m_fake->answerToolCalls({ { tool, arguments } });
        const std::optional<AssistantReply> reply = ask(kVague);
        QVERIFY(reply.has_value());
        QCOMPARE(reply->text, intent.error().message());
        QVERIFY(!reply->changedCart);
        QCOMPARE(m_cart.lines().size(), std::size_t(1));
        QCOMPARE(m_cart.lines().front().quantity, Quantity::units(2));
    }

    // One bad call among good ones: nothing is done at all.
    // The model names an order as the board shows it, in the old series or a device's own, or by its number.
    void anOrderIsAskedForByItsNumberInAnySeries()
    {
        for (const QString &folio : { QStringLiteral("OS-000017"), QStringLiteral("MTY1A2B-OS000017"),
                 QStringLiteral("17") }) {
            const Result<Intent> intent = AssistantTools::intentFor(
                { {}, QStringLiteral("service_order_status"), QStringLiteral("{\"folio\": \"%1\"}").arg(folio) },
                m_chalan->parser().vocabulary());
            QVERIFY2(intent, why(intent).constData());
            QCOMPARE(intent->folio, QStringLiteral("17"));
        }
    }

    void oneBadCallStopsThemAll()
    {
        m_fake->answerToolCalls({ { QStringLiteral("add_to_cart"), json({ { QStringLiteral("sku"), m_sku } }) },
            { QStringLiteral("add_to_cart"), json({ { QStringLiteral("sku"), m_sku }, { QStringLiteral("quantity"), -1 } }) } });
        const std::optional<AssistantReply> reply = ask(kVague);
        QVERIFY(reply.has_value());
        QVERIFY(!reply->changedCart);
        QVERIFY(m_cart.isEmpty());
    }

    void serviceErrorsGiveTheRulesAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("errorCode");
        QTest::newRow("401 key") << 401 << "invalid_api_key" << int(ErrorCode::Unauthenticated);
        QTest::newRow("429 rate") << 429 << "rate_limit_exceeded" << int(ErrorCode::Network);
        QTest::newRow("429 quota") << 429 << "insufficient_quota" << int(ErrorCode::PermissionDenied);
        QTest::newRow("404 model") << 404 << "model_not_found" << int(ErrorCode::NotFound);
        QTest::newRow("500") << 500 << "" << int(ErrorCode::Network);
        QTest::newRow("503") << 503 << "" << int(ErrorCode::Network);
    }
    void serviceErrorsGiveTheRulesAnswer()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, errorCode);
        const QString message = QStringLiteral("Upstream says no (%1)").arg(status);
        const AssistantReply rule = m_chalan->ask(kVague);
        m_fake->answerError(status, message, QStringLiteral("api_error"), code);
        const int before = m_fake->requests();
        const std::optional<AssistantReply> reply = ask(kVague);
        QVERIFY(reply.has_value());
        QCOMPARE(m_fake->requests(), before + 1);
        QVERIFY(!reply->understood);
        QVERIFY2(reply->text.endsWith(rule.text), qPrintable(reply->text));
        QVERIFY2(reply->text.contains(message) && reply->text.contains(QString::number(status)),
            qPrintable(reply->text));
        QCOMPARE(reply->suggestions, rule.suggestions);
        QCOMPARE(int(LlmClient::errorFor(status, QJsonDocument(QJsonObject { { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("message"), message }, { QStringLiteral("code"), code } } } }).toJson())
                         .code()),
            errorCode);
    }

    // Too slow, then down: the rules answer, and for a while the model is not asked at all (no waiting at the counter).
    void timeoutAndDownGiveTheRulesAnswer()
    {
        m_online->setTimeoutMs(1500);
        m_fake->delayNext(4000);
        m_fake->answerContent(QStringLiteral("demasiado tarde"));
        QElapsedTimer took;
        took.start();
        std::optional<AssistantReply> reply = ask(kVague);
        QVERIFY(reply.has_value());
        QVERIFY2(took.elapsed() < 3500, qPrintable(QString::number(took.elapsed())));
        QVERIFY(!reply->understood);
        QVERIFY(!reply->text.contains(QStringLiteral("demasiado tarde")));
        QVERIFY(!reply->suggestions.isEmpty());
        QVERIFY(m_fake->waitUntilIdle(10000));

        m_fake->goDown();
        reply = ask(kVague);
        QVERIFY(!reply->understood && !reply->suggestions.isEmpty());
        QVERIFY2(reply->text.contains(QStringLiteral("127.0.0.1")), qPrintable(reply->text));

        // After failing to reach it, the model is left alone for the cooldown: no request, the rules alone.
        QVERIFY(m_fake->comeUp().has_value());
        m_online->setOfflineCooldownMs(60000);
        m_fake->goDown();
        (void)ask(kVague);
        QVERIFY(m_fake->comeUp().has_value());
        const int before = m_fake->requests();
        reply = ask(kVague);
        QVERIFY(!reply->understood);
        QCOMPARE(m_fake->requests(), before);
        QVERIFY(!m_online->isBusy());
        m_online->setOfflineCooldownMs(0);
    }
};

QTEST_GUILESS_MAIN(TestLlm)
#include "testllm.moc"
