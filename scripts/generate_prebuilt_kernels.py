#!/usr/bin/env python3
"""Makes Sources/CAxonKernels/prebuilt/x86_64-linux/ and aarch64-linux/: the
compute kernels' C compiled to assembly at -O2 with the flags SwiftPM's
release build uses, for each of the two.

A debug build assembles these files instead of compiling the C at -O0 (see
Sources/CAxonKernels/prebuilt.h), so an app that depends on Axon gets
release-speed kernels in its debug build without a flag. Run this after
changing any kernel .c or header; `swift test` fails until you do
(PrebuiltKernelTests compares the fingerprint written here with the sources).

    scripts/generate_prebuilt_kernels.py           # rewrite the assembly
    scripts/generate_prebuilt_kernels.py --check   # exit 1 if it is stale

--check compiles again and compares the assembly too when the clang is the
one recorded in the manifest (CI uses the same toolchain); with another
clang it compares the fingerprint only.

aarch64 is compiled against Debian's cross C library headers
(apt-get install libc6-dev-arm64-cross); scripts/cross_kernels.sh runs the
aarch64 copy under qemu-aarch64.
"""
import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile

root = pathlib.Path(__file__).resolve().parent.parent
kernels = root / "Sources" / "CAxonKernels"
# Platform directory: its clang target, its flags beyond the common ones, and
# the prebuilt.h macro that is 1 where a build assembles it.
cross_headers = "/usr/aarch64-linux-gnu/include"
platforms = {
    "x86_64-linux": ("x86_64-unknown-linux-gnu", [], "AXON_PREBUILT_X86_64_LINUX", "x86-64 Linux"),
    "aarch64-linux": ("aarch64-unknown-linux-gnu", ["-isystem", cross_headers], "AXON_PREBUILT_AARCH64_LINUX",
                      "aarch64 Linux"),
}

# The files that talk to the operating system (threads, locks, CPUID,
# environment) stay C in every build: they are not hot, and their structs
# follow the C library the app links.
stays_c = {"blocks.c", "dispatch.c", "threadpool.c"}

# SwiftPM's release flags for a C target (swift build -c release -v), less -g,
# plus the macro that makes prebuilt.h choose the C.
common_flags = ["-O2", "-DSWIFT_PACKAGE=1", "-fblocks", "-I", "include", "-fPIC", "-fno-omit-frame-pointer",
                "-fno-verbose-asm", "-DAXON_GENERATING_PREBUILT=1"]


def flags(platform):
    target, extra, _, _ = platforms[platform]
    return ["-target", target, *common_flags, *extra]


def out_dir(platform):
    return kernels / "prebuilt" / platform


def sources():
    return sorted(p.name for p in kernels.glob("*.c") if p.name not in stays_c)


def fingerprint():
    """FNV-1a (64-bit) over every prebuilt .c and every kernel header, by name
    and content; PrebuiltKernelTests computes the same."""
    inputs = sorted(sources() + [p.name for p in kernels.glob("*.h")] +
                    ["include/" + p.name for p in (kernels / "include").glob("*.h")])
    h = 0xcbf29ce484222325
    for name in inputs:
        for byte in name.encode() + b"\0" + (kernels / name).read_bytes() + b"\0":
            h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def clang():
    swift = shutil.which("swift") or "/opt/swift/usr/bin/swift"
    candidate = pathlib.Path(swift).resolve().parent / "clang"
    return str(candidate) if candidate.exists() else "clang"


def clang_version(cc):
    return subprocess.run([cc, "--version"], capture_output=True, text=True, check=True).stdout.splitlines()[0]


def generate(platform, into):
    cc = clang()
    _, extra, macro, name_of_platform = platforms[platform]
    if cross_headers in extra and not pathlib.Path(cross_headers, "stdio.h").exists():
        sys.exit(f"{cross_headers} is missing: apt-get install libc6-dev-arm64-cross")
    into.mkdir(parents=True, exist_ok=True)
    for name in sources():
        asm = subprocess.run([cc, *flags(platform), "-S", "-o", "-", name], cwd=kernels,
                             capture_output=True, text=True)
        if asm.returncode != 0:
            sys.exit(f"clang failed on {name} for {platform}:\n{asm.stderr}")
        if str(root) in asm.stdout or cross_headers in asm.stdout:
            sys.exit(f"the {platform} assembly of {name} names a path on this machine")
        (into / (pathlib.Path(name).stem + ".S")).write_text(
            f"// Generated from ../../{name} by scripts/generate_prebuilt_kernels.py: do not edit.\n"
            f"// Assembled only where ../../prebuilt.h says so (debug builds on {name_of_platform}).\n"
            '#include "../../prebuilt.h"\n'
            f"#if {macro}\n"
            f"{asm.stdout}"
            "#endif\n")
    (into / "SOURCES").write_text(
        f"fingerprint {fingerprint()}\n"
        f"clang {clang_version(cc)}\n"
        f"flags {' '.join(flags(platform))}\n"
        + "".join(f"source {name}\n" for name in sources()))


def manifest(directory):
    fields = {}
    for line in (directory / "SOURCES").read_text().splitlines():
        key, _, value = line.partition(" ")
        fields.setdefault(key, []).append(value)
    return fields


def check(platform):
    directory = out_dir(platform)
    committed = manifest(directory)
    if committed["fingerprint"] != [fingerprint()]:
        sys.exit(f"{directory.relative_to(root)} is stale: run scripts/generate_prebuilt_kernels.py")
    if committed["clang"] != [clang_version(clang())]:
        print(f"the fingerprint matches; the assembly was made by {committed['clang'][0]}, "
              f"not this clang, so it is not compared")
        return
    with tempfile.TemporaryDirectory() as scratch:
        fresh = pathlib.Path(scratch)
        generate(platform, fresh)
        names = sorted(p.name for p in fresh.iterdir())
        if names != sorted(p.name for p in directory.iterdir()):
            sys.exit(f"{directory.relative_to(root)} holds other files than the generator makes")
        for name in names:
            if (fresh / name).read_text() != (directory / name).read_text():
                sys.exit(f"{directory.relative_to(root)}/{name} differs from what clang makes now: "
                         f"run scripts/generate_prebuilt_kernels.py")
    print(f"{directory.relative_to(root)}: {len(names) - 1} files, up to date")


parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--check", action="store_true", help="exit 1 if the committed assembly is stale")
checking = parser.parse_args().check
for platform in platforms:
    if checking:
        check(platform)
    else:
        if out_dir(platform).exists():
            shutil.rmtree(out_dir(platform))
        generate(platform, out_dir(platform))
        print(f"wrote {out_dir(platform).relative_to(root)} ({len(sources())} files, fingerprint {fingerprint()})")
