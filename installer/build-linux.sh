#!/usr/bin/env bash
# Builds CaseDesk for Linux with its own trimmed Java runtime, so that a workstation needs no Java:
#   target/installer/casedesk/            the app-image (bin/casedesk runs the desk, or a command)
#   target/installer/casedesk_<v>_amd64.deb   with --deb: the Debian/Ubuntu package
# Run from anywhere, after `mvn -DskipTests package` (the script runs it if target/casedesk.jar is missing).
# Needs a JDK 25 (jlink, jpackage): $JAVA_HOME, or Temurin's under /usr/lib/jvm. For --deb: dpkg-deb, fakeroot.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=false
for argument in "$@"; do
    case "$argument" in
        --deb) deb=true ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "build-linux.sh: unknown option $argument (only --deb)" >&2; exit 2 ;;
    esac
done

is_jdk25() { [ -x "$1/bin/jpackage" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "25[."]'; }
if [ -z "${JAVA_HOME:-}" ] || ! is_jdk25 "$JAVA_HOME"; then
    JAVA_HOME=""
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
        if is_jdk25 "$candidate"; then JAVA_HOME="$candidate"; break; fi
    done
fi
[ -n "$JAVA_HOME" ] || { echo "build-linux.sh: no JDK 25 with jpackage found; set JAVA_HOME to one." >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

[ -f target/casedesk.jar ] || mvn -B -q -DskipTests package
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)

out=target/installer
rm -rf "$out"
mkdir -p "$out/input" "$out/work"
cp target/casedesk.jar "$out/input/"
# sqlite-jdbc's native library, unpacked here once rather than into a temporary folder at every start.
case "$(uname -m)" in
    x86_64) arch=x86_64 ;;
    aarch64|arm64) arch=aarch64 ;;
    *) echo "build-linux.sh: no sqlite-jdbc library for $(uname -m)" >&2; exit 1 ;;
esac
(cd "$out/work" && jar xf ../../casedesk.jar "org/sqlite/native/Linux/$arch/libsqlitejdbc.so")
mkdir -p "$out/input/native"
mv "$out/work/org/sqlite/native/Linux/$arch/libsqlitejdbc.so" "$out/input/native/"
rm -rf "$out/work/org"

# The runtime: what jdeps finds in the jar, and what it cannot see because it is reached by name at
# run time: logging, JMX (JavaFX), the charsets of Chinese PDFs (GBK, GB18030), the French locale
# data, XML (PDFBox's XMP), naming (sqlite-jdbc), the EC/EdDSA provider, Unsafe (JavaFX).
found=$(jdeps --ignore-missing-deps --multi-release 25 --print-module-deps target/casedesk.jar)
modules="$found,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs"
echo "Runtime modules: $modules"
jlink --add-modules "$modules" --output "$out/runtime" \
    --strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=zip-6

common=(
    --name casedesk
    --app-version "$version"
    --vendor "CaseDesk"
    --description "Review Schengen short-stay visa applications and their financial evidence, offline."
    --input "$out/input"
    --main-jar casedesk.jar
    --main-class casedesk.app.Launcher
    --runtime-image "$out/runtime"
    --java-options "--enable-native-access=ALL-UNNAMED"
    --java-options "-Dfile.encoding=UTF-8"
    --java-options "-Dorg.sqlite.lib.path=\$APPDIR/native"
    --java-options "-Dorg.sqlite.lib.name=libsqlitejdbc.so"
    --icon assets/casedesk-256.png
    --temp "$out/work"
    --dest "$out"
)

echo "Building the app-image ..."
jpackage --type app-image "${common[@]}"
# The launcher is named as the command it also is: `casedesk extract …`, as in the README.
echo "App-image: $out/casedesk ($(du -sh "$out/casedesk" | cut -f1)); run $out/casedesk/bin/casedesk"

if $deb; then
    echo "Building the .deb ..."
    jpackage --type deb "${common[@]}" \
        --linux-package-name casedesk \
        --linux-app-category Office \
        --linux-menu-group Office \
        --linux-shortcut \
        --linux-package-deps "libgtk-3-0, libgl1" \
        --linux-deb-maintainer "casedesk@localhost"
    # What jpackage leaves out: the command on the PATH (`casedesk extract …` in a terminal), and the
    # menu entry's name as people write it.
    package=$(ls "$out"/casedesk_*.deb)
    unpacked="$out/deb"
    rm -rf "$unpacked"
    fakeroot sh -c "
        dpkg-deb -R '$package' '$unpacked' &&
        mkdir -p '$unpacked/usr/bin' && ln -s /opt/casedesk/bin/casedesk '$unpacked/usr/bin/casedesk' &&
        sed -i 's/^Name=casedesk$/Name=CaseDesk/' '$unpacked/opt/casedesk/lib/casedesk-casedesk.desktop' &&
        sed -i 's|^xdg-desktop-menu install \(.*\)$|xdg-desktop-menu install \1 \|\| echo \"casedesk: no desktop menu here; run casedesk from a terminal.\"|' '$unpacked/DEBIAN/postinst' &&
        sed -i 's|xdg-desktop-menu uninstall \(.*\)$|xdg-desktop-menu uninstall \1 \|\| true|' '$unpacked/DEBIAN/prerm' &&
        dpkg-deb -b -Zxz '$unpacked' '$package' >/dev/null"
    rm -rf "$unpacked"
    ls -la "$package"
fi
rm -rf "$out/input" "$out/work" "$out/runtime"
