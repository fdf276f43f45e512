#pragma once

#include "domain/protocolfile.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tandem {

class Document;
class ProtocolStepForm;
class ProtocolStepModel;

// Edits one protocol version as a working copy: name, jurisdiction, review, what changed, and the
// steps (add, remove, drag or move to reorder, and each step's title, guidance, owner, due time,
// whether it is mandatory and whom it applies to). Nothing is written until Save; saving a
// version that checklists follow makes the next version (core saveProtocol), and the banner says
// so beforehand, with the survivors who follow this version.
class ProtocolEditor : public QWidget {
    Q_OBJECT

public:
    explicit ProtocolEditor(QWidget* parent = nullptr);

    void setDocument(Document* document);
    // Loads version `id` (null: nothing to edit).
    void showProtocol(const QUuid& id);
    // Starts a new protocol (not in the store until saved).
    void startNew();
    QUuid protocol() const { return m_id; }
    bool isEditing() const { return m_editing; }
    bool isModified() const { return m_modified; }
    // Saves the working copy; errors are shown. Returns whether it was saved.
    bool save();
    void revert();

    ProtocolStepModel* steps() const { return m_steps; }
    QTableView* stepTable() const { return m_table; }
    // The working copy as it stands (what Save would write).
    ProtocolFile workingCopy() const;
    QString banner() const;

Q_SIGNALS:
    // A save wrote version `id` (the same one, or a new version of it).
    void saved(const QUuid& id);
    void modifiedChanged(bool modified);

private:
    void load(const ProtocolFile& p);
    void setModified(bool modified);
    void updateBanner();
    void currentStepChanged();
    void addStep();
    void removeStep();
    void moveStep(int delta);

    Document* m_document = nullptr;
    QUuid m_id;
    bool m_editing = false;
    bool m_modified = false;
    bool m_filling = false;
    ProtocolFile m_loaded;
    ProtocolStepModel* m_steps;
    QLabel* m_banner;
    QLineEdit* m_name;
    QLineEdit* m_jurisdiction;
    QLineEdit* m_review;
    QLineEdit* m_reviewedBy;
    QPlainTextEdit* m_changeNotes;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    ProtocolStepForm* m_stepForm;
    QLabel* m_followers;
    QPushButton* m_revert;
    QPushButton* m_save;
};

} // namespace tandem
