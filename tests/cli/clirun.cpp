#include "clirun.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <csignal>

#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tandem::test {

QStringList CliRun::errLines() const
{
    QStringList lines = err.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonObject CliRun::jsonObject() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO("stdout: " << out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonArray CliRun::jsonArray() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO("stdout: " << out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

QUuid CliRun::id() const
{
    INFO("stdout: " << out.toStdString());
    REQUIRE(out.endsWith(QLatin1Char('\n')));
    const QUuid id = QUuid::fromString(out.trimmed());
    REQUIRE_FALSE(id.isNull());
    REQUIRE(out.trimmed() == id.toString(QUuid::WithoutBraces));
    return id;
}

CliRun cli(const QStringList& arguments, const QMap<QString, QString>& environment, const CliProcess& how)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("liaison7"));
    env.insert(QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kTestPassphrase));
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    const bool dropRoot = how.unprivileged && runningAsRoot();
    if (how.umask >= 0 || how.fileSizeLimit >= 0 || dropRoot) {
        // In the child between fork and exec: only async-signal-safe calls.
        process.setChildProcessModifier([how, dropRoot] {
            if (how.umask >= 0)
                ::umask(mode_t(how.umask));
            if (how.fileSizeLimit >= 0) {
                // Past the limit write() fails with EFBIG, as it fails with ENOSPC on a full disk,
                // instead of the process being killed by SIGXFSZ.
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit{rlim_t(how.fileSizeLimit), rlim_t(how.fileSizeLimit)};
                ::setrlimit(RLIMIT_FSIZE, &limit);
            }
            if (dropRoot) {
                const gid_t nogroup = 65534;
                if (::setgroups(0, nullptr) != 0 || ::setgid(nogroup) != 0 || ::setuid(65534) != 0)
                    ::_exit(125);
            }
        });
    }
    process.start(QStringLiteral(TANDEM_CLI_PATH), arguments);
    INFO("tandem-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForStarted(10'000));
    REQUIRE(process.waitForFinished(120'000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliRun run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CliFile::CliFile(const QString& office)
{
    REQUIRE(m_dir.isValid());
    const CliRun init = cli({QStringLiteral("init"), path(), QStringLiteral("--office"), office});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    // init prints the office's id, then its short code.
    m_office = QUuid::fromString(init.out.section(QLatin1Char('\n'), 0, 0));
    REQUIRE_FALSE(m_office.isNull());
    REQUIRE(init.out.contains(QStringLiteral("Office code: ")));
}

CliRun CliFile::run(const QString& command, const QStringList& arguments) const
{
    return cli(QStringList{command, path()} + arguments);
}

QUuid CliFile::add(const QString& type, const QStringList& fields) const
{
    const CliRun r = run(QStringLiteral("add"), QStringList{type} + fields);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.id();
}

QJsonObject CliFile::show(const QString& type, const QUuid& id) const
{
    const CliRun r = run(QStringLiteral("show"), {type, idText(id), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.jsonObject();
}

QString CliFile::dump(bool all) const
{
    const CliRun r =
        run(QStringLiteral("dump"), all ? QStringList{QStringLiteral("--all")} : QStringList{});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.err.isEmpty());
    return r.out;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

void openToOthers(const QString& path)
{
    const QString root = QDir::tempPath();
    QString at = QFileInfo(path).absoluteFilePath();
    while (at.startsWith(root + QLatin1Char('/'))) {
        if (QFileInfo(at).isDir())
            REQUIRE(::chmod(QFile::encodeName(at).constData(), 0755) == 0);
        at = QFileInfo(at).absolutePath();
    }
}

int modeOf(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

void requireOk(const CliRun& r)
{
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

void requireRefused(const CliRun& r, const QString& message)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    REQUIRE(r.errLines().size() == 1);
    CHECK(r.errLines().front().contains(message));
}

QString card(const CliFile& office)
{
    const QString path = office.file(QStringLiteral("office.card"));
    const CliRun r = office.run(QStringLiteral("key"), {QStringLiteral("--out"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out.startsWith(QStringLiteral("fingerprint: ")));
    return path;
}

void trust(const CliFile& a, const CliFile& b)
{
    const CliRun r = a.run(QStringLiteral("trust"), {card(b)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QString exportFor(const CliFile& from, const CliFile& to, const QString& name)
{
    const QString bundle = from.file(name);
    const CliRun r = from.run(QStringLiteral("export"), {QStringLiteral("--out"), bundle, QStringLiteral("--to"), idText(to.officeId())});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return bundle;
}

void send(const CliFile& from, const CliFile& to)
{
    const QString bundle = exportFor(from, to, QStringLiteral("for-%1.bundle").arg(idText(to.officeId())));
    const CliRun m = to.run(QStringLiteral("merge"), {bundle});
    INFO(m.err.toStdString());
    REQUIRE(m.exitCode == 0);
}

std::optional<CliRun> onFullDisk(const QString& out, const QStringList& arguments, QStringList& leftOver,
                                 const QMap<QString, QString>& environment)
{
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=64k tandem-full \"$OUT\" 2>/dev/null || exit 97\n"
        "head -c 1048576 /dev/zero > \"$OUT/.filler\" 2>/dev/null\n"
        "\"$@\"; rc=$?\n"
        "echo '--- left in the folder ---'\n"
        "ls -A \"$OUT\"\n"
        "exit $rc\n");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kTestPassphrase));
    env.insert(QStringLiteral("OUT"), out);
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("unshare"), QStringList{QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                                                         script, QStringLiteral("sh"), QStringLiteral(TANDEM_CLI_PATH)}
                                                 + arguments);
    if (!process.waitForStarted(10'000))
        return std::nullopt;
    REQUIRE(process.waitForFinished(120'000));
    const QString all = QString::fromUtf8(process.readAllStandardOutput());
    const qsizetype cut = all.indexOf(QStringLiteral("--- left in the folder ---\n"));
    if (process.exitCode() == 97 || cut < 0)
        return std::nullopt; // no mount namespace here (unshare refused)
    CliRun run;
    run.exitCode = process.exitCode();
    run.out = all.left(cut);
    leftOver = all.mid(cut + 27).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    leftOver.removeAll(QStringLiteral(".filler"));
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}


} // namespace tandem::test
