#include "forms/fieldwidgets.h"

#include "store/registry.h"
#include "datestyle.h"

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
    // In the date style of Edit ▸ Preferences, to the minute, four-digit years.
    datestyle::followDateStyle(edit, datestyle::Edit::DateTime);
}

} // namespace tandem
