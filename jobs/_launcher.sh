# Shared by every launcher in jobs/: builds the jars when missing, then runs a job either on a local
# Spark (java with everything on the class path) or through spark-submit on a cluster.
#
#   Local (default):  java -cp target/disclosure-pipeline.jar:target/lib/* (Spark and Delta in target/lib)
#   Cluster:          spark-submit + target/disclosure-pipeline-cluster.jar, when --master names a
#                     non-local master or SPARK_SUBMIT is set (e.g. SPARK_SUBMIT=/opt/spark/bin/spark-submit)
#
# Environment: JAVA_OPTS (extra JVM options, e.g. -Xmx8g), SPARK_SUBMIT, SPARK_SUBMIT_OPTIONS (extra
# spark-submit options), DELTA_PACKAGES (default io.delta:delta-spark_2.12:3.3.2; empty when the
# cluster already has Delta), DISCLOSURE_DEBUG=1 (stack traces).
set -euo pipefail

PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL_JAR="$PROJECT_ROOT/target/disclosure-pipeline.jar"
CLUSTER_JAR="$PROJECT_ROOT/target/disclosure-pipeline-cluster.jar"

# The module openings Spark needs on Java 17 (org.apache.spark.launcher.JavaModuleOptions).
JAVA_17_OPTIONS=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
)

ensure_jars_built() {
  if [[ ! -f "$LOCAL_JAR" || ! -f "$CLUSTER_JAR" || ! -d "$PROJECT_ROOT/target/lib" ]]; then
    echo "Building the jars once (mvn package, a few minutes on a fresh machine)..." >&2
    if ! (cd "$PROJECT_ROOT" && mvn -q -B -DskipTests package >&2); then
      echo "error: the build failed; run 'mvn -DskipTests package' in $PROJECT_ROOT to see why" >&2
      exit 1
    fi
  fi
}

# Exits with a mistake in the call (2) when the spark-submit a cluster run needs cannot be run, before
# building anything: bash's own "spark-submit: not found" would say neither why nor what to do.
require_spark_submit() {
  local master="$1"
  if [[ -n "${SPARK_SUBMIT:-}" ]]; then
    if [[ ! -x "$SPARK_SUBMIT" ]]; then
      echo "error: SPARK_SUBMIT=$SPARK_SUBMIT is not an executable file: point it at the spark-submit of a Spark 3.5 installation" >&2
      exit 2
    fi
  elif ! command -v spark-submit > /dev/null; then
    echo "error: --master $master runs the job through spark-submit, which is not on the PATH: install Spark 3.5 or set SPARK_SUBMIT=/path/to/spark-submit (a run on this machine needs neither: leave out --master, or --master 'local[*]')" >&2
    exit 2
  fi
}

# The value of --master among the arguments, if any.
master_argument() {
  local previous=""
  for argument in "$@"; do
    case "$argument" in
      --master=*) echo "${argument#--master=}"; return ;;
    esac
    if [[ "$previous" == "--master" ]]; then echo "$argument"; return; fi
    previous="$argument"
  done
}

# run_spark_job MAIN_CLASS ARGS...: a batch job that runs in a SparkSession.
run_spark_job() {
  launch_spark_job "$(batch_collector_option)" "$@"
}

# run_interactive_spark_job MAIN_CLASS ARGS...: a SQL server or shell, which keeps the JVM's default
# collector (G1) for its shorter pauses.
run_interactive_spark_job() {
  launch_spark_job "" "$@"
}

# The garbage collector of a local batch job: the parallel one. G1's concurrent threads take a laptop's
# few cores from Spark's tasks; ingesting 100,000 reports on 2 cores took 12 to 19% less time without
# them (BENCHMARKS.md). JAVA_OPTS that choose a collector (-XX:+UseG1GC, ...) win.
batch_collector_option() {
  local option options
  read -r -a options <<< "${JAVA_OPTS:-}"
  for option in "${options[@]}"; do
    if [[ "$option" =~ ^-XX:\+Use[A-Za-z0-9]*GC$ ]]; then return; fi
  done
  echo "-XX:+UseParallelGC"
}

# launch_spark_job COLLECTOR_OPTION MAIN_CLASS ARGS...
launch_spark_job() {
  local collector_option="$1" main_class="$2"; shift 2
  local master
  master="$(master_argument "$@")"
  if [[ -n "${SPARK_SUBMIT:-}" || ( -n "$master" && "$master" != local* ) ]]; then
    require_spark_submit "$master"
    ensure_jars_built
    local delta_packages="${DELTA_PACKAGES-io.delta:delta-spark_2.12:3.3.2}"
    # shellcheck disable=SC2086
    exec "${SPARK_SUBMIT:-spark-submit}" --class "$main_class" \
      ${master:+--master "$master"} ${delta_packages:+--packages "$delta_packages"} \
      ${SPARK_SUBMIT_OPTIONS:-} "$CLUSTER_JAR" "$@"
  fi
  ensure_jars_built
  # A local Spark talks to itself only: bind it to loopback.
  export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTS:-} ${collector_option} "${JAVA_17_OPTIONS[@]}" \
    -Dlog4j2.configurationFile="$PROJECT_ROOT/conf/log4j2.properties" \
    -cp "$LOCAL_JAR:$PROJECT_ROOT/target/lib/*" "$main_class" --config "$PROJECT_ROOT/conf/pipeline.conf" "$@"
}

# run_local_job MAIN_CLASS ARGS...: a command that needs no Spark (extraction of single files, reports).
run_local_job() {
  local main_class="$1"; shift
  ensure_jars_built
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTS:-} -cp "$LOCAL_JAR:$PROJECT_ROOT/target/lib/*" "$main_class" "$@"
}
