// The statement of account when the customer also buys on credit at other branches: head office's open documents
// (the "customers" bucket) hold a ticket charged at GDL that this counter's ledger does not; the aging counts it and
// a note names it (folio, day, due day, what is pending), while a ticket charged here is not named again.
#include "customers/customerservice.h"
#include "customers/customerstatement.h"
#include "mockclock.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-mty-1");
const QString kBranch = QStringLiteral("branch-mty");

} // namespace

class TestCustomerStatement final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;

private Q_SLOTS:
    void namesWhatIsOwedAtOtherBranches()
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store, test::why(store).constData());
        Database &db = (*store)->db();
        const test::MockClock clock(QDateTime(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC));
        CustomerFields fields;
        fields.name = QStringLiteral("Talleres Ruiz");
        fields.phone = QStringLiteral("5512345678");
        const CustomerContext manager { kDevice, kBranch, QStringLiteral("user-gerente"), Role::Manager, {}, {} };
        Result<Customer> customer = CustomerService(db, clock).create(fields, manager);
        QVERIFY2(customer, test::why(customer).constData());

        // A credit sale here (acknowledged: head office's documents have it too) and one at GDL.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO customer_account_ledger(id, customer_id, kind, amount_cents, "
                                       "ref_type, ref_id, folio, due_on, at, outbox_seq) VALUES ('s-mty:account', ?, "
                                       "'charge', 50000, 'sale', 's-mty', 'MTY1-000007', '2026-04-02', "
                                       "'2026-03-03T17:00:00.000Z', 1)"),
            { customer->id }));
        const QString documents = QStringLiteral(
            "[{\"id\":\"s-mty:account\",\"folio\":\"MTY1-000007\",\"at\":\"2026-03-03T17:00:00.000Z\","
            "\"due_on\":\"2026-04-02\",\"remaining_cents\":50000},"
            "{\"id\":\"s-gdl:account\",\"folio\":\"GDL1-000042\",\"at\":\"2026-03-05T19:30:00.000Z\","
            "\"due_on\":\"2026-04-04\",\"remaining_cents\":123450}]");
        QVERIFY(db.exec(QStringLiteral("UPDATE customers SET open_documents = ?, balance_cents = 173450, "
                                       "server_acked_seq = 1 WHERE id = ?"),
            { documents, customer->id }));

        Result<CustomerStatement> statement = customerStatement(
            db, customer->id, QDate(2026, 3, 1), QDate(2026, 3, 20), QTimeZone(QByteArrayLiteral("America/Monterrey")));
        QVERIFY2(statement, test::why(statement).constData());
        // The period's rows are this counter's: the opening balance and its own credit sale.
        QCOMPARE(statement->table.rows.size(), 2);
        QCOMPARE(statement->chargesCents, 50000);
        // Both tickets are owed and not due yet on the 20th.
        QCOMPARE(statement->aging[0], Money(173450));
        const QStringList &notes = statement->table.notes;
        const qsizetype heading = notes.indexOf(
            QStringLiteral("Still owed at other branches (their sales and payments are not listed above):"));
        QVERIFY2(heading >= 0, qPrintable(notes.join(QLatin1Char('\n'))));
        QCOMPARE(notes.size(), heading + 2); // GDL's ticket only
        QCOMPARE(notes.at(heading + 1), QStringLiteral("GDL1-000042 of 05/03/2026, due 04/04/2026: $1,234.50 pending"));
        QVERIFY(!notes.join(QLatin1Char('\n')).contains(QStringLiteral("MTY1-000007 of")));

        // Nothing owed elsewhere: no such note.
        QVERIFY(db.exec(QStringLiteral("UPDATE customers SET open_documents = ? WHERE id = ?"),
            { QString(documents.section(QStringLiteral(",{\"id\":\"s-gdl"), 0, 0) + QStringLiteral("]")), customer->id }));
        Result<CustomerStatement> alone = customerStatement(
            db, customer->id, QDate(2026, 3, 1), QDate(2026, 3, 20), QTimeZone(QByteArrayLiteral("America/Monterrey")));
        QVERIFY2(alone, test::why(alone).constData());
        QVERIFY(!alone->table.notes.join(QLatin1Char('\n')).contains(QStringLiteral("other branches")));
        QCOMPARE(alone->aging[0], Money(50000));
    }
};

QTEST_GUILESS_MAIN(TestCustomerStatement)
#include "testcustomerstatement.moc"
