// One way to follow the open file's changes (issue 16): followStore() moves a view's or model's
// Store::changed connection from the store (or document) it showed to the next one, so that a
// closed file's changes never reach it and the open file's always do.

#include "guitest.h"
#include "testsupport.h"

#include "document.h"
#include "records/followstore.h"
#include "store/store.h"

#include <QPointer>

using namespace tandem;

namespace {

// Counts the changes it hears, and from which store.
class Listener : public QObject {
public:
    void heard(const QString& entity) { m_heard.append(entity); }
    QStringList m_heard;
};

} // namespace

class FollowStoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsOnlyTheStoreItHolds()
    {
        test::TempStore a, b;
        Listener listener;
        QPointer<Store> held;
        followStore(held, a.store.get(), &listener, &Listener::heard);
        QCOMPARE(held.data(), a.store.get());
        Q_EMIT a->changed(QStringLiteral("a1"), {});
        Q_EMIT b->changed(QStringLiteral("b1"), {});
        QCOMPARE(listener.m_heard, QStringList{QStringLiteral("a1")});

        followStore(held, b.store.get(), &listener, &Listener::heard);
        Q_EMIT a->changed(QStringLiteral("a2"), {});
        Q_EMIT b->changed(QStringLiteral("b2"), {});
        QCOMPARE(listener.m_heard, (QStringList{QStringLiteral("a1"), QStringLiteral("b2")}));

        // Following the same store again does not make it heard twice.
        followStore(held, b.store.get(), &listener, &Listener::heard);
        Q_EMIT b->changed(QStringLiteral("b3"), {});
        QCOMPARE(listener.m_heard.count(QStringLiteral("b3")), 1);

        // No file: nothing is heard.
        followStore(held, static_cast<Store*>(nullptr), &listener, &Listener::heard);
        QVERIFY(!held);
        Q_EMIT a->changed(QStringLiteral("a4"), {});
        Q_EMIT b->changed(QStringLiteral("b4"), {});
        QCOMPARE(listener.m_heard.size(), 3);
    }

    void followsTheDocumentsStore()
    {
        test::TempStore a, b;
        Store* storeA = a.store.get();
        Store* storeB = b.store.get();
        Document first(std::move(a.store));
        Document second(std::move(b.store));
        QObject other;
        Listener listener;
        // A connection of another kind to the same store is not this one's to keep.
        QObject::connect(storeA, &Store::changed, &other, [&] { listener.m_heard.append(QStringLiteral("other")); });
        Document* held = nullptr;
        followStore(held, &first, &listener, [&](const QString& entity, const QList<QUuid>&) { listener.heard(entity); });
        Q_EMIT storeA->changed(QStringLiteral("first"), {});
        followStore(held, &second, &listener, [&](const QString& entity) { listener.heard(entity); });
        Q_EMIT storeA->changed(QStringLiteral("first again"), {});
        Q_EMIT storeB->changed(QStringLiteral("second"), {});
        QCOMPARE(held, &second);
        QCOMPARE(listener.m_heard, (QStringList{QStringLiteral("other"), QStringLiteral("first"),
                                                QStringLiteral("other"), QStringLiteral("second")}));
    }
};

TANDEM_GUI_TEST_MAIN(FollowStoreTest)
#include "followstore_test.moc"
