#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Prints the JDK modules the application's jars refer to, as jdeps finds them, to check the
# installer.modules property in pom.xml after a dependency changes. Run after `mvn -DskipTests package`.
# jdeps cannot see modules found only through service lookup; pom.xml adds those by hand:
# jdk.charsets (Shift_JIS / CP932 import) and jdk.localedata (Japanese dates and numbers).
set -eu
cd "$(dirname "$0")/.."
if [ ! -f target/kizuna.jar ] || [ ! -d target/lib ]; then
    echo "list-modules.sh: build first: mvn -B -DskipTests package" >&2
    exit 1
fi
jdeps --quiet --multi-release 17 --ignore-missing-deps --recursive --print-module-deps \
    --class-path "target/lib/*" target/kizuna.jar
