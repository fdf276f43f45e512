#pragma once

#include <QObject>

class QMainWindow;

namespace tandem {

class Actions;
class Document;
class ExchangeView;
class KeyRing;

// The Exchange menu's work: this office's key card, trusting a partner from its card (or its new
// key), revoking a partner from the Exchange view, exporting a
// bundle for partners and merging one, with the office keys from the window's KeyRing, progress
// that can be cancelled, errors through showError() and a summary after a merge. Owned by the
// MainWindow; it refreshes `view` after each change to the exchange state.
class ExchangeController : public QObject {
    Q_OBJECT

public:
    ExchangeController(QMainWindow* window, Actions* actions, KeyRing* keyRing, ExchangeView* view);

    void setDocument(Document* document);

    void showKeyCard();
    void trustPartner();
    // Revokes the trust of the partner `site` after asking.
    void untrustPartner(const QByteArray& site);
    void exportForPartners();
    void mergeBundle();

Q_SIGNALS:
    // The user asked to see the conflicts a merge left.
    void reviewConflictsRequested();

private:
    QMainWindow* m_window;
    KeyRing* m_keyRing;
    ExchangeView* m_view;
    Document* m_document = nullptr;
};

} // namespace tandem
