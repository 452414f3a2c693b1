// The fiscal settings screen driven from the keyboard: each wrong field is refused with its message, the focus on it
// and nothing stored; a CSD with the wrong password, another certificate's key, an expired certificate or another
// RFC's certificate is refused; the right one is stored with its password and the PAC key in the SecretStore.
#include "app/languagemanager.h"
#include "cfdi/fiscalsettings.h"
#include "cfdi/fiscalsettingsdialog.h"
#include "client/secretstore.h"
#include "madecsd.h"
#include "mockclock.h"
#include "screenshots.h"
#include "store/database.h"
#include "tempdir.h"
#include "testcfdisupport.h"
#include "why.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kBranch = QStringLiteral("branch-centro");

// NEXUS_CFDI_SHOTS=DIR keeps the pictures and PDFs somewhere to look at; a temporary folder otherwise.
QString shotsDir()
{
    return nexus::test::shotsDir("NEXUS_CFDI_SHOTS", QDir::temp().filePath(QStringLiteral("nexus-cfdi")));
}

} // namespace

class TestCfdiSettings final : public QObject
{
    Q_OBJECT

    TempDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    MockClock m_clock { QDateTime(QDate(2026, 1, 20), QTime(18, 0), Qt::UTC) };
    LanguageManager m_language;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile file(m_dir.file(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(data);
        return file.fileName();
    }

    qlonglong storedRows()
    {
        Result<QVariant> count = m_db->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'cfdi.%'"));
        return count ? count->toLongLong() : -1;
    }

    template <typename W> static W *child(QWidget *dialog, const char *name)
    {
        return dialog->findChild<W *>(QLatin1String(name));
    }

    // Clears a line edit from the keyboard and types text into it.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    // Enter in a field presses the dialog's default button, Save.
    static void pressSave(QWidget *dialog)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : dialog, Qt::Key_Return);
    }

    static QString status(QWidget *dialog) { return child<QLabel>(dialog, "fiscalStatus")->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        NEXUS_REQUIRE_TEST_CSD();
        QVERIFY(m_dir.isValid());
        // nexus.db's settings and branches tables as the first client migration makes them (the screen needs no
        // other table).
        Result<std::unique_ptr<Database>> db = Database::open(m_dir.file(QStringLiteral("nexus.db")), Durability::Full);
        QVERIFY2(db.has_value(), why(db));
        m_db = std::move(*db);
        QFile schema(QStringLiteral(":/migrations/client/0001_device_users_audit.sql"));
        QVERIFY(schema.open(QIODevice::ReadOnly));
        Status created = m_db->execScript(QString::fromUtf8(schema.readAll()));
        QVERIFY2(created.has_value(), why(created));
        m_secrets = std::make_unique<SecretStore>(m_dir.path(), SecretStore::Mode::FileOnly);
        QVERIFY(m_language.setLanguage(QStringLiteral("es_MX")));
    }

    void everyFieldIsCheckedFromTheKeyboard()
    {
        FiscalSettingsDialog dialog(*m_db, *m_secrets, kBranch, m_clock);
        dialog.resize(720, 520);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *rfc = child<QLineEdit>(&dialog, "fiscalRfc");
        auto *name = child<QLineEdit>(&dialog, "fiscalLegalName");
        auto *regime = child<QComboBox>(&dialog, "fiscalTaxSystem");
        auto *zip = child<QLineEdit>(&dialog, "fiscalZip");
        auto *cer = child<QLineEdit>(&dialog, "fiscalCerPath");
        auto *key = child<QLineEdit>(&dialog, "fiscalKeyPath");
        auto *password = child<QLineEdit>(&dialog, "fiscalPassword");
        auto *apiKey = child<QLineEdit>(&dialog, "fiscalApiKey");
        QVERIFY(rfc && name && regime && zip && cer && key && password && apiKey);

        // An RFC of the wrong shape.
        retype(rfc, QStringLiteral("eku900317"));
        QCOMPARE(rfc->text(), QStringLiteral("EKU900317")); // typed in lower case, kept in upper case
        pressSave(&dialog);
        QVERIFY(status(&dialog).contains(QStringLiteral("EKU900317")));
        QCOMPARE(QApplication::focusWidget(), rfc);
        QCOMPARE(storedRows(), 0);

        retype(rfc, QStringLiteral("eku9003173c9"));
        retype(name, QStringLiteral("ESCUELA KEMPER URGATE"));
        pressSave(&dialog); // no regime chosen
        QCOMPARE(QApplication::focusWidget(), regime);
        QCOMPARE(storedRows(), 0);
        // 605 (sueldos y salarios) is for persons only: refused for a 12-character RFC.
        regime->setFocus();
        QTest::keyClick(regime, Qt::Key_Down); // 601
        QTest::keyClick(regime, Qt::Key_Down); // 603
        QTest::keyClick(regime, Qt::Key_Down); // 605
        QCOMPARE(regime->currentData().toString(), QStringLiteral("605"));
        retype(zip, QStringLiteral("06000"));
        pressSave(&dialog);
        QCOMPARE(QApplication::focusWidget(), regime);
        QVERIFY(status(&dialog).contains(QStringLiteral("605")));
        regime->setFocus();
        QTest::keyClick(regime, Qt::Key_Up);
        QTest::keyClick(regime, Qt::Key_Up);
        QCOMPARE(regime->currentData().toString(), QStringLiteral("601"));
        retype(zip, QStringLiteral("0600"));
        pressSave(&dialog);
        QCOMPARE(QApplication::focusWidget(), zip);
        QCOMPARE(storedRows(), 0);
        retype(zip, QStringLiteral("06000"));
        shoot(&dialog, "ajustes-fiscales-1-cp");

        // The SAT's test CSD with a wrong password.
        retype(cer, testCsdFile("EKU9003173C9.cer"));
        retype(key, testCsdFile("EKU9003173C9.key"));
        retype(password, QStringLiteral("12345678b"));
        pressSave(&dialog);
        QCOMPARE(QApplication::focusWidget(), password);
        const QString wrongPassword = status(&dialog);
        QVERIFY(!wrongPassword.isEmpty());
        QCOMPARE(storedRows(), 0);
        shoot(&dialog, "ajustes-fiscales-2-contrasena");
        // No password at all: another message, same field.
        retype(password, QString());
        pressSave(&dialog);
        QCOMPARE(QApplication::focusWidget(), password);
        QVERIFY(status(&dialog) != wrongPassword);

        // The key of another certificate.
        const MadeCsd other
            = makeCsd("EKU9003173C9", m_clock.nowUtc().addYears(-1), m_clock.nowUtc().addYears(1), "secreto");
        retype(key, write(QStringLiteral("otra.key"), other.keyDer));
        retype(password, QStringLiteral("secreto"));
        pressSave(&dialog);
        QCOMPARE(QApplication::focusWidget(), key);
        QVERIFY2(status(&dialog).contains(QStringLiteral("30001000000500003416")), qPrintable(status(&dialog)));
        QCOMPARE(storedRows(), 0);
        shoot(&dialog, "ajustes-fiscales-3-llave");

        // An expired certificate of this RFC, with its own key.
        const MadeCsd expired = makeCsd("EKU9003173C9", QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC), "secreto");
        retype(cer, write(QStringLiteral("vencido.cer"), expired.certificateDer));
        retype(key, write(QStringLiteral("vencido.key"), expired.keyDer));
        pressSave(&dialog);
        QCOMPARE(QApplication::focusWidget(), cer);
        QVERIFY2(status(&dialog).contains(QStringLiteral("2024-12-31")), qPrintable(status(&dialog)));
        QCOMPARE(storedRows(), 0);
        shoot(&dialog, "ajustes-fiscales-4-vencido");

        // The SAT's CSD is EKU9003173C9's: refused for another RFC.
        retype(rfc, QStringLiteral("URE180429TM6"));
        retype(cer, testCsdFile("EKU9003173C9.cer"));
        retype(key, testCsdFile("EKU9003173C9.key"));
        retype(password, kTestCsdPassword);
        pressSave(&dialog);
        QCOMPARE(QApplication::focusWidget(), cer);
        QVERIFY2(status(&dialog).contains(QStringLiteral("URE180429TM6")), qPrintable(status(&dialog)));
        QCOMPARE(storedRows(), 0);

        // Everything right: stored, the password and the PAC key in the SecretStore, not in nexus.db.
        retype(rfc, QStringLiteral("EKU9003173C9"));
        retype(child<QLineEdit>(&dialog, "fiscalSeries"), QStringLiteral("MTZ"));
        retype(apiKey, QStringLiteral("sk_test_abc123"));
        retype(password, kTestCsdPassword);
        pressSave(&dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(status(&dialog)));
        QCOMPARE(storedRows(), 7);
        Result<FiscalConfig> stored = FiscalSettings(*m_db, kBranch).load();
        QVERIFY2(stored.has_value(), why(stored));
        QCOMPARE(stored->rfc, QStringLiteral("EKU9003173C9"));
        QCOMPARE(stored->legalName, QStringLiteral("ESCUELA KEMPER URGATE"));
        QCOMPARE(stored->taxSystem, QStringLiteral("601"));
        QCOMPARE(stored->zip, QStringLiteral("06000"));
        QCOMPARE(stored->series, QStringLiteral("MTZ"));
        QCOMPARE(stored->certificate, readAll(testCsdFile("EKU9003173C9.cer")));
        QCOMPARE(stored->key, readAll(testCsdFile("EKU9003173C9.key")));
        Result<QByteArray> secret = m_secrets->read(QLatin1String(FiscalConfig::kCsdPasswordSecret));
        QVERIFY2(secret.has_value(), why(secret));
        QCOMPARE(*secret, kTestCsdPassword.toUtf8());
        Result<QByteArray> pacKey = m_secrets->read(QLatin1String(FiscalSettingsDialog::kPacApiKeySecret));
        QVERIFY2(pacKey.has_value(), why(pacKey));
        QCOMPARE(*pacKey, QByteArray("sk_test_abc123"));
        Result<QVariant> leaked = m_db->scalar(
            QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%12345678a%' OR value LIKE '%sk_test%'"));
        QVERIFY(leaked && leaked->toLongLong() == 0);
        // The stored CSD opens with the stored password and seals for this RFC today.
        Result<Csd> csd
            = checkCsd(stored->certificate, stored->key, QString::fromUtf8(*secret), stored->rfc, m_clock.nowUtc());
        QVERIFY2(csd.has_value(), why(csd));
    }

    void reopenedItShowsWhatIsStored()
    {
        FiscalSettingsDialog dialog(*m_db, *m_secrets, kBranch, m_clock);
        dialog.resize(720, 520);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLineEdit>(&dialog, "fiscalRfc")->text(), QStringLiteral("EKU9003173C9"));
        QCOMPARE(child<QComboBox>(&dialog, "fiscalTaxSystem")->currentData().toString(), QStringLiteral("601"));
        QVERIFY(child<QLabel>(&dialog, "fiscalCsdState")->text().contains(QStringLiteral("30001000000500003416")));
        QVERIFY(child<QLabel>(&dialog, "fiscalCsdState")->text().contains(QStringLiteral("2027-05-18")));
        QVERIFY(child<QLineEdit>(&dialog, "fiscalApiKey")->text().isEmpty()); // never shown back
        shoot(&dialog, "ajustes-fiscales-5-guardado");
        // Changing only the RFC with a CSD of another RFC stored is refused; nothing changes.
        retype(child<QLineEdit>(&dialog, "fiscalRfc"), QStringLiteral("URE180429TM6"));
        pressSave(&dialog);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "fiscalRfc"));
        Result<FiscalConfig> stored = FiscalSettings(*m_db, kBranch).load();
        QVERIFY(stored && stored->rfc == QStringLiteral("EKU9003173C9"));
    }

private:
    static void shoot(QWidget *widget, const char *name)
    {
        QCoreApplication::processEvents();
        widget->grab().save(QDir(shotsDir()).filePath(QLatin1String(name) + QStringLiteral(".png")));
    }
};

QTEST_MAIN(TestCfdiSettings)
#include "testcfdisettings.moc"
