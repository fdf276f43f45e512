#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tandem {

class Document;

// Under an agency's entry in the Agencies directory: the action items it owns that are not done
// yet (agreed at a meeting or in an operation's follow-up), soonest due first, overdue ones in red.
// It follows the store: an item ticked done anywhere leaves the list at once.
class AgencyActionItems : public QWidget {
    Q_OBJECT

public:
    explicit AgencyActionItems(QWidget* parent = nullptr);

    // Shows the open items of `agency` in `document`'s file; hidden while no agency is shown.
    void showAgency(Document* document, const QUuid& agency);
    // How many items the list shows (for tests and the heading).
    int count() const;

private:
    void fill();

    QPointer<Document> m_document;
    QUuid m_agency;
    QLabel* m_heading;
    QTreeWidget* m_list;
};

} // namespace tandem
