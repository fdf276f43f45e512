#include "recordform.h"

#include "agencyfield.h"
#include "records/followstore.h"
#include "records/recordcommands.h"
#include "document.h"
#include "domain/operations.h"
#include "distributionvalue.h"
#include "fieldeditor.h"
#include "store/sharing.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <QWidget>

namespace tandem {
namespace {

// The store's messages about one field, which name it as the registry does ("target field
// \"latitude\": expected a number from -90 to 90, got \"123.5\""), and how the form says them.
// Matched against the store's own text in the language shown, %1 the entity, %2 the field.
struct StoreWords {
    const char* context;
    const char* source;
};
constexpr StoreWords kExpected{"tandem::value", "%1 field \"%2\": expected %3, got \"%4\""};
constexpr StoreWords kTooLong{"tandem::value", "%1 field \"%2\": at most %3 characters are allowed, got %4"};
constexpr StoreWords kTooMany{"tandem::value", "%1 field \"%2\": at most %3 entries are allowed, got %4"};
constexpr StoreWords kRequired{"tandem::Store", "%1 field \"%2\" is required"};
constexpr StoreWords kNoSuchRecord{"tandem::Store", "%1 field \"%2\": there is no %3 with id %4"};
constexpr StoreWords kDeletedRecord{"tandem::Store", "%1 field \"%2\": %3 %4 was deleted"};

// The placeholders' texts when `message` is the store's `words`, in order (%1 first); empty when
// it is not.
QStringList match(const StoreWords& words, const QString& message)
{
    const QString pattern = QCoreApplication::translate(words.context, words.source);
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    QString regex;
    QList<int> order;
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        regex += QRegularExpression::escape(pattern.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*)");
        order << m.captured(1).toInt();
        at = m.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern.mid(at));
    const QRegularExpressionMatch m =
        QRegularExpression(QRegularExpression::anchoredPattern(regex), QRegularExpression::DotMatchesEverythingOption)
            .match(message);
    if (!m.hasMatch())
        return {};
    QStringList args(order.isEmpty() ? 0 : *std::max_element(order.begin(), order.end()));
    for (qsizetype i = 0; i < order.size(); ++i)
        args[order[i] - 1] = m.captured(int(i) + 1);
    return args;
}

} // namespace

RecordForm::RecordForm(const QString& entity, QWidget* owner)
    : QObject(owner)
    , m_entity(Registry::instance().entity(entity))
    , m_owner(owner)
{
    Q_ASSERT(m_entity);
    m_row = Row(m_entity);
}

RecordForm::~RecordForm() = default;

void RecordForm::setDocument(Document* document)
{
    followStore(m_document, document, this, &RecordForm::storeChanged);
    for (FieldEditor* e : m_editors)
        e->setStore(m_document ? &m_document->store() : nullptr);
    m_id = QUuid();
    clearMessages();
    load();
}

Document* RecordForm::document() const
{
    return m_document;
}

void RecordForm::setRecord(const QUuid& id)
{
    // The same record shown again (reopened): it shows what is stored now.
    if (id == m_id && !id.isNull()) {
        load();
        return;
    }
    commitPending();
    m_id = id;
    clearMessages();
    load();
}

FieldEditor* RecordForm::addField(const QString& name, QWidget* parent)
{
    const FieldDef* field = m_entity->field(name);
    Q_ASSERT_X(field, "RecordForm::addField", qPrintable(name));
    FieldEditor* editor = createFieldEditor(*m_entity, *field, parent);
    editor->setParent(this);
    editor->widget()->setObjectName(m_entity->name + QLatin1Char('_') + name);
    editor->setAccessibleName(field->labelText());
    editor->setStore(m_document ? &m_document->store() : nullptr);
    if (m_fixed.contains(m_entity->parent))
        editor->setParentRecord(m_fixed.value(m_entity->parent).toUuid());
    connect(editor, &FieldEditor::edited, this, [this, editor] { commit(editor); });
    connect(editor, &FieldEditor::refused, this, [this, name](const QString& text) { setMessage(name, text); });
    m_editors.push_back(editor);
    if (!m_loading)
        show(editor);
    return editor;
}

FieldEditor* RecordForm::editor(const QString& field) const
{
    for (FieldEditor* e : m_editors) {
        if (e->field().name == field)
            return e;
    }
    return nullptr;
}

QStringList RecordForm::fields() const
{
    QStringList out;
    for (const FieldEditor* e : m_editors)
        out << e->field().name;
    return out;
}

void RecordForm::setFixedValue(const QString& field, const QVariant& value)
{
    m_fixed.insert(field, value);
    if (field == m_entity->parent) {
        for (FieldEditor* e : m_editors)
            e->setParentRecord(value.toUuid());
    }
}

void RecordForm::setDefaultValue(const QString& field, const QVariant& value)
{
    m_defaults.insert(field, value);
    if (isNew()) {
        if (FieldEditor* e = editor(field))
            show(e);
    }
}

QVariant RecordForm::stored(const QString& field) const
{
    const bool distribution = field == QLatin1String("sharing");
    if (!isNew())
        return distribution ? distributionvalue::shown(m_row) : m_row.value(field);
    if (m_defaults.contains(field))
        return m_defaults.value(field);
    // Where a new record goes: the office's default for its kind (Edit > Preferences).
    if (distribution && m_document) {
        Result<QVariant> preferred = m_document->store().meta(defaultSharingKey(*m_entity));
        if (preferred && !preferred->toString().isEmpty())
            return *preferred;
    }
    const FieldDef* f = m_entity->field(field);
    // Who prepares a new record: the person at the keyboard, as the store writes it.
    if (f && f->person && m_document && !m_document->store().actor().person.isNull())
        return m_document->store().actor().name;
    if (!f || f->defaultValue.isNull())
        return {};
    Result<QVariant> v = value::normalise(*m_entity, *f, f->defaultValue);
    return v ? *v : QVariant();
}

void RecordForm::load()
{
    m_loading = true;
    m_row = Row(m_entity);
    if (m_document && !m_id.isNull()) {
        Result<Row> row = m_document->store().get(m_entity->name, m_id);
        if (row) {
            m_row = *row;
        } else {
            m_row.id = m_id;
            m_row.deleted = true;
            setMessage(QString(), row.error().message);
        }
    }
    for (FieldEditor* e : m_editors) {
        // What is being typed stays; the rest follows the store.
        if (!isNew() && e->hasFocus() && e->value() != m_shown.value(e))
            continue;
        show(e);
    }
    m_loading = false;
    Q_EMIT loaded();
}

void RecordForm::resetNew()
{
    if (!isNew())
        return;
    clearMessages();
    for (FieldEditor* e : m_editors)
        show(e);
}

void RecordForm::show(FieldEditor* editor)
{
    const QVariant value = stored(editor->field().name);
    editor->setValue(value);
    m_shown.insert(editor, editor->value());
}

void RecordForm::storeChanged(const QString& entity, const QList<QUuid>& ids)
{
    // The sharing groups offered where a record goes.
    // ... and the records of the same parent a list names (a warrant's targets).
    if (m_document) {
        for (FieldEditor* e : m_editors) {
            if (entity == kGroupEntity || (e->field().type == FieldType::List && e->field().ref == entity))
                e->setStore(&m_document->store());
        }
    }
    if (!m_id.isNull() && entity == m_entity->name && ids.contains(m_id))
        load();
}

void RecordForm::commitPending()
{
    if (isNew() || !m_document)
        return;
    for (FieldEditor* e : m_editors) {
        if (e->value() != stored(e->field().name) || !e->pendingText().isEmpty())
            commit(e);
    }
}

void RecordForm::commit(FieldEditor* editor)
{
    // A new record is written by create(); what was said about a field goes once it is filled.
    if (!m_loading && isNew() && (!editor->value().isNull() || !editor->pendingText().isEmpty()))
        setMessage(editor->field().name, QString());
    if (m_loading || isNew() || !m_document || m_row.deleted)
        return;
    const FieldDef& field = editor->field();
    const QString description = tr("Edit %1").arg(field.labelText());
    QVariant value = editor->value();

    if (const QString name = editor->pendingText(); !name.isEmpty()) {
        EditGroup group(*m_document, description);
        Result<QUuid> agency = askNewAgency(*m_document, m_owner, name, group.command(), suggestedAgencyKind());
        if (agency && agency->isNull()) {
            show(editor);
            setMessage(field.name, tr("%1: choose an agency of the directory, or add “%2” to it.").arg(field.labelText(), name));
            return;
        }
        Result<void> r = agency ? editRecord(*m_document, m_entity->name, m_id, {{field.name, *agency}}, description, group.command())
                                : Result<void>(agency.error());
        if (r)
            r = group.commit();
        setMessage(field.name, r ? QString() : inPeoplesWords(r.error().message).second);
        if (r)
            show(editor);
        return;
    }

    if (value == stored(field.name)) {
        setMessage(field.name, QString());
        m_shown.insert(editor, value);
        return;
    }
    if (field.required && value.isNull()) {
        show(editor);
        setMessage(field.name, tr("%1 is required; it was put back as it was.").arg(field.labelText()));
        return;
    }
    const QVariantMap written = field.name == QLatin1String("sharing") ? distributionvalue::toWrite(value) : QVariantMap{{field.name, value}};
    Result<void> r = editRecord(*m_document, m_entity->name, m_id, written, description);
    // Stored: as stored (trimmed, rounded to the minute, ...). Refused: the control shows what is
    // stored again, never a value the file does not hold, and the message says what was refused.
    show(editor);
    if (r) {
        setMessage(field.name, QString());
        return;
    }
    // What the store says about a field, in the person's words ("Latitude is a number from -90 to
    // 90; “123.5” was not taken.").
    if (const QString said = inPeoplesWords(r.error().message).second; said != r.error().message) {
        setMessage(field.name, said);
        return;
    }
    // The rule's own words, without the store's "operation: " in front.
    QString why = r.error().message;
    if (why.startsWith(m_entity->name + QStringLiteral(": ")))
        why.remove(0, m_entity->name.size() + 2);
    setMessage(field.name, tr("%1 was put back as it is stored: %2").arg(field.labelText(), why));
}

Result<QUuid> RecordForm::create(const QString& description)
{
    if (!m_document)
        return makeError(tr("no file is open"));
    clearMessages();
    QVariantMap values = m_fixed;
    QStringList missing;
    QMap<QString, QString> newAgencies;
    for (FieldEditor* e : m_editors) {
        const QString name = e->field().name;
        if (const QString pending = e->pendingText(); !pending.isEmpty()) {
            newAgencies.insert(name, pending);
            continue;
        }
        const QVariant v = e->value();
        if (!v.isNull() && name == QLatin1String("sharing"))
            values.insert(distributionvalue::toWrite(v));
        else if (!v.isNull())
            values.insert(name, v);
        else if (e->field().required && !m_fixed.contains(name)) {
            setMessage(name, tr("%1 is required.").arg(e->field().labelText()));
            missing << name;
        }
    }
    if (!missing.isEmpty())
        return makeError(message());

    EditGroup group(*m_document, description);
    if (!group.isValid())
        return group.error();
    for (auto it = newAgencies.begin(); it != newAgencies.end(); ++it) {
        Result<QUuid> agency = askNewAgency(*m_document, m_owner, it.value(), group.command(), suggestedAgencyKind());
        if (!agency)
            return agency;
        if (agency->isNull()) {
            setMessage(it.key(), tr("%1: choose an agency of the directory, or add “%2” to it.")
                                     .arg(m_entity->field(it.key())->labelText(), it.value()));
            return QUuid();
        }
        values.insert(it.key(), *agency);
    }
    Result<QUuid> id = addRecord(*m_document, m_entity->name, values, description, group.command());
    if (!id) {
        const auto [field, text] = inPeoplesWords(id.error().message);
        setMessage(field, text);
        return makeError(text, id.error().context);
    }
    if (Result<void> r = group.commit(); !r) {
        setMessage(QString(), r.error().message);
        return r.error();
    }
    return id;
}

QString RecordForm::suggestedAgencyKind() const
{
    // An assignment's role says what kind of agency takes it (victim services: an NGO).
    const QString role = QStringLiteral("role");
    if (!m_entity->field(role))
        return {};
    const FieldEditor* e = editor(role);
    return operations::agencyKindForRole(e ? e->value().toString() : stored(role).toString());
}

QPair<QString, QString> RecordForm::inPeoplesWords(const QString& message) const
{
    for (const StoreWords* words : {&kExpected, &kTooLong, &kTooMany, &kRequired, &kNoSuchRecord, &kDeletedRecord}) {
        const QStringList args = match(*words, message);
        if (args.size() < 2 || args[0] != m_entity->name)
            continue;
        const FieldDef* field = m_entity->field(args[1]);
        if (!field)
            continue;
        const QString label = field->labelText();
        QString text;
        if (words == &kExpected)
            text = tr("%1 is %2; “%3” was not taken.").arg(label, args.value(2), args.value(3));
        else if (words == &kTooLong)
            text = tr("%1 takes at most %2 characters; the text had %3.").arg(label, args.value(2), args.value(3));
        else if (words == &kTooMany)
            text = tr("%1 takes at most %2 entries; there were %3.").arg(label, args.value(2), args.value(3));
        else if (words == &kRequired)
            text = tr("%1 is required.").arg(label);
        else if (words == &kNoSuchRecord)
            text = tr("%1: what was chosen is not in this file; choose again.").arg(label);
        else
            text = tr("%1: what was chosen was deleted meanwhile; choose again.").arg(label);
        return {editor(field->name) ? field->name : QString(), text};
    }
    return {QString(), message};
}

QString RecordForm::message(const QStringList& fields) const
{
    // In the order of the form, then what concerns the record as a whole.
    QStringList order = this->fields();
    order << QString();
    QStringList lines;
    for (const QString& field : order) {
        if (m_messages.contains(field) && (fields.isEmpty() || fields.contains(field)))
            lines << m_messages.value(field);
    }
    return lines.join(QLatin1Char('\n'));
}

void RecordForm::setMessage(const QString& field, const QString& text)
{
    if (text.isEmpty() ? !m_messages.contains(field) : m_messages.value(field) == text)
        return;
    if (text.isEmpty())
        m_messages.remove(field);
    else
        m_messages.insert(field, text);
    Q_EMIT messagesChanged();
}

void RecordForm::clearMessages()
{
    if (m_messages.isEmpty())
        return;
    m_messages.clear();
    Q_EMIT messagesChanged();
}

} // namespace tandem
