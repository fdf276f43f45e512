#include "nofileview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {
namespace {

QPushButton* buttonFor(QAction* action, const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

NoFileView::NoFileView(QAction* newFile, QAction* openFile, QAction* openDemo, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noFileView"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tandem.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    auto* heading = new QLabel(tr("No file is open"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("Open your office's Tandem file, make a new one, or look around in "
                               "the demo database of invented operations."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(440);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(buttonFor(openFile, tr("Open…"), QStringLiteral("noFileOpen"), this));
    buttons->addWidget(buttonFor(newFile, tr("New…"), QStringLiteral("noFileNew"), this));
    buttons->addWidget(buttonFor(openDemo, tr("Open the Demo"), QStringLiteral("noFileDemo"), this));
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace tandem
