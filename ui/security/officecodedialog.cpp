#include "security/officecodedialog.h"

#include "actions.h"
#include "dialogs/prompts.h"
#include "domain/officecode.h"
#include "errors.h"
#include "query/directory.h"
#include "security/officecodefield.h"
#include "store/store.h"
#include "widgets/named.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

OfficeCodeDialog::OfficeCodeDialog(const QString& officeName, const QString& code, bool asking, QWidget* parent)
    : QDialog(parent)
    , m_field(new OfficeCodeField(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("officeCodeDialog"));
    setWindowTitle(asking ? tr("Choose the Office Code") : tr("Office Code"));

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("officeCodeIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(asking ? tr("Survivor codes now begin with a short code of the office, such as NB-2026-0042, so that "
                               "two offices never give the same code. %1 has none yet: choose one of 2 to 5 capital "
                               "letters or digits. Codes already given stay as they are.")
                                .arg(officeName)
                          : tr("New survivor codes of %1 begin with this code. Codes already given stay as they are; "
                               "partners see the code in the office directory.")
                                .arg(officeName));
    m_field->setCode(code);
    auto* form = new QFormLayout;
    form->addRow(tr("Office &code:"), m_field);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_field)))
        label->setBuddy(m_field->edit());

    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(asking ? tr("&Use This Code") : tr("&Save"));
    QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    if (asking) {
        cancel->setText(tr("&Later"));
        cancel->setToolTip(tr("Go on without a code: new survivor codes use %1 until one is chosen. "
                              "Tandem asks again the next time the file is opened.")
                               .arg(derivedOfficeCode(officeName)));
    }

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_field, &OfficeCodeField::changed, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_field->isAcceptable());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_field->isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ok->setEnabled(m_field->isAcceptable());
    m_field->edit()->selectAll();
    m_field->edit()->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(420);
}

QString OfficeCodeDialog::code() const
{
    return m_field->code();
}

OfficeCodeController::OfficeCodeController(QWidget* window, Actions* actions)
    : QObject(window)
    , m_window(window)
    , m_action(named<QAction>(QStringLiteral("actionOfficeCode"), tr("Office &Code…"), window))
{
    m_action->setStatusTip(tr("The office's short code, with which new survivor codes begin"));
    m_action->setEnabled(false);
    // Beside Preferences, at the end of the Edit menu.
    actions->editMenu()->addAction(m_action);
    connect(m_action, &QAction::triggered, this, [this] { change(false); });
}

void OfficeCodeController::setStore(Store* store)
{
    m_store = store;
    const bool writable = store && !store->isReadOnly();
    const Result<void> lead = writable ? mayChangeOfficeCode(*store) : Result<void>();
    m_action->setEnabled(writable && bool(lead));
    m_action->setToolTip(!store       ? QString()
                         : !writable  ? tr("The file is open read-only.")
                         : !lead      ? lead.error().message
                                      : m_action->statusTip());
}

bool OfficeCodeController::askIfMissing()
{
    if (!m_store || m_store->isReadOnly() || !mayChangeOfficeCode(*m_store))
        return false;
    Result<QString> code = officeCode(*m_store);
    if (!code || !code->isEmpty())
        return false;
    change(true);
    return true;
}

void OfficeCodeController::change(bool asking)
{
    if (!m_store)
        return;
    Result<QString> name = query::officeName(*m_store);
    Result<QString> code = asking ? mintingOfficeCode(*m_store) : officeCode(*m_store);
    if (!name || !code) {
        showError(m_window, tr("The office code could not be read."), name ? code.error() : name.error());
        return;
    }
    QString current = *code;
    if (current.isEmpty())
        current = derivedOfficeCode(*name);
    OfficeCodeDialog dialog(*name, current, asking, m_window);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    if (Result<void> r = setOfficeCode(*m_store, dialog.code()); !r) {
        showError(m_window, tr("The office code could not be set."), r.error());
        return;
    }
    Q_EMIT codeChanged();
}

} // namespace tandem
