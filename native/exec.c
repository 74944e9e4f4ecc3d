/* `exec` mode: build a Landlock ruleset from the command line, restrict this process, then execvp the
 * command. Landlock restrictions are inherited by every descendant and cannot be lifted. Any failure
 * before exec writes one status line (no paths: rules are named by index) and exits 125/126/127, so a
 * half-applied ruleset never runs the command. See docs/sandbox.md. */
#include "common.h"
#include "landlock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/stat.h>

enum rule_kind { R_RO, R_RX, R_RW, R_FILE_RW, R_CONNECT, R_BIND };

struct rule {
    enum rule_kind kind;
    const char *path;
    long port;
};

struct exec_opts {
    struct rule *rules;
    int n_rules;
    int status_fd;
    int handle_net;
    int handle_bind;
    int scope_signal;
    int scope_abstract;
    int missing_fail;
    long min_abi;
    int seccomp;
    char **cmd;
};

static void usage_exit(const char *msg)
{
    fprintf(stderr, "assay-native exec: %s\n", msg);
    exit(2);
}

static uint64_t access_for(enum rule_kind k, uint64_t fs_mask)
{
    switch (k) {
    case R_RO:
        return LL_FS_READ_FILE | LL_FS_READ_DIR;
    case R_RX:
        return LL_FS_READ_FILE | LL_FS_READ_DIR | LL_FS_EXECUTE;
    case R_RW:
        return fs_mask;
    case R_FILE_RW:
        return LL_FS_READ_FILE | LL_FS_WRITE_FILE | LL_FS_TRUNCATE;
    default:
        return 0;
    }
}

static void parse(int argc, char **argv, struct exec_opts *o)
{
    o->rules = calloc((size_t)argc, sizeof *o->rules);
    if (o->rules == NULL)
        usage_exit("out of memory");
    o->status_fd = -1;
    o->min_abi = 1;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        long n;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--handle-net") == 0) { o->handle_net = 1; continue; }
        if (strcmp(a, "--handle-bind") == 0) { o->handle_bind = 1; continue; }
        if (strcmp(a, "--seccomp-baseline") == 0) { o->seccomp = 1; continue; }
        if (v == NULL)
            usage_exit("option needs a value");
        i++;
        if (strcmp(a, "--ro") == 0 || strcmp(a, "--rx") == 0 || strcmp(a, "--rw") == 0 || strcmp(a, "--file-rw") == 0) {
            struct rule *r = &o->rules[o->n_rules++];
            r->kind = a[2] == 'f' ? R_FILE_RW : a[3] == 'o' ? R_RO : a[3] == 'x' ? R_RX : R_RW;
            r->path = v;
        } else if (strcmp(a, "--connect-port") == 0 || strcmp(a, "--bind-port") == 0) {
            if (parse_long(v, 1, 65535, &n) != 0)
                usage_exit("port must be 1..65535");
            struct rule *r = &o->rules[o->n_rules++];
            r->kind = a[2] == 'c' ? R_CONNECT : R_BIND;
            r->port = n;
        } else if (strcmp(a, "--status-fd") == 0) {
            if (parse_long(v, 0, 1 << 20, &n) != 0)
                usage_exit("bad --status-fd");
            o->status_fd = (int)n;
        } else if (strcmp(a, "--scope") == 0) {
            if (strcmp(v, "signal") == 0) o->scope_signal = 1;
            else if (strcmp(v, "abstract-unix") == 0) o->scope_abstract = 1;
            else usage_exit("--scope is signal or abstract-unix");
        } else if (strcmp(a, "--missing") == 0) {
            if (strcmp(v, "skip") == 0) o->missing_fail = 0;
            else if (strcmp(v, "fail") == 0) o->missing_fail = 1;
            else usage_exit("--missing is skip or fail");
        } else if (strcmp(a, "--min-abi") == 0) {
            if (parse_long(v, 1, 1000, &n) != 0)
                usage_exit("bad --min-abi");
            o->min_abi = n;
        } else {
            usage_exit("unknown option");
        }
    }
    if (i >= argc)
        usage_exit("missing -- <command>");
    o->cmd = &argv[i];
}

/* Fail before exec: status line, then the conventional exit code. */
static void fail(const struct exec_opts *o, const char *stage, int err, int abi, int rule)
{
    status_fail(o->status_fd, stage, err, abi, rule);
    exit(EXIT_SETUP_FAILED);
}

int exec_main(int argc, char **argv)
{
    struct exec_opts o;
    memset(&o, 0, sizeof o);
    parse(argc, argv, &o);
    if (o.status_fd >= 0 && fcntl(o.status_fd, F_SETFD, FD_CLOEXEC) != 0)
        usage_exit("--status-fd is not open");

    int abi = ll_abi();
    if (abi < 0)
        fail(&o, "probe", -abi, 0, -1);
    if (abi < o.min_abi)
        fail(&o, "probe", ENOTSUP, abi, -1);
    if (abi > LL_ABI_MAX_USED)
        abi = LL_ABI_MAX_USED;

    int has_bind = 0;
    for (int k = 0; k < o.n_rules; k++)
        if (o.rules[k].kind == R_BIND)
            has_bind = 1;
    struct ll_ruleset_attr attr;
    memset(&attr, 0, sizeof attr);
    uint64_t fs_mask = ll_fs_mask(abi);
    attr.handled_access_fs = fs_mask;
    if (o.handle_net || o.handle_bind || has_bind) {
        if (abi < 4)
            fail(&o, "ruleset", ENOTSUP, abi, -1);
        if (o.handle_net)
            attr.handled_access_net |= LL_NET_CONNECT_TCP;
        if (o.handle_bind || has_bind)
            attr.handled_access_net |= LL_NET_BIND_TCP;
    }
    if (abi >= 6) {
        if (o.scope_signal)
            attr.scoped |= LL_SCOPE_SIGNAL;
        if (o.scope_abstract)
            attr.scoped |= LL_SCOPE_ABSTRACT_UNIX_SOCKET;
    }
    int rs = ll_create_ruleset(&attr, ll_attr_size(abi), 0);
    if (rs < 0)
        fail(&o, "ruleset", errno, abi, -1);

    for (int k = 0; k < o.n_rules; k++) {
        const struct rule *r = &o.rules[k];
        if (r->kind == R_CONNECT || r->kind == R_BIND) {
            uint64_t right = r->kind == R_CONNECT ? LL_NET_CONNECT_TCP : LL_NET_BIND_TCP;
            if ((attr.handled_access_net & right) == 0)
                continue; /* connect ports without --handle-net: nothing to allow */
            struct ll_net_port_attr np = {.allowed_access = right, .port = (uint64_t)r->port};
            if (ll_add_rule(rs, LL_RULE_NET_PORT, &np, 0) != 0)
                fail(&o, "add_rule", errno, abi, k);
            continue;
        }
        int fd = open(r->path, O_PATH | O_CLOEXEC);
        if (fd < 0) {
            if ((errno == ENOENT || errno == ENOTDIR) && !o.missing_fail)
                continue;
            fail(&o, "open", errno, abi, k);
        }
        struct stat st;
        if (fstat(fd, &st) != 0)
            fail(&o, "open", errno, abi, k);
        uint64_t access = access_for(r->kind, fs_mask);
        if (!S_ISDIR(st.st_mode))
            access &= LL_FS_FILE_ONLY;
        access &= fs_mask;
        if (access != 0) {
            struct ll_path_beneath_attr pb = {.allowed_access = access, .parent_fd = fd};
            if (ll_add_rule(rs, LL_RULE_PATH_BENEATH, &pb, 0) != 0)
                fail(&o, "add_rule", errno, abi, k);
        }
        close(fd);
    }

    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        fail(&o, "nnp", errno, abi, -1);
    if (ll_restrict_self(rs, 0) != 0)
        fail(&o, "restrict", errno, abi, -1);
    close(rs);
    if (o.seccomp) {
        int e = seccomp_baseline_install();
        if (e != 0)
            fail(&o, "seccomp", -e, abi, -1);
    }
    execvp(o.cmd[0], o.cmd);
    int e = errno;
    status_fail(o.status_fd, "exec", e, abi, -1);
    return e == ENOENT ? EXIT_EXEC_ENOENT : e == EACCES ? EXIT_EXEC_EACCES : EXIT_SETUP_FAILED;
}
