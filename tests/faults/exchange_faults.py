#!/usr/bin/env python3
"""Exchange under faults, through the real tandem-cli (issue 15, items 1-8).

Three offices edit, delete operations that own targets, un-share and share again, back up and
restore, and exchange bundles; merges, exports and restores are killed (SIGKILL) at random moments
of their run. After every kill the file must pass `check` and the command, run again, must
succeed. At the end every office exchanges with every other until nothing is new, and the shared
dumps of all three must be identical: nothing lost, nothing diverged.

    tests/faults/exchange_faults.py build/dev/bin/tandem-cli [--seeds 5] [--steps 30]

Prints one line per seed and a table "fault | tries | held". Exits 1 when anything did not hold.
"""

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

PASSPHRASE = "north quay lantern seventeen"


class Run:
    def __init__(self, cli, work):
        self.cli = cli
        self.work = work
        self.env = dict(os.environ, TANDEM_PASSPHRASE=PASSPHRASE, TMPDIR=os.path.join(work, "tmp"))
        os.makedirs(self.env["TMPDIR"], exist_ok=True)

    def __call__(self, *args, ok=True):
        r = subprocess.run([self.cli, *args], env=self.env, capture_output=True, text=True, timeout=300)
        if ok and r.returncode != 0:
            raise RuntimeError("tandem-cli %s: exit %d: %s" % (" ".join(args), r.returncode, r.stderr.strip()))
        return r

    def killed(self, delay, *args):
        """Runs a command and kills it after `delay` seconds; True when it was still running."""
        p = subprocess.Popen([self.cli, *args], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        running = p.poll() is None
        if running:
            p.send_signal(signal.SIGKILL)
        p.wait()
        return running


class Office:
    def __init__(self, run, name):
        self.run = run
        self.path = os.path.join(run.work, name.split()[0].lower() + ".tandem")
        self.id = run("init", self.path, "--office", name).stdout.splitlines()[0].strip()
        self.card = self.path + ".card"
        run("key", self.path, "--out", self.card)
        self.bundles = 0
        self.backups = []

    def export(self):
        self.bundles += 1
        out = "%s.%d.bundle" % (self.path, self.bundles)
        r = self.run("export", self.path, "--out", out, ok=False)
        if r.returncode != 0:
            raise RuntimeError("export %s: %s" % (self.path, r.stderr.strip()))
        return out

    def dump(self):
        return self.run("dump", self.path).stdout

    def sound(self):
        r = self.run("check", self.path, ok=False)
        return r.returncode == 0, r.stdout + r.stderr


def live_ids(office, entity):
    import json
    r = office.run("list", office.path, entity, "--json", ok=False)
    if r.returncode != 0:
        return []
    try:
        rows = json.loads(r.stdout)
    except ValueError:
        return []
    if isinstance(rows, dict):
        rows = rows.get("records", rows.get("rows", []))
    return [row["id"] for row in rows if isinstance(row, dict) and "id" in row]


def timed(run, *args):
    start = time.monotonic()
    run(*args)
    return time.monotonic() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    opts = ap.parse_args()

    tally = {}  # fault -> [tries, held]

    def record(fault, held):
        t = tally.setdefault(fault, [0, 0])
        t[0] += 1
        t[1] += 1 if held else 0
        return held

    failures = []
    steps = {}  # action -> how many times it was chosen
    for seed in range(opts.seeds):
        rng = random.Random(0xFA17 + seed)
        work = tempfile.mkdtemp(prefix="tandem-faults-")
        run = Run(os.path.abspath(opts.cli), work)
        offices = [Office(run, n) for n in ("Alder Police Unit", "Birch Shelter", "Cedar Labour Inspectorate")]
        for a in offices:
            for b in offices:
                if a is not b:
                    run("trust", a.path, b.card)
        notes = []

        def sound_after(fault, office, what):
            ok, text = office.sound()
            if not ok:
                notes.append("%s: %s: %s" % (fault, what, text.strip()[:300]))
            leftovers = [f for f in os.listdir(run.env["TMPDIR"])]
            if leftovers:
                notes.append("%s: %s left %s in TMPDIR" % (fault, what, leftovers))
                ok = False
            return ok

        for step in range(opts.steps):
            o = rng.choice(offices)
            ops = live_ids(o, "operation")
            action = rng.choice(["add", "add", "edit", "edit", "target", "delete", "unshare", "share",
                                 "backup", "restore", "restore", "exchange", "exchange", "exchange", "exchange"])
            steps[action] = steps.get(action, 0) + 1
            try:
                if action == "add" or (not ops and action in ("edit", "target", "delete", "unshare", "share")):
                    run("add", o.path, "operation", "code_name=Op %d-%d" % (seed, step))
                elif action == "edit":
                    run("set", o.path, "operation", rng.choice(ops), "objectives=Plan %d" % step)
                elif action == "target":
                    run("add", o.path, "target", "operation=" + rng.choice(ops), "label=Site %d" % step,
                        "address=%d Quay Road" % step)
                elif action == "delete":
                    run("delete", o.path, "operation", rng.choice(ops))
                elif action == "unshare":
                    run("set", o.path, "operation", rng.choice(ops), "sharing=office")
                elif action == "share":
                    run("set", o.path, "operation", rng.choice(ops), "sharing=partners")
                elif action == "backup":
                    o.backups.append(run("backup", o.path).stdout.strip().splitlines()[-1])
                elif action == "restore":
                    kept = [b for b in o.backups if os.path.exists(b)]
                    if not kept:
                        o.backups.append(run("backup", o.path).stdout.strip().splitlines()[-1])
                        continue
                    backup = rng.choice(kept)
                    if rng.random() < 0.7:
                        full = timed(run, "backup", o.path, "--out", os.path.join(work, "probe-%d-%d.tandem" % (seed, step)))
                        stopped = run.killed(rng.uniform(0, 2 * full + 0.3), "restore", o.path, backup)
                        held = sound_after("restore killed", o, "restore of %s" % os.path.basename(backup))
                        record("restore killed", held)
                        if not stopped:
                            continue
                    run("restore", o.path, backup)
                else:
                    to = rng.choice([x for x in offices if x is not o])
                    bundle = o.export()
                    if rng.random() < 0.6:
                        # Measure a whole merge on a copy, then kill the real one inside that time.
                        probe = to.path + ".probe.tandem"
                        shutil.copyfile(to.path, probe)
                        full = timed(run, "merge", probe, bundle)
                        for suffix in ("", "-wal", "-shm"):
                            if os.path.exists(probe + suffix):
                                os.remove(probe + suffix)
                        shutil.rmtree(probe + ".backups", ignore_errors=True)
                        run.killed(rng.uniform(0, full), "merge", to.path, bundle)
                        record("merge killed", sound_after("merge killed", to, "merge into " + os.path.basename(to.path)))
                    r = run("merge", to.path, bundle, ok=False)
                    if r.returncode != 0:
                        notes.append("merge after kill refused: " + r.stderr.strip()[:300])
                        record("merge again after a kill", False)
                    else:
                        record("merge again after a kill", True)
                    if rng.random() < 0.3:
                        full = timed(run, "export", o.path, "--out", bundle + ".probe")
                        run.killed(rng.uniform(0, full), "export", o.path, "--out", bundle + ".killed")
                        record("export killed", sound_after("export killed", o, "export of " + os.path.basename(o.path)))
            except RuntimeError as e:
                notes.append("step %d %s: %s" % (step, action, e))

        # Everyone exchanges with everyone until nothing is new.
        for _ in range(3):
            for a in offices:
                bundle = a.export()
                for b in offices:
                    if b is not a:
                        r = run("merge", b.path, bundle, ok=False)
                        if r.returncode != 0:
                            notes.append("settling merge refused: " + r.stderr.strip()[:300])
        dumps = [o.dump() for o in offices]
        converged = dumps[0] == dumps[1] == dumps[2]
        record("offices converge (shared dumps identical)", converged)
        for o in offices:
            record("check after settling", sound_after("settled", o, os.path.basename(o.path)))
        print("seed %d: %s, %d notes" % (seed, "converged" if converged else "DIVERGED", len(notes)))
        for n in notes:
            print("   ", n)
        if notes or not converged:
            failures.append(seed)
            print("    work folder kept:", work)
        elif not opts.keep:
            shutil.rmtree(work, ignore_errors=True)

    print()
    print("| fault | tries | held |")
    print("|---|---|---|")
    for fault, (tries, held) in tally.items():
        print("| %s | %d | %d |" % (fault, tries, held))
    print()
    print("steps chosen:", ", ".join("%s %d" % kv for kv in sorted(steps.items())))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
