#!/usr/bin/env bash
# Switch a host to a release, atomically, without stopping the gate.
#
#   deploy/activate-release.sh ROOT ID [KEEP]
#
# ROOT/releases/ID is a release unpacked by the deploy (npm run release): version.json, dist/ with both manifests
# and access-list.json, and app/. ROOT/current is a link to the release being served; it is replaced in one rename,
# so a gate reading through it sees the old release or the new one, never a mix. The gates notice the switch within
# a quarter of a second and load the new manifests and access list; requests in flight finish from the old
# release. ROOT/previous names the release before, for a rollback: deploy/activate-release.sh ROOT "$(cat ROOT/previous)".
# The KEEP newest releases (default 3) stay, and always the current and the previous one; older ones are deleted.
# Prints "gate-code-changed" when app/ differs from the release before: the gates must then be restarted one at a
# time (deploy/rolling-restart.sh). Exit 1 when the release is incomplete (nothing is switched), 2 on bad use.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "Brug: $0 ROD UDGIVELSES-ID [BEHOLD]" >&2
  exit 2
fi
root=$1
id=$2
keep=${3:-3}
if ! [[ "$id" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || ! [[ "$keep" =~ ^[1-9][0-9]*$ ]]; then
  echo "Ugyldigt udgivelses-id eller antal: $id $keep" >&2
  exit 2
fi
release="$root/releases/$id"
for file in version.json dist/kerne.manifest.json dist/bred.manifest.json dist/access-list.json app/package.json; do
  if [ ! -f "$release/$file" ]; then
    echo "Udgivelsen $release mangler $file: intet er skiftet." >&2
    exit 1
  fi
done

old=""
if [ -L "$root/current" ]; then old=$(basename "$(readlink "$root/current")"); fi
if [ "$old" = "$id" ]; then
  echo "$id er allerede den aktive udgivelse."
  exit 0
fi
ln -sfn "releases/$id" "$root/current.new"
mv -T "$root/current.new" "$root/current"
if [ -n "$old" ]; then
  printf '%s\n' "$old" > "$root/previous.new"
  mv -T "$root/previous.new" "$root/previous"
fi
echo "Aktiv udgivelse: $id (før: ${old:-ingen})."

if [ -n "$old" ] && ! diff -rq "$root/releases/$old/app" "$release/app" > /dev/null 2>&1; then
  echo "gate-code-changed"
fi

# Keep the newest releases by name (ids start with their build time), and always current and previous.
count=0
for dir in $(ls -1 "$root/releases" | sort -r); do
  count=$((count + 1))
  if [ "$count" -le "$keep" ] || [ "$dir" = "$id" ] || [ "$dir" = "$old" ]; then continue; fi
  rm -rf -- "${root:?}/releases/$dir"
  echo "Slettet gammel udgivelse: $dir"
done
