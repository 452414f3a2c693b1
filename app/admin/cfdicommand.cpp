// nexus-admin cfdi build: one CFDI 4.0 from Facturapi's invoice JSON, sealed with the issuer's CSD; all or nothing.
// (cfdi list, remote, is cfdilistcommand.cpp.)
#include "admincommands.h"

#include "cfdi/cfdisealer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTranslator>

namespace nexus::admin {

namespace {

constexpr const char *kUsage
    = "usage: nexus-admin cfdi build --issuer ISSUER.json --input INVOICE.json --cer FILE.cer --key FILE.key\n"
      "                             [--password P | --password-file F] --out OUT.xml [--lang es_MX|en]\n"
      "  ISSUER.json: {\"tax_id\", \"legal_name\", \"tax_system\", \"zip\"} (optional \"time_zone\", IANA)\n"
      "  INVOICE.json: Facturapi's invoice JSON (type I, E or P; customer, items, payment_form, payment_method, use,\n"
      "                currency, exchange, series, folio_number, date, global, related_documents, complements)\n"
      "  --cer/--key: the SAT's CSD (.cer DER, .key DER PKCS#8 with its password) or PEM copies\n"
      "  exit 0 sealed and written; 2 the request, a SAT rule or the CSD refused it (nothing written); 1 I/O failure\n"
      "       nexus-admin cfdi list --from YYYY-MM-DD --to YYYY-MM-DD [--branch CODE] --server URL ... [--json]\n"
      "  remote: the CFDIs every branch's counters stamped, as they reported them (cfdi list --help)\n";

// The admin CLI speaks English except where the SAT's rules are concerned: those reach a store's accountant, so
// they are shown in Spanish (es_MX) unless --lang en.
bool spanish = true;

QString text(const char *es, const char *en)
{
    return QString::fromUtf8(spanish ? es : en);
}

Result<QByteArray> readInput(const QString &path, const QString &option)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() }, option);
    return file.readAll();
}

int refuse(QTextStream &err, const Error &error)
{
    err << "nexus-admin cfdi build: ";
    const QString message = error.message();
    if (!error.field().isEmpty() && !message.contains(error.field()))
        err << error.field() << ": ";
    err << message << text(" (no se escribió nada)\n", " (nothing was written)\n");
    return error.code() == ErrorCode::Io || error.code() == ErrorCode::Internal ? 1 : 2;
}

} // namespace

int runCfdi(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << "nexus-admin cfdi: " << message << "\n" << kUsage;
        return 2;
    };
    if (args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h")) {
        out << kUsage;
        return 0;
    }
    if (args.value(0) == QLatin1String("list"))
        return runCfdiList(args.mid(1));
    if (args.value(0) != QLatin1String("build"))
        return usageError(args.isEmpty() ? QStringLiteral("missing action")
                                         : QStringLiteral("unknown action \"%1\"").arg(args.value(0)));
    QCommandLineParser parser;
    const QCommandLineOption issuerOption(QStringLiteral("issuer"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption inputOption(QStringLiteral("input"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption cerOption(QStringLiteral("cer"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QString(), QStringLiteral("P"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    parser.addOptions(
        { issuerOption, inputOption, cerOption, keyOption, passwordOption, passwordFileOption, outOption, langOption });
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args.mid(1)))
        return usageError(parser.errorText());
    for (const QCommandLineOption *required : { &issuerOption, &inputOption, &cerOption, &keyOption, &outOption })
        if (parser.value(*required).isEmpty())
            return usageError(QStringLiteral("--%1 is required").arg(required->names().first()));
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : QStringLiteral("es_MX");
    if (language != QLatin1String("es_MX") && language != QLatin1String("en"))
        return usageError(QStringLiteral("--lang: use es_MX or en"));
    spanish = language == QLatin1String("es_MX");
    QTranslator translator;
    if (spanish && translator.load(QStringLiteral(":/i18n/nexus_es_MX.qm")))
        QCoreApplication::installTranslator(&translator);

    QString password = parser.value(passwordOption);
    if (parser.isSet(passwordFileOption)) {
        Result<QByteArray> secret = readInput(parser.value(passwordFileOption), QStringLiteral("password-file"));
        if (!secret)
            return refuse(err, secret.error());
        password = QString::fromUtf8(secret->trimmed());
    }
    Result<QByteArray> issuerJson = readInput(parser.value(issuerOption), QStringLiteral("issuer"));
    if (!issuerJson)
        return refuse(err, issuerJson.error());
    Result<CfdiIssuer> issuer = parseIssuer(*issuerJson);
    if (!issuer)
        return refuse(err, issuer.error());
    Result<QByteArray> invoiceJson = readInput(parser.value(inputOption), QStringLiteral("input"));
    if (!invoiceJson)
        return refuse(err, invoiceJson.error());
    Result<InvoiceRequest> request = parseInvoiceRequest(*invoiceJson);
    if (!request)
        return refuse(err, request.error());
    Result<Csd> csd = loadCsd(parser.value(cerOption), parser.value(keyOption), password);
    if (!csd)
        return refuse(err, csd.error());
    Result<SealedCfdi> sealed = sealCfdi(*issuer, *request, *csd, QDateTime::currentDateTimeUtc());
    if (!sealed)
        return refuse(err, sealed.error());
    // A temporary file beside OUT renamed over it: a failure leaves no partial XML (nor clobbers an older one).
    if (Status written = writeFileAtomically(parser.value(outOption), sealed->xml); !written)
        return refuse(err, written.error());

    const CfdiDocument &document = sealed->document;
    const QString name = document.series.isEmpty() && document.folio.isEmpty()
        ? QStringLiteral("-")
        : document.series + (document.series.isEmpty() || document.folio.isEmpty() ? QString() : QStringLiteral("-"))
            + document.folio;
    out << "CFDI " << cfdiTypeCode(document.type) << " " << name << " " << document.date << " total "
        << (document.type == CfdiType::Pago
                   ? QString(document.paymentTotals.total.toPlainString() + QStringLiteral(" MXN (pagos)"))
                   : QString(document.total.toPlainString() + QLatin1Char(' ') + currencyCode(document.currency)))
        << ", " << text("sellado con el certificado ", "sealed with certificate ") << document.certificateNumber
        << " -> " << parser.value(outOption) << "\n";
    return 0;
}

} // namespace nexus::admin
