# Finds a Java runtime >= 21 for Stratum. Sourced (bash) by the product's `stratum` launcher and by the
# repository's `dev` script; defines stratum_find_java, which prints the path of a java binary or fails.
# Order: $STRATUM_JAVA (binary or JDK folder), $JAVA_HOME, java on PATH, then JDKs under /usr/lib/jvm,
# /opt/java and macOS's JavaVirtualMachines, newest first.

stratum_java_major() { # the major version of java binary $1, or nothing
  # a JDK's or JRE's `release` file names it without starting a JVM (each start costs a tenth of a second)
  local release v
  release="$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")/../release"
  if [ -f "$release" ]; then
    v="$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$release" | head -n1)"
    if [ -n "$v" ]; then echo "$v"; return 0; fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n1
}

stratum_java_usable() {
  local v
  [ -n "$1" ] && [ -f "$1" ] && [ -x "$1" ] || return 1
  v="$(stratum_java_major "$1")"
  [ -n "$v" ] && [ "$v" -ge 21 ]
}

stratum_find_java() {
  local c
  for c in "${STRATUM_JAVA:-}" "${STRATUM_JAVA:+$STRATUM_JAVA/bin/java}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" \
           "$(command -v java 2>/dev/null || true)"; do
    if stratum_java_usable "$c"; then echo "$c"; return 0; fi
  done
  for c in $(ls -d /usr/lib/jvm/*/bin/java /opt/java/*/bin/java \
               /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java 2>/dev/null | sort -rV); do
    if stratum_java_usable "$c"; then echo "$c"; return 0; fi
  done
  echo "no Java 21 or newer found: install a JDK >= 21 (for example Temurin 21) and set JAVA_HOME or STRATUM_JAVA" >&2
  return 1
}
