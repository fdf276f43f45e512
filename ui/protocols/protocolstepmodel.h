#pragma once

#include "domain/protocolfile.h"

#include <QAbstractTableModel>

#include <vector>

namespace tandem {

// The steps of a protocol being edited: a working copy, written to the store only when the editor
// saves. Rows can be dragged to a new place (or moved with moveStep()); every change emits
// modified(). The vertical header numbers the steps.
class ProtocolStepModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Owner, Due, Mandatory, AppliesTo, ColumnCount };
    static constexpr const char* kMimeType = "application/x-tandem-protocol-step";

    explicit ProtocolStepModel(QObject* parent = nullptr);

    void setSteps(std::vector<ProtocolStepSpec> steps);
    const std::vector<ProtocolStepSpec>& steps() const { return m_steps; }
    const ProtocolStepSpec* step(int row) const;
    void setStep(int row, const ProtocolStepSpec& step);
    // Inserts `step` at `row` (clamped); returns where it went.
    int insertStep(int row, const ProtocolStepSpec& step);
    void removeStep(int row);
    // Moves the step at `from` so that it ends up at `to`; false when either is out of range.
    bool moveStep(int from, int to);

    // "+1 h after T0", "Before the first interview": a step's due time for people.
    static QString dueText(const ProtocolStepSpec& step);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                  int destinationChild) override;

Q_SIGNALS:
    void modified();

private:
    std::vector<ProtocolStepSpec> m_steps;
};

} // namespace tandem
