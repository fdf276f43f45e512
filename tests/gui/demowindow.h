#pragma once

// A main window on a small demo file of an office with its keys, for tests that walk every view
// (keyboard, reading): the demo's operations, survivors, meetings, tips and protocols, so that
// each view has rows and each form something to show.

#include "mainwindow.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

class QDialog;

namespace tandem::test {

// Makes `dir`/name.tandem with the demo of `operations` operations (its keys' passphrase
// kOfficePassphrase) and opens it in a new, shown window of 1400 × 900; null (with a warning)
// when that fails.
std::unique_ptr<MainWindow> openDemoWindow(const QTemporaryDir& dir, const QString& name, int operations = 4);

// Every QTabWidget page of `root` visible in turn (one tab widget at a time, the others on their
// first page), `visit` called for each state and once before with every tab widget as it is.
void forEachTabState(QWidget* root, const std::function<void(const QString& where)>& visit);

// One of the window's dialogs, made afresh by `make` (its parent the window); `name` is its class
// ("tandem::TrustDialog"), with a word after it where a class has two forms.
struct DialogMaker {
    QString name;
    std::function<QDialog*()> make;
};
// Every dialog class of ui/ that a person meets, over the window's open file; `scratch` is a folder
// for the files they name. (The record picker opens through chooseOperation() instead.)
QList<DialogMaker> everyDialog(MainWindow& window, const QString& scratch);

} // namespace tandem::test
