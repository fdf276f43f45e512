#pragma once

#include <QHash>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace tandem {

// Paints the cells of a long list with text laid out once per distinct string and width: Qt's
// default delegate lays every cell's text out two or three times on each paint (to measure, to
// elide, to draw), which is most of the time a search keystroke takes to show its results. Draws
// what the default does for a one-line cell: background and selection, a decoration, the text
// elided at the right, aligned as the model says, in the model's colour and font.
class ListDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const QStaticText& layout(const QString& text, const QFont& font, int width) const;

    mutable QHash<QString, QStaticText> m_cache;
    mutable QFont m_font;
    mutable QString m_fontKey;
    mutable int m_maxCharWidth = 0;
};

} // namespace tandem
