#include "security/auditview.h"

#include "document.h"
#include "security/auditmodel.h"
#include "store/audit.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/listsetup.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace tandem {
namespace {

using namespace std::chrono_literals;

constexpr auto kSearchDelay = 250ms;
constexpr auto kPollInterval = 2s;

void setBannerColours(QFrame* banner, QLabel* text, const QColor& background, const QColor& foreground)
{
    TextStyle::setColours(banner, background, foreground);
    text->setPalette(banner->palette());
}

} // namespace

AuditView::AuditView(QWidget* parent)
    : ListDetailView(QT_TRANSLATE_NOOP("tandem::AuditView", "Audit Trail"), ":/icons/audit.svg", parent)
    , m_model(new AuditModel(this))
    , m_banner(named<QFrame>(QStringLiteral("auditBanner"), this))
    , m_bannerIcon(new QLabel(m_banner))
    , m_bannerText(named<QLabel>(QStringLiteral("auditBannerText"), m_banner))
    , m_action(named<QComboBox>(QStringLiteral("auditActionFilter"), this))
    , m_person(named<QComboBox>(QStringLiteral("auditPersonFilter"), this))
    , m_search(named<QLineEdit>(QStringLiteral("auditSearch"), this))
    , m_count(named<QLabel>(QStringLiteral("auditCount"), this))
    , m_empty(named<QLabel>(QStringLiteral("auditEmpty"), this))
    , m_table(named<QTableView>(QStringLiteral("auditTable"), this))
    , m_searchDelay(new QTimer(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("auditView"));

    m_banner->setAutoFillBackground(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_bannerIcon->setAlignment(Qt::AlignTop);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->setSpacing(10);
    bannerLayout->addWidget(m_bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);

    auto* heading = TextStyle::heading(title(), this);

    m_action->setAccessibleName(tr("Show entries of the action"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_person->setAccessibleName(tr("Show entries of the person"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setAccessibleName(tr("Search the audit trail"));
    m_search->setPlaceholderText(tr("Search who, subject, details…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    TextStyle::setCaption(m_count);
    auto* bar = new QHBoxLayout;
    bar->addWidget(heading);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_action);
    bar->addWidget(m_person);
    bar->addWidget(m_search);

    m_table->setAccessibleName(tr("Audit trail, newest first"));
    m_table->setModel(m_model);
    ListSetup::setUpTable(m_table, ListSetup::FixedRows | ListSetup::QuietHeader | ListSetup::StretchLast);
    // One list, no splitter: only its columns are kept.
    setList(m_table, nullptr, Kept::Columns);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    TextStyle::setCaption(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelay);
    m_poll->setInterval(kPollInterval);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AuditView::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditView::applyFilter);
    connect(m_person, &QComboBox::activated, this, &AuditView::applyFilter);
    connect(m_poll, &QTimer::timeout, this, &AuditView::pollForNewEntries);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditView::updateCount);
    connect(m_model, &AuditModel::readFailed, m_count, &QLabel::setText);
    connect(m_bannerText, &QLabel::linkActivated, this, [this] { selectEntry(m_brokenSeq); });
    refresh();
}

void AuditView::setDocument(Document* document)
{
    m_document = document;
    m_model->setStore(document ? &document->store() : nullptr);
    checkChain();
    fillActions();
    fillPeople();
    m_model->setBrokenSeq(m_brokenSeq);
}

void AuditView::refresh()
{
    checkChain();
    fillActions();
    fillPeople();
    m_model->reload();
    m_model->setBrokenSeq(m_brokenSeq);
}

void AuditView::checkChain()
{
    m_brokenSeq = 0;
    const Store* store = m_document ? &m_document->store() : nullptr;
    m_banner->setVisible(store != nullptr);
    if (!store)
        return;
    const QColor red = Colours::error();
    // Without the office keys: the hashes, that every entry since the chain was keyed has its
    // mark, and that the chain's key stands right after the last entry (a cut end shows).
    Result<std::vector<AuditProblem>> problems = verifyAuditChain(*store);
    if (!problems) {
        m_bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
        m_bannerText->setText(tr("The audit trail could not be checked: %1").arg(problems.error().message.toHtmlEscaped()));
        setBannerColours(m_banner, m_bannerText, Colours::warningBackground(), red);
        return;
    }
    if (problems->empty()) {
        const Result<qint64> count = countAudit(*store);
        m_bannerIcon->setPixmap(QIcon(QStringLiteral(":/icons/audit.svg")).pixmap(24, 24));
        m_bannerText->setText(
            count && *count > 0
                ? tr("<b>The audit trail is whole.</b> Each of its %L1 entries carries the hash of "
                     "the one before it, and all of them check out: none has been changed or "
                     "taken out.")
                      .arg(*count)
                : tr("<b>No entries yet.</b> Exports, merges, restores and every unlock of the "
                     "office keys are written here, each chained to the one before it."));
        setBannerColours(m_banner, m_bannerText, Colours::okBackground(), Colours::okText());
        return;
    }
    m_brokenSeq = problems->front().seq;
    if (m_brokenSeq <= 0) {
        m_bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
        m_bannerText->setText(tr("<b>The audit trail has been tampered with:</b> %1")
                                  .arg(problems->front().what.toHtmlEscaped()));
        setBannerColours(m_banner, m_bannerText, Colours::warningBackground(), red);
        return;
    }
    QString entry = tr("entry %L1").arg(m_brokenSeq);
    Result<std::vector<AuditEntry>> found = readAuditPage(*store, {}, m_brokenSeq + 1, 1);
    if (found && !found->empty() && found->front().seq == m_brokenSeq) {
        const AuditEntry& e = found->front();
        entry = tr("entry %L1 (%2, %3, by %4)")
                    .arg(m_brokenSeq)
                    .arg(AuditModel::actionLabel(e.action),
                         localTimeText(e.at), e.actor);
    }
    m_bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
    m_bannerText->setText(
        tr("<b>The audit trail has been tampered with.</b> At %1: %2. Entries from there on "
           "cannot be trusted. <a href=\"#broken\">Show the entry</a>")
            .arg(entry.toHtmlEscaped(), problems->front().what.toHtmlEscaped()));
    setBannerColours(m_banner, m_bannerText, Colours::warningBackground(), red);
}

// Refills one filter's choices: "all" first, then `values` with their labels. The choice made
// before stays when still offered; when it is gone (another file), the list follows what is shown.
void AuditView::fillChoices(QComboBox* combo, const QString& all, const Result<QStringList>& values,
                            QString (*label)(const QString&))
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(all, QString());
    if (values) {
        for (const QString& v : std::as_const(*values))
            combo->addItem(label(v), v);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(std::max(index, 0));
    if (index < 0 && !current.isEmpty())
        m_model->setFilter(currentFilter());
}

void AuditView::fillActions()
{
    fillChoices(m_action, tr("All actions"),
                m_document ? auditActions(m_document->store()) : Result<QStringList>(QStringList()),
                &AuditModel::actionLabel);
}

void AuditView::fillPeople()
{
    fillChoices(m_person, tr("Everyone"),
                m_document ? auditActors(m_document->store()) : Result<QStringList>(QStringList()),
                [](const QString& name) { return name; });
}

AuditFilter AuditView::currentFilter() const
{
    return {m_action->currentData().toString(), m_search->text(), m_person->currentData().toString()};
}

void AuditView::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
    m_model->setBrokenSeq(m_brokenSeq);
}

void AuditView::updateCount()
{
    const qint64 total = m_model->totalCount();
    const bool filtered = !m_model->filter().action.isEmpty() || !m_model->filter().actor.isEmpty()
                          || !m_model->filter().text.trimmed().isEmpty();
    m_count->setText(total == 1 ? tr("1 entry") : tr("%Ln entries", nullptr, int(total)));
    m_empty->setText(filtered ? tr("No entry matches the filter.") : tr("The audit trail is empty."));
    m_empty->setVisible(total == 0 && m_document);
    m_table->setVisible(total > 0 || !m_document);
}

bool AuditView::selectEntry(qint64 seq)
{
    const int row = seq > 0 ? m_model->fetchUntil(seq) : -1;
    if (row < 0)
        return false;
    setCurrentRow(m_model->index(row, 0));
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void AuditView::pollForNewEntries()
{
    if (!m_document)
        return;
    const Result<qint64> last = lastAuditSeq(m_document->store());
    if (last && *last != m_model->lastSeq())
        refresh();
}

void AuditView::showEvent(QShowEvent* event)
{
    ListDetailView::showEvent(event);
    refresh();
    m_poll->start();
    if (!firstLayout() || columnsRestored())
        return;
    // The first time the view has its size: time, action and who as wide as they need, subject
    // and details share the rest.
    const int available = m_table->viewport()->width();
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // The time as wide as the longest it can be in this locale (a two-digit day, December).
    const QString longest = localTimeText(QDateTime(QDate(2026, 12, 28), QTime(23, 59)));
    m_table->setColumnWidth(AuditModel::Time, m_table->fontMetrics().horizontalAdvance(longest) + em * 2);
    m_table->setColumnWidth(AuditModel::Action, em * 9);
    m_table->setColumnWidth(AuditModel::Actor, em * 7);
    m_table->setColumnWidth(AuditModel::Subject, std::max(em * 10, (available - em * 26) * 2 / 5));
}

void AuditView::hideEvent(QHideEvent* event)
{
    ListDetailView::hideEvent(event);
    m_poll->stop();
}

} // namespace tandem
