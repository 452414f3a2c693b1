// The dock that carries Chalán's panel on the main window, on every screen; Ctrl+Space shows it with the cursor in
// its question box, or hides it (the sale screen's keys are F2–F12, Ctrl+I/K/T and the areas Ctrl+1…9); Ctrl+M opens it
// listening, and sends what was said when pressed again.
#pragma once

#include <QDockWidget>

namespace nexus {

class AssistantPane;
class AssistantPanel;
class AuthService;
class LocalStore;
class SaleScreen;

class AssistantDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssistantDock)

public:
    AssistantDock(LocalStore &store, AuthService &auth, SaleScreen *saleScreen, QWidget *parent = nullptr);

    [[nodiscard]] AssistantPanel *panel() const { return m_panel; }
    [[nodiscard]] AssistantPane *pane() const { return m_pane; }
    void toggle();
    [[nodiscard]] static QKeySequence toggleKey();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AssistantPane *m_pane = nullptr;
    AssistantPanel *m_panel = nullptr;
};

} // namespace nexus
