#ifndef SITREP_CSITREPLINUX_H
#define SITREP_CSITREPLINUX_H

// Linux calls that Glibc's Swift overlay does not import (renameat2 needs _GNU_SOURCE, and the
// inotify_event flexible array member is not imported): thin, non-variadic wrappers only.

#include <stdint.h>
#include <sys/types.h>

/// renameat2(2) with RENAME_NOREPLACE: fails with EEXIST instead of replacing the target.
int sitrep_rename_noreplace(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);

/// signalfd(2) over SIGTERM, SIGINT and SIGHUP, after blocking them in the calling thread.
/// Returns the descriptor or -1 with errno set.
int sitrep_signalfd_install(void);

/// Reads one pending signal from a signalfd; returns the signal number, 0 if none, -1 on error.
int sitrep_signalfd_read(int fd);

/// Blocks SIGTERM, SIGINT, SIGHUP and SIGPIPE in the calling thread (call before threads start).
int sitrep_block_signals(void);

/// statfs(2)'s f_type for path (the filesystem's magic number), or -1 with errno set.
long long sitrep_fs_type(const char *path);

/// How many CPUs this process may run on (its affinity mask, as `nproc` counts), at least 1.
int sitrep_usable_cpus(void);

#endif
