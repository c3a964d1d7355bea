// Large tensor memory, kept for reuse.
//
// A training step allocates and frees the same large activations and
// gradients every step. From glibc such blocks come from mmap, fresh pages
// each time: the kernel zeroes and maps every 4 KB page on first touch, and
// on mnist-cnn that was 9 million page faults an epoch, a sixth of the CPU
// time. Freed blocks of 64 KB and up are kept here instead, in size classes
// of 8 per power of two (a block is at most 1/8 larger than asked for), and
// the next request of the class takes one back, its pages already mapped.
// At most `cache_limit` bytes wait at a time; beyond that a freed block goes
// back to the system. Any thread may allocate and free (one mutex; a step
// does a few dozen large allocations).
#include "axon_kernels.h"

#include <pthread.h>
#include <stdlib.h>

enum {
    smallest_cached_shift = 16,          // 64 KB
    octaves = 49 - smallest_cached_shift, // below 256 TB, rounded up at most to 256 TB
    classes_per_octave = 8,
};

static const size_t cache_limit = (size_t)1 << 30;

typedef struct free_block {
    struct free_block *next;
} free_block;

static struct {
    pthread_mutex_t lock;
    free_block *lists[octaves * classes_per_octave];
    size_t cached_bytes;
} cache = {PTHREAD_MUTEX_INITIALIZER, {0}, 0};

// The class of a request of `bytes` (≥ 64 KB) and the block size it stands for.
static int size_class(size_t bytes, size_t *class_bytes) {
    int octave = 63 - __builtin_clzll((unsigned long long)bytes);  // 2^octave ≤ bytes
    size_t step = (size_t)1 << (octave - 3);
    size_t rounded = (bytes + step - 1) / step * step;
    if (rounded == (size_t)1 << (octave + 1)) octave++, step <<= 1;  // rounded up to the next octave
    *class_bytes = rounded;
    return (octave - smallest_cached_shift) * classes_per_octave + (int)(rounded / step - classes_per_octave);
}

static int cached(size_t bytes) {
    return bytes >= ((size_t)1 << smallest_cached_shift) && bytes < ((size_t)1 << 48);
}

void *axon_block_allocate(size_t bytes) {
    size_t size = bytes == 0 ? 64 : bytes;
    if (cached(size)) {
        int index = size_class(size, &size);
        pthread_mutex_lock(&cache.lock);
        free_block *block = cache.lists[index];
        if (block) {
            cache.lists[index] = block->next;
            cache.cached_bytes -= size;
        }
        pthread_mutex_unlock(&cache.lock);
        if (block) return block;
    }
    void *data = NULL;
    if (posix_memalign(&data, 64, size) != 0) return NULL;
    return data;
}

void axon_block_free(void *data, size_t bytes) {
    if (!data) return;
    size_t size = bytes == 0 ? 64 : bytes;
    if (cached(size)) {
        int index = size_class(size, &size);
        pthread_mutex_lock(&cache.lock);
        if (cache.cached_bytes + size <= cache_limit) {
            free_block *block = data;
            block->next = cache.lists[index];
            cache.lists[index] = block;
            cache.cached_bytes += size;
            data = NULL;
        }
        pthread_mutex_unlock(&cache.lock);
    }
    free(data);
}

size_t axon_block_cached_bytes(void) {
    pthread_mutex_lock(&cache.lock);
    size_t bytes = cache.cached_bytes;
    pthread_mutex_unlock(&cache.lock);
    return bytes;
}

void axon_block_release_cached(void) {
    pthread_mutex_lock(&cache.lock);
    for (int index = 0; index < octaves * classes_per_octave; index++) {
        free_block *block = cache.lists[index];
        while (block) {
            free_block *next = block->next;
            free(block);
            block = next;
        }
        cache.lists[index] = NULL;
    }
    cache.cached_bytes = 0;
    pthread_mutex_unlock(&cache.lock);
}
