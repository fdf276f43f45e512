#include "document.h"

#include "security/keyring.h"
#include "store/store.h"

#include <QUndoStack>

namespace tandem {

Document::Document(std::unique_ptr<Store> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(200);
}

Document::~Document()
{
    // Commands refer to the store: they go first.
    delete m_undoStack;
    m_undoStack = nullptr;
}

void Document::reportFailure(const QString& action, const Error& error)
{
    Q_EMIT editFailed(action, error.message, error.context);
}

bool Document::isReadOnly() const
{
    return m_store->isReadOnly();
}

KeyRing* Document::keyRing() const
{
    return m_keyRing;
}

void Document::setKeyRing(KeyRing* keyRing)
{
    m_keyRing = keyRing;
}

} // namespace tandem
