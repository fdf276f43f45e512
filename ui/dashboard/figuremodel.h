#pragma once

#include "report/dashboard.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace tandem {

// One dashboard figure as a table: a row per row label, a column per column label, numbers
// right-aligned in the locale (the table beside each chart, for those who read numbers and for
// screen readers). Qt::UserRole gives the number itself (NaN for "no value").
class FigureModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit FigureModel(QObject* parent = nullptr);

    void setFigure(const report::Figure& figure);
    const report::Figure& figure() const { return m_figure; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    report::Figure m_figure;
    QLocale m_locale;
};

} // namespace tandem
