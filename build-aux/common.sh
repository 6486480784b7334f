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
  groff-base libxtst-dev
)

ensure_packages() {
  local missing=() pkg status
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || {
      echo "Rapport needs these Debian packages: ${missing[*]}" >&2
      echo "Install them as root (apt-get install ${missing[*]}) and run this again." >&2
      exit 1
    }
    sudo=(sudo)
  fi

  echo "Installing ${missing[*]} …"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# Configures _build once and builds it; a later call only rebuilds.
build_rapport() {
  if [ ! -f _build/build.ninja ]; then
    meson setup _build "$@" >/dev/null || meson setup --wipe _build "$@"
  fi
  meson compile -C _build >/dev/null || meson compile -C _build
}
