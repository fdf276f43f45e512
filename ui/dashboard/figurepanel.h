#pragma once

#include "report/dashboard.h"

#include <QWidget>

class QChartView;
class QImage;
class QLabel;
class QTableView;

namespace tandem {

class FigureModel;

// One dashboard figure: its title, a chart, the same numbers in a table beside it, and buttons
// to save the chart as PNG and the table as CSV.
class FigurePanel : public QWidget {
    Q_OBJECT

public:
    enum class Chart {
        StackedByMonth, // rows are months: a stacked bar per month, a colour per column
        Bars,           // rows are things (steps, roles, agencies): grouped horizontal bars
    };
    // `chartColumns`: the columns drawn (all when empty); the table always shows every column.
    FigurePanel(const QString& objectName, Chart chart, QList<int> chartColumns, QWidget* parent = nullptr);

    void setFigure(const report::Figure& figure);
    const report::Figure& figure() const;
    FigureModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QChartView* chartView() const { return m_chartView; }

    // What the figure was computed for ("1 Apr 2026 – 31 May 2026 · All trafficking types ·
    // All agencies"): the saved PNG carries it under the title.
    void setCaption(const QString& caption) { m_caption = caption; }
    const QString& caption() const { return m_caption; }
    // The colour of a column's series: one per column key of the figure, whatever the filters
    // leave out, so that "Minors" or "Completed" keeps its colour from one filter to the next.
    QColor colourOf(const QString& columnKey) const;
    // The chart as the PNG holds it: the figure's title and the caption above the chart, and both
    // as the image's "Title" and "Description" texts.
    QImage chartImage() const;

    // What the buttons do after asking for a file; false (with the error shown) on failure.
    bool savePng(const QString& path);
    bool saveCsv(const QString& path);

private:
    void rebuildChart();
    void askPng();
    void askCsv();

    Chart m_chart;
    QList<int> m_chartColumns;
    QString m_caption;
    QLabel* m_title;
    QChartView* m_chartView;
    QTableView* m_table;
    FigureModel* m_model;
};

} // namespace tandem
