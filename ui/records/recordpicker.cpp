#include "records/recordpicker.h"

#include "domain/search.h"
#include "widgets/limitedlineedit.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

RecordPicker::RecordPicker(std::unique_ptr<PickerSource> source, qint64 all, const Texts& texts, QWidget* parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_all(all)
    , m_model(new PickerModel(*m_source, this))
    , m_search(named<LimitedLineEdit>(QStringLiteral("pickerSearch"), this))
    , m_list(named<QListView>(QStringLiteral("pickerList"), this))
    , m_count(named<QLabel>(QStringLiteral("pickerCount"), this))
    , m_problem(named<QLabel>(QStringLiteral("pickerProblem"), this))
{
    setObjectName(QStringLiteral("recordPicker"));
    setWindowTitle(texts.title);

    auto* label = new QLabel(texts.label, this);
    label->setObjectName(QStringLiteral("pickerLabel"));
    label->setBuddy(m_search);

    m_search->setMaxLength(200);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(texts.placeholder);
    m_search->setAccessibleName(texts.searchName);
    m_search->installEventFilter(this);

    m_list->setAccessibleName(texts.listName);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);

    TextStyle::setCaption(m_count);
    m_problem->setWordWrap(true);
    TextStyle::setTextColour(m_problem, Colours::error());
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_choose = buttons->addButton(texts.choose, QDialogButtonBox::AcceptRole);
    m_choose->setObjectName(QStringLiteral("pickerChoose"));
    m_choose->setDefault(true);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    layout->addLayout(bottom);
    setMinimumSize(440, 320);
    resize(620, 460);

    connect(m_search, &QLineEdit::textChanged, this, &RecordPicker::searchChanged);
    connect(m_search, &LimitedLineEdit::refused, this, [this](qsizetype n) {
        showProblem(tr("A search takes at most %L1 characters (that would have been %L2).").arg(m_search->maxLength()).arg(n));
    });
    connect(m_model, &PickerModel::readFailed, this,
            [this](const QString& message) { showProblem(tr("The list could not be read: %1").arg(message)); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RecordPicker::updateState);
    connect(m_list, &QListView::doubleClicked, this, &RecordPicker::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordPicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    searchChanged();
    m_search->setFocus(Qt::OtherFocusReason);
}

RecordPicker::~RecordPicker() = default;

void RecordPicker::setFilterBar(QWidget* bar)
{
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    bar->setParent(this);
    // Under the search field, above the list.
    layout->insertWidget(layout->indexOf(m_search) + 1, bar);
    // Tab goes from the search field through the bar's controls to the list.
    QWidget* previous = m_search;
    for (QWidget* w : bar->findChildren<QWidget*>()) {
        if (!(w->focusPolicy() & Qt::TabFocus))
            continue;
        setTabOrder(previous, w);
        previous = w;
    }
    setTabOrder(previous, m_list);
}

void RecordPicker::refresh()
{
    searchChanged();
}

void RecordPicker::searchChanged()
{
    m_problem->hide();
    const QString text = m_search->text();
    if (search::searchWords(text).truncated)
        showProblem(tr("Only the first %1 words are searched for.").arg(search::kMaxWords));
    m_model->setSearch(text);
    // The first match is the one Enter takes.
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    m_list->scrollToTop();
    updateState();
}

void RecordPicker::updateState()
{
    const bool searching = !search::searchWords(m_model->search()).words.isEmpty();
    const QString count = m_source->countText(m_model->matchCount(), m_all, searching);
    m_count->setText(count);
    m_list->setAccessibleDescription(count);
    m_choose->setEnabled(m_list->currentIndex().isValid());
}

void RecordPicker::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    m_chosen = m_model->idAt(current.row());
    accept();
}

void RecordPicker::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

bool RecordPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Moving through the list without leaving the search field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tandem
