#include "exchange/mergesummarydialog.h"

#include "store/registry.h"
#include "widgets/textstyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tandem {
namespace {

QTableWidgetItem* number(qint64 n, bool bold = false)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        TextStyle::setBold(item);
    }
    return item;
}

} // namespace

MergeSummaryDialog::MergeSummaryDialog(const MergeSummary& summary, const QString& bundlePath,
                                       QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mergeSummaryDialog"));
    setWindowTitle(tr("Bundle Merged"));

    auto* heading = new QLabel(tr("Merged the bundle from %1").arg(summary.senderName), this);
    heading->setObjectName(QStringLiteral("mergeHeading"));
    TextStyle::setHeading(heading);
    heading->setWordWrap(true);
    auto* source = new QLabel(QDir::toNativeSeparators(bundlePath), this);
    TextStyle::setCaption(source);
    source->setWordWrap(true);

    auto* table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("mergeSummaryTable"));
    table->setTabKeyNavigation(false); // Tab goes on to the buttons, not the next cell
    table->setAccessibleName(tr("Changes merged per kind of record"));
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Records"), tr("New"), tr("Updated"), tr("Deleted")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    // In the registry's order (DESIGN.md §2), which people know, not by internal name.
    int row = 0;
    for (const EntityDef& e : Registry::instance().entities()) {
        const auto it = summary.perEntity.find(e.name);
        if (it == summary.perEntity.end())
            continue;
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(e.pluralLabelText()));
        table->setItem(row, 1, number(it->added));
        table->setItem(row, 2, number(it->updated));
        table->setItem(row, 3, number(it->deleted));
        ++row;
    }
    const MergeCounts total = summary.total();
    table->insertRow(row);
    auto* totalLabel = new QTableWidgetItem(tr("Total"));
    TextStyle::setBold(totalLabel);
    table->setItem(row, 0, totalLabel);
    table->setItem(row, 1, number(total.added, true));
    table->setItem(row, 2, number(total.updated, true));
    table->setItem(row, 3, number(total.deleted, true));
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setMinimumHeight(std::min(height, 420));
    table->setMaximumHeight(height);

    auto* conflicts = new QLabel(this);
    conflicts->setObjectName(QStringLiteral("conflictsLabel"));
    conflicts->setWordWrap(true);
    if (summary.conflicts == 0)
        conflicts->setText(tr("No edit conflicted with an edit made here."));
    else if (summary.conflicts == 1)
        conflicts->setText(
            tr("<b>One edit conflicted</b> with an edit made here. The field now holds "
               "the later edit; review it to keep it or take the other value."));
    else
        conflicts->setText(
            tr("<b>%L1 edits conflicted</b> with edits made here. Each field now holds "
               "the later edit; review them to keep it or take the other value.")
                .arg(summary.conflicts));
    if (total.added + total.updated + total.deleted == 0 && summary.conflicts == 0)
        conflicts->setText(tr("The bundle held nothing this office did not have already."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    if (summary.conflicts > 0) {
        QPushButton* review =
            buttons->addButton(tr("&Review Conflicts"), QDialogButtonBox::ActionRole);
        review->setObjectName(QStringLiteral("reviewConflictsButton"));
        review->setDefault(true);
        connect(review, &QPushButton::clicked, this, [this] { done(Review); });
    } else {
        // Return closes a summary with nothing to review.
        buttons->button(QDialogButtonBox::Close)->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(source);
    layout->addWidget(table);
    layout->addWidget(conflicts);
    // Identities erased on recalls the bundle brought (store/recalls.h), and a file or backup
    // that could not be rewritten without them yet.
    if (summary.erased > 0 || !summary.erasureProblem.isEmpty()) {
        QString text = summary.erased == 1 ? tr("One survivor's identity was erased here on a recall from a partner office.")
                                           : tr("%L1 survivors' identities were erased here on recalls from partner offices.")
                                                 .arg(summary.erased);
        if (!summary.erasureProblem.isEmpty())
            text = (summary.erased > 0 ? text + QLatin1Char(' ') : QString())
                   + tr("The file or a backup could not be rewritten without them yet (Tandem tries again at the next "
                        "merge): %1")
                         .arg(summary.erasureProblem);
        auto* erased = new QLabel(text, this);
        erased->setObjectName(QStringLiteral("erasedLabel"));
        erased->setWordWrap(true);
        layout->addWidget(erased);
    }
    // The sender's audit chain went back or changed since its last bundle: said plainly, with
    // the warning icon of the platform, and kept for `check`.
    if (!summary.auditProblem.isEmpty()) {
        auto* auditRow = new QHBoxLayout;
        auto* icon = new QLabel(this);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
        icon->setAlignment(Qt::AlignTop);
        auto* audit = new QLabel(summary.auditProblem, this);
        audit->setObjectName(QStringLiteral("auditProblemLabel"));
        audit->setWordWrap(true);
        auditRow->addWidget(icon);
        auditRow->addWidget(audit, 1);
        layout->addLayout(auditRow);
    }
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace tandem
