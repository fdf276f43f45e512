#pragma once

#include <QString>
#include <QVariant>

class QComboBox;
class QDateTimeEdit;

namespace tandem {

struct FieldDef;

// Small helpers for the forms of the survivor-assistance views.

// Fills `combo` with the tokens of an enum field (label shown, token as item data), after an
// entry for "no value" (data null) when `emptyText` is given.
void fillChoices(QComboBox* combo, const FieldDef& field, const QString& emptyText = {});
// Selects the item whose data is `value` (the "no value" item for a null one), without signals.
void selectData(QComboBox* combo, const QVariant& value);
// The data of the selected item (null for "no value").
QVariant selectedData(const QComboBox* combo);

// A date-time editor in local time, to the minute, with a calendar.
void setUpDateTimeEdit(QDateTimeEdit* edit);

} // namespace tandem
