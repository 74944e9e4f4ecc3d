/* Raw Landlock syscalls (no libc wrappers exist) and the ABI → rights tables. */
#include "common.h"
#include "landlock.h"

#include <errno.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/syscall.h>

int ll_create_ruleset(const struct ll_ruleset_attr *attr, unsigned long size, uint32_t flags)
{
    return (int)syscall(LL_SYS_CREATE_RULESET, attr, size, flags);
}

int ll_add_rule(int ruleset_fd, int rule_type, const void *attr, uint32_t flags)
{
    return (int)syscall(LL_SYS_ADD_RULE, ruleset_fd, rule_type, attr, flags);
}

int ll_restrict_self(int ruleset_fd, uint32_t flags)
{
    return (int)syscall(LL_SYS_RESTRICT_SELF, ruleset_fd, flags);
}

int ll_abi(void)
{
    int v = ll_create_ruleset(NULL, 0, LL_CREATE_RULESET_VERSION);
    return v < 0 ? -errno : v;
}

int ll_errata(void)
{
    int v = ll_create_ruleset(NULL, 0, LL_CREATE_RULESET_ERRATA);
    return v < 0 ? -errno : v;
}

uint64_t ll_fs_mask(int abi)
{
    if (abi <= 0)
        return 0;
    if (abi == 1)
        return 0x1FFFULL;
    if (abi == 2)
        return 0x3FFFULL;
    /* ABI 3 adds TRUNCATE; ABI 5's IOCTL_DEV is never handled so terminal ioctls keep working. */
    return 0x7FFFULL;
}

unsigned long ll_attr_size(int abi)
{
    if (abi >= 6)
        return sizeof(struct ll_ruleset_attr);
    if (abi >= 4)
        return offsetof(struct ll_ruleset_attr, scoped);
    return offsetof(struct ll_ruleset_attr, handled_access_net);
}

const char *ll_status_for_errno(int err)
{
    switch (err) {
    case ENOSYS:
        return "unsupported";
    case EOPNOTSUPP:
        return "disabled";
    case EPERM:
        return "blocked";
    default:
        return "error";
    }
}
