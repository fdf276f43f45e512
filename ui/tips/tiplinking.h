#pragma once

#include "util/result.h"

#include <QUuid>

#include <optional>

class QWidget;

namespace tandem {

class Document;

// Linking a community tip to the operation it led to, from either side: the tip (pick the
// operation) or the operation (pick the tip). One undoable edit: the tip's status becomes
// "linked" and it names the operation.

// Asks for one of the operations that are not closed or cancelled, latest first, in a
// RecordPicker (search as you type over all of them, through the search index); nullopt when
// cancelled or there is none (then the person is told why).
std::optional<QUuid> chooseOperation(QWidget* parent, Document& document);
// Asks for one of the open tips (new or assessed), newest first, searched by place, channel and
// description; nullopt as above.
std::optional<QUuid> chooseTip(QWidget* parent, Document& document);
Result<void> linkTip(Document& document, const QUuid& tip, const QUuid& operation);
// The tip goes back to "assessed", without an operation.
Result<void> unlinkTip(Document& document, const QUuid& tip);

} // namespace tandem
