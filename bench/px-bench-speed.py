#!/usr/bin/env python3
"""The speed issue's figures on real data, beside the TF-IDF baseline.

usage: bench/px-bench-speed.py [--build DIR] [--runs N] [--vs OTHER-CLI]

Prints, measured now on this machine:
- the 66 ECB+ dev subtopics, one process per subtopic: the total wall time
  of `parallax-cli align --format json` and of
  ../shared/tools/baseline-tfidf.py, run in turn subtopic by subtopic (so a
  drift of the machine's speed hits both), the median total over --runs
  rounds, and the ratio Parallax / baseline;
- all 772 dev articles as one set: wall time and peak resident memory of
  one `parallax-cli align` process (the kernel's own accounting, wait4).
With --vs, only the subtopics are timed, for this build's CLI and another
one (say the last landed build's) paired: each subtopic's baseline run is
followed by one of the two CLIs, in alternating order, so that both meet
the same machine and the same caches; it prints both totals and their
ratio. The machine's speed drifts by a quarter within minutes, which the
unpaired figures above cannot tell from a change.
Start-up on the German seeds is bench/px-bench-startup.c's job.
The data stays in ../shared: nothing of it is copied into the repository.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, '..', '..', 'shared'))
BASELINE = os.path.join(SHARED, 'tools', 'baseline-tfidf.py')
TOPICS = os.path.join(SHARED, 'data', 'ecbplus-dev', 'topics')


def run(cmd, env):
    """Wall seconds and peak RSS (MB) of one process; its output is dropped."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors='replace')
    proc.stderr.close()
    if proc.returncode != 0:
        sys.exit(f'failed ({proc.returncode}): {" ".join(cmd)}\n{err[-400:]}')
    return wall, usage.ru_maxrss / 1024.0


def subtopics(cli, env, runs):
    subs = sorted(os.listdir(TOPICS))
    totals = {'parallax': [], 'tf-idf': []}
    for _ in range(runs):
        mine = theirs = 0.0
        for sub in subs:
            folder = os.path.join(TOPICS, sub)
            mine += run([cli, 'align', '--format', 'json', folder], env)[0]
            theirs += run(['/usr/bin/python3', BASELINE, folder, '--threshold', '0.05'], env)[0]
        totals['parallax'].append(mine)
        totals['tf-idf'].append(theirs)
    mine = statistics.median(totals['parallax'])
    theirs = statistics.median(totals['tf-idf'])
    print(f'ECB+ dev, {len(subs)} subtopics, one process each (median of {runs} rounds)')
    print(f'  parallax-cli align     {mine:8.2f} s total  {1000 * mine / len(subs):7.1f} ms per subtopic')
    print(f'  tf-idf baseline        {theirs:8.2f} s total  {1000 * theirs / len(subs):7.1f} ms per subtopic')
    print(f'  ratio parallax/tf-idf  {mine / theirs:8.3f}')


def paired(cli, other, env):
    subs = sorted(os.listdir(TOPICS))
    clis = {'this build': cli, other: other}
    totals = dict.fromkeys(clis, 0.0)
    for i, sub in enumerate(subs):
        folder = os.path.join(TOPICS, sub)
        names = list(clis) if i % 2 == 0 else list(clis)[::-1]
        for name in names:
            run(['/usr/bin/python3', BASELINE, folder, '--threshold', '0.05'], env)
            totals[name] += run([clis[name], 'align', '--format', 'json', folder], env)[0]
    print(f'ECB+ dev, {len(subs)} subtopics, each CLI after a run of the TF-IDF script, paired')
    for name, total in totals.items():
        print(f'  {name:<22} {total:8.2f} s total')
    print(f'  ratio                  {totals["this build"] / totals[other]:8.3f}')


def whole_set(cli, env):
    with tempfile.TemporaryDirectory(prefix='px-speed-') as tmp:
        n = 0
        for sub in sorted(os.listdir(TOPICS)):
            for name in os.listdir(os.path.join(TOPICS, sub)):
                os.symlink(os.path.join(TOPICS, sub, name), os.path.join(tmp, name))
                n += 1
        wall, rss = run([cli, 'align', '--format', 'json', tmp], env)
        base_wall, base_rss = run(['/usr/bin/python3', BASELINE, tmp, '--threshold', '0.05'], env)
    print(f'All {n} dev articles as one set, one process')
    print(f'  parallax-cli align     {wall:8.2f} s wall  {rss:7.0f} MB peak RSS')
    print(f'  tf-idf baseline        {base_wall:8.2f} s wall  {base_rss:7.0f} MB peak RSS')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--build', default='_build-rel')
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--vs', metavar='OTHER-CLI', help='another parallax-cli, timed paired with this build')
    args = ap.parse_args()
    cli = os.path.abspath(os.path.join(args.build, 'src', 'cli', 'parallax-cli'))
    if not os.path.exists(cli):
        sys.exit(f'px-bench-speed: no {cli}; build it first (see HACKING.md)')
    if not os.path.isdir(TOPICS):
        sys.exit(f'px-bench-speed: no ECB+ dev data at {TOPICS}')
    env = dict(os.environ)
    vectors = os.path.join(os.path.abspath(args.build), 'src', 'core', 'lexicon', 'vectors-en.pxidx')
    if os.path.exists(vectors):
        env.setdefault('PARALLAX_VECTORS', vectors)
    if args.vs:
        paired(cli, os.path.abspath(args.vs), env)
        return
    subtopics(cli, env, args.runs)
    whole_set(cli, env)


if __name__ == '__main__':
    main()
