#pragma once

#include "store/row.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QUuid>

#include <functional>

#include <vector>

namespace tandem {

class Document;
struct EntityDef;
struct FieldDef;

// The live records of one entity that belong to one record (an operation's targets, assignments,
// tasks or log notes), as a table of chosen fields. All of them are read at once: they are a few
// dozen, and the view needs them all (the timeline draws every task). Values show as people read
// them (enum labels, local times, agency names); Qt::EditRole and ValueRole give the stored value.
// Tick boxes (Bool columns) can be ticked in the table; each tick is an undoable edit. Follows
// Store::changed(): the records, and the names of the agencies they refer to.
class ChildTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, ValueRole };

    // `orderBy` is SQL over the entity's columns; the id makes the order total.
    ChildTableModel(const QString& entity, const QString& parentField, const QStringList& columns,
                    const QString& orderBy, QObject* parent = nullptr);

    void setDocument(Document* document);
    void setParentId(const QUuid& id);
    QUuid parentId() const { return m_parentId; }
    const EntityDef& entity() const { return *m_entity; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QString columnField(int column) const { return m_columns.value(column); }
    int columnOf(const QString& field) const { return int(m_columns.indexOf(field)); }
    QUuid idAt(int row) const;
    int rowOf(const QUuid& id) const;
    const Row& rowAt(int row) const { return m_rows[size_t(row)]; }
    // The name of a live agency, or an empty string.
    QString agencyName(const QUuid& id) const;
    // Reads everything again, in a model reset.
    void reload();
    // How a row looks beyond its text (Qt::ForegroundRole, FontRole, ToolTipRole): null for the
    // default. E.g. overdue tasks in red.
    void setRowStyle(std::function<QVariant(const Row& row, int role)> style) { m_rowStyle = std::move(style); }
    // The style depends on something else that changed: the rows are drawn again.
    void refreshStyle();

Q_SIGNALS:
    // A read or a tick failed; the message is for people.
    void failed(const QString& message);

private:
    Result<std::vector<Row>> read() const;
    void refresh();
    void storeChanged(const QString& entity, const QList<QUuid>& ids);
    void loadAgencies();
    // The names of the records of the same parent that list fields name (a warrant's targets).
    void loadSiblings();
    QString siblingNames(const FieldDef& field, const QVariant& ids) const;

    const EntityDef* m_entity;
    QString m_parentField;
    QStringList m_columns;
    QString m_orderBy;
    QPointer<Document> m_document;
    QUuid m_parentId;
    std::vector<Row> m_rows;
    QHash<QUuid, QString> m_agencies;
    QHash<QString, QString> m_siblings; // id text -> display name
    std::function<QVariant(const Row&, int)> m_rowStyle;
};

} // namespace tandem
