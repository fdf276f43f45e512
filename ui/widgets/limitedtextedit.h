#pragma once

#include <QPlainTextEdit>

namespace tandem {

// Plain multi-line text with a length limit (QPlainTextEdit has none). Input that would take the
// text beyond maxLength() is refused whole (a 10 MB paste is never inserted, not even for a
// moment), and refused() says how long the text would have been. Tab moves the focus on, as in a
// form; editingFinished() comes when the focus leaves, like QLineEdit's.
class LimitedTextEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit LimitedTextEdit(QWidget* parent = nullptr);

    int maxLength() const { return m_maxLength; }
    void setMaxLength(int length) { m_maxLength = length; }
    bool fits(qsizetype inserted) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void refused(qsizetype wouldBe);
    void editingFinished();

protected:
    void insertFromMimeData(const QMimeData* source) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    qsizetype lengthWith(qsizetype inserted) const;
    int m_maxLength = 100000;
};

} // namespace tandem
