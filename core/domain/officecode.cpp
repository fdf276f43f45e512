#include "officecode.h"

#include "store/audit.h"
#include "store/registry.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::OfficeCode)
};

constexpr int kShortest = 2;
constexpr int kLongest = 5;

bool isCodeChar(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// The Latin letters and digits of `word`, accents dropped, in upper case ("Éco" -> "ECO").
QString codeChars(const QString& word)
{
    QString out;
    for (const QChar c : word.normalized(QString::NormalizationForm_D).toUpper()) {
        if (isCodeChar(c))
            out += c;
    }
    return out;
}

} // namespace

QString officeCodeProblem(const QString& code)
{
    if (code.isEmpty())
        return Texts::tr("an office code is required: 2 to 5 capital letters or digits, such as NB");
    bool plain = code.size() >= kShortest && code.size() <= kLongest;
    for (const QChar c : code)
        plain = plain && isCodeChar(c);
    if (!plain)
        return Texts::tr("\"%1\" is not an office code: use 2 to 5 capital letters (A to Z) or digits, such as NB")
            .arg(code);
    return {};
}

QString normaliseOfficeCode(const QString& typed)
{
    return typed.trimmed().toUpper();
}

Result<QString> parseOfficeCode(const QString& typed)
{
    const QString code = normaliseOfficeCode(typed);
    if (code.isEmpty())
        return makeError(officeCodeProblem(code));
    if (!officeCodeProblem(code).isEmpty())
        return makeError(officeCodeProblem(typed.trimmed()));
    return code;
}

QString derivedOfficeCode(const QString& officeName)
{
    QString initials;
    QString firstWord;
    for (const QString& word : officeName.split(QRegularExpression(QStringLiteral("[\\s\\-_/.,&]+")), Qt::SkipEmptyParts)) {
        const QString chars = codeChars(word);
        if (chars.isEmpty())
            continue;
        if (firstWord.isEmpty())
            firstWord = chars;
        if (initials.size() < kLongest)
            initials += chars.front();
    }
    if (initials.size() >= kShortest)
        return initials;
    if (firstWord.size() >= kShortest)
        return firstWord.left(kShortest);
    return QStringLiteral("OF");
}

Result<QString> officeCode(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT code FROM office WHERE id = ?"), {store.officeId().toRfc4122()});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<QString> mintingOfficeCode(const Store& store)
{
    Result<QSqlQuery> q =
        store.exec(QStringLiteral("SELECT code, name FROM office WHERE id = ?"), {store.officeId().toRfc4122()});
    if (!q)
        return q.error();
    if (!q->next())
        return derivedOfficeCode(QString());
    const QString code = q->value(0).toString();
    return officeCodeProblem(code).isEmpty() ? code : derivedOfficeCode(q->value(1).toString());
}

Result<void> mayChangeOfficeCode(const Store& store)
{
    const EntityDef* offices = Registry::instance().entity(QStringLiteral("office"));
    if (Result<void> r = store.mayWrite(*offices); !r)
        return makeError(Texts::tr("only a lead sets the office's code: %1").arg(r.error().message), r.error().context);
    return {};
}

Result<void> setOfficeCode(Store& store, const QString& typed)
{
    Result<QString> parsed = parseOfficeCode(typed);
    if (!parsed)
        return makeError(parsed.error().message, store.path());
    const QString code = *parsed;
    if (Result<void> lead = mayChangeOfficeCode(store); !lead)
        return lead;
    Result<QString> before = officeCode(store);
    if (!before)
        return before.error();
    if (*before == code)
        return {};
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = store.update(QStringLiteral("office"), store.officeId(), {{QStringLiteral("code"), code}}); !r)
        return r;
    if (Result<void> r = appendAudit(store, QStringLiteral("office code"), code,
                                     before->isEmpty() ? Texts::tr("set to %1").arg(code)
                                                       : Texts::tr("changed from %1 to %2").arg(*before, code));
        !r)
        return r;
    return tx->commit();
}

int machineNumber(const Store& store)
{
    Result<QVariant> n = store.meta(QStringLiteral("machine_number"));
    return n && n->toInt() > 0 ? n->toInt() : 1;
}

} // namespace tandem
