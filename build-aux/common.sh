# Shared by build-aux/run and build-aux/test: the Debian packages Rapport needs
# and an idempotent installer that stays quiet when everything is present.

BUILD_PACKAGES=(
  meson ninja-build pkg-config gcc
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libnotify-dev libjson-glib-dev libical-dev
  gettext appstream desktop-file-utils
  librsvg2-common shared-mime-info
)

TEST_PACKAGES=(
  libglib-testing-0-dev xvfb xauth dbus dbus-x11 libgtk-4-bin
  groff-base libxtst-dev locales
)

# The locales the tests run under: typed dates are parsed in the mentor's
# language, and the tests check German and US English.
TEST_LOCALES=(de_DE.UTF-8 en_US.UTF-8)

# Sets the array SUDO to what runs a command as root: nothing for root, sudo
# otherwise; without sudo, says what to do as root ($1, $2) and stops.
as_root() {
  SUDO=()
  [ "$(id -u)" -eq 0 ] && return 0
  command -v sudo >/dev/null || {
    echo "$1" >&2
    echo "$2" >&2
    exit 1
  }
  SUDO=(sudo)
}

ensure_packages() {
  local missing=() pkg status
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  as_root "Rapport needs these Debian packages: ${missing[*]}" \
          "Install them as root (apt-get install ${missing[*]}) and run this again."
  local sudo=("${SUDO[@]+"${SUDO[@]}"}")

  echo "Installing ${missing[*]} …"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# Generates each of the given locales (such as de_DE.UTF-8) that is not
# there yet: enables its line in /etc/locale.gen and runs locale-gen, or
# compiles it with localedef where there is no locale.gen. Quiet and quick
# when they are all there.
ensure_locales() {
  local missing=() loc norm
  for loc in "$@"; do
    # `locale -a` spells UTF-8 as utf8.
    norm=${loc/.UTF-8/.utf8}
    locale -a 2>/dev/null | grep -qxF "$norm" || missing+=("$loc")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  as_root "The tests need these locales: ${missing[*]}" \
          "Generate them as root (enable them in /etc/locale.gen, run locale-gen) and run this again."
  local sudo=("${SUDO[@]+"${SUDO[@]}"}")

  echo "Generating the locales ${missing[*]} …"
  if [ -f /etc/locale.gen ] && command -v locale-gen >/dev/null; then
    for loc in "${missing[@]}"; do
      # Uncomment "# de_DE.UTF-8 UTF-8", or add the line if it is absent.
      if grep -qE "^[# ]*${loc//./\\.} " /etc/locale.gen; then
        "${sudo[@]}" sed -i -E "s/^[# ]*(${loc//./\\.} .*)/\\1/" /etc/locale.gen
      else
        echo "$loc ${loc#*.}" | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
      fi
    done
    "${sudo[@]}" locale-gen >/dev/null
  else
    for loc in "${missing[@]}"; do
      "${sudo[@]}" localedef -i "${loc%%.*}" -f "${loc#*.}" "$loc"
    done
  fi
}

# Configures _build once and builds it; a later call only rebuilds.
build_rapport() {
  if [ ! -f _build/build.ninja ]; then
    meson setup _build "$@" >/dev/null || meson setup --wipe _build "$@"
  fi
  meson compile -C _build >/dev/null || meson compile -C _build
}
