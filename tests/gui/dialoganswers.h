#pragma once

// Answers for Dialogs::setNextDialogAnswer(): each drives the real dialog as a person would,
// through its widgets' objectNames, and fails the test (QVERIFY inside) when a widget is missing.

#include "dialogs/prompts.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QTest>

namespace tandem::test {

template <typename W> W* child(QDialog& dialog, const char* name)
{
    W* w = dialog.findChild<W*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s in %s", name, qPrintable(dialog.objectName()));
    return w;
}

inline void type(QDialog& dialog, const char* name, const QString& text)
{
    if (auto* edit = child<QLineEdit>(dialog, name)) {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

inline bool click(QDialog& dialog, const char* name)
{
    auto* button = child<QAbstractButton>(dialog, name);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// File > New's dialog: the office's name and its passphrase, twice.
inline Dialogs::DialogAnswer newOffice(const QString& name, const QString& passphrase)
{
    return [=](QDialog& d) {
        type(d, "officeNameEdit", name);
        type(d, "newPassphraseEdit", passphrase);
        type(d, "confirmPassphraseEdit", passphrase);
        click(d, "okButton");
    };
}

// The office passphrase when the KeyRing asks for it.
inline Dialogs::DialogAnswer passphrase(const QString& passphrase)
{
    return [=](QDialog& d) {
        type(d, "passphraseEdit", passphrase);
        click(d, "okButton");
    };
}

// The record picker (linking a tip to an operation, or an operation to a tip): types `search` into
// its search field, then presses Enter there, which takes the first match.
inline Dialogs::DialogAnswer pickFirst(const QString& search)
{
    return [=](QDialog& d) {
        type(d, "pickerSearch", search);
        if (auto* edit = child<QLineEdit>(d, "pickerSearch"))
            QTest::keyClick(edit, Qt::Key_Return);
    };
}

} // namespace tandem::test
