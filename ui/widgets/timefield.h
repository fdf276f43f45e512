#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QDateTimeEdit;
class QLabel;
class QToolButton;

namespace tandem {

// An instant that may be unset: "Not set" with a Set button, or a date and time (in local time,
// minutes) with a button that clears it. value() is in UTC, invalid when unset. edited() comes when
// the user set, cleared or finished changing the time, never for setValue().
class TimeField : public QWidget {
    Q_OBJECT

public:
    explicit TimeField(QWidget* parent = nullptr);

    QDateTime value() const;
    void setValue(const QDateTime& utc);
    // The time Set starts from; by default the next full hour.
    void setSuggestion(std::function<QDateTime()> suggestion);
    QDateTimeEdit* editor() const { return m_edit; }
    // Names the parts for assistive technology after the field's label.
    void setAccessibleName(const QString& name);

Q_SIGNALS:
    void edited();

private:
    void setShown(bool set);

    QDateTimeEdit* m_edit;
    QLabel* m_notSet;
    QToolButton* m_set;
    QToolButton* m_clear;
    std::function<QDateTime()> m_suggestion;
    QDateTime m_lastEmitted;
};

} // namespace tandem
