#include "operations/operationfilterbar.h"

#include "domain/search.h"
#include "store/registry.h"
#include "datestyle.h"
#include "widgets/limitedlineedit.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tandem {
namespace {

// The date edits show "Any" at their minimum: no bound.
const QDate kNoDate(2000, 1, 1);

const FieldDef& operationField(const char* name)
{
    return *Registry::instance().entity(QStringLiteral("operation"))->field(QString::fromLatin1(name));
}

QComboBox* enumBox(QWidget* parent, const FieldDef& field, const QString& any)
{
    auto* box = new QComboBox(parent);
    box->addItem(any);
    for (const EnumValue& v : field.values)
        box->addItem(field.valueLabel(QString::fromLatin1(v.token)), QString::fromLatin1(v.token));
    box->setAccessibleName(field.labelText());
    return box;
}

// The calendar of a date edit that shows "Any" at its minimum: it opens on the month of the date
// chosen, or on this month when none is (rather than on the minimum's January 2000).
class AnyDateCalendar : public QCalendarWidget {
public:
    using QCalendarWidget::QCalendarWidget;

protected:
    void showEvent(QShowEvent* event) override
    {
        if (selectedDate() <= kNoDate) {
            const QDate today = QDate::currentDate();
            setCurrentPage(today.year(), today.month());
        }
        QCalendarWidget::showEvent(event);
    }
};

QDateEdit* dateEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setCalendarWidget(new AnyDateCalendar(edit));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(OperationFilterBar::tr("Any"));
    edit->setDate(kNoDate);
    datestyle::followDateStyle(edit, datestyle::Edit::Date);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

OperationFilterBar::OperationFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(named<LimitedLineEdit>(QStringLiteral("operationSearch"), this))
    , m_status(enumBox(this, operationField("status"), tr("Any status")))
    , m_type(enumBox(this, operationField("trafficking_type"), tr("Any type")))
    , m_from(dateEdit(this, tr("Starts from")))
    , m_to(dateEdit(this, tr("Starts until")))
    , m_message(named<QLabel>(QStringLiteral("filterMessage"), this))
{
    setObjectName(QStringLiteral("operationFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to->setObjectName(QStringLiteral("toFilter"));

    m_search->setMaxLength(200);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search code names, targets, agencies, notes… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search operations"));
    m_search->installEventFilter(this);
    TextStyle::setTextColour(m_message, Colours::error());
    m_message->setWordWrap(true);
    m_message->hide();

    auto* from = new QLabel(tr("Fro&m:"), this);
    from->setBuddy(m_from);
    auto* to = new QLabel(tr("&to:"), this);
    to->setBuddy(m_to);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 3);
    row->addWidget(m_status, 1);
    row->addWidget(m_type, 1);
    row->addWidget(from);
    row->addWidget(m_from);
    row->addWidget(to);
    row->addWidget(m_to);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, this, &OperationFilterBar::update);
    connect(m_search, &LimitedLineEdit::refused, this, [this](qsizetype n) {
        m_message->setText(tr("A search takes at most %L1 characters (that would have been %L2).").arg(m_search->maxLength()).arg(n));
        m_message->show();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &OperationFilterBar::update);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OperationFilterBar::update);
    connect(m_from, &QDateEdit::dateChanged, this, &OperationFilterBar::update);
    connect(m_to, &QDateEdit::dateChanged, this, &OperationFilterBar::update);
}

void OperationFilterBar::clear()
{
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_type->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
}

void OperationFilterBar::update()
{
    OperationFilter f;
    f.text = m_search->text();
    f.status = m_status->currentData().toString();
    f.traffickingType = m_type->currentData().toString();
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    QStringList problems;
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        problems << tr("The range of dates ends before it starts: the list keeps the last range that made sense.");
    if (search::searchWords(f.text).truncated)
        problems << tr("Only the first %1 words are searched for.").arg(search::kMaxWords);
    m_message->setText(problems.join(QLatin1Char(' ')));
    m_message->setVisible(!problems.isEmpty());
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        return;
    if (f == m_filter)
        return;
    m_filter = f;
    Q_EMIT filterChanged(m_filter);
}

bool OperationFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tandem
