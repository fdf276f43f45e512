#include "datestyle.h"

#include "timetext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTimeEdit>
#include <QSettings>

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
                edit->setDisplayFormat(formatFor(Edit(kind.toInt())));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            view->viewport()->update();
        }
    }
}

void followDateStyle(QDateTimeEdit* edit, Edit kind)
{
    edit->setProperty(kKindProperty, int(kind));
    edit->setDisplayFormat(formatFor(kind));
}

} // namespace tandem::datestyle
