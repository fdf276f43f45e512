#include "output.h"

#include "domain/duesteps.h"
#include "store/registry.h"
#include "store/row.h"
#include "store/store.h"
#include "store/value.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace tandem::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

int fail(const Error& error)
{
    // One line, whatever the message holds (SQLite's messages sometimes span lines).
    QString line = error.text();
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    out().flush();
    err() << "tandem-cli: " << line << Qt::endl;
    return ExitFailure;
}

QJsonObject recordJson(const Store& store, const Row& row)
{
    const EntityDef& e = *row.entity();
    QJsonObject object{{QStringLiteral("id"), value::idText(row.id)}};
    for (size_t i = 0; i < e.fields.size(); ++i)
        object.insert(e.fields[i].name, value::toJson(e.fields[i], row.values[i]));
    if (row.deleted)
        object.insert(QStringLiteral("deleted"), true);
    if (e.name == QLatin1String("office"))
        object.insert(QStringLiteral("self"), row.id == store.officeId());
    // Whether the step is still owed and its due time has passed, now (by the store's clock).
    if (e.name == QLatin1String("checklist_item")) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
        object.insert(QStringLiteral("overdue"),
                      !row.deleted && stepIsOverdue(row.text(QStringLiteral("state")),
                                                    row.value(QStringLiteral("due_at")).toDateTime(), now));
    }
    return object;
}

void printJson(const QJsonObject& object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void printFields(const std::vector<std::pair<QString, QString>>& fields)
{
    qsizetype width = 0;
    for (const auto& [name, text] : fields)
        width = std::max(width, name.size() + 1);
    const QString indent(width + 1, QLatin1Char(' '));
    for (const auto& [name, text] : fields) {
        QStringList lines = text.split(QLatin1Char('\n'));
        QString first = name + QLatin1Char(':');
        if (!lines.front().isEmpty())
            first = first.leftJustified(width) + QLatin1Char(' ') + lines.front();
        out() << first << '\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            out() << (lines[i].isEmpty() ? QString() : indent + lines[i]) << '\n';
    }
}

bool holdsIdentities(const EntityDef& e)
{
    return std::any_of(e.fields.begin(), e.fields.end(),
                       [](const FieldDef& f) { return f.sealed; });
}

} // namespace tandem::cli
