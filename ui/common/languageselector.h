// A small "language" picker bound to the LanguageManager (login screen footer).
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace nexus {

class LanguageManager;

class LanguageSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSelector)

public:
    explicit LanguageSelector(LanguageManager &languages, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
};

} // namespace nexus
