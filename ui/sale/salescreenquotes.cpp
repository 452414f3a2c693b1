// The sale screen's quotes (cotizaciones): the ticket saved as a quote (Ctrl+Q), the list (Ctrl+Shift+Q) with its
// PDF, and a quote converted back into the ticket. Kept apart from salescreen.cpp, which holds the selling itself.
#include "sale/salescreen.h"

#include "app/uilogging.h"
#include "auth/authservice.h"
#include "common/clock.h"
#include "notifications/notificationservice.h"
#include "quotes/quotelayout.h"
#include "quotes/quotesender.h"
#include "quotes/quotesdialog.h"
#include "quotes/savequotedialog.h"
#include "sale/cartmodel.h"
#include "sales/cartsummary.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace nexus {

QuoteService SaleScreen::quotes() const
{
    return QuoteService(m_store.db(), Clock::system(), QuoteContext { m_profile->deviceId, m_profile->branchId });
}

void SaleScreen::saveAsQuote()
{
    if (!m_ready)
        return;
    const std::optional<User> &user = m_auth.currentUser();
    if (!user)
        return;
    if (m_cartModel->rowCount() == 0) {
        showMessage(tr("Put the parts to quote on the ticket first"), true);
        focusSearch();
        return;
    }
    QuoteService service = quotes();
    NewQuote request;
    if (m_customer)
        request.customer = { m_customer->id, m_customer->fields.name, m_customer->fields.phone,
            m_customer->fields.email };
    request.validUntil = service.defaultValidUntil();
    request.userId = user->id;
    request.userName = user->displayName;
    request.role = user->role;
    const CartSummary summary = summarizeCart(m_cartModel->cart());
    SaveQuoteDialog dialog(service, m_cartModel->cart(), request,
        tr("%n line(s), total %1", nullptr, summary.lines).arg(summary.totals.gross.format()), this);
    if (dialog.exec() != QDialog::Accepted) {
        focusSearch();
        return;
    }
    const Quote &quote = dialog.quote();
    m_cartModel->clear();
    forgetCustomer();
    m_authorizedDiscountPpm = 0;
    showMessage(tr("Quote %1 saved, valid until %2")
                    .arg(quote.folio, QLocale().toString(quote.validUntil, QLocale::ShortFormat)),
        false);
    focusSearch();
    Q_EMIT factsRecorded();
}

void SaleScreen::openQuotes()
{
    if (!m_ready)
        return;
    QuoteService service = quotes();
    QuotesDialog::Actions actions;
    actions.pdf = [this](const Quote &quote) { return saveQuotePdf(quote); };
    actions.send = [this](const Quote &quote, QuotesDialog::Send channel) -> Result<QString> {
        const InvoiceLayout layout = quoteLayout(quote, loadQuoteBranding(m_store.db(), m_profile->branchId));
        NotificationService notifications(m_store.db(), Clock::system());
        const bool whatsapp = channel == QuotesDialog::Send::WhatsApp;
        Result<QString> to = queueQuoteMessage(notifications, quote,
            whatsapp ? NotificationChannel::WhatsApp : NotificationChannel::Email, layout.fileName(), layout.pdf());
        if (!to)
            return std::unexpected(to.error());
        return whatsapp ? tr("Quote %1 queued for WhatsApp to %2").arg(quote.folio, *to)
                        : tr("Quote %1 queued for e-mail to %2").arg(quote.folio, *to);
    };
    QuotesDialog dialog(service, actions, this);
    dialog.exec();
    Q_EMIT factsRecorded(); // a quote may have been cancelled
    if (!dialog.chosenQuoteId().isEmpty())
        loadQuote(dialog.chosenQuoteId());
    focusSearch();
}

Result<QString> SaleScreen::saveQuotePdf(const Quote &quote)
{
    const InvoiceLayout layout = quoteLayout(quote, loadQuoteBranding(m_store.db(), m_profile->branchId));
    const QDir folder(QFileInfo(m_store.db().path()).absoluteDir().filePath(QStringLiteral("cotizaciones")));
    QDir().mkpath(folder.path());
    const QString path = folder.filePath(layout.fileName());
    if (Status written = layout.writePdf(path); !written)
        return std::unexpected(written.error());
    const bool opened = m_documentOpener ? m_documentOpener(path)
                                         : QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    if (!opened)
        qCWarning(lcUi) << "no viewer opened" << path;
    return path;
}

bool SaleScreen::loadQuote(const QString &quoteId)
{
    if (!m_ready)
        return false;
    if (m_cartModel->rowCount() > 0) {
        showMessage(tr("Charge or cancel the ticket on screen before converting a quote"), true);
        return false;
    }
    QuoteService service = quotes();
    Result<Quote> quote = service.load(quoteId);
    if (!quote) {
        showMessage(quote.error().message(), true);
        return false;
    }
    // The customer first (their list becomes the ticket's), then the list the quote was priced at: after expiry the
    // lines take today's prices of that list.
    if (!quote->customer.customerId.isEmpty() && (!m_customer || m_customer->id != quote->customer.customerId))
        attachCustomer(quote->customer.customerId);
    for (int i = 0; i < m_priceLists.size(); ++i)
        if (m_priceLists.at(i).code == quote->priceList)
            m_priceList->setCurrentIndex(i);
    const std::optional<qint64> listId = priceListId();
    Result<QuoteConversion> conversion = service.prepareConversion(quoteId, [this, listId](const QuoteLine &line) {
        return m_lookup->item(line.partId, listId, line.warehouseId);
    });
    Cart cart = m_cartModel->cart();
    Status loaded = conversion ? QuoteService::loadInto(cart, *conversion) : Status(std::unexpected(conversion.error()));
    if (!loaded) {
        showMessage(loaded.error().message(), true);
        return false;
    }
    m_cartModel->replaceCart(std::move(cart));
    const QString validUntil = QLocale().toString(quote->validUntil, QLocale::ShortFormat);
    const int repriced = int(conversion->repriced.size());
    if (!quote->serviceOrderId.isEmpty()) // the ticket charges the order (F12 marks it charged and delivered)
        showMessage(conversion->pricesHonoured
                ? tr("Quote %1 charges %2 at the quoted prices (until %3)")
                      .arg(quote->folio, quote->serviceOrderFolio, validUntil)
                : tr("Quote %1 charges %2, expired on %3: today's prices (%n changed)", nullptr, repriced)
                      .arg(quote->folio, quote->serviceOrderFolio, validUntil),
            !conversion->pricesHonoured);
    else if (conversion->pricesHonoured)
        showMessage(tr("Quote %1: quoted prices, valid until %2").arg(quote->folio, validUntil), false);
    else
        showMessage(
            tr("Quote %1 expired on %2: today's prices (%n changed)", nullptr, repriced).arg(quote->folio, validUntil),
            true);
    return true;
}

} // namespace nexus
