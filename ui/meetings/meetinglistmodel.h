#pragma once

#include "query/meetings.h"
#include "store/row.h"
#include "util/result.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QUuid>

#include <array>
#include <vector>

namespace tandem {

class Document;

// Meetings, trainings and outreach events as a calendar: bands of what needs attention and what is
// coming, each holding its meetings in time order.
//
//   Overdue follow-up  past meetings with an open action item past its due time (most overdue first)
//   Today              meetings that start today (local time)
//   Next 7 days        then the following week
//   Later              everything further ahead
//   Past               the latest kPastLimit past meetings, newest first (the band says how many more)
//
// Upcoming meetings are few; the past band is capped so that years of meetings never load at once.
// Empty bands are not shown. Follows Store::changed() for meetings, action items and agencies. The
// time is the store's wall clock when the model last read.
class MeetingListModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Title, Kind, When, Place, Actions, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, BandRole };
    enum Band { Overdue, Today, Week, Later, Past, BandCount };
    static constexpr int kPastLimit = 200;

    explicit MeetingListModel(QObject* parent = nullptr);

    void setDocument(Document* document);
    void reload();

    // How many meetings a band holds (Past: all past meetings, loaded or not).
    qint64 count(Band band) const { return m_bands[size_t(band)].total; }
    QModelIndex bandIndex(Band band) const;
    QModelIndex indexOf(const QUuid& meeting) const;
    QUuid idAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const QString& message);

private:
    using Item = MeetingEntry;
    struct BandData {
        std::vector<Item> items;
        qint64 total = 0;
    };
    Result<void> read(std::array<BandData, BandCount>& bands) const;
    void storeChanged(const QString& entity);
    // The bands shown (non-empty), in order.
    std::vector<Band> shownBands() const;

    QPointer<Document> m_document;
    QDateTime m_now;
    std::array<BandData, BandCount> m_bands;
};

} // namespace tandem
