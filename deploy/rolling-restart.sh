#!/usr/bin/env bash
# Restart the gate units one at a time, each only after the one before answers /healthz again, so nginx always has
# a gate to send requests to. Needed only when a release changed the gate's own code (deploy/activate-release.sh
# prints "gate-code-changed"); a content release is picked up without a restart.
#   deploy/rolling-restart.sh 4401 4402
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "Brug: $0 PORT..." >&2
  exit 2
fi
# The deploy user may restart the gate units only (sudoers: see README, "Drift").
systemctl_=(systemctl)
if [ "$(id -u)" -ne 0 ]; then systemctl_=(sudo -n systemctl); fi
for port in "$@"; do
  "${systemctl_[@]}" restart "sikkerhedsnet-gate@$port"
  for _ in $(seq 1 50); do
    if curl -fsS "http://127.0.0.1:$port/healthz" > /dev/null 2>&1; then break; fi
    sleep 0.2
  done
  if ! curl -fsS "http://127.0.0.1:$port/healthz" > /dev/null; then
    echo "Gaten på port $port svarer ikke efter genstart: stopper her, de andre kører videre." >&2
    exit 1
  fi
  echo "Gaten på port $port er genstartet."
done
