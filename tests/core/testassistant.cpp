// Chalán's intent engine: a table of Spanish phrasings (including ones it must reject), number words, and its actions
// through the core services and permissions (a real Cart, AuthService roles, service orders, customers, sales).
#include "assistant/assistant.h"
#include "assistant/countercart.h"
#include "assistant/dailysales.h"
#include "assistant/intentcase.h"
#include "assistant/intentparser.h"
#include "assistant/numberwords.h"
#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "catalog/catalogsearchindex.h"
#include "catalog/searchtext.h"
#include "common/idgenerator.h"
#include "customers/customerrepository.h"
#include "democatalogue.h"
#include "mockclock.h"
#include "sales/cart.h"
#include "sales/cartitemlookup.h"
#include "store/catalogstore.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>

using namespace nexus;

namespace {

const QString kBranch = QStringLiteral("branch-1");

UserRecord makeUser(const QString &username, Role role)
{
    UserRecord record;
    record.user.id = IdGenerator::instance().nextString();
    record.user.username = username;
    record.user.displayName = username.toUpper();
    record.user.role = role;
    record.user.branchId = kBranch;
    record.passwordHash = PasswordHasher::hash(QStringLiteral("clave"), 1000);
    return record;
}

} // namespace

class TestAssistant final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    test::MockClock m_clock;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<IntentParser> m_parser;
    QList<BranchWarehouse> m_warehouses;

    std::unique_ptr<Assistant> assistant()
    {
        AssistantContext context { &m_store->db(), &m_catalog->db(), m_auth.get(), &m_clock, m_warehouses, {} };
        Result<std::unique_ptr<Assistant>> made = Assistant::create(context);
        return made ? std::move(*made) : nullptr;
    }

    QString skuOf(const QString &category)
    {
        return m_catalog->db()
            .scalar(QStringLiteral("SELECT p.sku FROM parts p JOIN categories c ON c.id = p.category_id "
                                   "WHERE c.name = ?1 AND p.active = 1 ORDER BY p.id LIMIT 1"),
                { category })
            ->toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<test::DemoCatalogue> catalogue = test::writeIndexedDemoCatalogue(m_dir, 1500);
        QVERIFY2(catalogue.has_value(), test::why(catalogue).constData());
        m_catalog = std::move(catalogue->store);

        // The table's places are this branch's warehouses and another branch (IntentVocabulary::load reads them from
        // nexus.db; the store tests below check that path).
        Result<IntentVocabulary> vocabulary = IntentVocabulary::load(m_catalog->db(), nullptr);
        QVERIFY2(vocabulary.has_value(), test::why(vocabulary).constData());
        for (const char16_t *place : { u"Mostrador", u"MOS", u"Bodega 2", u"BOD2", u"Zapopan", u"Matriz" })
            vocabulary->addPlace(QString::fromUtf16(place));
        QVERIFY(vocabulary->partWords.contains(QStringLiteral("balata")));
        QVERIFY(vocabulary->partWords.contains(QStringLiteral("amortiguador")));
        m_parser = std::make_unique<IntentParser>(std::move(*vocabulary));
    }

    void cleanup()
    {
        if (m_auth)
            m_auth->logout();
    }

    // nexus.db with the branch, its warehouses and the users, for the actions' tests (the intent table needs none);
    // the vocabulary reads the places from it.
    void storeGivesThePlaces()
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store.has_value(), test::why(store).constData());
        m_store = std::move(*store);
        QVERIFY(m_store->db()
                    .execScript(QStringLiteral(
                        "INSERT INTO branches(id, code, name) VALUES ('branch-1', 'MTZ', 'Matriz');"
                        "INSERT INTO branches(id, code, name) VALUES ('branch-2', 'ZAP', 'Zapopan');"
                        "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('wh-mos', 'branch-1', 'MOS', "
                        "'Mostrador');"
                        "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('wh-bod2', 'branch-1', 'BOD2', "
                        "'Bodega 2');"))
                    .has_value());
        m_warehouses = { { QStringLiteral("wh-mos"), QStringLiteral("MOS"), QStringLiteral("Mostrador") },
            { QStringLiteral("wh-bod2"), QStringLiteral("BOD2"), QStringLiteral("Bodega 2") } };

        UserRepository users(m_store->db());
        QVERIFY(users.upsert(makeUser(QStringLiteral("cajero"), Role::Cashier)).has_value());
        QVERIFY(users.upsert(makeUser(QStringLiteral("gerente"), Role::Manager)).has_value());
        m_auth = std::make_unique<AuthService>(m_store->db(), m_clock, QStringLiteral("device-1"));

        Result<IntentVocabulary> fromStores = IntentVocabulary::load(m_catalog->db(), &m_store->db());
        QVERIFY2(fromStores.has_value(), test::why(fromStores).constData());
        QVERIFY(fromStores->places.contains(QStringList { QStringLiteral("bodega"), QStringLiteral("2") }));
        QVERIFY(fromStores->places.contains(QStringList { QStringLiteral("zapopan") }));
    }

    void numberWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("length");
        QTest::newRow("dos") << "dos" << 2 << 1;
        QTest::newRow("quince") << "quince" << 15 << 1;
        QTest::newRow("veinte") << "veinte" << 20 << 1;
        QTest::newRow("veintidos") << "veintidós" << 22 << 1;
        QTest::newRow("treinta y cinco") << "treinta y cinco" << 35 << 3;
        QTest::newRow("cuarenta solo") << "cuarenta balatas" << 40 << 1;
        QTest::newRow("ciento veinte") << "ciento veinte" << 120 << 2;
        QTest::newRow("doscientos cincuenta") << "doscientos cincuenta" << 250 << 2;
        QTest::newRow("un par") << "un par" << 2 << 2;
        QTest::newRow("media docena") << "media docena" << 6 << 2;
        QTest::newRow("una docena") << "una docena" << 12 << 2;
        QTest::newRow("digits") << "12" << 12 << 1;
        QTest::newRow("uno") << "uno" << 1 << 1;
    }
    void numberWords()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        QFETCH(int, length);
        const std::optional<SpokenNumber> number = NumberWords::read(SearchText::words(text), 0);
        QVERIFY(number.has_value());
        QCOMPARE(number->value, value);
        QCOMPARE(number->length, length);
    }
    void articlesAreNotNumbers()
    {
        QVERIFY(!NumberWords::read(SearchText::words(u"un tsuru"), 0));
        QVERIFY(!NumberWords::read(SearchText::words(u"una balata"), 0));
        QCOMPARE(*NumberWords::ordinal(QStringLiteral("ultima")), -1);
        QCOMPARE(*NumberWords::ordinal(QStringLiteral("segundo")), 2);
    }

    // The intent table: ≥100 phrasings as a counter says them, with the slots each must yield.
    void intents_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        const QString path = qEnvironmentVariable("NEXUS_SOURCE_DIR") + QStringLiteral("/tests/data/assistant/intents.tsv");
        Result<QList<IntentCase>> cases = IntentCase::readTable(path);
        QVERIFY2(cases.has_value(), test::why(cases).constData());
        QVERIFY(cases->size() >= 100);
        int rejected = 0;
        for (const IntentCase &item : *cases) {
            rejected += item.kind == u"unknown" ? 1 : 0;
            QTest::newRow(qPrintable(QString::number(item.line) + QStringLiteral(": ") + item.phrase))
                << item.phrase << item.kind << item.slots;
        }
        QVERIFY(rejected >= 20);
    }
    void intents()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const IntentCase row { 0, phrase, kind, expected };
        const QString mismatch = row.mismatch(m_parser->parse(phrase));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // The same parts search as the counter: the vehicle filter narrows what the catalogue shows.
    void searchUsesTheCatalogueAndVehicle()
    {
        QVERIFY(m_store);
        QVERIFY(m_auth->login(QStringLiteral("cajero"), QStringLiteral("clave")).has_value());
        std::unique_ptr<Assistant> chalan = assistant();
        QVERIFY(chalan);
        const AssistantReply reply = chalan->ask(QStringLiteral("¿Tienes balatas para un Tsuru 2015?"));
        QVERIFY(reply.understood);
        QVERIFY2(!reply.parts.isEmpty(), qPrintable(reply.text));
        for (const PartCard &card : reply.parts)
            QVERIFY2(SearchText::normalize(card.name).contains(QStringLiteral("balata")), qPrintable(card.name));
        QVERIFY(reply.text.contains(QStringLiteral("2015")));
        // "frenos" finds the same parts through the catalogue's synonyms.
        const AssistantReply frenos = chalan->ask(QStringLiteral("frenos para tsuru 2015"));
        QCOMPARE(frenos.parts.size(), reply.parts.size());
        QCOMPARE(frenos.parts.front().partId, reply.parts.front().partId);
    }

    // Adding through the assistant changes the real Cart (prices from the lookup, the warehouse with stock).
    void cartActionsChangeTheRealCart()
    {
        QVERIFY(m_auth->login(QStringLiteral("cajero"), QStringLiteral("clave")).has_value());
        std::unique_ptr<Assistant> chalan = assistant();
        QVERIFY(chalan);
        Cart cart;
        CartItemLookup lookup(m_catalog->db());
        CounterCart counter(cart, lookup, m_store->db(), m_warehouses);
        const QString sku = skuOf(QStringLiteral("Bujías"));
        QVERIFY(!sku.isEmpty());
        const qint64 partId = *lookup.findByCode(sku);
        QVERIFY(m_store->db()
                    .exec(QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?1, "
                                         "'wh-bod2', 9000)"),
                        { partId })
                    .has_value());

        // No cart attached: nothing to change, and it says so.
        AssistantReply reply = chalan->ask(QStringLiteral("agrega dos ") + sku);
        QVERIFY(!reply.changedCart);

        chalan->setCart(&counter);
        reply = chalan->ask(QStringLiteral("agrega dos ") + sku);
        QVERIFY2(reply.changedCart, qPrintable(reply.text));
        QCOMPARE(cart.lines().size(), std::size_t(1));
        QCOMPARE(cart.lines().front().item.sku, sku);
        QCOMPARE(cart.lines().front().quantity, Quantity::units(2));
        QCOMPARE(cart.lines().front().item.warehouseId, QStringLiteral("wh-bod2")); // the one with stock
        const Result<CartItem> priced = lookup.item(partId, std::nullopt, QStringLiteral("wh-bod2"));
        QCOMPARE(cart.lines().front().item.unitPrice.centavos(), priced->unitPrice.centavos());

        // Many matches: it asks, the ticket does not change; "agrega el primero" adds the first card.
        reply = chalan->ask(QStringLiteral("agrega tres filtros de aceite"));
        QVERIFY2(reply.parts.size() > 1, qPrintable(reply.text));
        QVERIFY(!reply.changedCart);
        QCOMPARE(cart.lines().size(), std::size_t(1));
        const qint64 first = reply.parts.front().partId;
        reply = chalan->ask(QStringLiteral("agrega tres del primero"));
        QVERIFY2(reply.changedCart, qPrintable(reply.text));
        QCOMPARE(cart.lines().size(), std::size_t(2));
        QCOMPARE(cart.lines().back().item.partId, first);
        QCOMPARE(cart.lines().back().quantity, Quantity::units(3));

        reply = chalan->ask(QStringLiteral("cambia la línea 1 a cinco"));
        QVERIFY2(reply.changedCart, qPrintable(reply.text));
        QCOMPARE(cart.lines().front().quantity, Quantity::units(5));
        reply = chalan->ask(QStringLiteral("que sean cuatro"));
        QCOMPARE(cart.lines().back().quantity, Quantity::units(4));

        // A line that does not exist: nothing changes.
        reply = chalan->ask(QStringLiteral("quita la línea 7"));
        QVERIFY(!reply.changedCart);
        QCOMPARE(cart.lines().size(), std::size_t(2));
        // Unknown speech never acts.
        reply = chalan->ask(QStringLiteral("borra todo"));
        QVERIFY(!reply.understood);
        QVERIFY(!reply.suggestions.isEmpty());
        QCOMPARE(cart.lines().size(), std::size_t(2));

        reply = chalan->ask(QStringLiteral("quita la línea 2"));
        QVERIFY2(reply.changedCart, qPrintable(reply.text));
        QCOMPARE(cart.lines().size(), std::size_t(1));
        QCOMPARE(cart.lines().front().item.sku, sku);
    }

    void cartNeedsTheSellPermission()
    {
        QVERIFY(m_auth->login(QStringLiteral("gerente"), QStringLiteral("clave")).has_value());
        m_auth->logout();
        std::unique_ptr<Assistant> chalan = assistant();
        Cart cart;
        CartItemLookup lookup(m_catalog->db());
        CounterCart counter(cart, lookup, m_store->db(), m_warehouses);
        chalan->setCart(&counter);
        const AssistantReply reply = chalan->ask(QStringLiteral("agrega dos ") + skuOf(QStringLiteral("Bujías")));
        QVERIFY(reply.refused);
        QVERIFY(cart.isEmpty());
    }

    // Today's sales are for managers: a cashier is refused (and the refusal is audited), a manager gets the figures.
    void salesSummaryOnlyForManagers()
    {
        QVERIFY(m_store->db()
                    .execScript(QStringLiteral(
                        "INSERT INTO cash_sessions(id, branch_id, device_id, opened_by, opened_at, "
                        "opening_float_cents) VALUES ('cs-1', 'branch-1', 'device-1', 'u', '2026-01-15T08:00:00Z', 0);"
                        "INSERT INTO sales(id, folio, branch_id, device_id, cash_session_id, cashier_id, price_list, "
                        "subtotal_cents, tax_cents, total_cents, discount_cents, sold_at) VALUES "
                        "('s1', 'F-1', 'branch-1', 'device-1', 'cs-1', 'u', 'publico', 0, 0, 11600, 0, "
                        "'2026-01-15T09:00:00.000Z'),"
                        "('s2', 'F-2', 'branch-1', 'device-1', 'cs-1', 'u', 'publico', 0, 0, 23200, 0, "
                        "'2026-01-15T09:30:00.000Z'),"
                        "('s0', 'F-0', 'branch-1', 'device-1', 'cs-1', 'u', 'publico', 0, 0, 99900, 0, "
                        "'2026-01-14T09:00:00.000Z');"))
                    .has_value());
        QVERIFY(m_auth->login(QStringLiteral("cajero"), QStringLiteral("clave")).has_value());
        std::unique_ptr<Assistant> chalan = assistant();
        AssistantReply reply = chalan->ask(QStringLiteral("¿cuánto llevamos vendido hoy?"));
        QCOMPARE(reply.intent.kind, IntentKind::SalesSummary);
        QVERIFY(reply.refused);
        QVERIFY(!reply.text.contains(QStringLiteral("348")));
        const QList<AuditEntry> audit = *m_auth->audit().recent();
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(),
            [](const AuditEntry &entry) { return entry.action == u"permission_denied"; }));

        m_auth->logout();
        QVERIFY(m_auth->login(QStringLiteral("gerente"), QStringLiteral("clave")).has_value());
        reply = chalan->ask(QStringLiteral("resumen de ventas de hoy"));
        QVERIFY(!reply.refused);
        QVERIFY2(reply.text.contains(QStringLiteral("2")) && reply.text.contains(QStringLiteral("348")),
            qPrintable(reply.text));
        const Result<DailySales> sales = DailySales::today(m_store->db(), m_clock);
        QCOMPARE(sales->tickets, 2);
        QCOMPARE(sales->total.centavos(), 34800);
    }

    void orderStatusFromTheWorkshop()
    {
        QVERIFY(m_store->db()
                    .execScript(QStringLiteral(
                        "INSERT INTO service_orders(id, folio, branch_id, device_id, status, customer_name, "
                        "vehicle_make, vehicle_model, vehicle_year, opened_by, opened_at, updated_at) VALUES "
                        "('o1', 'OS-000015', 'branch-1', 'device-1', 'repair', 'Juan Pérez', 'Volkswagen', 'Jetta', "
                        "2012, 'u', '2026-01-15T08:00:00Z', '2026-01-15T08:00:00Z'),"
                        "('o2', 'OS-000016', 'branch-1', 'device-1', 'ready', 'Pedro Gómez', 'Nissan', 'Tsuru', "
                        "2010, 'u', '2026-01-15T08:00:00Z', '2026-01-15T08:00:00Z'),"
                        "('o3', 'CEN2B7F-OS000017', 'branch-1', 'device-2', 'diagnosis', 'Rosa Treviño', 'Ford', "
                        "'Ranger', 2018, 'u', '2026-01-15T08:00:00Z', '2026-01-15T08:00:00Z');"))
                    .has_value());
        QVERIFY(m_auth->login(QStringLiteral("cajero"), QStringLiteral("clave")).has_value());
        std::unique_ptr<Assistant> chalan = assistant();
        AssistantReply reply = chalan->ask(QStringLiteral("¿Cómo va la orden del Jetta de Juan Pérez?"));
        QCOMPARE(reply.orders.size(), std::size_t(1));
        QCOMPARE(reply.orders.front().folio, QStringLiteral("OS-000015"));
        QCOMPARE(reply.orders.front().status, ServiceOrderStatus::Repair);
        reply = chalan->ask(QStringLiteral("estado de la orden 16"));
        QCOMPARE(reply.orders.size(), std::size_t(1));
        QCOMPARE(reply.orders.front().customerName, QStringLiteral("Pedro Gómez"));
        // An order in a device's own series (opened at another counter of the branch) answers to its number too.
        reply = chalan->ask(QStringLiteral("estado de la orden 17"));
        QCOMPARE(reply.orders.size(), std::size_t(1));
        QCOMPARE(reply.orders.front().customerName, QStringLiteral("Rosa Treviño"));
        reply = chalan->ask(QStringLiteral("¿ya está listo el Tsuru de Pedro?"));
        QCOMPARE(reply.orders.size(), std::size_t(1));
        reply = chalan->ask(QStringLiteral("¿cómo va el Jetta de Pedro?"));
        QVERIFY(reply.orders.empty());
    }

    void customerLookup()
    {
        CustomerFields fields;
        fields.name = QStringLiteral("Refacciones del Norte SA de CV");
        fields.phone = QStringLiteral("8112345678");
        QVERIFY(m_store->db()
                    .exec(QStringLiteral("INSERT INTO customers(id, name, phone, hlc, created_at, updated_at, "
                                         "search_text) VALUES ('c1', ?1, ?2, '', '', '', ?3)"),
                        { fields.name, fields.phone, customerSearchText(fields) })
                    .has_value());
        QVERIFY(m_auth->login(QStringLiteral("cajero"), QStringLiteral("clave")).has_value());
        std::unique_ptr<Assistant> chalan = assistant();
        AssistantReply reply = chalan->ask(QStringLiteral("Busca al cliente Refacciones del Norte"));
        QCOMPARE(reply.customers.size(), 1);
        QCOMPARE(reply.customers.front().id, QStringLiteral("c1"));
        QVERIFY(reply.text.contains(QStringLiteral("8112345678")));
        reply = chalan->ask(QStringLiteral("busca al cliente Refacciones del Sur"));
        QVERIFY(reply.customers.isEmpty());
    }

    void stockByWarehouse()
    {
        QVERIFY(m_auth->login(QStringLiteral("cajero"), QStringLiteral("clave")).has_value());
        std::unique_ptr<Assistant> chalan = assistant();
        const QString sku = skuOf(QStringLiteral("Bujías"));
        // 9 in Bodega 2 from cartActionsChangeTheRealCart.
        AssistantReply reply = chalan->ask(QStringLiteral("¿cuántas ") + sku + QStringLiteral(" hay en la bodega 2?"));
        QCOMPARE(reply.intent.kind, IntentKind::CheckStock);
        QVERIFY2(!reply.parts.isEmpty() && reply.parts.front().sku == sku, qPrintable(reply.text));
        QCOMPARE(reply.parts.front().stockText, QStringLiteral("Bodega 2: 9"));
        reply = chalan->ask(QStringLiteral("¿cuántas ") + sku + QStringLiteral(" hay en la bodega 7?"));
        QVERIFY(reply.text.contains(QStringLiteral("Bodega 2")));
    }
};

QTEST_GUILESS_MAIN(TestAssistant)
#include "testassistant.moc"
