#include "records/childtablemodel.h"

#include "bidi.h"
#include "records/followstore.h"
#include "records/recordcommands.h"
#include "document.h"
#include "query/children.h"
#include "query/names.h"
#include "store/store.h"
#include "store/value.h"


namespace tandem {

ChildTableModel::ChildTableModel(const QString& entity, const QString& parentField, const QStringList& columns,
                                 const QString& orderBy, QObject* parent)
    : QAbstractTableModel(parent)
    , m_entity(Registry::instance().entity(entity))
    , m_parentField(parentField)
    , m_columns(columns)
    , m_orderBy(orderBy)
{
    Q_ASSERT(m_entity);
}

void ChildTableModel::setDocument(Document* document)
{
    followStore(m_document, document, this, &ChildTableModel::storeChanged);
    m_parentId = QUuid();
    loadAgencies();
    reload();
}

void ChildTableModel::setParentId(const QUuid& id)
{
    m_parentId = id;
    reload();
}

Result<std::vector<Row>> ChildTableModel::read() const
{
    if (!m_document || m_parentId.isNull())
        return std::vector<Row>();
    return childRecords(m_document->store(), m_entity->name, m_parentField, m_parentId, m_orderBy);
}

void ChildTableModel::loadSiblings()
{
    m_siblings.clear();
    if (!m_document || m_parentId.isNull())
        return;
    for (const FieldDef& f : m_entity->fields) {
        const EntityDef* sibling = f.type == FieldType::List && !f.ref.isEmpty() ? Registry::instance().entity(f.ref) : nullptr;
        if (!sibling || !m_columns.contains(f.name))
            continue;
        Result<std::vector<Row>> rows = childRecords(m_document->store(), f.ref, m_parentField, m_parentId);
        if (!rows)
            continue;
        for (const Row& r : *rows)
            m_siblings.insert(value::idText(r.id), r.text(sibling->displayField));
    }
}

QString ChildTableModel::siblingNames(const FieldDef& field, const QVariant& ids) const
{
    const EntityDef* sibling = Registry::instance().entity(field.ref);
    QStringList names;
    for (const QString& id : ids.toStringList()) {
        const auto found = m_siblings.constFind(id);
        names << (found != m_siblings.cend() ? *found : tr("(deleted %1)").arg(sibling ? sibling->labelText().toLower() : QString()));
    }
    return names.join(QStringLiteral(", "));
}

void ChildTableModel::reload()
{
    loadSiblings();
    Result<std::vector<Row>> rows = read();
    beginResetModel();
    m_rows.clear();
    if (rows)
        m_rows = std::move(*rows);
    else
        Q_EMIT failed(tr("The %1 could not be read: %2").arg(m_entity->pluralLabelText().toLower(), rows.error().message));
    endResetModel();
}

void ChildTableModel::refresh()
{
    // The records are read again (a few dozen); when the same ones are there in the same order,
    // the rows change in place, so that views keep their selection and scroll position.
    Result<std::vector<Row>> rows = read();
    if (!rows) {
        Q_EMIT failed(tr("The %1 could not be read: %2").arg(m_entity->pluralLabelText().toLower(), rows.error().message));
        return;
    }
    bool same = rows->size() == m_rows.size();
    for (size_t i = 0; same && i < m_rows.size(); ++i)
        same = (*rows)[i].id == m_rows[i].id;
    if (!same) {
        beginResetModel();
        m_rows = std::move(*rows);
        endResetModel();
        return;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if ((*rows)[i].values == m_rows[i].values)
            continue;
        m_rows[i] = std::move((*rows)[i]);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
    }
}

void ChildTableModel::loadAgencies()
{
    m_agencies.clear();
    if (!m_document)
        return;
    Result<QHash<QUuid, QString>> names = agencyNames(m_document->store());
    if (names)
        m_agencies = std::move(*names);
}

QString ChildTableModel::agencyName(const QUuid& id) const
{
    return m_agencies.value(id);
}

void ChildTableModel::storeChanged(const QString& entity, const QList<QUuid>& ids)
{
    Q_UNUSED(ids)
    if (entity == QLatin1String("agency")) {
        loadAgencies();
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else if (entity == m_entity->name && !m_parentId.isNull()) {
        refresh();
    } else if (!m_rows.empty()) {
        for (const FieldDef& f : m_entity->fields) {
            if (f.type == FieldType::List && f.ref == entity && m_columns.contains(f.name)) {
                loadSiblings();
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
                break;
            }
        }
    }
}

int ChildTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChildTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ChildTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const FieldDef& field = *m_entity->field(m_columns[index.column()]);
    const QVariant v = row.value(field.name);
    if (m_rowStyle && (role == Qt::ForegroundRole || role == Qt::FontRole || role == Qt::ToolTipRole)) {
        const QVariant styled = m_rowStyle(row, role);
        if (styled.isValid())
            return styled;
    }
    switch (role) {
    case IdRole:
        return row.id;
    case ValueRole:
    case Qt::EditRole:
        return v;
    case Qt::CheckStateRole:
        if (field.type == FieldType::Bool)
            return v.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        return int((field.type == FieldType::Int || field.type == FieldType::Real ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (field.type == FieldType::Bool)
            return role == Qt::DisplayRole ? QVariant() : QVariant(value::display(field, v));
        if (field.type == FieldType::Ref && field.ref == QLatin1String("agency")) {
            if (v.isNull())
                return QString();
            const QString name = agencyName(v.toUuid());
            return name.isEmpty() ? tr("(deleted agency)") : role == Qt::DisplayRole ? shownIsolated(name) : name;
        }
        if (field.type == FieldType::List && !field.ref.isEmpty())
            return siblingNames(field, v);
        if (field.type == FieldType::LongText && role == Qt::DisplayRole)
            return shownIsolated(value::display(field, v).simplified());
        if (field.type == FieldType::Text && role == Qt::DisplayRole)
            return shownIsolated(value::display(field, v));
        return value::display(field, v);
    default:
        return {};
    }
}

QVariant ChildTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_entity->field(m_columns[section])->labelText();
    return {};
}

Qt::ItemFlags ChildTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_entity->field(m_columns[index.column()])->type == FieldType::Bool)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ChildTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole || !m_document)
        return false;
    const FieldDef& field = *m_entity->field(m_columns[index.column()]);
    if (field.type != FieldType::Bool)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    Result<void> r = editRecord(*m_document, m_entity->name, idAt(index.row()), {{field.name, on}},
                                on ? tr("Tick %1").arg(field.labelText()) : tr("Untick %1").arg(field.labelText()));
    if (!r)
        Q_EMIT failed(r.error().message);
    return r.ok();
}

void ChildTableModel::refreshStyle()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QUuid ChildTableModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : QUuid();
}

int ChildTableModel::rowOf(const QUuid& id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace tandem
