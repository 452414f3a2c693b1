// nexus-ui-shots: renders the login screen, the PIN switch and the main window into PNG files, driving the real
// widgets, either on a throwaway enrolled device it creates or on an existing device folder (--user/--password,
// e.g. one enrolled by installer/run-demo-stack.sh). For looking at the UI under xvfb-run; not a pass/fail test.
#include "salefixture.h"
#include "uifixture.h"
#include "whenmodal.h"

#include "app/languagemanager.h"
#include "app/posapplication.h"
#include "app/theme.h"
#include "client/syncstatus.h"
#include "login/loginwindow.h"
#include "main/mainwindow.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"
#include "sale/searchclient.h"
#include "sale/searchresultsmodel.h"
#include "sales/cartsummary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace nexus;
using namespace nexus::test;

namespace {

bool save(QWidget *window, const QString &dir, const QString &name)
{
    QTest::qWait(400); // let deferred layouts and the first paint happen
    const QString path = QDir(dir).filePath(name);
    const bool saved = window->grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

// Deterministic stock for the demo catalogue in both warehouses of the fixture branch (some parts have none).
bool seedStock(const QString &data, qint64 parts)
{
    std::vector<StockMovement> batch;
    for (qint64 id = 1; id <= parts; ++id) {
        const qint64 counter = (id * 7) % 9 - 1;
        const qint64 back = (id * 11) % 23 - 5;
        if (counter > 0)
            batch.push_back(SaleFixture::receipt(id, SaleFixture::kCounter, counter));
        if (back > 0)
            batch.push_back(SaleFixture::receipt(id, SaleFixture::kBack, back));
        if (batch.size() >= 1000 || (id == parts && !batch.empty())) {
            if (!SaleFixture::receiveStock(data, batch))
                return false;
            batch.clear();
        }
    }
    return true;
}

// Types like a person (slower than a scanner) and waits for the search worker's answer to that text.
void typeSearch(SaleScreen *sale, const QString &text)
{
    auto *edit = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
    edit->setFocus();
    edit->clear();
    QString answered;
    const QMetaObject::Connection connection = QObject::connect(
        sale->searchClient(), &SearchClient::answered, sale,
        [&answered](const SearchAnswer &answer) { answered = answer.text; });
    QTest::keyClicks(edit, text, Qt::NoModifier, 40);
    const QString expected = text.contains(QLatin1Char('*')) ? text.section(QLatin1Char('*'), 1) : text;
    for (int i = 0; i < 200 && answered != expected; ++i)
        QTest::qWait(25);
    QObject::disconnect(connection);
}

// The main window with the dialog over it, dimmed, as a person sees it.
bool saveWithDialog(QWidget *window, QWidget *dialog, const QString &dir, const QString &name)
{
    QTest::qWait(300);
    QPixmap shot = window->grab();
    const QPixmap top = dialog->grab();
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(15, 23, 42, 120));
    const QPoint at((shot.width() - top.width()) / 2, (shot.height() - top.height()) / 2);
    painter.drawPixmap(at, top);
    painter.end();
    const QString path = QDir(dir).filePath(name);
    const bool saved = shot.save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

bool saleShots(PosApplication &pos, MainWindow *main, const QString &out)
{
    pos.syncStatus().setState(SyncStatus::State::Online);
    pos.syncStatus().setPendingCount(0);
    pos.syncStatus().setLastSyncUtc(QDateTime::currentDateTimeUtc().addSecs(-4 * 60));
    main->showArea(Area::Sale);
    SaleScreen *sale = main->saleScreen();
    for (int i = 0; i < 100 && !sale->isReady(); ++i)
        QTest::qWait(50);
    if (!sale->isReady())
        return false;
    auto *edit = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
    bool ok = true;

    // A few lines first, so the search shot shows a sale under way.
    for (const QString &text : {QStringLiteral("balata del tsuru"), QStringLiteral("2*filtro aceite"),
                                QStringLiteral("amortiguador tras"), QStringLiteral("4*bujia iridio")}) {
        typeSearch(sale, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    (void)sale->cartModel()->setData(sale->cartModel()->index(1, CartModel::Discount), QStringLiteral("5"));
    typeSearch(sale, QStringLiteral("bomba agua"));
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Down);
    ok = save(main, out, QStringLiteral("sale-search.png")) && ok;

    QTest::keyClick(edit, Qt::Key_Return);
    typeSearch(sale, QStringLiteral("anticongelante"));
    QTest::keyClick(edit, Qt::Key_Return);
    ok = save(main, out, QStringLiteral("sale-cart.png")) && ok;

    const Money total = summarizeCart(sale->cartModel()->cart()).totals.gross;
    const Money card(total.centavos() / 2);
    const Money cash(((total - card).centavos() / 50000 + 1) * 50000);
    whenModal([&](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("creditAmountEdit")), card.toPlainString());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("creditReferenceEdit")), QStringLiteral("482910"));
        auto *cashEdit = dialog->findChild<QLineEdit *>(QStringLiteral("cashAmountEdit"));
        cashEdit->clear();
        QTest::keyClicks(cashEdit, cash.toPlainString());
        cashEdit->setFocus();
        ok = saveWithDialog(main, dialog, out, QStringLiteral("sale-pay.png")) && ok;
        QTest::keyClick(cashEdit, Qt::Key_Return);
    });
    QTest::keyClick(edit, Qt::Key_F12);
    ok = save(main, out, QStringLiteral("sale-done.png")) && ok;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("nexus"));
    QCoreApplication::setApplicationName(QStringLiteral("nexus-pos"));
    QCoreApplication::setApplicationVersion(PosApplication::version());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Nexus POS"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("dir"), QStringLiteral("."));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Empty folder for the device."),
                                        QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("es_MX or en."), QStringLiteral("code"),
                                        QStringLiteral("es_MX"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Sign in as this user of an existing --data folder."),
                                        QStringLiteral("name"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Their password."),
                                            QStringLiteral("secret"));
    const QCommandLineOption saleOption(QStringLiteral("sale-catalog"),
                                        QStringLiteral("catalog.db from nexus-admin demo-data: also shoot the sale "
                                                       "screen (search, cart, payment) on it."),
                                        QStringLiteral("file"));
    parser.addOptions({outOption, dataOption, langOption, userOption, passwordOption, saleOption});
    parser.process(app);
    const QString out = parser.value(outOption);
    const QString data = parser.value(dataOption);
    const bool existing = parser.isSet(userOption);
    if (data.isEmpty() || (!existing && QDir(data).exists() && !QDir(data).isEmpty())) {
        std::fputs("--data must name a new or empty folder (or pass --user/--password for an existing device)\n",
                   stderr);
        return 2;
    }
    QDir().mkpath(data);
    QDir().mkpath(out);
    const QString username = existing ? parser.value(userOption) : QStringLiteral("maria");
    const QString password = existing ? parser.value(passwordOption) : QStringLiteral("caja");

    bool ok = existing || DeviceFixture::enroll(data, QStringLiteral("Caja 1"));
    const QList<FixtureUser> staff{
        {QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
         QStringLiteral("4821")},
        {QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"), Role::Manager, QStringLiteral("gerencia"),
         QStringLiteral("1357")},
        {QStringLiteral("pedro"), QStringLiteral("Pedro Castillo"), Role::Mechanic, QStringLiteral("taller"),
         QStringLiteral("2468")},
        {QStringLiteral("lucia"), QString::fromUtf8("Lucía Hernández"), Role::Cashier, QStringLiteral("caja2"),
         QStringLiteral("9753")},
    };
    for (const FixtureUser &user : staff)
        ok = ok && (existing || DeviceFixture::addUser(data, user));
    const QString saleCatalog = parser.value(saleOption);
    if (ok && !existing && !saleCatalog.isEmpty()) {
        qint64 parts = 0;
        ok = SaleFixture::addWarehouses(data) && SaleFixture::copyCatalogue(saleCatalog, data);
        if (ok) {
            Result<std::unique_ptr<CatalogStore>> catalog =
                CatalogStore::open(QDir(data).filePath(QStringLiteral("catalog.db")), QStringLiteral("shots"));
            Result<qint64> count = catalog ? (*catalog)->partCount() : Result<qint64>(0);
            parts = count ? *count : 0;
        }
        ok = ok && seedStock(data, parts)
            && SaleFixture::openTill(data, QStringLiteral("user-maria"), Money(150000));
    }
    if (!ok)
        return 1;

    LanguageManager languages;
    languages.setLanguage(parser.value(langOption));
    Theme::apply(app);
    PosOptions options;
    options.dataDir = data;
    options.language = parser.value(langOption);
    PosApplication pos(options, languages);
    if (std::optional<int> stop = pos.start())
        return *stop;

    LoginWindow *login = pos.loginWindow();
    ok = login && save(login, out, QStringLiteral("login.png"));

    // Error state, as a person sees it after a typo.
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("usernameEdit")), username);
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password + QStringLiteral("x"));
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
    ok = save(login, out, QStringLiteral("login-error.png")) && ok;

    login->showPinMode();
    ok = save(login, out, QStringLiteral("login-pin.png")) && ok;
    login->showPasswordMode();

    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
    MainWindow *main = pos.mainWindow();
    if (!main)
        return 1;
    QTest::qWait(existing ? 2000 : 0); // a real server: let the first health probe answer
    ok = save(main, out, QStringLiteral("main.png")) && ok;
    if (existing)
        return ok ? 0 : 1; // do not play with the real device's status

    pos.syncStatus().setState(SyncStatus::State::Offline);
    pos.syncStatus().setPendingCount(3);
    pos.syncStatus().setLastSyncUtc(QDateTime::currentDateTimeUtc().addSecs(-25 * 60));
    ok = save(main, out, QStringLiteral("main-offline.png")) && ok;
    if (!saleCatalog.isEmpty())
        ok = saleShots(pos, main, out) && ok;
    return ok ? 0 : 1;
}
