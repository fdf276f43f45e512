// Writes the generated part of the fuzz seed corpus: a valid bundle from the fuzz sender to the
// fuzz receiver (tests/fuzz/fuzzkeys.h), and a valid key card. Run it after changing the bundle
// or card format:   make_fuzz_seeds tests/fuzz/corpus

#include "fuzzkeys.h"

#include "crypto/card.h"
#include "sync/bundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace tandem;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fuzz_seeds CORPUS_DIR\n");
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir work;
    const QString payload = work.filePath(QStringLiteral("payload"));
    {
        QFile f(payload);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        // Any bytes do for the envelope; several blocks' worth, to seed the frame walk.
        for (int i = 0; i < 3000; ++i)
            f.write(QByteArray::number(i).repeated(50));
    }
    const bundle::Sender sender{fuzz::kSenderSite, QStringLiteral("fuzz sender"), &fuzz::senderKeys()};
    Result<qint64> written = bundle::seal(payload, corpus.filePath(QStringLiteral("bundle/valid.bundle")), sender,
                                          {{fuzz::kReceiverSite, fuzz::receiverKeys().publicKeys().box}});
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().text()));
        return 1;
    }
    const KeyCard card{QStringLiteral("Fuzz Office"), fuzz::kSenderSite, fuzz::senderKeys().publicKeys()};
    QFile c(corpus.filePath(QStringLiteral("card/valid.card")));
    if (!c.open(QIODevice::WriteOnly))
        return 1;
    c.write(card.toText().toUtf8());
    return 0;
}
