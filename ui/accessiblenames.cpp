#include "accessiblenames.h"

#include <QLabel>
#include <QRegularExpression>

namespace tandem {

void nameFieldsByTheirLabels(QWidget* root)
{
    static const QRegularExpression closing(QStringLiteral("[\\s:：]+$"));
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        QWidget* field = label->buddy();
        if (!field || !field->accessibleName().isEmpty())
            continue;
        QString name = label->text();
        name.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        name.remove(QLatin1Char('&'));
        name.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        name.remove(closing);
        if (!name.isEmpty())
            field->setAccessibleName(name);
    }
}

} // namespace tandem
