// ZPL part labels: one ^XA…^XZ format per label at the label's size, description/SKU/price fields that read back
// exactly (UTF-8, ^ and ~ escaped), EAN-13 through ^BE when the part has a valid one, else Code 128 of the SKU.
#include "printing/zpllabel.h"
#include "why.h"

#include <QTest>

using namespace nexus;

namespace {

struct ZplField
{
    QByteArray command; // the command that opened the field: A0 (text), BE, BC
    QString data;
};

struct ZplFormat
{
    QMap<QByteArray, QByteArray> settings; // PW, LL, PQ, CI, BY → their argument
    QList<ZplField> fields;
};

// A reader for the subset zplLabels writes: ^CMD args, ^FH\ escapes in the next ^FD, ^FD…^FS data.
QList<ZplFormat> parseZpl(const QByteArray &zpl)
{
    QList<ZplFormat> formats;
    ZplFormat current;
    QByteArray lastFieldCommand;
    bool hex = false;
    qsizetype i = 0;
    while ((i = zpl.indexOf('^', i)) >= 0) {
        const QByteArray command = zpl.mid(i + 1, 2);
        i += 3;
        if (command == "FD") {
            const qsizetype end = zpl.indexOf("^FS", i);
            QByteArray raw = zpl.mid(i, end - i);
            QByteArray bytes;
            for (qsizetype k = 0; k < raw.size(); ++k) {
                if (hex && raw.at(k) == '\\') {
                    bytes += char(raw.mid(k + 1, 2).toInt(nullptr, 16));
                    k += 2;
                } else {
                    bytes += raw.at(k);
                }
            }
            current.fields << ZplField { lastFieldCommand, QString::fromUtf8(bytes) };
            hex = false;
            i = end + 3;
            continue;
        }
        qsizetype next = zpl.indexOf('^', i);
        if (next < 0)
            next = zpl.size();
        const QByteArray args = zpl.mid(i, next - i).trimmed();
        if (command == "XA") {
            current = ZplFormat();
        } else if (command == "XZ") {
            formats << current;
        } else if (command == "FH") {
            hex = true;
        } else if (command == "A0" || command == "BE" || command == "BC") {
            lastFieldCommand = command;
            current.settings.insert(command, args);
        } else {
            current.settings.insert(command, args);
        }
    }
    return formats;
}

QStringList fieldData(const ZplFormat &format, const QByteArray &command)
{
    QStringList out;
    for (const ZplField &field : format.fields) {
        if (field.command == command)
            out << field.data;
    }
    return out;
}

} // namespace

class TestPrintingLabels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsCarryTheirFields()
    {
        const QList<PartLabel> labels {
            PartLabel { QStringLiteral("BAL-4471"), QStringLiteral("Balata cerámica ^Brembo~ para Tsuru, año ñ"),
                Money(45990), QStringLiteral("7501234567893") },
            PartLabel { QStringLiteral("FIL-88"), QStringLiteral("Filtro de aceite"), Money(12950), QString() },
            PartLabel {
                QStringLiteral("BUJ-10"), QStringLiteral("Bujía"), Money(18950), QStringLiteral("7501234567890") },
        };
        ZplLabelOptions options;
        options.copies = 3;
        const Result<QByteArray> zpl = zplLabels(labels, options);
        QVERIFY2(zpl.has_value(), test::why(zpl).constData());
        QCOMPARE(zpl->count("^XA"), 3);
        QCOMPARE(zpl->count("^XZ"), 3);
        QVERIFY(!zpl->contains("^Brembo")); // the description's ^ cannot start a command
        QVERIFY(!zpl->contains("\xc3\xb1")); // raw UTF-8 bytes are hex-escaped too

        const QList<ZplFormat> formats = parseZpl(*zpl);
        QCOMPARE(formats.size(), 3);
        for (const ZplFormat &format : formats) {
            QCOMPARE(format.settings.value("PW"), QByteArray("400")); // 50 mm at 8 dots/mm
            QCOMPARE(format.settings.value("LL"), QByteArray("200")); // 25 mm
            QCOMPARE(format.settings.value("PQ"), QByteArray("3"));
            QCOMPARE(format.settings.value("CI"), QByteArray("28")); // UTF-8
        }
        // Valid EAN-13: ^BE with the 12-digit body (the printer adds the check digit).
        QCOMPARE(fieldData(formats.at(0), "A0"),
            (QStringList { labels.at(0).description, QStringLiteral("BAL-4471"), QStringLiteral("$459.90") }));
        QCOMPARE(fieldData(formats.at(0), "BE"), QStringList { QStringLiteral("750123456789") });
        QVERIFY(fieldData(formats.at(0), "BC").isEmpty());
        QVERIFY(formats.at(0).settings.value("BE").startsWith("N,"));
        // No barcode, or one whose check digit is wrong: Code 128 of the SKU.
        QCOMPARE(fieldData(formats.at(1), "BC"), QStringList { QStringLiteral("FIL-88") });
        QVERIFY(fieldData(formats.at(1), "BE").isEmpty());
        QCOMPARE(fieldData(formats.at(1), "A0").last(), QStringLiteral("$129.50"));
        QCOMPARE(fieldData(formats.at(2), "BC"), QStringList { QStringLiteral("BUJ-10") });
        QVERIFY(fieldData(formats.at(2), "BE").isEmpty());
    }

    void sizeFollowsTheLabelAndResolution()
    {
        ZplLabelOptions options;
        options.widthMm = 100;
        options.heightMm = 50;
        options.dotsPerMm = 12; // 300 dpi
        const QList<ZplFormat> formats = parseZpl(*zplLabels(
            { PartLabel { QStringLiteral("X-1"), QStringLiteral("x"), Money(100), QStringLiteral("7501234567893") } },
            options));
        QCOMPARE(formats.size(), 1);
        QCOMPARE(formats.first().settings.value("PW"), QByteArray("1200"));
        QCOMPARE(formats.first().settings.value("LL"), QByteArray("600"));
        QCOMPARE(formats.first().settings.value("BY"), QByteArray("3")); // wider bars on a wider label
    }

    void badInputNamesTheField()
    {
        const Result<QByteArray> noSku
            = zplLabels({ PartLabel { QStringLiteral(" "), QStringLiteral("x"), Money(1), {} } });
        QCOMPARE(noSku.error().field(), QStringLiteral("sku"));
        ZplLabelOptions options;
        options.copies = 0;
        QCOMPARE(zplLabels({}, options).error().field(), QStringLiteral("copies"));
        options = ZplLabelOptions();
        options.widthMm = 10;
        QCOMPARE(zplLabels({}, options).error().field(), QStringLiteral("size"));
        QCOMPARE(zplLabels({})->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPrintingLabels)
#include "testprintinglabels.moc"
