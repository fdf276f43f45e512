#pragma once

#include "fieldeditor.h"
#include "util/result.h"

#include <QPointer>
#include <QUuid>

class QComboBox;
class QUndoCommand;

namespace tandem {

class Document;

// A reference to an agency: an editable list of the directory's live agencies, by name, completing
// on any part of the name. Text that names no agency is pendingText(); the form then offers to add
// that agency to the directory (see askNewAgency()). Follows the store, so agencies added or
// renamed elsewhere appear at once.
class AgencyFieldEditor : public FieldEditor {
    Q_OBJECT

public:
    AgencyFieldEditor(const FieldDef& field, QWidget* parent);

    void setStore(Store* store) override;
    QVariant value() const override;
    void setValue(const QVariant& value) override;
    QString pendingText() const override;
    QWidget* focusWidget() const override;

private:
    void reload();
    QComboBox* combo() const;
    int indexOfText(const QString& text) const;

    QPointer<Store> m_store;
};

// Asks whether to add the agency named `name` to the directory, and of which kind (`suggestedKind`,
// an agency.kind token, chosen at first when given); adds it (as a command of `group` when given)
// and returns its id. A null id when the person declined.
Result<QUuid> askNewAgency(Document& document, QWidget* parent, const QString& name, QUndoCommand* group,
                           const QString& suggestedKind = {});

} // namespace tandem
