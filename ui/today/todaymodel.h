#pragma once

#include "domain/duesteps.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <array>
#include <vector>

namespace tandem {

class Document;

// The liaison's day as a tree of bands (see DueBand): "Overdue" (how late), "Due in the next 24
// hours" and "Before the first interview" (for survivors rescued in the last two weeks), each
// holding the survivors with steps in it (earliest due first), each holding those steps.
// Survivors are fetched a page at a time per band (canFetchMore on a band), since after a large
// operation hundreds may be overdue. Only pseudonymous codes are shown. A step's first column is
// checkable: checking it ticks the step done (through the undo stack), after which it leaves the
// list. The time is the store's wall clock when the model last read.
class TodayModel : public QAbstractItemModel {
    Q_OBJECT

public:
    // How late a step is, as the Timing column says it ("45 d 13 h late").
    static QString lateText(qint64 seconds);
    enum Column { What, Due, Timing, Owner, State, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // a step's checklist item, or a survivor's id
        KindRole,                  // Kind
        BandRole,                  // int(DueBand)
    };
    enum Kind { BandRow, SurvivorRow, StepRow };
    static constexpr int kPageSize = 50;

    explicit TodayModel(QObject* parent = nullptr);

    void setDocument(Document* document);
    void setFilter(const DueFilter& filter);
    DueFilter filter() const { return m_filter; }
    // Reads everything again (as many survivors per band as were loaded, at least a page); only
    // marks the model stale while it is not live.
    void reload();
    // While not live (its view is hidden), changes in the store and the passing of time only mark
    // the model stale; it reads again when it goes live. Live by default.
    void setLive(bool live);


    qint64 stepCount(DueBand band) const { return m_bands[size_t(band)].total; }
    QModelIndex bandIndex(DueBand band) const;
    // The index of a loaded step, or an invalid one.
    QModelIndex indexOfStep(const QUuid& item) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void failed(const QString& what, const Error& error);
    void countsChanged();

private:
    struct SurvivorNode {
        DueSurvivor survivor;
        std::vector<DueStep> steps;
    };
    struct Band {
        qint64 total = 0;   // steps in the band
        bool more = false;  // the last page read was full: there may be more survivors
        std::vector<SurvivorNode> survivors;
    };

    Result<std::vector<SurvivorNode>> readPage(DueBand band, const DueSurvivor* after, int limit) const;
    void storeChanged(const QString& entity);

    QPointer<Document> m_document;
    DueFilter m_filter;
    QDateTime m_now;
    std::array<Band, kDueBands> m_bands;
    bool m_changing = false;
    bool m_live = true;
    bool m_stale = false;
};

} // namespace tandem
