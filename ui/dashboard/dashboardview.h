#pragma once

#include "report/dashboard.h"
#include "views/view.h"

#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QTimer;

namespace tandem {

class FigurePanel;

// The dashboard (issue 6): figures over a period, filtered by trafficking type and agency, for
// a task force's regular review of its joint work. Every figure is an SQL aggregate
// (computeDashboard); each is a chart with its table beside it, exportable as PNG and CSV. It
// computes when shown and when the filters or the data change while it is shown; hidden, it only
// notes that it is out of date. The figures are computed on a worker thread over a read-only
// connection to the file, with their progress shown: on a large file the window stays usable,
// and a newer filter cancels the computation under way.
class DashboardView : public View {
    Q_OBJECT

public:
    // Its navigation entry and object name, written once for the view and for the window, which
    // builds it on first show (views/deferredview.h).
    static constexpr const char* kTitle = QT_TRANSLATE_NOOP("tandem::DashboardView", "Dashboard");
    static constexpr const char* kIcon = ":/icons/dashboard.svg";
    static constexpr const char* kObjectName = "dashboardView";

    explicit DashboardView(QWidget* parent = nullptr);

    void setDocument(Document* document) override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    void takeFocus() override;

    // Sets the filter controls (tests, and the Report menu); recomputes at once when shown.
    void setFilter(const report::DashboardFilter& filter);
    report::DashboardFilter filter() const;
    // Starts computing the figures (cancelling a computation under way); computed() follows.
    void refresh();
    bool isComputing() const { return m_cancel != nullptr; }
    QList<FigurePanel*> panels() const { return m_panels; }
    const report::Dashboard& dashboard() const { return m_dashboard; }
    // How long the last computation took, in milliseconds.
    qint64 lastMilliseconds() const { return m_lastMs; }

    ~DashboardView() override;

Q_SIGNALS:
    // The figures of the last refresh() are shown (ok), or its refusal is in the status line.
    void computed(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadAgencies();
    void scheduleRefresh();
    void cancel();
    void showProgress(quint64 generation, int done, int total);
    void finish(quint64 generation, const std::shared_ptr<Result<report::Dashboard>>& result, qint64 milliseconds);

    QPointer<Document> m_document;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_type;
    QComboBox* m_agency;
    QLabel* m_status;
    QProgressBar* m_progress;
    QTimer* m_delay;
    QList<FigurePanel*> m_panels;
    report::Dashboard m_dashboard;
    QString m_caption; // the filters of the computation awaited, for the figures' PNGs
    bool m_stale = true;
    qint64 m_lastMs = 0;
    quint64 m_generation = 0;                     // of the computation whose results are awaited
    std::shared_ptr<std::atomic<bool>> m_cancel;  // set while one runs
    QThreadPool m_workers; // its own, so that the view waits for a cancelled one when it goes
};

} // namespace tandem
