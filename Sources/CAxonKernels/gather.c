// Gathering rows: how a data loader builds a shuffled batch. The rows sit
// at random places in a large array, so each copy waits on memory; two
// threads keep twice as many reads in flight.
#include "axon_kernels.h"
#include "kernels_internal.h"
#include <string.h>

typedef struct {
    const char *source;
    char *destination;
    int64_t row_bytes;
    const int64_t *rows;
    int64_t count, chunk;
} gather_job;

static void gather_chunk(void *context, int task) {
    const gather_job *job = context;
    int64_t start = (int64_t)task * job->chunk;
    int64_t end = start + job->chunk < job->count ? start + job->chunk : job->count;
    for (int64_t i = start; i < end; i++) {
        // Ask for the next row while this one is copied.
        if (i + 1 < end) __builtin_prefetch(job->source + job->rows[i + 1] * job->row_bytes);
        memcpy(job->destination + i * job->row_bytes, job->source + job->rows[i] * job->row_bytes,
               (size_t)job->row_bytes);
    }
}

void axon_gather_rows(const void *source, void *destination, int64_t row_bytes, const int64_t *rows,
                      int64_t count) {
    gather_job job = {source, destination, row_bytes, rows, count, count};
    int threads = axon_threads();
    // Below a few hundred kilobytes waking a worker costs more than it saves.
    if (threads < 2 || count < 2 || count * row_bytes < (1 << 18)) {
        gather_chunk(&job, 0);
        return;
    }
    job.chunk = (count + threads - 1) / threads;
    axon_parallel_run((int)((count + job.chunk - 1) / job.chunk), gather_chunk, &job);
}
