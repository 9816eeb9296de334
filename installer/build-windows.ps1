# Builds CaseDesk for Windows with its own trimmed Java runtime: target\installer\casedesk\ (the
# app-image; casedesk.exe runs the desk, casedesk-cli.exe the command line) and, with -Msi,
# target\installer\casedesk-<v>.msi (needs the WiX Toolset 3 on the PATH). Run on Windows with a
# JDK 25 in $env:JAVA_HOME, after `mvn -DskipTests package` there (the jar must carry the Windows
# JavaFX natives, which the build picks by the machine it runs on). The same runtime modules and
# launcher options as build-linux.sh: keep them in step. Not run on the project's Linux machines.
param([switch]$Msi)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

if (-not $env:JAVA_HOME -or -not (Test-Path "$env:JAVA_HOME\bin\jpackage.exe")) {
    Write-Error "build-windows.ps1: set JAVA_HOME to a JDK 25."; exit 1
}
$env:PATH = "$env:JAVA_HOME\bin;$env:PATH"
if (-not (Test-Path target\casedesk.jar)) { mvn -B -q -DskipTests package }
$version = ([xml](Get-Content pom.xml)).project.version -replace "-SNAPSHOT", ""

$out = "target\installer"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input", "$out\work" | Out-Null
Copy-Item target\casedesk.jar "$out\input\"
# sqlite-jdbc's native library, unpacked once (as build-linux.sh does).
$arch = if ($env:PROCESSOR_ARCHITECTURE -eq "ARM64") { "aarch64" } else { "x86_64" }
Push-Location "$out\work"; & jar xf ..\..\casedesk.jar "org/sqlite/native/Windows/$arch/sqlitejdbc.dll"; Pop-Location
New-Item -ItemType Directory -Force "$out\input\native" | Out-Null
Move-Item "$out\work\org\sqlite\native\Windows\$arch\sqlitejdbc.dll" "$out\input\native\"
Remove-Item -Recurse -Force "$out\work\org"
$found = (& jdeps --ignore-missing-deps --multi-release 25 --print-module-deps target\casedesk.jar).Trim()
$modules = "$found,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs"
& jlink --add-modules $modules --output "$out\runtime" --strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=zip-6

# A console launcher beside the windowed one: Windows ties a program to the console or not at build time.
"main-jar=casedesk.jar`nmain-class=casedesk.app.Launcher`nwin-console=true" | Set-Content "$out\work\cli.properties"
$common = @(
    "--name", "casedesk", "--app-version", $version, "--vendor", "CaseDesk",
    "--description", "Review Schengen short-stay visa applications and their financial evidence, offline.",
    "--input", "$out\input", "--main-jar", "casedesk.jar", "--main-class", "casedesk.app.Launcher",
    "--runtime-image", "$out\runtime",
    "--java-options", "--enable-native-access=ALL-UNNAMED", "--java-options", "-Dfile.encoding=UTF-8",
    "--java-options", "-Dorg.sqlite.lib.path=`$APPDIR\native", "--java-options", "-Dorg.sqlite.lib.name=sqlitejdbc.dll",
    "--add-launcher", "casedesk-cli=$out\work\cli.properties",
    "--icon", "assets\casedesk.ico", "--temp", "$out\work\jpackage", "--dest", $out
)
& jpackage --type app-image @common
if ($Msi) {
    & jpackage --type msi @common --win-menu --win-menu-group CaseDesk --win-shortcut --win-dir-chooser `
        --win-upgrade-uuid 6f1d2a8e-3c2b-4d7e-9a51-2b9c8e0f4d17
}
Remove-Item -Recurse -Force "$out\input", "$out\work", "$out\runtime"
