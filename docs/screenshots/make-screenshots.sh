#!/bin/sh
# Re-makes docs/screenshots/*.png: runs the headless UI tests (Monocle, no display needed; real clusters on
# free high ports, torn down at the end), which snapshot every view at 1400x900 in the light and the dark
# theme, and the dialogs at their own size, then copies the images here. Paths show as under ~ (the tests
# pretend the folder above the workspace is the home folder).
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
cd "$ROOT"
rm -rf app-ui/target/screenshots
mvn -B -q -pl app-ui -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest='*UiTest,TopicConfigsDialogTest'
cp app-ui/target/screenshots/*.png docs/screenshots/
ls docs/screenshots/*.png
