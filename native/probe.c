/* `probe`: what this kernel lets an unprivileged process do, as one JSON line. Landlock is detected by
 * asking the syscall for its ABI version (never by reading /sys/kernel/security/lsm, which says nothing
 * about container seccomp profiles that filter the syscall). `--net-block PORT` proves that a connect
 * ruleset really refuses a TCP connect to 127.0.0.1:PORT. */
#include "common.h"
#include "landlock.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/seccomp.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#ifndef SECCOMP_GET_ACTION_AVAIL
#define SECCOMP_GET_ACTION_AVAIL 2
#endif
#ifndef SECCOMP_RET_USER_NOTIF
#define SECCOMP_RET_USER_NOTIF 0x7fc00000U
#endif

static int seccomp_action_avail(uint32_t action)
{
    return syscall(__NR_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action) == 0;
}

/* Fork a child that asks to be traced and stops; ptrace works if the parent sees the stop. */
static const char *ptrace_status(void)
{
    pid_t pid = fork();
    if (pid < 0)
        return "error";
    if (pid == 0) {
        if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
            _exit(errno == EPERM ? 3 : 4);
        raise(SIGSTOP);
        _exit(0);
    }
    int st = 0;
    if (waitpid(pid, &st, 0) < 0)
        return "error";
    if (WIFSTOPPED(st)) {
        kill(pid, SIGKILL);
        ptrace(PTRACE_DETACH, pid, NULL, NULL);
        waitpid(pid, &st, 0);
        return "available";
    }
    if (WIFEXITED(st) && WEXITSTATUS(st) == 3)
        return "blocked";
    return "error";
}

/* Child: handle CONNECT_TCP with no port allowed, connect to the port; exit with the errno (0 = connected). */
static int net_block_errno(long port, int abi)
{
    pid_t pid = fork();
    if (pid < 0)
        return -errno;
    if (pid == 0) {
        struct ll_ruleset_attr attr;
        memset(&attr, 0, sizeof attr);
        attr.handled_access_net = LL_NET_CONNECT_TCP;
        int rs = ll_create_ruleset(&attr, ll_attr_size(abi), 0);
        if (rs < 0 || prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || ll_restrict_self(rs, 0) != 0)
            _exit(200);
        int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (s < 0)
            _exit(201);
        struct sockaddr_in sa;
        memset(&sa, 0, sizeof sa);
        sa.sin_family = AF_INET;
        sa.sin_port = htons((uint16_t)port);
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(s, (struct sockaddr *)&sa, sizeof sa) == 0)
            _exit(0);
        _exit(errno & 0xff);
    }
    int st = 0;
    if (waitpid(pid, &st, 0) < 0 || !WIFEXITED(st))
        return -EIO;
    int code = WEXITSTATUS(st);
    return code >= 200 ? -EIO : code;
}

int probe_main(int argc, char **argv)
{
    long net_port = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--net-block") == 0 && i + 1 < argc) {
            if (parse_long(argv[++i], 1, 65535, &net_port) != 0) {
                fprintf(stderr, "assay-native probe: --net-block needs a port 1..65535\n");
                return 2;
            }
        } else {
            fprintf(stderr, "assay-native probe: unknown option\n");
            return 2;
        }
    }
    int abi = ll_abi();
    printf("{\"v\":1,\"arch\":\"%s\",\"landlock\":", ASSAY_ARCH);
    if (abi > 0) {
        int errata = ll_errata();
        printf("{\"status\":\"available\",\"abi\":%d", abi);
        if (errata >= 0)
            printf(",\"errata\":%d", errata);
        printf("}");
    } else {
        int err = abi < 0 ? -abi : EINVAL;
        printf("{\"status\":\"%s\",\"errno\":\"%s\"}", ll_status_for_errno(err), errno_name(err));
    }
    printf(",\"ptrace\":\"%s\"", ptrace_status());
    printf(",\"seccomp\":{\"filter\":%s,\"user_notif\":%s}",
           seccomp_action_avail(SECCOMP_RET_ERRNO) ? "true" : "false",
           seccomp_action_avail(SECCOMP_RET_USER_NOTIF) ? "true" : "false");
    if (net_port > 0) {
        if (abi < 4) {
            printf(",\"net_block\":{\"port\":%ld,\"errno\":\"ENOTSUP\",\"connected\":false}", net_port);
        } else {
            int e = net_block_errno(net_port, abi > LL_ABI_MAX_USED ? LL_ABI_MAX_USED : abi);
            if (e < 0)
                printf(",\"net_block\":{\"port\":%ld,\"errno\":\"%s\",\"connected\":false}", net_port, errno_name(-e));
            else
                printf(",\"net_block\":{\"port\":%ld,\"errno\":%s%s%s,\"connected\":%s}", net_port, e ? "\"" : "",
                       e ? errno_name(e) : "null", e ? "\"" : "", e ? "false" : "true");
        }
    }
    printf("}\n");
    return 0;
}
