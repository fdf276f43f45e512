#pragma once

#include <QUuid>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace tandem {

class Document;

// A survivor's identifying details (survivor_identity: name, date of birth, contact, notes), the
// most sensitive data in the file. Clearly marked, and hidden until the user asks to reveal it:
// nothing is read from survivor_identity before that, so the details are in no widget, tooltip or
// accessible name until then. It hides again (and forgets what it showed) on another survivor,
// another file, or when the panel is hidden (another tab or view).
//
// Before revealing, the panel asks its gate. The default gate lets the user in; the protection of
// data at rest will put the passphrase unlock there (setRevealGate), and record the unlock in the
// audit log, without changing this panel.
class IdentityPanel : public QWidget {
    Q_OBJECT

public:
    // Returns whether the identity of `survivor` may be shown now (e.g. after a passphrase).
    using RevealGate = std::function<bool(QWidget* parent, const QUuid& survivor)>;

    explicit IdentityPanel(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void showSurvivor(const QUuid& id);
    void setRevealGate(RevealGate gate);

    bool isRevealed() const { return m_revealed; }
    // Asks the gate, then reads and shows the identity; false when the gate said no.
    bool reveal();
    // Hides the details and clears the form.
    void conceal();
    // Writes the form (adding the identity record when the survivor has none).
    void save();
    // Asks for the reason and the confirmation, then erases the identity for good (domain/
    // erasure.h): from the file, its backups, and partners' copies through a recall. Not undoable:
    // the edits of the undo stack are dropped with it, since undoing one would write the erased
    // details back. Returns whether it was erased.
    bool erase();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void fill();
    void storeChanged(const QString& entity);

    Document* m_document = nullptr;
    QUuid m_id;
    QUuid m_identity; // the survivor_identity row shown, null when there is none yet
    bool m_revealed = false;
    RevealGate m_gate;
    QStackedWidget* m_pages;
    QPushButton* m_reveal;
    QPushButton* m_erase;
    QLineEdit* m_name;
    QLineEdit* m_birth;
    QLineEdit* m_contact;
    QPlainTextEdit* m_notes;
    QPushButton* m_save;
    QPushButton* m_hide;
};

} // namespace tandem
