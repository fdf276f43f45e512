#include "dashboard/figurepanel.h"

#include "dashboard/chartaxis.h"
#include "dialogs/prompts.h"
#include "errors.h"
#include "dashboard/figuremodel.h"
#include "util/result.h"
#include "util/safefile.h"
#include "widgets/textstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace tandem {
namespace {

// Colours that stay apart for people with the common colour-vision deficiencies (Okabe–Ito),
// then darker tones for long lists (indicators, statuses).
const QList<QColor> kPalette{QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                             QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
                             QColor(0xf0, 0xe4, 0x42), QColor(0x33, 0x33, 0x33), QColor(0x1d, 0x43, 0x66),
                             QColor(0x8c, 0x51, 0x0a), QColor(0x01, 0x66, 0x5e), QColor(0x76, 0x2a, 0x83),
                             QColor(0x99, 0x99, 0x99), QColor(0xb2, 0x18, 0x2b)};

constexpr int kBarLabel = 28;

// The colour of the figure's `index`-th column: the palette, then hues apart from each other.
QColor paletteColour(int index)
{
    if (index < kPalette.size())
        return kPalette[index];
    return QColor::fromHsv((index * 67) % 360, 170, 160);
}

} // namespace

QColor FigurePanel::colourOf(const QString& columnKey) const
{
    return paletteColour(std::max(0, int(m_model->figure().columnKeys.indexOf(columnKey))));
}

FigurePanel::FigurePanel(const QString& objectName, Chart chart, QList<int> chartColumns, QWidget* parent)
    : QWidget(parent)
    , m_chart(chart)
    , m_chartColumns(std::move(chartColumns))
    , m_title(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_table(new QTableView(this))
    , m_model(new FigureModel(this))
{
    setObjectName(objectName);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    m_title->setFont(TextStyle::scaled(m_title->font(), 1.1));
    m_chartView->setObjectName(objectName + QStringLiteral("Chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(420, 300);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab goes on to the next control, not the next cell
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumWidth(360);

    auto* png = new QPushButton(tr("Save Chart as PNG…"), this);
    png->setObjectName(objectName + QStringLiteral("Png"));
    auto* csv = new QPushButton(tr("Save Table as CSV…"), this);
    csv->setObjectName(objectName + QStringLiteral("Csv"));
    connect(png, &QPushButton::clicked, this, &FigurePanel::askPng);
    connect(csv, &QPushButton::clicked, this, &FigurePanel::askCsv);

    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(png);
    head->addWidget(csv);
    auto* body = new QHBoxLayout;
    body->addWidget(m_chartView, 3);
    body->addWidget(m_table, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->addLayout(head);
    layout->addLayout(body);
}

const report::Figure& FigurePanel::figure() const
{
    return m_model->figure();
}

void FigurePanel::setFigure(const report::Figure& figure)
{
    // Clearing a panel that shows nothing (a file opened, the dashboard not yet computed) keeps
    // it as it is: a chart is rebuilt only for figures.
    const report::Figure& shown = m_model->figure();
    if (figure.key.isEmpty() && figure.rowLabels.isEmpty() && shown.key.isEmpty() && shown.rowLabels.isEmpty()
        && m_chartView->chart()->series().isEmpty() && m_title->text() == figure.title)
        return;
    m_title->setText(figure.title);
    m_model->setFigure(figure);
    rebuildChart();
}

void FigurePanel::rebuildChart()
{
    const report::Figure& f = m_model->figure();
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QList<int> columns = m_chartColumns;
    if (columns.isEmpty())
        for (int c = 0; c < f.columnCount(); ++c)
            columns << c;

    QAbstractBarSeries* series = m_chart == Chart::StackedByMonth ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                                                  : new QHorizontalBarSeries;
    double maximum = 0;
    for (int c : columns) {
        double sum = 0;
        for (int r = 0; r < f.rowCount(); ++r)
            sum += std::isnan(f.value(r, c)) ? 0 : std::abs(f.value(r, c));
        // A column that is zero throughout adds a legend entry and nothing else (the table shows it).
        if (sum == 0 && columns.size() > 1)
            continue;
        auto* set = new QBarSet(f.columnLabels.value(c));
        // By the column, not by its place among those drawn: a column that a filter empties
        // leaves the others their colours.
        set->setColor(paletteColour(c));
        set->setBorderColor(set->color());
        // Horizontal bars are drawn bottom-up: the first row goes last so the chart reads like the table.
        for (int i = 0; i < f.rowCount(); ++i) {
            const int r = m_chart == Chart::Bars ? f.rowCount() - 1 - i : i;
            const double v = f.value(r, c);
            *set << (std::isnan(v) ? 0.0 : v);
            if (m_chart == Chart::Bars)
                maximum = std::max(maximum, std::isnan(v) ? 0.0 : v);
        }
        series->append(set);
    }
    if (m_chart == Chart::StackedByMonth)
        for (int r = 0; r < f.rowCount(); ++r) {
            double stack = 0;
            for (int c : columns)
                stack += std::isnan(f.value(r, c)) ? 0 : f.value(r, c);
            maximum = std::max(maximum, stack);
        }
    chart->addSeries(series);
    QStringList categories;
    for (int i = 0; i < f.rowCount(); ++i) {
        const int r = m_chart == Chart::Bars ? f.rowCount() - 1 - i : i;
        // Months as "Dec 25" under their bars: "Dec 2025" does not fit a year of them.
        const QDate month = QDate::fromString(f.rowKeys.value(r) + QStringLiteral("-01"), Qt::ISODate);
        // Bars: the part after "Protocol: " and at most kBarLabel characters (the table has the
        // whole name); Qt Charts elides a long label to "…" rather than wrapping it.
        QString label = f.rowLabels.value(r).section(QStringLiteral(": "), -1);
        if (label.size() > kBarLabel)
            label = label.left(kBarLabel - 1) + QChar(0x2026);
        categories << (m_chart == Chart::StackedByMonth && month.isValid()
                           ? locale().toString(month, QStringLiteral("MMM yy"))
                           : label);
    }
    // Room for every bar's label: a line per row, however many rows.
    // Qt Charts elides a category label to "…" when its line is taller than the category's band,
    // and the label's own padding counts: two lines of text per row leave room for it.
    if (m_chart == Chart::Bars)
        m_chartView->setMinimumHeight(std::max(300, 80 + f.rowCount() * 2 * fontMetrics().height()));
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // The charted columns' decimals (an average beside counts has one); round ticks (0, 100, 200
    // rather than 0, 167, 335), and a tick per unit for small counts.
    int decimals = 0;
    for (int c : columns)
        decimals = std::max(decimals, f.decimalsOf(c));
    auto* valueAxis = new QValueAxis;
    if (decimals == 0) {
        // Counts: a tick at each whole step from 0, labelled once each.
        const IntegerAxis axis = integerAxis(maximum);
        valueAxis->setRange(0, axis.top);
        valueAxis->setTickType(QValueAxis::TicksDynamic);
        valueAxis->setTickAnchor(0);
        valueAxis->setTickInterval(axis.step);
        valueAxis->setMinorTickCount(0);
        valueAxis->setLabelFormat(QStringLiteral("%d"));
    } else {
        valueAxis->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
        valueAxis->applyNiceNumbers();
        valueAxis->setLabelFormat(QStringLiteral("%.1f"));
    }
    if (m_chart == Chart::StackedByMonth) {
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, Qt::AlignLeft);
    } else {
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        chart->addAxis(valueAxis, Qt::AlignBottom);
    }
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(series->count() > 1);
    // Many series: a column of legend entries beside the chart, each name whole.
    if (series->count() > 3) {
        chart->legend()->setAlignment(Qt::AlignRight);
        if (m_chart == Chart::StackedByMonth) // tall enough for every entry of the column
            m_chartView->setMinimumHeight(std::max(300, 60 + int(series->count()) * (fontMetrics().height() + 9)));
    }
    // Months under narrow columns (a year beside such a legend) stand upright rather than elided.
    if (m_chart == Chart::StackedByMonth && series->count() > 3 && f.rowCount() > 6)
        categoryAxis->setLabelsAngle(-90);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_chartView->setAccessibleName(f.title);
}

QImage FigurePanel::chartImage() const
{
    const QPixmap chart = m_chartView->grab();
    const qreal ratio = chart.devicePixelRatio();
    const int width = int(chart.width() / ratio);
    constexpr int kMargin = 12;
    const QString title = m_model->figure().title;
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    const QRect textArea(kMargin, kMargin, width - 2 * kMargin, 10000);
    const int flags = Qt::AlignLeading | Qt::TextWordWrap;
    const QRect titleRect = QFontMetrics(titleFont).boundingRect(textArea, flags, title);
    const QRect captionRect =
        m_caption.isEmpty() ? QRect() : fontMetrics().boundingRect(textArea.translated(0, titleRect.height() + 4), flags, m_caption);
    const int top = kMargin + titleRect.height() + (m_caption.isEmpty() ? 0 : captionRect.height() + 4) + kMargin;

    QImage image(QSize(width, top + int(chart.height() / ratio)) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setLayoutDirection(layoutDirection());
    painter.setPen(QColor(0x1a, 0x1a, 0x1a));
    painter.setFont(titleFont);
    painter.drawText(QRect(textArea.topLeft(), QSize(textArea.width(), titleRect.height())), flags, title);
    if (!m_caption.isEmpty()) {
        painter.setFont(font());
        painter.setPen(QColor(0x55, 0x5f, 0x6b));
        painter.drawText(QRect(textArea.left(), kMargin + titleRect.height() + 4, textArea.width(), captionRect.height()),
                         flags, m_caption);
    }
    painter.drawPixmap(0, top, chart);
    painter.end();
    // Readable without looking: image viewers and screen readers show these. The keys are PNG's
    // own keywords (tEXt chunks), not words for people.
    image.setText(QStringLiteral("Title"), title); // notr: a PNG keyword
    if (!m_caption.isEmpty())
        image.setText(QStringLiteral("Description"), m_caption); // notr: a PNG keyword
    image.setText(QStringLiteral("Software"), QStringLiteral("Tandem")); // notr: a PNG keyword and the program's name
    return image;
}

bool FigurePanel::savePng(const QString& path)
{
    const QImage image = chartImage();
    SafeFile out(path);
    Result<void> written = out.open();
    if (written && !image.save(&out.device(), "PNG")) {
        out.cancel();
        written = makeError(tr("the image could not be written"), QDir::toNativeSeparators(path));
    }
    if (written)
        written = out.commit();
    if (!written) {
        showError(this, tr("The chart could not be saved."), written.error());
        return false;
    }
    return true;
}

bool FigurePanel::saveCsv(const QString& path)
{
    if (Result<void> written = writeFileWhole(path, figure().csv(true)); !written) {
        showError(this, tr("The table could not be saved."), written.error());
        return false;
    }
    return true;
}

void FigurePanel::askPng()
{
    const QString path = Dialogs::saveFileName(this, tr("Save Chart as PNG"),
                                               tr("PNG images (*.png)"), QStringLiteral("png"));
    if (!path.isEmpty())
        savePng(path);
}

void FigurePanel::askCsv()
{
    const QString path = Dialogs::saveFileName(this, tr("Save Table as CSV"),
                                               tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (!path.isEmpty())
        saveCsv(path);
}

} // namespace tandem
