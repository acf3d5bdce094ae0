#!/usr/bin/env bash
# The package test of issue 17 (not part of CI; needs root and the Debian mirror):
#   1. builds the .deb (scripts/package.sh: cpack -G DEB in build/),
#   2. checks it with lintian,
#   3. debootstraps a clean Debian 12 (minbase) root and installs the .deb there with
#      apt-get install ./juesuan_*.deb, which must pull in every dependency,
#   4. runs in that root: juesuan --version, juesuan check on the installed sample,
#      juesuan export to PDF, and xdg-mime query filetype on a .juesuan file.
# Usage: scripts/test-package.sh [BUILD_DIR] [ROOT_DIR]
#        (defaults: build, and a fresh /var/tmp/juesuan-root.XXXX removed afterwards)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
[ "$(id -u)" -eq 0 ] || { echo "test-package.sh: run as root (debootstrap and chroot)" >&2; exit 2; }
export DEBIAN_FRONTEND=noninteractive
for tool in lintian debootstrap; do
  command -v "$tool" >/dev/null || apt-get install -y -qq --no-install-recommends "$tool" >/dev/null
done

step() { printf '\n=== %s\n' "$*"; }

step "building the package"
deb=$("$here/scripts/package.sh" "$build" | tail -n 1)
echo "$deb"
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb" | awk '{print $6}'

step "lintian"
# Errors fail the test; warnings and information tags are printed for docs/packaging.md.
lintian --display-info "$deb" | tee "$build/lintian.txt" || true
if grep -q '^E:' "$build/lintian.txt"; then
  echo "test-package.sh: lintian reports errors" >&2
  exit 1
fi

step "a clean Debian 12 root"
# The mirror apt uses here (deb822 sources first, then the classic list).
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep -v security | head -n 1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian
echo "mirror: $mirror"
root=${2:-}
cleanup_root=no
if [ -z "$root" ]; then
  root=$(mktemp -d /var/tmp/juesuan-root.XXXXXX)
  cleanup_root=yes
fi
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  umount "$root/dev/pts" 2>/dev/null || true
  umount "$root/dev" 2>/dev/null || true
  if [ "$cleanup_root" = yes ]; then rm -rf "$root"; fi
}
trap cleanup EXIT
if [ ! -x "$root/usr/bin/apt-get" ]; then
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$build/debootstrap.log" 2>&1 \
    || { tail -n 20 "$build/debootstrap.log" >&2; exit 1; }
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts" 2>/dev/null || true
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
echo "deb $mirror bookworm main" > "$root/etc/apt/sources.list"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

step "apt-get install ./$(basename "$deb") in the clean root"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
# Plain apt-get install (Recommends too), as a user would; then the tools the checks use
# (xdg-mime asks mimetype(1) of libfile-mimeinfo-perl outside a desktop session).
in_root apt-get install -y -q "/tmp/$(basename "$deb")" | tail -n 3
in_root apt-get install -y -q --no-install-recommends shared-mime-info xdg-utils libfile-mimeinfo-perl poppler-utils | tail -n 1

step "juesuan --version"
in_root juesuan --version

step "juesuan check /usr/share/juesuan/samples/jianghan-bigdata-center-2023.juesuan"
set +e
in_root juesuan check /usr/share/juesuan/samples/jianghan-bigdata-center-2023.juesuan
code=$?
set -e
echo "exit code: $code"
[ "$code" -le 1 ] || { echo "test-package.sh: check failed to read the sample" >&2; exit 1; }

step "juesuan export … -o /tmp/x.pdf"
in_root juesuan export /usr/share/juesuan/samples/jianghan-bigdata-center-2023.juesuan -o /tmp/x.pdf
in_root pdfinfo /tmp/x.pdf | grep -E '^(Title|Pages|Page size)'
# The Chinese text must extract as written (the fonts the package depends on).
in_root pdftotext -f 3 -l 3 /tmp/x.pdf - | head -n 5 || true # head may close the pipe early
# (Read whole, then searched: grep -q closing the pipe early would fail it under pipefail.)
text=$(in_root pdftotext /tmp/x.pdf -)
grep -q '收入支出决算总表' <<<"$text" || { echo "test-package.sh: PDF text does not extract" >&2; exit 1; }

step "xdg-mime query filetype"
in_root cp /usr/share/juesuan/samples/jianghan-bigdata-center-2023.juesuan /tmp/report.juesuan
# Without the suffix only the magic ("format": "juesuan") can tell.
in_root cp /tmp/report.juesuan /tmp/no-suffix
for f in /tmp/report.juesuan /tmp/no-suffix; do
  type=$(in_root xdg-mime query filetype "$f")
  echo "$f: $type"
  [ "$type" = application/x-juesuan ] || { echo "test-package.sh: $f is not application/x-juesuan" >&2; exit 1; }
done
echo "default application: $(in_root xdg-mime query default application/x-juesuan || true)"
in_root sh -c 'ls /usr/share/icons/hicolor/*/apps/juesuan.* /usr/share/applications/juesuan.desktop /usr/share/metainfo/juesuan.metainfo.xml /usr/share/man/man1/juesuan.1.gz'

step "package test passed"
