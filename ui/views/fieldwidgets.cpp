#include "fieldwidgets.h"

#include "store/registry.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLocale>
#include <QSignalBlocker>

namespace tandem {

void fillChoices(QComboBox* combo, const FieldDef& field, const QString& emptyText)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!emptyText.isEmpty())
        combo->addItem(emptyText, QVariant());
    for (const EnumValue& v : field.values)
        combo->addItem(field.valueLabel(QString::fromLatin1(v.token)), QString::fromLatin1(v.token));
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const QSignalBlocker blocker(combo);
    int index = -1;
    for (int i = 0; i < combo->count(); ++i) {
        const QVariant data = combo->itemData(i);
        if ((value.isNull() && data.isNull()) || (!value.isNull() && data == value)) {
            index = i;
            break;
        }
    }
    combo->setCurrentIndex(index);
}

QVariant selectedData(const QComboBox* combo)
{
    return combo->currentIndex() < 0 ? QVariant() : combo->currentData();
}

void setUpDateTimeEdit(QDateTimeEdit* edit)
{
    edit->setTimeSpec(Qt::LocalTime);
    edit->setCalendarPopup(true);
    // The locale's short date and a 24-hour or 12-hour time as the locale writes it, to the minute.
    // Four-digit years: a rescue time or a consent date must not be read in the wrong century.
    const QLocale locale;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QStringLiteral("yyyy")))
        date.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    edit->setDisplayFormat(date + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace tandem
