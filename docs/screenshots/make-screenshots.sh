#!/bin/sh
# Re-makes docs/screenshots/*.png: runs the headless UI tests (Monocle, no display needed; one real
# 1 ZooKeeper + 3 broker cluster for FailoverUiTest, torn down at the end), which snapshot every view
# at 1400x900 in the light and the dark theme, then copies the images here.
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
cd "$ROOT"
rm -rf app-ui/target/screenshots
mvn -B -q -pl app-ui -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest='ClusterUiTest,PropertiesUiTest,DesktopUiTest,FailoverUiTest'
cp app-ui/target/screenshots/*.png docs/screenshots/
ls docs/screenshots/*.png
