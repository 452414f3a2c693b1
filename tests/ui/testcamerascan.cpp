// Camera barcode scan without a camera: frames made from barcodes our own label code draws (BarcodeMatrix, ZXing)
// go through the same path a camera's would (QVideoFrame → picture → ZXing on the decoder's thread → the part on the
// ticket). Covered: RGB, NV12 and YUYV frames; the bounded rate (frames offered faster are dropped, the UI thread
// never waits); the dialog reading past an unknown code to a known one on the real sale screen; no camera: the menu
// entry disabled and Ctrl+Shift+B saying so in Spanish. Only the physical device is left out.
#include "salefixture.h"
#include "screenshots.h"
#include "scriptedcamera.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "main/mainwindow.h"
#include "printing/barcodematrix.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"
#include "scan/camerascandialog.h"
#include "scan/livebarcodedecoder.h"
#include "store/catalogstore.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QVideoFrameFormat>

#include <cstring>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString &shots()
{
    static const QString dir = shotsDir("NEXUS_CAMERA_SHOTS", QStringLiteral("/tmp/nexus-camera"));
    return dir;
}

// A box label as a camera sees it: the EAN-13 on white, on a grey background, a little turned; 640×480.
QImage labelPhoto(const QString &ean)
{
    QImage photo(640, 480, QImage::Format_RGB32);
    photo.fill(QColor(0x9a, 0x94, 0x88));
    if (ean.isEmpty())
        return photo;
    const Result<BarcodeMatrix> matrix = BarcodeMatrix::encode(BarcodeKind::Ean13, ean);
    if (!matrix)
        return {};
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(320, 240);
    painter.rotate(5);
    painter.fillRect(QRectF(-250, -90, 500, 180), Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    matrix->paint(painter, QRectF(-210, -65, 420, 130));
    return photo;
}

QString menuTexts(QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << action->text() + (action->isEnabled() ? QString() : QStringLiteral(" [disabled]"));
    return texts.join(QStringLiteral(" | "));
}

} // namespace

class TestCameraScan final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    QString m_partBarcode;
    qint64 m_partId = 0;
    std::unique_ptr<TempDir> m_dir;

    QString dir() const { return m_dir->path(); }

    // The cashier on the sale screen, in Spanish (the session's language).
    void signIn(UiSession &session)
    {
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 600));
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_template.file(QStringLiteral("catalog.db")), QStringLiteral("template"));
        QVERIFY2(catalog.has_value(), why(catalog).constData());
        Result<QSqlQuery> row = (*catalog)->db().exec(QStringLiteral(
            "SELECT id, barcode FROM parts WHERE length(barcode) = 13 AND barcode NOT LIKE '0%' AND active = 1 ORDER BY id LIMIT 1 OFFSET 7"));
        QVERIFY(row && row->next());
        m_partId = row->value(0).toLongLong();
        m_partBarcode = row->value(1).toString();
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(DeviceFixture::enroll(dir()));
        QVERIFY(SaleFixture::addWarehouses(dir()));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
                QStringLiteral("4821") }));
        QVERIFY(QFile::copy(
            m_template.file(QStringLiteral("catalog.db")), QDir(dir()).filePath(QStringLiteral("catalog.db"))));
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
    }

    void cleanup() { m_dir.reset(); }

    void framesOfEveryCameraFormatAreRead_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("XRGB") << int(QVideoFrameFormat::Format_Invalid); // frameOf: the picture's own RGB
        QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12);
        QTest::newRow("YUYV") << int(QVideoFrameFormat::Format_YUYV);
    }

    void framesOfEveryCameraFormatAreRead()
    {
        QFETCH(int, format);
        const QImage photo = labelPhoto(m_partBarcode);
        QVERIFY(!photo.isNull());
        const QVideoFrame frame = frameOf(photo, QVideoFrameFormat::PixelFormat(format));
        QVERIFY(frame.isValid());
        const QImage picture = LiveBarcodeDecoder::frameImage(frame);
        QCOMPARE(picture.size(), photo.size());
        // The luminance of a pixel of the label's white and of the grey background survives the conversion.
        QVERIFY(qGray(picture.pixel(320, 240 - 80)) > 230);
        QVERIFY(qAbs(qGray(picture.pixel(5, 5)) - qGray(photo.pixel(5, 5))) <= 2);

        LiveBarcodeDecoder decoder(0);
        QSignalSpy found(&decoder, &LiveBarcodeDecoder::found);
        QSignalSpy looked(&decoder, &LiveBarcodeDecoder::looked);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(decoder.offer(frame));
        QVERIFY(clock.elapsed() < 50); // the UI thread only hands the frame over
        QVERIFY(decoder.busy());
        QVERIFY(!decoder.offer(frame)); // busy: dropped
        QVERIFY(found.wait(10000));
        QCOMPARE(found.first().first().value<DecodedBarcode>().text, m_partBarcode);
        QCOMPARE(found.first().first().value<DecodedBarcode>().format, QStringLiteral("EAN-13"));
        QCOMPARE(looked.size(), 1);
        QCOMPARE(looked.first().first().value<QImage>().width(), LiveBarcodeDecoder::kPreviewWidth);
        QVERIFY(!decoder.busy());

        // A frame without a barcode is looked at and reads nothing.
        QVERIFY(decoder.offer(frameOf(labelPhoto({}), QVideoFrameFormat::PixelFormat(format))));
        QTRY_COMPARE(looked.size(), 2);
        QTRY_VERIFY(!decoder.busy());
        QCOMPARE(found.size(), 1);
        QVERIFY(LiveBarcodeDecoder::frameImage(QVideoFrame()).isNull());
    }

    void framesComeFasterThanTheyAreRead()
    {
        // A camera at 100 frames a second for 1.2 s against a decoder that takes one every 200 ms at most.
        const QVideoFrame frame = frameOf(labelPhoto({}), QVideoFrameFormat::Format_NV12);
        LiveBarcodeDecoder decoder(200);
        QElapsedTimer clock;
        clock.start();
        int offered = 0;
        qint64 slowestOffer = 0;
        while (clock.elapsed() < 1200) {
            QElapsedTimer one;
            one.start();
            decoder.offer(frame);
            slowestOffer = std::max(slowestOffer, one.elapsed());
            ++offered;
            QTest::qWait(10);
        }
        QVERIFY2(offered > 60, qPrintable(QString::number(offered)));
        QVERIFY2(decoder.framesTaken() >= 2 && decoder.framesTaken() <= 1200 / 200 + 1,
            qPrintable(QString::number(decoder.framesTaken())));
        QVERIFY2(slowestOffer < 50, qPrintable(QString::number(slowestOffer)));
    }

    void theCameraReadsPastAnUnknownCodeAndAddsThePart()
    {
        UiSession session(dir());
        signIn(session);
        SaleScreen *sale = session.main()->saleScreen();
        QVERIFY(sale && sale->isReady());
        auto *camera = new ScriptedCamera; // owned by the dialog once opened
        std::unique_ptr<VideoFrameSource> owned(camera);
        sale->setCameraProvider({ [] { return true; }, [&owned] { return std::move(owned); } });
        QVERIFY(sale->cameraAvailable());
        auto *menu = sale->findChild<QMenu *>(QStringLiteral("tillMenu"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QAction *entry = nullptr;
        for (QAction *action : menu->actions())
            if (action->text().startsWith(QString::fromUtf8("Escanear un código de barras con la cámara")))
                entry = action;
        QVERIFY(entry && entry->isEnabled());

        const QString unknown = QStringLiteral("4006381333931"); // a real EAN-13 that is not in this catalogue
        bool seen = false;
        whenModal([&](QWidget *modal) {
            const auto guard = closeIfLeftOpen(modal);
            QCOMPARE(modal->objectName(), QStringLiteral("cameraScanDialog"));
            auto *dialog = qobject_cast<CameraScanDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(camera->started, 1);
            auto *status = modal->findChild<QLabel *>(QStringLiteral("cameraScanStatus"));
            // Nothing in front of the camera: frames are looked at, nothing happens.
            camera->current = frameOf(labelPhoto({}), QVideoFrameFormat::Format_NV12);
            QTRY_VERIFY(dialog->decoder()->framesTaken() >= 2);
            QVERIFY(modal->isVisible());
            // A box of another store: said, and the dialog stays.
            camera->current = frameOf(labelPhoto(unknown), QVideoFrameFormat::Format_NV12);
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(unknown), 10000);
            QVERIFY(status->text().contains(QString::fromUtf8("no es una pieza")));
            QVERIFY(modal->isVisible());
            QTRY_VERIFY(!modal->findChild<QLabel *>(QStringLiteral("cameraScanPreview"))->pixmap().isNull());
            shoot(modal, shots(), "01-camera-unknown-code");
            seen = true;
            // The part's label: read, the dialog closes by itself.
            camera->current = frameOf(labelPhoto(m_partBarcode), QVideoFrameFormat::Format_YUYV);
            QTRY_VERIFY_WITH_TIMEOUT(!modal->isVisible(), 10000);
        });
        QTest::keyClick(sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit")), Qt::Key_B,
            Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(seen);
        QCOMPARE(sale->cartModel()->rowCount(), 1);
        QCOMPARE(sale->cartModel()->cart().lines().at(0).item.partId, m_partId);
        QCOMPARE(sale->cartModel()->cart().lines().at(0).quantity, Quantity::units(1));
        QTRY_COMPARE(QApplication::focusWidget(), sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit")));
    }

    void withoutACameraItSaysSoAndPicturesRemain()
    {
        UiSession session(dir());
        signIn(session);
        SaleScreen *sale = session.main()->saleScreen();
        QVERIFY(sale && sale->isReady());
        int opened = 0;
        sale->setCameraProvider({ [] { return false; }, [&opened]() -> std::unique_ptr<VideoFrameSource> {
                                     ++opened;
                                     return nullptr;
                                 } });
        auto *menu = sale->findChild<QMenu *>(QStringLiteral("tillMenu"));
        Q_EMIT menu->aboutToShow();
        const QString ctrlI = QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText);
        QAction *camera = nullptr;
        QAction *picture = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(QString::fromUtf8("Escanear con la cámara")))
                camera = action;
            if (action->text().contains(QString::fromUtf8("foto")) && action->text().endsWith(ctrlI))
                picture = action;
        }
        QVERIFY2(camera, qPrintable(menuTexts(menu)));
        QVERIFY(!camera->isEnabled());
        QVERIFY2(camera->text().contains(QString::fromUtf8("no se encontró")), qPrintable(camera->text()));
        QVERIFY2(picture && picture->isEnabled(), qPrintable(menuTexts(menu))); // reading a picture stays
        QTest::keyClick(sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit")), Qt::Key_B,
            Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(opened, 0);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        const QString message = sale->findChild<QLabel *>(QStringLiteral("saleMessage"))->text();
        QVERIFY2(message.contains(QString::fromUtf8("No se encontró ninguna cámara")), qPrintable(message));
        QVERIFY(message.contains(ctrlI));
        QCOMPARE(sale->cartModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestCameraScan)
#include "testcamerascan.moc"
