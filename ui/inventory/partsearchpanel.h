// A part search for the inventory screen: the counter's catalogue search (SearchClient: off the UI thread, debounced,
// with this branch's and the other branches' stock) in a field and a results table. Type, Down to the results,
// Enter chooses the part.
#pragma once

#include <QWidget>

#include <memory>
#include <optional>

#include "catalog/cataloghit.h"
#include "sales/branchstock.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace nexus {

class SearchClient;
class SearchResultsModel;
struct SearchAnswer;

class PartSearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartSearchPanel)

public:
    static constexpr int kResultLimit = 30;

    // catalogPath: catalog.db next to nexus.db; when it is missing the panel says so and searches nothing.
    PartSearchPanel(const QString &catalogPath, const QString &nexusPath, const QList<BranchWarehouse> &warehouses,
        const QString &objectPrefix, QWidget *parent = nullptr);
    ~PartSearchPanel() override;

    void focusSearch();
    void search(const QString &text); // as if typed, searched at once
    [[nodiscard]] std::optional<CatalogHit> currentHit() const;
    [[nodiscard]] bool isAvailable() const { return m_client != nullptr; }
    [[nodiscard]] SearchResultsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }

Q_SIGNALS:
    void partActivated(const nexus::CatalogHit &hit); // Enter or double click on a result
    void currentPartChanged(const nexus::CatalogHit &hit);
    void answered(); // a search answer arrived (tests wait for it)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onAnswer(const SearchAnswer &answer);
    void activateCurrent();
    void retranslate();

    std::unique_ptr<SearchClient> m_client;
    SearchResultsModel *m_model = nullptr;
    QLineEdit *m_edit = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QString m_catalogPath;
};

} // namespace nexus
