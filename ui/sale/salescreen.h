// The counter sale screen (Venta): search always ready, results with price and stock per warehouse, the cart with
// in-place edits, totals, price list, the sale's customer, scanner, till and manager checks, and the payment dialog.
// Keyboard first: F2/F3 search, Enter add, F4 quantity, F6 discount, F7 warehouse, F8 price list, Ctrl+K customer,
// Del remove, F9 cancel, F12 charge, Ctrl+Q save as quote, Ctrl+Shift+Q quotes, Ctrl+I barcode from a picture,
// Ctrl+Shift+B barcode with the camera.
#pragma once

#include <QWidget>

#include <memory>
#include <optional>

#include <functional>

#include "catalog/catalogquery.h"
#include "common/error.h"
#include "customers/creditaccount.h"
#include "customers/countervehicle.h"
#include "customers/customer.h"
#include "sales/cartitemlookup.h"
#include "sales/counterprofile.h"
#include "scan/videoframesource.h"

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace nexus {

class AuthService;
class CartModel;
class CashSessionService;
class CounterMenu;
class CatalogStore;
class LocalStore;
class ScannerWedge;
class SearchClient;
class SearchResultsModel;
class QuoteService;
class ServiceOrderService;
class TotalsPanel;
struct Quote;
struct SearchAnswer;
struct SaleReceipt;

class SaleScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleScreen)

public:
    static constexpr int kResultLimit = 50;
    static constexpr int kCatalogPollMs = 2000;

    // catalog.db is looked for next to nexus.db (the store's folder).
    SaleScreen(LocalStore &store, AuthService &auth, QWidget *parent = nullptr);
    ~SaleScreen() override;

    // Opens the catalogue if it arrived since the last look; true when the screen can sell.
    bool ensureReady();
    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] QString catalogPath() const { return m_catalogPath; }

    [[nodiscard]] CartModel *cartModel() const { return m_cartModel; }
    [[nodiscard]] SearchResultsModel *resultsModel() const { return m_resultsModel; }
    [[nodiscard]] SearchClient *searchClient() const { return m_searchClient.get(); }

    // The sale's actions, also bound to keys and buttons.
    void focusSearch();
    void pay();
    void cancelSale();
    bool addPart(qint64 partId, Quantity quantity);
    bool addByCode(const QString &code, Quantity quantity);
    // A discount on the whole ticket ("5", "5 %", "0" removes it); above the cashier's limit a manager authorises.
    bool setTicketDiscount(const QString &percentText);
    // Adds the part whose barcode is in a picture (a photo of a box label), as if scanned.
    bool addFromPicture(const QString &path);
    // Escanear con cámara (Ctrl+Shift+B): a live preview of the camera; the first barcode of a part it reads adds
    // the part (at the quantity typed, like a picture). Without a camera it says so and Ctrl+I (a picture) remains.
    void scanWithCamera();
    // The camera used by scanWithCamera (the system's by default; tests give frames of their own).
    void setCameraProvider(CameraProvider provider) { m_cameras = std::move(provider); }
    [[nodiscard]] bool cameraAvailable() const;
    // A PDF sheet of shelf labels for the parts on the ticket, at the ticket's price list.
    [[nodiscard]] Status saveCartLabels(const QString &path);
    // Head office's state arrived (stock, prices, branches): the visible results and the cart's lookups read it again.
    void onStateArrived(const QStringList &buckets);
    // The till menu (cash in/out, X, close, returns, reprints) and the ticket printer.
    [[nodiscard]] CounterMenu *counterMenu() const { return m_counterMenu; }

    // The sale's customer (Ctrl+K): their price list becomes the cart's, the ticket's header shows them with their
    // available credit, and the payment offers their store credit.
    void chooseCustomer();
    // Vehículo (Ctrl+P): a VIN or plates; the catalogue then shows only the parts that fit that vehicle (a customer's
    // vehicle on file, else the VIN decoded offline), and the vehicle's owner is attached when the sale has none.
    // Empty takes the filter off. Errors are shown in the dialog, which stays open. When the sale's customer has
    // vehicles on file the dialog lists them too (↓, Enter picks one). A vehicle on file of the sale's customer is
    // also what the sale is recorded for (sales.vehicle_id, on the ticket, in the fleet's cost per vehicle).
    void chooseVehicle();
    [[nodiscard]] Status setVehicle(const QString &vinOrPlates);
    // One of the sale's customer's vehicles ('' takes the vehicle off).
    [[nodiscard]] Status pickVehicle(const QString &vehicleId);
    void clearVehicle();
    // The vehicle the sale will be recorded for ('' for none).
    [[nodiscard]] QString saleVehicleId() const;
    [[nodiscard]] const std::optional<CounterVehicle> &vehicle() const { return m_vehicle; }
    bool attachCustomer(const QString &customerId);
    void removeCustomer();
    // Cobrar orden de servicio (Ctrl+O): a picker of the ready orders; the chosen one's reserved parts and labor go on
    // the ticket with its customer, and charging the ticket charges and delivers the order in the same transaction.
    void chargeServiceOrder();
    bool loadServiceOrder(const QString &orderId);
    // Guardar como cotización (Ctrl+Q): the ticket is kept as a quote for its customer until a date; the ticket
    // empties. Cotizaciones (Ctrl+Shift+Q): the list to print, send, cancel or convert them; converting puts the quote's
    // lines on the empty ticket with its customer, at the quoted prices while it is vigente (today's once it expired,
    // said in the message), and charging the ticket marks the quote converted in the sale's transaction.
    void saveAsQuote();
    void openQuotes();
    bool loadQuote(const QString &quoteId);
    // The quote's PDF in the store's folder (cotizaciones/), then opened with the opener (the desktop's PDF viewer).
    [[nodiscard]] Result<QString> saveQuotePdf(const Quote &quote);
    void setDocumentOpener(std::function<bool(const QString &path)> opener) { m_documentOpener = std::move(opener); }
    // An abono in cash to the attached customer's account (asks for the customer first when there is none).
    bool takeCustomerPayment();
    [[nodiscard]] const std::optional<Customer> &customer() const { return m_customer; }
    // The attached customer's credit as this counter knows it now.
    [[nodiscard]] std::optional<CreditPosition> customerCredit() const;

Q_SIGNALS:
    void saleCompleted(const QString &folio);
    // The ticket was cancelled (F9): the next customer starts from an empty sale.
    void saleCancelled();
    // A fact went to the outbox (sale, return, cash movement, till close): the sync engine may push now.
    void factsRecorded();
    // The till menu's "Warranties and claims…": the main window opens Garantías (its Ctrl+G).
    void warrantiesRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] ServiceOrderService workshop() const;
    [[nodiscard]] QuoteService quotes() const;
    void buildSalePage();
    void buildUnavailablePage();
    void showUnavailable(const QString &title, const QString &message);
    void retranslate();
    void installShortcuts();

    void onSearchEdited();
    void onSearchEnter();
    void onAnswer(const SearchAnswer &answer);
    [[nodiscard]] CatalogQuery queryFor(const QString &text) const;
    [[nodiscard]] std::optional<qint64> priceListId() const;
    void rerunSearch();

    bool ensureTillOpen();
    void updateTill();
    bool allowDiscount(int row, qint64 ppm);
    bool authorizeDiscount(qint64 effectivePpm, const QString &subject);
    void changePriceList(int index);
    void editCartCell(int column);
    void askTicketDiscount();
    void askPicture();
    void askLabels();
    void removeCurrentLine();
    void askOtherBranch(); // Ctrl+T: the current ticket line becomes a transfer request to another branch
    void refreshTotals();
    void showMessage(const QString &text, bool error);
    void showReceipt(const SaleReceipt &receipt);
    void refreshCustomer();
    void refreshVehicleChip();
    // The cart carries the vehicle when it is one of the sale's customer's (after a change of either).
    void syncSaleVehicle();
    [[nodiscard]] bool vehicleFilterOn() const { return m_vehicle && !m_vehicle->filter.isEmpty(); }
    [[nodiscard]] QList<CustomerVehicle> customerVehicles() const;
    // After a sale or a cancel: no customer, and the price list they brought goes back to público.
    void forgetCustomer();
    bool onScan(const QString &code, QWidget *target);

    LocalStore &m_store;
    AuthService &m_auth;
    QString m_catalogPath;
    bool m_ready = false;
    std::optional<CounterProfile> m_profile;
    std::unique_ptr<CatalogStore> m_catalog; // UI thread's connection: item lookups by id and code (indexed, µs)
    std::unique_ptr<CartItemLookup> m_lookup;
    std::unique_ptr<CashSessionService> m_tills;
    std::unique_ptr<SearchClient> m_searchClient;
    QList<PriceListInfo> m_priceLists;
    int m_priceListIndex = -1;
    qint64 m_authorizedDiscountPpm = 0; // the largest discount a manager approved for this sale
    std::optional<Quantity> m_addWhenAnswered;
    QString m_lastAnsweredText;

    QLabel *m_title = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_salePage = nullptr;
    QWidget *m_unavailablePage = nullptr;
    QLabel *m_unavailableTitle = nullptr;
    QLabel *m_unavailableText = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QLabel *m_priceListLabel = nullptr;
    QComboBox *m_priceList = nullptr;
    QLabel *m_till = nullptr;
    CounterMenu *m_counterMenu = nullptr;
    QLabel *m_searchStatus = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_resultsTitle = nullptr;
    QLabel *m_cartTitle = nullptr;
    QPushButton *m_customerChip = nullptr;
    std::optional<Customer> m_customer;
    QPushButton *m_vehicleChip = nullptr;
    std::optional<CounterVehicle> m_vehicle;
    int m_priceListBeforeCustomer = -1; // the list to go back to when the customer leaves (-1: the customer's did not
                                        // change it)
    QTableView *m_results = nullptr;
    QTableView *m_cartView = nullptr;
    SearchResultsModel *m_resultsModel = nullptr;
    CartModel *m_cartModel = nullptr;
    TotalsPanel *m_totals = nullptr;
    QFrame *m_receipt = nullptr;
    QLabel *m_receiptText = nullptr;
    QLabel *m_keyHints = nullptr;
    ScannerWedge *m_scanner = nullptr;
    QTimer *m_catalogPoll = nullptr;
    std::function<bool(const QString &path)> m_documentOpener;
    CameraProvider m_cameras;
};

} // namespace nexus
