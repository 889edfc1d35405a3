#!/usr/bin/env python3
# tests/check-man-pages.py SRCDIR PARALLAX PARALLAX-CLI [--require OPTION]
#
# Checks the man page sources in doc/man against the programs: every option
# that `parallax --help-all`, `parallax-cli --help` and each command's --help
# print, every command, and every PARALLAX_* environment variable the sources
# read (src/core: both pages, src/cli: parallax-cli(1), the rest of src:
# parallax(1)) must appear in the page. --require adds an option that must be
# documented, so that a test can prove the check fails on a missing one.

import os
import re
import subprocess
import sys

OPTION = re.compile(r"^\s+(?:(-[A-Za-z0-9]), )?(--[a-z][a-z0-9-]*)", re.M)
VARIABLE = re.compile(r'"(PARALLAX_[A-Z0-9_]+)"')


def help_options(*argv):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.pop("LANGUAGE", None)
    out = subprocess.run(argv, capture_output=True, text=True, env=env, check=True).stdout
    options = set()
    for short, long in OPTION.findall(out):
        options.add(long)
        if short:
            options.add(short)
    return out, options


def section(page, name):
    match = re.search(r"^# %s\n(.*?)(?=^# |\Z)" % re.escape(name), page, re.M | re.S)
    return match.group(1) if match else ""


def variables(srcdir, subdir, exclude=()):
    found = set()
    root = os.path.join(srcdir, "src", subdir)
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if os.path.join(folder, d) not in exclude]
        for name in files:
            if name.endswith((".c", ".h")):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    found.update(VARIABLE.findall(f.read()))
    return found


def main():
    args = sys.argv[1:]
    required = []
    while "--require" in args:
        i = args.index("--require")
        required.append(args[i + 1])
        del args[i:i + 2]
    srcdir, app, cli = args

    def page(name):
        with open(os.path.join(srcdir, "doc", "man", name + ".1.scd"), encoding="utf-8") as f:
            return f.read()

    pages = {"parallax": page("parallax"), "parallax-cli": page("parallax-cli")}
    wanted = {"parallax": set(), "parallax-cli": set(required)}
    problems = []

    _, options = help_options(app, "--help-all")
    wanted["parallax"] |= options

    out, options = help_options(cli, "--help")
    wanted["parallax-cli"] |= options | {"--help", "--version"}
    commands = re.findall(r"^  ([a-z][a-z-]*) ", out.split("Commands:", 1)[-1].split("\n\n", 1)[0], re.M)
    if not commands:
        problems.append("parallax-cli --help lists no commands")
    for command in commands:
        if "*%s*" % command not in section(pages["parallax-cli"], "COMMANDS"):
            problems.append("parallax-cli(1): command %s is not under COMMANDS" % command)
        wanted["parallax-cli"] |= help_options(cli, command, "--help")[1]

    for name, text in pages.items():
        for option in sorted(wanted[name]):
            if "*%s*" % option not in text:
                problems.append("%s(1): option %s is not documented" % (name, option))

    core = variables(srcdir, "core")
    cli_only = variables(srcdir, "cli")
    app_only = variables(srcdir, "", exclude=(os.path.join(srcdir, "src", "core"),
                                               os.path.join(srcdir, "src", "cli")))
    for name, names in (("parallax", core | app_only), ("parallax-cli", core | cli_only)):
        environment = section(pages[name], "ENVIRONMENT")
        for variable in sorted(names):
            if "*%s*" % variable not in environment:
                problems.append("%s(1): %s is not under ENVIRONMENT" % (name, variable))

    for name, text in pages.items():
        for heading in ("NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS", "ENVIRONMENT",
                        "FILES", "EXAMPLES"):
            if not section(text, heading).strip():
                problems.append("%s(1): no %s section" % (name, heading))

    for problem in problems:
        print(problem)
    checked = sum(len(w) for w in wanted.values())
    print("%d options, %d commands checked; %d problems" % (checked, len(commands), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
