#pragma once

#include "sync/codeclashes.h"
#include "sync/conflicts.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>
#include <vector>

namespace tandem {

class Store;

// The open merge conflicts of the file, as people read them: the record by its kind and name,
// the field by its label, both values as shown elsewhere, who wrote each and when. Reloads (once,
// after the event that caused it) when the Store announces a change to any entity or to
// "merge_conflict" (see commands/resolveconflict.h); a merge's new conflicts come with reload().
// Survivors that share a code since a merge are listed first, side by side.
class ConflictModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Record, Field, Kept, KeptBy, Other, OtherBy, ColumnCount };

    struct Item {
        Conflict conflict;
        QString record; // e.g. "Operation: Lantern"
        QString field;  // e.g. "Objectives", or "The whole record" when a delete met an edit
        QString kept;
        QString keptBy; // "Office A, 3/4/25 2:05 PM"
        QString other;
        QString otherBy;
        // Two survivors sharing a code since a merge (sync/codeclashes.h), listed first: `kept` and
        // `other` then describe the first and second survivor, `keptBy` and `otherBy` the offices
        // that gave them the code. Resolved by giving one of them a new code.
        std::optional<CodeClash> clash;
    };

    explicit ConflictModel(QObject* parent = nullptr);

    void setStore(Store* store);
    void reload();
    const Item* itemAt(int row) const;
    int rowOf(const QUuid& conflictId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countChanged(int count);
    void readFailed(const QString& message);

private:
    void scheduleReload();
    Item describe(const Conflict& c) const;
    Item describe(const CodeClash& c) const;

    QPointer<Store> m_store;
    std::vector<Item> m_items;
    bool m_reloadPending = false;
};

} // namespace tandem
