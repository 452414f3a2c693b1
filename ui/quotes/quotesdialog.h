// Cotizaciones (Ctrl+Shift+Q on the sale screen): the branch's quotes, searched by folio, customer or phone and
// filtered by status (vigente, vencida, convertida, cancelada); a quote made from a service order shows the order's
// folio (and is found by it). Enter converts the highlighted quote into the sale (the screen loads it; a quote of an
// order is refused here, with the reason, when the order cannot be charged as quoted), Ctrl+P saves and opens its PDF,
// Ctrl+W / Ctrl+E send it by WhatsApp / e-mail, Del cancels it, Esc closes.
#pragma once

#include <QDialog>

#include <functional>

#include "quotes/quoteservice.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace nexus {

class QuotesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotesDialog)

public:
    enum Column { Folio, Date, Customer, Vehicle, Order, Total, ValidUntil, State, ColumnCount };
    enum class Send { WhatsApp, Email };
    // What the screen does with a quote; each answers the line to show (its error in red).
    struct Actions
    {
        std::function<Result<QString>(const Quote &)> pdf; // the PDF's path
        std::function<Result<QString>(const Quote &, Send)> send; // "queued for …"
    };

    QuotesDialog(QuoteService &quotes, Actions actions, QWidget *parent = nullptr);

    // The quote to convert (Enter), '' when the dialog closed otherwise.
    [[nodiscard]] const QString &chosenQuoteId() const { return m_chosen; }
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] std::optional<Quote> current() const;
    void convert();
    // The order of the quote changed since (only its labor: QuoteService::orderChanges); true to charge as quoted.
    [[nodiscard]] bool confirmOrderChanges(const Quote &quote, const QStringList &changes);
    void pdf();
    void send(Send channel);
    void cancelQuote();
    void showStatus(const QString &text, bool error);

    QuoteService &m_quotes;
    Actions m_actions;
    std::vector<Quote> m_rows;
    QString m_chosen;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QTableWidget *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
