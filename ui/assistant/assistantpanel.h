// The "Chalán" chat panel: the conversation as bubbles, typed questions, answers as cards the cashier can act on
// (a part with price and stock and "Add" to the current sale; a service order with its state; a customer), a speaker
// button on each answer and a per-user switch for spoken replies. The microphone button (or Ctrl+M from any screen)
// listens until pressed again, with a level meter; the clip is transcribed on a worker thread by the engine chosen in
// the voice settings (offline, or an online service falling back to the offline engine) and sent as if typed.
#pragma once

#include <QFutureWatcher>
#include <QKeySequence>
#include <QWidget>

#include <memory>
#include <optional>

#include "assistant/assistantreply.h"
#include "assistant/conversationhistory.h"
#include "assistant/speechsettings.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace nexus {

class Assistant;
class AuthService;
class CatalogStore;
class LocalStore;
class Microphone;
class OnlineAssistant;
class SaleScreen;
class SaleScreenCart;
class Speaker;

class AssistantPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssistantPanel)

public:
    // `saleScreen` (may be null) holds the ticket "Add" and the cart intents change.
    AssistantPanel(LocalStore &store, AuthService &auth, SaleScreen *saleScreen, QWidget *parent = nullptr);
    ~AssistantPanel() override;

    // Sends `text` as if typed and returns the reply shown.
    AssistantReply ask(const QString &text);
    // The user changed: their spoken-replies preference is loaded.
    void refreshUser();
    void focusInput();
    // A new conversation: the bubbles, the turns the online model would be shown and a spoken request waiting for
    // its Enter are dropped; an online answer still on its way is not shown. The "New conversation" button; a
    // different person signing in.
    void clearConversation();
    // The sale was completed or cancelled: the next customer is someone else, so Chalán starts a new conversation
    // (what was asked before is neither the online model's context nor what "agrega el primero" points at; a spoken
    // request still waiting and an online answer on its way are dropped). The bubbles stay, under a "New sale"
    // separator, so the cashier can still read them.
    void startNewSale();
    // The recent turns the online model is shown with the next question.
    [[nodiscard]] const ConversationHistory &history() const { return m_history; }

    // Asked when the rules did not understand (AssistantPane owns it); null: the rules answer alone.
    void setOnline(OnlineAssistant *online) { m_online = online; }

    [[nodiscard]] QLineEdit *input() const { return m_input; }
    [[nodiscard]] const AssistantReply &lastReply() const { return m_lastReply; }
    [[nodiscard]] bool spokenReplies() const;
    void setSpokenReplies(bool on);
    [[nodiscard]] Speaker *speaker() const { return m_speaker; }

    static QString speakSettingKey(const QString &userId);

    // Push-to-talk as a toggle (a greasy hand taps once to talk and once to send, rather than holding a key while it
    // holds a part): starts listening, or stops and transcribes.
    [[nodiscard]] static QKeySequence listenKey();
    void toggleListening();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] bool isTranscribing() const { return m_recognition->isRunning(); }
    // Null until Chalán is first shown (no sound server is touched before).
    [[nodiscard]] Microphone *microphone() const { return m_microphone; }
    // The voice input settings (a manager's), then the engines are made again on the next turn.
    void openSpeechSettings();
    // A spoken request that would change the ticket waits for the user: a misheard "quita" must not remove a line.
    // Enter on the empty input (or "Sí, hazlo") does it; Esc (or "No"), typing something else or a new spoken turn
    // drops it.
    [[nodiscard]] bool hasPendingSpokenRequest() const { return !m_pendingSpoken.isEmpty(); }
    void confirmSpoken(bool yes);

Q_SIGNALS:
    // The assistant changed the sale's ticket: show the sale screen.
    void cartChanged();
    // A spoken turn ended: the transcript was asked (`text`), or nothing usable was heard / the engine failed.
    void speechHandled(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    // Hidden while listening (Ctrl+Space, the kiosk's button, a sign-out): the microphone is let go and what was
    // said is dropped, never sent where nobody sees it.
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // What clearConversation() and startNewSale() share: every context of the conversation before is dropped.
    void forgetConversation();
    void send();
    // The reply to `text` after the user's bubble is shown: the rules, then the online model when they did not
    // understand.
    AssistantReply answer(const QString &text);
    // Shows the answer to `text` and keeps the turn for the online model.
    void answered(const QString &text, const AssistantReply &reply);
    void askToConfirm(const QString &text);
    bool ensureAssistant();
    void show(const AssistantReply &reply);
    void addBubble(const QString &text, bool mine);
    QWidget *partCard(const PartCard &card);
    QWidget *orderCard(const ServiceOrderCard &card);
    QWidget *customerCard(const Customer &customer);
    void addToSale(const PartCard &card);
    void updateAudioStatus();
    void scrollToEnd();
    void ensureMicrophone();
    void updateMicrophoneState();
    void startListening();
    void stopListening();
    void recognized();
    void showMicrophoneStatus(const QString &text, bool error);

    // What a worker's turn of recognition gives back.
    struct Heard
    {
        Result<Transcript> transcript;
        // The chosen engine failed (online service unreachable, large-vocabulary model missing) and the offline
        // command engine listened instead.
        std::optional<Error> primaryFailure;
        SpeechEngines engines; // what listened: kept for the next turns
        int generation = 0; // of the settings they were made from
    };

    LocalStore &m_store;
    AuthService &m_auth;
    SaleScreen *m_saleScreen = nullptr;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<SaleScreenCart> m_cart;
    std::unique_ptr<Assistant> m_assistant;
    Speaker *m_speaker = nullptr;
    OnlineAssistant *m_online = nullptr;
    AssistantReply m_lastReply;
    QString m_pendingSpoken; // a transcript that would change the ticket, waiting for Enter/Esc
    ConversationHistory m_history;
    // The context of the online model's answers: replaced by clearConversation(), so an answer to a conversation
    // that was cleared is neither carried out nor shown.
    QObject *m_conversation = nullptr;

    QLabel *m_title = nullptr;
    QToolButton *m_speakToggle = nullptr;
    QToolButton *m_newConversation = nullptr;
    QLabel *m_audioStatus = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_messages = nullptr;
    QVBoxLayout *m_messagesLayout = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_send = nullptr;

    Microphone *m_microphone = nullptr;
    std::optional<SpeechEngines> m_engines; // made on the worker by the first spoken turn after the settings changed
    int m_enginesGeneration = 0;
    QFutureWatcher<Heard> *m_recognition = nullptr;
    QToolButton *m_micButton = nullptr;
    QToolButton *m_voiceSettings = nullptr;
    QWidget *m_listenBar = nullptr;
    QProgressBar *m_level = nullptr;
    QLabel *m_listenLabel = nullptr;
    QLabel *m_micStatus = nullptr;
};

} // namespace nexus
