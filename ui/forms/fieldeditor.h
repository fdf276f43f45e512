#pragma once

#include "store/registry.h"

#include <QObject>
#include <QPointer>
#include <QUuid>
#include <QVariant>

class QWidget;

namespace tandem {

class Store;

// The control for one field of the registry, and its value in the field's canonical type (see
// store/row.h; null for empty). The control keeps the field's limits itself: text lengths from
// value::maxLength(), number ranges from the declaration, enum tokens. What it refuses at the
// keystroke it reports with refused(), as a sentence for people naming the field.
//
// edited() comes when the person finished a change (editing finished, an item chosen, a box
// ticked), never for setValue(); the form then writes the value through the store.
class FieldEditor : public QObject {
    Q_OBJECT

public:
    FieldEditor(const FieldDef& field, QWidget* widget, QObject* parent);

    const FieldDef& field() const { return m_field; }
    QWidget* widget() const { return m_widget; }
    // The widget that takes the focus (the line edit of a composite control).
    virtual QWidget* focusWidget() const { return m_widget; }

    virtual QVariant value() const = 0;
    virtual void setValue(const QVariant& value) = 0;
    // Text typed that is not a value yet (the name of an agency not in the directory); empty when
    // value() says it all.
    virtual QString pendingText() const { return {}; }
    // For references: the store to list the records from.
    virtual void setStore(Store* store) { Q_UNUSED(store) }
    // For lists of records of the same parent (a warrant's targets): the parent record.
    virtual void setParentRecord(const QUuid& parent) { Q_UNUSED(parent) }

    // Whether the focus is in the control.
    bool hasFocus() const;
    void setAccessibleName(const QString& name);

Q_SIGNALS:
    void edited();
    void refused(const QString& message);

protected:
    QString tooLong(qsizetype wouldBe) const;

private:
    const FieldDef& m_field;
    QPointer<QWidget> m_widget;
};

// The editor for `field` of `entity`, its widget a child of `parent`. References to agencies get
// an editable list of the directory (AgencyFieldEditor).
FieldEditor* createFieldEditor(const EntityDef& entity, const FieldDef& field, QWidget* parent);

} // namespace tandem
