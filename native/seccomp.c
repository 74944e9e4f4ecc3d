/* The optional seccomp deny layer: EPERM for syscalls an agent never needs and that widen the kernel
 * attack surface or could undo containment (ptrace, keyctl, bpf, mount, namespaces, io_uring, ...).
 * Numbers come from <sys/syscall.h> for the architecture we are compiled for, so one table serves
 * x86_64 and aarch64; a syscall of any other architecture kills the process. */
#include "common.h"

#include <errno.h>
#include <stddef.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#if defined(__x86_64__)
#define SC_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define SC_ARCH AUDIT_ARCH_AARCH64
#endif

#ifdef SC_ARCH
static const int denied[] = {
#ifdef __NR_ptrace
    __NR_ptrace,
#endif
    __NR_keyctl, __NR_add_key, __NR_request_key, __NR_bpf, __NR_perf_event_open, __NR_unshare, __NR_setns,
    __NR_mount, __NR_umount2, __NR_pivot_root, __NR_chroot,
    425 /* io_uring_setup */, 426 /* io_uring_enter */, 427 /* io_uring_register */,
    __NR_userfaultfd, __NR_process_vm_writev, __NR_kexec_load, __NR_init_module, __NR_finit_module,
    428 /* open_tree */, 429 /* move_mount */, 430 /* fsopen */,
};
#define N_DENIED (sizeof denied / sizeof denied[0])
#endif

int seccomp_baseline_install(void)
{
#ifndef SC_ARCH
    return -ENOTSUP;
#else
    /* arch check (3) + x32 check (2) + load nr (1) + one test per syscall + allow + errno */
    struct sock_filter prog[6 + N_DENIED + 2];
    size_t i = 0;
    prog[i++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
    prog[i++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SC_ARCH, 1, 0);
    prog[i++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
    prog[i++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
#if defined(__x86_64__)
    /* x32 syscalls (bit 30 set) would bypass the numbers below. */
    prog[i++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000u, (unsigned char)(N_DENIED + 1), 0);
#else
    prog[i++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JA, 0, 0, 0);
#endif
    for (size_t k = 0; k < N_DENIED; k++) {
        /* on match jump to the ERRNO return: it sits (N_DENIED - k) instructions ahead, after ALLOW */
        prog[i++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)denied[k], (unsigned char)(N_DENIED - k), 0);
    }
    prog[i++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    prog[i++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA));
    struct sock_fprog fprog = {.len = (unsigned short)i, .filter = prog};
    if (syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog) != 0)
        return -errno;
    return 0;
#endif
}
