// The branch dashboard: the day's sales against the same weekday of the four weeks before (total and by hour), by
// payment method and by cashier, the last 30 days' gross margin, average ticket and best parts and categories.
// Figures load on a worker thread with their own connection; the charts are filled when they arrive.
#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QWidget>

#include <memory>

#include "reports/dashboard.h"

class QDateEdit;
class QGridLayout;
class QLabel;
class QThread;

namespace nexus {

class AuthService;
class LocalStore;

class DashboardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWidget)

public:
    DashboardWidget(LocalStore &store, AuthService &auth, QString catalogPath, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    void setDay(const QDate &day);
    [[nodiscard]] QDate day() const;
    void reload();
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] const DashboardFigures &figures() const { return m_figures; }
    // From reload() to charts on screen, in milliseconds (the last load).
    [[nodiscard]] qint64 openMs() const { return m_openMs; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void show(const DashboardFigures &figures);
    void retranslate();

    LocalStore &m_store;
    AuthService &m_auth;
    QString m_catalogPath;
    QDateEdit *m_day = nullptr;
    QLabel *m_dayLabel = nullptr;
    QLabel *m_status = nullptr;
    QGridLayout *m_tiles = nullptr;
    QGridLayout *m_charts = nullptr;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<ReportControl> m_control;
    DashboardFigures m_figures;
    bool m_hasFigures = false;
    bool m_shown = false;
    QElapsedTimer m_timer;
    qint64 m_openMs = 0;
    quint64 m_generation = 0;
};

} // namespace nexus
