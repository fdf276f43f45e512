#pragma once

#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace tandem {

// The headers of a list model's columns, said once: headerData() of a model hands its column
// titles (translated, in column order) here.
//   numbers: the rows are numbered (the header of row r is r + 1, as Qt's default model has it)
//            rather than left without a header;
//   rightAligned: when given, every column header says its alignment, these columns (numbers)
//            at the right, the others at the left.
enum class RowHeaders { None, Numbers };
QVariant columnHeader(const QStringList& titles, int section, Qt::Orientation orientation, int role,
                      RowHeaders rows = RowHeaders::None, std::initializer_list<int> rightAligned = {});

} // namespace tandem
