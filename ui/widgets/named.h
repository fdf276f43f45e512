#pragma once

#include <QString>

#include <utility>

namespace tandem {

// A new object made with `args` (its parent among them, which owns it) and given its objectName
// in the same step. The name is how tests, saved layouts and the accessibility tree find a
// widget: it belongs to making the widget, so it is said where the widget is made, once, and not
// in a later line that can drift from it.
template <typename T, typename... Args>
T* named(const QString& name, Args&&... args)
{
    auto* object = new T(std::forward<Args>(args)...);
    object->setObjectName(name);
    return object;
}

} // namespace tandem
