#!/bin/sh
# Brokerlab vs the stock way, 1 ZooKeeper + 3 brokers, same machine, same run.
# Usage: bench/startup.sh [rounds]   (Linux: resident memory is read from /proc)
set -eu
cd "$(dirname "$0")/.."
# One reactor run, so broker-runtime comes from this checkout, not from a local repository.
mvn -B -q -DskipTests -pl cluster-launcher -am package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp >/dev/null
CP="cluster-launcher/target/test-classes:cluster-launcher/target/classes:$(cat cluster-launcher/target/bench.cp)"
exec java -Dlog4j.configuration=brokerlab-cli-log4j.properties -cp "$CP" io.brokerlab.launcher.bench.StartupBenchmark "${1:-3}"
