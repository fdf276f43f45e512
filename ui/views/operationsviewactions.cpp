// The actions of the operations list that change the file: New, Duplicate and Delete, each one
// undo step. (The view itself is in operationsview.cpp.)

#include "operationsview.h"

#include "commands/recordcommands.h"
#include "dialogs.h"
#include "document.h"
#include "domain/operations.h"
#include "operationeditor.h"
#include "store/store.h"

#include <QLabel>
#include <QSqlQuery>

namespace tandem {

QUuid OperationsView::newOperation()
{
    if (!m_document)
        return {};
    Result<QUuid> id = addRecord(*m_document, QStringLiteral("operation"),
                                 {{QStringLiteral("code_name"), tr("New operation")}, {QStringLiteral("status"), QStringLiteral("draft")}},
                                 tr("New operation"));
    if (!id) {
        m_count->setText(id.error().message);
        return {};
    }
    openOperation(*id);
    m_editor->focusCodeName();
    return *id;
}

QUuid OperationsView::duplicateCurrent()
{
    const QUuid original = currentOperation();
    if (!m_document || original.isNull())
        return {};
    Store& store = m_document->store();
    Result<Row> row = store.get(QStringLiteral("operation"), original);
    if (!row)
        return {};
    operations::DuplicateOptions options;
    options.startsAt = operations::nextStartLike(row->value(QStringLiteral("starts_at")).toDateTime(),
                                                 QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC));
    EditGroup group(*m_document, tr("Duplicate “%1”").arg(row->text(QStringLiteral("code_name"))));
    Result<QUuid> copy = operations::duplicate(store, original, options,
                                               [&](const QString& entity, const QVariantMap& values) {
                                                   return addRecord(*m_document, entity, values, QString(), group.command());
                                               });
    Result<void> committed = copy ? group.commit() : Result<void>(copy.error());
    if (!committed) {
        Dialogs::message(this, QMessageBox::Warning, tr("Duplicate Operation"), tr("The operation could not be duplicated."),
                         committed.error().text());
        return {};
    }
    openOperation(*copy);
    m_editor->focusCodeName();
    return *copy;
}

bool OperationsView::deleteCurrent()
{
    const QUuid id = currentOperation();
    if (!m_document || id.isNull())
        return false;
    Store& store = m_document->store();
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT o.code_name,"
                       " (SELECT count(*) FROM target WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM assignment WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM task WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM note WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM survivor WHERE operation = o.id AND deleted = 0)"
                       " FROM operation o WHERE o.id = ?"),
        {id.toRfc4122()});
    if (!q || !q->next())
        return false;
    const QString name = q->value(0).toString();
    // One said on its own (English needs no plural rules); every other count in the language's plurals.
    const auto n = [&q](int column) { return q->value(column).toInt(); };
    QString details = (n(1) == 1 ? tr("Its 1 target, ") : tr("Its %n targets, ", nullptr, n(1)))
                      + (n(2) == 1 ? tr("1 assignment, ") : tr("%n assignments, ", nullptr, n(2)))
                      + (n(3) == 1 ? tr("1 task ") : tr("%n tasks ", nullptr, n(3)))
                      + (n(4) == 1 ? tr("and 1 log note go with it. Undo (Ctrl+Z) brings them all back.")
                                   : tr("and %n log notes go with it. Undo (Ctrl+Z) brings them all back.", nullptr, n(4)));
    if (const int survivors = n(5); survivors > 0)
        details += QLatin1Char(' ') + (survivors == 1 ? tr("Its 1 survivor stays, with their checklist.")
                                                      : tr("Its %n survivors stay, with their checklists.", nullptr, survivors));
    q->finish();
    if (!Dialogs::question(this, tr("Delete Operation"), tr("Delete the operation “%1”?").arg(name), details, tr("Delete")))
        return false;
    Result<void> r = deleteRecord(*m_document, QStringLiteral("operation"), id, tr("Delete “%1”").arg(name));
    if (!r) {
        Dialogs::message(this, QMessageBox::Warning, tr("Delete Operation"), tr("The operation could not be deleted."),
                         r.error().text());
        return false;
    }
    return true;
}

} // namespace tandem
