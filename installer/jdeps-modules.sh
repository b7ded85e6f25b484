#!/bin/bash
# Prints the JDK modules the app's class path needs (jdeps over every jar of the jpackage input),
# to compare with installer.modules in installer/pom.xml. Slow (minutes on 2 cores). Run after the installer build:
#   mvn -B -Pinstaller -DskipTests package && installer/jdeps-modules.sh
# Modular jars (JavaFX, AtlantaFX, Jackson, commons-*) need their `requires` on the module path.
set -euo pipefail
cd "$(dirname "$0")/target/input"
# (the modules the failing jars require; a module path of every jar does not resolve)
modular=$(ls javafx-*-*.jar commons-*.jar ikonli-core-*.jar jackson-core-*.jar jackson-annotations-*.jar \
  jackson-databind-*.jar | paste -sd:)
for j in *.jar; do
  jdeps --ignore-missing-deps --print-module-deps --multi-release 17 "$j" 2>/dev/null ||
    jdeps --ignore-missing-deps --print-module-deps --multi-release 17 --module-path "$modular" "$j" 2>/dev/null ||
    echo "jdeps failed on $j" >&2
done | tr , '\n' | grep -E '^(java|jdk)\.' | sort -u | paste -sd,
