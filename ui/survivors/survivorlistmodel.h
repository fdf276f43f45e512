#pragma once

#include "records/sortedpagedmodel.h"
#include "query/survivorlist.h"

#include <QDateTime>
#include <QPointer>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// The survivors of a store as a table, by their pseudonymous code only (this model never reads
// survivor_identity), fetched lazily a page at a time (keyset pagination, sorted by SQL) with each
// survivor's checklist progress and overdue steps. Default order: most overdue steps first. A
// search narrows to codes or operation names containing the text. The model follows
// Store::changed(): when the loaded rows are still the same survivors in the same order their
// cells are updated in place (a tick), otherwise they are read again in a model reset.
class SurvivorListModel : public SortedPagedModel<SurvivorListRow> {
    Q_OBJECT

public:
    enum Column {
        Code = SurvivorListQuery::Code,
        Operation = SurvivorListQuery::Operation,
        RescuedAt = SurvivorListQuery::RescuedAt,
        AgeBand = SurvivorListQuery::AgeBand,
        Progress = SurvivorListQuery::Progress,
        Overdue = SurvivorListQuery::Overdue,
        ColumnCount = SurvivorListQuery::ColumnCount,
    };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    using Item = SurvivorListRow;

    explicit SurvivorListModel(QObject* parent = nullptr);

    void setStore(Store* store);
    void setSearch(const QString& text);
    QString search() const { return m_search; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the loaded rows again (in place when they are the same survivors in the same order);
    // only marks the model stale while it is not live.
    void refresh();
    // While not live (its view is hidden), changes in the store and the passing of time only mark
    // the model stale; it reads again when it goes live. Live by default.
    void setLive(bool live);

private:
    SurvivorListQuery query() const;
    int columns() const override { return ColumnCount; }
    void readFirstPage() override { reset(kPageSize); }
    Result<qint64> readCount() override;
    Result<std::vector<SurvivorListRow>> readPage(const SurvivorListRow* after, int limit) const override;
    QString readFailedText(const Error& error) const override;
    void reset(int rows);
    void storeChanged(const QString& entity);

    QString m_search;
    bool m_live = true;
    bool m_stale = false;
};

} // namespace tandem
