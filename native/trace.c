/* `trace` mode: observe a command (or a running process) and write one `assay.observation.v1` JSON line
 * per watched syscall: file opens and other path operations, execs, TCP/UDP/unix connects and binds.
 *
 * Mechanism (docs/record.md): the child installs a seccomp filter that returns SECCOMP_RET_TRACE only for
 * the watched syscalls, so every other syscall runs at full speed; the tracer reads the arguments at the
 * seccomp stop (paths are resolved against the tracee's cwd or dirfd at that moment), then runs the
 * syscall to its exit stop for the result. Forks, vforks, clones and execs are followed. With `--pid`
 * a running process is attached with PTRACE_SEIZE instead; it has no filter, so every syscall stops.
 *
 * This is observation, not a security boundary: a multi-threaded tracee can change its memory after it
 * was read. Blocking is Landlock's job (exec mode). */
#include "common.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>

/* ---- kernel ABI constants, defined here because libc headers may be older than the kernel ---- */
#ifndef PTRACE_GET_SYSCALL_INFO
#define PTRACE_GET_SYSCALL_INFO 0x420e
#endif
#define T_SYSCALL_INFO_ENTRY 1
#define T_SYSCALL_INFO_EXIT 2
#define T_SYSCALL_INFO_SECCOMP 3
#define T_O_EXITKILL (1 << 20)
#define T_EVENT_FORK 1
#define T_EVENT_VFORK 2
#define T_EVENT_CLONE 3
#define T_EVENT_EXEC 4
#define T_EVENT_SECCOMP 7
#define T_EVENT_STOP 128
#define T_RET_TRACE 0x7ff00000U
#define T_RET_ALLOW 0x7fff0000U
#define T_X32_BIT 0x40000000U
#ifndef SYS_openat2
#define SYS_openat2 437
#endif
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_pidfd_getfd
#define SYS_pidfd_getfd 438
#endif

struct t_syscall_info {
    uint8_t op;
    uint8_t pad[3];
    uint32_t arch;
    uint64_t instruction_pointer;
    uint64_t stack_pointer;
    union {
        struct {
            uint64_t nr;
            uint64_t args[6];
        } entry;
        struct {
            int64_t rval;
            uint8_t is_error;
        } exit;
        struct {
            uint64_t nr;
            uint64_t args[6];
            uint32_t ret_data;
        } seccomp;
    } u;
};

#if defined(__x86_64__)
#define T_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define T_ARCH AUDIT_ARCH_AARCH64
#endif

/* The syscalls that stop. open/creat/unlink/rename/mkdir exist only on x86_64. */
static const long watched[] = {
    SYS_openat, SYS_openat2, SYS_execve, SYS_execveat, SYS_connect, SYS_bind,
    SYS_unlinkat, SYS_renameat, SYS_renameat2, SYS_mkdirat,
#ifdef SYS_open
    SYS_open,
#endif
#ifdef SYS_creat
    SYS_creat,
#endif
#ifdef SYS_unlink
    SYS_unlink,
#endif
#ifdef SYS_rmdir
    SYS_rmdir,
#endif
#ifdef SYS_rename
    SYS_rename,
#endif
#ifdef SYS_mkdir
    SYS_mkdir,
#endif
};
#define N_WATCHED (sizeof watched / sizeof watched[0])

#define PATH_CAP 4096
#define RESOLVED_CAP (2 * PATH_CAP + 2)

/* ---------------------------------------------------------------- output ---------------------------------------------------------------- */

static int out_fd = -1;
static char out_buf[1 << 16];
static size_t out_len;

static void out_flush(void)
{
    size_t off = 0;
    while (off < out_len) {
        ssize_t w = write(out_fd, out_buf + off, out_len - off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            break; /* the reader went away: keep tracing so the command's own behaviour is unchanged */
        }
        off += (size_t)w;
    }
    out_len = 0;
}

static void out_raw(const char *s, size_t n)
{
    if (out_len + n > sizeof out_buf)
        out_flush();
    if (n > sizeof out_buf) {
        ssize_t w = write(out_fd, s, n);
        (void)w;
        return;
    }
    memcpy(out_buf + out_len, s, n);
    out_len += n;
}

static void out_str(const char *s) { out_raw(s, strlen(s)); }

static void out_fmt(const char *fmt, long long v)
{
    char b[64];
    int n = snprintf(b, sizeof b, fmt, v);
    if (n > 0)
        out_raw(b, (size_t)n);
}

/* Length of the valid UTF-8 sequence at s (1..4), or 0 if the bytes there are not valid UTF-8
 * (overlong forms, surrogates and code points above U+10FFFF are invalid). */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    size_t len;
    unsigned min;
    unsigned cp;
    if (c >= 0xc2 && c <= 0xdf) { len = 2; min = 0x80; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { len = 3; min = 0x800; cp = c & 0x0f; }
    else if (c >= 0xf0 && c <= 0xf4) { len = 4; min = 0x10000; cp = c & 0x07; }
    else return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

/* A JSON string literal; invalid UTF-8 bytes become U+FFFD and set *lossy. */
static void out_json_str(const char *str, int *lossy)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t n = strlen(str);
    out_raw("\"", 1);
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            out_raw(e, 2);
            i++;
        } else if (c < 0x20 || c == 0x7f) {
            char e[8];
            snprintf(e, sizeof e, "\\u%04x", c);
            out_raw(e, 6);
            i++;
        } else {
            size_t len = utf8_seq(s + i, n - i);
            if (len == 0) {
                out_raw("\xef\xbf\xbd", 3);
                if (lossy)
                    *lossy = 1;
                i++;
            } else {
                out_raw((const char *)s + i, len);
                i += len;
            }
        }
    }
    out_raw("\"", 1);
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---------------------------------------------------------------- tracees ---------------------------------------------------------------- */

enum ev_kind { EV_NONE, EV_FILE, EV_EXEC, EV_CONNECT, EV_BIND };

struct pending {
    enum ev_kind kind;
    const char *sys;
    const char *access;
    long long flags; /* open flags, or -1 */
    int sock_fd;     /* connect/bind socket fd in the tracee */
    char path[RESOLVED_CAP];
    char from[RESOLVED_CAP]; /* rename source */
    char dest[RESOLVED_CAP + 16];
    const char *family;
};

struct tracee {
    pid_t tid;
    pid_t tgid;
    pid_t ppid;
    int started;    /* the initial stop was seen */
    int in_syscall; /* attach mode: between entry and exit stops */
    struct pending *p; /* non-NULL while a watched syscall waits for its exit stop */
};

static struct tracee *tracees;
static size_t n_tracees, cap_tracees;
static int attach_mode;
static pid_t main_pid;

static struct tracee *find(pid_t tid)
{
    for (size_t i = 0; i < n_tracees; i++)
        if (tracees[i].tid == tid)
            return &tracees[i];
    return NULL;
}

/* Tgid and PPid from /proc/<tid>/status (the real parent, not the tracer). */
static void read_ids(pid_t tid, pid_t *tgid, pid_t *ppid)
{
    char p[64], buf[2048];
    snprintf(p, sizeof p, "/proc/%d/status", (int)tid);
    *tgid = tid;
    *ppid = 0;
    int fd = open(p, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return;
    buf[n] = '\0';
    char *t = strstr(buf, "\nTgid:");
    if (t)
        *tgid = (pid_t)strtol(t + 6, NULL, 10);
    t = strstr(buf, "\nPPid:");
    if (t)
        *ppid = (pid_t)strtol(t + 6, NULL, 10);
}

static struct tracee *add(pid_t tid)
{
    struct tracee *t = find(tid);
    if (t)
        return t;
    if (n_tracees == cap_tracees) {
        size_t nc = cap_tracees ? cap_tracees * 2 : 16;
        struct tracee *nt = realloc(tracees, nc * sizeof *nt);
        if (!nt) {
            fprintf(stderr, "assay-native trace: out of memory\n");
            exit(EXIT_SETUP_FAILED);
        }
        tracees = nt;
        cap_tracees = nc;
    }
    t = &tracees[n_tracees++];
    memset(t, 0, sizeof *t);
    t->tid = tid;
    read_ids(tid, &t->tgid, &t->ppid);
    return t;
}

static void drop(pid_t tid)
{
    struct tracee *t = find(tid);
    if (!t)
        return;
    free(t->p);
    *t = tracees[--n_tracees];
}

/* ---------------------------------------------------------------- tracee memory ---------------------------------------------------------------- */

/* Copy a NUL-terminated string of at most cap-1 bytes from the tracee. Reads page by page so a string
 * that ends just before an unmapped page is still read. Returns 0, or -1 if nothing could be read. */
static int read_str(pid_t tid, uint64_t addr, char *buf, size_t cap)
{
    size_t got = 0;
    if (addr == 0)
        return -1;
    while (got < cap - 1) {
        size_t page_left = 4096 - ((addr + got) & 4095);
        size_t want = cap - 1 - got < page_left ? cap - 1 - got : page_left;
        struct iovec local = {buf + got, want};
        struct iovec remote = {(void *)(uintptr_t)(addr + got), want};
        ssize_t n = process_vm_readv(tid, &local, 1, &remote, 1, 0);
        if (n <= 0) {
            /* process_vm_readv refused (old kernel, container filter): fall back to PEEKDATA words. */
            errno = 0;
            long w = ptrace(PTRACE_PEEKDATA, tid, (void *)(uintptr_t)(addr + got), NULL);
            if (errno != 0)
                break;
            n = (ssize_t)(sizeof w < want ? sizeof w : want);
            memcpy(buf + got, &w, (size_t)n);
        }
        void *nul = memchr(buf + got, '\0', (size_t)n);
        if (nul)
            return 0;
        got += (size_t)n;
    }
    buf[got] = '\0';
    return got > 0 ? 0 : -1;
}

static int read_mem(pid_t tid, uint64_t addr, void *buf, size_t len)
{
    struct iovec local = {buf, len};
    struct iovec remote = {(void *)(uintptr_t)addr, len};
    if (addr == 0)
        return -1;
    ssize_t n = process_vm_readv(tid, &local, 1, &remote, 1, 0);
    if (n == (ssize_t)len)
        return 0;
    for (size_t off = 0; off < len; off += sizeof(long)) {
        errno = 0;
        long w = ptrace(PTRACE_PEEKDATA, tid, (void *)(uintptr_t)(addr + off), NULL);
        if (errno != 0)
            return -1;
        memcpy((char *)buf + off, &w, len - off < sizeof w ? len - off : sizeof w);
    }
    return 0;
}

/* ---------------------------------------------------------------- paths ---------------------------------------------------------------- */

/* readlink of /proc/<tid>/cwd or /proc/<tid>/fd/<fd>; empty on failure. */
static void proc_link(pid_t tid, int fd, char *out, size_t cap)
{
    char p[64];
    if (fd == AT_FDCWD)
        snprintf(p, sizeof p, "/proc/%d/cwd", (int)tid);
    else
        snprintf(p, sizeof p, "/proc/%d/fd/%d", (int)tid, fd);
    ssize_t n = readlink(p, out, cap - 1);
    out[n > 0 ? n : 0] = '\0';
}

/* Lexical normalization of an absolute path in place: repeated '/', '.', '..' (never above '/'). */
static void normalize(char *path)
{
    char *src = path, *dst = path;
    size_t len = 0;
    while (*src) {
        while (*src == '/')
            src++;
        if (!*src)
            break;
        char *end = strchr(src, '/');
        size_t seg = end ? (size_t)(end - src) : strlen(src);
        if (seg == 1 && src[0] == '.') {
            /* skip */
        } else if (seg == 2 && src[0] == '.' && src[1] == '.') {
            while (len > 0 && dst[len - 1] != '/')
                len--;
            if (len > 0)
                len--; /* the '/' before the removed segment */
        } else {
            dst[len++] = '/';
            memmove(dst + len, src, seg);
            len += seg;
        }
        src += seg;
    }
    if (len == 0)
        dst[len++] = '/';
    dst[len] = '\0';
}

/* The absolute path a (dirfd, path) pair names for tid at this moment. */
static void resolve_at(pid_t tid, int dirfd, const char *path, char *out, size_t cap)
{
    if (path[0] == '/') {
        snprintf(out, cap, "%s", path);
    } else {
        char base[PATH_CAP];
        proc_link(tid, dirfd, base, sizeof base);
        if (base[0] != '/') {
            /* an fd that is not a directory path (pipe:, socket:): keep the relative name */
            snprintf(out, cap, "%s", path);
            return;
        }
        if (path[0] == '\0')
            snprintf(out, cap, "%s", base);
        else
            snprintf(out, cap, "%s/%s", base, path);
    }
    normalize(out);
}

/* Path argument `addr` relative to dirfd; 0 on success. */
static int path_arg(pid_t tid, int dirfd, uint64_t addr, char *out)
{
    char raw[PATH_CAP];
    if (read_str(tid, addr, raw, sizeof raw) != 0)
        return -1;
    resolve_at(tid, dirfd, raw, out, RESOLVED_CAP);
    return 0;
}

/* ---------------------------------------------------------------- decoding ---------------------------------------------------------------- */

static const char *access_of(long long flags)
{
    if (flags & O_CREAT)
        return "create";
    switch (flags & O_ACCMODE) {
    case O_WRONLY: return "write";
    case O_RDWR: return "read_write";
    default: return (flags & O_TRUNC) ? "write" : "read";
    }
}

static void flags_text(long long flags, char *out, size_t cap)
{
    static const struct { long long bit; const char *name; } names[] = {
        {O_CREAT, "O_CREAT"}, {O_EXCL, "O_EXCL"}, {O_NOCTTY, "O_NOCTTY"}, {O_TRUNC, "O_TRUNC"},
        {O_APPEND, "O_APPEND"}, {O_NONBLOCK, "O_NONBLOCK"}, {O_DSYNC, "O_DSYNC"}, {O_DIRECT, "O_DIRECT"},
        {O_NOFOLLOW, "O_NOFOLLOW"}, {O_NOATIME, "O_NOATIME"}, {O_CLOEXEC, "O_CLOEXEC"}, {O_PATH, "O_PATH"},
    };
    const char *mode = (flags & O_ACCMODE) == O_WRONLY ? "O_WRONLY" : (flags & O_ACCMODE) == O_RDWR ? "O_RDWR" : "O_RDONLY";
    size_t len = (size_t)snprintf(out, cap, "%s", mode);
    long long rest = flags & ~(long long)O_ACCMODE;
    if ((rest & O_TMPFILE) == O_TMPFILE) {
        len += (size_t)snprintf(out + len, cap - len, "|O_TMPFILE");
        rest &= ~(long long)O_TMPFILE;
    } else if (rest & O_DIRECTORY) {
        len += (size_t)snprintf(out + len, cap - len, "|O_DIRECTORY");
        rest &= ~(long long)O_DIRECTORY;
    }
    if ((rest & O_SYNC) == O_SYNC) {
        len += (size_t)snprintf(out + len, cap - len, "|O_SYNC");
        rest &= ~(long long)O_SYNC;
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0] && len < cap; i++) {
        if (rest & names[i].bit) {
            len += (size_t)snprintf(out + len, cap - len, "|%s", names[i].name);
            rest &= ~names[i].bit;
        }
    }
    if (rest && len < cap)
        snprintf(out + len, cap - len, "|0x%llx", rest);
}

/* sockaddr → family name and dest text; 0 when it is a family we report. */
static int decode_sockaddr(pid_t tid, uint64_t addr, uint64_t len, struct pending *p)
{
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    if (len < sizeof(sa_family_t) || addr == 0)
        return -1;
    size_t n = len < sizeof ss ? (size_t)len : sizeof ss;
    if (read_mem(tid, addr, &ss, n) != 0)
        return -1;
    char ip[INET6_ADDRSTRLEN];
    if (ss.ss_family == AF_INET && n >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)&ss;
        inet_ntop(AF_INET, &in->sin_addr, ip, sizeof ip);
        snprintf(p->dest, sizeof p->dest, "%s:%u", ip, (unsigned)ntohs(in->sin_port));
        p->family = "inet";
        return 0;
    }
    if (ss.ss_family == AF_INET6 && n >= sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)&ss;
        inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof ip);
        snprintf(p->dest, sizeof p->dest, "[%s]:%u", ip, (unsigned)ntohs(in6->sin6_port));
        p->family = "inet6";
        return 0;
    }
    if (ss.ss_family == AF_UNIX) {
        const struct sockaddr_un *un = (const struct sockaddr_un *)&ss;
        size_t plen = n - offsetof(struct sockaddr_un, sun_path);
        char name[sizeof un->sun_path + 1];
        if (plen > 0 && un->sun_path[0] == '\0') {
            /* abstract namespace: "@name" (the name may contain NULs; they end it here) */
            memcpy(name, un->sun_path + 1, plen - 1);
            name[plen - 1] = '\0';
            snprintf(p->dest, sizeof p->dest, "unix:@%s", name);
        } else {
            memcpy(name, un->sun_path, plen);
            name[plen] = '\0';
            char abs[RESOLVED_CAP];
            resolve_at(tid, AT_FDCWD, name, abs, sizeof abs);
            snprintf(p->dest, sizeof p->dest, "unix:%s", name[0] ? abs : "");
        }
        p->family = "unix";
        return 0;
    }
    return -1;
}

/* "tcp"/"udp"/… of the tracee's socket fd, through a duplicate taken with pidfd_getfd; NULL if unknown. */
static const char *sock_proto(pid_t tgid, int fd)
{
    int pfd = (int)syscall(SYS_pidfd_open, tgid, 0);
    if (pfd < 0)
        return NULL;
    int sfd = (int)syscall(SYS_pidfd_getfd, pfd, fd, 0);
    close(pfd);
    if (sfd < 0)
        return NULL;
    int type = 0;
    socklen_t l = sizeof type;
    const char *r = NULL;
    if (getsockopt(sfd, SOL_SOCKET, SO_TYPE, &type, &l) == 0) {
        if (type == SOCK_STREAM) r = "tcp";
        else if (type == SOCK_DGRAM) r = "udp";
        else if (type == SOCK_SEQPACKET) r = "seqpacket";
        else if (type == SOCK_RAW) r = "raw";
    }
    close(sfd);
    return r;
}

/* Decode a watched syscall at its entry; returns a pending record or NULL (not reported). */
static struct pending *decode(struct tracee *t, long nr, const uint64_t *a)
{
    struct pending *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->flags = -1;
    p->sock_fd = -1;
    pid_t tid = t->tid;
    int ok = -1;
    if (nr == SYS_openat) {
        p->kind = EV_FILE; p->sys = "openat"; p->flags = (long long)a[2];
        ok = path_arg(tid, (int)a[0], a[1], p->path);
    } else if (nr == SYS_openat2) {
        uint64_t how[3] = {0, 0, 0};
        p->kind = EV_FILE; p->sys = "openat2";
        if (a[3] >= 8 && read_mem(tid, a[2], how, 8) == 0)
            p->flags = (long long)how[0];
        else
            p->flags = 0;
        ok = path_arg(tid, (int)a[0], a[1], p->path);
#ifdef SYS_open
    } else if (nr == SYS_open) {
        p->kind = EV_FILE; p->sys = "open"; p->flags = (long long)a[1];
        ok = path_arg(tid, AT_FDCWD, a[0], p->path);
#endif
#ifdef SYS_creat
    } else if (nr == SYS_creat) {
        p->kind = EV_FILE; p->sys = "creat"; p->flags = O_CREAT | O_WRONLY | O_TRUNC;
        ok = path_arg(tid, AT_FDCWD, a[0], p->path);
#endif
    } else if (nr == SYS_execve) {
        p->kind = EV_EXEC; p->sys = "execve";
        ok = path_arg(tid, AT_FDCWD, a[0], p->path);
    } else if (nr == SYS_execveat) {
        p->kind = EV_EXEC; p->sys = "execveat";
        ok = path_arg(tid, (int)a[0], a[1], p->path);
    } else if (nr == SYS_connect || nr == SYS_bind) {
        p->kind = nr == SYS_connect ? EV_CONNECT : EV_BIND;
        p->sys = nr == SYS_connect ? "connect" : "bind";
        p->sock_fd = (int)a[0];
        ok = decode_sockaddr(tid, a[1], a[2], p);
    } else if (nr == SYS_unlinkat) {
        p->kind = EV_FILE; p->sys = "unlinkat"; p->access = "unlink";
        ok = path_arg(tid, (int)a[0], a[1], p->path);
    } else if (nr == SYS_mkdirat) {
        p->kind = EV_FILE; p->sys = "mkdirat"; p->access = "mkdir";
        ok = path_arg(tid, (int)a[0], a[1], p->path);
    } else if (nr == SYS_renameat || nr == SYS_renameat2) {
        p->kind = EV_FILE; p->sys = nr == SYS_renameat ? "renameat" : "renameat2"; p->access = "rename";
        ok = path_arg(tid, (int)a[0], a[1], p->from) | path_arg(tid, (int)a[2], a[3], p->path);
#ifdef SYS_unlink
    } else if (nr == SYS_unlink || nr == SYS_rmdir) {
        p->kind = EV_FILE; p->sys = nr == SYS_unlink ? "unlink" : "rmdir"; p->access = "unlink";
        ok = path_arg(tid, AT_FDCWD, a[0], p->path);
#endif
#ifdef SYS_mkdir
    } else if (nr == SYS_mkdir) {
        p->kind = EV_FILE; p->sys = "mkdir"; p->access = "mkdir";
        ok = path_arg(tid, AT_FDCWD, a[0], p->path);
#endif
#ifdef SYS_rename
    } else if (nr == SYS_rename) {
        p->kind = EV_FILE; p->sys = "rename"; p->access = "rename";
        ok = path_arg(tid, AT_FDCWD, a[0], p->from) | path_arg(tid, AT_FDCWD, a[1], p->path);
#endif
    }
    if (ok != 0) {
        free(p);
        return NULL;
    }
    if (p->kind == EV_FILE && p->access == NULL)
        p->access = access_of(p->flags);
    return p;
}

/* One JSON line for a finished syscall. */
static void emit(const struct tracee *t, const struct pending *p, long long ret)
{
    int lossy = 0;
    out_fmt("{\"v\":1,\"timestamp\":%lld", now_ms());
    out_fmt(",\"pid\":%lld", t->tgid);
    out_fmt(",\"ppid\":%lld", t->ppid);
    if (p->kind == EV_FILE || p->kind == EV_EXEC) {
        out_str(p->kind == EV_FILE ? ",\"type\":\"file_open\",\"path\":" : ",\"type\":\"proc_exec\",\"path\":");
        out_json_str(p->path, &lossy);
        if (p->kind == EV_FILE) {
            out_str(",\"access\":\"");
            out_str(p->access);
            out_str("\"");
        }
        if (p->from[0]) {
            out_str(",\"from\":");
            out_json_str(p->from, &lossy);
        }
        if (p->flags >= 0 && p->access != NULL && strcmp(p->access, "unlink") && strcmp(p->access, "mkdir") && strcmp(p->access, "rename")) {
            char f[256];
            flags_text(p->flags, f, sizeof f);
            out_str(",\"flags\":\"");
            out_str(f);
            out_str("\"");
        }
        /* Whether an open returned a directory: a directory listing needs a grant on the directory itself. */
        if (p->kind == EV_FILE && p->flags >= 0 && ret >= 0) {
            char fdp[64];
            struct stat st;
            snprintf(fdp, sizeof fdp, "/proc/%d/fd/%lld", (int)t->tid, ret);
            if (stat(fdp, &st) == 0 && S_ISDIR(st.st_mode))
                out_str(",\"dir\":true");
        }
    } else {
        out_str(p->kind == EV_CONNECT ? ",\"type\":\"net_connect\",\"dest\":" : ",\"type\":\"net_bind\",\"dest\":");
        out_json_str(p->dest, &lossy);
        out_str(",\"family\":\"");
        out_str(p->family);
        out_str("\"");
        const char *proto = p->sock_fd >= 0 ? sock_proto(t->tgid, p->sock_fd) : NULL;
        if (proto) {
            out_str(",\"proto\":\"");
            out_str(proto);
            out_str("\"");
        }
    }
    out_str(",\"sys\":\"");
    out_str(p->sys);
    out_str("\"");
    out_fmt(",\"result\":%lld", ret);
    if (lossy)
        out_str(",\"lossy\":true");
    out_str(",\"backend\":\"ptrace\"}\n");
}

static void emit_foreign(const struct tracee *t, uint32_t arch, uint64_t nr)
{
    out_fmt("{\"v\":1,\"timestamp\":%lld", now_ms());
    out_fmt(",\"pid\":%lld", t->tgid);
    out_fmt(",\"ppid\":%lld", t->ppid);
    out_fmt(",\"type\":\"foreign_abi\",\"arch\":%lld", (long long)arch);
    out_fmt(",\"nr\":%lld,\"backend\":\"ptrace\"}\n", (long long)nr);
}

static int is_watched(long nr)
{
    for (size_t i = 0; i < N_WATCHED; i++)
        if (watched[i] == nr)
            return 1;
    return 0;
}

/* ---------------------------------------------------------------- seccomp filter ---------------------------------------------------------------- */

#ifdef T_ARCH
static int install_filter(void)
{
    struct sock_filter f[8 + N_WATCHED];
    size_t k = 0;
    /* Layout: [0] load arch, [1] foreign → TRACE, [2] load nr, [3] x32 → TRACE, [4..] watched → TRACE,
     * then ALLOW, then TRACE. Jump offsets are relative to the next instruction. */
    const size_t n_cmp = N_WATCHED;
    const size_t allow_at = 4 + n_cmp;
    const size_t trace_at = allow_at + 1;
    f[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
    f[k] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, T_ARCH, 0, (uint8_t)(trace_at - k - 1));
    k++;
    f[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
    f[k] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, T_X32_BIT, (uint8_t)(trace_at - k - 1), 0);
    k++;
    for (size_t i = 0; i < n_cmp; i++) {
        f[k] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)watched[i], (uint8_t)(trace_at - k - 1), 0);
        k++;
    }
    f[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, T_RET_ALLOW);
    f[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, T_RET_TRACE);
    struct sock_fprog prog = {.len = (unsigned short)k, .filter = f};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return -errno;
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0)
        return -errno;
    return 0;
}
#else
static int install_filter(void) { return -ENOTSUP; }
#endif

/* ---------------------------------------------------------------- main loop ---------------------------------------------------------------- */

static volatile sig_atomic_t forward_sig;
static volatile sig_atomic_t alarm_fired;

/* SIGTERM/SIGINT/SIGHUP: a spawned command gets the signal (its exit decides ours); an attached
 * process is left alone and the tracer stops observing. */
static void on_forward(int sig)
{
    forward_sig = sig;
    if (main_pid > 0 && !attach_mode)
        kill(main_pid, sig);
}

static void on_alarm(int sig)
{
    (void)sig;
    alarm_fired = 1;
}

/* Restart a stopped tracee; a tracee with a pending syscall (or every tracee in attach mode) goes to
 * the next syscall stop, the others run until the next seccomp stop. */
static void resume(struct tracee *t, int sig)
{
    int req = (attach_mode || (t && t->p)) ? PTRACE_SYSCALL : PTRACE_CONT;
    ptrace(req, t ? t->tid : 0, NULL, (void *)(uintptr_t)sig);
}

static void on_syscall_entry(struct tracee *t, uint32_t arch, uint64_t nr, const uint64_t *args)
{
#ifdef T_ARCH
    if (arch != T_ARCH || (nr & T_X32_BIT)) {
        emit_foreign(t, arch, nr);
        return;
    }
#else
    (void)arch;
#endif
    if (!is_watched((long)nr))
        return;
    free(t->p);
    t->p = decode(t, (long)nr, args);
}

static void on_syscall_exit(struct tracee *t, int64_t rval)
{
    if (!t->p)
        return;
    /* ERESTART* values never reach the program: it sees EINTR or the restarted call. */
    if (rval <= -512 && rval >= -516)
        rval = -EINTR;
    emit(t, t->p, rval);
    free(t->p);
    t->p = NULL;
}

static void handle_stop(pid_t tid, int status)
{
    struct tracee *t = add(tid);
    int sig = WSTOPSIG(status);
    int event = (status >> 16) & 0xffff;

    if (event == T_EVENT_SECCOMP || sig == (SIGTRAP | 0x80)) {
        struct t_syscall_info info;
        memset(&info, 0, sizeof info);
        long n = ptrace(PTRACE_GET_SYSCALL_INFO, tid, (void *)sizeof info, &info);
        if (n > 0) {
            if (info.op == T_SYSCALL_INFO_SECCOMP)
                on_syscall_entry(t, info.arch, info.u.seccomp.nr, info.u.seccomp.args);
            else if (info.op == T_SYSCALL_INFO_ENTRY)
                on_syscall_entry(t, info.arch, info.u.entry.nr, info.u.entry.args);
            else if (info.op == T_SYSCALL_INFO_EXIT)
                on_syscall_exit(t, info.u.exit.rval);
        }
        t->started = 1;
        resume(t, 0);
        return;
    }
    if (event == T_EVENT_FORK || event == T_EVENT_VFORK || event == T_EVENT_CLONE) {
        unsigned long child = 0;
        if (ptrace(PTRACE_GETEVENTMSG, tid, NULL, &child) == 0 && child > 0) {
            struct tracee *c = add((pid_t)child);
            t = find(tid); /* add() may have moved the table */
            if (c->tgid == c->tid && c->ppid == 0)
                c->ppid = t->tgid;
        }
        resume(t, 0);
        return;
    }
    if (event == T_EVENT_EXEC) {
        /* A non-leader thread that execs takes over the leader's tid; its pending execve moves along. */
        unsigned long former = 0;
        if (ptrace(PTRACE_GETEVENTMSG, tid, NULL, &former) == 0 && (pid_t)former != tid) {
            struct tracee *old = find((pid_t)former);
            if (old && old->p) {
                free(t->p);
                t->p = old->p;
                old->p = NULL;
            }
            drop((pid_t)former);
            t = find(tid);
        }
        read_ids(tid, &t->tgid, &t->ppid);
        resume(t, 0);
        return;
    }
    if (event == T_EVENT_STOP) {
        /* PTRACE_SEIZE: the initial stop of an attached task, or a group-stop that must stay stopped. */
        if (sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU)
            ptrace(PTRACE_LISTEN, tid, NULL, NULL);
        else
            resume(t, 0);
        t->started = 1;
        return;
    }
    if (!t->started && sig == SIGSTOP) {
        /* the stop every new tracee starts with: swallow it */
        t->started = 1;
        resume(t, 0);
        return;
    }
    siginfo_t si;
    if (ptrace(PTRACE_GETSIGINFO, tid, NULL, &si) != 0) {
        /* group-stop (no siginfo): leave the signal delivered, let the task run on */
        resume(t, 0);
        return;
    }
    t->started = 1;
    resume(t, sig); /* an ordinary signal: deliver it */
}

struct trace_opts {
    int events_fd;
    const char *events_out;
    long linger_ms;
    long attach_pid;
    int status_fd;
    char **cmd;
};

static void usage_exit(const char *msg)
{
    fprintf(stderr, "assay-native trace: %s\n", msg);
    exit(2);
}

static void parse(int argc, char **argv, struct trace_opts *o)
{
    o->events_fd = -1;
    o->linger_ms = 2000;
    o->status_fd = -1;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        long n;
        if (v == NULL)
            usage_exit("option needs a value");
        i++;
        if (strcmp(a, "--events-fd") == 0) {
            if (parse_long(v, 0, 1 << 20, &n) != 0)
                usage_exit("bad --events-fd");
            o->events_fd = (int)n;
        } else if (strcmp(a, "--events-out") == 0) {
            o->events_out = v;
        } else if (strcmp(a, "--linger-ms") == 0) {
            if (parse_long(v, 0, 3600000, &n) != 0)
                usage_exit("bad --linger-ms");
            o->linger_ms = n;
        } else if (strcmp(a, "--pid") == 0) {
            if (parse_long(v, 1, 1L << 30, &n) != 0)
                usage_exit("bad --pid");
            o->attach_pid = n;
        } else if (strcmp(a, "--status-fd") == 0) {
            if (parse_long(v, 0, 1 << 20, &n) != 0)
                usage_exit("bad --status-fd");
            o->status_fd = (int)n;
        } else {
            usage_exit("unknown option");
        }
    }
    if (o->attach_pid == 0) {
        if (i >= argc)
            usage_exit("missing -- <command>");
        o->cmd = &argv[i];
    } else if (i < argc) {
        usage_exit("--pid takes no command");
    }
}

/* Attach every thread of a running process (PTRACE_SEIZE); 0 or -errno of the first failure. */
static int seize_all(pid_t pid)
{
    const long opts = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE | PTRACE_O_TRACEEXEC;
    char p[64];
    snprintf(p, sizeof p, "/proc/%d/task", (int)pid);
    DIR *d = opendir(p);
    if (!d)
        return -errno;
    int seized = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        long tid;
        if (parse_long(e->d_name, 1, 1L << 30, &tid) != 0)
            continue;
        if (ptrace(PTRACE_SEIZE, (pid_t)tid, NULL, (void *)opts) != 0) {
            int err = errno;
            if (seized == 0) {
                closedir(d);
                return -err;
            }
            continue;
        }
        seized++;
        add((pid_t)tid);
        ptrace(PTRACE_INTERRUPT, (pid_t)tid, NULL, NULL);
    }
    closedir(d);
    return seized ? 0 : -ESRCH;
}

int trace_main(int argc, char **argv)
{
    struct trace_opts o;
    memset(&o, 0, sizeof o);
    parse(argc, argv, &o);
    if (o.status_fd >= 0 && fcntl(o.status_fd, F_SETFD, FD_CLOEXEC) != 0)
        usage_exit("--status-fd is not open");
    if (o.events_out) {
        out_fd = open(o.events_out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (out_fd < 0) {
            fprintf(stderr, "assay-native trace: cannot open --events-out: %s\n", errno_name(errno));
            return 2;
        }
    } else if (o.events_fd >= 0) {
        out_fd = o.events_fd;
        if (fcntl(out_fd, F_SETFD, FD_CLOEXEC) != 0)
            usage_exit("--events-fd is not open");
    } else {
        out_fd = STDOUT_FILENO;
    }
    signal(SIGPIPE, SIG_IGN);

    if (o.attach_pid) {
        attach_mode = 1;
        main_pid = (pid_t)o.attach_pid;
        int e = seize_all(main_pid);
        if (e != 0) {
            status_fail(o.status_fd, "ptrace", -e, 0, -1);
            fprintf(stderr, "assay-native trace: cannot attach to %ld: %s\n", o.attach_pid, errno_name(-e));
            return EXIT_SETUP_FAILED;
        }
    } else {
        /* The child reports a setup failure on the status fd itself (close-on-exec: EOF means it reached exec). */
        pid_t pid = fork();
        if (pid < 0) {
            status_fail(o.status_fd, "fork", errno, 0, -1);
            return EXIT_SETUP_FAILED;
        }
        if (pid == 0) {
            if (out_fd != STDOUT_FILENO && out_fd != STDERR_FILENO)
                close(out_fd);
            if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0) {
                status_fail(o.status_fd, "ptrace", errno, 0, -1);
                fprintf(stderr, "assay-native trace: ptrace: %s\n", errno_name(errno));
                _exit(EXIT_SETUP_FAILED);
            }
            raise(SIGSTOP);
            int e = install_filter();
            if (e != 0) {
                status_fail(o.status_fd, "seccomp", -e, 0, -1);
                fprintf(stderr, "assay-native trace: seccomp: %s\n", errno_name(-e));
                _exit(EXIT_SETUP_FAILED);
            }
            execvp(o.cmd[0], o.cmd);
            int err = errno;
            status_fail(o.status_fd, "exec", err, 0, -1);
            fprintf(stderr, "assay-native trace: cannot run %s: %s\n", o.cmd[0], errno_name(err));
            _exit(err == ENOENT ? EXIT_EXEC_ENOENT : err == EACCES ? EXIT_EXEC_EACCES : EXIT_SETUP_FAILED);
        }
        main_pid = pid;
        int st;
        if (waitpid(pid, &st, __WALL) != pid || !WIFSTOPPED(st)) {
            /* the child could not be traced; it has written its status line */
            return WIFEXITED(st) ? WEXITSTATUS(st) : EXIT_SETUP_FAILED;
        }
        const long opts = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE |
                          PTRACE_O_TRACEEXEC | PTRACE_O_TRACESECCOMP | T_O_EXITKILL;
        if (ptrace(PTRACE_SETOPTIONS, pid, NULL, (void *)opts) != 0) {
            int err = errno;
            kill(pid, SIGKILL);
            status_fail(o.status_fd, "ptrace", err, 0, -1);
            return EXIT_SETUP_FAILED;
        }
        struct tracee *t = add(pid);
        t->started = 1;
        t->ppid = getpid();
        ptrace(PTRACE_CONT, pid, NULL, NULL);
    }

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_forward;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = on_alarm; /* no SA_RESTART: waitpid returns EINTR when the linger time is up */
    sigaction(SIGALRM, &sa, NULL);

    int main_status = -1;
    int lingering = 0;
    while (n_tracees > 0) {
        if (attach_mode && forward_sig)
            break; /* leaving detaches every tracee (no EXITKILL in attach mode) */
        if (alarm_fired) {
            for (size_t i = 0; i < n_tracees; i++)
                kill(tracees[i].tid, SIGKILL);
            alarm_fired = 0;
        }
        int status;
        pid_t w = waitpid(-1, &status, __WALL);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            break; /* ECHILD: nothing left */
        }
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            struct tracee *t = find(w);
            if (t && t->p && WIFEXITED(status) && t->p->kind == EV_EXEC) {
                /* exit_group from another thread during execve: report the exec as interrupted */
                on_syscall_exit(t, -EINTR);
            }
            drop(w);
            if (w == main_pid) {
                main_status = status;
                out_flush();
                if (attach_mode) {
                    /* the attached process is gone; stop following its descendants at once */
                    for (size_t i = 0; i < n_tracees; i++)
                        ptrace(PTRACE_DETACH, tracees[i].tid, NULL, NULL);
                    break;
                }
                if (n_tracees > 0 && !lingering) {
                    lingering = 1;
                    struct itimerval it;
                    memset(&it, 0, sizeof it);
                    it.it_value.tv_sec = o.linger_ms / 1000;
                    it.it_value.tv_usec = (o.linger_ms % 1000) * 1000;
                    if (o.linger_ms == 0)
                        alarm_fired = 1;
                    else
                        setitimer(ITIMER_REAL, &it, NULL);
                }
            }
            continue;
        }
        if (WIFSTOPPED(status))
            handle_stop(w, status);
    }
    out_flush();
    if (o.events_out)
        close(out_fd);

    if (main_status < 0)
        return attach_mode ? 0 : EXIT_SETUP_FAILED;
    if (WIFEXITED(main_status))
        return WEXITSTATUS(main_status);
    /* Die of the same signal so our parent sees what the command saw (no core file of our own). */
    int sig = WTERMSIG(main_status);
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    return 128 + sig;
}
