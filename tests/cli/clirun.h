#pragma once

#include "catchqt.h"

#include <QJsonArray>
#include <QMap>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

namespace tandem::test {

// The office passphrase every test run gets through TANDEM_PASSPHRASE.
inline constexpr const char* kTestPassphrase = "north quay lantern seventeen";

// What one run of tandem-cli did.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    QStringList errLines() const;
    QJsonObject jsonObject() const; // stdout parsed as one JSON object (fails the test otherwise)
    QJsonArray jsonArray() const;   // stdout parsed as a JSON array
    QUuid id() const;               // stdout as one id and a newline
};

// Runs the real tandem-cli executable (TANDEM_CLI_PATH) with `arguments`, with USER set to
// "liaison7" so that the default of `tick --by` is known.
// `environment` adds to (or, with an empty value, removes from) the environment of the run.
CliRun cli(const QStringList& arguments, const QMap<QString, QString>& environment = {});

// A temporary directory with a database created by `tandem-cli init`.
class CliFile {
public:
    explicit CliFile(const QString& office = QStringLiteral("Northbridge Task Force"));
    QString path() const { return m_dir.filePath(QStringLiteral("office.tandem")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QUuid officeId() const { return m_office; }

    // Runs `tandem-cli COMMAND <this file> ARGS...`.
    CliRun run(const QString& command, const QStringList& arguments = {}) const;
    // `add`, requiring success; returns the new id.
    QUuid add(const QString& type, const QStringList& fields) const;
    QJsonObject show(const QString& type, const QUuid& id) const;
    QString dump(bool all = false) const;

private:
    QTemporaryDir m_dir;
    QUuid m_office;
};

QString idText(const QUuid& id);

} // namespace tandem::test
