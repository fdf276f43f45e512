#include "fieldeditor.h"

#include "agencyfield.h"
#include "distributionvalue.h"
#include "domain/groups.h"
#include "domain/people.h"
#include "query/children.h"
#include "store/sharing.h"
#include "store/value.h"
#include "widgets/limitedlineedit.h"
#include "widgets/limitedtextedit.h"
#include "widgets/rangespinbox.h"
#include "widgets/timefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSignalBlocker>

namespace tandem {
namespace {

class TextEditor : public FieldEditor {
public:
    TextEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, new LimitedLineEdit(parent), parent)
    {
        edit()->setMaxLength(value::maxLength(f));
        connect(edit(), &QLineEdit::editingFinished, this, &FieldEditor::edited);
        connect(edit(), &LimitedLineEdit::refused, this, [this](qsizetype n) { Q_EMIT refused(tooLong(n)); });
    }
    QVariant value() const override
    {
        const QString t = edit()->text().trimmed();
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    void setValue(const QVariant& v) override
    {
        edit()->setText(v.toString());
        edit()->setCursorPosition(0);
    }

protected:
    LimitedLineEdit* edit() const { return static_cast<LimitedLineEdit*>(widget()); }
};

// A list of short words, typed separated by commas ("Romanian, Tigrinya").
class ListEditor : public TextEditor {
public:
    ListEditor(const FieldDef& f, QWidget* parent) : TextEditor(f, parent)
    {
        edit()->setMaxLength(2000);
        edit()->setPlaceholderText(FieldEditor::tr("Separated by commas"));
    }
    QVariant value() const override
    {
        QStringList items;
        for (const QString& item : edit()->text().split(QLatin1Char(','))) {
            if (!item.trimmed().isEmpty())
                items << item.trimmed();
        }
        return items.isEmpty() ? QVariant() : QVariant(items);
    }
    void setValue(const QVariant& v) override { TextEditor::setValue(v.toStringList().join(QStringLiteral(", "))); }
};

// A list from a declared set of values (a tip's indicators): a box to tick per value, in the
// declaration's order, so that a list of a dozen is read and ticked at a glance.
class ChoiceListEditor : public FieldEditor {
public:
    ChoiceListEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, new QListWidget(parent), parent)
    {
        for (const EnumValue& v : f.values) {
            const QString token = QString::fromLatin1(v.token);
            auto* item = new QListWidgetItem(f.valueLabel(token), list());
            item->setData(Qt::UserRole, token);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        list()->setUniformItemSizes(true);
        // Every value in sight, no scrolling: the list is short and read as a whole.
        const int rows = qMin(int(f.values.size()), 16);
        list()->setMinimumHeight(list()->sizeHintForRow(0) * rows + 2 * list()->frameWidth());
        connect(list(), &QListWidget::itemChanged, this, [this] {
            if (!m_setting)
                Q_EMIT edited();
        });
    }
    QVariant value() const override
    {
        QStringList tokens;
        for (int i = 0; i < list()->count(); ++i) {
            if (list()->item(i)->checkState() == Qt::Checked)
                tokens << list()->item(i)->data(Qt::UserRole).toString();
        }
        return tokens.isEmpty() ? QVariant() : QVariant(tokens);
    }
    void setValue(const QVariant& v) override
    {
        const QStringList tokens = v.toStringList();
        m_setting = true;
        for (int i = 0; i < list()->count(); ++i) {
            QListWidgetItem* item = list()->item(i);
            item->setCheckState(tokens.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
        m_setting = false;
    }

private:
    QListWidget* list() const { return static_cast<QListWidget*>(widget()); }
    bool m_setting = false;
};

// Records of the same parent, ticked (a warrant's targets: the targets of its operation): a list
// field whose items are ids of rows of FieldDef::ref. Ids of records deleted since are kept in the
// value (the store keeps them too) and shown at the end, ticked, as deleted.
class SiblingListEditor : public FieldEditor {
public:
    SiblingListEditor(const EntityDef& entity, const FieldDef& f, QWidget* parent)
        : FieldEditor(f, new QListWidget(parent), parent), m_parentField(entity.parent)
    {
        list()->setUniformItemSizes(true);
        list()->setMinimumHeight(list()->fontMetrics().height() * 5);
        connect(list(), &QListWidget::itemChanged, this, [this] {
            if (m_setting)
                return;
            m_value = checked();
            Q_EMIT edited();
        });
    }
    QVariant value() const override { return m_value.isEmpty() ? QVariant() : QVariant(m_value); }
    void setValue(const QVariant& v) override
    {
        m_value = v.toStringList();
        fill();
    }
    void setStore(Store* store) override
    {
        m_store = store;
        fill();
    }
    void setParentRecord(const QUuid& parent) override
    {
        m_parent = parent;
        fill();
    }

private:
    QListWidget* list() const { return static_cast<QListWidget*>(widget()); }
    QStringList checked() const
    {
        QStringList ids;
        for (int i = 0; i < list()->count(); ++i) {
            if (list()->item(i)->checkState() == Qt::Checked)
                ids << list()->item(i)->data(Qt::UserRole).toString();
        }
        return ids;
    }
    void fill()
    {
        m_setting = true;
        list()->clear();
        const EntityDef* sibling = Registry::instance().entity(field().ref);
        Result<std::vector<Row>> rows = m_store && !m_parent.isNull() && sibling
                                            ? childRecords(*m_store, field().ref, m_parentField, m_parent,
                                                           sibling->displayField + QStringLiteral(" COLLATE NOCASE"))
                                            : Result<std::vector<Row>>(std::vector<Row>());
        QStringList shown;
        const auto add = [this](const QString& text, const QString& id) {
            auto* item = new QListWidgetItem(text, list());
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(m_value.contains(id) ? Qt::Checked : Qt::Unchecked);
        };
        if (rows) {
            for (const Row& r : *rows) {
                const QString id = value::idText(r.id);
                add(r.text(sibling->displayField), id);
                shown << id;
            }
        }
        for (const QString& id : std::as_const(m_value)) {
            if (!shown.contains(id))
                add(FieldEditor::tr("(deleted %1)").arg(sibling ? sibling->labelText().toLower() : QString()), id);
        }
        m_setting = false;
    }

    QString m_parentField;
    Store* m_store = nullptr;
    QUuid m_parent;
    QStringList m_value;
    bool m_setting = false;
};

// A decimal number: typed as the locale writes it; text that is no number goes to the store as it
// is, which refuses it with a message that says what was expected.
class RealEditor : public TextEditor {
public:
    RealEditor(const FieldDef& f, QWidget* parent) : TextEditor(f, parent)
    {
        edit()->setMaxLength(40);
        edit()->setPlaceholderText(FieldEditor::tr("%1 to %2").arg(QLocale().toString(f.min), QLocale().toString(f.max)));
    }
    QVariant value() const override
    {
        const QString t = edit()->text().trimmed();
        if (t.isEmpty())
            return {};
        bool ok = false;
        const double d = QLocale().toDouble(t, &ok);
        return ok ? QVariant(d) : QVariant(t);
    }
    void setValue(const QVariant& v) override
    {
        TextEditor::setValue(v.isNull() ? QString() : QLocale().toString(v.toDouble(), 'g', 10));
    }
};

class LongTextEditor : public FieldEditor {
public:
    LongTextEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, new LimitedTextEdit(parent), parent)
    {
        edit()->setMaxLength(value::maxLength(f));
        connect(edit(), &LimitedTextEdit::editingFinished, this, &FieldEditor::edited);
        connect(edit(), &LimitedTextEdit::refused, this, [this](qsizetype n) { Q_EMIT refused(tooLong(n)); });
    }
    QVariant value() const override
    {
        const QString t = edit()->toPlainText();
        return t.trimmed().isEmpty() ? QVariant() : QVariant(t);
    }
    void setValue(const QVariant& v) override { edit()->setPlainText(v.toString()); }

private:
    LimitedTextEdit* edit() const { return static_cast<LimitedTextEdit*>(widget()); }
};

class IntEditor : public FieldEditor {
public:
    IntEditor(const FieldDef& f, QWidget* parent)
        : FieldEditor(f, new RangeSpinBox(qint64(f.min), qint64(f.max), !f.required, parent), parent)
    {
        connect(spin(), &QSpinBox::editingFinished, this, &FieldEditor::edited);
        connect(spin(), &RangeSpinBox::outOfRange, this, [this](const QString& text) {
            Q_EMIT refused(FieldEditor::tr("%1 is a whole number from %L2 to %L3; “%4” was not taken.")
                               .arg(field().labelText())
                               .arg(spin()->low())
                               .arg(spin()->high())
                               .arg(text));
        });
    }
    QVariant value() const override { return spin()->number(); }
    void setValue(const QVariant& v) override { spin()->setNumber(v); }

private:
    RangeSpinBox* spin() const { return static_cast<RangeSpinBox*>(widget()); }
};

class BoolEditor : public FieldEditor {
public:
    BoolEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, new QCheckBox(f.labelText(), parent), parent)
    {
        connect(box(), &QCheckBox::clicked, this, &FieldEditor::edited);
    }
    QVariant value() const override { return box()->isChecked(); }
    void setValue(const QVariant& v) override { box()->setChecked(v.toBool()); }

private:
    QCheckBox* box() const { return static_cast<QCheckBox*>(widget()); }
};

class EnumEditor : public FieldEditor {
public:
    EnumEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, new QComboBox(parent), parent)
    {
        if (!f.required)
            combo()->addItem(FieldEditor::tr("Not set"));
        for (const EnumValue& v : f.values)
            combo()->addItem(f.valueLabel(QString::fromLatin1(v.token)), QString::fromLatin1(v.token));
        connect(combo(), &QComboBox::activated, this, &FieldEditor::edited);
    }
    QVariant value() const override
    {
        const QVariant token = combo()->currentData();
        return token.isNull() ? QVariant() : token;
    }
    void setValue(const QVariant& v) override
    {
        const int i = v.isNull() ? (field().required ? -1 : 0) : combo()->findData(v.toString());
        combo()->setCurrentIndex(i);
    }

private:
    QComboBox* combo() const { return static_cast<QComboBox*>(widget()); }
};

// A person of the office (who prepared a plan): one of the office's people, chosen or typed; the
// store refuses a name that is none of them while a person acts. A name from elsewhere (a
// partner's plan, a person removed since) shows as it is.
class PersonEditor : public FieldEditor {
public:
    PersonEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, new QComboBox(parent), parent)
    {
        combo()->setEditable(true);
        combo()->setInsertPolicy(QComboBox::NoInsert);
        combo()->lineEdit()->setMaxLength(value::maxLength(f));
        combo()->lineEdit()->setPlaceholderText(FieldEditor::tr("One of this office's people"));
        connect(combo(), &QComboBox::activated, this, &FieldEditor::edited);
        connect(combo()->lineEdit(), &QLineEdit::editingFinished, this, &FieldEditor::edited);
    }
    QVariant value() const override
    {
        const QString t = combo()->currentText().trimmed();
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    void setValue(const QVariant& v) override
    {
        const QSignalBlocker quiet(combo());
        combo()->setEditText(v.toString());
        combo()->lineEdit()->setCursorPosition(0);
    }
    void setStore(Store* store) override
    {
        const QString shown = combo()->currentText();
        const QSignalBlocker quiet(combo());
        combo()->clear();
        Result<std::vector<Person>> people = store ? people::list(*store) : Result<std::vector<Person>>(std::vector<Person>());
        if (people) {
            for (const Person& p : *people)
                combo()->addItem(p.name);
        }
        combo()->setEditText(shown);
    }

private:
    QComboBox* combo() const { return static_cast<QComboBox*>(widget()); }
};

// Where a record goes (store/sharing.h): this office only, the partners, the whole network, or
// one of the sharing groups, as one choice (forms/distributionvalue.h).
class DistributionEditor : public FieldEditor {
public:
    DistributionEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, new QComboBox(parent), parent)
    {
        combo()->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        fill(nullptr);
        connect(combo(), &QComboBox::activated, this, &FieldEditor::edited);
    }
    QVariant value() const override { return combo()->currentData(); }
    void setValue(const QVariant& v) override
    {
        const QSignalBlocker quiet(combo());
        int i = combo()->findData(v);
        if (i < 0 && v.toString().startsWith(QLatin1String("group:"))) {
            // A group this office does not hold (a partner's, relayed): shown, not offered.
            combo()->addItem(FieldEditor::tr("A group of another office"), v);
            i = combo()->count() - 1;
        }
        combo()->setCurrentIndex(i);
    }
    void setStore(Store* store) override
    {
        const QVariant shown = value();
        const QSignalBlocker quiet(combo());
        fill(store);
        setValue(shown);
    }

private:
    void fill(Store* store)
    {
        combo()->clear();
        for (const EnumValue& v : field().values) {
            const QString token = QString::fromLatin1(v.token);
            if (token != distribution::kGroup)
                combo()->addItem(field().valueLabel(token), token);
        }
        Result<std::vector<groups::Group>> all = store ? groups::list(*store) : Result<std::vector<groups::Group>>(std::vector<groups::Group>());
        if (all && !all->empty()) {
            combo()->insertSeparator(combo()->count());
            for (const groups::Group& g : *all)
                combo()->addItem(FieldEditor::tr("Group: %1").arg(g.name), distributionvalue::shown(distribution::kGroup, g.id));
        }
        for (int i = 0; i < combo()->count(); ++i) {
            const QString token = combo()->itemData(i).toString();
            combo()->setItemData(i,
                                 token == distribution::kOffice     ? FieldEditor::tr("Never leaves this office")
                                 : token == distribution::kPartners ? FieldEditor::tr("Goes to the offices that the office it comes from trusts")
                                 : token == distribution::kNetwork  ? FieldEditor::tr("Goes to every office, relayed onward")
                                                                    : FieldEditor::tr("Goes to the group's member offices only"),
                                 Qt::ToolTipRole);
        }
    }
    QComboBox* combo() const { return static_cast<QComboBox*>(widget()); }
};

class TimeEditor : public FieldEditor {
public:
    TimeEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, new TimeField(parent), parent)
    {
        connect(time(), &TimeField::edited, this, &FieldEditor::edited);
    }
    QWidget* focusWidget() const override { return time()->focusProxy(); }
    QVariant value() const override
    {
        const QDateTime t = time()->value();
        return t.isValid() ? QVariant(t) : QVariant();
    }
    void setValue(const QVariant& v) override { time()->setValue(v.toDateTime()); }

private:
    TimeField* time() const { return static_cast<TimeField*>(widget()); }
};

} // namespace

FieldEditor::FieldEditor(const FieldDef& field, QWidget* widget, QObject* parent)
    : QObject(parent)
    , m_field(field)
    , m_widget(widget)
{
}

bool FieldEditor::hasFocus() const
{
    const QWidget* focus = m_widget ? m_widget->focusWidget() : nullptr;
    return m_widget && (m_widget->hasFocus() || (focus && focus->hasFocus() && m_widget->isAncestorOf(focus)));
}

void FieldEditor::setAccessibleName(const QString& name)
{
    if (auto* time = qobject_cast<TimeField*>(m_widget.data()))
        time->setAccessibleName(name);
    else if (m_widget)
        m_widget->setAccessibleName(name);
}

QString FieldEditor::tooLong(qsizetype wouldBe) const
{
    return tr("%1 takes at most %L2 characters; the text would have had %L3, so it was not taken.")
        .arg(m_field.labelText())
        .arg(value::maxLength(m_field))
        .arg(wouldBe);
}

FieldEditor* createFieldEditor(const EntityDef& entity, const FieldDef& field, QWidget* parent)
{
    Q_UNUSED(entity)
    switch (field.type) {
    case FieldType::LongText:
        return new LongTextEditor(field, parent);
    case FieldType::Int:
        return new IntEditor(field, parent);
    case FieldType::Real:
        return new RealEditor(field, parent);
    case FieldType::Bool:
        return new BoolEditor(field, parent);
    case FieldType::Enum:
        if (field.name == QLatin1String("sharing"))
            return new DistributionEditor(field, parent);
        return new EnumEditor(field, parent);
    case FieldType::Time:
        return new TimeEditor(field, parent);
    case FieldType::List:
        if (!field.ref.isEmpty())
            return new SiblingListEditor(entity, field, parent);
        if (!field.values.empty())
            return new ChoiceListEditor(field, parent);
        return new ListEditor(field, parent);
    case FieldType::Ref:
        if (field.ref == QLatin1String("agency"))
            return new AgencyFieldEditor(field, parent);
        break;
    default:
        break;
    }
    if (field.person)
        return new PersonEditor(field, parent);
    return new TextEditor(field, parent);
}

} // namespace tandem
