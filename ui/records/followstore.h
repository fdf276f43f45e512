#pragma once

#include "document.h"
#include "store/store.h"

#include <utility>

namespace tandem {

// The store a view or model listens to: the store itself, or the open document's (null for none).
inline Store* storeOf(Store* store)
{
    return store;
}
inline Store* storeOf(Document* document)
{
    return document ? &document->store() : nullptr;
}

// Makes `held` (a pointer member to the store or document that `receiver` shows) `next`, and
// moves `receiver`'s ear with it: every connection from the old store to `receiver` is cut, and
// `slot` hears the new store's Store::changed(). Either may be null (no file open).
template <typename Held, typename Next, typename Receiver, typename Slot>
void followStore(Held& held, Next* next, Receiver* receiver, Slot&& slot)
{
    if (Store* old = storeOf(held))
        QObject::disconnect(old, nullptr, receiver, nullptr);
    held = next;
    if (Store* now = storeOf(held))
        QObject::connect(now, &Store::changed, receiver, std::forward<Slot>(slot));
}

} // namespace tandem
