# build-aux/deps.sh — sourced by build-aux/run and build-aux/test.
#
# The Debian 12 packages Parallax needs to build, run and test. Every machine
# starts fresh, so the scripts install what is missing themselves.

# The lists by use. debian/control and the Flatpak manifest are checked
# against them (build-aux/check-packaging.py), so keep a package in its group.
#
# What configure and compile need: debian/control's Build-Depends.
PARALLAX_BUILD_PACKAGES="meson ninja-build pkg-config gettext
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libstemmer-dev libxml2-dev
  scdoc bash-completion"
# Data read at run time: Depends of the Debian package, modules of the
# Flatpak; the core tests measure alignment with them, so they build-depend
# too (<!nocheck>).
PARALLAX_DATA_PACKAGES="openthesaurus-de-text wngerman wordnet-base trans-de-en"
# What the core and data suites call: Build-Depends <!nocheck>.
PARALLAX_CHECK_PACKAGES="appstream desktop-file-utils fonts-dejavu-core
  poppler-utils qpdf"
# The UI suite under Xvfb; not run in a Debian build, which has no display.
PARALLAX_UI_CHECK_PACKAGES="xvfb xauth dbus-x11 at-spi2-core python3-dogtail
  librsvg2-common"
# Building and checking the Debian package (.ci/run's package step).
PARALLAX_PACKAGING_PACKAGES="debhelper dpkg-dev lintian"

PARALLAX_PACKAGES="build-essential $PARALLAX_BUILD_PACKAGES $PARALLAX_DATA_PACKAGES
  $PARALLAX_CHECK_PACKAGES $PARALLAX_UI_CHECK_PACKAGES $PARALLAX_PACKAGING_PACKAGES"

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
