#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// One protocol version of the protocols list, with how many live steps it has and how many live
// survivors have a live checklist step of it.
struct ProtocolListRow {
    QUuid id;
    QUuid family;
    QString name;
    int version = 0;
    QString status; // token
    QString jurisdiction;
    QDateTime nextReview; // UTC, invalid when not set
    int steps = 0;
    int survivors = 0;
};

// Every live protocol version (a few dozen at most, so all are read), by name (case aside), then
// family, newest version first.
Result<std::vector<ProtocolListRow>> readProtocolList(const Store& store);

} // namespace tandem
