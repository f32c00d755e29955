# Sourced by ./pejling and .ci/run: finds a JDK 21 or newer and puts it first on the PATH.

# The version of a java binary ("25.0.3", "1.8.0_402"), or nothing. Read from the JDK's release file
# when it has one, in plain bash (instant); otherwise from `java -version` (a JVM start).
java_version() {
    local version="" line release="${1%/bin/java}/release"
    if [ -r "$release" ]; then
        while IFS= read -r line; do
            case "$line" in
                JAVA_VERSION=*) version=${line#JAVA_VERSION=}; version=${version//\"/}; break ;;
            esac
        done <"$release"
    fi
    if [ -z "$version" ]; then
        version=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
    echo "$version"
}

# The major version of a java binary ("1.8.0_402" is 8, "25.0.3" is 25), or 0.
java_major() {
    local version
    version=$(java_version "$1")
    case "$version" in
        "") echo 0 ;;
        1.*) version=${version#1.}; echo "${version%%[._+-]*}" ;;
        *) echo "${version%%[._+-]*}" ;;
    esac
}

# Uses $JAVA_HOME when it is a JDK 21+, otherwise the newest JDK 21+ under /usr/lib/jvm; exports
# JAVA_HOME and PATH, or says what is missing and fails.
use_jdk_21_or_newer() {
    local jdk="" best=0 candidate major
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
        jdk="$JAVA_HOME"
    else
        for candidate in /usr/lib/jvm/*; do
            if [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ]; then
                major=$(java_major "$candidate/bin/java")
                if [ "$major" -ge 21 ] && [ "$major" -gt "$best" ]; then
                    best=$major
                    jdk="$candidate"
                fi
            fi
        done
    fi
    if [ -z "$jdk" ]; then
        echo "No JDK 21 or newer: JAVA_HOME is '${JAVA_HOME:-}' and /usr/lib/jvm has none. Install one (e.g. Temurin 21+)." >&2
        return 1
    fi
    export JAVA_HOME="$jdk"
    export PATH="$JAVA_HOME/bin:$PATH"
}
