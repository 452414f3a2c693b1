// The quotes list: read from nexus.db on every search (indexed by date; a branch keeps hundreds, not millions).
#include "quotes/quotesdialog.h"

#include "common/formstatus.h"
#include "common/pickerkeys.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nexus {

QuotesDialog::QuotesDialog(QuoteService &quotes, Actions actions, QWidget *parent)
    : QDialog(parent), m_quotes(quotes), m_actions(std::move(actions))
{
    setObjectName(QStringLiteral("quotesDialog"));
    setMinimumSize(1220, 560);
    QVBoxLayout *outer = formstatus::frame(this, tr("Quotes"));

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("quoteSearchEdit"));
    m_search->setPlaceholderText(tr("Folio, customer, phone or service order"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    filters->addWidget(m_search, 1);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("quoteStatusFilter"));
    m_filter->addItem(tr("All"), QString());
    for (QuoteStatus status :
        { QuoteStatus::Valid, QuoteStatus::Expired, QuoteStatus::Converted, QuoteStatus::Cancelled })
        m_filter->addItem(quoteStatusTitle(status), quoteStatusCode(status));
    m_filter->setFocusPolicy(Qt::ClickFocus);
    filters->addWidget(m_filter);
    outer->addLayout(filters);

    m_view = new QTableWidget(0, ColumnCount, this);
    m_view->setObjectName(QStringLiteral("quotesView"));
    m_view->setHorizontalHeaderLabels({ tr("Folio"), tr("Date"), tr("Customer"), tr("Vehicle"), tr("Service order"),
        tr("Total"), tr("Valid until"), tr("Status") });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(32);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setFocusPolicy(Qt::NoFocus); // the typing stays in the search box
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(Folio, 120);
    header->resizeSection(Date, 110);
    header->setSectionResizeMode(Customer, QHeaderView::Stretch);
    header->resizeSection(Vehicle, 200);
    header->resizeSection(Order, 130);
    header->resizeSection(Total, 120);
    header->resizeSection(ValidUntil, 110);
    header->resizeSection(State, 190);
    outer->addWidget(m_view, 1);

    m_status = formstatus::line("quotesStatus", this);
    outer->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    const auto button = [&](const char *name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button("quoteCancelButton", tr("Cancel quote  (Del)"), [this] { cancelQuote(); });
    buttons->addStretch(1);
    button("quotePdfButton", tr("PDF  (Ctrl+P)"), [this] { pdf(); });
    button("quoteWhatsAppButton", tr("WhatsApp  (Ctrl+W)"), [this] { send(Send::WhatsApp); });
    button("quoteEmailButton", tr("E-mail  (Ctrl+E)"), [this] { send(Send::Email); });
    button("quotesCloseButton", tr("Close  (Esc)"), [this] { reject(); });
    button("convertQuoteButton", tr("Convert to sale  (Enter)"), [this] { convert(); })
        ->setProperty("kind", QStringLiteral("primary"));
    outer->addLayout(buttons);

    const auto bind = [this](const QKeySequence &keys, auto slot) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, slot);
    };
    bind(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { pdf(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_W), [this] { send(Send::WhatsApp); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { send(Send::Email); });

    connect(m_search, &QLineEdit::textEdited, this, &QuotesDialog::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &QuotesDialog::refresh);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { convert(); });
    refresh();
    m_search->setFocus();
}

void QuotesDialog::refresh()
{
    const QString code = m_filter->currentData().toString();
    std::optional<QuoteStatus> status;
    for (QuoteStatus s : { QuoteStatus::Valid, QuoteStatus::Expired, QuoteStatus::Converted, QuoteStatus::Cancelled })
        if (quoteStatusCode(s) == code)
            status = s;
    const QString previous = current() ? current()->id : QString();
    Result<std::vector<Quote>> found = m_quotes.list({ m_search->text(), status, 300 });
    m_rows = found ? std::move(*found) : std::vector<Quote>();
    m_view->setRowCount(0);
    const QDate today = m_quotes.today();
    int select = 0;
    for (const Quote &quote : m_rows) {
        const int at = m_view->rowCount();
        m_view->insertRow(at);
        if (quote.id == previous)
            select = at;
        const QuoteStatus shown = quote.statusOn(today);
        const QDateTime created = QDateTime::fromString(quote.createdAt, Qt::ISODateWithMs).toLocalTime();
        const QStringList cells { quote.folio, created.toString(QStringLiteral("dd/MM/yyyy")), quote.customer.name,
            quote.vehicle, quote.serviceOrderFolio, quote.totals.gross.format(),
            quote.validUntil.toString(QStringLiteral("dd/MM/yyyy")),
            shown == QuoteStatus::Converted ? tr("Converted (%1)").arg(quote.saleFolio) : quoteStatusTitle(shown) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == Total)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == State && shown != QuoteStatus::Valid)
                item->setForeground(QColor(0x8A, 0x8F, 0x98));
            m_view->setItem(at, column, item);
        }
    }
    if (!m_rows.empty())
        m_view->setCurrentCell(select, Folio);
    if (!found)
        showStatus(found.error().message(), true);
    else
        showStatus(m_rows.empty() ? tr("No quote matches.") : tr("%n quote(s)", nullptr, int(m_rows.size())), false);
}

std::optional<Quote> QuotesDialog::current() const
{
    const int row = m_view ? m_view->currentRow() : -1;
    if (row < 0 || std::size_t(row) >= m_rows.size())
        return std::nullopt;
    return m_rows[std::size_t(row)];
}

void QuotesDialog::convert()
{
    const std::optional<Quote> quote = current();
    if (!quote)
        return;
    const QuoteStatus status = quote->statusOn(m_quotes.today());
    if (status == QuoteStatus::Converted) {
        showStatus(tr("The quote %1 was already converted into the sale %2.").arg(quote->folio, quote->saleFolio), true);
        return;
    }
    if (status == QuoteStatus::Cancelled) {
        showStatus(tr("The quote %1 was cancelled.").arg(quote->folio), true);
        return;
    }
    // A quote of a service order charges that order: said here, in the list, when the order cannot be charged as
    // quoted; when only its labor changed since, the cashier sees what and charges the quote as accepted.
    Result<QStringList> changes = m_quotes.orderChanges(quote->id);
    if (!changes) {
        showStatus(changes.error().message(), true);
        return;
    }
    if (!changes->isEmpty() && !confirmOrderChanges(*quote, *changes))
        return;
    m_chosen = quote->id;
    accept();
}

bool QuotesDialog::confirmOrderChanges(const Quote &quote, const QStringList &changes)
{
    QMessageBox box(QMessageBox::Question, tr("The order changed"),
        tr("The service order %1 changed since the quote %2. The quote is what the customer accepted: it is "
           "charged as quoted.")
            .arg(quote.serviceOrderFolio, quote.folio),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("quoteOrderChangesBox"));
    QStringList items;
    for (const QString &change : changes)
        items << QStringLiteral("• ") + change;
    box.setInformativeText(items.join(QLatin1Char('\n')));
    QPushButton *charge = box.addButton(tr("Charge as quoted"), QMessageBox::AcceptRole);
    box.addButton(tr("Back"), QMessageBox::RejectRole);
    box.setDefaultButton(charge);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(charge);
}

void QuotesDialog::pdf()
{
    const std::optional<Quote> quote = current();
    if (!quote || !m_actions.pdf)
        return;
    Result<Quote> full = m_quotes.load(quote->id);
    Result<QString> path = full ? m_actions.pdf(*full) : Result<QString>(std::unexpected(full.error()));
    showStatus(path ? tr("PDF of %1 saved in %2").arg(quote->folio, *path) : path.error().message(), !path);
}

void QuotesDialog::send(Send channel)
{
    const std::optional<Quote> quote = current();
    if (!quote || !m_actions.send)
        return;
    Result<Quote> full = m_quotes.load(quote->id);
    Result<QString> sent = full ? m_actions.send(*full, channel) : Result<QString>(std::unexpected(full.error()));
    showStatus(sent ? *sent : sent.error().message(), !sent);
}

void QuotesDialog::cancelQuote()
{
    const std::optional<Quote> quote = current();
    if (!quote)
        return;
    QMessageBox box(QMessageBox::Question, tr("Cancel quote"),
        tr("Cancel the quote %1 for %2? It cannot be converted afterwards.").arg(quote->folio, quote->customer.name),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("cancelQuoteBox"));
    QPushButton *yes = box.addButton(tr("Cancel quote"), QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(yes))
        return;
    Status cancelled = m_quotes.cancel(quote->id);
    refresh();
    showStatus(cancelled ? tr("Quote %1 cancelled").arg(quote->folio) : cancelled.error().message(), !cancelled);
}

void QuotesDialog::showStatus(const QString &text, bool error)
{
    formstatus::show(m_status, text, error);
}

bool QuotesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete && m_search->text().isEmpty()) {
        cancelQuote();
        return true;
    }
    if (watched == m_search && handlePickerKey(event, m_view, [this] { convert(); }))
        return true;
    return QDialog::eventFilter(watched, event);
}

} // namespace nexus
