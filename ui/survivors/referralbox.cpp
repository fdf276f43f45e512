#include "survivors/referralbox.h"

#include "records/followstore.h"
#include "survivors/survivorcommands.h"
#include "dialogs/prompts.h"
#include "records/recordpicker.h"
#include "survivors/referralanswerdialog.h"
#include "document.h"
#include "errors.h"
#include "records/pickersources.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/named.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace tandem {
namespace {

// The filters of the service picker, over `source`'s filter: what the survivor needs is ticked.
QWidget* filterBar(RecordPicker& picker, ServiceSource& source, const ServiceFilter& needs)
{
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* minors = new QCheckBox(ReferralBox::tr("Accepts &minors"), bar);
    minors->setObjectName(QStringLiteral("serviceMinors"));
    minors->setToolTip(ReferralBox::tr("Only services that take minors"));
    minors->setChecked(needs.acceptsMinors);
    auto* language = new QCheckBox(bar);
    language->setObjectName(QStringLiteral("serviceLanguage"));
    if (needs.languages.isEmpty()) {
        language->setText(ReferralBox::tr("Speaks the survivor's &language"));
        language->setToolTip(ReferralBox::tr("No language is recorded for this survivor"));
        language->setEnabled(false);
    } else {
        language->setText(ReferralBox::tr("Speaks %1").arg(needs.languages.join(QStringLiteral(", "))));
        language->setToolTip(ReferralBox::tr("Only services that speak one of the survivor's languages"));
        language->setChecked(true);
    }
    auto* places = new QCheckBox(ReferralBox::tr("Has &capacity"), bar);
    places->setObjectName(QStringLiteral("servicePlaces"));
    places->setToolTip(ReferralBox::tr("Leaves out the services whose capacity is recorded as 0"));
    places->setChecked(true);
    layout->addWidget(minors);
    layout->addWidget(language);
    layout->addWidget(places);
    layout->addStretch(1);
    auto apply = [&picker, &source, needs, minors, language, places] {
        source.filter().acceptsMinors = minors->isChecked();
        source.filter().languages = language->isChecked() ? needs.languages : QStringList();
        source.filter().withPlaces = places->isChecked();
        picker.refresh();
    };
    for (QCheckBox* box : {minors, language, places})
        QObject::connect(box, &QCheckBox::toggled, bar, apply);
    source.filter().acceptsMinors = minors->isChecked();
    source.filter().languages = language->isChecked() ? needs.languages : QStringList();
    source.filter().withPlaces = places->isChecked();
    return bar;
}

} // namespace

ReferralBox::ReferralBox(QWidget* parent)
    : QWidget(parent)
    , m_summary(named<QLabel>(QStringLiteral("referralSummary"), this))
    , m_refer(named<QPushButton>(QStringLiteral("referButton"), tr("Refer…"), this))
    , m_answer(named<QPushButton>(QStringLiteral("referralAnswerButton"), tr("Answer…"), this))
    , m_remove(named<QToolButton>(QStringLiteral("referralRemove"), this))
{
    setObjectName(QStringLiteral("referralBox"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refer->setToolTip(tr("Refer the survivor to a service of the directory, chosen by capacity, languages and "
                           "whether it takes minors"));
    m_answer->setToolTip(tr("Record the service's answer (accepted, or refused and why) and the outcome"));
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Remove the referral"));
    m_remove->setAccessibleName(tr("Remove the referral"));
    m_remove->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_refer);
    layout->addWidget(m_answer);
    layout->addWidget(m_remove);

    connect(m_refer, &QPushButton::clicked, this, &ReferralBox::chooseService);
    connect(m_answer, &QPushButton::clicked, this, &ReferralBox::recordAnswer);
    connect(m_remove, &QToolButton::clicked, this, &ReferralBox::removeReferral);
    refresh();
}

void ReferralBox::setDocument(Document* document)
{
    m_item = QUuid();
    followStore(m_document, document, this, [this](const QString& entity) {
        if (entity == QLatin1String("checklist_item") || entity == QLatin1String("service"))
            refresh();
    });
    refresh();
}

void ReferralBox::setItem(const QUuid& item)
{
    m_item = item;
    refresh();
}

void ReferralBox::refresh()
{
    Result<Row> row = m_document && !m_item.isNull() ? m_document->store().get(QStringLiteral("checklist_item"), m_item)
                                                       : Result<Row>(makeError(QString()));
    const bool any = row && !row->deleted;
    const QUuid service = any ? row->value(QStringLiteral("service")).toUuid() : QUuid();
    m_refer->setEnabled(any);
    m_answer->setEnabled(!service.isNull());
    m_remove->setEnabled(!service.isNull());
    if (!any) {
        m_summary->clear();
        return;
    }
    if (service.isNull()) {
        m_summary->setText(tr("Not referred"));
        return;
    }
    Result<Row> s = m_document->store().get(QStringLiteral("service"), service);
    const QString name = s && !s->deleted ? s->text(QStringLiteral("name")) : tr("(deleted service)");
    const QString answer = row->text(QStringLiteral("referral_answer"));
    const QString at = localTimeText(row->value(QStringLiteral("referral_answered_at")).toDateTime());
    QStringList lines;
    if (answer == QLatin1String("accepted"))
        lines << tr("%1 — accepted %2").arg(name, at);
    else if (answer == QLatin1String("refused"))
        lines << tr("%1 — refused %2: %3").arg(name, at, row->text(QStringLiteral("referral_reason")));
    else
        lines << tr("%1 — awaiting an answer").arg(name);
    if (!row->text(QStringLiteral("referral_outcome")).isEmpty())
        lines << tr("Outcome: %1").arg(row->text(QStringLiteral("referral_outcome")));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

bool ReferralBox::chooseService()
{
    if (!m_document || m_item.isNull())
        return false;
    Result<ServiceFilter> needs = referralFilter(m_document->store(), m_item);
    auto source = std::make_unique<ServiceSource>(m_document->store());
    ServiceSource& services = *source;
    Result<qint64> all = services.countAll();
    if (!needs || !all) {
        showError(this, tr("The services could not be read."), needs ? all.error() : needs.error());
        return false;
    }
    if (*all == 0) {
        Dialogs::message(this, QMessageBox::Information, tr("Refer to a service"),
                         tr("The directory has no services yet."),
                         tr("Add the shelters, legal aid, counselling and other services in the Directory view first."));
        return false;
    }
    RecordPicker::Texts texts;
    texts.title = tr("Refer to a service");
    texts.label = tr("&Service to refer the survivor to:");
    texts.placeholder = tr("Search names, kinds, notes…");
    texts.searchName = tr("Search services");
    texts.listName = tr("Services, by name, with capacity, languages and whether they take minors");
    texts.choose = tr("&Refer");
    RecordPicker picker(std::move(source), *all, texts, this);
    picker.setObjectName(QStringLiteral("servicePicker"));
    picker.setFilterBar(filterBar(picker, services, *needs));
    picker.refresh();
    picker.resize(760, 480);
    if (Dialogs::exec(picker) != QDialog::Accepted || picker.chosen().isNull())
        return false;
    Result<void> r = referStep(*m_document, m_item, picker.chosen());
    if (!r)
        showError(this, tr("The referral could not be recorded."), r.error());
    return r.ok();
}

bool ReferralBox::recordAnswer()
{
    if (!m_document || m_item.isNull())
        return false;
    Result<Row> row = m_document->store().get(QStringLiteral("checklist_item"), m_item);
    if (!row || row->isNull(QStringLiteral("service")))
        return false;
    Result<Row> service = m_document->store().get(QStringLiteral("service"), row->value(QStringLiteral("service")).toUuid());
    const QString answer = row->text(QStringLiteral("referral_answer"));
    const QString reason = row->text(QStringLiteral("referral_reason"));
    ReferralAnswerDialog dialog(service ? service->text(QStringLiteral("name")) : tr("(deleted service)"), answer, reason,
                                row->text(QStringLiteral("referral_outcome")), this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    ReferralAnswer given = dialog.answer();
    // The same answer again keeps the time it was recorded at; only the outcome changes then.
    if (given.answer == answer && given.reason.trimmed() == reason)
        given = ReferralAnswer{std::nullopt, QString(), QDateTime(), given.outcome};
    Result<void> r = recordReferralAnswer(*m_document, m_item, given);
    if (!r)
        showError(this, tr("The answer could not be recorded."), r.error());
    return r.ok();
}

bool ReferralBox::removeReferral()
{
    if (!m_document || m_item.isNull())
        return false;
    Result<void> r = referStep(*m_document, m_item, QUuid());
    if (!r)
        showError(this, tr("The referral could not be removed."), r.error());
    return r.ok();
}

} // namespace tandem
