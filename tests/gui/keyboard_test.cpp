// A day without a slip (issue 14), the keyboard: every dialog and every form that makes a record
// is completed from the keyboard alone. Tab reaches every button, Return accepts and Escape
// cancels; a form in a view does as a dialog does (Tab from its last field to Cancel and Create,
// Return to create, Escape to cancel); a focused button shows a frame that can be seen.

#include "demowindow.h"
#include "dialoganswers.h"
#include "exchange/exportdialog.h"
#include "exchange/keycarddialog.h"
#include "exchange/mergesummarydialog.h"
#include "security/newofficedialog.h"
#include "security/passphrasedialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/prompts.h"
#include "reports/reportdialog.h"
#include "reports/reportpreview.h"
#include "security/restoredialog.h"
#include "exchange/trustdialog.h"
#include "document.h"
#include "focusstyle.h"
#include "forms/recordform.h"
#include "guitest.h"
#include "helpwindow.h"
#include "store/registry.h"
#include "sync/partners.h"
#include "testsupport.h"
#include "records/childrecordspage.h"
#include "directory/directoryview.h"
#include "meetings/meetingsview.h"
#include "operations/operationeditor.h"
#include "operations/operationsview.h"
#include "operations/timelinepage.h"
#include "tips/tiplinking.h"
#include "tips/tipsview.h"
#include "widgets/timefield.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSqlQuery>
#include <QTableView>

#include <functional>

using namespace tandem;

namespace {

// The widget with the keyboard focus in `window` (the window's focus child, whether or not the
// platform made the window active).
QWidget* focusIn(QWidget* window)
{
    return window->focusWidget();
}

// Presses Tab from the focus until it comes round to a widget it has seen; the widgets it visited.
QList<QWidget*> tabChain(QWidget* window)
{
    QList<QWidget*> seen;
    for (int i = 0; i < 200; ++i) {
        QWidget* focus = focusIn(window);
        if (!focus)
            break;
        QTest::keyClick(focus, Qt::Key_Tab);
        QWidget* next = focusIn(window);
        if (!next || seen.contains(next))
            break;
        seen << next;
    }
    return seen;
}

QString nameOf(const QWidget* w)
{
    if (!w)
        return QStringLiteral("(none)");
    const auto* button = qobject_cast<const QAbstractButton*>(w);
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(w->objectName(), button ? button->text() : QString(), QString::fromLatin1(w->metaObject()->className()));
}

// Every button of `window` that a person could press now.
QList<QAbstractButton*> pressableButtons(QWidget* window)
{
    QList<QAbstractButton*> out;
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(window) && b->isEnabled() && (b->focusPolicy() & Qt::TabFocus))
            out << b;
    }
    return out;
}

bool showAndFocus(QWidget* w)
{
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowExposed(w))
        return false;
    QApplication::processEvents();
    if (!w->focusWidget()) {
        // The first control of the chain, as a dialog gives it when it opens.
        for (QWidget* next = w->nextInFocusChain(); next && next != w; next = next->nextInFocusChain()) {
            if ((next->focusPolicy() & Qt::TabFocus) && next->isVisibleTo(w) && next->isEnabled()) {
                next->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }
    return w->focusWidget() != nullptr;
}

// The part of `field` that Tab leaves last (a time's "Set" button while it has no time).
QWidget* lastFocusable(QWidget* field)
{
    if (!field)
        return nullptr;
    QWidget* last = nullptr;
    QWidget* w = field->focusProxy() ? field->focusProxy() : field;
    if (!field->isAncestorOf(w))
        w = field;
    for (int i = 0; i < 50 && w && (w == field || field->isAncestorOf(w)); ++i, w = w->nextInFocusChain()) {
        // A part that hands the focus on (a spin box's line) is not stopped at itself.
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisibleTo(field->window()) && w->isEnabled())
            last = w;
    }
    return last;
}

qint64 countOf(Store& store, const QString& entity)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(entity));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// A dialog of the window, made afresh for each check, with what Return must have done.
struct DialogCase {
    QString name;
    std::function<QDialog*()> make;
    // Fills what accepting needs (a name, a passphrase, a box to tick).
    std::function<void(QDialog&)> prepare = [](QDialog&) {};
    // After Return: accepted (the default), or whatever this says.
    std::function<bool(QDialog&)> enterDone = [](QDialog& d) { return !d.isVisible() && d.result() == QDialog::Accepted; };
};

const QString kStrongPassphrase = QStringLiteral("four quiet harbour lanterns");

} // namespace

class KeyboardTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    Store& store() { return *m_window->store(); }
    QUuid firstId(const QString& sql)
    {
        Result<QSqlQuery> q = store().exec(sql);
        return q && q->next() ? QUuid::fromRfc4122(q->value(0).toByteArray()) : QUuid();
    }

    // What Return must do in each dialog, and what it needs filled first.
    QList<DialogCase> dialogCases()
    {
        QHash<QString, DialogCase> how;
        how.insert(QStringLiteral("tandem::NewOfficeDialog"), {{}, {}, [](QDialog& d) {
                       test::type(d, "officeNameEdit", QStringLiteral("Northbridge Task Force"));
                       test::type(d, "newPassphraseEdit", kStrongPassphrase);
                       test::type(d, "confirmPassphraseEdit", kStrongPassphrase);
                   }});
        how.insert(QStringLiteral("tandem::OfficeCodeDialog"), {{}, {}, [](QDialog& d) {
                       test::type(d, "officeCodeEdit", QStringLiteral("NB"));
                   }});
        how.insert(QStringLiteral("tandem::PassphraseDialog"),
                   {{}, {}, [](QDialog& d) { test::type(d, "passphraseEdit", kStrongPassphrase); }});
        how.insert(QStringLiteral("tandem::PassphraseDialog choose"), {{}, {}, [](QDialog& d) {
                       test::type(d, "newPassphraseEdit", kStrongPassphrase);
                       test::type(d, "confirmPassphraseEdit", kStrongPassphrase);
                   }});
        // Return is "Save the Card…", the dialog's purpose.
        const QString saved = m_dir.filePath(QStringLiteral("own.card"));
        how.insert(QStringLiteral("tandem::KeyCardDialog"), {{}, {}, [=](QDialog&) {
                                                                 QFile::remove(saved);
                                                                 Dialogs::setNextFileName(saved);
                                                             },
                                                             [=](QDialog&) { return QFile::exists(saved); }});
        how.insert(QStringLiteral("tandem::TrustDialog"), {{}, {}, [](QDialog& d) {
                       if (auto* compared = d.findChild<QCheckBox*>(QStringLiteral("comparedCheck")))
                           compared->setChecked(true);
                   }});
        how.insert(QStringLiteral("tandem::ExportDialog"), {{}, {}, [](QDialog& d) {
                       auto* list = d.findChild<QListWidget*>(QStringLiteral("partnerChoices"));
                       if (list && list->count() > 0)
                           list->item(0)->setCheckState(Qt::Checked);
                   }});
        const auto closes = [](QDialog& d) { return !d.isVisible(); };
        how.insert(QStringLiteral("tandem::MergeSummaryDialog"), {{}, {}, [](QDialog&) {}, closes});
        how.insert(QStringLiteral("tandem::ReportPreview"), {{}, {}, [](QDialog&) {}, closes});
        how.insert(QStringLiteral("tandem::RestoreDialog"), {{}, {}, [](QDialog& d) { static_cast<RestoreDialog&>(d).choose(0); }});
        // Return is Export…: the file is written and the dialog stays for another copy.
        const QString exported = m_dir.filePath(QStringLiteral("order.html"));
        how.insert(QStringLiteral("tandem::ReportDialog"), {{}, {}, [=](QDialog& d) {
                                                                auto* format = d.findChild<QComboBox*>(QStringLiteral("reportFormat"));
                                                                if (format)
                                                                    format->setCurrentIndex(format->findData(int(report::Format::Html)));
                                                                QFile::remove(exported);
                                                                Dialogs::setNextFileName(exported);
                                                            },
                                                            [=](QDialog&) { return QFile::exists(exported); }});
        // People: the list's Return closes it; Add takes a name, a role and a passphrase twice; at
        // opening, Return tries the passphrase typed (a wrong one is said in the dialog).
        how.insert(QStringLiteral("tandem::PeopleDialog"), {{}, {}, [](QDialog&) {}, closes});
        how.insert(QStringLiteral("tandem::AddPersonDialog"), {{}, {}, [](QDialog& d) {
                       test::type(d, "nameEdit", QStringLiteral("Ines Calloway"));
                       if (auto* viewer = d.findChild<QCheckBox*>(QStringLiteral("role_viewer")))
                           viewer->setChecked(true);
                       test::type(d, "newPassphraseEdit", kStrongPassphrase);
                       test::type(d, "confirmPassphraseEdit", kStrongPassphrase);
                   }});
        how.insert(QStringLiteral("tandem::MachinesDialog"), {{}, {}, [](QDialog&) {}, closes});
        how.insert(QStringLiteral("tandem::AttachmentPreview"), {{}, {}, [](QDialog&) {}, closes});
        // Inviting: Return writes the invitation and shows its passphrase; joining: Return opens
        // the invitation (here a missing one, said in place).
        how.insert(QStringLiteral("tandem::InviteMachineDialog"),
                   {{}, {}, [](QDialog& d) { test::type(d, "invitationFileEdit", QStringLiteral("laptop.invitation")); },
                    [](QDialog& d) {
                        auto* shown = d.findChild<QWidget*>(QStringLiteral("oneTimePassphrase"));
                        return d.isVisible() && shown && shown->isVisible();
                    }});
        how.insert(QStringLiteral("tandem::JoinOfficeDialog"), {{}, {}, [](QDialog& d) {
                       test::type(d, "invitationPassphraseEdit", QStringLiteral("abcd-efgh"));
                       test::type(d, "newPassphraseEdit", kStrongPassphrase);
                       test::type(d, "confirmPassphraseEdit", kStrongPassphrase);
                   },
                    [](QDialog& d) {
                        auto* error = d.findChild<QWidget*>(QStringLiteral("joinError"));
                        return d.isVisible() && error && error->isVisible();
                    }});
        how.insert(QStringLiteral("tandem::WhoAreYouDialog"),
                   {{}, {}, [](QDialog& d) { test::type(d, "passphraseEdit", QStringLiteral("not the passphrase at all")); },
                    [](QDialog& d) {
                        auto* error = d.findChild<QWidget*>(QStringLiteral("passphraseError"));
                        return error && error->isVisible();
                    }});
        // Return confirms once the reason, or the record's name, is typed.
        how.insert(QStringLiteral("tandem::ReasonDialog"),
                   {{}, {}, [](QDialog& d) { test::type(d, "reasonEdit", QStringLiteral("The survivor said no.")); }});
        how.insert(QStringLiteral("tandem::ConfirmNameDialog"),
                   {{}, {}, [](QDialog& d) { test::type(d, "confirmNameEdit", QStringLiteral("Operation Lantern")); }});
        QList<DialogCase> cases;
        for (const test::DialogMaker& maker : test::everyDialog(*m_window, m_dir.path())) {
            DialogCase c = how.value(maker.name);
            c.name = maker.name;
            c.make = maker.make;
            cases << c;
        }
        return cases;
    }

    // Tab from the first field reaches every button; Escape cancels.
    void checkTabAndEscape(const QString& name, QDialog& d)
    {
        QVERIFY2(showAndFocus(&d), qPrintable(name));
        const QList<QWidget*> chain = tabChain(&d);
        for (QAbstractButton* b : pressableButtons(&d))
            QVERIFY2(chain.contains(b), qPrintable(name + QStringLiteral(": Tab never reaches ") + nameOf(b)));
        QTest::keyClick(focusIn(&d), Qt::Key_Escape);
        QVERIFY2(!d.isVisible() && d.result() == QDialog::Rejected, qPrintable(name + QStringLiteral(": Escape did not cancel")));
    }

    // Return, once `prepare` filled what accepting needs, does what `done` says.
    void checkReturn(const DialogCase& c, QDialog& d)
    {
        QVERIFY2(showAndFocus(&d), qPrintable(c.name));
        c.prepare(d);
        QWidget* from = focusIn(&d);
        QVERIFY2(from, qPrintable(c.name));
        QTest::keyClick(from, Qt::Key_Return);
        QVERIFY2(c.enterDone(d), qPrintable(c.name + QStringLiteral(": Return from ") + nameOf(from) + QStringLiteral(" did not accept")));
        d.hide();
    }

    void checkDialog(const DialogCase& c)
    {
        std::unique_ptr<QDialog> first(c.make());
        checkTabAndEscape(c.name, *first);
        if (QTest::currentTestFailed())
            return;
        std::unique_ptr<QDialog> second(c.make());
        checkReturn(c, *second);
    }

    // Fills the required fields of a new record in `form` that are still empty.
    void fillRequired(QWidget* form, const QString& entity)
    {
        const EntityDef* e = Registry::instance().entity(entity);
        QVERIFY(e);
        for (const FieldDef& f : e->fields) {
            if (!f.required)
                continue;
            QWidget* w = form->findChild<QWidget*>(entity + QLatin1Char('_') + f.name);
            if (!w)
                continue; // a fixed value (the operation, the meeting)
            if (auto* combo = qobject_cast<QComboBox*>(w)) {
                if (combo->currentIndex() < 0 || combo->currentText().isEmpty()) {
                    const int first = combo->count() > 1 && combo->itemText(0).isEmpty() ? 1 : 0; // an agency's list starts empty
                    combo->setCurrentIndex(first);
                    Q_EMIT combo->activated(first);
                }
            } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
                if (line->text().isEmpty()) {
                    line->setFocus(Qt::OtherFocusReason);
                    QTest::keyClicks(line, QStringLiteral("Keyboard %1").arg(f.name));
                }
            } else if (auto* text = qobject_cast<QPlainTextEdit*>(w)) {
                if (text->toPlainText().isEmpty())
                    text->setPlainText(QStringLiteral("Typed from the keyboard."));
            } else if (auto* time = qobject_cast<TimeField*>(w)) {
                if (!time->value().isValid())
                    time->findChild<QAbstractButton*>(QStringLiteral("timeSet"))->click();
            }
        }
        // A tip needs what was reported: a place, an indicator or a description.
        if (entity == QLatin1String("tip")) {
            if (auto* place = form->findChild<QLineEdit*>(QStringLiteral("tip_place")); place && place->text().isEmpty()) {
                place->setFocus(Qt::OtherFocusReason);
                QTest::keyClicks(place, QStringLiteral("Mill Lane"));
            }
        }
    }

    // A form that makes a record in a view: `start` shows it empty, `form` holds its fields and
    // buttons named `cancelName` and `createName`, `lastWidget` is its last field's control.
    void checkForm(const QString& name, const QString& entity, const std::function<void()>& start, QWidget* form,
                   const char* cancelName, const char* createName, QWidget* lastWidget)
    {
        QWidget* window = m_window.get();
        auto* cancel = window->findChild<QPushButton*>(QString::fromLatin1(cancelName));
        auto* create = window->findChild<QPushButton*>(QString::fromLatin1(createName));
        QVERIFY2(cancel && create && lastWidget, qPrintable(name));

        // Tab from the last field reaches Cancel, then Create.
        start();
        QWidget* lastField = lastFocusable(lastWidget);
        QVERIFY2(lastField, qPrintable(name));
        QVERIFY2(create->isVisible(), qPrintable(name + QStringLiteral(": no form")));
        lastField->setFocus(Qt::TabFocusReason);
        QCOMPARE(focusIn(window), lastField);
        QTest::keyClick(lastField, Qt::Key_Tab);
        QVERIFY2(focusIn(window) == cancel, qPrintable(name + QStringLiteral(": Tab from the last field went to ") + nameOf(focusIn(window))));
        QTest::keyClick(cancel, Qt::Key_Tab);
        QVERIFY2(focusIn(window) == create, qPrintable(name + QStringLiteral(": Tab from Cancel went to ") + nameOf(focusIn(window))));

        // Escape, from a field, cancels.
        lastField->setFocus(Qt::TabFocusReason);
        QTest::keyClick(lastField, Qt::Key_Escape);
        QVERIFY2(!create->isVisible(), qPrintable(name + QStringLiteral(": Escape did not cancel")));

        // Return, from a one-line field, creates.
        const qint64 before = countOf(store(), entity);
        start();
        fillRequired(form, entity);
        // A one-line field of the form: a line of text, else a number.
        QWidget* line = nullptr;
        for (QWidget* l : form->findChildren<QWidget*>()) {
            if ((qobject_cast<QLineEdit*>(l) || qobject_cast<QAbstractSpinBox*>(l)) && l->isVisibleTo(window) && l->isEnabled()
                && l->objectName().startsWith(entity + QLatin1Char('_'))) {
                line = l;
                break;
            }
        }
        QVERIFY2(line, qPrintable(name + QStringLiteral(": no one-line field")));
        line->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(line, Qt::Key_Return);
        if (create->isVisible()) {
            QStringList said;
            for (QLabel* l : form->findChildren<QLabel*>()) {
                if (l->isVisibleTo(window) && l->objectName().endsWith(QLatin1String("Message")))
                    said << l->text();
            }
            QFAIL(qPrintable(name + QStringLiteral(": Return from ") + nameOf(line) + QStringLiteral(" did not create: ") + said.join(QLatin1Char(' '))));
        }
        QCOMPARE(countOf(store(), entity), before + 1);

        // Return on a focused Cancel cancels, as Space does.
        start();
        cancel->setFocus(Qt::TabFocusReason);
        const qint64 kept = countOf(store(), entity);
        QTest::keyClick(cancel, Qt::Key_Return);
        QVERIFY2(!create->isVisible(), qPrintable(name + QStringLiteral(": Return on Cancel did not cancel")));
        QCOMPARE(countOf(store(), entity), kept);
    }

    void checkChildPage(ChildRecordsPage* page)
    {
        const QString key = page->objectName().chopped(4); // "<key>Page"
        RecordForm* form = page->form();
        const QStringList fields = form->fields();
        QWidget* last = page->findChild<QWidget*>(form->entity().name + QLatin1Char('_') + fields.last());
        checkForm(key, form->entity().name, [page] { page->startNew(); }, page, qPrintable(key + QStringLiteral("Cancel")),
                  qPrintable(key + QStringLiteral("Create")), last);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installFocusStyle();
        m_window = test::openDemoWindow(m_dir, QStringLiteral("keyboard"));
        QVERIFY(m_window);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void init()
    {
        // Shortcuts answer in the active window only.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Dialogs::takeMessages();
    }

    void everyDialogCompletesFromTheKeyboard()
    {
        const QList<DialogCase> cases = dialogCases();
        QSet<QString> covered;
        for (const DialogCase& c : cases) {
            checkDialog(c);
            if (QTest::currentTestFailed())
                return;
            covered << c.name.section(QLatin1Char(' '), 0, 0);
        }
        // The record picker opens through the code that uses it: Return takes the first match.
        Dialogs::setNextDialogAnswer([this](QDialog& d) { checkTabAndEscape(QStringLiteral("tandem::RecordPicker"), d); });
        QVERIFY(!chooseOperation(m_window.get(), *m_window->document()));
        DialogCase picker;
        picker.name = QStringLiteral("tandem::RecordPicker");
        Dialogs::setNextDialogAnswer([&](QDialog& d) { checkReturn(picker, d); });
        QVERIFY(chooseOperation(m_window.get(), *m_window->document()));
        covered << picker.name;

        // Every dialog class of the window is among them: a new dialog must be added here.
        QDirIterator it(QStringLiteral(TANDEM_SOURCE_DIR "/ui"), {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        static const QRegularExpression dialogClass(QStringLiteral("class (\\w+) : public QDialog"));
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = dialogClass.globalMatch(text); m.hasNext();) {
                const QString cls = QStringLiteral("tandem::") + m.next().captured(1);
                QVERIFY2(covered.contains(cls), qPrintable(cls + QStringLiteral(" is not checked for Tab, Return and Escape")));
            }
        }
    }

    void formsInViewsCompleteFromTheKeyboard()
    {
        // Tips.
        TipsView* tips = m_window->tipsView();
        m_window->showView(tips);
        checkForm(QStringLiteral("tips"), QStringLiteral("tip"), [tips] { tips->startNew(); }, tips, "tipsCancel", "tipsCreate",
                  tips->findChild<QWidget*>(QStringLiteral("tip_sharing")));
        // The directories.
        for (const char* key : {"agencies", "services"}) {
            auto* view = m_window->findChild<DirectoryView*>(QString::fromLatin1(key) + QStringLiteral("View"));
            QVERIFY(view);
            m_window->showView(view);
            QWidget* form = view->findChild<QWidget*>(QString::fromLatin1(key) + QStringLiteral("Form"));
            QVERIFY(form);
            const QString entity = QString::fromLatin1(key) == QLatin1String("agencies") ? QStringLiteral("agency") : QStringLiteral("service");
            QList<QWidget*> fields;
            for (QWidget* w : form->findChildren<QWidget*>()) {
                if (w->objectName().startsWith(entity + QLatin1Char('_')) && !w->objectName().endsWith(QLatin1String("Message"))
                    && !w->objectName().endsWith(QLatin1String("Label")))
                    fields << w;
            }
            QVERIFY(!fields.isEmpty());
            checkForm(QString::fromLatin1(key), entity, [view] { view->startNew(); }, view,
                      qPrintable(QString::fromLatin1(key) + QStringLiteral("Cancel")),
                      qPrintable(QString::fromLatin1(key) + QStringLiteral("Create")),
                      fields.last());
        }
        // Meetings, and the records a meeting has.
        MeetingsView* meetings = m_window->meetingsView();
        m_window->showView(meetings);
        checkForm(QStringLiteral("meetings"), QStringLiteral("meeting"), [meetings] { meetings->startNew(); }, meetings,
                  "meetingsCancel", "meetingsCreate", meetings->findChild<QWidget*>(QStringLiteral("meeting_sharing")));
        QVERIFY(meetings->select(firstId(QStringLiteral("SELECT id FROM meeting WHERE deleted = 0 LIMIT 1"))));
        for (ChildRecordsPage* page : {meetings->attendance(), meetings->actionItems(), meetings->feedback()}) {
            meetings->tabs()->setCurrentWidget(page);
            checkChildPage(page);
        }
        // The plan editor's records.
        OperationsView* operations = m_window->operationsView();
        m_window->showView(operations);
        // The earliest in planning (a small demo made for now may have none: then the one furthest
        // from done).
        operations->openOperation(firstId(QStringLiteral(
            "SELECT id FROM operation WHERE deleted = 0 ORDER BY CASE status WHEN 'draft' THEN 0 WHEN 'planned' THEN 1"
            " WHEN 'approved' THEN 2 WHEN 'briefed' THEN 3 WHEN 'in_progress' THEN 4 ELSE 5 END, starts_at LIMIT 1")));
        OperationEditor* editor = operations->editor();
        QVERIFY(editor->isVisible());
        for (ChildRecordsPage* page : {editor->targets(), editor->assignments(), editor->followUp(), editor->feedback()}) {
            editor->tabs()->setCurrentWidget(page);
            checkChildPage(page);
        }
        editor->tabs()->setCurrentWidget(editor->timeline());
        checkChildPage(editor->timeline()->tasks());
    }

    void escapeInANewRecordCancelsItAndLeavesThePlanEditorOpen()
    {
        OperationsView* operations = m_window->operationsView();
        m_window->showView(operations);
        // One that is not closed: a closed operation's plan is read only (issue 17).
        operations->openOperation(
            firstId(QStringLiteral("SELECT id FROM operation WHERE deleted = 0 AND status <> 'closed' LIMIT 1")));
        OperationEditor* editor = operations->editor();
        editor->tabs()->setCurrentWidget(editor->targets());
        editor->targets()->startNew();
        QWidget* label = editor->targets()->findChild<QWidget*>(QStringLiteral("target_label"));
        QTest::keyClick(label, Qt::Key_Escape);
        QVERIFY(editor->isVisible());
        QVERIFY(!editor->targets()->findChild<QPushButton*>(QStringLiteral("planTargetsCreate"))->isVisible());
        // Without a new record, Escape goes back to the list as before.
        editor->targets()->table()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(editor->targets()->table(), Qt::Key_Escape);
        QTRY_VERIFY(!editor->isVisible());
    }

    void aFocusedButtonHasAFrameThatCanBeSeen()
    {
        for (const QPalette& palette : {QApplication::style()->standardPalette(), [] {
                 QPalette dark(QColor(0x2b, 0x2b, 0x2b), QColor(0x35, 0x35, 0x35));
                 dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
                 return dark;
             }()}) {
            QWidget host;
            host.setPalette(palette);
            auto* field = new QLineEdit(&host);
            field->setGeometry(0, 0, 160, 24);
            auto* button = new QPushButton(QStringLiteral("Create target"), &host);
            button->setGeometry(0, 28, 160, 32);
            host.resize(200, 70);
            QVERIFY(showAndFocus(&host));
            field->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            const QImage unfocused = button->grab().toImage();
            button->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            QVERIFY(button->hasFocus() || host.focusWidget() == button);
            const QImage focused = button->grab().toImage();
            // The frame: its colour all along the button's edge, two pixels wide, far from the window's.
            const QColor frame = FocusStyle::frameColor(palette);
            QVERIFY(qAbs(frame.lightness() - palette.color(QPalette::Window).lightness()) > 40
                    || qAbs(frame.hue() - palette.color(QPalette::Window).hue()) > 60);
            int framed = 0;
            int changed = 0;
            const int y = focused.height() / 2;
            for (int x = 0; x < 4; ++x) {
                const QColor c = focused.pixelColor(x, y);
                if (qAbs(c.red() - frame.red()) + qAbs(c.green() - frame.green()) + qAbs(c.blue() - frame.blue()) < 90)
                    ++framed;
                if (c != unfocused.pixelColor(x, y))
                    ++changed;
            }
            QVERIFY2(framed >= 1 && changed >= 2, qPrintable(QStringLiteral("framed %1, changed %2").arg(framed).arg(changed)));
        }
    }

    void theGuideAndTheReportPreviewFitTheScreen()
    {
        const QRect screen = m_window->screen()->availableGeometry();
        m_window->showGuide();
        HelpWindow* guide = m_window->helpWindow();
        QVERIFY(guide && guide->isVisible());
        QVERIFY2(guide->frameGeometry().height() <= screen.height() && guide->frameGeometry().width() <= screen.width(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(guide->width()).arg(guide->height()).arg(screen.width()).arg(screen.height())));
        QVERIFY(screen.contains(guide->frameGeometry()));
        auto* close = guide->findChild<QPushButton*>(QStringLiteral("helpClose"));
        QVERIFY(close && close->isVisible());
        QVERIFY(screen.contains(QRect(close->mapToGlobal(QPoint(0, 0)), close->size())));
        guide->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(guide));
        QTest::keyClick(guide->focusWidget() ? guide->focusWidget() : guide, Qt::Key_Escape);
        QVERIFY(!guide->isVisible());

        QPrinter printer(QPrinter::ScreenResolution);
        ReportPreview preview(&printer, m_window.get());
        QVERIFY(showAndFocus(&preview));
        QVERIFY(preview.frameGeometry().height() <= screen.height());
        QVERIFY(screen.contains(preview.frameGeometry()));
    }
};

TANDEM_GUI_TEST_MAIN(KeyboardTest)
#include "keyboard_test.moc"
