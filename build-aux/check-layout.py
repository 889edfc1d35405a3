#!/usr/bin/env python3
"""check-layout.py [SRCDIR] [--self-test]

Checks the shape of src/ that HACKING.md describes:

- each stage folder of src/core includes only its own headers, the base
  headers in src/core and the stages before it (the order is read from
  src/core/meson.build's px_core_stages); the build already refuses such an
  include, this says which file and which header;
- no two modules include each other, directly or round a longer circle (a
  module is a .c file with its .h and -private.h);
- each stage's public header px-stage-<stage>.h includes every header of
  its folder that code outside the folder (under src/) includes, but for
  -private.h headers, which later stages of the core may use;
- with --lines, no .c file under src/ is longer than MAX_LINES.

--self-test builds a small tree with each fault and checks that every one is
reported, so the check itself is known to work.
"""
import os
import re
import sys
import tempfile

MAX_LINES = 1200
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def module_of(name):
    base = os.path.basename(name)
    base = re.sub(r'\.(c|h)$', '', base)
    return re.sub(r'-private$', '', base)


def read_stages(core):
    text = open(os.path.join(core, 'meson.build'), encoding='utf-8').read()
    m = re.search(r'px_core_stages\s*=\s*\[([^\]]*)\]', text)
    return re.findall(r"'([^']+)'", m.group(1)) if m else []


def source_files(src):
    for dirpath, _, files in os.walk(src):
        for f in files:
            if f.endswith(('.c', '.h')):
                yield os.path.join(dirpath, f)


def check(srcdir, lines=True):
    src = os.path.join(srcdir, 'src')
    core = os.path.join(src, 'core')
    stages = read_stages(core)
    problems = []
    header_stage = {}
    for path in source_files(core):
        rel = os.path.relpath(path, core).split(os.sep)
        header_stage[rel[-1]] = rel[0] if len(rel) > 1 else None

    graph = {}
    for path in sorted(source_files(src)):
        text = open(path, encoding='utf-8', errors='replace').read()
        mod = module_of(path)
        rel = os.path.relpath(path, srcdir)
        for inc in INCLUDE.findall(text):
            other = module_of(inc)
            if other != mod and inc != 'config.h':
                graph.setdefault(mod, set()).add(other)
        if lines and path.endswith('.c') and text.count('\n') > MAX_LINES:
            problems.append(f'{rel}: {text.count(chr(10))} lines (at most {MAX_LINES})')
        parts = os.path.relpath(path, core).split(os.sep)
        if parts[0] == '..' or len(parts) < 2 or parts[0] not in stages:
            continue
        own = stages.index(parts[0])
        for inc in INCLUDE.findall(text):
            stage = header_stage.get(os.path.basename(inc))
            if stage in stages and stages.index(stage) > own:
                problems.append(f'{rel}: includes {inc} from the later stage {stage}/')

    used_outside = {}
    for path in source_files(src):
        parts = os.path.relpath(path, core).split(os.sep)
        here = parts[0] if parts[0] in stages and len(parts) > 1 else None
        for inc in INCLUDE.findall(open(path, encoding='utf-8', errors='replace').read()):
            stage = header_stage.get(os.path.basename(inc))
            name = os.path.basename(inc)
            if (stage in stages and stage != here and not name.startswith('px-stage-')
                    and not name.endswith('-private.h')):
                used_outside.setdefault(stage, set()).add(os.path.basename(inc))
    for stage in stages:
        umbrella = os.path.join(core, stage, f'px-stage-{stage}.h')
        if not os.path.isfile(umbrella):
            problems.append(f'src/core/{stage}/: no public header px-stage-{stage}.h')
            continue
        listed = set(INCLUDE.findall(open(umbrella, encoding='utf-8').read()))
        for h in sorted(used_outside.get(stage, ())):
            if h not in listed:
                problems.append(f'src/core/{stage}/px-stage-{stage}.h: does not include {h}, '
                                f'which code outside {stage}/ includes')

    problems += [f'include circle: {" -> ".join(c)}' for c in circles(graph)]
    return problems


def circles(graph):
    found, seen, stack = [], set(), []

    def visit(node):
        if node in stack:
            cycle = stack[stack.index(node):] + [node]
            key = frozenset(cycle)
            if key not in seen:
                seen.add(key)
                found.append(cycle)
            return
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            visit(nxt)
        stack.pop()

    done = set()
    for node in sorted(graph):
        if node not in done:
            visit(node)
            done.add(node)
    return found


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        def put(rel, text):
            path = os.path.join(tmp, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, 'w', encoding='utf-8').write(text)
        put('src/core/meson.build', "px_core_stages = ['first', 'second']\n")
        put('src/core/first/px-a.c', '#include "px-b.h"\n')
        put('src/core/first/px-a.h', '')
        put('src/core/first/px-stage-first.h', '#include "px-a.h"\n')
        put('src/core/second/px-stage-second.h', '')
        put('src/px-ui.c', '#include "px-b.h"\n')
        put('src/core/second/px-b.c', '#include "px-a.h"\n')
        put('src/core/second/px-b.h', '')
        put('src/px-big.c', '\n' * (MAX_LINES + 1))
        got = '\n'.join(check(tmp))
    wanted = ['includes px-b.h from the later stage second/', 'include circle', 'px-big.c',
              'px-stage-second.h: does not include px-b.h']
    missing = [w for w in wanted if w not in got]
    for w in missing:
        print(f'self-test: the check did not report "{w}"')
    return 1 if missing else 0


def main():
    if '--self-test' in sys.argv:
        return self_test()
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    srcdir = args[0] if args else os.path.join(os.path.dirname(__file__), '..')
    problems = check(srcdir, '--lines' in sys.argv)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
