#pragma once

#include "util/result.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tandem {

class Document;
class FieldEditor;

// The pseudonymous details of one survivor, editable: the operation and target they were
// recovered at, age band, minor, gender, nationality, foreign national, languages, trafficking
// type and whether sexual violence was reported (which decide which protocol steps apply; a known
// age band decides whether the survivor is a minor). Each change is written at once, as one undo
// step, with the steps that come to apply.
class SurvivorFields : public QWidget {
    Q_OBJECT

public:
    explicit SurvivorFields(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void showSurvivor(const QUuid& id);

Q_SIGNALS:
    // Recording minor, foreign national or sexual violence added steps that now apply.
    void stepsAdded(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void fillOperations();
    void fillTargets(const QUuid& operation);
    void write(const QString& field, const QVariant& value);
    void writeApplicability(const QString& field, bool on);
    // Where the record goes: level and group together (forms/distributionvalue.h).
    void writeSharing();
    // After a write: its refusal shown (and the fields read again), or the steps it added announced.
    void written(const Result<int>& added);
    void storeChanged(const QString& entity);

    Document* m_document = nullptr;
    QUuid m_id;
    bool m_filling = false;
    bool m_operationsStale = true;
    QComboBox* m_operation;
    QComboBox* m_target;
    QComboBox* m_ageBand;
    QCheckBox* m_minor;
    QComboBox* m_gender;
    QLineEdit* m_nationality;
    QCheckBox* m_foreign;
    QLineEdit* m_languages;
    QComboBox* m_type;
    QCheckBox* m_sexualViolence;
    FieldEditor* m_sharing;
    QLabel* m_hint;
};

} // namespace tandem
