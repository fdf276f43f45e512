#pragma once

#include <QWidget>

class QTextBrowser;

namespace tandem {

// Help > Tandem Guide: the user guide shipped in the resources (":/help/guide.html"), in a window
// of its own beside the main window, so that it can stay open while the user follows it. Links to
// other sections of the guide stay in it; links elsewhere open in the system's browser.
class HelpWindow : public QWidget {
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QTextBrowser* m_browser;
};

} // namespace tandem
