#include "tiplinking.h"

#include "commands/recordcommands.h"
#include "dialogs.h"
#include "document.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem {
namespace {

// The picker lists at most this many; more open operations or tips than this would need a search.
constexpr int kChoiceLimit = 500;

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::TipLinking)
};

} // namespace

std::optional<QUuid> chooseOperation(QWidget* parent, Document& document)
{
    Result<std::vector<Row>> rows =
        document.store().select(QStringLiteral("operation"),
                                QStringLiteral("deleted = 0 AND status NOT IN ('closed', 'cancelled')"), {},
                                QStringLiteral("starts_at DESC"), kChoiceLimit);
    if (!rows) {
        Dialogs::message(parent, QMessageBox::Warning, Texts::tr("Link to an operation"),
                         Texts::tr("The operations could not be read."), rows.error().message);
        return std::nullopt;
    }
    if (rows->empty()) {
        Dialogs::message(parent, QMessageBox::Information, Texts::tr("Link to an operation"),
                         Texts::tr("There is no open operation to link the tip to."),
                         Texts::tr("Plan the operation first (Operations, New), then link the tip from it or from here."));
        return std::nullopt;
    }
    const FieldDef& status = *Registry::instance().entity(QStringLiteral("operation"))->field(QStringLiteral("status"));
    QStringList items;
    for (const Row& r : *rows) {
        const QDateTime starts = r.value(QStringLiteral("starts_at")).toDateTime();
        items << QStringLiteral("%1 — %2%3")
                     .arg(r.text(QStringLiteral("code_name")), status.valueLabel(r.text(QStringLiteral("status"))),
                          starts.isValid() ? QStringLiteral(", ") + localTimeText(starts) : QString());
    }
    const std::optional<int> chosen =
        Dialogs::choice(parent, Texts::tr("Link to an operation"), Texts::tr("The operation this tip led to:"), items);
    if (!chosen || *chosen < 0 || *chosen >= int(rows->size()))
        return std::nullopt;
    return (*rows)[size_t(*chosen)].id;
}

std::optional<QUuid> chooseTip(QWidget* parent, Document& document)
{
    Result<std::vector<Row>> rows = document.store().select(
        QStringLiteral("tip"), QStringLiteral("deleted = 0 AND status IN ('new', 'assessed')"), {},
        QStringLiteral("received_at DESC"), kChoiceLimit);
    if (!rows) {
        Dialogs::message(parent, QMessageBox::Warning, Texts::tr("Link a tip"), Texts::tr("The tips could not be read."),
                         rows.error().message);
        return std::nullopt;
    }
    if (rows->empty()) {
        Dialogs::message(parent, QMessageBox::Information, Texts::tr("Link a tip"), Texts::tr("There is no open tip to link."),
                         Texts::tr("Only new and assessed tips can be linked; log a tip in the Tips view."));
        return std::nullopt;
    }
    const EntityDef& tip = *Registry::instance().entity(QStringLiteral("tip"));
    QStringList items;
    for (const Row& r : *rows) {
        const QString place = r.text(QStringLiteral("place"));
        items << QStringLiteral("%1 — %2, %3")
                     .arg(localTimeText(r.value(QStringLiteral("received_at")).toDateTime()),
                          tip.field(QStringLiteral("channel"))->valueLabel(r.text(QStringLiteral("channel"))),
                          place.isEmpty() ? Texts::tr("no place given") : place);
    }
    const std::optional<int> chosen = Dialogs::choice(parent, Texts::tr("Link a tip"), Texts::tr("The tip that led to this operation:"), items);
    if (!chosen || *chosen < 0 || *chosen >= int(rows->size()))
        return std::nullopt;
    return (*rows)[size_t(*chosen)].id;
}

Result<void> linkTip(Document& document, const QUuid& tip, const QUuid& operation)
{
    return editRecord(document, QStringLiteral("tip"), tip,
                      {{QStringLiteral("status"), QStringLiteral("linked")}, {QStringLiteral("operation"), operation}},
                      Texts::tr("Link tip to operation"));
}

Result<void> unlinkTip(Document& document, const QUuid& tip)
{
    return editRecord(document, QStringLiteral("tip"), tip,
                      {{QStringLiteral("status"), QStringLiteral("assessed")}, {QStringLiteral("operation"), QVariant()}},
                      Texts::tr("Unlink tip"));
}

} // namespace tandem
