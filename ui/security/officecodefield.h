#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace tandem {

// The office's short code as a person types it (domain/officecode.h): capitals and digits only,
// what is typed in lower case put in capitals, and below it an example of the survivor codes it
// gives ("NB-2026-0001") or, in red, what is wrong with it.
class OfficeCodeField : public QWidget {
    Q_OBJECT

public:
    explicit OfficeCodeField(QWidget* parent = nullptr);

    void setCode(const QString& code);
    QString code() const; // as typed, normalised
    bool isAcceptable() const;
    QLineEdit* edit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit* m_edit;
    QLabel* m_note;
};

} // namespace tandem
