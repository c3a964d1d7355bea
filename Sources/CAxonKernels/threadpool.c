// A persistent pool of worker threads for the GEMM kernels, plus per-thread
// scratch buffers for packing.
//
// Workers are created on first use and live for the whole process. After a
// job they spin for a short while (GEMM calls in a training loop come back to
// back) and then sleep on a condition variable, so an idle process costs no
// CPU time.
#include "kernels_internal.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(AXON_X86)
#include <immintrin.h>
#define cpu_relax() _mm_pause()
#elif defined(__aarch64__)
#define cpu_relax() __asm__ __volatile__("yield")
#else
#define cpu_relax() ((void)0)
#endif

enum { max_workers = 255 };
// How long an idle worker spins before sleeping. Waking a sleeping thread
// costs tens of microseconds on bare metal and ~300 µs measured on a KVM
// guest whose idle vCPU has halted, so spin through the gaps between the
// GEMM calls of a training step.
static const uint64_t spin_ns = 2000000;

// The job word: bits 32..62 the job's generation, bit 63 set once the
// submitter has closed the job, bits 0..31 the workers inside it. A worker
// may read the job's fields only after joining (incrementing the count while
// the generation matches and the job is open); the submitter closes the job
// only when the count is zero. So the submitter never waits for a worker that
// is still asleep, and no late worker can read the next job's half-written
// fields.
#define JOB_CLOSED ((uint64_t)1 << 63)
#define JOB_GENERATION(word) (((word) >> 32) & 0x7fffffffu)

static struct {
    pthread_mutex_t submit_lock;   // one job at a time
    pthread_mutex_t lock;          // guards sleeping
    pthread_cond_t wake;
    _Atomic int workers;           // grown under submit_lock; read by axon_pool_takes_small_job too
    _Atomic int sleepers;

    // The current job, written by the submitter before it opens the job.
    axon_task_fn fn;
    void *ctx;
    int tasks;
    // Each in a cache line of its own: the submitter spins on
    // finished_tasks while a worker takes and counts tasks.
    _Alignas(64) _Atomic int next_task;
    _Alignas(64) _Atomic int finished_tasks;
    _Alignas(64) _Atomic uint64_t job;
} pool = {
    .submit_lock = PTHREAD_MUTEX_INITIALIZER,
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .wake = PTHREAD_COND_INITIALIZER,
    .job = JOB_CLOSED,
};

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void run_tasks(void) {
    for (;;) {
        int task = atomic_fetch_add(&pool.next_task, 1);
        if (task >= pool.tasks) return;
        pool.fn(pool.ctx, task);
        atomic_fetch_add_explicit(&pool.finished_tasks, 1, memory_order_release);
    }
}

/// Waits until the job word carries a generation other than `seen`.
static uint64_t wait_for_job(uint64_t seen) {
    uint64_t start = now_ns();
    for (unsigned spins = 1;; spins++) {
        uint64_t word = atomic_load_explicit(&pool.job, memory_order_acquire);
        if (JOB_GENERATION(word) != seen) return word;
        cpu_relax();
        if ((spins & 255) == 0 && now_ns() - start > spin_ns) break;
    }
    pthread_mutex_lock(&pool.lock);
    // Sequentially consistent, as run_job's opening of a job that it pairs with.
    atomic_fetch_add_explicit(&pool.sleepers, 1, memory_order_seq_cst);
    uint64_t word;
    while (JOB_GENERATION(word = atomic_load_explicit(&pool.job, memory_order_seq_cst)) == seen) {
        pthread_cond_wait(&pool.wake, &pool.lock);
    }
    atomic_fetch_sub(&pool.sleepers, 1);
    pthread_mutex_unlock(&pool.lock);
    return word;
}

static void *worker_main(void *start_generation) {
    // The generation at creation time, read before any later job was posted.
    uint64_t seen = (uint64_t)(uintptr_t)start_generation;
    for (;;) {
        uint64_t word = wait_for_job(seen);
        seen = JOB_GENERATION(word);
        // Join unless the job was already closed (the submitter finished it alone).
        while (!(word & JOB_CLOSED) && JOB_GENERATION(word) == seen) {
            if (atomic_compare_exchange_weak(&pool.job, &word, word + 1)) {
                run_tasks();
                atomic_fetch_sub_explicit(&pool.job, 1, memory_order_release);
                break;
            }
        }
    }
    return NULL;
}

/// Starts workers until there are `wanted` (called with submit_lock held, so
/// no job is open).
static void grow_pool(int wanted) {
    if (wanted > max_workers) wanted = max_workers;
    while (pool.workers < wanted) {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_t thread;
        void *generation = (void *)(uintptr_t)JOB_GENERATION(atomic_load(&pool.job));
        int failed = pthread_create(&thread, &attr, worker_main, generation);
        pthread_attr_destroy(&attr);
        if (failed) break;
        pool.workers++;
    }
}

/// Runs one job of `tasks` tasks on the pool and the calling thread, which
/// holds submit_lock.
static void run_job(int tasks, axon_task_fn fn, void *ctx) {
    grow_pool(axon_threads() - 1);
    pool.fn = fn;
    pool.ctx = ctx;
    pool.tasks = tasks;
    atomic_store(&pool.next_task, 0);
    atomic_store(&pool.finished_tasks, 0);

    // Opening the job and reading `sleepers` pair with a falling-asleep
    // worker's increment of `sleepers` and its reading of the job word: each
    // side stores, then loads what the other stores. Only sequential
    // consistency on both sides forbids both loads seeing the old values (a
    // release store may pass the later load, in the store buffer of x86
    // too); then either the worker sees the new job, or this thread sees the
    // sleeper and wakes it under the lock it sleeps with.
    uint64_t generation = (JOB_GENERATION(atomic_load(&pool.job)) + 1) & 0x7fffffffu;
    atomic_store_explicit(&pool.job, generation << 32, memory_order_seq_cst);
    if (atomic_load_explicit(&pool.sleepers, memory_order_seq_cst) > 0) {
        pthread_mutex_lock(&pool.lock);
        pthread_cond_broadcast(&pool.wake);
        pthread_mutex_unlock(&pool.lock);
    }

    run_tasks();
    for (unsigned spins = 1;
         atomic_load_explicit(&pool.finished_tasks, memory_order_acquire) < tasks; spins++) {
        cpu_relax();
        if ((spins & 1023) == 0) sched_yield();
    }
    // Close the job once no worker is inside it (those still inside found no
    // task left and are leaving).
    uint64_t word = atomic_load(&pool.job);
    for (;;) {
        if ((word & 0xffffffffu) != 0) {
            cpu_relax();
            word = atomic_load(&pool.job);
            continue;
        }
        if (atomic_compare_exchange_weak(&pool.job, &word, word | JOB_CLOSED)) break;
    }
}

int axon_pool_takes_small_job(void) {
    static _Atomic uint64_t last_asked;
    const uint64_t now = now_ns();
    const uint64_t before = atomic_exchange_explicit(&last_asked, now, memory_order_relaxed);
    // Read without a lock: a stale answer only picks the other way of running
    // a small job, either of which is correct.
    const int workers = atomic_load_explicit(&pool.workers, memory_order_relaxed);
    return workers == 0 || atomic_load_explicit(&pool.sleepers, memory_order_relaxed) < workers ||
           now - before < spin_ns;
}

void axon_parallel_run(int tasks, axon_task_fn fn, void *ctx) {
    if (tasks <= 1 || pthread_mutex_trylock(&pool.submit_lock) != 0) {
        // A single task, or another thread's job is running (or this is a
        // nested call): do the work here rather than wait.
        for (int task = 0; task < tasks; task++) fn(ctx, task);
        return;
    }
    run_job(tasks, fn, ctx);
    pthread_mutex_unlock(&pool.submit_lock);
}

// MARK: - Checking the pool

/// A job whose tasks wait until all of them have started: it ends only if
/// as many threads as tasks took part.
typedef struct {
    int tasks;
    uint64_t deadline_ns;
    _Atomic int started;
    _Atomic int timed_out;
} rendezvous;

static void rendezvous_task(void *ctx, int task) {
    (void)task;
    rendezvous *meeting = ctx;
    atomic_fetch_add(&meeting->started, 1);
    for (unsigned spins = 1; atomic_load(&meeting->started) < meeting->tasks; spins++) {
        cpu_relax();
        if ((spins & 255) != 0) continue;
        // Yield, so that on a loaded machine the awaited threads get a core.
        sched_yield();
        if (now_ns() > meeting->deadline_ns) {
            atomic_store(&meeting->timed_out, 1);
            return;
        }
    }
}

int axon_thread_pool_check(int jobs, int max_pause_us) {
    const uint64_t patience_ns = 2000000000u;
    uint32_t random = 2463534242u;  // xorshift32: the same pauses every run
    int missed = 0;
    for (int job = 0; job < jobs; job++) {
        pthread_mutex_lock(&pool.submit_lock);
        grow_pool(axon_threads() - 1);
        rendezvous meeting = {.tasks = pool.workers + 1, .deadline_ns = now_ns() + patience_ns};
        run_job(meeting.tasks, rendezvous_task, &meeting);
        pthread_mutex_unlock(&pool.submit_lock);
        if (atomic_load(&meeting.timed_out)) missed++;

        random ^= random << 13;
        random ^= random >> 17;
        random ^= random << 5;
        long pause_us = max_pause_us > 0 ? (long)(random % (uint32_t)(max_pause_us + 1)) : 0;
        struct timespec pause = {.tv_sec = pause_us / 1000000, .tv_nsec = (pause_us % 1000000) * 1000};
        if (pause_us > 0) nanosleep(&pause, NULL);
    }
    return missed;
}

// MARK: - Scratch buffers

enum { scratch_slots = 6 };

typedef struct {
    void *data[scratch_slots];
    size_t size[scratch_slots];
} scratch_set;

static _Thread_local scratch_set *thread_scratch;
static pthread_key_t scratch_key;
static pthread_once_t scratch_key_once = PTHREAD_ONCE_INIT;

static void free_scratch(void *pointer) {
    scratch_set *set = pointer;
    for (int slot = 0; slot < scratch_slots; slot++) free(set->data[slot]);
    free(set);
}

static void make_scratch_key(void) { pthread_key_create(&scratch_key, free_scratch); }

void *axon_scratch(int slot, size_t bytes) {
    scratch_set *set = thread_scratch;
    if (!set) {
        set = calloc(1, sizeof *set);
        if (!set) abort();
        pthread_once(&scratch_key_once, make_scratch_key);
        pthread_setspecific(scratch_key, set);  // frees the buffers at thread exit
        thread_scratch = set;
    }
    if (set->size[slot] < bytes) {
        free(set->data[slot]);
        size_t rounded = (bytes + 4095) & ~(size_t)4095;
        void *data = NULL;
        if (posix_memalign(&data, 64, rounded) != 0) abort();
        set->data[slot] = data;
        set->size[slot] = rounded;
    }
    return set->data[slot];
}

// MARK: - Unique numbers

static _Atomic uint64_t mark_counter = 0;

uint64_t axon_next_mark(void) {
    return atomic_fetch_add_explicit(&mark_counter, 1, memory_order_relaxed) + 1;
}

// MARK: - Gradient recording, per thread

static _Thread_local int gradients_disabled = 0;

int axon_grad_enabled(void) { return !gradients_disabled; }

void axon_set_grad_enabled(int enabled) { gradients_disabled = !enabled; }

static _Thread_local int inference_mode = 0;

int axon_inference_mode(void) { return inference_mode; }

void axon_set_inference_mode(int enabled) { inference_mode = enabled != 0; }
