#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace tandem {

// The welcome screen: what the main window shows while no file is open (on the first start, after
// File > Close, or when a file could not be opened). Three choices, each a large button with a
// line on what it does: make the office's file (File > New: where to keep it, the office's name
// and passphrase), open an existing one, or explore the demo; and, smaller, join an office as
// another machine of it from an invitation. The heading welcomes a first-time
// user, and says only that no file is open to someone who has opened files before.
class NoFileView : public QWidget {
    Q_OBJECT

public:
    NoFileView(QAction* newFile, QAction* openFile, QAction* openDemo, QAction* joinOffice, QWidget* parent = nullptr);

    // Reads Open Recent again to choose the heading.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* m_heading;
    QLabel* m_text;
};

} // namespace tandem
