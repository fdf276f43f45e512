#pragma once

#include "domain/referrals.h"
#include "query/operationlistquery.h"
#include "records/pickermodel.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace tandem {

class Store;
namespace search {
class OperationHits;
}

// The operations a tip can be linked to: those not closed or cancelled, the latest start first
// (none last). A search finds them through the full-text index as the Operations list does
// (domain/search.h: every word begins a word of the code name, plan, targets, agencies or log).
// Each line: "code name — status, start".
class OpenOperationSource final : public PickerSource {
public:
    explicit OpenOperationSource(const Store& store);
    ~OpenOperationSource() override;

    Result<qint64> countAll() override;
    Result<qint64> search(const QString& text) override;
    Result<std::vector<PickerEntry>> page(const PickerEntry* after, int limit) override;
    QString countText(qint64 matches, qint64 all, bool searching) const override;

private:
    OperationListQuery query() const;
    // The search keys of the closed and cancelled operations, read once.
    Result<void> readShut();

    const Store& m_store;
    OperationFilter m_filter;
    std::unique_ptr<search::OperationHits> m_hits; // on m_store's connection, for as long as this lives
    std::optional<qint64> m_all;
    std::optional<std::vector<std::int64_t>> m_shut; // sorted
};

// The tips an operation can be linked to: new and assessed ones, the latest received first. A
// search matches tips where every word is part of the place, the description or the channel's
// label (case aside, for the letters of the Latin alphabet). Each line: "received — channel, place".
class OpenTipSource final : public PickerSource {
public:
    explicit OpenTipSource(const Store& store);

    Result<qint64> countAll() override;
    Result<qint64> search(const QString& text) override;
    Result<std::vector<PickerEntry>> page(const PickerEntry* after, int limit) override;
    QString countText(qint64 matches, qint64 all, bool searching) const override;

private:
    struct Match {
        qint64 received;
        QByteArray id;
    };

    const Store& m_store;
    // The matches of the search in order, read in one pass (the text search scans the open tips):
    // the count is their number, and a page reads the lines of a slice of them.
    std::vector<Match> m_matches;
    bool m_matchesAreAll = false; // the matches of an empty search, still in m_matches
    std::optional<qint64> m_all;
};

// The services of the directory a survivor can be referred to, by name, narrowed by `filter()`
// (accepts minors, speaks one of the survivor's languages, has capacity: domain/referrals.h) and
// by what is typed (every word in the name, the kind or the notes). Each line: "name — kind ·
// capacity 8 · en, ro · accepts minors".
class ServiceSource final : public PickerSource {
public:
    explicit ServiceSource(const Store& store, ServiceFilter filter = {});

    // The criteria besides the search text; the picker searches again after a change.
    ServiceFilter& filter() { return m_filter; }

    Result<qint64> countAll() override;
    Result<qint64> search(const QString& text) override;
    Result<std::vector<PickerEntry>> page(const PickerEntry* after, int limit) override;
    QString countText(qint64 matches, qint64 all, bool searching) const override;

    // The line a service is listed with.
    static QString lineOf(const ServiceOption& service);

private:
    const Store& m_store;
    ServiceFilter m_filter;
    std::vector<ServiceOption> m_matches; // of the last search, in order
};

} // namespace tandem
