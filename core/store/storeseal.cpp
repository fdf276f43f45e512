// Identifying details at rest (DESIGN.md §4): sealed on every write to this office's box public
// key, opened on read only while the office's keys are unlocked.

#include "store.h"

#include "crypto/officekeys.h"
#include "crypto/seal.h"
#include "crypto/sealahead.h"
#include "sqlaggregates.h"
#include "storedvalue.h"
#include "value.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace tandem {
namespace {

const Store* storeOf(sqlite3_context* context)
{
    return static_cast<const Store*>(sqlite3_user_data(context));
}

// tandem_seal(x): NULL stays NULL, a sealed value (a blob) stays as it is, text is sealed.
void sqlSeal(sqlite3_context* context, int, sqlite3_value** argv)
{
    switch (sqlite3_value_type(argv[0])) {
    case SQLITE_NULL:
        sqlite3_result_null(context);
        return;
    case SQLITE_BLOB:
        sqlite3_result_value(context, argv[0]);
        return;
    default:
        break;
    }
    const QByteArray key = storeOf(context)->sealKeyForSql();
    if (key.size() != 32) {
        sqlite3_result_error(context, "identifying details can only be kept once this office has its keys", -1);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray sealed = storeOf(context)->seal(QByteArray(text, sqlite3_value_bytes(argv[0])));
    sqlite3_result_blob64(context, sealed.constData(), sqlite3_uint64(sealed.size()), SQLITE_TRANSIENT);
}

// tandem_open(x): NULL stays NULL, text (never sealed) stays, a sealed value is opened.
void sqlOpen(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const OfficeKeys* keys = storeOf(context)->identityKeys();
    if (!keys || !keys->canOpenIdentities()) {
        sqlite3_result_error(context, "survivors' identities are locked: a lead's or liaison's passphrase opens them", -1);
        return;
    }
    const auto* data = static_cast<const char*>(sqlite3_value_blob(argv[0]));
    const std::optional<QByteArray> plain = openSealed(QByteArray(data, sqlite3_value_bytes(argv[0])), *keys);
    if (!plain) {
        sqlite3_result_error(context, "an identifying detail does not open with this office's key", -1);
        return;
    }
    sqlite3_result_text64(context, plain->constData(), sqlite3_uint64(plain->size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

void Store::registerFunctions()
{
    const QVariant handle = database().driver()->handle();
    sqlite3* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    if (!db)
        return;
    sqlite3_create_function_v2(db, "tandem_seal", 1, SQLITE_UTF8, this, sqlSeal, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "tandem_open", 1, SQLITE_UTF8, this, sqlOpen, nullptr, nullptr, nullptr);
    stored::registerSqlFunctions(db);
    sqlaggregates::registerAll(db);
}

void Store::reloadKeys()
{
    // The identity key of a file with people; the box key of one from before them.
    Result<QVariant> identity = meta(QStringLiteral("identity_pk"));
    if (identity && identity->toByteArray().size() == 32) {
        m_sealKey = identity->toByteArray();
        return;
    }
    Result<QVariant> key = meta(QStringLiteral("box_pk"));
    m_sealKey = key ? key->toByteArray() : QByteArray();
}

Result<QVariant> Store::storedValue(const FieldDef& field, const QVariant& v) const
{
    if (!field.sealed || v.isNull())
        return value::toSql(field, v);
    if (v.userType() == qMetaTypeId<SealedValue>())
        return QVariant(v.value<SealedValue>().cipher);
    if (!canSeal())
        return makeError(tr("identifying details can only be kept once this office has its keys: set the "
                            "office passphrase first"),
                         m_path);
    return QVariant(seal(value::toSql(field, v).toString().toUtf8()));
}

QByteArray Store::seal(const QByteArray& plain) const
{
    if (m_sealAhead && m_sealAhead->publicKey() == m_sealKey)
        return m_sealAhead->seal(plain);
    return sealTo(plain, m_sealKey);
}

QVariant Store::readable(const FieldDef& field, const QVariant& v) const
{
    if (!m_identityKeys || !m_identityKeys->canOpenIdentities() || v.userType() != qMetaTypeId<SealedValue>())
        return v;
    const std::optional<QByteArray> plain = tandem::openSealed(v.value<SealedValue>().cipher, *m_identityKeys);
    if (!plain)
        return v;
    return value::fromSql(field, QVariant(QString::fromUtf8(*plain)));
}

void Store::openSealed(Row& row) const
{
    if (!m_identityKeys || !m_identityKeys->canOpenIdentities() || !row.entity())
        return;
    const EntityDef& e = *row.entity();
    for (size_t i = 0; i < e.fields.size(); ++i) {
        if (e.fields[i].sealed)
            row.values[i] = readable(e.fields[i], row.values[i]);
    }
}

} // namespace tandem
