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
# The setup step that fetches the optional word vectors from npm
# (build-aux/fetch-vectors.sh); a Debian build goes without them.
PARALLAX_SETUP_PACKAGES="nodejs npm openssl"
# Building and checking the Debian package (.ci/run's package step).
PARALLAX_PACKAGING_PACKAGES="debhelper dpkg-dev lintian"

PARALLAX_PACKAGES="build-essential $PARALLAX_BUILD_PACKAGES $PARALLAX_DATA_PACKAGES
  $PARALLAX_CHECK_PACKAGES $PARALLAX_UI_CHECK_PACKAGES $PARALLAX_SETUP_PACKAGES
  $PARALLAX_PACKAGING_PACKAGES"

# What build-aux/fuzz adds: clang with libFuzzer, and the compiler-rt
# runtimes for the sanitizers, LeakSanitizer included.
PARALLAX_FUZZ_PACKAGES="clang libclang-rt-14-dev"

parallax_missing_packages () {
  missing=""
  for pkg in $PARALLAX_PACKAGES; do
    # A Node.js from elsewhere (NodeSource's nodejs bundles npm and conflicts
    # with Debian's) serves the setup step as well.
    case "$pkg" in
      nodejs) command -v node >/dev/null 2>&1 && continue ;;
      npm) command -v npm >/dev/null 2>&1 && continue ;;
    esac
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $pkg"
    fi
  done
  echo "$missing"
}

# Installs what is missing, then fetches the word vectors; both README
# commands call this.
parallax_install_deps () {
  parallax_install_packages || return 1
  # Optional: without a network it says so in one line and the build goes
  # on without vectors.
  sh "${srcdir:-.}/build-aux/fetch-vectors.sh" || true
}

# A build folder configured before the vectors tarball was fetched does not
# know it; configure it again so that the table is built.
parallax_configure_vectors () {
  builddir=$1
  [ -f "$builddir/build.ninja" ] || return 0
  [ -f "$(sh "${srcdir:-.}/build-aux/fetch-vectors.sh" --path)" ] || return 0
  grep -q 'vectors-en.pxidx' "$builddir/build.ninja" && return 0
  meson setup --reconfigure "$builddir" "${srcdir:-.}" >/dev/null
}

# Installs missing packages as root; otherwise prints the one apt line to run
# and fails, since building without them cannot work.
parallax_install_packages () {
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
