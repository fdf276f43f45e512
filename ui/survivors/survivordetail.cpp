#include "survivors/survivordetail.h"

#include "attachments/attachmentspanel.h"
#include "records/followstore.h"
#include "survivors/checklistpanel.h"
#include "survivors/survivorcommands.h"
#include "survivors/consentpanel.h"
#include "document.h"
#include "errors.h"
#include "forms/fieldwidgets.h"
#include "survivors/identitypanel.h"
#include "query/survivordetail.h"
#include "store/registry.h"
#include "store/store.h"
#include "survivors/survivorfields.h"
#include "timetext.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tandem {
namespace {

enum Tab { ChecklistTab, DetailsTab, ConsentTab, IdentityTab };

QString label(const char* field, const QString& token)
{
    return Registry::instance().entity(QStringLiteral("survivor"))->field(QString::fromLatin1(field))->valueLabel(token);
}

} // namespace

SurvivorDetail::SurvivorDetail(DueWatcher* watcher, QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_message(named<QLabel>(QStringLiteral("survivorMessage"), this))
    , m_title(named<QLabel>(QStringLiteral("survivorTitle"), this))
    , m_summary(named<QLabel>(QStringLiteral("survivorSummary"), this))
    , m_t0State(named<QLabel>(QStringLiteral("rescueTimeState"), this))
    , m_t0Edit(named<QDateTimeEdit>(QStringLiteral("rescueTimeEdit"), this))
    , m_setT0(named<QPushButton>(QStringLiteral("setRescueTime"), tr("Set T0"), this))
    , m_t0Notice(named<QLabel>(QStringLiteral("rescueTimeNotice"), this))
    , m_tabs(named<QTabWidget>(QStringLiteral("survivorTabs"), this))
    , m_checklist(new ChecklistPanel(watcher, this))
    , m_fields(new SurvivorFields(this))
    , m_consents(new ConsentPanel(this))
    , m_identity(new IdentityPanel(this))
{
    setObjectName(QStringLiteral("survivorDetail"));

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    TextStyle::setCaption(m_message);
    m_message->setMargin(24);
    m_title->setFont(TextStyle::scaled(m_title->font(), 1.5));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    TextStyle::setCaption(m_summary);
    setUpDateTimeEdit(m_t0Edit);
    m_setT0->setToolTip(tr("Record when the survivor was recovered. The first time, this makes their "
                           "checklist; later, it moves the open steps' due times with it."));
    m_t0Notice->setWordWrap(true);
    m_t0Notice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* t0Row = new QHBoxLayout;
    t0Row->setContentsMargins(0, 0, 0, 0);
    auto* t0Label = new QLabel(tr("Rescue time (T0):"), this);
    t0Label->setBuddy(m_t0Edit);
    t0Row->addWidget(t0Label);
    t0Row->addWidget(m_t0Edit);
    t0Row->addWidget(m_setT0);
    t0Row->addWidget(m_t0State, 1);

    m_tabs->addTab(m_checklist, QIcon(QStringLiteral(":/icons/today.svg")), tr("Checklist"));
    m_tabs->addTab(m_fields, tr("Details"));
    m_tabs->addTab(m_consents, tr("Consents"));
    m_tabs->addTab(m_identity, QIcon(QStringLiteral(":/icons/identity.svg")), tr("Identity (protected)"));
    // A survivor's files (issue 21): identifying details, sealed to the identity key.
    m_files = new AttachmentsPanel(QStringLiteral("survivor"), this);
    m_tabs->addTab(m_files, tr("Files (protected)"));
    m_tabs->setTabToolTip(IdentityTab, tr("Identifying details: hidden until you ask to see them"));

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(t0Row);
    layout->addWidget(m_t0Notice);
    layout->addWidget(m_tabs, 1);

    m_pages->addWidget(m_message);
    m_pages->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_setT0, &QPushButton::clicked, this, &SurvivorDetail::applyRescueTime);
    connect(m_fields, &SurvivorFields::stepsAdded, this, [this](int count) {
        m_t0Notice->setText(count == 1 ? tr("A step that now applies was added to the checklist, due from T0.")
                                       : tr("%L1 steps that now apply were added to the checklist, each due from T0.")
                                             .arg(count));
        m_t0Notice->show();
    });
    connect(m_checklist, &ChecklistPanel::summaryChanged, this, &SurvivorDetail::updateTabTitles);
    connect(m_consents, &ConsentPanel::summaryChanged, this, &SurvivorDetail::updateTabTitles);
    showSurvivor({});
}

void SurvivorDetail::setDocument(Document* document)
{
    followStore(m_document, document, this, &SurvivorDetail::storeChanged);
    m_checklist->setDocument(document);
    m_fields->setDocument(document);
    m_consents->setDocument(document);
    m_identity->setDocument(document);
    m_files->setDocument(document);
    m_id = QUuid();
    refresh();
}

void SurvivorDetail::showSurvivor(const QUuid& id)
{
    if (id == m_id && !id.isNull())
        return;
    m_id = id;
    m_t0Notice->clear();
    m_t0Notice->hide();
    m_checklist->showSurvivor(id);
    m_fields->showSurvivor(id);
    m_consents->showSurvivor(id);
    m_identity->showSurvivor(id);
    m_files->setOwner(id);
    refresh();
}

bool SurvivorDetail::commitPending()
{
    return m_checklist->commitPending();
}

void SurvivorDetail::focusRescueTime()
{
    m_t0Edit->setFocus(Qt::OtherFocusReason);
}

QString SurvivorDetail::notice() const
{
    return m_t0Notice->text();
}

void SurvivorDetail::storeChanged(const QString& entity)
{
    if (!m_id.isNull() && (entity == QLatin1String("survivor") || entity == QLatin1String("operation")))
        refresh();
}

void SurvivorDetail::refresh()
{
    m_t0 = QDateTime();
    if (!m_document || m_id.isNull()) {
        m_message->setText(tr("Select a survivor to see their checklist, what they consented to share and "
                              "the steps still owed to them."));
        m_pages->setCurrentIndex(0);
        return;
    }
    // The pseudonymous record only: identifying details stay in the identity panel.
    Result<std::optional<query::SurvivorHeader>> header = query::survivorHeader(m_document->store(), m_id);
    if (!header || !*header) {
        m_message->setText(header ? tr("This survivor's record has been deleted.")
                                  : tr("This survivor could not be read: %1").arg(header.error().message));
        m_pages->setCurrentIndex(0);
        return;
    }
    const query::SurvivorHeader& h = **header;
    m_title->setText(h.code);
    QStringList summary;
    if (h.operation)
        summary << *h.operation;
    summary << label("age_band", h.ageBand);
    if (h.minor)
        summary << tr("minor");
    summary << label("gender", h.gender);
    if (!h.nationality.isEmpty())
        summary << h.nationality;
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    const bool set = h.t0.isValid();
    const QDateTime t0 = h.t0;
    m_t0 = t0;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_document->store().wallClock(), Qt::UTC);
    m_t0Edit->setDateTime((set ? t0 : now).toLocalTime());
    m_t0State->setText(set ? tr("%1 ago").arg(durationText(t0.secsTo(now)))
                           : tr("Not set yet: setting it makes the checklist."));
    m_t0State->setForegroundRole(set ? QPalette::PlaceholderText : QPalette::WindowText);
    m_setT0->setText(set ? tr("Change T0") : tr("Set T0"));
    updateTabTitles();
    m_pages->setCurrentIndex(1);
}

void SurvivorDetail::updateTabTitles()
{
    const int overdue = m_checklist->overdueCount();
    m_tabs->setTabText(ChecklistTab, overdue > 0 ? tr("Checklist (%1 overdue)").arg(overdue) : tr("Checklist"));
    const int consents = m_consents->activeCount();
    m_tabs->setTabText(ConsentTab, consents > 0 ? tr("Consents (%1 in force)").arg(consents) : tr("Consents"));
}

void SurvivorDetail::applyRescueTime()
{
    if (!m_document || m_id.isNull())
        return;
    // The editor shows minutes: a T0 recorded with seconds that the user did not change stays as
    // it is, and a new one is taken to the minute.
    const qint64 minute = m_t0Edit->dateTime().toSecsSinceEpoch() / 60;
    const QDateTime t0 = m_t0.isValid() && m_t0.toSecsSinceEpoch() / 60 == minute
                             ? m_t0
                             : QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC);
    Result<RescueTimeChange> change = setRescueTime(*m_document, m_id, t0);
    if (!change) {
        showError(this, tr("The rescue time could not be set."), change.error());
        return;
    }
    QString notice;
    if (!change->previous.isValid() || change->itemsMade > 0) {
        notice = change->noProtocol
                     ? tr("Rescue time set. No protocol is in force, so no checklist was made: make a "
                          "protocol active or import one in Protocols, then set T0 again.")
                     : tr("Rescue time set. The checklist was made: %L1 steps from the protocols in force, "
                          "each due from T0.")
                           .arg(change->itemsMade);
    } else if (change->shiftSeconds != 0) {
        const QString by = durationText(change->shiftSeconds);
        const bool later = change->shiftSeconds > 0;
        if (change->itemsMoved == 0)
            notice = later ? tr("Rescue time moved %1 later. No open step had a due time to move.").arg(by)
                           : tr("Rescue time moved %1 earlier. No open step had a due time to move.").arg(by);
        else if (change->itemsMoved == 1)
            notice = later ? tr("Rescue time moved %1 later: the open step is now due %1 later.").arg(by)
                           : tr("Rescue time moved %1 earlier: the open step is now due %1 earlier.").arg(by);
        else
            notice = later ? tr("Rescue time moved %1 later: %L2 open steps are now due %1 later.").arg(by).arg(change->itemsMoved)
                           : tr("Rescue time moved %1 earlier: %L2 open steps are now due %1 earlier.")
                                 .arg(by)
                                 .arg(change->itemsMoved);
    }
    m_t0Notice->setText(notice);
    m_t0Notice->setVisible(!notice.isEmpty());
}

} // namespace tandem
