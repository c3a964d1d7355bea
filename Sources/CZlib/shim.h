// zlib, which the Swift toolchain on Linux already requires and macOS ships.
#include <zlib.h>
