#!/usr/bin/env bash
# Installs the Debian packages the tests use: a real triple store (Virtuoso), independent RDF parsers
# (rapper, rdflib) and a headless browser. Idempotent; needs root (CI and developer machines run as root).
set -euo pipefail
packages=(virtuoso-opensource-7-bin raptor2-utils python3-rdflib chromium fonts-nanum rasqal-utils python3-sparqlwrapper)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && { echo "system packages: all present"; exit 0; }
echo "system packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt_install() { apt-get install -y --no-install-recommends "${missing[@]}"; }
if ! apt_install; then
  apt-get update
  apt_install
fi
