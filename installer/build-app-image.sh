#!/usr/bin/env bash
# Builds a self-contained Linux app-image of Paragraf with jpackage (bundled Java runtime).
# Usage: installer/build-app-image.sh [--smoke]
#   --smoke  then starts the packaged app headless on an empty temporary archive: it must open
#            the database, migrate it and exit 0 without a window.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/paragraf.jar
if [ ! -f "$jar" ]; then
  mvn -B -q -DskipTests package
fi
version=$(unzip -p "$jar" version.properties 2>/dev/null | sed -n 's/^version=//p' | sed 's/-SNAPSHOT//')
version=${version:-0.1.0}

out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

jpackage \
  --type app-image \
  --name Paragraf \
  --app-version "$version" \
  --vendor "Paragraf" \
  --description "Protokoll, beslut och diarienummer för nämndsekreterare" \
  --input "$out/input" \
  --main-jar paragraf.jar \
  --main-class se.paragraf.app.Launcher \
  --java-options "-Xmx512m -Dfile.encoding=UTF-8" \
  --dest "$out"

echo "App-image: $out/Paragraf (starta med $out/Paragraf/bin/Paragraf)"

if [ "${1:-}" = "--smoke" ]; then
  data=$(mktemp -d)
  trap 'rm -rf "$data"' EXIT
  "$out/Paragraf/bin/Paragraf" --smoke --data-dir "$data"
  test -f "$data/paragraf.mv.db" || { echo "Röktest: ingen databas skapades i $data" >&2; exit 1; }
  echo "Röktest av app-image: OK"
fi
