#!/usr/bin/env bash
# The C kernels built for aarch64 and run there under user-mode emulation
# (qemu-aarch64): scripts/cross/kernel_check.c checks the NEON paths against
# the portable C path and a long double reference (GEMM in every form, with
# beta and bias, on 1 and 2 threads; elementwise ops; reductions). Twice: as
# a release build compiles them (the C at -O2), and as a debug build does
# (-O0, so prebuilt.h takes the assembly in prebuilt/aarch64-linux/). No
# arm64 machine is at hand, so this is what keeps the NEON kernels and their
# prebuilt copy building and right; the Swift side is not covered.
#
#   scripts/cross_kernels.sh [BUILD_DIR]
#
# Needs clang with lld (the Swift toolchain has both) and Debian's qemu-user,
# libc6-dev-arm64-cross and libgcc-12-dev-arm64-cross; .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
target=aarch64-linux-gnu
out="${1:-.build/cross-$target}"
for need in /usr/$target/include/stdio.h /usr/lib/gcc-cross/$target; do
    [ -e "$need" ] || { echo "cross_kernels.sh: $need is missing (apt-get install libc6-dev-arm64-cross libgcc-12-dev-arm64-cross)" >&2; exit 2; }
done
command -v qemu-aarch64 >/dev/null || { echo "cross_kernels.sh: qemu-aarch64 is missing (apt-get install qemu-user)" >&2; exit 2; }
clang="$(command -v clang)"
mkdir -p "$out"
# Static, so qemu needs no aarch64 loader; -Werror, so a warning only arm64 sees stops here.
build() {
    "$clang" --target=$target -isystem /usr/$target/include --gcc-toolchain=/usr -fuse-ld=lld -static \
        -Wall -Werror -ISources/CAxonKernels/include -ISources/CAxonKernels -L/usr/$target/lib \
        "$@" scripts/cross/kernel_check.c -lm -lpthread
}
echo "release: the C at -O2"
build -O2 Sources/CAxonKernels/*.c -o "$out/kernel_check"
qemu-aarch64 "$out/kernel_check" c
echo "debug: -O0, the kernels from prebuilt/aarch64-linux"
build -O0 Sources/CAxonKernels/*.c Sources/CAxonKernels/prebuilt/aarch64-linux/*.S -o "$out/kernel_check_debug"
qemu-aarch64 "$out/kernel_check_debug" prebuilt
