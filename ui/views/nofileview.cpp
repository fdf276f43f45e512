#include "nofileview.h"

#include "demodatabase.h"
#include "recentfiles.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem {
namespace {

// One choice: a wide button with its title, and under it what it does.
QWidget* choice(QAction* action, const QString& title, const QString& text, const QString& name,
                QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* button = new QPushButton(title, box);
    button->setObjectName(name);
    button->setToolTip(action->toolTip());
    button->setFont(TextStyle::scaled(button->font(), 1.1));
    button->setMinimumHeight(button->sizeHint().height() + 12);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    auto* label = new QLabel(text, box);
    label->setWordWrap(true);
    TextStyle::setCaption(label);
    label->setContentsMargins(4, 0, 4, 0);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(button);
    layout->addWidget(label);
    return box;
}

} // namespace

NoFileView::NoFileView(QAction* newFile, QAction* openFile, QAction* openDemo, QAction* joinOffice, QWidget* parent)
    : QWidget(parent)
    , m_heading(named<QLabel>(QStringLiteral("welcomeHeading"), this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("noFileView"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tandem.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    m_heading->setFont(TextStyle::scaled(m_heading->font(), 1.6));
    m_heading->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);

    // A fixed width, and the column in a row between stretches rather than placed by alignment:
    // an aligned widget gets its size hint, which leaves no room for its word-wrapped labels.
    auto* column = new QWidget(this);
    column->setFixedWidth(std::max(440, fontMetrics().averageCharWidth() * 62));
    auto* choices = new QVBoxLayout(column);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->setSpacing(18);
    choices->addWidget(m_text);
    choices->addSpacing(6);
    choices->addWidget(choice(newFile, tr("Create Your Office's File…"),
                              tr("Choose where to keep it, give your office's name as partners "
                                 "will see it, and a passphrase that protects its keys."),
                              QStringLiteral("noFileNew"), column));
    choices->addWidget(choice(openFile, tr("Open an Existing File…"),
                              tr("A .tandem file your office already keeps, on this computer or "
                                 "on a shared disk."),
                              QStringLiteral("noFileOpen"), column));
    choices->addWidget(choice(openDemo, tr("Explore the Demo"),
                              tr("Invented operations, agencies and survivors to try everything "
                                 "without fear. Its passphrase is “%1”.")
                                  .arg(DemoDatabase::passphrase()),
                              QStringLiteral("noFileDemo"), column));
    // Joining is rarer: a link-like button under the three choices.
    auto* join = named<QPushButton>(QStringLiteral("noFileJoin"), tr("Join an office as another machine, from an invitation…"),
                                    column);
    join->setFlat(true);
    join->setToolTip(joinOffice->toolTip());
    join->setCursor(Qt::PointingHandCursor);
    QObject::connect(join, &QPushButton::clicked, joinOffice, &QAction::trigger);
    choices->addWidget(join, 0, Qt::AlignHCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(m_heading);
    layout->addSpacing(10);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(3);
    refresh();
}

void NoFileView::refresh()
{
    if (RecentFiles::files().isEmpty()) {
        m_heading->setText(tr("Welcome to Tandem"));
        m_text->setText(tr("Tandem keeps your office's operations and survivors' checklists in one "
                           "file on this computer. To begin:"));
    } else {
        m_heading->setText(tr("No file is open"));
        m_text->setText(tr("Open your office's file, make a new one, or explore the demo."));
    }
}

void NoFileView::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace tandem
