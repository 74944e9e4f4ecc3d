/* Landlock kernel ABI, defined here rather than taken from <linux/landlock.h>: a distribution header may
 * describe an older ABI than the running kernel (Debian 12's stops at ABI 2), and the structs below must
 * match the kernel's layout exactly. Values from the kernel's uapi; see docs/sandbox.md. */
#ifndef ASSAY_LANDLOCK_H
#define ASSAY_LANDLOCK_H

#include <stdint.h>

#define LL_SYS_CREATE_RULESET 444
#define LL_SYS_ADD_RULE 445
#define LL_SYS_RESTRICT_SELF 446

#define LL_CREATE_RULESET_VERSION (1U << 0)
#define LL_CREATE_RULESET_ERRATA (1U << 1)

#define LL_RULE_PATH_BENEATH 1
#define LL_RULE_NET_PORT 2

#define LL_FS_EXECUTE (1ULL << 0)
#define LL_FS_WRITE_FILE (1ULL << 1)
#define LL_FS_READ_FILE (1ULL << 2)
#define LL_FS_READ_DIR (1ULL << 3)
#define LL_FS_REFER (1ULL << 13)
#define LL_FS_TRUNCATE (1ULL << 14)
#define LL_FS_IOCTL_DEV (1ULL << 15)

/* Rights that apply to a non-directory: EXECUTE|WRITE_FILE|READ_FILE|TRUNCATE|IOCTL_DEV. */
#define LL_FS_FILE_ONLY 0xC007ULL

#define LL_NET_BIND_TCP (1ULL << 0)
#define LL_NET_CONNECT_TCP (1ULL << 1)

#define LL_SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0)
#define LL_SCOPE_SIGNAL (1ULL << 1)

/* Highest ABI whose features we use; newer kernels are treated as this one. */
#define LL_ABI_MAX_USED 7

struct ll_ruleset_attr {
    uint64_t handled_access_fs;
    uint64_t handled_access_net;
    uint64_t scoped;
};

struct ll_path_beneath_attr {
    uint64_t allowed_access;
    int32_t parent_fd;
} __attribute__((packed));

struct ll_net_port_attr {
    uint64_t allowed_access;
    uint64_t port;
};

/* ABI version (>= 1) or -errno (ENOSYS, EOPNOTSUPP, EPERM, ...). */
int ll_abi(void);
/* Errata bitmask or -errno (kernels before the errata query return -EINVAL). */
int ll_errata(void);
/* Filesystem rights the given ABI can handle (IOCTL_DEV deliberately excluded). */
uint64_t ll_fs_mask(int abi);
/* Size of struct ll_ruleset_attr to pass for the ABI (8, 16 or 24 bytes). */
unsigned long ll_attr_size(int abi);

int ll_create_ruleset(const struct ll_ruleset_attr *attr, unsigned long size, uint32_t flags);
int ll_add_rule(int ruleset_fd, int rule_type, const void *attr, uint32_t flags);
int ll_restrict_self(int ruleset_fd, uint32_t flags);

/* "unsupported" / "disabled" / "blocked" / "error" for a negative ll_abi() result. */
const char *ll_status_for_errno(int err);

#endif
