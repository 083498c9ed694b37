#!/usr/bin/env python3
"""Interrupted builds: `playbook build` killed with SIGKILL at random moments, over and over.

A 1,000-page handbook is built, then rebuilt with a changed nav partial (every page changes)
and killed at a random point of that build (seeded delays; where they fall depends on the
machine, and at least a fifth must cut a build short). After each kill `public/` must be the
whole old site or the whole new one, byte for byte, and the next build (incremental) must
equal a clean build of the same input.

Usage: Tests/interrupt/run.py PATH/TO/playbook [KILLS] [SEED]
(PLAYBOOK_INTERRUPT_VERBOSE=1 prints when each kill fell.)
"""
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent.parent


def tree(folder):
    """Every file under `folder` with the hash of its bytes."""
    found = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def build(playbook, project, output, clean=False):
    command = [playbook, "build", "--templates", str(project / "site-templates"), "--output", str(output)]
    if clean:
        command.append("--clean")
    subprocess.run(command, cwd=project, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def main():
    playbook = str(Path(sys.argv[1]).resolve())
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    work = Path(tempfile.mkdtemp(prefix="playbook-interrupt-"))
    try:
        project = work / "site"
        subprocess.run([playbook, "sample-handbook", "--pages", "1000", "--output", str(project)], check=True, stdout=subprocess.DEVNULL)
        shutil.copytree(REPOSITORY / "site-templates", project / "site-templates")
        nav = project / "site-templates" / "partials" / "nav.mustache"
        versions = [nav.read_text(encoding="utf-8"), nav.read_text(encoding="utf-8") + "<!-- phiên bản 2 -->\n"]

        # The whole site of each version, built clean elsewhere.
        references = []
        for text in versions:
            nav.write_text(text, encoding="utf-8")
            reference = work / f"reference-{len(references)}"
            build(playbook, project, reference, clean=True)
            references.append(tree(reference))
        output = work / "public"
        nav.write_text(versions[0], encoding="utf-8")
        build(playbook, project, output)
        assert tree(output) == references[0], "the first build differs from the clean one"
        # How long a rebuild after the nav changes takes: kills fall over all of it and a bit after.
        full = 0
        for version in (1, 0):
            nav.write_text(versions[version], encoding="utf-8")
            started = time.monotonic()
            build(playbook, project, output)
            full = max(full, time.monotonic() - started)

        current = 0
        failures = []
        outcomes = {"old": 0, "new": 0}
        mid_build = 0
        for kill in range(kills):
            target = 1 - current
            nav.write_text(versions[target], encoding="utf-8")
            # Past the racy margin, so the build may trust the stamps it records.
            time.sleep(0.05)
            process = subprocess.Popen(
                [playbook, "build", "--templates", str(project / "site-templates"), "--output", str(output)],
                cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            delay = rng.uniform(0, full * 1.5)
            time.sleep(delay)
            finished = process.poll() is not None
            if not finished:
                mid_build += 1
            if os.environ.get("PLAYBOOK_INTERRUPT_VERBOSE"):
                print(f"kill {kill + 1} after {delay:.2f} s; finished before: {finished}")
            process.send_signal(signal.SIGKILL)
            process.wait()
            seen = tree(output)
            if seen == references[current]:
                outcomes["old"] += 1
            elif seen == references[target]:
                outcomes["new"] += 1
            else:
                failures.append(f"kill {kill + 1}: public/ is neither the old site nor the new one")
            build(playbook, project, output)
            if tree(output) != references[target]:
                failures.append(f"kill {kill + 1}: the build after the kill differs from a clean build")
            current = target
        # Delays are drawn from a seed; where they fall in the build depends on the machine,
        # so the run checks that enough of them cut a build short.
        if mid_build < kills // 5 or outcomes["old"] == 0:
            failures.append(f"only {mid_build} of {kills} kills fell while a build ran; nothing was interrupted enough to show")
        for failure in failures:
            print("FAIL -", failure)
        print(f"interrupt: {kills} kills in a {full:.1f} s build, {mid_build} while it ran; public/ whole old {outcomes['old']} times, whole new {outcomes['new']} times; {len(failures)} failures")
        sys.exit(1 if failures else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
