#!/bin/bash
# The README's two commands on a fresh machine: for each Debian release named (default:
# bookworm, i.e. Debian 12), a minimal root file system made with debootstrap, holding only
# what the README asks for (python3, python3-venv, make, git, ca-certificates), the project
# cloned into it at HEAD, and tools/first-hour.sh run inside it as root. Needs root.
#
#   tools/fresh-machine.sh [bookworm] [trixie]      (make fresh-machine SUITES="bookworm trixie")
#
# From the host it copies only what a machine's own set-up would give it: the apt sources
# (the same mirror, the release's suites) and apt settings, the CA certificates and the pip
# configuration (PIP_* variables included), so that the package registries answer as they do
# here; and the host name in /etc/hosts, as an installed Debian has it (gloo looks it up).
# The root file systems stay in $FRESH_ROOT (default /var/tmp/fresh-machine) for a look.
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
suites=("${@:-bookworm}")
base=${FRESH_ROOT:-/var/tmp/fresh-machine}
[ "$(id -u)" = 0 ] || { echo "fresh-machine: needs root (debootstrap, chroot, mounts)"; exit 1; }
if ! command -v debootstrap >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
# The host's Debian mirror (deb822 sources or sources.list), else Debian's own.
mirror=$( (grep -hoE '^URIs: *\S+/debian$|^deb \S+/debian ' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list \
          2>/dev/null || true) | head -n 1 | awk '{print $2}')
mirror=${mirror:-http://deb.debian.org/debian}

unmount() {
  for m in dev/shm dev/pts dev sys proc; do
    mountpoint -q "$1/$m" 2>/dev/null && umount -l "$1/$m"
  done
  return 0
}

status=0
for suite in "${suites[@]}"; do
  root=$base/$suite
  unmount "$root"
  rm -rf "$root"
  mkdir -p "$root"
  echo "fresh-machine: $suite: debootstrap from $mirror"
  t0=$(date +%s)
  debootstrap --variant=minbase --include=python3,python3-venv,make,git,ca-certificates \
    "$suite" "$root" "$mirror" >"$base/$suite-debootstrap.log" 2>&1 \
    || { echo "fresh-machine: $suite: debootstrap failed (log: $base/$suite-debootstrap.log)"; status=1; continue; }
  echo "fresh-machine: $suite: root file system made in $(($(date +%s) - t0)) s"

  # apt: the host's mirror and settings, this release's suites
  rm -f "$root/etc/apt/sources.list"
  cat >"$root/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${mirror%/debian}/debian-security
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  cp -a /etc/apt/apt.conf.d/. "$root/etc/apt/apt.conf.d/"
  # CA certificates and pip configuration
  if [ -d /usr/local/share/ca-certificates ]; then
    cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
    chroot "$root" update-ca-certificates >/dev/null 2>&1 || true
  fi
  [ -f /etc/pip.conf ] && cp /etc/pip.conf "$root/etc/pip.conf"
  if [ -f "$HOME/.config/pip/pip.conf" ]; then
    mkdir -p "$root/root/.config/pip" && cp "$HOME/.config/pip/pip.conf" "$root/root/.config/pip/"
  fi
  # the host name, as an installed system has it
  hostname >"$root/etc/hostname"
  printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\tlocalhost ip6-localhost ip6-loopback\n' "$(hostname)" >"$root/etc/hosts"

  mount -t proc proc "$root/proc"
  mount --rbind /sys "$root/sys"
  mount --bind /dev "$root/dev"
  mount --bind /dev/pts "$root/dev/pts"
  mount -t tmpfs -o size=2g tmpfs "$root/dev/shm"
  git clone --quiet "$project" "$root/root/pytorch-notes"

  env=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM=dumb)
  while IFS= read -r var; do env+=("$var"); done < <(env | grep -E '^PIP_' || true)
  echo "fresh-machine: $suite: $(chroot "$root" python3 --version), running tools/first-hour.sh"
  t0=$(date +%s)
  if chroot "$root" /usr/bin/env -i "${env[@]}" FIRST_HOUR_LOGS=/root/first-hour \
       sh -c 'cd /root/pytorch-notes && tools/first-hour.sh' 2>&1 | sed "s/^/fresh-machine: $suite: /"; then
    result=PASS
  else
    result=FAIL; status=1
  fi
  echo "fresh-machine: $suite: $result in $(($(date +%s) - t0)) s (logs in $root/root/first-hour/)"
  unmount "$root"
done
exit $status
