#include "tips/tiplinking.h"

#include "records/recordcommands.h"
#include "dialogs/prompts.h"
#include "records/recordpicker.h"
#include "document.h"
#include "records/pickersources.h"

#include <QCoreApplication>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::TipLinking)
};

// Runs the picker over `source` unless it has nothing on offer (then `none` says so, with
// `noneDetails`) or cannot be read.
std::optional<QUuid> pick(QWidget* parent, std::unique_ptr<PickerSource> source, const RecordPicker::Texts& texts,
                          const QString& readError, const QString& none, const QString& noneDetails)
{
    Result<qint64> all = source->countAll();
    if (!all) {
        Dialogs::message(parent, QMessageBox::Warning, texts.title, readError, all.error().message);
        return std::nullopt;
    }
    if (*all == 0) {
        Dialogs::message(parent, QMessageBox::Information, texts.title, none, noneDetails);
        return std::nullopt;
    }
    RecordPicker picker(std::move(source), *all, texts, parent);
    if (Dialogs::exec(picker) != QDialog::Accepted || picker.chosen().isNull())
        return std::nullopt;
    return picker.chosen();
}

} // namespace

std::optional<QUuid> chooseOperation(QWidget* parent, Document& document)
{
    RecordPicker::Texts texts;
    texts.title = Texts::tr("Link to an operation");
    texts.label = Texts::tr("The operation this tip led to:");
    texts.placeholder = Texts::tr("Search code names, targets, agencies, notes…");
    texts.searchName = Texts::tr("Search open operations");
    texts.listName = Texts::tr("Open operations, latest first");
    texts.choose = Texts::tr("&Link");
    return pick(parent, std::make_unique<OpenOperationSource>(document.store()), texts,
                Texts::tr("The operations could not be read."), Texts::tr("There is no open operation to link the tip to."),
                Texts::tr("Plan the operation first (Operations, New), then link the tip from it or from here."));
}

std::optional<QUuid> chooseTip(QWidget* parent, Document& document)
{
    RecordPicker::Texts texts;
    texts.title = Texts::tr("Link a tip");
    texts.label = Texts::tr("The tip that led to this operation:");
    texts.placeholder = Texts::tr("Search places, channels, descriptions…");
    texts.searchName = Texts::tr("Search open tips");
    texts.listName = Texts::tr("Open tips, latest first");
    texts.choose = Texts::tr("&Link");
    return pick(parent, std::make_unique<OpenTipSource>(document.store()), texts, Texts::tr("The tips could not be read."),
                Texts::tr("There is no open tip to link."),
                Texts::tr("Only new and assessed tips can be linked; log a tip in the Tips view."));
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
