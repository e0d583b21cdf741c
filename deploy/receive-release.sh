#!/usr/bin/env bash
# Receive a release on a host and switch to it (run by .github/workflows/deploy.yml over SSH, or by hand):
#
#   deploy/receive-release.sh ROOT TARBALL [PORT...]
#
# TARBALL is `npm run release`'s folder packed with `tar -czf … -C DIR .`. It is unpacked beside the other releases
# under a temporary name, checked, renamed to ROOT/releases/<id> (the id from its version.json), and switched to
# with the release's own deploy/activate-release.sh. When the gate's code changed, the gates on the given ports are
# restarted one at a time (deploy/rolling-restart.sh); a content release needs no restart. Receiving a release
# that is already there switches to it again (a rollback to a kept release is the same command with its tarball, or
# activate-release.sh with its id). Exit 1 when the tarball is not a whole release (nothing is switched).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "Brug: $0 ROD TARBALL [PORT...]" >&2
  exit 2
fi
root=$1
tarball=$2
shift 2
mkdir -p "$root/releases"
incoming=$(mktemp -d "$root/releases/.modtages-XXXXXX")
trap 'rm -rf -- "$incoming"' EXIT
tar -xzf "$tarball" -C "$incoming"
if [ ! -f "$incoming/version.json" ]; then
  echo "$tarball er ikke en udgivelse: version.json mangler. Intet er skiftet." >&2
  exit 1
fi
id=$(sed -n 's/^ *"id": *"\([A-Za-z0-9][A-Za-z0-9._-]*\)",\{0,1\}$/\1/p' "$incoming/version.json")
if [ -z "$id" ]; then
  echo "$tarball: version.json har intet gyldigt id. Intet er skiftet." >&2
  exit 1
fi
if [ -d "$root/releases/$id" ]; then
  echo "Udgivelsen $id er her allerede."
else
  mv -T "$incoming" "$root/releases/$id"
  chmod -R a+rX,go-w "$root/releases/$id"
  echo "Modtaget: $id."
fi
output=$("$root/releases/$id/deploy/activate-release.sh" "$root" "$id")
printf '%s\n' "$output"
if printf '%s\n' "$output" | grep -qx 'gate-code-changed' && [ $# -gt 0 ]; then
  "$root/releases/$id/deploy/rolling-restart.sh" "$@"
fi
