#include <fcntl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE), so a reader of the
   output folder sees either the old site or the new one. glibc declares renameat2 only
   under _GNU_SOURCE, which Swift's Glibc module does not set; the syscall is stable. */
static inline int playbook_exchange_paths(const char *first, const char *second) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, 2 /* RENAME_EXCHANGE */);
#else
    return -1;
#endif
}

/* Gives the calling thread the lowest scheduling priority (nice 19): work started ahead of
   need then runs on a core the build leaves idle instead of taking one from it. Linux sets
   nice per thread; glibc declares gettid only under _GNU_SOURCE, the syscall is stable. */
static inline int playbook_yield_thread_priority(void) {
#ifdef SYS_gettid
    return setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 19);
#else
    return -1;
#endif
}
