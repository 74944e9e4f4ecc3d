/* assay-native: the kernel helper of `assay sandbox` and `assay record` (docs/sandbox.md).
 * One binary, one subcommand per mode. */
#include "common.h"

#include <stdio.h>
#include <string.h>

static int usage(void)
{
    fprintf(stderr, "usage: assay-native version | probe [--net-block PORT] | exec [rules] -- cmd ... | trace ...\n");
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage();
    const char *mode = argv[1];
    if (strcmp(mode, "version") == 0) {
        printf("assay-native %d %s\n", ASSAY_NATIVE_PROTOCOL, ASSAY_SOURCE_HASH);
        return 0;
    }
    if (strcmp(mode, "probe") == 0)
        return probe_main(argc - 1, argv + 1);
    if (strcmp(mode, "exec") == 0)
        return exec_main(argc - 1, argv + 1);
    if (strcmp(mode, "trace") == 0)
        return trace_main(argc - 1, argv + 1);
    return usage();
}
