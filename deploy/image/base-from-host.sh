#!/usr/bin/env bash
# A base image for the Jib build on a machine that reaches no container registry (this project's
# build machines reach Maven Central, npm and Debian only): a Java runtime cut from the local JDK
# with jlink, the C libraries it links to and the fonts the report renderer may ask fontconfig for,
# all taken from this (Debian) host, written as a `docker save` tarball that Jib reads with
# `tar://`. Where a registry is reachable the image is built on eclipse-temurin instead (pom.xml,
# profile "image"). See docs/operations.md, "Container image".
#
#   deploy/image/base-from-host.sh [OUT=target/image-base/base.tar]
#   ./mvnw -Pimage -DskipTests -Dimage.base=tar://$PWD/target/image-base/base.tar package jib:buildTar
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/jdk.sh
use_jdk_21_or_newer
out=${1:-target/image-base/base.tar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root"/{opt,etc,tmp,usr/lib,lib64,data}
chmod 1777 "$root/tmp"

# The modules a Spring Boot application with Tika, POI, Lucene and JDBC drivers uses; no compiler, no jshell.
"$JAVA_HOME/bin/jlink" --output "$root/opt/java" --strip-debug --no-header-files --no-man-pages \
    --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.management,jdk.management.agent,jdk.jfr,jdk.localedata,jdk.charsets,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.httpserver

# Every shared library the runtime links to, and fontconfig's (loaded at run time by the font manager).
libs=$( (ldd "$root/opt/java/bin/java"; find "$root/opt/java/lib" -name '*.so' -exec ldd {} \;;
         for l in /usr/lib/x86_64-linux-gnu/libfontconfig.so.1 /lib/x86_64-linux-gnu/libfontconfig.so.1; do
             [ -e "$l" ] && { echo "$l"; ldd "$l"; }; done) 2>/dev/null \
       | grep -o '/[^ ]*\.so[^ ]*' | grep -v "^$root" | sort -u)
for lib in $libs; do
    [ -e "$lib" ] || continue
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
done
for dir in /etc/fonts /usr/share/fonts/truetype/dejavu; do
    [ -d "$dir" ] && { mkdir -p "$root$(dirname "$dir")"; cp -rL "$dir" "$root$dir"; }
done
printf 'root:x:0:0:root:/root:/sbin/nologin\npejling:x:1000:0:Pejling:/data:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\n' >"$root/etc/group"
chmod 775 "$root/data" # group 0 may write: the image runs as 1000:0, as OpenShift runs any uid in group 0

python3 - "$root" "$out" <<'PY'
import hashlib, io, json, os, sys, tarfile
root, out = sys.argv[1], sys.argv[2]
layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as tar:
    def reset(info):
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = 0
        return info
    for name in sorted(os.listdir(root)):
        tar.add(os.path.join(root, name), arcname=name, filter=reset)
data = layer.getvalue()
diff_id = "sha256:" + hashlib.sha256(data).hexdigest()
config = {"architecture": "amd64", "os": "linux", "created": "1970-01-01T00:00:00Z",
          "config": {"Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8"]},
          "rootfs": {"type": "layers", "diff_ids": [diff_id]},
          "history": [{"created": "1970-01-01T00:00:00Z", "created_by": "deploy/image/base-from-host.sh"}]}
config_bytes = json.dumps(config).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
manifest = [{"Config": config_name, "RepoTags": ["pejling-base:host"], "Layers": ["layer.tar"]}]
os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
with tarfile.open(out, "w") as tar:
    for name, content in ((config_name, config_bytes), ("layer.tar", data), ("manifest.json", json.dumps(manifest).encode())):
        info = tarfile.TarInfo(name)
        info.size = len(content)
        tar.addfile(info, io.BytesIO(content))
print("%s: %.0f MB" % (out, os.path.getsize(out) / 1e6))
PY
