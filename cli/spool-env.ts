// `ASSAY_SPOOL_CHUNK_CHARS`: characters the findings spool keeps in memory before it writes a sorted run to
// disk (default 8M, docs/findings.md). Tests set it small so a few findings exercise the on-disk merge.
export function spoolChunkChars(): number | undefined {
  const v = process.env.ASSAY_SPOOL_CHUNK_CHARS;
  return v !== undefined && /^[1-9]\d{0,9}$/.test(v) ? Number(v) : undefined;
}
