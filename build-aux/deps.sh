# build-aux/deps.sh — sourced by build-aux/run and build-aux/test.
#
# The Debian 12 packages Parallax needs to build, run and test. Every machine
# starts fresh, so the scripts install what is missing themselves.

PARALLAX_PACKAGES="build-essential meson ninja-build pkg-config gettext
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libstemmer-dev libxml2-dev
  librsvg2-common fonts-dejavu-core
  openthesaurus-de-text wngerman wordnet-base
  appstream appstream-util desktop-file-utils
  xvfb xauth dbus-x11 at-spi2-core python3-dogtail
  poppler-utils qpdf"

# What build-aux/fuzz adds: clang with libFuzzer, and the compiler-rt
# runtimes for the sanitizers, LeakSanitizer included.
PARALLAX_FUZZ_PACKAGES="clang libclang-rt-14-dev"

parallax_missing_packages () {
  missing=""
  for pkg in $PARALLAX_PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $pkg"
    fi
  done
  echo "$missing"
}

# Installs missing packages as root; otherwise prints the one apt line to run
# and fails, since building without them cannot work.
parallax_install_deps () {
  missing=$(parallax_missing_packages)
  [ -z "$missing" ] && return 0

  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing:$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null || return 1
    apt-get install -y -q --no-install-recommends $missing >/dev/null || return 1
  else
    echo "Parallax needs these Debian packages. Run:" >&2
    echo "  sudo apt-get install$missing" >&2
    return 1
  fi
}
