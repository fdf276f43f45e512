#pragma once

// What the seats (seats.cpp) and their invitation file (invitation.cpp) share: how ids and keys
// are written in their JSON, and who may invite or remove a machine. Internal to core/sync.

#include "domain/people.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace tandem {

class Store;

namespace seatfile {

QString b64(const QByteArray& bytes);
QByteArray unb64(const QJsonValue& v);
QString siteText(const QByteArray& site);
QByteArray siteBytes(const QJsonValue& v);
// The acting person, when a lead; otherwise why not ("only a lead <what>").
Result<Person> actingLead(const Store& store, const QString& what);

} // namespace seatfile
} // namespace tandem
