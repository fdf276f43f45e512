#pragma once

#include "store/row.h"
#include "util/result.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <QVariantMap>

#include <vector>

class QWidget;

namespace tandem {

class Document;
class FieldEditor;
struct EntityDef;

// Binds field editors (forms/fieldeditor.h) to one record of an entity. An existing record is
// written field by field as the person finishes each change, each change one undoable command
// through the store's write path (commands/recordcommands.h); undo, redo and edits made elsewhere
// (another view, a merge) come back through Store::changed() and show at once, except in the field
// being typed in. A null record is a new one: the editors show its defaults and nothing is written
// until create().
//
// What the controls or the store refuse becomes a message for the field it concerns (message()),
// for the page that shows the field to put next to it. A value the store refused is not left in
// the control: it shows what is stored, and the message says what was refused, so that the form
// never shows what the file does not hold. A reference to an agency that is not in the directory
// offers to add it.
class RecordForm : public QObject {
    Q_OBJECT

public:
    // `owner` is the parent of the questions the form asks.
    RecordForm(const QString& entity, QWidget* owner);
    ~RecordForm() override;

    const EntityDef& entity() const { return *m_entity; }
    void setDocument(Document* document);
    Document* document() const;

    void setRecord(const QUuid& id);
    QUuid record() const { return m_id; }
    bool isNew() const { return m_id.isNull(); }
    // The record as last read; deleted when it was deleted meanwhile.
    const Row& row() const { return m_row; }

    // The editor of `field`, its widget a child of `parent`, named "<entity>_<field>" and with the
    // field's label as its accessible name.
    FieldEditor* addField(const QString& field, QWidget* parent);
    FieldEditor* editor(const QString& field) const;
    QStringList fields() const;

    // Values every new record gets (e.g. its operation), and what a new record's editors start with.
    void setFixedValue(const QString& field, const QVariant& value);
    void setDefaultValue(const QString& field, const QVariant& value);

    // Writes what is typed but not written yet (before a button acts on the record).
    void commitPending();
    // Makes the new record from the editors' values, as one undo step `description`. Refused with a
    // message when a required field is empty or the store refuses. Returns a null id when the
    // person declined to add a new agency.
    Result<QUuid> create(const QString& description);
    // Shows a new record's defaults again.
    void resetNew();

    // The messages about `fields` (all fields and the form as a whole when empty), one per line.
    QString message(const QStringList& fields = {}) const;
    void setMessage(const QString& field, const QString& text);
    void clearMessages();

Q_SIGNALS:
    void messagesChanged();
    // The record was read again (after an edit here or elsewhere, undo, redo).
    void loaded();

private:
    void load();
    void show(FieldEditor* editor);
    void commit(FieldEditor* editor);
    void storeChanged(const QString& entity, const QList<QUuid>& ids);
    // The field a message of the store is about (empty when none of this form's), and the message
    // as the form says it: the field's label rather than its name, what was expected.
    QPair<QString, QString> inPeoplesWords(const QString& message) const;
    // The kind a new agency typed into a reference most likely is (from an assignment's role).
    QString suggestedAgencyKind() const;
    QVariant stored(const QString& field) const;

    const EntityDef* m_entity;
    QWidget* m_owner;
    QPointer<Document> m_document;
    QUuid m_id;
    Row m_row;
    std::vector<FieldEditor*> m_editors;
    QVariantMap m_fixed;
    QVariantMap m_defaults;
    QMap<QString, QString> m_messages;
    // What each editor was last given by the form: an editor whose value differs and that has the
    // focus is being typed in, and a reload leaves it alone.
    QHash<const FieldEditor*, QVariant> m_shown;
    bool m_loading = false;
};

} // namespace tandem
