#include "datestyle.h"

#include "timetext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHash>
#include <QSet>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace tandem::datestyle {
namespace {

const QString kKey = QStringLiteral("ui/dateStyle");
const char* const kKindProperty = "tandemDateEdit";

QString formatFor(Edit kind)
{
    switch (kind) {
    case Edit::WeekdayDateTime:
        return QStringLiteral("ddd ") + dateTimeEditFormat();
    case Edit::Date:
        return dateEditFormat();
    case Edit::DateTime:
        break;
    }
    return dateTimeEditFormat();
}

// `text` with each digit made the widest digit of its own digit system; `widestOf` keeps what was
// found for each system (by its zero), so that each is measured once however many texts follow.
QString widestDigits(const QString& text, const QFontMetrics& metrics, QHash<char16_t, QChar>& widestOf)
{
    QString out = text;
    for (QChar& c : out) {
        const int value = c.digitValue();
        if (value < 0)
            continue;
        const char16_t zero = char16_t(c.unicode() - value);
        auto known = widestOf.constFind(zero);
        if (known == widestOf.constEnd()) {
            QChar widest(zero);
            for (char16_t d = zero + 1; d <= zero + 9; ++d) {
                if (metrics.horizontalAdvance(QChar(d)) > metrics.horizontalAdvance(widest))
                    widest = QChar(d);
            }
            known = widestOf.insert(zero, widest);
        }
        c = known.value();
    }
    return out;
}

// The widest text `edit` can show in its display format and locale: every month, every weekday,
// morning and afternoon, each digit the widest one. (QDateTimeEdit measures only its minimum and
// maximum dates: "1 ene 2000" leaves "28 sept 2026 13:59" cut.)
// Measured once per font, locale and format: a window has dozens of date controls, and measuring
// 168 texts for each was most of the time it took to build the main window.
int widestTextWidth(const QDateTimeEdit* edit)
{
    const QFontMetrics metrics = edit->fontMetrics();
    const QLocale locale = edit->locale();
    const QString format = edit->displayFormat();
    static QHash<QString, int> measured;
    const QString key = edit->font().key() + QLatin1Char('\n') + locale.name() + QLatin1Char('\n') + format;
    if (const auto it = measured.constFind(key); it != measured.constEnd())
        return it.value();
    int widest = 0;
    QHash<char16_t, QChar> widestOf;
    QSet<QString> seen;
    for (int month = 1; month <= 12; ++month) {
        for (int day = 22; day <= 28; ++day) { // seven days: every weekday
            for (int hour : {11, 23}) {
                // Texts that differ only in their digits are the same text once widened: measured once.
                const QString text = widestDigits(locale.toString(QDateTime(QDate(2026, month, day), QTime(hour, 58)), format),
                                                  metrics, widestOf);
                if (!seen.contains(text)) {
                    seen.insert(text);
                    widest = std::max(widest, metrics.horizontalAdvance(text + QLatin1Char(' ')));
                }
            }
        }
    }
    measured.insert(key, widest);
    return widest;
}

// What QDateTimeEdit's size hint counts as its text: its minimum, maximum and special text.
int measuredTextWidth(const QDateTimeEdit* edit)
{
    const QFontMetrics metrics = edit->fontMetrics();
    const QLocale locale = edit->locale();
    const QString format = edit->displayFormat();
    int width = std::max(metrics.horizontalAdvance(locale.toString(edit->minimumDateTime(), format) + QLatin1Char(' ')),
                         metrics.horizontalAdvance(locale.toString(edit->maximumDateTime(), format) + QLatin1Char(' ')));
    if (!edit->specialValueText().isEmpty())
        width = std::max(width, metrics.horizontalAdvance(edit->specialValueText()));
    return width;
}

// Makes `edit` at least as wide as its widest text, with its frame and button around it.
void fitWidth(QDateTimeEdit* edit)
{
    edit->setMinimumWidth(0);
    const int chrome = edit->sizeHint().width() - measuredTextWidth(edit);
    edit->setMinimumWidth(std::max(widestTextWidth(edit), measuredTextWidth(edit)) + chrome);
}

// Fits a date control again when its font, style or locale changes (once the control has taken
// the change in: an event filter sees it first).
class WidthKeeper : public QObject {
public:
    explicit WidthKeeper(QDateTimeEdit* edit) : QObject(edit), m_edit(edit) { edit->installEventFilter(this); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_edit && !m_scheduled
            && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
                || event->type() == QEvent::LocaleChange)) {
            m_scheduled = true;
            QTimer::singleShot(0, this, [this] {
                m_scheduled = false;
                fitWidth(m_edit);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateTimeEdit* m_edit;
    bool m_scheduled = false;
};

void setFormat(QDateTimeEdit* edit, Edit kind)
{
    edit->setDisplayFormat(formatFor(kind));
    fitWidth(edit);
}

} // namespace

DateStyle chosen()
{
    return dateStyleFromName(QSettings().value(kKey).toString()).value_or(DateStyle::European);
}

void apply()
{
    setDateStyle(chosen());
}

void setChosen(DateStyle style)
{
    QSettings().setValue(kKey, dateStyleName(style));
    if (style == dateStyle())
        return;
    setDateStyle(style);
    // Item views format their times as they paint; date controls keep a display format.
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget* w : widgets) {
        if (auto* edit = qobject_cast<QDateTimeEdit*>(w)) {
            const QVariant kind = edit->property(kKindProperty);
            if (kind.isValid())
                setFormat(edit, Edit(kind.toInt()));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            view->viewport()->update();
        }
    }
}

void followDateStyle(QDateTimeEdit* edit, Edit kind)
{
    if (!edit->property(kKindProperty).isValid())
        new WidthKeeper(edit);
    edit->setProperty(kKindProperty, int(kind));
    setFormat(edit, kind);
}

} // namespace tandem::datestyle
