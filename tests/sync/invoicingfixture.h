// The invoicing sync tests' fixture: a real nexus.db per test with a till, a manager and three customers, real
// sales, and the fake Facturapi on real HTTPS with the SAT's test issuer; the stamped XML checked by the SAT's
// validator. Used by sync_testinvoicestamping (invoices) and sync_testrelatedcfdi (notas de crédito, recibos de pago).
#pragma once

#include "auth/passwordhasher.h"
#include "auth/userrepository.h"
#include "cfdi/cfdisealer.h"
#include "cfdi/invoicingservice.h"
#include "client/invoicestamper.h"
#include "mockclock.h"
#include "pactestsupport.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>

namespace nexus::test {

const QString kDevice = QStringLiteral("dev-1");
const QString kBranch = QStringLiteral("branch-1");
const QString kWarehouse = QStringLiteral("wh-mostrador");
const QString kCashier = QStringLiteral("user-cajero");
const QString kManager = QStringLiteral("user-gerente");
const QString kCustomer = QStringLiteral("cust-ure");
const QString kOtherCustomer = QStringLiteral("cust-otro");
const QString kNoFiscalData = QStringLiteral("cust-mostrador");
const QString kApiKey = QStringLiteral("sk_test_stamping");

inline CartItem part(qint64 partId, qint64 priceCents, TaxRate tax = TaxRate::iva16())
{
    CartItem item;
    item.partId = partId;
    item.sku = QStringLiteral("SKU-%1").arg(partId);
    item.description = QStringLiteral("Pieza %1").arg(partId);
    item.warehouseId = kWarehouse;
    item.unitPrice = Money(priceCents);
    item.retailPrice = Money(priceCents);
    item.cost = Money(priceCents / 2);
    item.tax = tax;
    item.satProductKey = QStringLiteral("25174400");
    item.satUnitKey = QStringLiteral("H87");
    return item;
}

class InvoicingFixture
{
protected:
    TempDir m_dir;
    PacFixture m_pac;
    std::unique_ptr<LocalStore> m_store;
    MockClock m_clock { QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC) };
    int m_round = 0;

    Database &db() { return m_store->db(); }
    InvoicingService invoicing() { return InvoicingService(db(), m_clock, m_pac.issuer()); }
    InvoiceStamper stamper()
    {
        return InvoiceStamper(db(), m_clock, m_pac.issuer(), *m_pac.line.client, { m_dir.file(QStringLiteral("pdf")) });
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    void addCustomer(const QString &id, const QString &name, const QString &rfc, const QString &regime,
        const QString &zip, const QString &use)
    {
        const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO customers (id, name, rfc, fiscal_regime, postal_code, cfdi_use, "
                                         "hlc, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '0', ?, ?)"),
                        { id, name, rfc, regime, zip, use, now, now })
                    .has_value());
    }

    // A ticket: 2 × part 1 at $348.00 with a 5 % line discount, 1 × part 2 at $99.90, 1.5 × part 3 exempt at
    // $41.17; `customer` empty: a public sale.
    SaleReceipt sell(const QDateTime &at, const QString &customer = {}, TenderMethod method = TenderMethod::Cash)
    {
        m_clock.set(at);
        Cart cart;
        if (!cart.add(part(1, 34800), Quantity::units(2)) || !cart.add(part(2, 9990), Quantity::units(1))
            || !cart.add(part(3, 4117, TaxRate::exempt()), Quantity(1500)) || !cart.setLineDiscountPpm(0, 50'000))
            return {};
        cart.setCustomerId(customer);
        // Cash is handed over in round bills; a card pays the exact total.
        const Money tendered = method == TenderMethod::Cash ? Money(200000) : cart.totals().gross;
        const std::vector<Tender> tenders { Tender {
            method, tendered, 0, method == TenderMethod::Cash ? QString() : QStringLiteral("AUTH-7") } };
        const CheckoutContext checkout { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Manager, true };
        Result<SaleReceipt> receipt = CheckoutService(db(), m_clock).checkout(cart, tenders, checkout);
        if (!receipt)
            qWarning("sale: %s", qPrintable(receipt.error().logMessage()));
        return receipt ? *receipt : SaleReceipt {};
    }

    void validates(const QByteArray &stampedXml, const QString &name)
    {
        const QString path = m_dir.file(name + QStringLiteral(".xml"));
        QVERIFY(writeFileAtomically(path, withoutTfd(stampedXml)).has_value());
        const Validation validation = validateCfdi(path);
        QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));
    }

    Result<InvoiceRecord> stampedRecord(const QString &id)
    {
        Result<StampPass> pass = stamper().runOnce();
        if (!pass)
            return std::unexpected(pass.error());
        return invoicing().invoice(id);
    }

    void setUpOnce()
    {
        NEXUS_REQUIRE_SAT_VALIDATOR();
        qputenv("NEXUS_SECRET_STORE", "file"); // the runner's SecretStore: never the developer's keychain
        const Status loaded = m_pac.load();
        QVERIFY2(loaded.has_value(), why(loaded));
    }

    void setUpRound()
    {
        ++m_round;
        const Status started = m_pac.start(m_dir.file(QStringLiteral("pac-%1").arg(m_round)), kApiKey);
        QVERIFY2(started.has_value(), why(started));
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(m_round)));
        QVERIFY2(store.has_value(), why(store));
        m_store = std::move(*store);
        m_clock.set(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(kCashier, Money(100000)).has_value());
        UserRecord manager;
        manager.user.id = kManager;
        manager.user.username = QStringLiteral("gerente");
        manager.user.displayName = kManager;
        manager.user.role = Role::Manager;
        manager.user.branchId = kBranch;
        manager.passwordHash = PasswordHasher::hash(QStringLiteral("x"), 1000);
        QVERIFY(UserRepository(db()).upsert(manager).has_value());
        addCustomer(kCustomer, QStringLiteral("UNIVERSIDAD ROBOTICA ESPAÑOLA"), QStringLiteral("URE180429TM6"),
            QStringLiteral("601"), QStringLiteral("86991"), QStringLiteral("G01"));
        addCustomer(kOtherCustomer, QStringLiteral("INDUSTRIAS DEL NORTE"), QStringLiteral("IIA040805DZ4"),
            QStringLiteral("601"), QStringLiteral("64000"), QStringLiteral("G03"));
        addCustomer(kNoFiscalData, QStringLiteral("Don Pepe"), QStringLiteral(""), QStringLiteral(""),
            QStringLiteral(""),
            QStringLiteral("G03")); // non-null empty strings: a null QString binds NULL
    }

    void tearDownRound()
    {
        m_store.reset();
        m_pac.stop();
    }
};

} // namespace nexus::test
