#include "exchange/conflictmodel.h"

#include "exchange/partnermodel.h"
#include "records/followstore.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"
#include "records/columnheader.h"

namespace tandem {
namespace {

// A record by its display field (an agency by its name), for people; empty when it has none.
QString nameOf(const Store& store, const QString& entity, const QUuid& id)
{
    const EntityDef* e = Registry::instance().entity(entity);
    const FieldDef* d = e ? e->field(e->displayField) : nullptr;
    if (!d || d->sealed || id.isNull())
        return {};
    Result<Row> row = store.get(entity, id);
    return row && !row->deleted ? value::display(*d, row->value(d->name)) : QString();
}

// Identifying details of survivors are never shown here: unlocking them is for the survivor's
// own page (DESIGN.md §3, sharing), not for a list of merge conflicts. A reference shows the
// name of what it refers to, not its id.
QString shown(const Store& store, const FieldDef& f, const QVariant& v)
{
    if (f.sealed)
        return ConflictModel::tr("(identifying detail, hidden)");
    QString text;
    if (f.type == FieldType::Ref)
        text = nameOf(store, f.ref, v.toUuid());
    if (text.isEmpty())
        text = value::display(f, v);
    return text.isEmpty() ? ConflictModel::tr("(empty)") : text;
}

} // namespace

ConflictModel::ConflictModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ConflictModel::setStore(Store* store)
{
    // Any record may be named by a conflict, and its name may change: reload on every change.
    // The list holds only what is open, a handful of rows.
    followStore(m_store, store, this, &ConflictModel::scheduleReload);
    reload();
}

void ConflictModel::scheduleReload()
{
    if (std::exchange(m_reloadPending, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_reloadPending)
                reload();
        },
        Qt::QueuedConnection);
}

void ConflictModel::reload()
{
    m_reloadPending = false;
    const int before = int(m_items.size());
    beginResetModel();
    m_items.clear();
    if (m_store) {
        Result<std::vector<CodeClash>> clashes = codeClashes(*m_store);
        if (clashes) {
            for (const CodeClash& c : *clashes)
                m_items.push_back(describe(c));
        } else {
            Q_EMIT readFailed(tr("The conflicts could not be read: %1").arg(clashes.error().message));
        }
        Result<std::vector<Conflict>> open = conflicts(*m_store);
        if (open) {
            for (const Conflict& c : *open)
                m_items.push_back(describe(c));
        } else {
            Q_EMIT readFailed(tr("The conflicts could not be read: %1").arg(open.error().message));
        }
    }
    endResetModel();
    if (int(m_items.size()) != before)
        Q_EMIT countChanged(int(m_items.size()));
}

ConflictModel::Item ConflictModel::describe(const Conflict& c) const
{
    Item item;
    item.conflict = c;
    const EntityDef* e = Registry::instance().entity(c.entity);
    if (!e)
        return item;
    const bool deleted = c.kind == QLatin1String("delete");
    const QVariantMap lost = deleted ? c.other.toMap() : QVariantMap();

    QString name;
    if (const FieldDef* d = e->field(e->displayField); d && !d->sealed) {
        Result<Row> row = m_store->get(c.entity, c.rowId);
        const QVariant v = row && !row->deleted ? row->value(d->name) : lost.value(d->name);
        name = value::display(*d, v);
    }
    if (name.isEmpty())
        name = value::idText(c.rowId).left(8);
    item.record = tr("%1: %2").arg(e->labelText(), name);

    if (c.isOrphan()) {
        // Added here or elsewhere under an owner another office deleted meanwhile.
        const FieldDef* ownerField = e->field(c.field);
        const EntityDef* owner = ownerField ? Registry::instance().entity(ownerField->ref) : nullptr;
        const QString ownerLabel = owner ? owner->labelText() : c.field;
        item.field = tr("Added under a deleted %1").arg(ownerLabel.toLower());
        QString ownerName;
        if (const FieldDef* d = owner ? owner->field(owner->displayField) : nullptr)
            ownerName = value::display(*d, c.kept.toMap().value(d->name));
        item.kept = ownerName.isEmpty() ? tr("%1 deleted").arg(ownerLabel) : tr("%1 “%2” deleted").arg(ownerLabel, ownerName);
        QStringList fields;
        for (const FieldDef& f : e->fields) {
            const QVariant v = lost.value(f.name);
            if (f.name != c.field && !v.isNull() && !value::display(f, v).isEmpty())
                fields << tr("%1: %2").arg(f.labelText(), shown(*m_store, f, v));
        }
        item.other = tr("Added to it (%1)").arg(fields.join(QStringLiteral("; ")));
    } else if (deleted) {
        item.field = tr("The whole record");
        item.kept = tr("Deleted");
        QStringList fields;
        for (const FieldDef& f : e->fields) {
            const QVariant v = lost.value(f.name);
            if (!v.isNull() && !value::display(f, v).isEmpty())
                fields << tr("%1: %2").arg(f.labelText(), shown(*m_store, f, v));
        }
        item.other = tr("Not deleted, with its edits (%1)").arg(fields.join(QStringLiteral("; ")));
    } else if (const FieldDef* f = e->field(c.field)) {
        item.field = f->labelText();
        item.kept = shown(*m_store, *f, c.kept);
        item.other = shown(*m_store, *f, c.other);
    }
    item.keptBy = tr("%1, %2").arg(c.keptBy, displayTime(c.keptAt, QString()));
    item.otherBy = tr("%1, %2").arg(c.otherBy, displayTime(c.otherAt, QString()));
    return item;
}

ConflictModel::Item ConflictModel::describe(const CodeClash& c) const
{
    Item item;
    item.clash = c;
    item.record = tr("Survivors: %1").arg(c.code);
    item.field = tr("Same code, two survivors");
    const auto side = [](const CodeClashSide& s) {
        QStringList parts{s.code};
        parts << (s.operation.isEmpty() ? tr("no operation") : tr("operation %1").arg(s.operation));
        if (s.created.isValid())
            parts << tr("recorded %1").arg(displayTime(s.created, QString()));
        return parts.join(QStringLiteral(" · "));
    };
    item.kept = side(c.first);
    item.other = side(c.second);
    item.keptBy = c.first.office;
    item.otherBy = c.second.office;
    return item;
}

const ConflictModel::Item* ConflictModel::itemAt(int row) const
{
    return row >= 0 && size_t(row) < m_items.size() ? &m_items[size_t(row)] : nullptr;
}

int ConflictModel::rowOf(const QUuid& conflictId) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].conflict.id == conflictId)
            return int(i);
    }
    return -1;
}

int ConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    const Item* item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    QString text;
    switch (index.column()) {
    case Record:
        text = item->record;
        break;
    case Field:
        text = item->field;
        break;
    case Kept:
        text = item->kept;
        break;
    case KeptBy:
        text = item->keptBy;
        break;
    case Other:
        text = item->other;
        break;
    case OtherBy:
        text = item->otherBy;
        break;
    default:
        return {};
    }
    // One line in the table; the whole value in the tooltip and in the pane below the table.
    if (role == Qt::DisplayRole)
        return text.section(QLatin1Char('\n'), 0, 0);
    return text;
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Record"), tr("Field"), tr("Value kept"), tr("Written by"), tr("Other value"),
                        tr("Written by")}, section, orientation, role);
}

} // namespace tandem
