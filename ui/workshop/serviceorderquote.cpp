// The order detail's quote (Ctrl+Q): the order's reserved parts and labor as a quote for its customer and vehicle,
// through the counter's own "Guardar como cotización" dialog. Kept apart from serviceorderdialog.cpp, which holds the
// order itself.
#include "workshop/serviceorderdialog.h"

#include "auth/authservice.h"
#include "common/clock.h"
#include "quotes/orderquote.h"
#include "quotes/savequotedialog.h"
#include "sales/cartsummary.h"
#include "store/localstore.h"
#include "workshop/workshopsession.h"

#include <QLocale>

namespace nexus {

void ServiceOrderDialog::quoteOrder()
{
    const std::optional<User> &user = m_auth.currentUser();
    if (!user)
        return;
    Result<OrderQuoteDraft> draft = orderQuoteDraft(m_order, m_session.profile().borderRegion, m_session.parts());
    if (!draft) {
        message(draft.error().message(), true);
        return;
    }
    QuoteService quotes(m_session.store().db(), Clock::system(),
        QuoteContext { m_session.profile().deviceId, m_session.profile().branchId });
    NewQuote request;
    request.customer = draft->customer;
    request.vehicle = draft->vehicle;
    request.validUntil = quotes.defaultValidUntil();
    request.userId = user->id;
    request.userName = user->displayName;
    request.role = user->role;
    const CartSummary summary = summarizeCart(draft->cart);
    SaveQuoteDialog dialog(quotes, draft->cart, request,
        tr("Order %1: %n line(s), total %2", nullptr, summary.lines).arg(m_order.folio, summary.totals.gross.format()),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Quote &quote = dialog.quote();
    message(tr("Quote %1 saved for %2, valid until %3 (at the counter, Ctrl+Shift+Q: PDF, WhatsApp, sale)")
                .arg(quote.folio, quote.customer.name, QLocale().toString(quote.validUntil, QLocale::ShortFormat)),
        false);
}

} // namespace nexus
