// Attachments in the window (issue 21): a file attached to an operation with the button and one
// dropped on a target, previewed (an image, a PDF page, a crafted image refused in place), saved
// out, removed and brought back with Undo; a file above the office's limit refused with nothing
// kept; a survivor's file on the protected tab.

#include "dialoganswers.h"
#include "document.h"
#include "guitest.h"
#include "mainwindow.h"
#include "screenshots.h"

#include "attachments/attachmentpreview.h"
#include "attachments/attachmentspanel.h"
#include "operations/operationeditor.h"
#include "operations/operationsview.h"
#include "records/childrecordspage.h"
#include "records/childtablemodel.h"
#include "security/keyring.h"
#include "store/attachmentstore.h"
#include "store/store.h"
#include "survivors/survivordetail.h"
#include "survivors/survivorsview.h"

#include "testsupport.h"

#include <QFile>
#include <QLineEdit>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QAction>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QUrl>

using namespace tandem;

namespace {

using test::click;

} // namespace

class AttachmentsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    Store& store() { return *m_window->store(); }
    OperationEditor* editor() { return m_window->operationsView()->editor(); }

    QString floorPlan()
    {
        QImage image(640, 420, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setPen(QPen(Qt::black, 6));
        p.drawRect(20, 20, 600, 380);
        p.drawLine(320, 20, 320, 250);
        p.drawText(40, 60, QStringLiteral("Ground floor — rear entrance east"));
        p.end();
        const QString path = m_dir.filePath(QStringLiteral("ground-floor.png"));
        image.save(path);
        return path;
    }

    QString pdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("warrant-2026-114.pdf"));
        QPdfWriter writer(path);
        QPainter p(&writer);
        p.drawText(QRect(0, 0, 4000, 400), QStringLiteral("Search warrant 2026/114 — Wrenmouth District Court"));
        p.end();
        return path;
    }

    QUuid operation()
    {
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")}});
        if (!op)
            return {};
        if (!store().insert(QStringLiteral("target"), {{QStringLiteral("operation"), *op}, {QStringLiteral("label"), QStringLiteral("Target A")},
                                                       {QStringLiteral("address"), QStringLiteral("12 Mill Lane, Wrenmouth")}}))
            return {};
        return *op;
    }

    // Opens the file's keys, as the window asks for them the first time.
    void unlock()
    {
        if (m_window->keyRing()->isUnlocked())
            return;
        Dialogs::setNextDialogAnswer(test::passphrase(test::kOfficePassphrase));
        QVERIFY(m_window->keyRing()->unlock(m_window.get(), QStringLiteral("test")));
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        Dialogs::setTestMode(true);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createFile(m_dir.filePath(QStringLiteral("files-%1.tandem").arg(QUuid::createUuid().toString(QUuid::Id128))),
                                     QStringLiteral("Eastbrook Task Force"), test::kOfficePassphrase));
        unlock();
    }

    void cleanup()
    {
        m_window.reset();
        const QList<Dialogs::Message> unread = Dialogs::takeMessages();
        for (const Dialogs::Message& m : unread)
            qWarning() << "message not checked by the test:" << m.text << m.details;
    }

    void attachPreviewRemoveUndo()
    {
        const QUuid op = operation();
        QVERIFY(!op.isNull());
        m_window->operationsView()->openOperation(op);
        AttachmentsPanel* files = editor()->files();
        editor()->tabs()->setCurrentWidget(files->parentWidget());
        const QString plan = floorPlan();
        Dialogs::setNextFileName(plan);
        click(m_window->findChild<QPushButton*>(QStringLiteral("operationAttachFile")));
        QCOMPARE(files->count(), 1);
        QCOMPARE(files->table()->item(0, 0)->text(), QStringLiteral("ground-floor.png"));
        QCOMPARE(files->table()->item(0, 1)->text(), QStringLiteral("Image (PNG)"));
        QVERIFY(editor()->tabs()->tabText(editor()->tabs()->indexOf(files->parentWidget())).contains(QStringLiteral("(1)")));
        test::screenshot(m_window.get(), QStringLiteral("operation-files"), QStringLiteral("files"));

        // Open shows the image from memory.
        QString shown;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            auto* preview = qobject_cast<AttachmentPreview*>(&d);
            QVERIFY(preview);
            shown = preview->shown();
            test::screenshot(&d, QStringLiteral("image-preview"), QStringLiteral("files"));
            test::click(d, "closeButton");
        });
        click(m_window->findChild<QPushButton*>(QStringLiteral("operationAttachmentOpen")));
        QCOMPARE(shown, QStringLiteral("image"));

        // F2 retitles it (undoable); an empty title is refused.
        files->table()->setCurrentCell(0, 0);
        files->table()->setFocus();
        QTest::keyClick(files->table(), Qt::Key_F2);
        auto* editor = files->table()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Ground floor, rear entrance"));
        QTest::keyClick(editor, Qt::Key_Return);
        // Written once the editor has closed, by the event loop.
        const auto storedTitle = [this] {
            Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT title FROM operation_attachment"));
            return q && q->next() ? q->value(0).toString() : QString();
        };
        QTRY_COMPARE(storedTitle(), QStringLiteral("Ground floor, rear entrance"));
        QCOMPARE(files->table()->item(0, 0)->text(), QStringLiteral("Ground floor, rear entrance"));
        files->retitle(0, QStringLiteral("   "));
        QCOMPARE(Dialogs::takeMessages().size(), 1);
        QCOMPARE(files->table()->item(0, 0)->text(), QStringLiteral("Ground floor, rear entrance"));
        m_window->document()->undoStack()->undo();
        QCOMPARE(files->table()->item(0, 0)->text(), QStringLiteral("ground-floor.png"));

        // Save As writes the same bytes.
        const QString copy = m_dir.filePath(QStringLiteral("copy.png"));
        Dialogs::setNextFileName(copy);
        click(m_window->findChild<QPushButton*>(QStringLiteral("operationAttachmentSave")));
        QFile a(plan), b(copy);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());

        // Remove, and Undo brings it back with its bytes.
        click(m_window->findChild<QPushButton*>(QStringLiteral("operationAttachmentRemove")));
        QCOMPARE(files->count(), 0);
        m_window->document()->undoStack()->undo();
        QCOMPARE(files->count(), 1);
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            shown = qobject_cast<AttachmentPreview*>(&d)->shown();
            test::click(d, "closeButton");
        });
        click(m_window->findChild<QPushButton*>(QStringLiteral("operationAttachmentOpen")));
        QCOMPARE(shown, QStringLiteral("image"));
    }

    void dropOnTargetAndPreviewPdf()
    {
        const QUuid op = operation();
        m_window->operationsView()->openOperation(op);
        ChildRecordsPage* targets = editor()->targets();
        editor()->tabs()->setCurrentWidget(targets);
        targets->select(targets->model()->idAt(0));
        AttachmentsPanel* files = editor()->targetFiles();
        QVERIFY(files->isVisible());
        QCOMPARE(files->owner(), targets->model()->idAt(0));

        // Dropped from the file manager.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(pdf())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(files, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(files, &drop);
        QCOMPARE(files->count(), 1);
        QCOMPARE(files->table()->item(0, 1)->text(), QStringLiteral("PDF"));
        test::screenshot(m_window.get(), QStringLiteral("target-files"), QStringLiteral("files"));

        QString shown;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            shown = qobject_cast<AttachmentPreview*>(&d)->shown();
            test::screenshot(&d, QStringLiteral("pdf-preview"), QStringLiteral("files"));
            test::click(d, "closeButton");
        });
        files->table()->selectRow(0);
        files->openCurrent();
        QCOMPARE(shown, QStringLiteral("pdf"));
    }

    void craftedFilesAreRefusedInPlace()
    {
        // A PNG whose header claims 100,000 × 100,000 pixels.
        const QByteArray png = QByteArray::fromHex(
            "89504e470d0a1a0a0000000d49484452000186a0000186a00806000000a8520bc80000000c49444154789c6360a00c000000400001b734"
            "7cef0000000049454e44ae426082");
        QString problem;
        QVERIFY(AttachmentPreview::readImage(png, &problem).isNull());
        QVERIFY2(problem.contains(QStringLiteral("100000 × 100000")), qPrintable(problem));
        AttachmentPreview image(QStringLiteral("x"), QStringLiteral("image/png"), png);
        QCOMPARE(image.shown(), QStringLiteral("problem"));
        // Garbage that calls itself a PDF.
        AttachmentPreview pdf(QStringLiteral("y"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.7\n") + QByteArray(5000, 'x'));
        QCOMPARE(pdf.shown(), QStringLiteral("problem"));
        QVERIFY(pdf.problem().contains(QStringLiteral("cannot be shown")));
    }

    void tooLargeIsRefusedAndNothingKept()
    {
        const QUuid op = operation();
        QVERIFY(attachments::setLimit(store(), 1'000'000));
        m_window->operationsView()->openOperation(op);
        AttachmentsPanel* files = editor()->files();
        const QString big = m_dir.filePath(QStringLiteral("big.bin"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(1'500'000, 'x'));
        }
        QVERIFY(!files->attachFiles({big}));
        const QList<Dialogs::Message> said = Dialogs::takeMessages();
        QCOMPARE(said.size(), 1);
        QVERIFY2(said[0].details.contains(QStringLiteral("larger than the 1")), qPrintable(said[0].details));
        QCOMPARE(files->count(), 0);
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT count(*) FROM attachment_chunk"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    // The office's limit, set in Preferences (a lead's; the file's creator is its first lead).
    void limitSetInPreferences()
    {
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* spin = d.findChild<QSpinBox*>(QStringLiteral("attachmentLimitMegabytes"));
            QVERIFY(spin && spin->isEnabled());
            QCOMPARE(spin->value(), 50);
            spin->setValue(120);
            test::click(d, "okButton");
        });
        m_window->findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
        QCOMPARE(attachments::limit(store()), qint64(120'000'000));
    }

    void survivorsFileOnTheProtectedTab()
    {
        Result<QUuid> s = store().insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("EB-2026-0001")}});
        QVERIFY(s);
        m_window->showView(m_window->survivorsView());
        QVERIFY(m_window->survivorsView()->selectSurvivor(*s));
        AttachmentsPanel* files = m_window->survivorsView()->findChild<SurvivorDetail*>()->files();
        QCOMPARE(files->owner(), *s);
        QVERIFY(files->attachFiles({floorPlan()}));
        QCOMPARE(files->count(), 1);
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT identifying FROM attachment_chunk"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
        // Locked: the title is not shown.
        m_window->keyRing()->lock();
        QVERIFY(files->table()->item(0, 0)->text().startsWith(QStringLiteral("(locked")));
    }
};

TANDEM_GUI_TEST_MAIN(AttachmentsTest)
#include "attachments_test.moc"
