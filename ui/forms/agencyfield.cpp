#include "agencyfield.h"

#include "records/followstore.h"
#include "records/recordcommands.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "query/directory.h"
#include "store/store.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace tandem {

AgencyFieldEditor::AgencyFieldEditor(const FieldDef& field, QWidget* parent)
    : FieldEditor(field, new QComboBox(parent), parent)
{
    combo()->setEditable(true);
    combo()->setInsertPolicy(QComboBox::NoInsert);
    combo()->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo()->setMinimumContentsLength(24);
    combo()->lineEdit()->setMaxLength(1000);
    combo()->lineEdit()->setPlaceholderText(tr("Type to find an agency, or a new name"));
    combo()->completer()->setFilterMode(Qt::MatchContains);
    combo()->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo()->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(combo(), &QComboBox::activated, this, &FieldEditor::edited);
    connect(combo()->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // The completer's popup choosing an item also ends the edit: report it once, as activated.
        if (!combo()->view()->isVisible())
            Q_EMIT edited();
    });
}

QComboBox* AgencyFieldEditor::combo() const
{
    return static_cast<QComboBox*>(widget());
}

QWidget* AgencyFieldEditor::focusWidget() const
{
    return combo()->lineEdit();
}

void AgencyFieldEditor::setStore(Store* store)
{
    followStore(m_store, store, this, [this](const QString& entity) {
        if (entity == QLatin1String("agency"))
            reload();
    });
    reload();
}

void AgencyFieldEditor::reload()
{
    const QString text = combo()->currentText();
    const QVariant current = value();
    const QSignalBlocker block(combo());
    combo()->clear();
    combo()->addItem(QString());
    if (m_store) {
        if (Result<std::vector<query::NamedRow>> agencies = query::agencies(*m_store, query::NameOrder::IgnoringCase)) {
            for (const query::NamedRow& agency : *agencies)
                combo()->addItem(agency.name, agency.id);
        }
    }
    const int at = current.isNull() ? -1 : combo()->findData(current);
    if (at >= 0)
        combo()->setCurrentIndex(at);
    else
        combo()->setEditText(text);
}

int AgencyFieldEditor::indexOfText(const QString& text) const
{
    const int current = combo()->currentIndex();
    if (current > 0 && combo()->itemText(current).compare(text, Qt::CaseInsensitive) == 0)
        return current;
    for (int i = 1; i < combo()->count(); ++i) {
        if (combo()->itemText(i).compare(text, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QVariant AgencyFieldEditor::value() const
{
    const int i = indexOfText(combo()->currentText().trimmed());
    return i < 0 ? QVariant() : combo()->itemData(i);
}

void AgencyFieldEditor::setValue(const QVariant& v)
{
    const QSignalBlocker block(combo());
    const int i = v.isNull() ? 0 : combo()->findData(v.toUuid());
    if (i >= 0) {
        combo()->setCurrentIndex(i);
    } else {
        // An agency deleted since it was chosen.
        combo()->setCurrentIndex(-1);
        combo()->setEditText(tr("(deleted agency)"));
    }
}

QString AgencyFieldEditor::pendingText() const
{
    const QString text = combo()->currentText().trimmed();
    if (text.isEmpty() || text == tr("(deleted agency)") || indexOfText(text) >= 0)
        return {};
    return text;
}

Result<QUuid> askNewAgency(Document& document, QWidget* parent, const QString& name, QUndoCommand* group,
                           const QString& suggestedKind)
{
    const EntityDef& agency = *Registry::instance().entity(QStringLiteral("agency"));
    const FieldDef& kind = *agency.field(QStringLiteral("kind"));
    QStringList labels;
    int suggested = 0;
    for (const EnumValue& v : kind.values) {
        if (suggestedKind == QLatin1String(v.token))
            suggested = int(labels.size());
        labels << kind.valueLabel(QString::fromLatin1(v.token));
    }
    const std::optional<int> chosen = Dialogs::choice(
        parent, AgencyFieldEditor::tr("New Agency"),
        AgencyFieldEditor::tr("“%1” is not in the directory. To add it, choose what kind of agency it is:").arg(name),
        labels, suggested);
    if (!chosen || *chosen < 0 || *chosen >= int(kind.values.size()))
        return QUuid();
    return addRecord(document, QStringLiteral("agency"),
                     {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QString::fromLatin1(kind.values[size_t(*chosen)].token)}},
                     AgencyFieldEditor::tr("Add agency %1").arg(name), group);
}

} // namespace tandem
