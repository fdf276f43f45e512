#pragma once

#include <QLineEdit>

class QMimeData;

namespace tandem {

// A line edit that never cuts text short silently: input that would take the text beyond
// maxLength() (typing at the limit, pasting, dropping, middle-click pasting) is refused whole, and
// refused() says how long the text would have been, so that the form can say why next to the
// field. (A plain QLineEdit truncates a paste to its maxLength without a word.)
class LimitedLineEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit LimitedLineEdit(QWidget* parent = nullptr);

    // Whether inserting `text` in place of the selection keeps the text within maxLength().
    bool fits(const QString& text) const;
    // Pastes the clipboard's text when it fits, refuses it otherwise.
    void pasteChecked();

Q_SIGNALS:
    // Input was refused: the text would have had `wouldBe` characters.
    void refused(qsizetype wouldBe);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    bool insertChecked(const QString& text);
    qsizetype lengthWith(const QString& text) const;
};

} // namespace tandem
