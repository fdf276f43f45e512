#include "confirmnamedialog.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

ConfirmNameDialog::ConfirmNameDialog(const QString& title, const QString& question, const QStringList& lost,
                                     const QString& note, const QString& name, const QString& confirm, QWidget* parent)
    : QDialog(parent)
    , m_name(name.trimmed())
    , m_edit(named<QLineEdit>(QStringLiteral("confirmNameEdit"), this))
{
    setObjectName(QStringLiteral("confirmNameDialog"));
    setWindowTitle(title);

    auto* heading = new QLabel(question, this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    TextStyle::setBold(heading);
    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("confirmNameLost"));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    QStringList lines;
    for (const QString& item : lost)
        lines << QStringLiteral("• ") + item;
    what->setText(lines.join(QLatin1Char('\n')));
    what->setVisible(!lost.isEmpty());
    auto* undo = new QLabel(note, this);
    undo->setTextFormat(Qt::PlainText);
    undo->setWordWrap(true);
    TextStyle::setCaption(undo);
    undo->setVisible(!note.isEmpty());
    auto* prompt = new QLabel(tr("To delete it, type its name, %1:").arg(m_name), this);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_edit);
    m_edit->setAccessibleName(tr("Name of what is deleted"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(confirm, QDialogButtonBox::DestructiveRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    // Enter deletes only once the name is typed exactly (the button is off until then).
    m_ok->setEnabled(false);
    m_ok->setDefault(true);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (nameMatches())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(nameMatches()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(what);
    layout->addWidget(undo);
    layout->addSpacing(6);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool ConfirmNameDialog::nameMatches() const
{
    return !m_name.isEmpty() && m_edit->text().trimmed() == m_name;
}

} // namespace tandem
