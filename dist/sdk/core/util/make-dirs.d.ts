/** Create `dir` and its missing parents (with `mode`); throws the first real error (ENOENT, EACCES, ENOTDIR, …). */
export declare function makeDirs(dir: string, mode?: number): void;
