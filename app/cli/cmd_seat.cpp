// seat: the other machines of this office (DESIGN.md §9, issue 20): invite one, list them, remove
// one. `init --from-seat` (cmd_file.cpp) makes the new machine's file from an invitation.

#include "commands.h"
#include "output.h"
#include "passphrase.h"
#include "session.h"

#include "domain/people.h"
#include "store/value.h"
#include "sync/seats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {

int runSeat(const QStringList& arguments)
{
    Args args(QStringLiteral("seat"), {QStringLiteral("DB")},
              Cli::tr("The other machines of this office. With --out, invites one (a lead's act): writes an "
                      "invitation FILE holding the office's keys, encrypted with a one-time passphrase that is "
                      "printed once. Give the file and the passphrase to the person separately (the passphrase "
                      "read out or on paper, never beside the file); on the new machine, 'tandem-cli init DB2 "
                      "--from-seat FILE' makes its file. The invitation can be used for %1 days. With --remove, "
                      "removes a machine (a lead's act): no bundle is made for it or taken from it any more, on "
                      "every machine of the office once they have exchanged. Otherwise lists the machines.")
                  .arg(kInvitationDays));
    const QString outName = QStringLiteral("out");
    const QString person = QStringLiteral("person");
    const QString name = QStringLiteral("name");
    const QString remove = QStringLiteral("remove");
    const QString json = QStringLiteral("json");
    args.addOption(QCommandLineOption(outName, Cli::tr("Write an invitation for a new machine to FILE."), Cli::tr("FILE")));
    args.addOption(QCommandLineOption(person, Cli::tr("The person the new machine is for (name or id; otherwise the "
                                                      "lead inviting). Survivors' identities reach it only when their "
                                                      "roles may read them."),
                                      Cli::tr("PERSON")));
    args.addOption(QCommandLineOption(name, Cli::tr("The new machine's name among the office's (otherwise after the "
                                                    "person)."),
                                      Cli::tr("NAME")));
    args.addOption(QCommandLineOption(remove, Cli::tr("Remove the machine MACHINE (its name or id)."), Cli::tr("MACHINE")));
    args.addOption(QCommandLineOption(json, Cli::tr("Print JSON.")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (args.isSet(outName) && args.isSet(remove))
        return args.usageError(Cli::tr("--out and --remove cannot be used together"));
    if (!args.isSet(outName) && (args.isSet(person) || args.isSet(name)))
        return args.usageError(Cli::tr("--person and --name go with --out"));

    if (!args.isSet(outName) && !args.isSet(remove)) {
        std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
        if (!store)
            return ExitFailure;
        Result<std::vector<Seat>> all = seats(*store, true);
        if (!all)
            return fail(all.error());
        if (args.isSet(json)) {
            QJsonArray array;
            array.append(QJsonObject{{QStringLiteral("site"), value::idText(QUuid::fromRfc4122(store->siteId()))},
                                     {QStringLiteral("name"), machineName(*store)},
                                     {QStringLiteral("this"), true}});
            for (const Seat& s : *all) {
                QJsonObject o{{QStringLiteral("site"), value::idText(QUuid::fromRfc4122(s.machine.site))},
                              {QStringLiteral("name"), s.machine.name},
                              {QStringLiteral("identities"), s.machine.identities},
                              {QStringLiteral("last_export_at"), s.machine.lastExportAt.isValid()
                                                                     ? QJsonValue(value::isoTime(s.machine.lastExportAt))
                                                                     : QJsonValue()},
                              {QStringLiteral("last_merge_at"), s.machine.lastMergeAt.isValid()
                                                                    ? QJsonValue(value::isoTime(s.machine.lastMergeAt))
                                                                    : QJsonValue()},
                              {QStringLiteral("removed_at"), s.removedAt.isValid() ? QJsonValue(value::isoTime(s.removedAt))
                                                                                   : QJsonValue()}};
                array.append(o);
            }
            out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        out() << value::idText(QUuid::fromRfc4122(store->siteId())) << '\t' << machineName(*store) << '\t'
              << Cli::tr("(this machine)") << '\n';
        for (const Seat& s : *all) {
            QStringList parts{value::idText(QUuid::fromRfc4122(s.machine.site)), s.machine.name};
            parts << (s.machine.identities ? Cli::tr("identities") : Cli::tr("no identities"));
            parts << (s.machine.lastMergeAt.isValid() ? Cli::tr("last merged %1").arg(value::isoTime(s.machine.lastMergeAt))
                                                      : Cli::tr("nothing merged from it yet"));
            if (s.removedAt.isValid())
                parts << Cli::tr("removed %1").arg(value::isoTime(s.removedAt));
            out() << parts.join(QLatin1Char('\t')) << '\n';
        }
        return ExitOk;
    }

    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    Result<OfficeKeys> keys = unlockKeys(args, *store);
    if (!keys)
        return fail(keys.error());

    if (args.isSet(remove)) {
        Result<Seat> machine = findSeat(*store, args.value(remove));
        if (!machine)
            return fail(machine.error());
        Result<Partner> removed = removeSeat(*store, machine->machine.site);
        if (!removed)
            return fail(removed.error());
        out() << Cli::tr("Removed: %1 (%2). The other machines stop exchanging with it once they have exchanged with "
                         "this one. It still holds the office's keys: to cut it off from what partners send later, the "
                         "office needs new keys.")
                     .arg(removed->name, value::idText(QUuid::fromRfc4122(removed->site)))
              << '\n';
        return ExitOk;
    }

    SeatInvitationOptions options;
    if (args.isSet(person)) {
        Result<Person> who = people::find(*store, args.value(person));
        if (!who)
            return fail(who.error());
        options.person = who->id;
    }
    options.machineName = args.value(name);
    Result<MadeInvitation> made = inviteSeat(*store, *keys, options, args.value(outName));
    if (!made)
        return fail(made.error());
    if (args.isSet(json)) {
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), args.value(outName)},
                                      {QStringLiteral("passphrase"), made->passphrase},
                                      {QStringLiteral("site"), value::idText(QUuid::fromRfc4122(made->site))},
                                      {QStringLiteral("name"), made->machineName},
                                      {QStringLiteral("person"), made->personName},
                                      {QStringLiteral("identities"), made->identities},
                                      {QStringLiteral("expires_at"), value::isoTime(made->expiresAt)}})
                .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out() << Cli::tr("Invitation for %1 (%2) written to %3.").arg(made->machineName, made->personName, args.value(outName))
          << '\n'
          << Cli::tr("One-time passphrase: %1").arg(made->passphrase) << '\n'
          << Cli::tr("Valid until %1. Give the passphrase separately from the file; it is not shown again.")
                 .arg(value::isoTime(made->expiresAt))
          << '\n';
    return ExitOk;
}

} // namespace tandem::cli
