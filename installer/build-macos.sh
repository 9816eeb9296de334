#!/usr/bin/env bash
# Builds CaseDesk for macOS with its own trimmed Java runtime: target/installer/casedesk.app and, with
# --dmg, target/installer/casedesk-<v>.dmg. Run on a Mac with a JDK 25 ($JAVA_HOME), after
# `mvn -DskipTests package` there (the jar must carry the mac JavaFX natives, which the build picks
# by the machine it runs on). The same runtime modules and launcher options as build-linux.sh: keep
# the two in step. Not run on the project's Linux machines; written to the same jpackage options.
set -euo pipefail
cd "$(dirname "$0")/.."

dmg=false
[ "${1:-}" = "--dmg" ] && dmg=true
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ] || { echo "build-macos.sh: set JAVA_HOME to a JDK 25." >&2; exit 1; }
export PATH="$JAVA_HOME/bin:$PATH"
[ -f target/casedesk.jar ] || mvn -B -q -DskipTests package
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)

out=target/installer
rm -rf "$out" && mkdir -p "$out/input" "$out/work"
cp target/casedesk.jar "$out/input/"
# sqlite-jdbc's native library, unpacked once (as build-linux.sh does).
arch=$([ "$(uname -m)" = "arm64" ] && echo aarch64 || echo x86_64)
(cd "$out/work" && jar xf ../../casedesk.jar "org/sqlite/native/Mac/$arch/libsqlitejdbc.dylib")
mkdir -p "$out/input/native" && mv "$out/work/org/sqlite/native/Mac/$arch/libsqlitejdbc.dylib" "$out/input/native/"
rm -rf "$out/work/org"
found=$(jdeps --ignore-missing-deps --multi-release 25 --print-module-deps target/casedesk.jar)
modules="$found,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs"
jlink --add-modules "$modules" --output "$out/runtime" \
    --strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=zip-6

# macOS wants an .icns icon; made from the PNG with the system's own tools.
iconset="$out/work/casedesk.iconset"
mkdir -p "$iconset"
for size in 16 32 128 256; do
    sips -z $size $size assets/casedesk-256.png --out "$iconset/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns "$iconset" -o "$out/work/casedesk.icns"

common=(
    --name casedesk --app-version "$version" --vendor "CaseDesk"
    --description "Review Schengen short-stay visa applications and their financial evidence, offline."
    --input "$out/input" --main-jar casedesk.jar --main-class casedesk.app.Launcher
    --runtime-image "$out/runtime"
    --java-options "--enable-native-access=ALL-UNNAMED" --java-options "-Dfile.encoding=UTF-8"
    --java-options "-Dorg.sqlite.lib.path=\$APPDIR/native" --java-options "-Dorg.sqlite.lib.name=libsqlitejdbc.dylib"
    --icon "$out/work/casedesk.icns" --mac-package-identifier eu.casedesk.desk
    --temp "$out/work/jpackage" --dest "$out"
)
jpackage --type app-image "${common[@]}"
echo "App: $out/casedesk.app (the command: $out/casedesk.app/Contents/MacOS/casedesk)"
if $dmg; then
    jpackage --type dmg "${common[@]}"
    ls -la "$out"/*.dmg
fi
rm -rf "$out/input" "$out/work" "$out/runtime"
