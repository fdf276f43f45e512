#include "people/peopledialog.h"

#include "dialogs/prompts.h"
#include "domain/people.h"
#include "errors.h"
#include "people/addpersondialog.h"
#include "security/keyring.h"
#include "store/store.h"
#include "widgets/named.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tandem {

PeopleDialog::PeopleDialog(Store& store, KeyRing& keyRing, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_keyRing(keyRing)
    , m_table(named<QTableWidget>(QStringLiteral("peopleTable"), 0, 4, this))
    , m_add(named<QPushButton>(QStringLiteral("addPersonButton"), tr("&Add…"), this))
    , m_remove(named<QPushButton>(QStringLiteral("removePersonButton"), tr("&Remove"), this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People"));
    if (Result<Person> acting = people::get(store, store.actor().person))
        m_lead = people::mayManage(acting->roles) && !store.isReadOnly();

    auto* intro = new QLabel(m_lead ? tr("The people of this office. Each has a passphrase of their own; what they "
                                         "change is recorded in their name.")
                                    : tr("The people of this office. Only a lead adds or removes people."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Roles"), tr("Agency"), tr("Opens identities")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the list for the buttons (the arrows move between people).
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    // Return closes the list (adding and removing are deliberate clicks or their mnemonics).
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &PeopleDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeopleDialog::updateButtons);
    fill();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 20);
}

void PeopleDialog::fill()
{
    m_table->setRowCount(0);
    Result<std::vector<Person>> all = people::list(m_store);
    if (!all) {
        showError(this, tr("The people could not be read."), all.error());
        return;
    }
    for (const Person& p : *all) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString agency;
        if (!p.agency.isNull()) {
            Result<Row> a = m_store.get(QStringLiteral("agency"), p.agency);
            agency = a ? a->text(QStringLiteral("name")) : QString();
        }
        QString name = p.name;
        if (p.id == m_store.actor().person)
            name = tr("%1 (you)").arg(p.name);
        QStringList labels;
        for (const QString& r : p.roles)
            labels << people::roleLabel(r);
        const QStringList cells{name, labels.join(QStringLiteral(", ")), agency,
                                people::mayReadIdentities(p.roles) ? tr("Yes") : tr("No")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, p.id);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    updateButtons();
}

void PeopleDialog::updateButtons()
{
    m_add->setEnabled(m_lead);
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    const bool self = !selected.isEmpty() && selected.front()->data(Qt::UserRole).toUuid() == m_store.actor().person;
    m_remove->setEnabled(m_lead && !selected.isEmpty() && !self);
}

void PeopleDialog::add()
{
    AddPersonDialog dialog(
        m_store,
        [this](const people::NewPerson& person, const QString& passphrase) -> Result<QUuid> {
            // The new slot wraps the office keys: the lead's own, unlocked with their passphrase.
            Result<KeyRing::Keys> keys = m_keyRing.unlock(this, tr("Adding a person wraps the office keys for them."));
            if (!keys)
                return keys.error();
            return people::add(m_store, **keys, person, passphrase);
        },
        this);
    if (Dialogs::exec(dialog) == QDialog::Accepted)
        fill();
}

void PeopleDialog::removeSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QUuid id = selected.front()->data(Qt::UserRole).toUuid();
    Result<Person> person = people::get(m_store, id);
    if (!person)
        return showError(this, tr("The person could not be removed."), person.error());
    if (!Dialogs::question(this, tr("Remove a Person"),
                           tr("Remove %1 from this office?").arg(person->name),
                           tr("Their passphrase will open nothing from now on. What they did stays recorded in "
                              "their name."),
                           tr("Remove")))
        return;
    if (Result<void> r = people::remove(m_store, id); !r)
        return showError(this, tr("The person could not be removed."), r.error());
    fill();
}

} // namespace tandem
