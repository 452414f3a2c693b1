// PartSearchPanel: the sale screen's search client and results model, arranged for picking one part.
#include "inventory/partsearchpanel.h"

#include "inventory/inventorywidgets.h"

#include "sale/searchanswer.h"
#include "sale/searchclient.h"
#include "sale/searchresultsmodel.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

PartSearchPanel::PartSearchPanel(const QString &catalogPath, const QString &nexusPath,
    const QList<BranchWarehouse> &warehouses, const QString &objectPrefix, QWidget *parent)
    : QWidget(parent), m_catalogPath(catalogPath)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(objectPrefix + QStringLiteral("SearchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_status = new QLabel(this);
    m_status->setObjectName(objectPrefix + QStringLiteral("SearchStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_model = new SearchResultsModel(this);
    m_model->setWarehouses(warehouses);
    m_view = inventoryTable(objectPrefix + QStringLiteral("ResultsView"), this, 32);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::doubleClicked, this, [this] { activateCurrent(); });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (const CatalogHit *hit = m_model->hit(current.row()))
                Q_EMIT currentPartChanged(*hit);
        });

    if (QFileInfo::exists(catalogPath)) {
        QStringList ids;
        for (const BranchWarehouse &warehouse : warehouses)
            ids << warehouse.id;
        m_client = std::make_unique<SearchClient>(catalogPath, nexusPath, ids);
        connect(m_client.get(), &SearchClient::answered, this, &PartSearchPanel::onAnswer);
        connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
            if (text.trimmed().isEmpty()) {
                m_client->cancel();
                m_model->clear();
                return;
            }
            CatalogQuery query;
            query.text = text.trimmed().left(CatalogQuery::kMaxTextLength);
            query.limit = kResultLimit;
            m_client->searchSoon(query);
        });
    } else {
        m_edit->setEnabled(false);
    }
    retranslate();
}

PartSearchPanel::~PartSearchPanel() = default;

void PartSearchPanel::retranslate()
{
    m_edit->setPlaceholderText(tr("Part: code, name, brand or vehicle (F2)"));
    if (!m_client)
        m_status->setText(tr("The parts catalogue has not been downloaded yet (%1): parts cannot be searched.")
                              .arg(QDir::toNativeSeparators(m_catalogPath)));
}

void PartSearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PartSearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void PartSearchPanel::search(const QString &text)
{
    m_edit->setText(text);
    if (!m_client)
        return;
    CatalogQuery query;
    query.text = text.trimmed().left(CatalogQuery::kMaxTextLength);
    query.limit = kResultLimit;
    m_client->searchNow(query);
}

std::optional<CatalogHit> PartSearchPanel::currentHit() const
{
    const CatalogHit *hit = m_model->hit(m_view->currentIndex().row());
    return hit ? std::optional<CatalogHit>(*hit) : std::nullopt;
}

void PartSearchPanel::onAnswer(const SearchAnswer &answer)
{
    m_model->setAnswer(answer);
    if (answer.error)
        m_status->setText(answer.error->message());
    else if (answer.hits.isEmpty())
        m_status->setText(tr("Nothing found for “%1”").arg(answer.text));
    else
        m_status->clear();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(SearchResultsModel::Name, QHeaderView::Stretch);
    header->resizeSection(SearchResultsModel::Sku, 150);
    header->resizeSection(SearchResultsModel::Brand, 110);
    header->resizeSection(SearchResultsModel::Price, 100);
    for (int column = SearchResultsModel::FirstWarehouse; column < m_model->columnCount(); ++column)
        header->resizeSection(column, column == m_model->otherBranchesColumn() ? 140 : 96);
    if (!answer.hits.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, SearchResultsModel::Sku));
    Q_EMIT answered();
}

void PartSearchPanel::activateCurrent()
{
    if (std::optional<CatalogHit> hit = currentHit())
        Q_EMIT partActivated(*hit);
}

bool PartSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_edit && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
            && m_model->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (enter && key->modifiers() == Qt::NoModifier && (watched == m_edit || watched == m_view)
            && m_model->rowCount() > 0) {
            activateCurrent();
            return true;
        }
        if (watched == m_view && key->key() == Qt::Key_Up && m_view->currentIndex().row() <= 0) {
            m_edit->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace nexus
