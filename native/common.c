/* Small shared helpers: errno names, integer parsing, the status line. */
#include "common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *errno_name(int err)
{
    static char buf[16];
    switch (err) {
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case EINTR: return "EINTR";
    case EIO: return "EIO";
    case E2BIG: return "E2BIG";
    case ENOEXEC: return "ENOEXEC";
    case EBADF: return "EBADF";
    case ENOMEM: return "ENOMEM";
    case EACCES: return "EACCES";
    case EFAULT: return "EFAULT";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case EINVAL: return "EINVAL";
    case EMFILE: return "EMFILE";
    case ENOSYS: return "ENOSYS";
    case ELOOP: return "ELOOP";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case ENOMSG: return "ENOMSG";
    case EOPNOTSUPP: return "EOPNOTSUPP";
    case ECONNREFUSED: return "ECONNREFUSED";
    case ETIMEDOUT: return "ETIMEDOUT";
    case EXDEV: return "EXDEV";
    default:
        snprintf(buf, sizeof buf, "E%d", err);
        return buf;
    }
}

int parse_long(const char *s, long min, long max, long *out)
{
    char *end = NULL;
    if (s == NULL || *s == '\0')
        return -1;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno != 0 || end == NULL || *end != '\0' || v < min || v > max)
        return -1;
    *out = v;
    return 0;
}

void status_fail(int fd, const char *stage, int err, int abi, int rule)
{
    char line[256];
    int n;
    if (fd < 0)
        return;
    if (rule >= 0)
        n = snprintf(line, sizeof line,
                     "{\"v\":1,\"ok\":false,\"stage\":\"%s\",\"errno\":%d,\"errname\":\"%s\",\"abi\":%d,\"rule\":%d}\n",
                     stage, err, errno_name(err), abi, rule);
    else
        n = snprintf(line, sizeof line,
                     "{\"v\":1,\"ok\":false,\"stage\":\"%s\",\"errno\":%d,\"errname\":\"%s\",\"abi\":%d}\n",
                     stage, err, errno_name(err), abi);
    if (n > 0) {
        ssize_t w = write(fd, line, (size_t)n);
        (void)w;
    }
}
