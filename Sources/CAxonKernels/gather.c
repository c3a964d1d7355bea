// Gathering rows: how a data loader builds a shuffled batch. The rows sit
// at random places in a large array, so each copy waits on memory; two
// threads keep twice as many reads in flight, and prefetches run ahead.
#include "axon_kernels.h"
#include "kernels_internal.h"
#include <string.h>

typedef struct {
    const char *source;
    char *destination;
    int64_t row_bytes;     // of a source row
    const int64_t *rows;
    int64_t count, chunk;
    float scale;           // for the byte-to-float gather
} gather_job;

// Asks for every cache line of a row; the hardware prefetcher alone waits
// for a few misses in a row before it streams.
static void prefetch_row(const char *row, int64_t bytes) {
    for (int64_t offset = 0; offset < bytes; offset += 64) __builtin_prefetch(row + offset);
}

// How many rows ahead of the copy the prefetches run.
enum { prefetch_distance = 2 };

static void gather_chunk(void *context, int task) {
    const gather_job *job = context;
    int64_t start = (int64_t)task * job->chunk;
    int64_t end = start + job->chunk < job->count ? start + job->chunk : job->count;
    for (int64_t i = start; i < end && i < start + prefetch_distance; i++) {
        prefetch_row(job->source + job->rows[i] * job->row_bytes, job->row_bytes);
    }
    for (int64_t i = start; i < end; i++) {
        if (i + prefetch_distance < end) {
            prefetch_row(job->source + job->rows[i + prefetch_distance] * job->row_bytes, job->row_bytes);
        }
        memcpy(job->destination + i * job->row_bytes, job->source + job->rows[i] * job->row_bytes,
               (size_t)job->row_bytes);
    }
}

// Row i of the destination: bytes widened and scaled, rows[i + distance]
// asked for meanwhile. A plain loop the compiler vectorises.
static void gather_bytes_chunk(void *context, int task) {
    const gather_job *job = context;
    int64_t start = (int64_t)task * job->chunk;
    int64_t end = start + job->chunk < job->count ? start + job->chunk : job->count;
    const int64_t width = job->row_bytes;
    const float scale = job->scale;
    for (int64_t i = start; i < end && i < start + prefetch_distance; i++) {
        prefetch_row(job->source + job->rows[i] * width, width);
    }
    for (int64_t i = start; i < end; i++) {
        if (i + prefetch_distance < end) {
            prefetch_row(job->source + job->rows[i + prefetch_distance] * width, width);
        }
        const uint8_t *row = (const uint8_t *)job->source + job->rows[i] * width;
        float *out = (float *)job->destination + i * width;
        for (int64_t j = 0; j < width; j++) out[j] = (float)row[j] * scale;
    }
}

// Runs `chunk` over count rows, split over the pool when the copy is large:
// below a few hundred kilobytes waking a worker costs more than it saves.
static void run_gather(gather_job *job, axon_task_fn chunk, int64_t destination_bytes) {
    int threads = axon_threads();
    if (threads < 2 || job->count < 2 || destination_bytes < (1 << 18)) {
        chunk(job, 0);
        return;
    }
    job->chunk = (job->count + threads - 1) / threads;
    axon_parallel_run((int)((job->count + job->chunk - 1) / job->chunk), chunk, job);
}

void axon_gather_rows(const void *source, void *destination, int64_t row_bytes, const int64_t *rows,
                      int64_t count) {
    gather_job job = {source, destination, row_bytes, rows, count, count, 1};
    run_gather(&job, gather_chunk, count * row_bytes);
}

void axon_gather_scaled_bytes(const uint8_t *source, float *destination, int64_t width, float scale,
                              const int64_t *rows, int64_t count) {
    gather_job job = {(const char *)source, (char *)destination, width, rows, count, count, scale};
    run_gather(&job, gather_bytes_chunk, count * width * (int64_t)sizeof(float));
}
