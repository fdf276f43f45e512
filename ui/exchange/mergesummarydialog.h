#pragma once

#include "sync/exchange.h"

#include <QDialog>

namespace tandem {

// What a merge brought: new, updated and deleted records per kind of record, and how many edits
// conflicted with edits made here, with a way to the conflict review. exec() returns Review when
// the user chose to review the conflicts.
class MergeSummaryDialog : public QDialog {
    Q_OBJECT

public:
    enum { Review = 2 };

    MergeSummaryDialog(const MergeSummary& summary, const QString& bundlePath,
                       QWidget* parent = nullptr);
};

} // namespace tandem
