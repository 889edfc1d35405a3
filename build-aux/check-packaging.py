#!/usr/bin/env python3
# build-aux/check-packaging.py debian|flatpak SRCDIR
#
# Keeps the packaging in step with build-aux/deps.sh, which is where a new
# dependency is added first:
#
#   debian   debian/control's Build-Depends are exactly deps.sh's build, data
#            and check packages (the last two <!nocheck>), plus
#            debhelper-compat; Depends holds ${shlibs:Depends},
#            ${misc:Depends} and exactly the data packages.
#   flatpak  the manifest has one module per data package and per -dev
#            package the GNOME runtime lacks, every download pinned by
#            sha256, finish-args no broader than the app needs, and an --env
#            for every word list the core reads.

import json
import os
import re
import subprocess
import sys

# -dev packages of deps.sh whose libraries org.gnome.Platform/Sdk ship.
RUNTIME_PROVIDES = {"libgtk-4-dev", "libadwaita-1-dev", "libjson-glib-dev", "libxml2-dev"}
# Build tools: the SDK has them, they are no module.
SDK_TOOLS = {"meson", "ninja-build", "pkg-config", "gettext", "scdoc", "bash-completion"}
# PARALLAX_* variables that name no data file, so need no --env.
NOT_DATA = {"PARALLAX_ALIGN_TRACE", "PARALLAX_LOCALEDIR", "PARALLAX_SAMPLEDIR",
            # Developer tools of bench/fit-scorer.py.
            "PARALLAX_ALIGN_FEATURES", "PARALLAX_ALIGN_ARTICLES", "PARALLAX_ALIGN_WEIGHTS",
            # Found in the app's own data folder (/app/share/parallax) without help.
            "PARALLAX_VECTORS"}
# finish-args the app may have: a display, GL, and nothing else.
ALLOWED_ARGS = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}


def deps(srcdir, group):
    script = '. "$0"; echo "$PARALLAX_%s_PACKAGES"' % group
    out = subprocess.run(["sh", "-c", script, os.path.join(srcdir, "build-aux", "deps.sh")],
                         capture_output=True, text=True, check=True).stdout.split()
    if not out:
        raise SystemExit("deps.sh has no PARALLAX_%s_PACKAGES" % group)
    return out


def control_fields(path):
    """The paragraphs of a deb822 file as dicts, continuation lines joined."""
    paragraphs, fields, key = [], {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if fields:
                    paragraphs.append(fields)
                fields, key = {}, None
            elif line[0] in " \t":
                fields[key] += "\n" + line.strip()
            elif not line.startswith("#"):
                key, _, value = line.partition(":")
                fields[key] = value.strip()
    if fields:
        paragraphs.append(fields)
    return paragraphs


def relations(value):
    """{package: profile-or-''} for a relation field such as Build-Depends."""
    result = {}
    for item in value.replace("\n", " ").split(","):
        item = item.strip()
        if not item:
            continue
        name = re.match(r"[A-Za-z0-9${}:.+-]+", item).group(0)
        profile = re.search(r"<([^>]*)>", item)
        result[name] = profile.group(1) if profile else ""
    return result


def check_debian(srcdir):
    problems = []
    source, *binaries = control_fields(os.path.join(srcdir, "debian", "control"))
    build = set(deps(srcdir, "BUILD"))
    check = set(deps(srcdir, "DATA")) | set(deps(srcdir, "CHECK"))
    have = relations(source.get("Build-Depends", ""))

    if "debhelper-compat" not in have:
        problems.append("Build-Depends lacks debhelper-compat")
    have.pop("debhelper-compat", None)
    for name in sorted(build - set(have)):
        problems.append("Build-Depends lacks %s (deps.sh build package)" % name)
    for name in sorted(check - set(have)):
        problems.append("Build-Depends lacks %s <!nocheck> (deps.sh data or check package)" % name)
    for name in sorted(set(have) - build - check):
        problems.append("Build-Depends has %s, which deps.sh does not build or check with" % name)
    for name in sorted(build & set(have)):
        if have[name]:
            problems.append("Build-Depends: %s is needed to build, not only to check" % name)
    for name in sorted(check & set(have)):
        if have[name] != "!nocheck":
            problems.append("Build-Depends: %s should be <!nocheck>" % name)

    data = set(deps(srcdir, "DATA"))
    for binary in binaries:
        depends = set(relations(binary.get("Depends", "")))
        for name in ("${shlibs:Depends}", "${misc:Depends}"):
            if name not in depends:
                problems.append("%s: Depends lacks %s" % (binary["Package"], name))
        depends -= {"${shlibs:Depends}", "${misc:Depends}"}
        for name in sorted(data - depends):
            problems.append("%s: Depends lacks %s (deps.sh data package)" % (binary["Package"], name))
        for name in sorted(depends - data):
            problems.append("%s: Depends has %s, which deps.sh does not list as data"
                            % (binary["Package"], name))
    return problems


def core_variables(srcdir):
    found = set()
    for folder, _, files in os.walk(os.path.join(srcdir, "src", "core")):
        for name in files:
            if name.endswith((".c", ".h")):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    found.update(re.findall(r'"(PARALLAX_[A-Z0-9_]+)"', f.read()))
    return found


def check_flatpak(srcdir):
    problems = []
    folder = os.path.join(srcdir, "build-aux", "flatpak")
    manifests = [n for n in os.listdir(folder) if n.endswith(".json")]
    if manifests != ["io.github.parallax.Parallax.json"]:
        return ["build-aux/flatpak holds %s, not one io.github.parallax.Parallax.json" % manifests]
    with open(os.path.join(folder, manifests[0]), encoding="utf-8") as f:
        manifest = json.load(f)

    if manifest.get("id") != "io.github.parallax.Parallax":
        problems.append("id is %r" % manifest.get("id"))
    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
        problems.append("runtime and sdk must be org.gnome.Platform and org.gnome.Sdk")
    if int(manifest.get("runtime-version", "0")) < 43:
        problems.append("runtime-version %s is older than GNOME 43, whose GTK 4.8 and "
                        "libadwaita 1.2 are our baseline" % manifest.get("runtime-version"))

    modules = [m["name"] for m in manifest["modules"]]
    if modules[-1:] != ["parallax"]:
        problems.append("the last module must be parallax, built from this tree")
    wanted = set(deps(srcdir, "DATA"))
    for name in deps(srcdir, "BUILD"):
        if name in RUNTIME_PROVIDES or name in SDK_TOOLS:
            continue
        if not name.endswith("-dev"):
            problems.append("deps.sh build package %s: add it to a list in this script" % name)
            continue
        wanted.add(name[: -len("-dev")])
    for name in sorted(wanted - set(modules)):
        problems.append("no module for %s, which deps.sh lists and the runtime lacks" % name)
    for name in sorted(set(modules) - wanted - {"parallax"}):
        problems.append("module %s stands for no package of deps.sh" % name)

    for module in manifest["modules"]:
        for source in module.get("sources", []):
            if source.get("type") == "dir" and module["name"] == "parallax":
                continue
            url = source.get("url", "")
            if not url.startswith("https://deb.debian.org/debian/pool/main/"):
                problems.append("%s: %s is not pinned to a Debian pool file" % (module["name"], url))
            if not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                problems.append("%s: %s has no sha256" % (module["name"], url))

    args = manifest.get("finish-args", [])
    envs = {}
    for arg in args:
        if arg.startswith("--env="):
            key, _, value = arg[len("--env="):].partition("=")
            envs[key] = value
        elif arg not in ALLOWED_ARGS:
            problems.append("finish-args: %s is broader than the app needs" % arg)
    installed = " ".join(" ".join(m.get("build-commands", [])) for m in manifest["modules"])
    for key, value in sorted(envs.items()):
        if not key.startswith("PARALLAX_"):
            problems.append("finish-args: --env=%s is none of ours" % key)
        elif key not in core_variables(srcdir):
            problems.append("finish-args: --env=%s, which the core does not read" % key)
        if value.startswith("/app/") and "${FLATPAK_DEST}" + value[len("/app"):] not in installed:
            problems.append("finish-args: %s=%s, which no module installs" % (key, value))
    for key in sorted(core_variables(srcdir) - NOT_DATA - set(envs)):
        problems.append("finish-args: no --env=%s=/app/...: the core reads it, and /usr/share "
                        "is the runtime's in a Flatpak" % key)
    return problems


def main():
    what, srcdir = sys.argv[1:]
    problems = {"debian": check_debian, "flatpak": check_flatpak}[what](srcdir)
    for problem in problems:
        print(problem)
    print("%s: %d problems" % (what, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
