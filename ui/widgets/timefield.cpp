#include "timefield.h"

#include "datestyle.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace tandem {
namespace {

QDateTime wholeMinute(const QDateTime& t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
}

} // namespace

TimeField::TimeField(QWidget* parent)
    : QWidget(parent)
    , m_edit(named<QDateTimeEdit>(QStringLiteral("timeEdit"), this))
    , m_notSet(new QLabel(tr("Not set"), this))
    , m_set(named<QToolButton>(QStringLiteral("timeSet"), this))
    , m_clear(named<QToolButton>(QStringLiteral("timeClear"), this))
{
    m_edit->setCalendarPopup(true);
    // The weekday, then the date and time in the date style of Edit ▸ Preferences.
    datestyle::followDateStyle(m_edit, datestyle::Edit::WeekdayDateTime);
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setKeyboardTracking(false);
    TextStyle::setCaption(m_notSet);
    m_set->setText(tr("Set"));
    m_set->setToolTip(tr("Set a time"));
    m_clear->setText(QStringLiteral("✕"));
    m_clear->setToolTip(tr("Clear the time"));
    m_clear->setAutoRaise(true);
    m_suggestion = [] {
        const QDateTime now = QDateTime::currentDateTime();
        return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600).toUTC();
    };

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_notSet, 1);
    layout->addWidget(m_set);
    layout->addWidget(m_clear);
    setFocusProxy(m_edit);

    connect(m_set, &QToolButton::clicked, this, [this] {
        setValue(m_suggestion());
        m_edit->setFocus(Qt::OtherFocusReason);
        m_lastEmitted = value();
        Q_EMIT edited();
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setValue({});
        m_set->setFocus(Qt::OtherFocusReason);
        m_lastEmitted = {};
        Q_EMIT edited();
    });
    connect(m_edit, &QDateTimeEdit::editingFinished, this, [this] {
        if (m_edit->isHidden() || value() == m_lastEmitted)
            return;
        m_lastEmitted = value();
        Q_EMIT edited();
    });
    setShown(false);
}

QDateTime TimeField::value() const
{
    if (m_edit->isHidden())
        return {};
    return wholeMinute(m_edit->dateTime().toUTC());
}

void TimeField::setValue(const QDateTime& utc)
{
    if (utc.isValid())
        m_edit->setDateTime(utc.toLocalTime());
    setShown(utc.isValid());
    m_lastEmitted = value();
}

void TimeField::setSuggestion(std::function<QDateTime()> suggestion)
{
    m_suggestion = std::move(suggestion);
}

void TimeField::setAccessibleName(const QString& name)
{
    QWidget::setAccessibleName(name);
    m_edit->setAccessibleName(name);
    m_set->setAccessibleName(tr("Set %1").arg(name));
    m_clear->setAccessibleName(tr("Clear %1").arg(name));
}

void TimeField::setShown(bool set)
{
    const bool hadFocus = m_edit->hasFocus() || m_set->hasFocus() || m_clear->hasFocus();
    m_edit->setVisible(set);
    m_clear->setVisible(set);
    m_notSet->setVisible(!set);
    m_set->setVisible(!set);
    setFocusProxy(set ? static_cast<QWidget*>(m_edit) : m_set);
    if (hadFocus)
        focusProxy()->setFocus(Qt::OtherFocusReason);
}

} // namespace tandem
