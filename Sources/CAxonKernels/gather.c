// Gathering rows: how a data loader builds a shuffled batch. The rows sit
// at random places in a large array, so each copy waits on memory; two
// threads keep twice as many reads in flight, and prefetches run ahead.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "axon_kernels.h"
#include "kernels_internal.h"
#include <string.h>

typedef struct {
    const char *source;
    char *destination;
    int64_t row_bytes;     // of a source row
    const int64_t *rows;
    int64_t count, chunk;
    int widen;             // bytes to float32 times scale, else a plain copy
    float scale;
} gather_job;

// Asks for every cache line of a row; the hardware prefetcher alone waits
// for a few misses in a row before it streams.
static void prefetch_row(const char *row, int64_t bytes) {
    for (int64_t offset = 0; offset < bytes; offset += 64) __builtin_prefetch(row + offset);
}

// How many rows ahead of the copy the prefetches run.
enum { prefetch_distance = 2 };

// Rows start..<end of one task: each copied (or widened, a plain loop the
// compiler vectorises) while the row `prefetch_distance` ahead is asked for.
static void gather_chunk(void *context, int task) {
    const gather_job *job = context;
    // Locals: stores to the destination (bytes) could otherwise change the
    // job's fields, and every row would read them again.
    const char *source = job->source;
    char *destination = job->destination;
    const int64_t *rows = job->rows;
    const int64_t width = job->row_bytes;
    const float scale = job->scale;
    const int widen = job->widen, words = !widen && width % 8 == 0 && width <= 64;
    int64_t start = (int64_t)task * job->chunk;
    int64_t end = start + job->chunk < job->count ? start + job->chunk : job->count;
    for (int64_t i = start; i < end && i < start + prefetch_distance; i++) {
        prefetch_row(source + rows[i] * width, width);
    }
    for (int64_t i = start; i < end; i++) {
        if (i + prefetch_distance < end) prefetch_row(source + rows[i + prefetch_distance] * width, width);
        const char *row = source + rows[i] * width;
        if (widen) {
            const uint8_t *bytes = (const uint8_t *)row;
            float *out = (float *)destination + i * width;
            for (int64_t j = 0; j < width; j++) out[j] = (float)bytes[j] * scale;
        } else if (words) {
            // A few values a row (a tiny network's batch): whole 8-byte
            // words in a loop, not a call to memcpy per row.
            char *out = destination + i * width;
            for (int64_t w = 0; w < width; w += 8) {
                uint64_t word;
                memcpy(&word, row + w, 8);
                memcpy(out + w, &word, 8);
            }
        } else {
            memcpy(destination + i * width, row, (size_t)width);
        }
    }
}

// Runs the job, split over the pool when the destination is large: below a
// few hundred kilobytes waking a worker costs more than it saves.
static void run_gather(gather_job *job, int64_t destination_bytes) {
    int threads = axon_threads();
    if (threads < 2 || job->count < 2 || destination_bytes < (1 << 18)) {
        gather_chunk(job, 0);
        return;
    }
    job->chunk = (job->count + threads - 1) / threads;
    axon_parallel_run((int)((job->count + job->chunk - 1) / job->chunk), gather_chunk, job);
}

void axon_gather_rows(const void *source, void *destination, int64_t row_bytes, const int64_t *rows,
                      int64_t count) {
    gather_job job = {source, destination, row_bytes, rows, count, count, 0, 1};
    run_gather(&job, count * row_bytes);
}

void axon_gather_scaled_bytes(const uint8_t *source, float *destination, int64_t width, float scale,
                              const int64_t *rows, int64_t count) {
    gather_job job = {(const char *)source, (char *)destination, width, rows, count, count, 1, scale};
    run_gather(&job, count * width * (int64_t)sizeof(float));
}

int64_t axon_wrap_indices_i64(const int64_t *x, int64_t n, int64_t bound, int64_t *out) {
    for (int64_t i = 0; i < n; i++) {
        if (x[i] < -bound || x[i] >= bound) return i;
        out[i] = x[i] < 0 ? x[i] + bound : x[i];
    }
    return -1;
}

#endif // !AXON_PREBUILT_KERNELS
