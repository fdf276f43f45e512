#include "exchange/conflictpane.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {
namespace {

QLabel* valueLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    TextStyle::setBold(label);
    return label;
}

} // namespace

ConflictPane::ConflictPane(QWidget* parent)
    : QWidget(parent)
    , m_title(named<QLabel>(QStringLiteral("conflictTitle"), this))
    , m_values(new QWidget(this))
{
    setObjectName(QStringLiteral("conflictPane"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setFont(TextStyle::scaled(m_title->font(), 1.1));

    m_kept = valueLabel("keptValue", m_values);
    m_keptBy = valueLabel("keptBy", m_values);
    m_other = valueLabel("otherValue", m_values);
    m_otherBy = valueLabel("otherBy", m_values);
    TextStyle::setCaption(m_keptBy);
    TextStyle::setCaption(m_otherBy);

    m_keep = new QPushButton(tr("&Keep"), this);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setToolTip(tr("Keep the value the record holds now; the conflict leaves the list."));
    m_takeOther = new QPushButton(tr("&Take the Other Value"), this);
    m_takeOther->setObjectName(QStringLiteral("takeOtherButton"));
    m_takeOther->setToolTip(
        tr("Write the other value into the record, as an edit of this office "
           "that partners receive with the next export. Edit ▸ Undo takes it back."));
    connect(m_keep, &QPushButton::clicked, this, &ConflictPane::keepChosen);
    connect(m_takeOther, &QPushButton::clicked, this, &ConflictPane::takeOtherChosen);

    // Each value with who wrote it and when on the line below, in the smaller grey of a byline.
    QFont byline = m_keptBy->font();
    byline.setPointSizeF(byline.pointSizeF() * 0.9);
    m_keptBy->setFont(byline);
    m_otherBy->setFont(byline);
    auto* grid = new QGridLayout(m_values);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    m_keptCaption = caption(tr("Value kept:"), m_values);
    m_otherCaption = caption(tr("Other value:"), m_values);
    grid->addWidget(m_keptCaption, 0, 0);
    grid->addWidget(m_kept, 0, 1);
    grid->addWidget(m_keptBy, 1, 1);
    grid->setRowMinimumHeight(2, 8);
    grid->addWidget(m_otherCaption, 3, 0);
    grid->addWidget(m_other, 3, 1);
    grid->addWidget(m_otherBy, 4, 1);
    grid->setColumnStretch(1, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_takeOther);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_values);
    layout->addLayout(buttons);
    layout->addStretch(1);
    showItem(nullptr);
}

void ConflictPane::showItem(const ConflictModel::Item* item)
{
    m_values->setVisible(item != nullptr);
    m_keep->setEnabled(item != nullptr && m_editable);
    m_takeOther->setEnabled(item != nullptr && m_editable);
    if (!item) {
        m_title->setText(tr("Select a conflict to see both values."));
        for (QLabel* l : {m_kept, m_keptBy, m_other, m_otherBy})
            l->clear();
        return;
    }
    m_title->setText(tr("%1 — %2").arg(item->record, item->field));
    if (item->clash) {
        // Both rows stand after the merge; giving one a new code is an ordinary edit.
        m_keptCaption->setText(tr("First survivor:"));
        m_otherCaption->setText(tr("Second survivor:"));
        m_kept->setText(item->kept);
        m_keptBy->setText(tr("code given by %1").arg(item->keptBy));
        m_other->setText(item->other);
        m_otherBy->setText(tr("code given by %1").arg(item->otherBy));
        m_keep->setText(tr("New Code for the &First"));
        m_keep->setToolTip(tr("Give the first survivor the next code of this office; partners receive it with the "
                              "next export. Edit ▸ Undo takes it back."));
        m_takeOther->setText(tr("New Code for the &Second"));
        m_takeOther->setToolTip(tr("Give the second survivor the next code of this office; partners receive it with "
                                   "the next export. Edit ▸ Undo takes it back."));
        return;
    }
    m_keptCaption->setText(tr("Value kept:"));
    m_otherCaption->setText(tr("Other value:"));
    m_kept->setText(item->kept);
    m_keptBy->setText(tr("written by %1").arg(item->keptBy));
    m_other->setText(item->other);
    m_otherBy->setText(tr("written by %1").arg(item->otherBy));
    if (item->conflict.isOrphan()) {
        // Keeping the delete deletes the added record too; the other way restores its owner.
        m_keep->setText(tr("&Delete It Too"));
        m_keep->setToolTip(tr("Delete this record as its owner was deleted; the conflict leaves the list."));
        m_takeOther->setText(tr("&Restore Its Owner"));
        m_takeOther->setEnabled(m_takeOther->isEnabled() && !item->conflict.kept.isNull());
        m_takeOther->setToolTip(item->conflict.kept.isNull()
                                    ? tr("The owner's details never reached this office: restore it where they are "
                                         "kept, or delete this record.")
                                    : tr("Bring the deleted owner back as it was, as an edit of this office that "
                                         "partners receive with the next export. Edit ▸ Undo takes it back."));
        return;
    }
    m_keep->setText(tr("&Keep"));
    m_keep->setToolTip(tr("Keep the value the record holds now; the conflict leaves the list."));
    m_takeOther->setToolTip(
        tr("Write the other value into the record, as an edit of this office "
           "that partners receive with the next export. Edit ▸ Undo takes it back."));
    m_takeOther->setText(item->conflict.kind == QLatin1String("delete")
                             ? tr("&Restore the Record")
                             : tr("&Take the Other Value"));
}

void ConflictPane::setEditable(bool editable)
{
    m_editable = editable;
    m_keep->setEnabled(m_keep->isEnabled() && editable);
    m_takeOther->setEnabled(m_takeOther->isEnabled() && editable);
}

} // namespace tandem
