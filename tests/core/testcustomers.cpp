// Customers at the counter: validation rules (data-driven), RFC overrides, duplicates, accent-insensitive search,
// hybrid logical clock stamps, the facts that go up, the pulled replica (last writer wins, server figures), and the
// credit account: available amount, tender split, manager above the limit, abono application, checkout writes.
#include "common/idgenerator.h"
#include "customers/creditaccount.h"
#include "cash/cashmovementservice.h"
#include "cash/tillledger.h"
#include "cash/tillreportdocument.h"
#include "cash/tillreports.h"
#include "customers/customerpayload.h"
#include "customers/customerpaymentservice.h"
#include "customers/customerreplica.h"
#include "customers/customerrepository.h"
#include "customers/customerservice.h"
#include "customers/customervalidation.h"
#include "customers/hybridclock.h"
#include "customers/rfc.h"
#include "mockclock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("0190a1b2-dev1");
const QString kBranch = QStringLiteral("branch-1");

// A valid RFC from its first 12 (física) or 11 (moral) characters: the SAT check digit appended.
QString rfc(const QString &body)
{
    return body + rfcCheckDigit(body);
}

// The same RFC with a check digit that does not match.
QString wrongDigit(const QString &body)
{
    const QChar right = rfcCheckDigit(body);
    return body + (right == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
}

CustomerFields persona(const QString &name = QStringLiteral("José Pérez Núñez"))
{
    CustomerFields f;
    f.name = name;
    f.rfc = rfc(QStringLiteral("PENJ800101AB"));
    f.fiscalRegime = QStringLiteral("612");
    f.postalCode = QStringLiteral("64000");
    f.cfdiUse = QStringLiteral("G03");
    f.phone = QStringLiteral("81 8123 4567");
    f.email = QStringLiteral("jose.perez@example.mx");
    f.priceList = QStringLiteral("taller");
    return f;
}

CustomerContext cashier()
{
    return CustomerContext { kDevice, kBranch, QStringLiteral("user-cajero"), Role::Cashier, {}, {} };
}

CustomerContext manager()
{
    return CustomerContext { kDevice, kBranch, QStringLiteral("user-gerente"), Role::Manager, {}, {} };
}

CartItem item(qint64 partId, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), QStringLiteral("Pieza %1").arg(partId),
        QStringLiteral("wh-1"), Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1,
        QStringLiteral("25174400"), QStringLiteral("H87") };
}

} // namespace

class TestCustomers final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock;
    int m_round = 0;

    Database &db() { return m_store->db(); }
    CustomerService service() { return CustomerService(db(), m_clock); }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    QList<OutboxEntry> outbox()
    {
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(100);
        return pending ? *pending : QList<OutboxEntry>();
    }
    Customer create(CustomerFields fields, const CustomerContext &context = manager())
    {
        Result<Customer> created = service().create(fields, context);
        if (!created)
            qWarning("create refused: %s", qPrintable(created.error().logMessage()));
        return created ? *created : Customer {};
    }
    void openTill()
    {
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(QStringLiteral("user-cajero"), Money(50000)));
    }
    Result<SaleReceipt> sellOnCredit(const QString &customerId, qint64 cents, Role role = Role::Cashier,
        const QString &authorizedBy = {}, std::vector<Tender> extra = {})
    {
        Cart cart;
        if (Status added = cart.add(item(7, cents), Quantity::units(1)); !added)
            return std::unexpected(added.error());
        cart.setCustomerId(customerId);
        qint64 other = 0;
        for (const Tender &tender : extra)
            other += tender.tendered.centavos();
        std::vector<Tender> tenders = extra;
        tenders.push_back(Tender { TenderMethod::StoreCredit, Money(cents - other), 0, {} });
        m_clock.advanceMs(60'000);
        CheckoutContext context { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-cajero"), role,
            false, authorizedBy };
        return CheckoutService(db(), m_clock).checkout(cart, tenders, context);
    }
    // What the server's "customers" bucket would send for `customer` with these figures.
    QJsonObject serverRow(const Customer &customer, qint64 balance, qint64 storeCredit, const QJsonArray &documents = {})
    {
        QJsonObject row = customerFieldsJson(customer.fields);
        row.insert(QStringLiteral("id"), customer.id);
        row.insert(QStringLiteral("hlc"), customer.hlc);
        row.insert(QStringLiteral("active"), 1);
        row.insert(QStringLiteral("created_at"), customer.createdAtUtc);
        row.insert(QStringLiteral("updated_at"), customer.updatedAtUtc);
        row.insert(QStringLiteral("balance_cents"), balance);
        row.insert(QStringLiteral("store_credit_cents"), storeCredit);
        row.insert(QStringLiteral("open_documents"), documents);
        return row;
    }
    Status pull(const QJsonObject &row)
    {
        Transaction transaction(db());
        if (Status begun = transaction.begin(); !begun)
            return begun;
        CustomerReplica replica(db());
        if (Status applied = replica.apply(row, QStringLiteral("2026-01-15T10:00:00.000Z")); !applied)
            return applied;
        return transaction.commit();
    }
    void ackAll()
    {
        QVERIFY(db().exec(QStringLiteral("UPDATE outbox SET acked_at = '2026-01-15T10:00:00.000Z' "
                                         "WHERE acked_at IS NULL")));
    }

private Q_SLOTS:
    void init()
    {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round)));
        QVERIFY2(store, test::why(store).constData());
        m_store = std::move(*store);
    }
    void cleanup() { m_store.reset(); }

    void validationRules_data()
    {
        QTest::addColumn<QString>("field"); // what to change
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("acceptDigit");
        QTest::addColumn<QString>("errorField"); // '' when valid
        QTest::newRow("complete física") << QString() << QString() << false << QString();
        QTest::newRow("no name") << "name" << "   " << false << "name";
        QTest::newRow("name too long") << "name" << QString(300, QLatin1Char('A')) << false << "name";
        QTest::newRow("shop customer without RFC") << "rfc" << "" << false << QString();
        QTest::newRow("RFC wrong length") << "rfc" << "PENJ8001" << false << "rfc";
        QTest::newRow("RFC impossible date") << "rfc" << rfc(QStringLiteral("PENJ800231AB")) << false << "rfc";
        QTest::newRow("RFC impossible date even accepted") << "rfc" << rfc(QStringLiteral("PENJ800231AB")) << true
                                                           << "rfc";
        QTest::newRow("RFC digits in the name part") << "rfc" << rfc(QStringLiteral("P3NJ800101AB")) << false << "rfc";
        QTest::newRow("check digit mismatch refused") << "rfc" << wrongDigit(QStringLiteral("PENJ800101AB")) << false
                                                      << "rfc";
        QTest::newRow("check digit mismatch accepted") << "rfc" << wrongDigit(QStringLiteral("PENJ800101AB")) << true
                                                       << QString();
        QTest::newRow("moral regime for a física") << "fiscal_regime" << "601" << false << "fiscal_regime";
        QTest::newRow("unknown regime") << "fiscal_regime" << "999" << false << "fiscal_regime";
        QTest::newRow("regime needed with RFC") << "fiscal_regime" << "" << false << "fiscal_regime";
        QTest::newRow("CP of 4 digits") << "postal_code" << "6400" << false << "postal_code";
        QTest::newRow("CP with a letter") << "postal_code" << "6400A" << false << "postal_code";
        QTest::newRow("CP needed with RFC") << "postal_code" << "" << false << "postal_code";
        QTest::newRow("unknown uso CFDI") << "cfdi_use" << "G99" << false << "cfdi_use";
        QTest::newRow("phone of 9 digits") << "phone" << "81 8123 456" << false << "phone";
        QTest::newRow("phone with letters") << "phone" << "81-TALLER" << false << "phone";
        QTest::newRow("phone with +52") << "phone" << "+52 (81) 8123-4567" << false << QString();
        QTest::newRow("phone with +521") << "phone" << "+521 81 8123 4567" << false << QString();
        QTest::newRow("no phone") << "phone" << "" << false << QString();
        QTest::newRow("e-mail without domain") << "email" << "jose@" << false << "email";
        QTest::newRow("e-mail with spaces") << "email" << "jose perez@example.mx" << false << "email";
        QTest::newRow("no price list") << "price_list" << "" << false << "price_list";
        QTest::newRow("negative credit") << "credit_limit" << "-1" << false << "credit_limit";
        QTest::newRow("credit beyond the maximum") << "credit_limit" << "10000000001" << false << "credit_limit";
        QTest::newRow("terms of 400 days") << "credit_days" << "400" << false << "credit_days";
        QTest::newRow("terms of 30 days") << "credit_days" << "30" << false << QString();
    }

    void validationRules()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, acceptDigit);
        QFETCH(QString, errorField);
        CustomerFields f = persona();
        if (field == QLatin1String("name"))
            f.name = value;
        else if (field == QLatin1String("rfc"))
            f.rfc = value;
        else if (field == QLatin1String("fiscal_regime"))
            f.fiscalRegime = value;
        else if (field == QLatin1String("postal_code"))
            f.postalCode = value;
        else if (field == QLatin1String("cfdi_use"))
            f.cfdiUse = value;
        else if (field == QLatin1String("phone"))
            f.phone = value;
        else if (field == QLatin1String("email"))
            f.email = value;
        else if (field == QLatin1String("price_list"))
            f.priceList = value;
        else if (field == QLatin1String("credit_limit"))
            f.creditLimit = Money(value.toLongLong());
        else if (field == QLatin1String("credit_days"))
            f.creditDays = value.toInt();
        Result<ValidatedCustomer> valid = validateCustomer(f, acceptDigit);
        if (errorField.isEmpty()) {
            QVERIFY2(valid, test::why(valid).constData());
            if (field == QLatin1String("phone") && !value.isEmpty())
                QCOMPARE(valid->fields.phone, QStringLiteral("8181234567"));
            QCOMPARE(valid->rfcCheckDigitMismatch, acceptDigit);
        } else {
            QVERIFY(!valid);
            QCOMPARE(valid.error().field(), errorField);
            QCOMPARE(valid.error().code(), ErrorCode::InvalidInput);
            QVERIFY(!valid.error().message().isEmpty());
        }
    }

    void rfcKindsAndCatalogues()
    {
        // A persona moral: 601 yes, 612 no; D01 (médicos) only for físicas.
        CustomerFields moral = persona(QStringLiteral("Refaccionaria del Norte SA de CV"));
        moral.rfc = rfc(QStringLiteral("RNO010203AB"));
        moral.fiscalRegime = QStringLiteral("601");
        QVERIFY2(validateCustomer(moral, false), test::why(validateCustomer(moral, false)).constData());
        moral.fiscalRegime = QStringLiteral("612");
        QCOMPARE(validateCustomer(moral, false).error().field(), QStringLiteral("fiscal_regime"));
        moral.fiscalRegime = QStringLiteral("626"); // RESICO: both
        moral.cfdiUse = QStringLiteral("D01");
        QCOMPARE(validateCustomer(moral, false).error().field(), QStringLiteral("cfdi_use"));
        // The generic RFC goes with 616 and S01, as CFDI 4.0 requires.
        CustomerFields generic = persona(QStringLiteral("Público en general"));
        generic.rfc = QStringLiteral("xaxx-010101-000");
        QCOMPARE(validateCustomer(generic, false).error().field(), QStringLiteral("fiscal_regime"));
        generic.fiscalRegime = QStringLiteral("616");
        QCOMPARE(validateCustomer(generic, false).error().field(), QStringLiteral("cfdi_use"));
        generic.cfdiUse = QStringLiteral("S01");
        Result<ValidatedCustomer> valid = validateCustomer(generic, false);
        QVERIFY2(valid, test::why(valid).constData());
        QCOMPARE(valid->fields.rfc, QStringLiteral("XAXX010101000"));
        QCOMPARE(valid->rfcKind, RfcKind::Generic);
        // Only the check digit wrong is told apart from a wrong structure.
        QVERIFY(checkRfc(wrongDigit(QStringLiteral("PENJ800101AB"))).checkDigitMismatch);
        QVERIFY(!checkRfc(rfc(QStringLiteral("PENJ800231AB"))).checkDigitMismatch);
        QVERIFY(!checkRfc(QStringLiteral("PENJ80")).checkDigitMismatch);
    }

    void hybridClockStampsOrder()
    {
        const QString first = nextHlc(1000, QString(), QStringLiteral("dev-b"));
        QCOMPARE(HlcStamp::parse(first).ms, 1000);
        QCOMPARE(HlcStamp::parse(first).deviceId, QStringLiteral("dev-b"));
        // The same millisecond, or a wall clock behind what was seen: the counter moves it ahead.
        const QString second = nextHlc(1000, first, QStringLiteral("dev-a"));
        QVERIFY(hlcIsNewer(second, first));
        QCOMPARE(HlcStamp::parse(second).counter, 1);
        const QString behind = nextHlc(500, second, QStringLiteral("dev-a"));
        QVERIFY(hlcIsNewer(behind, second));
        QCOMPARE(HlcStamp::parse(behind).ms, 1000);
        const QString later = nextHlc(2000, behind, QStringLiteral("dev-a"));
        QVERIFY(hlcIsNewer(later, behind));
        QCOMPARE(HlcStamp::parse(later).counter, 0);
        QVERIFY(hlcIsNewer(first, QString()));
        QCOMPARE(HlcStamp::parse(QStringLiteral("not a stamp")).ms, 0);
    }

    void createWritesTheRowAndItsFactOrNothing()
    {
        CustomerFields bad = persona();
        bad.postalCode = QStringLiteral("123");
        Result<Customer> refused = service().create(bad, cashier());
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("postal_code"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers")), 0);
        QCOMPARE(outbox().size(), 0);

        Result<Customer> created = service().create(persona(), cashier());
        QVERIFY2(created, test::why(created).constData());
        QCOMPARE(created->fields.phone, QStringLiteral("8181234567"));
        QCOMPARE(created->fields.rfc, rfc(QStringLiteral("PENJ800101AB")));
        QCOMPARE(HlcStamp::parse(created->hlc).deviceId, kDevice);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND server_acked_seq IS NULL"),
                     { created->id }),
            1);
        const QList<OutboxEntry> facts = outbox();
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts.first().type, QString(kCustomerCreatedMutation));
        QCOMPARE(facts.first().payload.value(QStringLiteral("id")).toString(), created->id);
        QCOMPARE(facts.first().payload.value(QStringLiteral("hlc")).toString(), created->hlc);
        QCOMPARE(facts.first().payload.value(QStringLiteral("phone")).toString(), QStringLiteral("8181234567"));
        QCOMPARE(facts.first().payload.value(QStringLiteral("branch_id")).toString(), kBranch);
    }

    void duplicatesAreRefusedWithTheOtherCustomersName()
    {
        const Customer first = create(persona());
        QVERIFY(!first.id.isEmpty());
        CustomerFields sameRfc = persona(QStringLiteral("J. Pérez"));
        sameRfc.phone.clear();
        Result<Customer> refused = service().create(sameRfc, cashier());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Conflict);
        QCOMPARE(refused.error().field(), QStringLiteral("rfc"));
        QVERIFY(refused.error().message().contains(QStringLiteral("José Pérez Núñez")));
        CustomerFields samePhone = persona(QStringLiteral("Otro cliente"));
        samePhone.rfc.clear();
        samePhone.phone = QStringLiteral("+52 81 8123 4567");
        refused = service().create(samePhone, cashier());
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("phone"));
        // The generic RFC is shared by many customers.
        CustomerFields generic { QStringLiteral("Mostrador 1"), QStringLiteral("XAXX010101000"), QStringLiteral("616"),
            QStringLiteral("64000"), QStringLiteral("S01"), {}, {}, QStringLiteral("publico"), Money(), 0 };
        QVERIFY(service().create(generic, cashier()));
        generic.name = QStringLiteral("Mostrador 2");
        QVERIFY(service().create(generic, cashier()));
        // Editing a customer does not make them a duplicate of themselves.
        CustomerFields edited = first.fields;
        edited.email = QStringLiteral("nuevo@example.mx");
        QVERIFY(service().update(first.id, edited, cashier()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers")), 3);
    }

    void checkDigitMismatchNeedsAManager()
    {
        CustomerFields f = persona();
        f.rfc = wrongDigit(QStringLiteral("PENJ800101AB"));
        Result<Customer> refused = service().create(f, cashier());
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("rfc"));
        CustomerContext authorized = cashier();
        authorized.rfcAcceptedBy = QStringLiteral("gerente");
        Result<Customer> saved = service().create(f, authorized);
        QVERIFY2(saved, test::why(saved).constData());
        QCOMPARE(saved->rfcAcceptedBy, QStringLiteral("gerente"));
        QCOMPARE(outbox().last().payload.value(QStringLiteral("rfc_accepted_by")).toString(), QStringLiteral("gerente"));
        // An edit of other fields keeps the accepted RFC without asking again.
        CustomerFields edited = saved->fields;
        edited.email = QStringLiteral("otro@example.mx");
        Result<Customer> again = service().update(saved->id, edited, cashier());
        QVERIFY2(again, test::why(again).constData());
        QCOMPARE(again->rfcAcceptedBy, QStringLiteral("gerente"));
        // A manager may accept it themselves.
        f.rfc = wrongDigit(QStringLiteral("GOMA750505ZZ"));
        f.phone.clear();
        QVERIFY(service().create(f, manager()));
    }

    void creditTermsAreAManagersCall()
    {
        CustomerFields f = persona();
        f.creditLimit = Money(500000);
        f.creditDays = 30;
        Result<Customer> refused = service().create(f, cashier());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().field(), QStringLiteral("credit_limit"));
        CustomerContext authorized = cashier();
        authorized.creditAuthorizedBy = QStringLiteral("gerente");
        Result<Customer> saved = service().create(f, authorized);
        QVERIFY2(saved, test::why(saved).constData());
        // Other fields: a cashier may change them; the credit stays.
        CustomerFields edited = saved->fields;
        edited.phone = QStringLiteral("8187654321");
        QVERIFY(service().update(saved->id, edited, cashier()));
        edited.creditLimit = Money(900000);
        QCOMPARE(service().update(saved->id, edited, cashier()).error().field(), QStringLiteral("credit_limit"));
    }

    void updateCarriesTheStampItStartedFrom()
    {
        const Customer created = create(persona());
        CustomerFields edited = created.fields;
        edited.email = QStringLiteral("taller.perez@example.mx");
        m_clock.advanceMs(5);
        Result<Customer> updated = service().update(created.id, edited, cashier());
        QVERIFY2(updated, test::why(updated).constData());
        QVERIFY(hlcIsNewer(updated->hlc, created.hlc));
        const OutboxEntry fact = outbox().last();
        QCOMPARE(fact.type, QString(kCustomerUpdatedMutation));
        QCOMPARE(fact.payload.value(QStringLiteral("base_hlc")).toString(), created.hlc);
        QCOMPARE(fact.payload.value(QStringLiteral("hlc")).toString(), updated->hlc);
        // Nothing changed: nothing written.
        const qsizetype facts = outbox().size();
        QVERIFY(service().update(created.id, edited, cashier()));
        QCOMPARE(outbox().size(), facts);
    }

    void searchIgnoresAccentsAndCase()
    {
        const Customer jose = create(persona());
        CustomerFields other = persona(QStringLiteral("Refaccionaria Peña"));
        other.rfc.clear();
        other.phone = QStringLiteral("3398765432");
        other.email.clear();
        const Customer pena = create(other);
        const auto ids = [this](const QString &text) {
            QStringList found;
            Result<QList<Customer>> result = service().search(text);
            if (result)
                for (const Customer &c : *result)
                    found << c.fields.name;
            return found;
        };
        QCOMPARE(ids(QStringLiteral("jose perez")), QStringList { jose.fields.name });
        QCOMPARE(ids(QStringLiteral("PÉREZ núñez")), QStringList { jose.fields.name });
        QCOMPARE(ids(QStringLiteral("pena")), QStringList { pena.fields.name });
        QCOMPARE(ids(QStringLiteral("penj80")), QStringList { jose.fields.name }); // RFC prefix
        QCOMPARE(ids(QStringLiteral("4567")), QStringList { jose.fields.name }); // end of the phone
        QCOMPARE(ids(QStringLiteral("ez")), QStringList()); // words match from their start
        QCOMPARE(ids(QString()).size(), 2);
        QVERIFY(db().exec(QStringLiteral("UPDATE customers SET active = 0 WHERE id = ?"), { pena.id }));
        QCOMPARE(ids(QStringLiteral("pena")), QStringList());
    }

    void pulledRowsKeepALocalEditThatIsNewer()
    {
        const Customer created = create(persona());
        // The server's older version (another counter edited the name before this one's edit).
        Customer server = created;
        server.fields.name = QStringLiteral("José Pérez (servidor)");
        server.hlc = nextHlc(1, QString(), QStringLiteral("other-device"));
        QVERIFY(pull(serverRow(server, 0, 0)));
        Result<std::optional<Customer>> kept = service().find(created.id);
        QCOMPARE((*kept)->fields.name, created.fields.name);
        QVERIFY((*kept)->onServer);
        // A newer server version wins, and the search follows it.
        server.hlc = nextHlc(m_clock.nowMs() + 10'000, created.hlc, QStringLiteral("other-device"));
        QVERIFY(pull(serverRow(server, 0, 0)));
        kept = service().find(created.id);
        QCOMPARE((*kept)->fields.name, QStringLiteral("José Pérez (servidor)"));
        QCOMPARE(service().search(QStringLiteral("servidor"))->size(), 1);
        // The next local edit is stamped after what the server sent.
        CustomerFields edited = (*kept)->fields;
        edited.email = QStringLiteral("x@example.mx");
        Result<Customer> updated = service().update(created.id, edited, cashier());
        QVERIFY2(updated, test::why(updated).constData());
        QVERIFY(hlcIsNewer(updated->hlc, server.hlc));
        // A customer removed at head office is hidden, not deleted.
        Transaction transaction(db());
        QVERIFY(transaction.begin());
        CustomerReplica replica(db());
        QVERIFY(replica.retire(created.id));
        QVERIFY(transaction.commit());
        QCOMPARE(count(QStringLiteral("SELECT active FROM customers WHERE id = ?"), { created.id }), 0);
    }

    void availableCreditAndTheTenderSplit()
    {
        const CreditPosition position { Money(100000), 30, Money(30000), Money(5000) };
        QCOMPARE(position.available(), Money(75000)); // 1000 − 300 + 50
        const CreditCharge small = splitCreditTender(position, Money(2000));
        QCOMPARE(small.fromStoreCredit, Money(2000));
        QCOMPARE(small.onAccount, Money());
        const CreditCharge big = splitCreditTender(position, Money(20000));
        QCOMPARE(big.fromStoreCredit, Money(5000));
        QCOMPARE(big.onAccount, Money(15000));
        QVERIFY(checkCreditCharge(position, Money(75000), Role::Cashier, {}));
        const Status over = checkCreditCharge(position, Money(75001), Role::Cashier, {});
        QVERIFY(!over);
        QCOMPARE(over.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(over.error().field(), QStringLiteral("store_credit"));
        QVERIFY(checkCreditCharge(position, Money(75001), Role::Cashier, QStringLiteral("gerente")));
        QVERIFY(checkCreditCharge(position, Money(75001), Role::Manager, {}));
        QCOMPARE(creditDueDate(QDate(2026, 1, 15), 30), QDate(2026, 2, 14));
    }

    void abonosPayTheOldestDocumentsFirst()
    {
        const std::vector<OpenDocument> documents {
            { QStringLiteral("c"), QStringLiteral("F-3"), QStringLiteral("2026-03-01T10:00:00.000Z"), {}, Money(30000) },
            { QStringLiteral("a"), QStringLiteral("F-1"), QStringLiteral("2026-01-01T10:00:00.000Z"), {}, Money(10000) },
            { QStringLiteral("b"), QStringLiteral("F-2"), QStringLiteral("2026-02-01T10:00:00.000Z"), {}, Money(20000) },
        };
        AppliedPayment partial = applyOldestFirst(documents, Money(25000));
        QCOMPARE(partial.applications.size(), std::size_t(2));
        QCOMPARE(partial.applications[0].documentId, QStringLiteral("a"));
        QCOMPARE(partial.applications[0].amount, Money(10000));
        QCOMPARE(partial.applications[1].documentId, QStringLiteral("b"));
        QCOMPARE(partial.applications[1].amount, Money(15000));
        QCOMPARE(partial.unapplied, Money());
        AppliedPayment over = applyOldestFirst(documents, Money(70000));
        QCOMPARE(over.applications.size(), std::size_t(3));
        QCOMPARE(over.applications[2].documentId, QStringLiteral("c"));
        QCOMPARE(over.unapplied, Money(10000));
        QCOMPARE(applyOldestFirst({}, Money(100)).unapplied, Money(100));
    }

    void creditSaleChargesTheAccountInTheCheckoutTransaction()
    {
        openTill();
        CustomerFields f = persona();
        f.creditLimit = Money(100000); // $1,000.00
        f.creditDays = 15;
        const Customer customer = create(f);
        // $50 of store credit from an earlier return (already on the server).
        QVERIFY(db().exec(QStringLiteral("INSERT INTO store_credit_ledger(id, customer_id, amount_cents, ref_type, "
                                         "ref_id, at) VALUES ('r1', ?, 5000, 'return', 'ret-1', 'x')"),
            { customer.id }));
        Result<CreditPosition> before = service().creditPosition(customer.id);
        QVERIFY2(before, test::why(before).constData());
        QCOMPARE(before->available(), Money(105000));

        Result<SaleReceipt> sale = sellOnCredit(customer.id, 30000);
        QVERIFY2(sale, test::why(sale).constData());
        Result<CreditPosition> after = service().creditPosition(customer.id);
        QCOMPARE(after->storeCredit, Money());
        QCOMPARE(after->owed, Money(25000)); // $300 − the $50 of store credit
        QCOMPARE(after->available(), Money(75000));
        QCOMPARE(count(QStringLiteral("SELECT amount_cents FROM customer_account_ledger WHERE ref_id = ? AND "
                                      "kind = 'charge' AND due_on = '2026-01-30' AND outbox_seq = ?"),
                     { sale->saleId, sale->outboxSeq }),
            25000);
        QCOMPARE(count(QStringLiteral("SELECT amount_cents FROM store_credit_ledger WHERE ref_id = ? AND "
                                      "ref_type = 'sale'"),
                     { sale->saleId }),
            -5000);
        const OutboxEntry fact = outbox().last();
        QCOMPARE(fact.type, QStringLiteral("sale.completed"));
        QCOMPARE(fact.schemaVersion, 5); // 3 added the customer credit, 4 service lines, 5 the vehicle
        QCOMPARE(fact.payload.value(QStringLiteral("customer_id")).toString(), customer.id);
        const QJsonObject credit = fact.payload.value(QStringLiteral("customer_credit")).toObject();
        QCOMPARE(credit.value(QStringLiteral("store_credit_cents")).toInteger(), 5000);
        QCOMPARE(credit.value(QStringLiteral("account_cents")).toInteger(), 25000);
        QCOMPARE(credit.value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-01-30"));
        QCOMPARE(credit.value(QStringLiteral("authorized_by")).toString(), QString());

        // A cash sale carries no credit object.
        Cart cash;
        QVERIFY(cash.add(item(8, 1000), Quantity::units(1)));
        cash.setCustomerId(customer.id);
        QVERIFY(CheckoutService(db(), m_clock)
                    .checkout(cash, { Tender { TenderMethod::Cash, Money(1000), 0, {} } },
                        CheckoutContext { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-cajero"),
                            Role::Cashier, false }));
        QVERIFY(!outbox().last().payload.contains(QStringLiteral("customer_credit")));
        QCOMPARE(outbox().last().payload.value(QStringLiteral("customer_id")).toString(), customer.id);
    }

    void aboveTheAvailableCreditNeedsAManager()
    {
        openTill();
        CustomerFields f = persona();
        f.creditLimit = Money(10000); // $100.00
        const Customer customer = create(f);
        const qint64 sales = count(QStringLiteral("SELECT count(*) FROM sales"));
        const qsizetype facts = outbox().size();
        Result<SaleReceipt> refused = sellOnCredit(customer.id, 10001);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().field(), QStringLiteral("store_credit"));
        QVERIFY(refused.error().message().contains(Money(10000).format()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), sales);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_account_ledger")), 0);
        QCOMPARE(outbox().size(), facts);
        // Part of it in cash keeps it within the limit.
        QVERIFY(sellOnCredit(customer.id, 15000, Role::Cashier, {}, { Tender { TenderMethod::Cash, Money(5000), 0, {} } }));
        // Authorised by a manager: recorded with who authorised it.
        Result<SaleReceipt> authorized = sellOnCredit(customer.id, 20000, Role::Cashier, QStringLiteral("gerente"));
        QVERIFY2(authorized, test::why(authorized).constData());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_account_ledger WHERE ref_id = ? AND "
                                      "authorized_by = 'gerente'"),
                     { authorized->saleId }),
            1);
        QCOMPARE(outbox().last().payload.value(QStringLiteral("customer_credit")).toObject().value(
                     QStringLiteral("authorized_by")),
            QJsonValue(QStringLiteral("gerente")));
        QCOMPARE(service().creditPosition(customer.id)->available(), Money(-20000));
        // An unknown customer cannot be charged.
        Result<SaleReceipt> unknown = sellOnCredit(QStringLiteral("nobody"), 100);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field(), QStringLiteral("customer"));
    }

    void cashAbonoPaysTheOldestChargesAndGoesIntoTheDrawer()
    {
        CustomerFields f = persona();
        f.creditLimit = Money(100000);
        const Customer customer = create(f);
        const CustomerPaymentContext context { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-cajero"),
            Role::Cashier };
        // No till open: refused.
        Result<CustomerPaymentReceipt> refused
            = CustomerPaymentService(db(), m_clock).recordCash(customer.id, Money(100), context);
        QVERIFY(!refused);
        openTill();
        QCOMPARE(CustomerPaymentService(db(), m_clock).recordCash(customer.id, Money(100), context).error().field(),
            QStringLiteral("amount")); // owes nothing yet
        Result<SaleReceipt> first = sellOnCredit(customer.id, 30000);
        QVERIFY2(first, test::why(first).constData());
        Result<SaleReceipt> second = sellOnCredit(customer.id, 20000);
        QVERIFY2(second, test::why(second).constData());
        const Result<Money> drawerBefore = CashMovementService(db(), m_clock, kDevice, kBranch).expectedCash();
        QVERIFY2(drawerBefore, test::why(drawerBefore).constData());
        const qsizetype facts = outbox().size();
        Result<CustomerPaymentReceipt> tooMuch
            = CustomerPaymentService(db(), m_clock).recordCash(customer.id, Money(50001), context);
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().field(), QStringLiteral("amount"));
        QVERIFY(tooMuch.error().message().contains(Money(50000).format()));
        QCOMPARE(outbox().size(), facts);

        m_clock.advanceMs(60'000);
        Result<CustomerPaymentReceipt> abono
            = CustomerPaymentService(db(), m_clock).recordCash(customer.id, Money(40000), context);
        QVERIFY2(abono, test::why(abono).constData());
        QCOMPARE(abono->folio, QStringLiteral("MTZ1-A000001"));
        QCOMPARE(abono->applied.applications.size(), std::size_t(2));
        QCOMPARE(abono->applied.applications[0].folio, first->folio);
        QCOMPARE(abono->applied.applications[0].amount, Money(30000));
        QCOMPARE(abono->applied.applications[1].folio, second->folio);
        QCOMPARE(abono->applied.applications[1].amount, Money(10000));
        QCOMPARE(abono->owedAfter, Money(10000));
        QCOMPARE(service().creditPosition(customer.id)->owed, Money(10000));
        Result<std::vector<OpenDocument>> open = CustomerRepository(db()).openDocuments(customer.id);
        QCOMPARE(open->size(), std::size_t(1));
        QCOMPARE(open->front().folio, second->folio);
        QCOMPARE(open->front().remaining, Money(10000));
        // The drawer expects the cash; both facts go up, the payment after the cash-in.
        QCOMPARE(*CashMovementService(db(), m_clock, kDevice, kBranch).expectedCash(), *drawerBefore + Money(40000));
        const QList<OutboxEntry> all = outbox();
        QCOMPARE(all.size(), facts + 2);
        QCOMPARE(all.at(all.size() - 2).type, QStringLiteral("cash.moved"));
        QCOMPARE(all.last().type, QString(kCustomerPaymentMutation));
        QCOMPARE(all.last().payload.value(QStringLiteral("amount_cents")).toInteger(), 40000);
        QCOMPARE(all.last().payload.value(QStringLiteral("customer_id")).toString(), customer.id);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_account_ledger WHERE kind = 'payment' AND "
                                      "amount_cents = -40000 AND outbox_seq = ?"),
                     { all.last().seq }),
            1);
    }

    void cardAndTransferAbonosAreExpectedUnderTheirTender()
    {
        CustomerFields f = persona();
        f.creditLimit = Money(100000);
        const Customer customer = create(f);
        const CustomerPaymentContext context { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-cajero"),
            Role::Cashier };
        openTill();
        QVERIFY(sellOnCredit(customer.id, 60000));
        CustomerPaymentService payments(db(), m_clock);
        const qsizetype facts = outbox().size();
        // A card or transfer without its reference, or a tender an abono does not take: refused, nothing written.
        Result<CustomerPaymentReceipt> noReference
            = payments.record(customer.id, Tender { TenderMethod::CardCredit, Money(10000), 0, QStringLiteral("  ") },
                context);
        QVERIFY(!noReference);
        QCOMPARE(noReference.error().field(), QStringLiteral("reference"));
        QCOMPARE(payments.record(customer.id, Tender { TenderMethod::Transfer, Money(10000), 0, {} }, context)
                     .error()
                     .field(),
            QStringLiteral("reference"));
        QCOMPARE(payments.record(customer.id, Tender { TenderMethod::StoreCredit, Money(10000), 0, {} }, context)
                     .error()
                     .field(),
            QStringLiteral("method"));
        QCOMPARE(outbox().size(), facts);
        const Result<Money> drawerBefore = CashMovementService(db(), m_clock, kDevice, kBranch).expectedCash();
        QVERIFY2(drawerBefore, test::why(drawerBefore).constData());

        Result<CustomerPaymentReceipt> credit = payments.record(
            customer.id, Tender { TenderMethod::CardCredit, Money(10000), 0, QStringLiteral("AUT-778") }, context);
        QVERIFY2(credit, test::why(credit).constData());
        Result<CustomerPaymentReceipt> debit = payments.record(
            customer.id, Tender { TenderMethod::CardDebit, Money(5000), 0, QStringLiteral("AUT-779") }, context);
        QVERIFY2(debit, test::why(debit).constData());
        Result<CustomerPaymentReceipt> transfer = payments.record(
            customer.id, Tender { TenderMethod::Transfer, Money(20000), 0, QStringLiteral("SPEI 0042") }, context);
        QVERIFY2(transfer, test::why(transfer).constData());
        Result<CustomerPaymentReceipt> cash = payments.recordCash(customer.id, Money(2500), context);
        QVERIFY2(cash, test::why(cash).constData());
        QCOMPARE(service().creditPosition(customer.id)->owed, Money(60000 - 10000 - 5000 - 20000 - 2500));

        // Only the cash abono touches the drawer; each abono's fact carries its tender and reference.
        QCOMPARE(*CashMovementService(db(), m_clock, kDevice, kBranch).expectedCash(), *drawerBefore + Money(2500));
        const QList<OutboxEntry> all = outbox();
        QCOMPARE(all.size(), facts + 5); // three payments, the cash-in and the cash payment
        QStringList methods;
        for (const OutboxEntry &entry : all.mid(facts))
            if (entry.type == QString(kCustomerPaymentMutation))
                methods << entry.payload.value(QStringLiteral("method")).toString() + u'/'
                        + entry.payload.value(QStringLiteral("reference")).toString();
        QCOMPARE(methods,
            QStringList({ QStringLiteral("card_credit/AUT-778"), QStringLiteral("card_debit/AUT-779"),
                QStringLiteral("transfer/SPEI 0042"), QStringLiteral("cash/") }));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_account_ledger WHERE id = ? AND method = "
                                      "'transfer' AND reference = 'SPEI 0042' AND cash_session_id IS NOT NULL"),
                     { transfer->id }),
            1);

        // The till expects each under its tender; the report lists the abonos per tender.
        Result<std::optional<TillSession>> session = TillLedger(db()).openSession(kDevice);
        QVERIFY2(session && *session, "the till is open");
        Result<TillFigures> figures = TillLedger(db()).figures((*session)->id);
        QVERIFY2(figures, test::why(figures).constData());
        QCOMPARE(figures->expected(QStringLiteral("card_credit")), Money(10000));
        QCOMPARE(figures->expected(QStringLiteral("card_debit")), Money(5000));
        QCOMPARE(figures->expected(QStringLiteral("transfer")), Money(20000));
        QCOMPARE(figures->expectedCash(), *drawerBefore + Money(2500));
        QCOMPARE(figures->accountPayments.size(), std::size_t(4));
        QCOMPARE(figures->accountPayments.front().method, QStringLiteral("cash"));
        QCOMPARE(figures->accountPayments.front().expected, Money(2500));
        Result<TillReport> x = TillReports(db(), m_clock).x((*session)->id);
        QVERIFY2(x, test::why(x).constData());
        const QString text = tillReportDocument(*x).plainLines(48).join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("ABONOS A CUENTA DE CLIENTES")), qPrintable(text));
    }

    void serverFiguresIncludeWhatItAcknowledged()
    {
        openTill();
        CustomerFields f = persona();
        f.creditLimit = Money(100000);
        const Customer customer = create(f);
        QVERIFY(sellOnCredit(customer.id, 20000));
        QCOMPARE(service().creditPosition(customer.id)->owed, Money(20000));
        // The server's row arrives before it received the sale: the sale still counts, once.
        QVERIFY(pull(serverRow(customer, 0, 0)));
        QCOMPARE(service().creditPosition(customer.id)->owed, Money(20000));
        // Pushed and acknowledged, but the row has not come back yet: still once.
        ackAll();
        QCOMPARE(service().creditPosition(customer.id)->owed, Money(20000));
        // The server's row with the sale in it (plus a $70 charge at another branch): no double count.
        QJsonArray documents { QJsonObject { { QStringLiteral("id"), QStringLiteral("other:account") },
                                   { QStringLiteral("folio"), QStringLiteral("GDL1-000009") },
                                   { QStringLiteral("at"), QStringLiteral("2026-01-01T10:00:00.000Z") },
                                   { QStringLiteral("due_on"), QStringLiteral("2026-01-31") },
                                   { QStringLiteral("remaining_cents"), 7000 } },
            QJsonObject { { QStringLiteral("id"), QStringLiteral("sale:account") },
                { QStringLiteral("folio"), QStringLiteral("MTZ1-000001") },
                { QStringLiteral("at"), QStringLiteral("2026-01-15T10:01:00.000Z") },
                { QStringLiteral("due_on"), QStringLiteral("2026-01-15") },
                { QStringLiteral("remaining_cents"), 20000 } } };
        QVERIFY(pull(serverRow(customer, 27000, 0, documents)));
        QCOMPARE(service().creditPosition(customer.id)->owed, Money(27000));
        // A later sale here counts on top until its own acknowledgement comes back with the figures.
        QVERIFY(sellOnCredit(customer.id, 1000));
        QCOMPARE(service().creditPosition(customer.id)->owed, Money(28000));
        Result<std::vector<OpenDocument>> open = CustomerRepository(db()).openDocuments(customer.id);
        QVERIFY2(open, test::why(open).constData());
        QCOMPARE(open->size(), std::size_t(3));
        QCOMPARE(open->front().folio, QStringLiteral("GDL1-000009")); // oldest first
        QCOMPARE(open->back().remaining, Money(1000));
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "testcustomers.moc"
