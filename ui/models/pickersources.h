#pragma once

#include "models/operationlistquery.h"
#include "models/pickermodel.h"

#include <QString>

#include <memory>

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

    const Store& m_store;
    OperationFilter m_filter;
    std::unique_ptr<search::OperationHits> m_hits; // on m_store's connection, for as long as this lives
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
    const Store& m_store;
    // The search as a condition on the tip table, with its values.
    QString m_condition;
    QVariantList m_binds;
};

} // namespace tandem
