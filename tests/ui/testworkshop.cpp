// The workshop through its real widgets, in Spanish, on a real enrolled device: a service advisor opens an order in the
// new-order dialog, reserves a part, adds labor, marks the inspection and records the customer's approval in the order
// detail, then drives it through every state on the kanban BY DRAG AND DROP (mouse press, moves and release through
// the window system, as a finger or a mouse would), an illegal drop changes nothing, and cancelling and reopening
// another order ask for a manager's PIN and a reason. In kiosk mode a mechanic signs in with the PIN pad, sees only
// their orders, moves one through every state (the advisor's and the manager's PIN where the table asks for them),
// adds labor and a note and asks for a part, every target at least 48 px. In the detail the advisor sends the estimate
// for approval (the customer's WhatsApp queued) and adds inspection photos from a file and from the camera; the
// order reached "ready" by drag is charged at the counter (Ctrl+O, F12), which delivers it. Screenshots of the board,
// the detail and the kiosk at 1366×768 (the counter) and 1920×1080 (the workshop's touch screen), into
// $NEXUS_WORKSHOP_SHOTS (default /tmp/nexus-workshop).
#define QTEST_QPA_MOUSE_HANDLING // QTest mouse events go through the window system: implicit grab, real delivery

#include "mockclock.h"
#include "salefixture.h"
#include "scriptedcamera.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "auth/authservice.h"
#include "common/clock.h"
#include "inventory/transferservice.h"
#include "main/mainwindow.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"
#include "sale/serviceorderpickerdialog.h"
#include "store/catalogstore.h"
#include "workshop/inspectionphotospanel.h"
#include "workshop/kanbanboard.h"
#include "workshop/kanbancard.h"
#include "workshop/kanbancolumn.h"
#include "workshop/kioskordercard.h"
#include "workshop/kioskwindow.h"
#include "workshop/serviceorderdialog.h"
#include "workshop/serviceorderservice.h"
#include "workshop/workshopscreen.h"
#include "workshop/workshopsession.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kAdvisorPin = QStringLiteral("2468");
const QString kManagerPin = QStringLiteral("1357");
const QString kMechanicPin = QStringLiteral("4321");

QString shotsDir()
{
    const QString dir = qEnvironmentVariable("NEXUS_WORKSHOP_SHOTS", QStringLiteral("/tmp/nexus-workshop"));
    QDir().mkpath(dir);
    return dir;
}

void shoot(QWidget *widget, const QString &name)
{
    QTest::qWait(200); // deferred layouts and the first paint
    const QString path = QDir(shotsDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

// The dialog as it appears over `window` (the screen the person sees), at the window's size.
void shootOver(QWidget *window, QWidget *dialog, const QString &name)
{
    QTest::qWait(200);
    QPixmap screen = window->grab();
    const QPixmap top = dialog->grab();
    QPainter painter(&screen);
    painter.fillRect(screen.rect(), QColor(15, 23, 42, 90)); // the window behind a modal dialog
    painter.drawPixmap((screen.width() - top.width()) / 2, (screen.height() - top.height()) / 2, top);
    painter.end();
    const QString path = QDir(shotsDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(screen.save(path), qPrintable(path));
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

// Runs `act` on the next modal dialog named `name` once it is up: for a dialog that opens after another one closed,
// where whenModal's `over` cannot tell them apart (two stack dialogs of one function may share an address).
void whenDialog(const char *name, std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    const QString wanted = QString::fromLatin1(name);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, tries, act, wanted] {
        QWidget *modal = QApplication::activeModalWidget();
        if ((!modal || modal->objectName() != wanted) && ++*tries < 250)
            return;
        timer->stop();
        timer->deleteLater();
        if (!modal || modal->objectName() != wanted)
            return;
        modal->activateWindow();
        if (!QTest::qWaitForWindowActive(modal))
            qWarning() << "dialog not active:" << modal->objectName();
        act(modal);
    });
    timer->start();
}

// What a phone or the workshop's camera would show of an engine bay: a dark block, a hose and a green puddle.
QImage inspectionPicture()
{
    QImage image(960, 720, QImage::Format_RGB32);
    image.fill(QColor(58, 64, 72));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(140, 120, 520, 300), QColor(30, 33, 38));
    painter.setPen(QPen(QColor(20, 20, 20), 36, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPoint(660, 240), QPoint(860, 520));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(60, 200, 90));
    painter.drawEllipse(QPoint(700, 600), 170, 60);
    return image;
}

// Types like a keyboard, accents included (QTest::keyClicks knows ASCII only).
void typeText(QWidget *widget, const QString &text)
{
    for (QChar character : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
}

// Taps the keys of the PIN pad inside `parent`, then its Enter key.
void typePin(QWidget *parent, const QString &pin)
{
    for (QChar digit : pin) {
        auto *key = parent->findChild<QPushButton *>(QStringLiteral("pinKey") + digit);
        QVERIFY(key);
        QTest::mouseClick(key, Qt::LeftButton);
    }
    QTest::mouseClick(child<QPushButton>(parent, "pinSubmit"), Qt::LeftButton);
}

// Picks `name` in a list of people (the PIN panels).
void pickPerson(QWidget *parent, const QString &name)
{
    auto *list = child<QListWidget>(parent, "pinUserList");
    QVERIFY(list);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name)) {
            const QRect rect = list->visualItemRect(list->item(row));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(list->currentRow(), row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("%1 is not in the list").arg(name)));
}

// Every visible push button under `root` is at least 48 px high (touch size).
void checkTouchTargets(QWidget *root)
{
    for (QPushButton *button : root->findChildren<QPushButton *>())
        if (button->isVisible())
            QVERIFY2(button->height() >= 48,
                qPrintable(QStringLiteral("%1 (%2) is %3 px high")
                               .arg(button->objectName(), button->text())
                               .arg(button->height())));
}

} // namespace

class TestWorkshop final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    std::unique_ptr<TempDir> m_dir;
    QList<QPair<qint64, QString>> m_parts; // id, SKU

    QString dir() const { return m_dir->path(); }

    std::unique_ptr<LocalStore> store() const
    {
        Result<std::unique_ptr<LocalStore>> opened
            = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("workshop-probe"));
        return opened ? std::move(*opened) : nullptr;
    }

    QString text(const QString &sql, const QVariantList &values = {}) const
    {
        std::unique_ptr<LocalStore> probe = store();
        Result<QVariant> value = probe ? probe->db().scalar(sql, values) : Result<QVariant>(QVariant());
        return value ? value->toString() : QStringLiteral("<error>");
    }

    QString status(const QString &orderId) const
    {
        return text(QStringLiteral("SELECT status FROM service_orders WHERE id = ?"), { orderId });
    }

    // An order opened straight through the core (for the states the board should show around the one driven by hand).
    QString openOrder(const QString &customer, const QString &plates, const QString &mechanicId,
        const QString &mechanicName, const QDateTime &promised, const QDateTime &openedAt)
    {
        std::unique_ptr<LocalStore> probe = store();
        if (!probe)
            return {};
        test::MockClock clock(openedAt);
        ServiceOrderService service(
            probe->db(), clock, WorkshopContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, false, {} });
        NewServiceOrder order;
        order.customer = { {}, customer, QStringLiteral("55 1234 5678") };
        order.vehicle = { {}, plates, {}, QStringLiteral("Nissan"), QStringLiteral("Versa"), 2019, 64000 };
        order.complaint = QStringLiteral("Ruido al frenar y vibración en el volante");
        order.mechanicId = mechanicId;
        order.mechanicName = mechanicName;
        order.promisedAt = promised;
        const WorkshopActor advisor { QStringLiteral("user-ana"), QString::fromUtf8("Ana Torres"), Role::Cashier };
        Result<ServiceOrder> opened = service.open(order, advisor);
        if (!opened)
            qWarning("open: %s", qPrintable(opened.error().logMessage()));
        return opened ? opened->id : QString();
    }

    void moveInCore(const QString &orderId, std::initializer_list<ServiceOrderStatus> path)
    {
        std::unique_ptr<LocalStore> probe = store();
        QVERIFY(probe);
        ServiceOrderService service(probe->db(), Clock::system(),
            WorkshopContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, false, {} });
        const WorkshopActor manager { QStringLiteral("user-gloria"), QString::fromUtf8("Gloria Ríos"), Role::Manager };
        QVERIFY(service.addLabor(
            orderId, { QStringLiteral("Revisión"), LaborPricing::Flat, {}, {}, Money(35000), {}, {} }, manager));
        QVERIFY(service.approveEstimate(orderId, QStringLiteral("Firmó"), manager));
        for (ServiceOrderStatus to : path) {
            Result<ServiceOrder> order = service.load(orderId);
            QVERIFY(order.has_value());
            Result<ServiceOrder> moved = service.move(orderId, order->status, to, manager, QStringLiteral("x"));
            QVERIFY2(moved.has_value(), why(moved).constData());
        }
    }

    // Drags the card of `orderId` onto the column of `to` with the mouse: press on the card, eight moves to the
    // column, release there. Before releasing, the target column must say `expectedDrop` (allowed / forbidden).
    void drag(KanbanBoard *board, const QString &orderId, ServiceOrderStatus to, const char *expectedDrop,
        const QString &shot = {})
    {
        KanbanCard *card = board->card(orderId);
        QVERIFY2(card, qPrintable(QStringLiteral("no card for %1").arg(orderId)));
        KanbanColumn *target = board->column(to);
        QVERIFY(target);
        const QPoint start(card->width() / 2, 14);
        const QPoint end = card->mapFromGlobal(target->mapToGlobal(QPoint(target->width() / 2, target->height() / 3)));
        QTest::mousePress(card, Qt::LeftButton, {}, start);
        for (int step = 1; step <= 8; ++step)
            QTest::mouseMove(card, start + (end - start) * step / 8);
        QVERIFY(board->isDragging());
        QCOMPARE(target->property("drop").toString(), QString::fromLatin1(expectedDrop));
        QVERIFY(target->property("hovered").toBool());
        auto *ghost = board->findChild<QLabel *>(QStringLiteral("kanbanGhost"));
        QVERIFY(ghost && ghost->isVisible());
        if (!shot.isEmpty())
            shoot(board->window(), shot);
        QTest::mouseRelease(card, Qt::LeftButton, {}, end);
        QVERIFY(!board->isDragging());
    }

    // The kiosk laid out at the counter's 1366×768 (a window of that size: the offscreen platform keeps a full-screen
    // window on its first screen), shot there, then full screen on the workshop's 1920×1080 again. Under Xvfb there is
    // no window manager to honour a mapped window's full-screen request (_NET_WM_STATE), so the screen's geometry is
    // also given by hand, as a window manager would; Qt only sizes a full-screen window itself when it first maps it.
    void atCounterSize(KioskWindow *kiosk, const QString &shot)
    {
        kiosk->showNormal();
        kiosk->setGeometry(QRect(0, 0, 1366, 768));
        QTRY_COMPARE(kiosk->size(), QSize(1366, 768));
        checkTouchTargets(kiosk);
        shoot(kiosk, shot);
        kiosk->setGeometry(kiosk->screen()->geometry()); // before: a new geometry takes a window out of full screen
        kiosk->showFullScreen();
        QTRY_COMPARE(kiosk->size(), QSize(1920, 1080));
        QVERIFY(kiosk->isFullScreen());
        QVERIFY(QTest::qWaitForWindowActive(kiosk));
    }

    void dragAndWait(KanbanBoard *board, const QString &orderId, ServiceOrderStatus to)
    {
        drag(board, orderId, to, "allowed");
        QTRY_COMPARE(status(orderId), serviceOrderStatusCode(to));
        QTRY_VERIFY(board->card(orderId) && board->card(orderId)->card().status == to);
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 400));
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_template.file(QStringLiteral("catalog.db")), QStringLiteral("workshop-template"));
        QVERIFY2(catalog.has_value(), why(catalog).constData());
        Result<QSqlQuery> rows = (*catalog)->db().exec(
            QStringLiteral("SELECT id, sku FROM parts WHERE active = 1 ORDER BY id LIMIT 2 OFFSET 40"));
        QVERIFY(rows.has_value());
        while (rows->next())
            m_parts.append({ rows->value(0).toLongLong(), rows->value(1).toString() });
        QCOMPARE(m_parts.size(), 2);
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(DeviceFixture::enroll(dir(), QStringLiteral("Taller 1")));
        QVERIFY(SaleFixture::addWarehouses(dir()));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("ana"), QString::fromUtf8("Ana Torres"), Role::Cashier, QStringLiteral("asesora"),
                kAdvisorPin }));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("gloria"), QString::fromUtf8("Gloria Ríos"), Role::Manager, QStringLiteral("gerencia"),
                kManagerPin }));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("beto"), QString::fromUtf8("Beto Salinas"), Role::Mechanic, QStringLiteral("taller"),
                kMechanicPin }));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("carlos"), QString::fromUtf8("Carlos Núñez"), Role::Mechanic, QStringLiteral("taller"),
                QStringLiteral("9753") }));
        QVERIFY(SaleFixture::receiveStock(dir(),
            { SaleFixture::receipt(m_parts[0].first, SaleFixture::kCounter, 6),
                SaleFixture::receipt(m_parts[1].first, SaleFixture::kBack, 3) }));
        QVERIFY(QFile::copy(
            m_template.file(QStringLiteral("catalog.db")), QDir(dir()).filePath(QStringLiteral("catalog.db"))));
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-ana"), Money(50000))); // she charges at the counter
    }

    void cleanup() { m_dir.reset(); }

    void boardByDragAndDrop()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es_MX")));
        UiSession session(dir());
        QVERIFY(!session.start().has_value());
        session.signIn(QStringLiteral("ana"), QStringLiteral("asesora"));
        QTRY_VERIFY(session.main() && session.main()->isVisible());
        MainWindow *main = session.main();
        main->resize(1366, 768);
        QVERIFY(main->showArea(Area::Workshop));
        auto *screen = main->findChild<WorkshopScreen *>();
        QVERIFY(screen && screen->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(main));
        KanbanBoard *board = screen->board();
        QVERIFY(board);
        // The inspection's pictures: a file on disk and the same kind of scene through a (scripted) camera.
        const QImage scene = inspectionPicture();
        const QString picture = QDir(dir()).filePath(QStringLiteral("fuga-anticongelante.png"));
        QVERIFY(scene.save(picture));
        screen->session()->setCameraProvider({ [] { return true; }, [scene] {
                                                  auto camera = std::make_unique<ScriptedCamera>();
                                                  camera->current = frameOf(scene, QVideoFrameFormat::Format_NV12);
                                                  return std::unique_ptr<VideoFrameSource>(std::move(camera));
                                              } });

        // The board around the order driven by hand: orders in other states, one of them late.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString late
            = openOrder(QStringLiteral("Rosa Elena Garza"), QStringLiteral("RGE-45-12"), QStringLiteral("user-carlos"),
                QString::fromUtf8("Carlos Núñez"), now.addSecs(-3600), now.addSecs(-5 * 3600));
        const QString waiting = openOrder(QStringLiteral("Transportes Lupita"), QStringLiteral("NL-88-431"),
            QStringLiteral("user-carlos"), QString::fromUtf8("Carlos Núñez"), now.addDays(1), now);
        moveInCore(waiting, { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::WaitingParts });
        const QString ready = openOrder(QString::fromUtf8("Martín Ibáñez"), QStringLiteral("SLP-301-A"),
            QStringLiteral("user-beto"), QString::fromUtf8("Beto Salinas"), now.addSecs(2 * 3600), now);
        moveInCore(ready,
            { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair, ServiceOrderStatus::QualityCheck,
                ServiceOrderStatus::Ready });
        const QString diagnosing = openOrder(QStringLiteral("Fernanda Quiroga"), QStringLiteral("JAL-77-90"),
            QStringLiteral("user-beto"), QString::fromUtf8("Beto Salinas"), now.addSecs(5 * 3600), now);
        moveInCore(diagnosing, { ServiceOrderStatus::Diagnosis });
        const QString repairing = openOrder(QStringLiteral("Grúas del Bajío"), QStringLiteral("GTO-140-K"),
            QStringLiteral("user-carlos"), QString::fromUtf8("Carlos Núñez"), now.addDays(2), now);
        moveInCore(repairing, { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair });
        const QString checking = openOrder(QStringLiteral("Sofía Elizondo"), QStringLiteral("NLE-203-P"),
            QStringLiteral("user-beto"), QString::fromUtf8("Beto Salinas"), now.addSecs(6 * 3600), now);
        moveInCore(
            checking, { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair, ServiceOrderStatus::QualityCheck });
        const QString delivered = openOrder(QStringLiteral("Pedro Garza"), QStringLiteral("SON-11-22"),
            QStringLiteral("user-carlos"), QString::fromUtf8("Carlos Núñez"), now.addSecs(3600), now);
        moveInCore(delivered,
            { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair, ServiceOrderStatus::QualityCheck,
                ServiceOrderStatus::Ready, ServiceOrderStatus::Delivered });
        screen->refresh();
        QVERIFY(board->card(late) && board->card(late)->isLate());
        QVERIFY(!board->card(ready)->isLate());

        // 1. A new order through the dialog.
        whenModal([&](QWidget *dialog) {
            typeText(child<QLineEdit>(dialog, "customerNameEdit"), QString::fromUtf8("Jorge Peña"));
            typeText(child<QLineEdit>(dialog, "customerPhoneEdit"), QStringLiteral("81 8333 1200"));
            typeText(child<QLineEdit>(dialog, "platesEdit"), QStringLiteral("snd-412-b"));
            typeText(child<QLineEdit>(dialog, "makeEdit"), QStringLiteral("Chevrolet"));
            typeText(child<QLineEdit>(dialog, "modelEdit"), QStringLiteral("Aveo"));
            typeText(child<QLineEdit>(dialog, "yearEdit"), QStringLiteral("2017"));
            typeText(child<QLineEdit>(dialog, "mileageEdit"), QStringLiteral("98500"));
            auto *mechanic = child<QComboBox>(dialog, "mechanicCombo");
            mechanic->setCurrentIndex(mechanic->findText(QString::fromUtf8("Beto Salinas")));
            QVERIFY(mechanic->currentIndex() > 0);
            // Without the complaint the order is refused, naming it, and the dialog stays.
            QTest::mouseClick(child<QPushButton>(dialog, "createOrderButton"), Qt::LeftButton);
            auto *error = child<QLabel>(dialog, "newOrderError");
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QString::fromUtf8("reporta")), qPrintable(error->text()));
            QVERIFY(dialog->isVisible());
            typeText(child<QPlainTextEdit>(dialog, "complaintEdit"),
                QString::fromUtf8("Se calienta en el tráfico; testigo de temperatura encendido"));
            shootOver(main, dialog, QStringLiteral("01-new-order"));
            QTest::mouseClick(child<QPushButton>(dialog, "createOrderButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(screen, "newOrderButton"), Qt::LeftButton);
        const QString orderId
            = text(QStringLiteral("SELECT id FROM service_orders WHERE vehicle_plates = 'SND-412-B'"));
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(status(orderId), QStringLiteral("received"));
        QVERIFY(board->card(orderId));
        // The counter's own folio series (the seeded orders were numbered without one): unique in the branch.
        const QString folio = screen->session()->profile().folioSeries + QStringLiteral("-OS000001");
        QCOMPARE(board->card(orderId)->card().folio, folio);
        QCOMPARE(board->card(orderId)->card().mechanicName, QString::fromUtf8("Beto Salinas"));
        QVERIFY(child<QLabel>(screen, "workshopMessage")->text().contains(folio));

        // 2. Received → diagnosis by dragging the card.
        dragAndWait(board, orderId, ServiceOrderStatus::Diagnosis);

        // 3. The detail (double-click on the card): a part reserved from stock, labor, the inspection, the approval.
        whenModal([&](QWidget *widget) {
            auto *dialog = qobject_cast<ServiceOrderDialog *>(widget);
            QVERIFY(dialog);
            auto *tabs = child<QTabWidget>(dialog, "orderTabs");
            typeText(child<QPlainTextEdit>(dialog, "diagnosisEdit"),
                QString::fromUtf8("Termostato pegado y anticongelante bajo"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveDiagnosisButton"), Qt::LeftButton);
            tabs->setCurrentIndex(1);
            typeText(child<QLineEdit>(dialog, "partCodeEdit"), m_parts[0].second);
            QTest::keyClick(child<QLineEdit>(dialog, "partCodeEdit"), Qt::Key_Return);
            QVERIFY2(child<QLabel>(dialog, "partInfo")->text().contains(QStringLiteral("6 disponibles")),
                qPrintable(child<QLabel>(dialog, "partInfo")->text()));
            auto *quantity = child<QLineEdit>(dialog, "partQuantityEdit");
            quantity->selectAll();
            typeText(quantity, QStringLiteral("2"));
            QTest::mouseClick(child<QPushButton>(dialog, "addPartButton"), Qt::LeftButton);
            QCOMPARE(child<QTableWidget>(dialog, "partsTable")->rowCount(), 1);
            tabs->setCurrentIndex(2);
            whenModal(
                [&](QWidget *labor) {
                    typeText(child<QLineEdit>(labor, "laborDescriptionEdit"),
                        QStringLiteral("Cambio de termostato y purga del sistema"));
                    QTest::mouseClick(child<QPushButton>(labor, "stepperMore"), Qt::LeftButton);
                    QTest::mouseClick(child<QPushButton>(labor, "stepperMore"), Qt::LeftButton);
                    QTest::mouseClick(child<QPushButton>(labor, "laborAddButton"), Qt::LeftButton);
                },
                dialog);
            QTest::mouseClick(child<QPushButton>(dialog, "addLaborButton"), Qt::LeftButton);
            QCOMPARE(child<QTableWidget>(dialog, "laborTable")->rowCount(), 1);
            QCOMPARE(dialog->order().labor.front().hours, Quantity(1500));
            QCOMPARE(dialog->order().labor.front().amount, Money(67500));
            tabs->setCurrentIndex(3);
            for (int item : { 1, 5 }) {
                auto *state = child<QComboBox>(dialog, item == 1 ? "checklistState_1" : "checklistState_5");
                const int index = item == 1 ? 1 : 3; // brakes OK, fluids urgent
                state->setCurrentIndex(index);
                Q_EMIT state->activated(index);
            }
            QCOMPARE(dialog->order().checklist[4].state, ChecklistState::Urgent);
            // The inspection's photos: the coolant leak from a file, the brakes with the camera.
            auto *checklist = child<QTableWidget>(dialog, "checklistTable");
            auto *photos = child<InspectionPhotosPanel>(dialog, "inspectionPhotosPanel");
            QVERIFY(photos);
            checklist->setCurrentCell(4, 2); // fluid levels
            whenModal(
                [&](QWidget *files) {
                    auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                    QVERIFY2(name, files->metaObject()->className());
                    typeText(name, picture);
                    QTest::keyClick(name, Qt::Key_Return);
                },
                dialog);
            QTest::mouseClick(child<QPushButton>(dialog, "inspectionPhotoFile"), Qt::LeftButton);
            QTRY_COMPARE(photos->photoCount(), 1);
            checklist->setCurrentCell(0, 2); // brakes
            whenModal(
                [&](QWidget *capture) {
                    QCOMPARE(capture->objectName(), QStringLiteral("photoCaptureDialog"));
                    auto *take = child<QPushButton>(capture, "photoCaptureTake");
                    QTRY_VERIFY(take->isEnabled());
                    QTest::qWait(300); // the preview's redraw
                    shootOver(main, capture, QStringLiteral("03e-take-photo"));
                    QTest::mouseClick(take, Qt::LeftButton);
                },
                dialog);
            QTest::mouseClick(child<QPushButton>(dialog, "inspectionPhotoCamera"), Qt::LeftButton);
            QTRY_COMPARE(photos->photoCount(), 2);

            tabs->setCurrentIndex(0);
            // The estimate goes to the customer for approval: their WhatsApp is queued (this counter is offline).
            QTest::mouseClick(child<QPushButton>(dialog, "sendEstimateButton"), Qt::LeftButton);
            QVERIFY2(child<QLabel>(dialog, "orderMessage")->text().contains(QString::fromUtf8("autorización")),
                qPrintable(child<QLabel>(dialog, "orderMessage")->text()));
            typeText(child<QLineEdit>(dialog, "estimateNoteEdit"), QStringLiteral("Por WhatsApp"));
            QTest::mouseClick(child<QPushButton>(dialog, "approveEstimateButton"), Qt::LeftButton);
            QVERIFY(dialog->order().estimate.has_value());
            QVERIFY2(child<QLabel>(dialog, "estimateState")->text().contains(QStringLiteral("Aprobado")),
                qPrintable(child<QLabel>(dialog, "estimateState")->text()));
            shootOver(main, dialog, QStringLiteral("03-order-detail-1366x768"));
            tabs->setCurrentIndex(1);
            shootOver(main, dialog, QStringLiteral("03b-order-detail-parts"));
            tabs->setCurrentIndex(3);
            shootOver(main, dialog, QStringLiteral("03c-order-detail-inspection-1366x768"));
            // The same detail on the workshop's 1920×1080 screen (the size it takes there).
            main->resize(1920, 1080);
            const QSize counterSize = dialog->size();
            dialog->resize(1280, 760);
            shootOver(main, dialog, QStringLiteral("03c-order-detail-inspection-1920x1080"));
            tabs->setCurrentIndex(0);
            shootOver(main, dialog, QStringLiteral("03-order-detail-1920x1080"));
            main->resize(1366, 768);
            dialog->resize(counterSize);
            tabs->setCurrentIndex(4);
            typeText(child<QLineEdit>(dialog, "noteEdit"),
                QString::fromUtf8("El cliente pide que le llamen antes de cobrar"));
            QTest::mouseClick(child<QPushButton>(dialog, "addNoteButton"), Qt::LeftButton);
            QCOMPARE(child<QListWidget>(dialog, "notesList")->count(), 2); // the estimate sent, then hers
            QVERIFY2(dialog->order().notes.front().text.startsWith(QStringLiteral("Presupuesto de $")),
                qPrintable(dialog->order().notes.front().text));
            QCOMPARE(dialog->order().notes.back().userName, QString::fromUtf8("Ana Torres"));
            shootOver(main, dialog, QStringLiteral("03d-order-detail-history"));
            QTest::mouseClick(child<QPushButton>(dialog, "orderCloseButton"), Qt::LeftButton);
        });
        QTest::mouseDClick(board->card(orderId), Qt::LeftButton, {}, QPoint(board->card(orderId)->width() / 2, 14));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(text(QStringLiteral("SELECT diagnosis FROM service_orders WHERE id = ?"), { orderId }),
            QString::fromUtf8("Termostato pegado y anticongelante bajo"));
        QCOMPARE(
            text(QStringLiteral("SELECT quantity FROM stock_reservations WHERE part_id = ?"), { m_parts[0].first }),
            QStringLiteral("2000"));
        QCOMPARE(text(QStringLiteral("SELECT channel || ' ' || recipient || ' ' || state FROM notification_messages "
                                     "WHERE event = 'estimate_ready' AND ref_id = ? AND channel = 'whatsapp'"),
                     { orderId }),
            QStringLiteral("whatsapp +528183331200 queued"));
        QCOMPARE(text(QStringLiteral("SELECT group_concat(item_no || ' ' || source, ', ') FROM (SELECT item_no, source "
                                     "FROM service_order_photos WHERE order_id = ? ORDER BY taken_at, id)"),
                     { orderId }),
            QStringLiteral("5 file, 1 camera"));
        {
            std::unique_ptr<LocalStore> probe = store();
            Result<QVariant> stored = probe->db().scalar(
                QStringLiteral("SELECT image FROM service_order_photos WHERE order_id = ? AND source = 'camera'"),
                { orderId });
            QVERIFY(stored.has_value());
            const QImage kept = QImage::fromData(stored->toByteArray());
            QCOMPARE(kept.size(), scene.size()); // the whole frame, already under the stored maximum
        }

        // 4. An illegal drop: diagnosis straight to ready is not a move. Clear message, nothing changes.
        drag(board, orderId, ServiceOrderStatus::Ready, "forbidden");
        QTRY_VERIFY(child<QLabel>(screen, "workshopMessage")->text().contains(QStringLiteral("no puede ir")));
        QCOMPARE(child<QLabel>(screen, "workshopMessage")->property("tone").toString(), QStringLiteral("error"));
        QCOMPARE(status(orderId), QStringLiteral("diagnosis"));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM service_order_history WHERE order_id = ?"), { orderId }),
            QStringLiteral("2"));

        // 5. Through every other state, each by a drag.
        dragAndWait(board, orderId, ServiceOrderStatus::WaitingParts);
        dragAndWait(board, orderId, ServiceOrderStatus::Repair);
        dragAndWait(board, orderId, ServiceOrderStatus::QualityCheck);
        drag(board, orderId, ServiceOrderStatus::Ready, "allowed", QStringLiteral("02b-board-dragging"));
        QTRY_COMPARE(status(orderId), QStringLiteral("ready"));
        QTRY_VERIFY(board->card(orderId) && board->card(orderId)->card().status == ServiceOrderStatus::Ready);
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM notification_messages WHERE event = 'order_ready' AND "
                                     "ref_id = ? AND channel = 'whatsapp' AND state = 'queued'"),
                     { orderId }),
            QStringLiteral("1")); // the customer is told the car is ready
        shoot(main, QStringLiteral("02-board-1366x768"));
        main->resize(1920, 1080);
        shoot(main, QStringLiteral("02-board-1920x1080"));
        main->resize(1366, 768);

        // 5b. Charged at the counter: Ctrl+O finds it by its plates, F12 and cash; the sale hands the car over.
        QVERIFY(main->showArea(Area::Sale));
        SaleScreen *sale = main->saleScreen();
        QVERIFY(sale && sale->isReady());
        auto *search = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        QVERIFY(search);
        QVERIFY(QTest::qWaitForWindowActive(main));
        search->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), search);
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            auto *picker = qobject_cast<ServiceOrderPickerDialog *>(dialog);
            QVERIFY(picker);
            auto *find = child<QLineEdit>(dialog, "serviceOrderSearchEdit");
            QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() == find; }, 3000));
            QTest::keyClicks(find, QStringLiteral("snd412"));
            QCOMPARE(picker->visibleOrders(), 1);
            QTest::keyClick(find, Qt::Key_Return);
        });
        QTest::keyClick(search, Qt::Key_O, Qt::ControlModifier);
        CartModel *cart = sale->cartModel();
        QTRY_COMPARE(cart->cart().serviceOrderId(), orderId);
        QCOMPARE(cart->rowCount(), 2); // the reserved part and the labor
        const Money total = cart->cart().totals().gross;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("paymentDialog"));
            auto *cash = child<QLineEdit>(dialog, "cashAmountEdit");
            QTest::keyClicks(cash, QString::number(total.centavos() / 100 + 100));
            QTest::keyClick(cash, Qt::Key_Return);
        });
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QTest::keyClick(search, Qt::Key_F12);
        QTRY_VERIFY2(status(orderId) == QLatin1String("delivered"),
            qPrintable(sale->findChild<QLabel *>(QStringLiteral("saleMessage"))->text()));
        QCOMPARE(text(QStringLiteral("SELECT s.total_cents FROM service_orders o JOIN sales s ON s.id = o.sale_id AND "
                                     "s.folio = o.sale_folio WHERE o.id = ?"),
                     { orderId }),
            QString::number(total.centavos()));
        QCOMPARE(text(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_reservations WHERE part_id = ?"),
                     { m_parts[0].first }),
            QStringLiteral("0"));
        QCOMPARE(text(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                     { m_parts[0].first, SaleFixture::kCounter }),
            QStringLiteral("4000"));
        QVERIFY(main->showArea(Area::Workshop));
        screen->refresh();
        QTRY_VERIFY(board->card(orderId) && board->card(orderId)->card().status == ServiceOrderStatus::Delivered);
        // Handing a ready car over by a drag (the advisor's move), on the order that was ready on the board.
        dragAndWait(board, ready, ServiceOrderStatus::Delivered);
        QCOMPARE(text(QStringLiteral("SELECT group_concat(to_status, '>') FROM (SELECT to_status FROM "
                                     "service_order_history WHERE order_id = ? ORDER BY at, id)"),
                     { orderId }),
            QStringLiteral("received>diagnosis>waiting_parts>repair>quality_check>ready>delivered"));
        QCOMPARE(text(QStringLiteral("SELECT group_concat(type || ' ' || n, ', ') FROM (SELECT type, count(*) AS n "
                                     "FROM outbox WHERE type LIKE 'service_order.%' AND json_extract(payload, "
                                     "'$.order_id') = ? GROUP BY type ORDER BY type)"),
                     { orderId }),
            QStringLiteral("service_order.charged 1, service_order.checklist_set 2, service_order.diagnosed 1, "
                           "service_order.estimate_approved 1, service_order.labor_added 1, service_order.moved 6, "
                           "service_order.note_added 2, service_order.opened 1, service_order.part_added 1"));
        // 6 moves (the last one by the sale), 2 notes (the estimate sent, hers); nothing for the refused drop; the
        // photos stay on the device (no fact).

        // 6. Cancelling is the manager's: a wrong PIN is refused and nothing moves; then the right PIN and a reason.
        whenModal([&](QWidget *authorize) {
            QCOMPARE(authorize->objectName(), QStringLiteral("workshopAuthDialog"));
            pickPerson(authorize, QString::fromUtf8("Gloria Ríos"));
            typePin(authorize, QStringLiteral("0000"));
            QTRY_VERIFY(child<QLabel>(authorize, "workshopAuthError")->isVisible());
            QTest::mouseClick(child<QPushButton>(authorize, "workshopAuthCancel"), Qt::LeftButton);
        });
        drag(board, late, ServiceOrderStatus::Cancelled, "allowed");
        QTRY_VERIFY(child<QLabel>(screen, "workshopMessage")->text().contains(QStringLiteral("no se movió")));
        QCOMPARE(status(late), QStringLiteral("received"));

        whenModal([&](QWidget *authorize) {
            pickPerson(authorize, QString::fromUtf8("Gloria Ríos"));
            whenDialog("workshopTextDialog", [&](QWidget *reason) {
                QCOMPARE(reason->objectName(), QStringLiteral("workshopTextDialog"));
                typeText(child<QPlainTextEdit>(reason, "workshopTextEdit"),
                    QStringLiteral("El cliente se llevó el auto sin repararlo"));
                QTest::mouseClick(child<QPushButton>(reason, "workshopTextOk"), Qt::LeftButton);
            });
            typePin(authorize, kManagerPin);
        });
        drag(board, late, ServiceOrderStatus::Cancelled, "allowed");
        QTRY_COMPARE(status(late), QStringLiteral("cancelled"));
        QCOMPARE(text(QStringLiteral("SELECT authorized_by || ' / ' || user_name || ' / ' || note FROM "
                                     "service_order_history WHERE order_id = ? AND to_status = 'cancelled'"),
                     { late }),
            QString::fromUtf8("Gloria Ríos / Ana Torres / El cliente se llevó el auto sin repararlo"));

        // 7. Reopening it, with the manager's PIN and a reason, by dragging it back to received.
        QTRY_VERIFY(board->card(late));
        whenModal([&](QWidget *authorize) {
            pickPerson(authorize, QString::fromUtf8("Gloria Ríos"));
            whenDialog("workshopTextDialog", [&](QWidget *reason) {
                typeText(child<QPlainTextEdit>(reason, "workshopTextEdit"), QStringLiteral("Regresó"));
                QTest::mouseClick(child<QPushButton>(reason, "workshopTextOk"), Qt::LeftButton);
            });
            typePin(authorize, kManagerPin);
        });
        drag(board, late, ServiceOrderStatus::Received, "allowed");
        QTRY_COMPARE(status(late), QStringLiteral("received"));

        // 8. The filter: Beto's orders only.
        auto *filter = child<QComboBox>(screen, "mechanicFilter");
        filter->setCurrentIndex(filter->findText(QString::fromUtf8("Beto Salinas")));
        QTRY_VERIFY(!board->card(waiting));
        QVERIFY(board->card(ready));
        filter->setCurrentIndex(0);
        QTRY_VERIFY(board->card(waiting));
    }

    // An order that another device of the branch opened lands in nexus.db with the "service_orders" pull: the board
    // shows it as soon as the sync says that bucket changed, not at the next periodic refresh; other buckets leave it.
    void pulledOrdersShowOnTheBoardAtOnce()
    {
        UiSession session(dir());
        QVERIFY(!session.start().has_value());
        session.signIn(QStringLiteral("ana"), QStringLiteral("asesora"));
        QTRY_VERIFY(session.main() && session.main()->isVisible());
        MainWindow *main = session.main();
        QVERIFY(main->showArea(Area::Workshop));
        WorkshopScreen *screen = main->workshopScreen();
        QVERIFY(screen && screen->isVisible());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString pulled = openOrder(QStringLiteral("Rosa Treviño"), QStringLiteral("RST-12-34"),
            QStringLiteral("user-beto"), QString::fromUtf8("Beto Salinas"), now.addDays(1), now);
        QVERIFY(!pulled.isEmpty());
        screen->onStateArrived({ QStringLiteral("stock"), QStringLiteral("prices") });
        QVERIFY(!screen->board()->card(pulled));
        screen->onStateArrived({ QStringLiteral("stock"), QStringLiteral("service_orders") });
        QVERIFY(screen->board()->card(pulled));
    }

    // Issue 9, by keyboard in the order detail: a part this branch has one of (Monterrey five, Guadalajara two) and
    // one nobody has. The first reserves its one piece and asks Monterrey, the branch with most, for the other two
    // with a transfer request naming the order; the second goes to the purchase suggestions. The lines say what they
    // wait for, the order moves to waiting for parts, Ctrl+R refuses while nothing arrived and reserves once the
    // transfer is received.
    void partsFromAnotherBranchOrPurchase()
    {
        const std::optional<SaleFixture::CatalogPart> shared
            = SaleFixture::partAt(QDir(dir()).filePath(QStringLiteral("catalog.db")), 50);
        const std::optional<SaleFixture::CatalogPart> rare
            = SaleFixture::partAt(QDir(dir()).filePath(QStringLiteral("catalog.db")), 51);
        QVERIFY(shared && rare);
        QVERIFY(SaleFixture::receiveStock(dir(), { SaleFixture::receipt(shared->id, SaleFixture::kCounter, 1) }));
        {
            std::unique_ptr<LocalStore> probe = store();
            QVERIFY(probe);
            QVERIFY(probe->db().exec(QStringLiteral("INSERT INTO remote_branches(id, code, name) VALUES ('branch-mty', "
                                                    "'MTY', 'Sucursal Monterrey'), ('branch-gdl', 'GDL', 'Sucursal "
                                                    "Guadalajara')")));
            QVERIFY(probe->db().exec(
                QStringLiteral("INSERT INTO remote_stock_levels(part_id, warehouse_id, branch_id, quantity, pulled_at) "
                               "VALUES (?, 'wh-mty', 'branch-mty', 5000, '2026-03-02T09:00:00.000Z'), (?, 'wh-gdl', "
                               "'branch-gdl', 2000, '2026-03-02T09:00:00.000Z')"),
                { shared->id, shared->id }));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString orderId = openOrder(QStringLiteral("Jorge Peña"), QStringLiteral("SND-412-B"),
            QStringLiteral("user-beto"), QString::fromUtf8("Beto Salinas"), now.addDays(1), now);
        moveInCore(orderId, { ServiceOrderStatus::Diagnosis });

        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es_MX")));
        UiSession session(dir());
        MainWindow *main = session.signInAtCounter(QStringLiteral("ana"), QStringLiteral("asesora"));
        QVERIFY(main);
        QVERIFY(main->showArea(Area::Workshop));
        auto *screen = main->findChild<WorkshopScreen *>();
        QVERIFY(screen && screen->isVisible());
        KanbanCard *card = screen->board()->card(orderId);
        QVERIFY(card);

        // Types a code and a quantity the way the advisor does: code, Enter (looks it up), Tab, quantity, Enter.
        auto addPart = [](QWidget *dialog, const QString &sku, const QString &quantity) {
            auto *code = child<QLineEdit>(dialog, "partCodeEdit");
            code->setFocus();
            typeText(code, sku);
            QTest::keyClick(code, Qt::Key_Return);
            QTest::keyClick(code, Qt::Key_Tab);
            auto *amount = child<QLineEdit>(dialog, "partQuantityEdit");
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(amount));
            QTest::keyClick(amount, Qt::Key_A, Qt::ControlModifier);
            typeText(amount, quantity);
            QTest::keyClick(amount, Qt::Key_Return);
        };
        auto stateOf = [](QWidget *dialog, int row) {
            QTableWidgetItem *item = child<QTableWidget>(dialog, "partsTable")->item(row, 7);
            return item ? item->text() : QString();
        };
        QString transferFolio;
        int detailsShown = 0; // the detail opens from the card's Enter on the next turn of the event loop
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            auto *tabs = child<QTabWidget>(dialog, "orderTabs");
            QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), 1);
            auto *message = child<QLabel>(dialog, "orderMessage");

            addPart(dialog, shared->sku, QStringLiteral("3"));
            QVERIFY2(message->text().contains(QStringLiteral("Sucursal Monterrey")), qPrintable(message->text()));
            QVERIFY2(message->text().contains(QStringLiteral("1 × %1 apartadas").arg(shared->sku)),
                qPrintable(message->text()));
            transferFolio = text(QStringLiteral("SELECT folio FROM transfers"));
            QVERIFY(message->text().contains(transferFolio));
            QCOMPARE(child<QTableWidget>(dialog, "partsTable")->rowCount(), 2);
            QCOMPARE(stateOf(dialog, 0), QStringLiteral("Apartada"));
            QCOMPARE(stateOf(dialog, 1),
                QStringLiteral("Esperando el traspaso %1 de Sucursal Monterrey").arg(transferFolio));

            addPart(dialog, rare->sku, QStringLiteral("2"));
            QVERIFY2(message->text().contains(QStringLiteral("sugerencias de compra")), qPrintable(message->text()));
            QCOMPARE(stateOf(dialog, 2), QStringLiteral("Por comprar"));
            QVERIFY2(message->text().contains(QStringLiteral("Esperando refacciones")), qPrintable(message->text()));
            shootOver(main, dialog, QStringLiteral("10-parts-waiting"));

            // Nothing arrived yet: Ctrl+R says so and changes nothing.
            QTest::keyClick(dialog, Qt::Key_R, Qt::ControlModifier);
            QCOMPARE(message->property("tone").toString(), QStringLiteral("error"));
            QVERIFY2(message->text().contains(shared->sku), qPrintable(message->text()));

            // The order waits for its parts (the move button, by keyboard).
            auto *wait = child<QPushButton>(dialog, "moveTo_waiting_parts");
            QVERIFY(wait);
            wait->setFocus();
            QTest::keyClick(wait, Qt::Key_Space);
            QTRY_COMPARE(status(orderId), QStringLiteral("waiting_parts"));
            ++detailsShown;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        card->setFocus();
        QTest::keyClick(card, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(detailsShown, 1, 30000);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(text(QStringLiteral("SELECT from_branch_id || ' ' || to_warehouse_id || ' ' || note FROM transfers")),
            QStringLiteral("branch-mty %1 Orden de servicio OS-000001").arg(SaleFixture::kCounter));
        QCOMPARE(text(QStringLiteral("SELECT part_id || ' ' || quantity || ' ' || reason FROM purchase_suggestions")),
            QStringLiteral("%1 2000 Orden de servicio OS-000001").arg(rare->id));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'transfer.requested'")), QStringLiteral("1"));

        // Monterrey ships (its fact pulled here) and this branch receives the two pieces.
        const QString transferId = text(QStringLiteral("SELECT id FROM transfers"));
        {
            std::unique_ptr<LocalStore> probe = store();
            QVERIFY(probe);
            QVERIFY(probe->db().exec(
                QStringLiteral("INSERT INTO transfer_shipments(id, transfer_id, shipped_by, shipped_by_name, "
                               "shipped_at) VALUES ('ship-1', ?, 'mty', 'Envío MTY', '2026-03-02T16:00:00.000Z')"),
                { transferId }));
            QVERIFY(probe->db().exec(QStringLiteral("INSERT INTO transfer_shipment_lines(shipment_id, line_no, quantity, "
                                                    "warehouse_id) VALUES ('ship-1', 1, 2000, 'wh-mty')")));
            Result<Transfer> received
                = TransferService(probe->db(), Clock::system(),
                    TransferContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("CEN1") })
                      .receive({ transferId,
                                   { TransferReceiptLine { 1, Quantity::units(2), Quantity(), {}, SaleFixture::kCounter } },
                                   {} },
                          TransferActor { QStringLiteral("user-gloria"), QString::fromUtf8("Gloria Ríos"), Role::Manager });
            QVERIFY2(received.has_value(), why(received).constData());
        }
        screen->refresh();
        card = screen->board()->card(orderId);
        QVERIFY(card);
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QTest::keyClick(child<QTabWidget>(dialog, "orderTabs"), Qt::Key_Tab, Qt::ControlModifier);
            QCOMPARE(stateOf(dialog, 1), QStringLiteral("Llegó: apártala (Ctrl+R)"));
            QCOMPARE(stateOf(dialog, 2), QStringLiteral("Por comprar"));
            QTest::keyClick(dialog, Qt::Key_R, Qt::ControlModifier);
            QCOMPARE(stateOf(dialog, 1), QStringLiteral("Apartada"));
            QCOMPARE(child<QLabel>(dialog, "orderMessage")->property("tone").toString(), QStringLiteral("info"));
            shootOver(main, dialog, QStringLiteral("11-parts-arrived"));
            ++detailsShown;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        card->setFocus();
        QTest::keyClick(card, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(detailsShown, 2, 30000);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(text(QStringLiteral("SELECT quantity FROM stock_reservations WHERE part_id = ? AND warehouse_id = ?"),
                     { shared->id, SaleFixture::kCounter }),
            QStringLiteral("3000"));
    }

    void kioskMode()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es_MX")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString mine = openOrder(QStringLiteral("Laura Cantú"), QStringLiteral("XYZ-900-C"),
            QStringLiteral("user-beto"), QString::fromUtf8("Beto Salinas"), now.addSecs(3 * 3600), now);
        const QString mineLate = openOrder(QStringLiteral("Refaccionaria El Norte"), QStringLiteral("NL-12-777"),
            QStringLiteral("user-beto"), QString::fromUtf8("Beto Salinas"), now.addSecs(-1800), now.addSecs(-4 * 3600));
        moveInCore(mineLate, { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair });
        const QString third = openOrder(QStringLiteral("Hugo Treviño"), QStringLiteral("COA-55-01"),
            QStringLiteral("user-beto"), QString::fromUtf8("Beto Salinas"), now.addDays(1), now);
        const QString theirs = openOrder(QStringLiteral("Otro Cliente"), QStringLiteral("AAA-111-B"),
            QStringLiteral("user-carlos"), QString::fromUtf8("Carlos Núñez"), now.addDays(1), now);

        UiSession session(dir());
        QVERIFY(!session.start().has_value());
        session.signIn(QStringLiteral("ana"), QStringLiteral("asesora"));
        QTRY_VERIFY(session.main() && session.main()->isVisible());
        QVERIFY(session.main()->showArea(Area::Workshop));
        auto *screen = session.main()->findChild<WorkshopScreen *>();
        QVERIFY(screen);
        QTest::mouseClick(child<QPushButton>(screen, "kioskButton"), Qt::LeftButton);
        KioskWindow *kiosk = screen->kiosk();
        QVERIFY(kiosk);
        QTRY_VERIFY(kiosk->isVisible());
        QVERIFY(kiosk->isFullScreen());
        QTRY_COMPARE(kiosk->size(), QSize(1920, 1080));
        QVERIFY(QTest::qWaitForWindowActive(kiosk));
        QVERIFY(!kiosk->signedIn());
        shoot(kiosk, QStringLiteral("04-kiosk-sign-in-1920x1080"));
        atCounterSize(kiosk, QStringLiteral("04-kiosk-sign-in-1366x768"));

        // The mechanic signs in with the keypad.
        pickPerson(kiosk, QString::fromUtf8("Beto Salinas"));
        typePin(kiosk, kMechanicPin);
        QTRY_VERIFY(kiosk->signedIn());
        QCOMPARE(kiosk->auth().currentUser()->username, QStringLiteral("beto"));
        QCOMPARE(session.main()->user().username, QStringLiteral("ana")); // the counter's session is untouched
        auto cardOf = [kiosk](const QString &id) -> KioskOrderCard * {
            for (KioskOrderCard *card : kiosk->findChildren<KioskOrderCard *>())
                if (card->orderId() == id && card->isVisible())
                    return card;
            return nullptr;
        };
        QTRY_VERIFY(cardOf(mine));
        QVERIFY(cardOf(mineLate) && cardOf(mineLate)->property("late").toBool());
        QVERIFY(cardOf(third));
        QVERIFY(!cardOf(theirs)); // Carlos's order is not Beto's
        checkTouchTargets(kiosk);
        shoot(kiosk, QStringLiteral("05-kiosk-orders-1920x1080"));
        atCounterSize(kiosk, QStringLiteral("05-kiosk-orders-1366x768"));

        auto tap = [&](const QString &id, const char *button) {
            QTRY_VERIFY2(cardOf(id), qPrintable(id)); // cards laid out again (a resize) show on the next turn
            KioskOrderCard *card = cardOf(id);
            QVERIFY2(card, qPrintable(id));
            auto *push = child<QPushButton>(card, button);
            QVERIFY2(push, button);
            QTest::mouseClick(push, Qt::LeftButton);
        };
        auto message = [kiosk] { return child<QLabel>(kiosk, "kioskMessage")->text(); };

        // Labor, a note and a part request from the touch dialogs.
        whenModal([&](QWidget *labor) {
            checkTouchTargets(labor);
            typeText(child<QLineEdit>(labor, "laborDescriptionEdit"), QStringLiteral("Diagnóstico con escáner"));
            shoot(labor, QStringLiteral("06-kiosk-labor"));
            QTest::mouseClick(child<QPushButton>(labor, "laborAddButton"), Qt::LeftButton);
        });
        tap(mine, "kioskLabor");
        QTRY_VERIFY(message().contains(QStringLiteral("Mano de obra")));
        QCOMPARE(text(QStringLiteral("SELECT mechanic_name || ' ' || hours || ' ' || amount_cents FROM "
                                     "service_order_labor WHERE order_id = ?"),
                     { mine }),
            QString::fromUtf8("Beto Salinas 1000 45000"));
        whenModal([&](QWidget *note) {
            typeText(child<QPlainTextEdit>(note, "workshopTextEdit"), QStringLiteral("Falla intermitente"));
            QTest::mouseClick(child<QPushButton>(note, "workshopTextOk"), Qt::LeftButton);
        });
        tap(mine, "kioskNote");
        QTRY_COMPARE(text(QStringLiteral("SELECT text FROM service_order_notes WHERE order_id = ?"), { mine }),
            QStringLiteral("Falla intermitente"));
        whenModal([&](QWidget *part) {
            checkTouchTargets(part);
            typeText(child<QLineEdit>(part, "partRequestDescription"), QStringLiteral("Sensor de oxígeno"));
            QTest::mouseClick(child<QPushButton>(part, "stepperMore"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(part, "partRequestSubmit"), Qt::LeftButton);
        });
        tap(mine, "kioskPart");
        QTRY_COMPARE(text(QStringLiteral("SELECT description || ' ' || quantity || ' ' || status FROM "
                                         "service_order_parts WHERE order_id = ?"),
                         { mine }),
            QString::fromUtf8("Sensor de oxígeno 2000 requested"));

        // Every state from the kiosk: the mechanic's own moves; repair waits for the customer's approval.
        tap(mine, "kioskMove_diagnosis");
        QTRY_COMPARE(status(mine), QStringLiteral("diagnosis"));
        tap(mine, "kioskMove_repair");
        QTRY_VERIFY(message().contains(QStringLiteral("aprobado")));
        QCOMPARE(child<QLabel>(kiosk, "kioskMessage")->property("tone").toString(), QStringLiteral("error"));
        QCOMPARE(status(mine), QStringLiteral("diagnosis"));
        tap(mine, "kioskMove_waiting_parts");
        QTRY_COMPARE(status(mine), QStringLiteral("waiting_parts"));
        {
            std::unique_ptr<LocalStore> probe = store();
            ServiceOrderService service(probe->db(), Clock::system(),
                WorkshopContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, false, {} });
            QVERIFY(service.approveEstimate(mine, QStringLiteral("Por teléfono"),
                WorkshopActor { QStringLiteral("user-ana"), QString::fromUtf8("Ana Torres"), Role::Cashier }));
        }
        tap(mine, "kioskMove_repair");
        QTRY_COMPARE(status(mine), QStringLiteral("repair"));
        tap(mine, "kioskMove_quality_check");
        QTRY_COMPARE(status(mine), QStringLiteral("quality_check"));
        tap(mine, "kioskMove_ready");
        QTRY_COMPARE(status(mine), QStringLiteral("ready"));
        // Handing the car over is the advisor's: her PIN on the kiosk's keypad.
        whenModal([&](QWidget *authorize) {
            checkTouchTargets(authorize);
            pickPerson(authorize, QString::fromUtf8("Ana Torres"));
            shoot(authorize, QStringLiteral("07-kiosk-authorise"));
            typePin(authorize, kAdvisorPin);
        });
        tap(mine, "kioskMove_delivered");
        QTRY_COMPARE(status(mine), QStringLiteral("delivered"));
        QCOMPARE(text(QStringLiteral("SELECT user_name || ' / ' || authorized_by FROM service_order_history WHERE "
                                     "order_id = ? AND to_status = 'delivered'"),
                     { mine }),
            QString::fromUtf8("Beto Salinas / Ana Torres"));
        QTRY_VERIFY(!cardOf(mine)); // delivered: off the mechanic's list
        // Cancelled and back: the manager's PIN and a reason each time.
        for (ServiceOrderStatus to : { ServiceOrderStatus::Cancelled, ServiceOrderStatus::Received }) {
            whenModal([&](QWidget *authorize) {
                pickPerson(authorize, QString::fromUtf8("Gloria Ríos"));
                whenDialog("workshopTextDialog", [&](QWidget *reason) {
                    checkTouchTargets(reason);
                    typeText(child<QPlainTextEdit>(reason, "workshopTextEdit"), QStringLiteral("Decisión del cliente"));
                    QTest::mouseClick(child<QPushButton>(reason, "workshopTextOk"), Qt::LeftButton);
                });
                typePin(authorize, kManagerPin);
            });
            if (to == ServiceOrderStatus::Cancelled) {
                tap(third, "kioskMove_cancelled");
                QTRY_COMPARE(status(third), QStringLiteral("cancelled"));
            } else {
                // A cancelled order leaves the mechanic's list; the advisor reopens it on the board, by a drag.
                screen->refresh();
                QTRY_VERIFY(screen->board()->card(third));
                drag(screen->board(), third, ServiceOrderStatus::Received, "allowed");
                QTRY_COMPARE(status(third), QStringLiteral("received"));
            }
        }
        QVERIFY(!cardOf(theirs));

        // Sign out, then leaving kiosk mode needs the advisor's or a manager's PIN.
        QTest::mouseClick(child<QPushButton>(kiosk, "kioskSignOut"), Qt::LeftButton);
        QVERIFY(!kiosk->signedIn());
        QVERIFY(kiosk->close() == false); // Alt+F4 does not leave kiosk mode
        whenModal([&](QWidget *authorize) {
            pickPerson(authorize, QString::fromUtf8("Gloria Ríos"));
            typePin(authorize, kManagerPin);
        });
        QTest::mouseClick(child<QPushButton>(kiosk, "kioskLeave"), Qt::LeftButton);
        QTRY_VERIFY(!screen->kiosk());
    }
};

// ctest runs this test in Xvfb (QT_QPA_PLATFORM=xcb, tests/ui/CMakeLists.txt) when xvfb-run is installed: a real X
// server delivers the drags and sizes the kiosk's full-screen window, on its 1920×1080 screen. Without it the test runs
// offscreen and says so; that platform's screen is 800×600 unless told otherwise, so it is given a 1920×1080 one.
int main(int argc, char **argv)
{
    QTemporaryDir config;
    if (qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")) == QLatin1String("offscreen")) {
        qWarning("ui_testworkshop: on the offscreen platform, not in a real X server (install xvfb and xauth and "
                 "configure again to run it under xvfb-run)");
        const QString path = config.filePath(QStringLiteral("screens.json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"screens": [{"name": "taller", "x": 0, "y": 0, "width": 1920, "height": 1080,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        file.close();
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + path.toUtf8());
    }
    QApplication app(argc, argv);
    TestWorkshop test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "testworkshop.moc"
