// libxslt over the SAT stylesheet embedded in the resources; includes are served from the resources too.
#include "cfdi/cadenaoriginal.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QString>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxslt/documents.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>

namespace nexus {

namespace {

// The stylesheet's own URI: relative includes ("../../Pagos/Pagos20.xslt") resolve against it to qrc:/sat/cfd/….
constexpr const char *kStylesheetUri = "qrc:/sat/cfd/4/cadenaoriginal_4_0/cadenaoriginal_4_0.xslt";
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA;

QMutex &xsltMutex()
{
    static QMutex mutex;
    return mutex;
}

// libxml2/libxslt report through printf-style callbacks; collect the text so errors reach the caller, not stderr.
QString &capturedErrors()
{
    static QString text;
    return text;
}

void captureError(void *, const char *format, ...)
{
    char buffer[1024];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    capturedErrors() += QString::fromUtf8(buffer);
}

// Serves qrc: URIs from the Qt resources and refuses every other URI, so no include can reach the network or disk.
xmlDocPtr resourceLoader(const xmlChar *uri, xmlDictPtr dict, int options, void *, xsltLoadType)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(uri));
    if (!text.startsWith(QLatin1String("qrc:/"))) {
        captureError(nullptr, "refusing to load %s: only the embedded SAT stylesheets are used\n",
            reinterpret_cast<const char *>(uri));
        return nullptr;
    }
    QFile file(text.mid(3)); // "qrc:/sat/…" → ":/sat/…"
    if (!file.open(QIODevice::ReadOnly)) {
        captureError(nullptr, "missing embedded stylesheet %s\n", reinterpret_cast<const char *>(uri));
        return nullptr;
    }
    const QByteArray bytes = file.readAll();
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (parser == nullptr)
        return nullptr;
    if (dict != nullptr) { // the stylesheet and its includes share one dictionary, as libxslt's own loader does
        if (parser->dict != nullptr)
            xmlDictFree(parser->dict);
        parser->dict = dict;
        xmlDictReference(dict);
    }
    xmlDocPtr doc = xmlCtxtReadMemory(parser, bytes.constData(), static_cast<int>(bytes.size()),
        reinterpret_cast<const char *>(uri), "UTF-8", options | kParseOptions);
    xmlFreeParserCtxt(parser);
    return doc;
}

struct Stylesheet
{
    xsltStylesheetPtr style = nullptr;
    xsltSecurityPrefsPtr security = nullptr;
    QString error;
};

// Compiled once; kept for the life of the process (reachable, so not a leak).
Stylesheet &stylesheet()
{
    static Stylesheet compiled = [] {
        Stylesheet result;
        xmlInitParser();
        xsltSetLoaderFunc(resourceLoader);
        xmlDocPtr doc
            = resourceLoader(reinterpret_cast<const xmlChar *>(kStylesheetUri), nullptr, 0, nullptr, XSLT_LOAD_START);
        if (doc != nullptr) {
            result.style = xsltParseStylesheetDoc(doc); // owns doc from here on
            if (result.style == nullptr)
                xmlFreeDoc(doc);
        }
        xsltSetLoaderFunc(nullptr); // back to libxslt's default loader for everything else
        if (result.style == nullptr)
            result.error = capturedErrors();
        result.security = xsltNewSecurityPrefs();
        for (const xsltSecurityOption option : { XSLT_SECPREF_READ_FILE, XSLT_SECPREF_WRITE_FILE,
                 XSLT_SECPREF_CREATE_DIRECTORY, XSLT_SECPREF_READ_NETWORK, XSLT_SECPREF_WRITE_NETWORK })
            xsltSetSecurityPrefs(result.security, option, xsltSecurityForbid);
        return result;
    }();
    return compiled;
}

} // namespace

Result<QByteArray> cadenaOriginal(const QByteArray &xml)
{
    QMutexLocker lock(&xsltMutex());
    capturedErrors().clear();
    xmlSetGenericErrorFunc(nullptr, captureError);
    xsltSetGenericErrorFunc(nullptr, captureError);
    const auto restore = qScopeGuard([] {
        xmlSetGenericErrorFunc(nullptr, nullptr);
        xsltSetGenericErrorFunc(nullptr, nullptr);
    });

    Stylesheet &compiled = stylesheet();
    if (compiled.style == nullptr)
        return fail(ErrorCode::Internal, NX_ERR("The SAT's cadena original stylesheet could not be loaded: %1"),
            { compiled.error.trimmed() });

    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(xml.constData(), static_cast<int>(xml.size()), "cfdi.xml", "UTF-8", kParseOptions), xmlFreeDoc);
    if (!doc)
        return fail(ErrorCode::InvalidInput, NX_ERR("The CFDI is not well-formed XML: %1"),
            { capturedErrors().trimmed() }, QStringLiteral("xml"));

    const xmlNode *root = xmlDocGetRootElement(doc.get());
    const auto is = [](const xmlChar *text, const char *expected) {
        return text != nullptr && std::strcmp(reinterpret_cast<const char *>(text), expected) == 0;
    };
    if (root == nullptr || root->ns == nullptr || !is(root->name, "Comprobante")
        || !is(root->ns->href, "http://www.sat.gob.mx/cfd/4"))
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The XML is not a CFDI 4.0 Comprobante"), {}, QStringLiteral("xml"));

    const std::unique_ptr<xsltTransformContext, decltype(&xsltFreeTransformContext)> context(
        xsltNewTransformContext(compiled.style, doc.get()), xsltFreeTransformContext);
    if (!context)
        return fail(ErrorCode::Internal, NX_ERR("The cadena original transformation could not start"));
    xsltSetCtxtSecurityPrefs(compiled.security, context.get());
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> result(
        xsltApplyStylesheetUser(compiled.style, doc.get(), nullptr, nullptr, nullptr, context.get()), xmlFreeDoc);
    if (!result || context->state != XSLT_STATE_OK)
        return fail(ErrorCode::Internal, NX_ERR("The cadena original transformation failed: %1"),
            { capturedErrors().trimmed() });

    xmlChar *text = nullptr;
    int length = 0;
    if (xsltSaveResultToString(&text, &length, result.get(), compiled.style) != 0)
        return fail(ErrorCode::Internal, NX_ERR("The cadena original could not be written out"));
    QByteArray cadena(reinterpret_cast<const char *>(text), length);
    xmlFree(text);
    if (!cadena.startsWith("||4.0|"))
        return fail(ErrorCode::Internal, NX_ERR("The SAT's stylesheet gave no cadena original"));
    return cadena;
}

} // namespace nexus
