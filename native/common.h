/* Shared declarations of the assay native helper (docs/sandbox.md).
 * C11 + POSIX/Linux only; kernel ABI constants are defined locally (landlock.h) because distribution
 * headers can be older than the running kernel. */
#ifndef ASSAY_COMMON_H
#define ASSAY_COMMON_H

#define _GNU_SOURCE 1
#include <stdint.h>

/* Protocol version the TypeScript side requires (`assay-native version`). */
#define ASSAY_NATIVE_PROTOCOL 1

#ifndef ASSAY_SOURCE_HASH
#define ASSAY_SOURCE_HASH "unknown"
#endif

/* Exit codes before exec (the child never ran). */
#define EXIT_SETUP_FAILED 125
#define EXIT_EXEC_EACCES 126
#define EXIT_EXEC_ENOENT 127

/* Architecture name as printed by `probe`. */
#if defined(__x86_64__)
#define ASSAY_ARCH "x86_64"
#elif defined(__aarch64__)
#define ASSAY_ARCH "aarch64"
#else
#define ASSAY_ARCH "other"
#endif

/* Symbolic errno name ("EACCES"), or "E<number>" for ones we do not list. */
const char *errno_name(int err);

/* Parse a decimal integer in [min, max]; returns 0 on success. */
int parse_long(const char *s, long min, long max, long *out);

/* Write one status line {"v":1,"ok":false,"stage":...} to fd (if >= 0); never contains paths. */
void status_fail(int fd, const char *stage, int err, int abi, int rule);

/* Install the seccomp deny layer (docs/sandbox.md "seccomp baseline"); returns 0 or -errno. */
int seccomp_baseline_install(void);

/* Subcommands. */
int exec_main(int argc, char **argv);
int probe_main(int argc, char **argv);
int trace_main(int argc, char **argv);

#endif
