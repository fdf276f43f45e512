// The actions of the operations list that change the file: New, Duplicate and Delete, each one
// undo step. (The view itself is in operationsview.cpp.)

#include "operations/operationsview.h"

#include "records/recordcommands.h"
#include "dialogs/confirmnamedialog.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "domain/operations.h"
#include "operations/operationeditor.h"
#include "query/operationdetail.h"
#include "store/store.h"

#include <QLabel>

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
    if (!m_document || id.isNull() || m_document->isReadOnly())
        return false;
    Store& store = m_document->store();
    Result<std::optional<query::OperationContents>> contents = query::operationContents(store, id);
    if (!contents || !*contents)
        return false;
    const query::OperationContents& c = **contents;
    const QString name = c.codeName;
    const QString status = c.status;
    // What goes with it, one line each; survivors and tips stay but lose their link to it.
    QStringList lost;
    const auto count = [&](qint64 n, const QString& line) {
        if (n > 0)
            lost << line.arg(n);
    };
    count(c.targets, tr("Targets: %L1"));
    count(c.assignments, tr("Agency assignments: %L1"));
    count(c.tasks, tr("Timeline tasks: %L1"));
    count(c.notes, tr("Log notes: %L1"));
    count(c.actionItems, tr("Follow-up action items: %L1"));
    count(c.feedback, tr("Agencies' feedback: %L1"));
    count(c.survivors,
          tr("Survivors recorded under it: %L1 (they stay, with their checklists, without the operation)"));
    count(c.tips, tr("Tips linked to it: %L1 (they stay, unlinked)"));
    // Beyond planning, the operation itself is work: its approval, briefing, what happened.
    const bool underWay = status != QLatin1String("draft") && status != QLatin1String("planned");
    const QString statusLabel =
        Registry::instance().entity(QStringLiteral("operation"))->field(QStringLiteral("status"))->valueLabel(status);

    if (lost.isEmpty() && !underWay) {
        // An empty draft: the light question.
        if (!Dialogs::question(this, tr("Delete Operation"), tr("Delete the operation “%1”?").arg(name),
                               tr("It holds nothing yet. Undo (Ctrl+Z) brings it back."), tr("Delete")))
            return false;
    } else {
        // Work would go: it is named, and the code name must be typed.
        ConfirmNameDialog confirm(tr("Delete Operation"),
                                  tr("Delete the operation “%1” (%2) and everything recorded in it?").arg(name, statusLabel),
                                  lost, tr("Undo (Ctrl+Z) brings it all back while this file stays open."), name,
                                  tr("Delete Operation"), this);
        if (Dialogs::exec(confirm) != QDialog::Accepted || !confirm.nameMatches())
            return false;
    }
    Result<void> r = deleteRecord(*m_document, QStringLiteral("operation"), id, tr("Delete “%1”").arg(name));
    if (!r) {
        Dialogs::message(this, QMessageBox::Warning, tr("Delete Operation"), tr("The operation could not be deleted."),
                         r.error().text());
        return false;
    }
    return true;
}

} // namespace tandem
