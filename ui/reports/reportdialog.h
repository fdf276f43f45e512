#pragma once

#include "report/export.h"

#include <QDialog>
#include <QUuid>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPrinter;
class QPushButton;
class QSpinBox;

namespace tandem {

class OfficeKeys;

class Store;

// Report > Operation Order / After-Action Report: what to write (kind, format, paper), how it is
// marked (protective marking, copy number, recipient), whether survivors' identities go in, and
// then Preview, Print or Export. The recipient ("Copy for") is everyone (nobody named), a partner
// office or an agency: for the operation order and the assignment sheet, an agency taking part in
// the operation, whose copy then holds only what it may see (domain/needtoknow.h, said under the
// choice); the assignment sheet is always one agency's.
// The identities option is enabled only when an identity consent in force covers exactly the
// chosen recipient; otherwise it is disabled and the reason is shown under it. Every export and
// every printed copy goes to the audit log (report::exportDocument, report::printDocument).
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    // Called before a report with identities is built: unlocks the office keys (the KeyRing asks
    // for the passphrase) and returns whether the store now holds them.
    using IdentityGate = std::function<bool(QWidget* parent)>;

    ReportDialog(Store& store, const QUuid& operation, report::Kind kind, QWidget* parent = nullptr);

    void setIdentityGate(IdentityGate gate) { m_gate = std::move(gate); }
    // The office's keys, for the targets' floor plans in the operation order (report::Options::keys);
    // kept for as long as the dialog lives.
    void setOfficeKeys(std::shared_ptr<const OfficeKeys> keys) { m_keys = std::move(keys); }

    report::Options options() const;
    // The office or agency chosen as the recipient (none when none is named).
    report::Recipient recipient() const;
    report::WriteOptions writeOptions() const;
    report::Format format() const;

    // The document as the choices make it; the error has been shown when it fails.
    std::optional<report::Document> buildDocument();
    // What the buttons do once a file or printer is chosen; false (error shown) on failure.
    bool exportTo(const QString& path);
    // Prints the report on `printer` as it is set up (the Print button sets one up with the print
    // dialog first, then calls this); recorded in the audit log like an export.
    bool printTo(QPrinter& printer);

private:
    void fillRecipients();
    void updateCopy();
    void updatePermission();
    void updateFormat();
    void setUpPrinter(QPrinter& printer, const report::Document& document) const;
    void preview();
    bool print();
    bool printWithDialog(const report::Document& document);
    bool printOn(const report::Document& document, QPrinter& printer);
    void askExport();

    Store& m_store;
    QUuid m_operation;
    IdentityGate m_gate;
    std::shared_ptr<const OfficeKeys> m_keys;
    QComboBox* m_kind;
    QComboBox* m_format;
    QComboBox* m_paper;
    QComboBox* m_marking;
    QSpinBox* m_copy;
    QComboBox* m_recipient;
    QLabel* m_copyNote;
    QCheckBox* m_identities;
    QLabel* m_reason;
    QCheckBox* m_bom;
    QLabel* m_result;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_export;
    bool m_permitted = false;
};

} // namespace tandem
