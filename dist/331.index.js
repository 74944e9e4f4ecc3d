export const id = 331;
export const ids = [331];
export const modules = {

/***/ 41331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputsPhase: () => (/* binding */ inputsPhase),
  internalError: () => (/* binding */ internalError),
  newState: () => (/* binding */ newState),
  publishPhase: () => (/* binding */ publishPhase),
  verdictPhase: () => (/* binding */ verdictPhase)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(40997);
// EXTERNAL MODULE: ./src/core/report/finding.ts + 1 modules
var finding = __webpack_require__(46825);
// EXTERNAL MODULE: ./src/core/util/key-table.ts
var key_table = __webpack_require__(35794);
// EXTERNAL MODULE: ./src/core/report/sarif.ts + 1 modules
var sarif = __webpack_require__(63718);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/report/utf8.ts
var utf8 = __webpack_require__(34023);
;// CONCATENATED MODULE: ./src/core/report/sorted-spool.ts
// Records in sorted order in bounded memory: an external merge sort. Records (a sort key and a text) are
// collected in a chunk; a full chunk is sorted and written to a temp file as one run; draining merges the
// runs (or sorts the only chunk in memory). Keys compare by UTF-16 code unit (`a < b`); equal keys keep
// insertion order. Used for run.json findings and the validate JSON report (docs/findings.md).
//
// Texts are encoded to UTF-8 as they arrive, into one growing buffer per chunk: the chunk then holds no
// per-record strings for the garbage collector to trace and promote (the dominant cost at a million
// findings), and the writers copy the bytes out without decoding them again (drainBytes).




const decoder = new TextDecoder();
/** Staging buffer for writing a run, and each run reader's initial buffer (many runs are open at once). */
const STAGE_BYTES = 1 << 20;
const READ_BYTES = 64 * 1024;
/** Sequential reader of one run file: records `[u32 keyBytes][u32 textBytes][key][text]`. */
class RunReader {
    fd;
    buf = Buffer.allocUnsafe(READ_BYTES);
    start = 0;
    end = 0;
    eof = false;
    head;
    constructor(fd) {
        this.fd = fd;
        this.head = this.next();
    }
    fill(need) {
        if (this.end - this.start >= need)
            return true;
        if (this.start > 0) {
            this.buf.copy(this.buf, 0, this.start, this.end);
            this.end -= this.start;
            this.start = 0;
        }
        if (need > this.buf.length) {
            const bigger = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
            this.buf.copy(bigger, 0, 0, this.end);
            this.buf = bigger;
        }
        while (!this.eof && this.end < need) {
            const n = (0,external_node_fs_.readSync)(this.fd, this.buf, this.end, this.buf.length - this.end, null);
            if (n === 0)
                this.eof = true;
            this.end += n;
        }
        return this.end - this.start >= need;
    }
    next() {
        if (!this.fill(8))
            return undefined;
        const kl = this.buf.readUInt32LE(this.start);
        const tl = this.buf.readUInt32LE(this.start + 4);
        if (!this.fill(8 + kl + tl))
            throw new Error('spool run truncated');
        const k0 = this.start + 8;
        const key = decoder.decode(this.buf.subarray(k0, k0 + kl));
        const text = this.buf.subarray(k0 + kl, k0 + kl + tl);
        this.start = k0 + kl + tl;
        return { key, text };
    }
}
class SortedSpool {
    keys = [];
    /** ends[i] = byte offset just past record i's text in `texts`. */
    ends = [];
    /** Sized for a whole chunk up front (untouched pages cost nothing): it is not regrown by copying. */
    texts;
    used = 0;
    chars = 0;
    chunkChars;
    parent;
    dir;
    runs = [];
    count = 0;
    constructor(opts = {}) {
        this.chunkChars = opts.chunkChars ?? 8_000_000;
        this.parent = opts.dir ?? (0,external_node_os_.tmpdir)();
        this.texts = Buffer.allocUnsafe(this.chunkChars + (1 << 18));
    }
    get size() {
        return this.count;
    }
    /** Runs written to disk so far (0 while everything fits in one chunk). */
    get spilledRuns() {
        return this.runs.length;
    }
    add(key, text) {
        const need = this.used + text.length * 3;
        if (need > this.texts.length) {
            const bigger = Buffer.allocUnsafe(Math.max(need, this.texts.length * 2));
            this.texts.copy(bigger, 0, 0, this.used);
            this.texts = bigger;
        }
        const n = (0,utf8/* encodeAt */.E)(text, this.texts, this.used);
        this.used += n;
        this.keys.push(key);
        this.ends.push(this.used);
        this.chars += key.length + n;
        this.count++;
        if (this.chars >= this.chunkChars)
            this.spill();
    }
    /** Record indexes of the chunk in key order (stable: equal keys keep insertion order). */
    order() {
        const keys = this.keys;
        const idx = Array.from({ length: keys.length }, (_, i) => i);
        return idx.sort((a, b) => {
            const ka = keys[a];
            const kb = keys[b];
            return ka < kb ? -1 : ka > kb ? 1 : a - b;
        });
    }
    textAt(i) {
        return this.texts.subarray(i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
    }
    spill() {
        if (this.keys.length === 0)
            return;
        this.dir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.parent, 'assay-spool-'));
        const path = (0,external_node_path_.join)(this.dir, `run-${this.runs.length}.bin`);
        const fd = (0,external_node_fs_.openSync)(path, 'w');
        try {
            let buf = Buffer.allocUnsafe(STAGE_BYTES);
            let used = 0;
            const flush = () => {
                let off = 0;
                while (off < used)
                    off += (0,external_node_fs_.writeSync)(fd, buf, off, used - off);
                used = 0;
            };
            for (const i of this.order()) {
                const key = this.keys[i];
                const text = this.textAt(i);
                const need = 8 + 3 * key.length + text.length;
                if (used + need > buf.length) {
                    flush();
                    if (need > buf.length)
                        buf = Buffer.allocUnsafe(need);
                }
                const kl = (0,utf8/* encodeAt */.E)(key, buf, used + 8);
                text.copy(buf, used + 8 + kl);
                buf.writeUInt32LE(kl, used);
                buf.writeUInt32LE(text.length, used + 4);
                used += 8 + kl + text.length;
            }
            flush();
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        this.runs.push(path);
        this.keys = [];
        this.ends = [];
        this.used = 0;
        this.chars = 0;
    }
    /** Every text in key order, as strings. May be iterated again; dispose() cleans up. */
    *drain() {
        for (const b of this.drainBytes())
            yield decoder.decode(b);
    }
    /**
     * Every text in key order, as UTF-8 bytes; each item is valid only until the next one is requested
     * (copy it or write it at once). May be iterated again (a report rewritten after a failure).
     */
    *drainBytes() {
        if (this.runs.length === 0) {
            for (const i of this.order())
                yield this.textAt(i);
            return;
        }
        this.spill();
        const fds = this.runs.map((p) => (0,external_node_fs_.openSync)(p, 'r'));
        try {
            // A binary heap of run readers by head key (ties: lower run index first, so equal keys keep order).
            const heap = fds.map((fd, i) => ({ r: new RunReader(fd), i })).filter((x) => x.r.head !== undefined);
            const less = (a, b) => {
                const ka = a.r.head.key;
                const kb = b.r.head.key;
                return ka < kb || (ka === kb && a.i < b.i);
            };
            const down = (j) => {
                for (;;) {
                    const l = 2 * j + 1;
                    const r = l + 1;
                    let m = j;
                    if (l < heap.length && less(heap[l], heap[m]))
                        m = l;
                    if (r < heap.length && less(heap[r], heap[m]))
                        m = r;
                    if (m === j)
                        return;
                    const t = heap[j];
                    heap[j] = heap[m];
                    heap[m] = t;
                    j = m;
                }
            };
            for (let j = (heap.length >> 1) - 1; j >= 0; j--)
                down(j);
            while (heap.length > 0) {
                const top = heap[0];
                yield top.r.head.text;
                top.r.head = top.r.next();
                if (top.r.head === undefined) {
                    heap[0] = heap[heap.length - 1];
                    heap.pop();
                }
                if (heap.length > 0)
                    down(0);
            }
        }
        finally {
            for (const fd of fds)
                (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** Remove temp files (also safe after drain). */
    dispose() {
        this.keys = [];
        this.ends = [];
        this.used = 0;
        this.texts = Buffer.allocUnsafe(0);
        if (this.dir !== undefined)
            (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
        this.dir = undefined;
        this.runs = [];
    }
}

// EXTERNAL MODULE: ./src/core/report/json-stream.ts
var json_stream = __webpack_require__(58327);
;// CONCATENATED MODULE: ./src/core/report/findings-sink.ts
// Findings in bounded memory (docs/findings.md). The engine loop hands findings over one at a time; the
// sink keeps exact counts (per level, source, baseline state, rule, tool), the first N findings of every
// (level, rule) group for the console, the K highest-ranked findings for SARIF (and JUnit), the compact
// fingerprints for the findings baseline and its diff, and spools the full records through a SortedSpool
// so run.json / `--format json` can stream every finding in the documented order.





const DEFAULT_CONSOLE_PER_GROUP = 20;
/** Distinct tool names counted one by one; the rest are summed under `otherTools`. */
const MAX_TOOL_COUNTERS = 10_000;
/**
 * UTF-16 units of text the top-K may hold (messages, names, keys): findings with 4 KB messages would
 * otherwise make 25,000 kept findings cost hundreds of MB. Past it the lowest-ranked kept findings are
 * dropped (SARIF reports them as omitted), so memory is bounded in bytes as well as in count.
 */
const DEFAULT_TOP_CHARS = 12_000_000;
const SOURCES = ['test', 'policy', 'baseline', 'config'];
const LEVELS = ['error', 'warning', 'note'];
const STATES = ['', 'new', 'unchanged'];
/** Counter slot of (source, level, baseline state). */
function tallySlot(source, level, state) {
    const si = SOURCES.indexOf(source);
    return ((si < 0 ? 0 : si) * 3 + (0,finding/* levelRank */.Le)(level)) * 3 + (state === 'new' ? 1 : state === 'unchanged' ? 2 : 0);
}
/** Text units a kept finding holds (its strings; numbers and the object itself are small and constant). */
function charsOf(f) {
    let n = 200 + f.message.length + f.location.uri.length + (f.entry_key?.length ?? 0) + (f.tool?.length ?? 0) + (f.policy_rule?.length ?? 0) + (f.test_id?.length ?? 0);
    if (f.related)
        for (const r of f.related)
            n += 40 + r.message.length + r.uri.length;
    return n;
}
const SHA256_FP = /^sha256:[0-9a-f]{64}$/;
/** Fingerprints per chunk of the compact store (2 MB of bytes). */
const FP_CHUNK = 65_536;
/**
 * Indexes of the n 32-byte records of `b` in byte order. A native numeric sort on (first 4 bytes, index)
 * packed in one float (exact: 32 + 21 bits), then the rare runs with an equal first word by full compare.
 */
function sortedIndexes(b, n) {
    const out = new Array(n);
    if (n >= 1 << 21) {
        for (let i = 0; i < n; i++)
            out[i] = i;
        return out.sort((x, y) => b.compare(b, y * 32, y * 32 + 32, x * 32, x * 32 + 32));
    }
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++)
        keys[i] = b.readUInt32BE(i * 32) * 2097152 + i;
    keys.sort();
    for (let i = 0; i < n; i++)
        out[i] = keys[i] % 2097152;
    for (let i = 0; i < n;) {
        let j = i + 1;
        const w = b.readUInt32BE(out[i] * 32);
        while (j < n && b.readUInt32BE(out[j] * 32) === w)
            j++;
        if (j - i > 1) {
            // buf.compare(target, tStart, tEnd, sStart, sEnd) orders the source range against the target range.
            const run = out.slice(i, j).sort((x, y) => b.compare(b, y * 32, y * 32 + 32, x * 32, x * 32 + 32));
            for (let k = 0; k < run.length; k++)
                out[i + k] = run[k];
        }
        i = j;
    }
    return out;
}
const pad = (n) => String(Math.max(0, Math.trunc(n) || 0)).padStart(12, '0');
/** run.json order (level, rule id, uri, line, fingerprint) and pretty text at depth 2. */
const RUN_JSON_SPOOL = {
    key: (f) => `${(0,finding/* levelRank */.Le)(f.level)}\u0000${f.rule_id}\u0000${f.location.uri}\u0000${pad(f.location.line)}\u0000${f.fingerprint}`,
    text: (f) => (0,json_stream/* prettyAt */.us)(f, 2),
};
class FindingsSink {
    opts;
    occurrences = new key_table/* KeyTable */.a();
    baseline;
    perGroup;
    topK;
    spool;
    spoolFormat;
    /** Per level rank: rule id → group. */
    groupMap = [new Map(), new Map(), new Map()];
    /** Max-heap on compareForSarif: the worst kept finding on top. */
    heap = [];
    topChars;
    heapChars = 0;
    /** The best-ranked finding the text budget dropped: nothing ranked at or below it is kept after. */
    floor;
    /** Findings that left the top-K because of its text budget (they are still counted everywhere else). */
    droppedByBudget = 0;
    /** Counts per tallySlot(source, level, baseline state). */
    tally = new Float64Array(SOURCES.length * 9);
    tools = new Map();
    fpChunks = [];
    ruleIds = [];
    ruleIndex = new Map();
    /** Fingerprints that are not sha256 hex (kept as strings; rare). */
    otherFps = new Map();
    otherTools = 0;
    total = 0;
    counts = { error: 0, warning: 0, note: 0 };
    constructor(opts = {}) {
        this.opts = opts;
        this.baseline = opts.baseline ? new Set(opts.baseline.map(finding/* prefixedFingerprint */.MP)) : undefined;
        this.perGroup = opts.consolePerGroup ?? DEFAULT_CONSOLE_PER_GROUP;
        this.topK = opts.topK ?? sarif/* MAX_RESULTS_PER_RUN */.QW;
        this.topChars = opts.topChars ?? DEFAULT_TOP_CHARS;
        if (opts.spool) {
            this.spool = new SortedSpool(opts.spool);
            this.spoolFormat = opts.spool;
        }
    }
    /** Finalize a draft (fingerprint occurrence counted over everything added so far) and take it. */
    add(d) {
        const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
        const occurrence = this.occurrences.bump(key);
        const hex = (0,finding/* fingerprintV1 */.mh)(d.rule_id, d.subject, d.detail, occurrence);
        return this.take((0,finding/* finalizeDraft */.iP)(d, occurrence, this.opts, hex), hex, true);
    }
    /** Take an already finalized finding (its baseline state is set here when a baseline was given). */
    addFinding(input) {
        const fp = (0,finding/* prefixedFingerprint */.MP)(input.fingerprint);
        return this.take(input, SHA256_FP.test(fp) ? fp.slice(7) : undefined, false);
    }
    /**
     * `hex`: the finding's bare sha256 fingerprint when known to be one (else kept as a string); `own`: the
     * finding was made here (finalizeDraft) and may be completed in place (baseline_state is its last key).
     */
    take(input, hex, own) {
        let f = input;
        if (this.baseline && (f.level === 'error' || f.level === 'warning')) {
            const fp = hex !== undefined ? `sha256:${hex}` : (0,finding/* prefixedFingerprint */.MP)(f.fingerprint);
            const state = this.baseline.has(fp) ? 'unchanged' : 'new';
            if (own && f.baseline_state === undefined)
                f.baseline_state = state;
            else
                f = { ...f, baseline_state: state };
        }
        this.total++;
        this.counts[f.level]++;
        this.tally[tallySlot(f.source, f.level, f.baseline_state)]++;
        if (f.tool !== undefined) {
            const n = this.tools.get(f.tool);
            if (n !== undefined)
                this.tools.set(f.tool, n + 1);
            else if (this.tools.size < MAX_TOOL_COUNTERS)
                this.tools.set(f.tool, 1);
            else
                this.otherTools++;
        }
        const byRule = this.groupMap[(0,finding/* levelRank */.Le)(f.level)];
        let g = byRule.get(f.rule_id);
        if (!g) {
            g = { level: f.level, rule_id: f.rule_id, count: 0, sample: [] };
            byRule.set(f.rule_id, g);
        }
        g.count++;
        if (g.sample.length < this.perGroup)
            g.sample.push(f);
        this.keepTop(f);
        if (f.level !== 'note') {
            if (hex !== undefined)
                this.keepFingerprintHex(hex, f);
            else
                this.keepFingerprint(f);
        }
        const sf = this.spoolFormat;
        if (this.spool && sf) {
            if (sf.entry) {
                const [k, t] = sf.entry(f);
                this.spool.add(k, t);
            }
            else
                this.spool.add(sf.key(f), sf.text(f));
        }
        return f;
    }
    keepTop(f) {
        const h = this.heap;
        if (this.topK <= 0)
            return;
        // Ranked at or below a finding the text budget dropped: keeping it would break "the K best".
        if (this.floor !== undefined && (0,sarif/* compareForSarif */.U7)(f, this.floor) >= 0)
            return;
        if (h.length >= this.topK) {
            if ((0,sarif/* compareForSarif */.U7)(f, h[0]) >= 0)
                return;
            this.heapChars += charsOf(f) - charsOf(h[0]);
            h[0] = f;
            this.siftDown(0);
        }
        else {
            h.push(f);
            this.heapChars += charsOf(f);
            this.siftUp(h.length - 1);
        }
        // Over the text budget: drop the lowest-ranked kept findings (at least one is always kept).
        while (this.heapChars > this.topChars && h.length > 1) {
            const worst = h[0];
            this.heapChars -= charsOf(worst);
            this.droppedByBudget++;
            if (this.floor === undefined || (0,sarif/* compareForSarif */.U7)(worst, this.floor) < 0)
                this.floor = worst;
            const last = h.pop();
            if (h.length > 0) {
                h[0] = last;
                this.siftDown(0);
            }
        }
    }
    siftUp(start) {
        const h = this.heap;
        let i = start;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if ((0,sarif/* compareForSarif */.U7)(h[i], h[p]) <= 0)
                break;
            const t = h[i];
            h[i] = h[p];
            h[p] = t;
            i = p;
        }
    }
    siftDown(i) {
        const h = this.heap;
        for (;;) {
            const l = 2 * i + 1;
            const r = l + 1;
            let m = i;
            if (l < h.length && (0,sarif/* compareForSarif */.U7)(h[l], h[m]) > 0)
                m = l;
            if (r < h.length && (0,sarif/* compareForSarif */.U7)(h[r], h[m]) > 0)
                m = r;
            if (m === i)
                return;
            const t = h[i];
            h[i] = h[m];
            h[m] = t;
            i = m;
        }
    }
    keepFingerprint(f) {
        const fp = (0,finding/* prefixedFingerprint */.MP)(f.fingerprint);
        if (!SHA256_FP.test(fp)) {
            if (!this.otherFps.has(fp))
                this.otherFps.set(fp, { rule_id: f.rule_id, level: f.level });
            return;
        }
        this.keepFingerprintHex(fp.slice(7), f);
    }
    /** Store a bare lower-case sha256 hex fingerprint as 32 bytes. */
    keepFingerprintHex(hex, f) {
        let ri = this.ruleIndex.get(f.rule_id);
        if (ri === undefined) {
            ri = this.ruleIds.length;
            this.ruleIds.push(f.rule_id);
            this.ruleIndex.set(f.rule_id, ri);
        }
        // Fixed-size chunks, never grown by copying: a doubling store frees ever larger blocks that the
        // allocator keeps resident (tens of MB of peak RSS at a million findings).
        let t = this.fpChunks[this.fpChunks.length - 1];
        if (t === undefined || t.n === FP_CHUNK) {
            t = { bytes: Buffer.allocUnsafe(FP_CHUNK * 32), levels: new Uint8Array(FP_CHUNK), rules: new Uint16Array(FP_CHUNK), n: 0 };
            this.fpChunks.push(t);
        }
        t.bytes.write(hex, t.n * 32, 32, 'hex');
        t.levels[t.n] = (0,finding/* levelRank */.Le)(f.level);
        t.rules[t.n] = Math.min(ri, 0xffff);
        t.n++;
    }
    /** The fingerprint chunks as one store (made when the baseline is written). */
    fpStore() {
        const n = this.fpChunks.reduce((a, c) => a + c.n, 0);
        if (this.fpChunks.length === 1)
            return this.fpChunks[0];
        const bytes = Buffer.allocUnsafe(n * 32);
        const levels = new Uint8Array(n);
        const rules = new Uint16Array(n);
        let at = 0;
        for (const c of this.fpChunks) {
            c.bytes.copy(bytes, at * 32, 0, c.n * 32);
            levels.set(c.levels.subarray(0, c.n), at);
            rules.set(c.rules.subarray(0, c.n), at);
            at += c.n;
        }
        return { bytes, levels, rules, n };
    }
    /** Findings at or above `failOn` among `sources` (only `new` ones with `newOnly`). */
    countAtOrAbove(failOn, sources, newOnly = false) {
        if (failOn === 'none')
            return 0;
        const limit = (0,finding/* levelRank */.Le)(failOn);
        let n = 0;
        for (const source of sources) {
            for (const level of LEVELS) {
                if ((0,finding/* levelRank */.Le)(level) > limit)
                    continue;
                for (const state of STATES) {
                    if (newOnly && state !== 'new')
                        continue;
                    n += this.tally[tallySlot(source, level, state)];
                }
            }
        }
        return n;
    }
    /** Counts of one source per level. */
    countsOf(source) {
        const c = { error: 0, warning: 0, note: 0 };
        for (const level of LEVELS)
            for (const state of STATES)
                c[level] += this.tally[tallySlot(source, level, state)];
        return c;
    }
    /** Findings per tool name (the first MAX_TOOL_COUNTERS distinct names; the rest are in `otherTools`). */
    toolCounts() {
        return this.tools;
    }
    /** Groups by level (error first), then rule id. */
    groups() {
        return this.groupMap.flatMap((m) => [...m.values()].sort((a, b) => (a.rule_id < b.rule_id ? -1 : a.rule_id > b.rule_id ? 1 : 0)));
    }
    /** The kept top-K findings in SARIF rank order. */
    top() {
        return [...this.heap].sort(sarif/* compareForSarif */.U7);
    }
    /** The kept top-K findings in run.json order (for in-memory consumers). */
    topSorted() {
        return [...this.heap].sort(finding/* compareFindings */.Eg);
    }
    /** Every spooled finding text in spool order. */
    spooled() {
        if (!this.spool)
            throw new Error('findings sink: no spool configured');
        return this.spool.drain();
    }
    /** The same as UTF-8 bytes, each valid until the next is requested (for the streaming writers). */
    spooledBytes() {
        if (!this.spool)
            throw new Error('findings sink: no spool configured');
        return this.spool.drainBytes();
    }
    /** Spool a record that is not a finding (e.g. a diagnostic sorted together with findings in one report). */
    spoolRecord(key, text) {
        if (!this.spool)
            throw new Error('findings sink: no spool configured');
        this.spool.add(key, text);
    }
    get hasSpool() {
        return this.spool !== undefined;
    }
    /** Error/warning fingerprints, unique, sorted, with rule id and level (findings baseline). */
    *uniqueFingerprints() {
        const s = this.fpStore();
        const b = s.bytes;
        const sorted = sortedIndexes(b, s.n);
        const others = [...this.otherFps.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
        let oi = 0;
        let prev = -1;
        for (const i of sorted) {
            if (prev >= 0 && b.compare(b, prev * 32, prev * 32 + 32, i * 32, i * 32 + 32) === 0)
                continue;
            prev = i;
            const fp = `sha256:${b.toString('hex', i * 32, i * 32 + 32)}`;
            while (oi < others.length && others[oi][0] < fp) {
                const [o, m] = others[oi++];
                yield { fingerprint: o, ...m };
            }
            yield { fingerprint: fp, rule_id: this.ruleIds[s.rules[i]], level: s.levels[i] === 0 ? 'error' : 'warning' };
        }
        while (oi < others.length) {
            const [o, m] = others[oi++];
            yield { fingerprint: o, ...m };
        }
    }
    /** Remove spool files (when the spool was not drained). */
    dispose() {
        this.spool?.dispose();
    }
}

// EXTERNAL MODULE: ./src/core/report/findings-baseline.ts
var findings_baseline = __webpack_require__(40052);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(62712);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(69723);
;// CONCATENATED MODULE: ./src/core/gate/config-kind.ts
// `--config` takes a policy or an eval config, told apart by content.




const MAX_CONFIG_BYTES = 1024 * 1024;
const POLICY_KEYS = ['tools', 'allow', 'deny', 'constraints', 'schemas', 'sequences', 'enforcement', 'limits'];
/** Read a config-or-policy file: missing → E_MISSING_CONFIG; too big / not a file / YAML error / neither shape → E_CFG_PARSE. */
function readConfigFile(path, display) {
    let bytes;
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (!st.isFile() || st.size > MAX_CONFIG_BYTES) {
            throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', `${display}: config must be a regular file of at most 1 MiB`, {
                source: 'config',
                context: { file: display },
                nextStepValues: { 'config.yaml': display },
            });
        }
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (e) {
        if (e instanceof core_errors/* ConfigError */.xL)
            throw e;
        throw new core_errors/* ConfigError */.xL('E_MISSING_CONFIG', `${display}: config file not found`, {
            source: 'config',
            context: { file: display },
            diagnostics: [{ code: 'E_MISSING_CONFIG', severity: 'error', message: 'config file not found', file: display, source: 'config' }],
        });
    }
    if ((0,read_text/* findUtf8Problem */.kd)(bytes)) {
        // Invalid UTF-8 is refused before any use; the lossy text only tells which kind of file it is, so
        // the error carries the code of that file's loader.
        let kind = 'eval';
        try {
            kind = detectKind(bytes.toString('utf8'), display);
        }
        catch {
            // not classifiable: report it as a config
        }
        (0,read_text/* decodeUtf8Strict */.h0)(bytes, display, kind === 'policy' ? 'E_POLICY_PARSE' : 'E_CFG_PARSE', {
            source: kind === 'policy' ? 'policy' : 'config',
            nextStepValues: kind === 'policy' ? { 'policy.yaml': display } : { 'config.yaml': display },
        });
    }
    const text = (0,read_text/* decodeUtf8Strict */.h0)(bytes, display, 'E_CFG_PARSE');
    return { kind: detectKind(text, display), path, display, text };
}
function detectKind(text, display) {
    const { source, errors } = (0,yaml_source/* parseYamlSource */.W)(text, display, 'E_CFG_PARSE');
    if (errors.length || !source) {
        const first = errors[0];
        throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', first.message, {
            source: 'config',
            context: { file: display, line: first.line, col: first.col },
            diagnostics: errors,
            nextStepValues: { 'config.yaml': display },
        });
    }
    const v = source.value;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
        const keys = Object.keys(v);
        if (keys.includes('tests') || keys.includes('suite'))
            return 'eval';
        if (keys.some((k) => POLICY_KEYS.includes(k)))
            return 'policy';
    }
    const message = 'this file is neither an eval config (with "suite" and "tests") nor a policy (with "tools", "allow", "deny", "constraints", "schemas", "sequences", "enforcement" or "limits")';
    throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', message, {
        source: 'config',
        context: { file: display, line: 1, col: 1 },
        diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message, file: display, line: 1, col: 1, source: 'config' }],
        nextStepValues: { 'config.yaml': display },
    });
}

// EXTERNAL MODULE: ./src/core/policy/index.ts + 9 modules
var policy = __webpack_require__(24201);
// EXTERNAL MODULE: ./src/core/trace/index.ts + 17 modules
var trace = __webpack_require__(88071);
// EXTERNAL MODULE: ./src/core/report/message-cap.ts
var message_cap = __webpack_require__(83436);
// EXTERNAL MODULE: ./src/core/report/junit.ts
var junit = __webpack_require__(46490);
;// CONCATENATED MODULE: ./src/core/gate/policy-gate.ts


function newPolicyGate(policy, policyUri, sink) {
    return {
        policy,
        policyUri,
        ...(sink ? { sink } : {}),
        drafts: [],
        perTrace: new Map(),
        unconstrained: new Map(),
        exercised: new Set(),
        sequenceExercised: policy.sequences.map(() => false),
        calls: 0,
        entries: 0,
        denied: 0,
        warned: 0,
    };
}
const RELATED_TEXT = {
    deny: 'deny pattern',
    allow: 'allow list',
    schema: 'argument schema',
    unconstrained: 'unconstrained_tools setting',
    limits: 'limit',
    tool_pins: 'tool pin',
    sequence: 'sequence rule',
};
function elementKind(policy, id) {
    return id === undefined ? undefined : policy.elements.find((e) => e.id === id);
}
/** Tool definitions carried by the entry (`meta.tool_definitions`) for `tool_pins` in replay. */
function definitionsOf(entry) {
    const defs = entry.meta['tool_definitions'];
    if (!Array.isArray(defs))
        return undefined;
    const map = new Map();
    for (const d of defs) {
        if (d && typeof d === 'object' && typeof d.name === 'string') {
            map.set(d.name, d);
        }
    }
    return map;
}
function bucket(state, uri, element) {
    let m = state.perTrace.get(uri);
    if (!m) {
        m = new Map();
        state.perTrace.set(uri, m);
    }
    let b = m.get(element);
    if (!b) {
        b = { errors: 0, warnings: 0, notes: 0, sample: [] };
        m.set(element, b);
    }
    return b;
}
/** Hand one finding to the sink (or collect the draft) and note it in its JUnit bucket. */
function emit(state, uri, element, d) {
    const f = state.sink ? state.sink.add(d) : (state.drafts.push(d), d);
    const b = bucket(state, uri, element);
    const before = d.level === 'error' ? b.errors++ : d.level === 'warning' ? b.warnings++ : b.notes++;
    if (before < junit/* MAX_POLICY_LINES */.A)
        b.sample.push(f);
}
/** A finding's text: what happened and which rule decided, with the violations for schema failures. */
function decisionMessage(d, tool) {
    const rule = d.rule ?? 'policy';
    switch (d.code) {
        case 'E_TOOL_DENIED':
            return `Tool '${tool}' denied by ${rule}`;
        case 'E_TOOL_NOT_ALLOWED':
            return `Tool '${tool}' is not in the allow list (${rule})`;
        case 'E_ARG_SCHEMA': {
            const v = (d.violations ?? []).map((x) => `${x.path || '/'} ${x.message}`).join('; ');
            return `Arguments of '${tool}' violate ${rule}${v ? `: ${v}` : ''}`;
        }
        case 'E_TOOL_UNCONSTRAINED':
            return `Tool '${tool}' has no argument schema (${rule}: ${d.decision === 'deny' ? 'deny' : 'warn'})`;
        default:
            return `${d.reason} for '${tool}' (${rule})`;
    }
}
function callFinding(state, entry, call, d, testId) {
    const level = d.decision === 'deny' ? 'error' : 'warning';
    const el = elementKind(state.policy, d.element);
    const related = [];
    if (d.ruleRef) {
        related.push({
            uri: state.policyUri,
            line: d.ruleRef.line,
            col: d.ruleRef.col,
            message: (el && RELATED_TEXT[el.kind]) ?? 'policy rule',
        });
    }
    const rule = d.rule ?? 'policy';
    return {
        rule_id: `policy/${d.code}`,
        level,
        source: 'policy',
        // The head repeats across calls (made safe once, safe-memo.ts); the call number is the plain tail.
        message: decisionMessage(d, call.tool_name),
        message_tail: ` (call #${call.index})`,
        ...(testId !== undefined ? { test_id: testId } : {}),
        entry_key: entry.key,
        entry_key_is_prompt: entry.binding_id === undefined || entry.binding_id === '',
        tool: call.tool_name,
        call_index: call.index,
        policy_rule: rule,
        location: { uri: call.pos.file, line: call.pos.line, col: 1 },
        ...(related.length ? { related } : {}),
        subject: entry.key,
        detail: `${call.tool_name}|${rule}`,
    };
}
function sequenceFinding(state, entry, s, testId) {
    const call = s.call_index !== null ? entry.tool_calls[s.call_index] : undefined;
    const ruleLoc = s.ruleRef
        ? { uri: state.policyUri, line: s.ruleRef.line, col: s.ruleRef.col }
        : { uri: state.policyUri, line: 1, col: 1 };
    const location = call ? { uri: call.pos.file, line: call.pos.line, col: 1 } : ruleLoc;
    const related = [];
    if (call)
        related.push({ ...ruleLoc, message: 'sequence rule' });
    else
        related.push({ uri: entry.file, line: entry.first_line, col: 1, message: 'entry' });
    return {
        rule_id: 'policy/E_SEQUENCE_VIOLATION',
        level: 'error',
        source: 'policy',
        message: (0,message_cap/* capMessage */.W)(`Sequence rule ${s.rule_id} violated${s.reason ? `: ${s.reason}` : ''}`),
        ...(testId !== undefined ? { test_id: testId } : {}),
        entry_key: entry.key,
        entry_key_is_prompt: entry.binding_id === undefined || entry.binding_id === '',
        ...(call ? { tool: call.tool_name, call_index: call.index } : {}),
        policy_rule: s.rule,
        location,
        related,
        subject: entry.key,
        detail: s.rule_id,
    };
}
/**
 * Decide every call of one complete entry and record its findings. `testId` names the eval test bound to
 * this entry, when there is one.
 */
function gateEntry(state, entry, testId) {
    const session = state.policy.newSession();
    const defs = state.policy.toolPins.size ? definitionsOf(entry) : undefined;
    state.entries++;
    for (const call of entry.tool_calls) {
        state.calls++;
        const definition = defs ? (defs.get(call.tool_name) ?? null) : undefined;
        const d = session.decide({ tool_name: call.tool_name, args: call.args, definition, index: call.index });
        if (d.decision === 'allow')
            continue;
        if (d.decision === 'deny')
            state.denied++;
        else
            state.warned++;
        if (d.code === 'E_TOOL_UNCONSTRAINED' && state.sink) {
            // One finding per tool (sink mode; collect-mode callers such as coverage keep one per call): the first call locates it, later calls only count (emitted at the end).
            const key = `${call.tool_name}\n${d.rule ?? ''}\n${d.decision}`;
            const u = state.unconstrained.get(key);
            if (u)
                u.count++;
            else
                state.unconstrained.set(key, { draft: callFinding(state, entry, call, d, testId), count: 1, element: d.element ?? 'policy' });
            continue;
        }
        emit(state, call.pos.file, d.element ?? 'policy', callFinding(state, entry, call, d, testId));
    }
    for (const s of session.finish()) {
        if (s.status === 'not_exercised')
            continue;
        state.sequenceExercised[s.index] = true;
        if (s.status !== 'violated')
            continue;
        state.denied++;
        emit(state, entry.file, `sequences[${s.index}]`, sequenceFinding(state, entry, s, testId));
    }
    session.collectExercised(state.exercised);
}
/** End of all traces: one note per sequence rule that no entry exercised. */
function finishPolicyGate(state) {
    // One E_TOOL_UNCONSTRAINED per tool, at its first call, with the number of calls (docs/findings.md).
    // Its fingerprint names the tool and rule, not the entry of its first call.
    for (const u of state.unconstrained.values()) {
        const d = u.draft;
        const calls = u.count === 1 ? '1 call' : `${u.count} calls`;
        // The count replaces the first call's number: no per-call tail on this one.
        const head = { ...d };
        delete head.message_tail;
        emit(state, d.location.uri, u.element, {
            ...head,
            message: (0,message_cap/* capMessage */.W)(`${decisionMessage({ code: 'E_TOOL_UNCONSTRAINED', decision: d.level === 'error' ? 'deny' : 'allow_with_warning', rule: d.policy_rule }, d.tool ?? '')} (${calls}; first: call #${d.call_index ?? 0})`),
            count: u.count,
            subject: state.policyUri,
        });
    }
    state.unconstrained.clear();
    state.policy.sequences.forEach((rule, i) => {
        if (state.sequenceExercised[i])
            return;
        const note = {
            rule_id: 'policy/W_RULE_NOT_EXERCISED',
            level: 'note',
            source: 'policy',
            message: `Sequence rule ${rule.ruleId} was exercised by no entry`,
            policy_rule: rule.rule,
            location: { uri: state.policyUri, line: rule.ref?.line ?? 1, col: rule.ref?.col ?? 1 },
            subject: state.policyUri,
            detail: rule.ruleId,
        };
        if (state.sink)
            state.sink.add(note);
        else
            state.drafts.push(note);
    });
}

;// CONCATENATED MODULE: ./src/core/gate/policy-run.ts
// Load a policy, stream the traces through the policy gate, and turn what happened into findings.
// Shared by `validate`, `run`, `ci` (and later the action); adapters decide what to print and write.





function loadPolicy(path, display, opts) {
    const r = opts.text !== undefined ? (0,policy/* parsePolicy */.ON)(opts.text, display, opts) : (0,policy/* loadPolicyFile */.n$)(path, display, opts);
    return { policy: r.policy, display, warnings: r.diagnostics };
}
/**
 * Stream `traces` through the gate. `onEntry` sees every completed entry first (eval binding); it returns
 * the test id bound to the entry, if any, so policy findings name it. A file with no record is fatal here
 * as in every command (readTraceInput).
 */
async function gateTraces(loaded, traces, opts) {
    const state = newPolicyGate(loaded.policy, loaded.display, opts.sink);
    const sampler = new DiagnosticSampler();
    const stats = await (0,trace.readTraceInput)(traces.map((t) => ({ path: t.path, displayPath: t.display })), {
        onEntry(entry) {
            const testId = opts.onEntry?.(entry);
            gateEntry(state, entry, testId);
        },
        onDiagnostic(d) {
            sampler.add(d);
        },
    }, { strict: opts.strict ?? false, retainCalls: true });
    finishPolicyGate(state);
    return { state, stats, traceDiagnostics: sampler.list() };
}
/** Trace diagnostics kept per code (skipped lines, unknown types); the rest are counted (docs/findings.md). */
const MAX_TRACE_DIAGNOSTICS_PER_CODE = 1000;
/**
 * Bounded trace diagnostics: the first MAX_TRACE_DIAGNOSTICS_PER_CODE of each code in arrival order (messages
 * capped), then one diagnostic per code saying how many more there were. A trace of a million bad lines
 * costs the same memory as one of a thousand; the exact numbers are in the trace stats.
 */
class DiagnosticSampler {
    max;
    kept = [];
    perCode = new Map();
    constructor(max = MAX_TRACE_DIAGNOSTICS_PER_CODE) {
        this.max = max;
    }
    add(d) {
        const c = this.perCode.get(d.code);
        if (c === undefined)
            this.perCode.set(d.code, { first: d, n: 1 });
        else
            c.n++;
        if ((c?.n ?? 1) <= this.max)
            this.kept.push({ ...d, message: (0,message_cap/* capMessage */.W)(d.message) });
    }
    /** The kept diagnostics, then one `… and N more` per code that went over the cap. */
    list() {
        const out = [...this.kept];
        for (const [code, c] of this.perCode) {
            if (c.n <= this.max)
                continue;
            const more = c.n - this.max;
            out.push({
                code,
                severity: c.first.severity,
                ...(c.first.source !== undefined ? { source: c.first.source } : {}),
                message: `… and ${more} more ${code} (not listed; the first ${this.max} are)`,
                ...(c.first.file !== undefined ? { file: c.first.file } : {}),
            });
        }
        return out;
    }
}
/** Policy load warnings become `config/<CODE>` findings at their own position. */
function configFindingDrafts(diags) {
    return diags
        .filter((d) => d.severity !== 'error')
        .map((d) => ({
        rule_id: `config/${d.code}`,
        level: d.severity,
        source: 'config',
        message: (0,message_cap/* capMessage */.W)(d.message),
        location: { uri: d.file ?? '', line: d.line ?? 1, col: d.col ?? 1 },
        subject: d.file ?? '',
        detail: `${d.code}|${typeof d.context?.['path'] === 'string' ? d.context['path'] : d.message}`,
    }));
}
/**
 * JUnit policy suites, one per trace file, from the gate's per-element buckets: exact counts and
 * the first findings of each level. `toFinding` maps a collected draft to its finding (collect mode).
 */
function policySuitesOf(run, traces, toFinding = (x) => ('fingerprint' in x ? x : undefined)) {
    const { state } = run;
    return traces.map((t) => {
        const perElement = state.perTrace.get(t.display);
        const cases = state.policy.elements.map((el) => {
            const b = perElement?.get(el.id);
            const list = (b?.sample ?? []).map(toFinding).filter((f) => f !== undefined);
            const hit = b !== undefined && b.errors + b.warnings + b.notes > 0;
            const exercised = el.kind === 'sequence' ? state.sequenceExercised[Number(/\d+/.exec(el.id)?.[0])] === true : state.exercised.has(el.id) || hit;
            return { name: el.name, findings: list, errorCount: b?.errors ?? 0, warningCount: b?.warnings ?? 0, exercised };
        });
        return { name: `policy:${t.display}`, cases };
    });
}
/** Finalize all drafts (config + gate, collect mode) into sorted findings, and build the JUnit policy suites. */
function finalizeGate(drafts, run, traces, opts = {}) {
    const findings = finalizeFindings(drafts, opts);
    let policySuites = [];
    if (run) {
        const byFp = new Map(findings.map((f) => [f.fingerprint, f]));
        const fpList = draftFingerprints(drafts);
        const fps = new Map(drafts.map((d, i) => [d, fpList[i]]));
        policySuites = policySuitesOf(run, traces, (x) => ('fingerprint' in x ? x : byFp.get(fps.get(x) ?? '')));
    }
    return { findings, policySuites };
}

;// CONCATENATED MODULE: ./src/core/gate/gate-run.ts
// The CI gate of `run` and `ci`: load → evaluate → findings → outcome, returned as a
// GateReport plus everything the report writers need. Pre-run failures come back as a report with
// `completed: false` (minimal run.json, failure summary.json), never as a thrown error.











function digestOf(paths) {
    try {
        const h = (0,external_node_crypto_.createHash)('sha256');
        for (const p of paths)
            h.update((0,external_node_fs_.readFileSync)(p));
        return `sha256:${h.digest('hex')}`;
    }
    catch {
        return undefined;
    }
}
/** A top-level block key `tests:` or `suite:` (column 0) marks an eval config. */
const EVAL_TOP_KEY = /^(?:tests|suite)[ \t]*:/m;
/**
 * readConfigFile, without its kind-detection parse when the text plainly is an eval config: the eval
 * loader parses it (with positions) anyway, and a large suite's YAML parse dominates the run.
 * Anything else — and every error — goes through readConfigFile.
 */
function readConfig(path, display) {
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (st.isFile() && st.size <= MAX_CONFIG_BYTES) {
            const bytes = (0,external_node_fs_.readFileSync)(path);
            // Invalid UTF-8 takes the slow path: readConfigFile refuses it with its position.
            if (!(0,read_text/* findUtf8Problem */.kd)(bytes)) {
                const text = (0,read_text/* decodeUtf8Strict */.h0)(bytes, display, 'E_CFG_PARSE');
                if (EVAL_TOP_KEY.test(text))
                    return { kind: 'eval', path, display, text };
            }
        }
    }
    catch {
        // readConfigFile reports it
    }
    return readConfigFile(path, display);
}
function inputsOf(o) {
    return {
        config: o.config?.display ?? null,
        trace_files: o.traces.map((t) => t.display),
        policy: o.policy?.display ?? null,
        baseline: o.baseline?.display ?? null,
        findings_baseline: o.findingsBaseline?.display ?? null,
        out_dir: o.outDirDisplay,
    };
}
function definedValues(v) {
    return Object.fromEntries(Object.entries(v).filter((e) => e[1] !== undefined));
}
/** Report for a failure before any verdict: minimal run.json, a failure summary.json. */
function earlyFailure(e, o, suite = 'policy') {
    let code = 'E_INTERNAL';
    let message = e instanceof Error ? e.message : String(e);
    let nextStep = (0,reason_codes/* fillNextStep */.lT)('E_INTERNAL');
    let diags = [{ code, severity: 'error', message }];
    if (e instanceof core_errors/* AssayError */.WV) {
        code = e.reasonCode;
        // The error knew only its own file; fill what the run knows (config, policy, trace).
        nextStep = (0,reason_codes/* fillNextStep */.lT)(code, {
            'config.yaml': o.config?.display ?? o.policy?.display,
            'policy.yaml': o.policy?.display ?? o.config?.display,
            'trace.jsonl': o.traces[0]?.display,
            ...definedValues(e.nextStepValues),
        });
        diags = e.diagnostics.length
            ? e.diagnostics
            : [{ code, severity: 'error', message, file: e.context.file, line: e.context.line, col: e.context.col }];
        const first = diags[0];
        if (first?.file && !message.startsWith(first.file)) {
            message = `${first.file}${first.line !== undefined ? `:${first.line}:${first.col ?? 1}` : ''}: ${first.message}`;
        }
    }
    const report = {
        exitCode: (0,reason_codes/* exitCodeFor */.Rr)(code, o.exitCodes),
        reasonCode: code,
        message,
        nextStep,
        completed: false,
        suite,
        orderSeed: null,
        inputs: inputsOf(o),
        findings: [],
        provenance: { assayVersion: version/* VERSION */.x, verifyMode: 'enabled' },
    };
    return { report, findings: [], policySuites: [], configSuites: [], diagnostics: [], errorDiagnostics: diags };
}
async function runGate(o) {
    const now = o.now ?? (() => 0);
    const t0 = now();
    try {
        return await runGateInner(o, now, t0);
    }
    catch (e) {
        return earlyFailure(e, o);
    }
}
async function runGateInner(o, now, t0) {
    const diagnostics = [];
    let policyRef = o.policy;
    let policyText;
    let evalSession;
    let configDigest;
    if (o.config) {
        const cf = readConfig(o.config.path, o.config.display);
        configDigest = digestOf([cf.path]);
        if (cf.kind === 'policy') {
            if (!policyRef) {
                policyRef = o.config;
                policyText = cf.text;
            }
        }
        else {
            if (!o.eval)
                throw new core_errors/* AssayError */.WV('E_CFG_PARSE', `${o.config.display}: eval configs are not supported by this command`, { source: 'config' });
            evalSession = o.eval.load(cf);
            diagnostics.push(...evalSession.warnings);
        }
    }
    if (!policyRef && !evalSession) {
        throw new core_errors/* AssayError */.WV('E_MISSING_CONFIG', 'no config or policy given (use --config <file> or --policy <file>)', { source: 'config' });
    }
    let loaded;
    if (policyRef) {
        loaded = loadPolicy(policyRef.path, policyRef.display, {
            denyDeprecations: o.denyDeprecations,
            lenient: o.lenient,
            ...(policyText !== undefined ? { text: policyText } : {}),
        });
        diagnostics.push(...loaded.warnings);
    }
    const findingsBaseline = o.findingsBaseline ? (0,findings_baseline/* readFindingsBaseline */.Yn)(o.findingsBaseline.path, o.findingsBaseline.display) : undefined;
    // Every finding flows through one sink: exact counts, bounded samples, the run.json spool (docs/findings.md).
    const sink = new FindingsSink({
        redactPrompts: o.redactPrompts,
        ...(findingsBaseline ? { baseline: findingsBaseline.fingerprints } : {}),
        ...(o.maxConsoleFindings !== undefined ? { consolePerGroup: o.maxConsoleFindings } : {}),
        spool: {
            ...RUN_JSON_SPOOL,
            ...(o.spoolDir !== undefined ? { dir: o.spoolDir } : {}),
            ...(o.spoolChunkChars !== undefined ? { chunkChars: o.spoolChunkChars } : {}),
        },
    });
    if (o.baseline && !evalSession) {
        throw new core_errors/* UsageError */.eb('E_INVALID_ARGS', '--baseline compares eval scores and needs an eval config (--config eval.yaml)', { source: 'cli' });
    }
    if (o.traces.length === 0 && evalSession?.needsTrace) {
        throw new core_errors/* UsageError */.eb('E_INVALID_ARGS', `${o.config?.display ?? 'config'}: model is "trace", so --trace-file is required`, { source: 'cli' });
    }
    // `--policy P` alone (no config, no trace) loads and validates the policy: its warnings become
    // config/ findings. A policy given as --config needs a trace, found or named.
    const policyAlone = o.policy !== undefined && o.config === undefined;
    if (o.traces.length === 0 && loaded && !policyAlone) {
        throw new core_errors/* AssayError */.WV('E_TRACE_NOT_FOUND', 'no trace file given or found (looked at trace.jsonl, traces/*.jsonl, .assay/traces/*.jsonl)', {
            source: 'trace',
            nextStepValues: { 'trace.jsonl': 'trace.jsonl' },
        });
    }
    const tIngest = now();
    let run;
    let stats;
    if (o.traces.length > 0) {
        if (loaded) {
            run = await gateTraces(loaded, o.traces, { strict: o.strict, sink, onEntry: evalSession ? (e) => evalSession.onEntry(e) : undefined });
            stats = run.stats;
            diagnostics.push(...run.traceDiagnostics);
        }
        else if (evalSession) {
            const { readTraceInput } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 88071));
            const traceDiags = new DiagnosticSampler();
            stats = await readTraceInput(o.traces.map((t) => ({ path: t.path, displayPath: t.display })), { onEntry: (e) => void evalSession.onEntry(e), onDiagnostic: (d) => traceDiags.add(d) }, { strict: o.strict ?? false });
            diagnostics.push(...traceDiags.list());
        }
    }
    const tEval = now();
    const evalOutcome = evalSession ? await evalSession.finish({ traced: o.traces.length > 0 }) : undefined;
    if (evalOutcome?.diagnostics)
        diagnostics.push(...evalOutcome.diagnostics);
    // Gate findings are already in the sink; occurrence numbers are per (rule, subject, detail), and config,
    // test and policy findings never share a rule id, so adding these last fingerprints as before.
    const drafts = [
        ...configFindingDrafts(diagnostics.filter((d) => d.code.startsWith('W_POLICY') || d.code.startsWith('W_CFG'))),
        ...(evalOutcome?.drafts ?? []),
    ];
    for (const d of drafts)
        sink.add(d);
    const policySuites = run ? policySuitesOf(run, o.traces) : [];
    // In memory: only the kept top-K (SARIF/JUnit and the console's first lines); run.json streams them all.
    const findings = sink.topSorted();
    let diff;
    if (findingsBaseline)
        diff = (0,findings_baseline/* diffSink */.zd)(sink, findingsBaseline, findings);
    // Outcome: eval rows first, then findings at or above --fail-on, then strict warn rows.
    const failOn = o.failOn ?? 'error';
    // Only policy/config findings count toward --fail-on; test and baseline findings gate through their rows.
    const gateable = findings.filter((f) => f.source === 'policy' || f.source === 'config');
    const gated = sink.countAtOrAbove(failOn, ['policy', 'config'], o.gateNewOnly === true && diff !== undefined);
    let exitCode = 0;
    let reasonCode = '';
    let message = evalSession ? 'All tests passed' : 'All checks passed';
    let testId;
    if (evalOutcome?.verdict) {
        ({ exitCode, reasonCode, message } = evalOutcome.verdict);
        testId = evalOutcome.verdict.testId;
    }
    else {
        const parts = [];
        if (gated > 0)
            parts.push(`${gated} policy finding(s) at or above fail_on=${o.failOnLabel ?? failOn}`);
        const warnRows = evalOutcome?.warnRows ?? 0;
        if (warnRows > 0 && (o.strict || evalOutcome?.blockOnWarn))
            parts.push(`Strict mode: ${warnRows} policy violations`);
        if (parts.length) {
            exitCode = 1;
            reasonCode = 'E_POLICY_VIOLATION';
            message = parts.join('; ');
            testId = gateable.find((f) => f.test_id)?.test_id ?? gateable.find((f) => f.level === 'error')?.entry_key;
            if (gated === 0)
                testId = evalOutcome?.rows.find((r) => r.status === 'warn')?.test_id;
        }
    }
    const warnings = [
        ...diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.code}: ${d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.col ?? 1}` : ''}: ` : ''}${d.message}`),
        ...(evalOutcome?.warnings ?? []),
    ];
    const traceDigest = o.traces.length ? digestOf(o.traces.map((t) => t.path)) : undefined;
    const policyDigest = policyRef ? digestOf([policyRef.path]) : undefined;
    const baselineDigest = o.baseline && evalSession ? digestOf([o.baseline.path]) : undefined;
    const tEnd = now();
    const report = {
        exitCode,
        reasonCode,
        message,
        ...(exitCode !== 0 && reasonCode
            ? {
                nextStep: (0,reason_codes/* fillNextStep */.lT)(reasonCode, {
                    'test-id': testId,
                    // explain reads <out-dir>/run.json: name the folder when it is not the default.
                    'out-dir': o.outDirDisplay !== '.assay/reports' ? o.outDirDisplay : undefined,
                    'config.yaml': o.config?.display ?? policyRef?.display,
                    'policy.yaml': policyRef?.display,
                    'trace.jsonl': o.traces[0]?.display,
                }),
            }
            : {}),
        completed: true,
        suite: evalSession?.suite ?? 'policy',
        ...(evalOutcome ? { results: evalOutcome.rows } : {}),
        orderSeed: evalSession?.orderSeed ?? null,
        inputs: { ...inputsOf(o), policy: policyRef?.display ?? null },
        ...(stats ? { trace: { episodes: stats.episodes, records: stats.records, skipped_lines: stats.skipped_lines, ignored_lines: stats.ignored_lines } } : {}),
        findings,
        findingSet: sink,
        ...(diff ? { baseline: { new: diff.counts.new, fixed: diff.counts.fixed, unchanged: diff.counts.unchanged } } : {}),
        provenance: {
            assayVersion: version/* VERSION */.x,
            verifyMode: 'enabled',
            ...(traceDigest ? { traceDigest } : {}),
            ...(policyDigest ? { policyDigest } : {}),
            ...(configDigest && evalSession ? { configDigest } : {}),
            ...(baselineDigest ? { baselineDigest } : {}),
        },
        performance: { totalDurationMs: Math.round(tEnd - t0), ingestMs: Math.round(tEval - tIngest), evalMs: Math.round(tEnd - tEval), reportMs: 0 },
        ...(warnings.length ? { warnings } : {}),
        ...(evalOutcome?.judgeMetrics ? { judgeMetrics: evalOutcome.judgeMetrics } : {}),
        ...(o.runId !== undefined ? { runId: o.runId } : {}),
    };
    return {
        report,
        findings,
        policySuites,
        configSuites: evalOutcome ? [evalOutcome.configSuite] : [],
        ...(diff ? { diff } : {}),
        ...(stats ? { stats } : {}),
        diagnostics,
        errorDiagnostics: [],
        ...(evalOutcome?.baselineText !== undefined ? { evalBaseline: evalOutcome.baselineText } : {}),
        ...(evalOutcome?.info ? { eval: evalOutcome.info } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(61103);
// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(90915);
;// CONCATENATED MODULE: ./src/action/model.ts

/** Display order of findings everywhere (comment, summary, annotations): new first, then severity, path, line. */
function compareForDisplay(a, b) {
    const na = a.baseline_state === 'new' ? 0 : 1;
    const nb = b.baseline_state === 'new' ? 0 : 1;
    const s = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    return na - nb || (0,finding/* levelRank */.Le)(a.level) - (0,finding/* levelRank */.Le)(b.level) || s(a.location.uri, b.location.uri) || a.location.line - b.location.line || s(a.rule_id, b.rule_id) || s(a.fingerprint, b.fingerprint);
}
function displayOrder(findings) {
    return [...findings].sort(compareForDisplay);
}
function countsOf(findings) {
    return countFindings(findings);
}
/** POSIX shell quoting for the "reproduce locally" commands (paths may hold anything). */
function shellQuote(arg) {
    return /^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** The equivalent `assay ci` command (and evidence lint lines) for the summary. */
function reproduceCommands(inputs, traceDisplays, bundles, findingsBaseline, evalBaseline) {
    const out = [];
    if (inputs.config || inputs.policy) {
        const args = ['npx', 'assay', 'ci'];
        if (inputs.config)
            args.push('--config', inputs.config.display);
        if (inputs.policy)
            args.push('--policy', inputs.policy.display);
        for (const t of traceDisplays)
            args.push('--trace-file', t);
        if (inputs.strict)
            args.push('--strict');
        if (evalBaseline)
            args.push('--baseline', evalBaseline);
        args.push('--fail-on', inputs.failOnLabel);
        if (findingsBaseline)
            args.push('--findings-baseline', findingsBaseline);
        if (findingsBaseline && inputs.gateNewOnly)
            args.push('--gate-new-only');
        args.push('--out-dir', inputs.reportsDir.display);
        out.push(args.map(shellQuote).join(' '));
    }
    const packs = inputs.packs.map((p) => (p.kind === 'builtin' ? p.name : p.ref.display)).join(',');
    for (const b of bundles.slice(0, 5)) {
        out.push(['npx', 'assay', 'evidence', 'lint', '--pack', packs, '--fail-on', inputs.failOnLabel, b.bundle.display].map(shellQuote).join(' '));
    }
    if (bundles.length > 5)
        out.push(`# … and ${bundles.length - 5} more bundles`);
    return out;
}

;// CONCATENATED MODULE: ./src/action/annotations.ts



const annotations_LEVELS = ['error', 'warning', 'notice'];
function findingLevel(f) {
    return f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'notice';
}
class Annotator {
    sink;
    reserveErrorSlot;
    perLevel;
    used = { error: 0, warning: 0, notice: 0 };
    constructor(sink, 
    /** Keep one error slot for the step's failure message. */
    reserveErrorSlot, perLevel = constants/* ANNOTATIONS_PER_LEVEL */.eA) {
        this.sink = sink;
        this.reserveErrorSlot = reserveErrorSlot;
        this.perLevel = perLevel;
    }
    capacity(level) {
        return this.perLevel - (level === 'error' && this.reserveErrorSlot ? 1 : 0);
    }
    remaining(level) {
        return Math.max(0, this.capacity(level) - this.used[level]);
    }
    emit(level, message, props) {
        this.used[level]++;
        this.sink.annotate(level, message, props);
    }
    /**
     * Operational messages and findings, within the per-level budget. `totals` are the exact counts when
     * `findings` holds only the top-ranked part of a dense run, so "N more" stays exact.
     */
    flush(operational, findings, totals) {
        const ordered = displayOrder(findings);
        for (const level of annotations_LEVELS) {
            let ops = operational.filter((o) => o.level === level).map((o) => o.message);
            if (ops.length > constants/* OPERATIONAL_MERGE_ABOVE */["in"]) {
                for (const o of ops)
                    this.sink.log(`${level}: ${o}`);
                ops = [`${ops.length} ${level} messages: ${ops.map((o) => (0,safe_text/* boundText */.O6)(o, 200)).join(' | ')}`];
            }
            for (const o of ops) {
                if (this.remaining(level) > 0)
                    this.emit(level, (0,safe_text/* safeText */.Hk)(o));
                else
                    this.sink.log(`${level}: ${o}`);
            }
            const mine = ordered.filter((f) => findingLevel(f) === level);
            const room = this.remaining(level);
            const fits = mine.length <= room ? mine.length : Math.max(0, room - 1);
            for (const f of mine.slice(0, fits)) {
                this.emit(level, (0,safe_text/* boundText */.O6)((0,safe_text/* safeBounded */.vn)(f.message), constants/* ANNOTATION_MESSAGE_MAX */.RE), {
                    title: f.rule_id,
                    ...(f.location.uri !== '' ? { file: f.location.uri, startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.col) } : {}),
                });
            }
            const rest = Math.max(mine.length, totals?.[level] ?? 0) - fits;
            if (rest > 0) {
                if (this.remaining(level) > 0)
                    this.emit(level, `${rest} more ${level} findings: see job summary / SARIF`);
                else
                    this.sink.log(`${rest} more ${level} findings: see job summary / SARIF`);
            }
        }
    }
    /** A message after the flush (artifact upload, baseline save): annotated if budget is left, else logged. */
    late(level, message) {
        if (this.remaining(level) > 0)
            this.emit(level, (0,safe_text/* safeText */.Hk)(message));
        else
            this.sink.log(`${level}: ${message}`);
    }
}

// EXTERNAL MODULE: ./src/core/util/make-dirs.ts
var make_dirs = __webpack_require__(33357);
;// CONCATENATED MODULE: ./src/action/baseline.ts
// The findings baseline across runs. A committed
// `<baseline_dir>/findings-baseline.json` wins; otherwise the Actions cache is asked with the key prefix
// `assay-baseline-v1-<baseline_key>-<default_branch>-` (the newest matching entry wins). Default-branch
// pushes store this run's findings under `…-<sha>-<attempt>`. The cache sits behind `CacheClient` so tests
// use an in-memory fake; a miss is normal, an unavailable cache is a warning, never a verdict change.





function cacheKeyPrefix(baselineKey, defaultBranch) {
    return `${constants/* CACHE_KEY_PREFIX */.aP}${baselineKey}-${defaultBranch}-`;
}
function cacheSaveKey(baselineKey, defaultBranch, sha, attempt) {
    return `${cacheKeyPrefix(baselineKey, defaultBranch)}${sha}-${attempt}`;
}
/** The save key must fit GitHub's 512-character limit (an input error). */
function cacheKeyProblem(inputs, ctx) {
    const key = cacheSaveKey(inputs.baselineKey, ctx.defaultBranch ?? '', ctx.sha, ctx.runAttempt);
    if (key.length > constants/* MAX_CACHE_KEY_LENGTH */.XV) {
        return `input "${constants/* Input */.pd.BaselineKey}": the baseline cache key would be ${key.length} characters (at most ${constants/* MAX_CACHE_KEY_LENGTH */.XV}); use a shorter key`;
    }
    return undefined;
}
/** Exactly `[<baseline_dir>]` as given, for restore and save alike (the cache version hashes the paths). */
function cachePaths(inputs) {
    return [inputs.baselineDir.given];
}
function fileRef(inputs) {
    const path = (0,external_node_path_.join)(inputs.baselineDir.path, constants/* FINDINGS_BASELINE_FILE */.E6);
    return { given: path, path, display: `${inputs.baselineDir.display}/${constants/* FINDINGS_BASELINE_FILE */.E6}` };
}
function readValid(ref, notes, what) {
    try {
        return (0,findings_baseline/* readFindingsBaseline */.Yn)(ref.path, ref.display);
    }
    catch (e) {
        notes.push({ level: 'warning', code: 'W_BASELINE_IGNORED', message: `${what} ${ref.display} ignored: ${e.message}` });
        return undefined;
    }
}
async function restoreBaseline(inputs, ctx, cache) {
    const notes = [];
    const ref = fileRef(inputs);
    if ((0,external_node_fs_.existsSync)(ref.path)) {
        const baseline = readValid(ref, notes, 'committed findings baseline');
        return baseline ? { source: 'committed', ref, baseline, notes } : { source: 'none', notes };
    }
    if (!ctx.defaultBranch) {
        notes.push({ level: 'info', message: 'no findings baseline: the default branch is unknown (no repository in the event payload)' });
        return { source: 'none', notes };
    }
    let available = false;
    try {
        available = await cache.available();
    }
    catch {
        available = false;
    }
    if (!available) {
        notes.push({ level: 'warning', message: 'findings baseline not restored: the Actions cache is unavailable here (local run, GHES or no runtime token); no baseline' });
        return { source: 'none', notes };
    }
    const prefix = cacheKeyPrefix(inputs.baselineKey, ctx.defaultBranch);
    let key;
    try {
        key = await cache.restore(cachePaths(inputs), prefix, [prefix]);
    }
    catch (e) {
        notes.push({ level: 'warning', message: `findings baseline not restored: cache error: ${e.message}; no baseline` });
        return { source: 'none', notes };
    }
    if (key === undefined) {
        notes.push({ level: 'info', message: `no findings baseline in the cache yet (key prefix ${prefix})` });
        return { source: 'none', notes };
    }
    if (!(0,external_node_fs_.existsSync)(ref.path)) {
        notes.push({ level: 'warning', message: `cache entry ${key} holds no ${constants/* FINDINGS_BASELINE_FILE */.E6}; no baseline` });
        return { source: 'none', notes };
    }
    const baseline = readValid(ref, notes, 'restored findings baseline');
    return baseline ? { source: 'cache', ref, baseline, cacheKey: key, notes } : { source: 'none', notes };
}
/** Copy the candidate baselines into baseline_dir and save them to the cache. */
async function saveBaseline(inputs, ctx, cache, req) {
    const notes = [];
    const written = [];
    (0,make_dirs/* makeDirs */.X)(inputs.baselineDir.path);
    const dest = (0,external_node_path_.join)(inputs.baselineDir.path, constants/* FINDINGS_BASELINE_FILE */.E6);
    // Replace, never write through: a committed symlink of that name must not redirect the copy.
    (0,external_node_fs_.rmSync)(dest, { force: true });
    (0,external_node_fs_.copyFileSync)(req.findingsBaselineFile, dest);
    written.push(dest);
    if (req.evalBaselineFile && (0,external_node_fs_.existsSync)(req.evalBaselineFile)) {
        const ev = (0,external_node_path_.join)(inputs.baselineDir.path, constants/* EVAL_BASELINE_FILE */.ax);
        (0,external_node_fs_.rmSync)(ev, { force: true });
        (0,external_node_fs_.copyFileSync)(req.evalBaselineFile, ev);
        written.push(ev);
    }
    if (!ctx.defaultBranch)
        return { written, notes };
    let available = false;
    try {
        available = await cache.available();
    }
    catch {
        available = false;
    }
    if (!available) {
        notes.push({ level: 'warning', message: `baseline written to ${inputs.baselineDir.display} but not saved: the Actions cache is unavailable here` });
        return { written, notes };
    }
    const key = cacheSaveKey(inputs.baselineKey, ctx.defaultBranch, ctx.sha, ctx.runAttempt);
    try {
        await cache.save(cachePaths(inputs), key);
        notes.push({ level: 'info', message: `findings baseline saved to the Actions cache as ${key}` });
        return { written, cacheKey: key, notes };
    }
    catch (e) {
        notes.push({ level: 'warning', message: `findings baseline not saved to the cache (${key}): ${e.message}` });
        return { written, notes };
    }
}

// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(72995);
;// CONCATENATED MODULE: ./src/action/context.ts
// What the runner tells us about this run: the event payload, the trust context
// (read_only is decided here, before any REST call), the default-branch push test, the SARIF category
// and everything named after it (comment marker, artifact name, duplicate guard).




const PR_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function sha256Hex(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
}
/** Read the event payload; a missing or unreadable file is an empty payload plus a warning text. */
function readPayload(path) {
    if (!path)
        return { payload: {} };
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return { payload: obj(v) ?? {} };
    }
    catch (e) {
        return { payload: {}, warning: `cannot read the event payload ${path}: ${e.message}` };
    }
}
/** Fork PR: head repo differs from base repo, or the head repo is gone. */
function isReadOnly(eventName, payload) {
    if (!PR_EVENTS.includes(eventName))
        return false;
    const pr = obj(payload.pull_request);
    if (!pr)
        return false;
    const head = obj(obj(pr.head)?.repo);
    const base = obj(obj(pr.base)?.repo);
    if (!head)
        return true;
    return str(head.full_name) !== str(base?.full_name);
}
/** `-<8 hex>` of the JCS form of a non-empty matrix object, else ''. */
function matrixSuffix(matrixInput) {
    const t = matrixInput.trim();
    if (t === '' || t === 'null')
        return { suffix: '' };
    try {
        const m = obj(JSON.parse(t));
        if (!m || Object.keys(m).length === 0)
            return { suffix: '' };
        return { suffix: '-' + sha256Hex((0,jcs/* canonicalize */.dw)(m)).slice(0, 8) };
    }
    catch (e) {
        return { suffix: '', warning: `input "matrix" is not JSON (${e.message}); the default category has no matrix part` };
    }
}
function markerSlug(category) {
    return category.replace(/[^A-Za-z0-9._/-]/g, '-');
}
function categoryGuardVar(category) {
    return constants/* Env */.o9.CategoryGuardPrefix + sha256Hex(category).slice(0, 12);
}
function readContext(inputs, workspace, env = process.env, now = new Date()) {
    const warnings = [];
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const { payload, warning } = readPayload(env.GITHUB_EVENT_PATH);
    if (warning)
        warnings.push(warning);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const repoRef = owner && repo ? { owner, repo } : undefined;
    const pr = obj(payload.pull_request);
    const prNumber = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
    const headSha = str(obj(pr?.head)?.sha);
    const defaultBranch = str(obj(payload.repository)?.default_branch);
    const ref = env.GITHUB_REF ?? '';
    const isDefaultPush = eventName === 'push' && defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`;
    const workflow = env.GITHUB_WORKFLOW ?? '';
    const job = env.GITHUB_JOB ?? '';
    const runnerOs = env.RUNNER_OS ?? '';
    let category = inputs.category;
    if (category === '') {
        const m = matrixSuffix(inputs.matrix);
        if (m.warning)
            warnings.push(m.warning);
        category = `assay-${workflow}-${job}-${runnerOs}${m.suffix}`;
    }
    const slug = markerSlug(category);
    const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
    const ctx = {
        workspace,
        eventName,
        payload,
        ...(repoRef ? { repo: repoRef } : {}),
        sha: env.GITHUB_SHA ?? '',
        ref,
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt,
        workflow,
        job,
        runnerOs,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        ...(prNumber !== undefined ? { prNumber } : {}),
        ...(headSha ? { headSha } : {}),
        readOnly: isReadOnly(eventName, payload),
        ...(defaultBranch ? { defaultBranch } : {}),
        isDefaultPush,
        category,
        markerSlug: slug,
        marker: `${constants/* COMMENT_MARKER_PREFIX */.QO}${slug}${constants/* COMMENT_MARKER_SUFFIX */.Zp}`,
        artifactName: `${constants/* ARTIFACT_PREFIX */.Cw}${slug.replace(/\//g, '-')}-${runAttempt}`,
        categoryGuardVar: categoryGuardVar(category),
        reproducible: /^\d+$/.test(env[constants/* Env */.o9.SourceDateEpoch] ?? ''),
        startedAt: now,
    };
    return { ctx, warnings };
}
/** `<server>/<owner>/<repo>` or undefined without a repository. */
function repoUrl(ctx) {
    return ctx.repo ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}` : undefined;
}
function runUrl(ctx) {
    const r = repoUrl(ctx);
    return r && ctx.runId ? `${r}/actions/runs/${ctx.runId}` : undefined;
}

;// CONCATENATED MODULE: ./src/action/deadline.ts
// The step's overall deadline (docs/action-limits.md): one AbortSignal that every GitHub call listens to,
// measured from the start of the run. It never changes the verdict; it only stops waiting on the network
// so reports and outputs are always written before GitHub's own step timeout could kill the process.
class Deadline {
    t0;
    now;
    ac = new AbortController();
    timer;
    budgetMs = 0;
    constructor(t0, budgetMs, now = () => performance.now()) {
        this.t0 = t0;
        this.now = now;
        this.set(budgetMs);
    }
    /** (Re)arm: the deadline falls `budgetMs` after t0 (the input is read after the clock started). */
    set(budgetMs) {
        if (this.ac.signal.aborted)
            return;
        this.budgetMs = budgetMs;
        if (this.timer)
            clearTimeout(this.timer);
        const left = this.t0 + budgetMs - this.now();
        if (left <= 0) {
            this.ac.abort();
            return;
        }
        this.timer = setTimeout(() => this.ac.abort(), left);
        // The deadline alone must not keep a finished run alive.
        this.timer.unref();
    }
    get signal() {
        return this.ac.signal;
    }
    get expired() {
        return this.ac.signal.aborted;
    }
    get seconds() {
        return Math.round(this.budgetMs / 100) / 10;
    }
    /** `p`'s value, or `onDeadline()` as soon as the deadline fires first (`p` is then abandoned). */
    race(p, onDeadline) {
        if (this.expired) {
            p.catch(() => undefined);
            return Promise.resolve(onDeadline());
        }
        return new Promise((resolve, reject) => {
            const fire = () => resolve(onDeadline());
            this.signal.addEventListener('abort', fire, { once: true });
            p.then((v) => {
                this.signal.removeEventListener('abort', fire);
                resolve(v);
            }, (e) => {
                this.signal.removeEventListener('abort', fire);
                reject(e);
            });
        });
    }
    dispose() {
        if (this.timer)
            clearTimeout(this.timer);
    }
}
/** The budget in ms: ASSAY_ACTION_DEADLINE_MS (tests) wins over the input. */
function deadlineBudgetMs(env, inputMs, envName) {
    const v = env[envName];
    return v !== undefined && /^[1-9][0-9]{0,9}$/.test(v) ? Number(v) : inputMs;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/util/paths.ts
var paths = __webpack_require__(13480);
;// CONCATENATED MODULE: ./src/core/util/glob.ts
// Glob expansion without a shell, one implementation for the CLI and the action (docs/globs.md).
// Matching is picomatch's (`*`, `?`, `[…]`, `**`, `{a,b}`, extglobs); this file walks the file system:
// only regular files match, `**` does not descend into `.git` or `node_modules` unless the pattern names
// them, a `!pattern` excludes what it matches from the union, and with `confine` a match whose real path
// leaves the root is refused (never followed). Results are absolute paths, sorted by their root-relative
// POSIX form (code-unit order) and de-duplicated, so the same tree gives the same list on every OS.




const SKIP_UNDER_WILDCARD = new Set(['.git', 'node_modules']);
const DEFAULT_MAX_ENTRIES = 2_000_000;
/**
 * Patterns are POSIX-style; `\` is read as a separator too, so Windows users may write either, and the
 * shell's `[!…]` class is read as picomatch's `[^…]`.
 */
function normalise(pattern) {
    return pattern.replace(/\\/g, '/').replace(/\[!/g, '[^');
}
/** Does the pattern need expanding (a wildcard, a brace set, or a `!` exclude)? */
function hasMagic(pattern) {
    const p = normalise(pattern);
    return p.startsWith('!') || picomatch_default().scan(p).isGlob;
}
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function rel(root, abs) {
    return (0,paths/* toPosix */.d7)((0,external_node_path_.relative)(root, abs)) || '.';
}
/** Expand include and `!exclude` patterns relative to `root`. */
function expandGlobs(patterns, root, opts = {}) {
    const rootAbs = (0,external_node_path_.resolve)(root);
    let realRoot = rootAbs;
    try {
        realRoot = (0,external_node_fs_.realpathSync)(rootAbs);
    }
    catch {
        /* a missing root matches nothing below */
    }
    const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
    let entries = 0;
    let truncated = false;
    const refused = new Set();
    const all = new Set();
    const counts = [];
    const includes = [];
    // Excludes match the root-relative path (or the absolute one, for an absolute pattern), so characters of
    // the root's own name are never read as wildcards.
    const excludes = [];
    for (const raw of patterns) {
        const p = normalise(raw);
        if (p.startsWith('!')) {
            const body = p.slice(1).replace(/^\.\//, '');
            excludes.push({ absolute: (0,external_node_path_.isAbsolute)(body), match: picomatch_default()(body, { dot: true }) });
        }
        else
            includes.push(p);
    }
    const excluded = (abs) => excludes.some((x) => x.match(x.absolute ? (0,paths/* toPosix */.d7)(abs) : rel(rootAbs, abs)));
    const outside = (real) => opts.confine === true && !(0,paths/* containedIn */.xK)(realRoot, real);
    /** A regular file that may be returned (refused when its real path leaves the root). */
    const acceptFile = (abs, found) => {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(abs);
        }
        catch {
            return;
        }
        if (outside(real)) {
            refused.add(rel(rootAbs, abs));
            return;
        }
        try {
            if ((0,external_node_fs_.statSync)(real).isFile())
                found.add((0,external_node_path_.resolve)(abs));
        }
        catch {
            /* vanished */
        }
    };
    const list = (dir) => {
        if (truncated)
            return [];
        let ds;
        try {
            ds = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return [];
        }
        entries += ds.length;
        if (entries > maxEntries)
            truncated = true;
        return ds.sort((a, b) => byCodeUnit(a.name, b.name));
    };
    for (const pattern of includes) {
        const found = new Set();
        const scan = picomatch_default().scan(pattern);
        if (!scan.isGlob) {
            acceptFile((0,external_node_path_.resolve)(rootAbs, pattern), found);
        }
        else {
            const base = (0,external_node_path_.resolve)(rootAbs, scan.base || '.');
            const glob = scan.glob;
            const match = picomatch_default()(glob, { dot: false });
            const globstar = glob.includes('**');
            const maxDepth = globstar ? Infinity : glob.split('/').length;
            // Directories a pattern names explicitly (`node_modules/x/*`) are entered; wildcards skip them.
            const named = new Set(glob.split('/').filter((s) => !picomatch_default().scan(s).isGlob));
            const seenDirs = new Set();
            const walk = (dir, depth) => {
                let realDir;
                try {
                    realDir = (0,external_node_fs_.realpathSync)(dir);
                }
                catch {
                    return;
                }
                if (seenDirs.has(realDir))
                    return; // symlink cycles
                seenDirs.add(realDir);
                for (const d of list(dir)) {
                    const abs = (0,external_node_path_.join)(dir, d.name);
                    const relToBase = (0,paths/* toPosix */.d7)((0,external_node_path_.relative)(base, abs));
                    let isDir = d.isDirectory();
                    let isFileLike = d.isFile();
                    if (d.isSymbolicLink()) {
                        try {
                            const real = (0,external_node_fs_.realpathSync)(abs);
                            const st = (0,external_node_fs_.statSync)(real);
                            isDir = st.isDirectory();
                            isFileLike = st.isFile();
                            if (isDir && outside(real))
                                continue; // never walk out through a link
                        }
                        catch {
                            continue;
                        }
                    }
                    if (isDir) {
                        if (depth + 1 < maxDepth && (!SKIP_UNDER_WILDCARD.has(d.name) || named.has(d.name)))
                            walk(abs, depth + 1);
                    }
                    else if (isFileLike && match(relToBase)) {
                        acceptFile(abs, found);
                    }
                }
            };
            walk(base, 0);
        }
        let n = 0;
        for (const f of found) {
            if (excluded(f))
                continue;
            n++;
            all.add(f);
        }
        counts.push(n);
    }
    const files = [...all].sort((a, b) => byCodeUnit(rel(rootAbs, a), rel(rootAbs, b)));
    return { files, refused: [...refused].sort(byCodeUnit), counts, truncated };
}
/** Is `path` (absolute, or relative to `root`) matched by one of the `!exclude` patterns? */
function isExcluded(path, patterns, root) {
    const abs = (0,external_node_path_.resolve)(root, normalise(path));
    return patterns.some((raw) => {
        const p = normalise(raw);
        if (!p.startsWith('!'))
            return false;
        const body = p.slice(1).replace(/^\.\//, '');
        return picomatch_default()(body, { dot: true })((0,external_node_path_.isAbsolute)(body) ? (0,paths/* toPosix */.d7)(abs) : rel((0,external_node_path_.resolve)(root), abs));
    });
}
/** One pattern (see expandGlobs). */
function expandGlob(pattern, root, opts = {}) {
    return expandGlobs([pattern], root, opts);
}

;// CONCATENATED MODULE: ./src/core/outcome/fail-on.ts
const FAIL_ON_VALUES = ['error', 'warn', 'warning', 'info', 'note', 'none'];
/** The level a value stands for (`warn` = `warning`, `info` = `note`), or null when it is not one. */
function parseFailOnValue(value) {
    switch (value) {
        case 'error':
            return 'error';
        case 'warn':
        case 'warning':
            return 'warning';
        case 'info':
        case 'note':
            return 'note';
        case 'none':
            return 'none';
        default:
            return null;
    }
}

;// CONCATENATED MODULE: ./src/action/confine.ts
// Workspace confinement of the action's path inputs (docs/action-limits.md). A path is inside the workspace
// when it is lexically inside AND the place it really resolves to is inside the real workspace: the real
// path of its deepest existing ancestor (symlinks followed) plus the segments that do not exist yet. A
// committed symlink (`.assay/reports → /elsewhere`) therefore cannot carry a write out of the checkout.
// Containment is decided by whole path segments, so `/ws-other` is not inside `/ws`.



/** Whole-segment containment, shared with the glob walker. */

/**
 * Where `abs` (absolute, normalised) really is: realpath of its deepest existing ancestor joined with the
 * segments below it. Undefined when an existing part cannot be resolved (a dangling symlink, a loop, no
 * permission): then nobody can say where a write would land.
 */
function realPathOf(abs) {
    const missing = [];
    let cur = abs;
    for (;;) {
        let exists = true;
        try {
            (0,external_node_fs_.lstatSync)(cur);
        }
        catch (e) {
            if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR')
                return undefined;
            exists = false;
        }
        if (exists) {
            try {
                return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(cur), ...missing.reverse());
            }
            catch {
                return undefined;
            }
        }
        const parent = (0,external_node_path_.dirname)(cur);
        if (parent === cur)
            return undefined;
        missing.push(cur.slice(parent.length).replace(/^[\\/]+/, ''));
        cur = parent;
    }
}
/** Is `abs` inside `root`, lexically and after following every existing symlink? */
function confine(root, abs) {
    if (!(0,paths/* containedIn */.xK)(root, abs))
        return { inside: false, via: 'path' };
    const realRoot = realPathOf(root);
    const real = realPathOf(abs);
    if (realRoot === undefined || real === undefined)
        return { inside: false, via: 'unresolvable' };
    return (0,paths/* containedIn */.xK)(realRoot, real) ? { inside: true, real } : { inside: false, via: 'symlink' };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every input is read, parsed and validated here, once, before any work. Problems are
// collected (all of them, not just the first) and become one exit-2 E_INVALID_ARGS outcome in main.ts;
// the parsed values always have safe defaults so reports can still be written on that path.









// C0 controls, DEL and C1 controls (CR and LF included).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Split a list input on newlines (and commas when asked), trim, drop empties, de-duplicate in order. */
function splitList(raw, commas = false) {
    const parts = raw.split(commas ? /[\r\n,]+/ : /[\r\n]+/);
    const out = [];
    for (const p of parts) {
        const t = p.trim();
        if (t !== '' && !out.includes(t))
            out.push(t);
    }
    return out;
}
/** Lexically inside, and where it really resolves (symlinks of its existing part followed) inside too. */
function resolvesInside(root, abs) {
    return confine(root, abs).inside;
}
function pathRef(given, root) {
    const path = (0,external_node_path_.resolve)(root, given);
    return { given, path, display: (0,paths/* displayPath */.Gt)(path, root, root) };
}
/** The directory part of a glob before its first wildcard segment (what must stay inside the workspace). */
function globBase(pattern) {
    const segs = pattern.split(/[\\/]+/);
    const lit = [];
    for (const s of segs) {
        if (/[*?[]/.test(s))
            break;
        lit.push(s);
    }
    return lit.join('/') || '.';
}
/** Retired reference inputs present in the environment. */
function retiredInputs(env) {
    const out = [];
    for (const r of constants/* RETIRED_INPUTS */.c8) {
        for (const n of r.names) {
            if (env[`INPUT_${n.replace(/ /g, '_').toUpperCase()}`] === undefined)
                continue;
            out.push({ name: n, level: r.level, message: `input "${n}" ${r.hint}` });
        }
    }
    return out;
}
/**
 * Read every input through the toolkit (so `INPUT_<NAME>` is looked up exactly as the runner sets it) and
 * validate it. `workspace` is GITHUB_WORKSPACE (fallback: cwd).
 */
function readInputs(workspace, env = process.env) {
    const problems = [];
    const raw = (name) => core/* getInput */.V4(name);
    const bool = (name, dflt) => {
        if (raw(name) === '')
            return dflt;
        try {
            return core/* getBooleanInput */.Vt(name);
        }
        catch {
            problems.push({ input: name, message: `input "${name}": invalid boolean "${raw(name)}" (allowed: true, True, TRUE, false, False, FALSE)` });
            return dflt;
        }
    };
    const inside = (name, ref, what = 'path') => {
        const c = confine(workspace, ref.path);
        if (c.inside)
            return true;
        const how = c.via === 'symlink' ? ' through a symbolic link' : c.via === 'unresolvable' ? ' (a symbolic link that cannot be resolved)' : '';
        problems.push({ input: name, message: `input "${name}": ${what} "${ref.given}" resolves outside the workspace${how} (allowed: paths inside ${(0,paths/* displayPath */.Gt)(workspace, workspace)})` });
        return false;
    };
    const optionalPath = (name) => {
        const v = raw(name);
        if (v === '')
            return undefined;
        const ref = pathRef(v, workspace);
        inside(name, ref);
        return ref;
    };
    const config = optionalPath(constants/* Input */.pd.Config);
    const policy = optionalPath(constants/* Input */.pd.Policy);
    const traceFiles = splitList(raw(constants/* Input */.pd.TraceFile));
    for (const t of traceFiles) {
        const base = pathRef(globBase(t), workspace);
        if (!resolvesInside(workspace, base.path) || !(0,paths/* containedIn */.xK)(workspace, (0,external_node_path_.resolve)(workspace, t))) {
            problems.push({ input: constants/* Input */.pd.TraceFile, message: `input "${constants/* Input */.pd.TraceFile}": "${t}" resolves outside the workspace (allowed: paths or globs inside the workspace)` });
        }
    }
    if (traceFiles.length > 0 && !config && !policy) {
        problems.push({ input: constants/* Input */.pd.TraceFile, message: `input "${constants/* Input */.pd.TraceFile}" needs "${constants/* Input */.pd.Config}" or "${constants/* Input */.pd.Policy}" (a trace alone gates nothing)` });
    }
    const bundles = splitList(raw(constants/* Input */.pd.Bundles));
    for (const b of bundles) {
        const base = pathRef(globBase(b), workspace);
        if (!resolvesInside(workspace, base.path) || !(0,paths/* containedIn */.xK)(workspace, (0,external_node_path_.resolve)(workspace, b))) {
            problems.push({ input: constants/* Input */.pd.Bundles, message: `input "${constants/* Input */.pd.Bundles}": "${b}" resolves outside the workspace (allowed: globs inside the workspace)` });
        }
    }
    const packs = [];
    for (const p of splitList(raw(constants/* Input */.pd.Pack), true)) {
        const looksLikePath = /[\\/]/.test(p) || /\.ya?ml$/i.test(p) || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, p));
        if (looksLikePath) {
            const ref = pathRef(p, workspace);
            inside(constants/* Input */.pd.Pack, ref, 'pack path');
            packs.push({ kind: 'path', ref });
        }
        else
            packs.push({ kind: 'builtin', name: p });
    }
    if (packs.length === 0)
        packs.push({ kind: 'builtin', name: constants/* InputDefault */.Fm.pack });
    const failOnRaw = raw(constants/* Input */.pd.FailOn) || constants/* InputDefault */.Fm.failOn;
    const failOn = parseFailOnValue(failOnRaw) ?? 'error';
    if (parseFailOnValue(failOnRaw) === null)
        problems.push({ input: constants/* Input */.pd.FailOn, message: `input "${constants/* Input */.pd.FailOn}": invalid value "${failOnRaw}" (allowed: ${FAIL_ON_VALUES.join(', ')})` });
    const category = raw(constants/* Input */.pd.Category);
    if (CONTROL.test(category))
        problems.push({ input: constants/* Input */.pd.Category, message: `input "${constants/* Input */.pd.Category}" contains a control character (CR, LF or other); allowed: printable text` });
    const baselineKeyRaw = raw(constants/* Input */.pd.BaselineKey);
    if (CONTROL.test(baselineKeyRaw))
        problems.push({ input: constants/* Input */.pd.BaselineKey, message: `input "${constants/* Input */.pd.BaselineKey}" contains a control character (CR, LF or other); allowed: printable text without ","` });
    if (baselineKeyRaw.includes(','))
        problems.push({ input: constants/* Input */.pd.BaselineKey, message: `input "${constants/* Input */.pd.BaselineKey}" contains "," (not allowed in cache keys)` });
    // Everything the action writes lands in reports_dir or baseline_dir: both stay inside the workspace. A
    // refused reports_dir is replaced by a safe one so the input error itself is still reported.
    let reportsDir = pathRef(raw(constants/* Input */.pd.ReportsDir) || constants/* InputDefault */.Fm.reportsDir, workspace);
    if (!inside(constants/* Input */.pd.ReportsDir, reportsDir, 'directory'))
        reportsDir = safeReportsDir(workspace, env);
    const baselineDir = pathRef(raw(constants/* Input */.pd.BaselineDir) || constants/* InputDefault */.Fm.baselineDir, workspace);
    inside(constants/* Input */.pd.BaselineDir, baselineDir, 'directory');
    const deadlineRaw = raw(constants/* Input */.pd.DeadlineSeconds);
    let deadlineMs = constants/* InputDefault */.Fm.deadlineSeconds * 1000;
    if (deadlineRaw !== '') {
        if (/^[1-9][0-9]{0,6}$/.test(deadlineRaw))
            deadlineMs = Number(deadlineRaw) * 1000;
        else
            problems.push({ input: constants/* Input */.pd.DeadlineSeconds, message: `input "${constants/* Input */.pd.DeadlineSeconds}": invalid value "${deadlineRaw}" (allowed: a whole number of seconds, 1 to 9999999)` });
    }
    const inputs = {
        ...(config ? { config } : {}),
        traceFiles,
        ...(policy ? { policy } : {}),
        strict: bool(constants/* Input */.pd.Strict, false),
        lenient: bool(constants/* Input */.pd.Lenient, false),
        bundles,
        packs,
        failOn,
        failOnLabel: failOnRaw,
        gateNewOnly: bool(constants/* Input */.pd.GateNewOnly, false),
        sarif: bool(constants/* Input */.pd.Sarif, true),
        category,
        matrix: raw(constants/* Input */.pd.Matrix),
        junit: bool(constants/* Input */.pd.Junit, true),
        reportsDir,
        commentDiff: bool(constants/* Input */.pd.CommentDiff, true),
        baselineKey: baselineKeyRaw || constants/* InputDefault */.Fm.baselineKey,
        baselineDir,
        writeBaseline: bool(constants/* Input */.pd.WriteBaseline, false),
        uploadArtifacts: bool(constants/* Input */.pd.UploadArtifacts, true),
        token: raw(constants/* Input */.pd.Token),
        deadlineMs,
    };
    return { inputs, problems, retired: retiredInputs(env) };
}
/**
 * Where reports go when reports_dir was refused: the default directory when it is itself confined, else a
 * fresh directory in the runner's temp space (never a place the checkout controls).
 */
function safeReportsDir(workspace, env = {}) {
    const dflt = pathRef(constants/* InputDefault */.Fm.reportsDir, workspace);
    if (confine(workspace, dflt.path).inside)
        return dflt;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'assay-reports-'));
    return { given: dir, path: dir, display: dir };
}
/** Inputs with safe defaults only (for the path where reading itself threw). */
function fallbackInputs(workspace, env = {}) {
    return {
        traceFiles: [],
        strict: false,
        lenient: false,
        bundles: [],
        packs: [{ kind: 'builtin', name: constants/* InputDefault */.Fm.pack }],
        failOn: 'error',
        failOnLabel: 'error',
        gateNewOnly: false,
        sarif: false,
        category: '',
        matrix: '',
        junit: true,
        reportsDir: safeReportsDir(workspace, env),
        commentDiff: false,
        baselineKey: constants/* InputDefault */.Fm.baselineKey,
        baselineDir: pathRef(constants/* InputDefault */.Fm.baselineDir, workspace),
        writeBaseline: false,
        uploadArtifacts: false,
        token: '',
        deadlineMs: constants/* InputDefault */.Fm.deadlineSeconds * 1000,
    };
}

;// CONCATENATED MODULE: ./src/action/discover.ts
// Bundle discovery and trace-file expansion. Discovery problems are input errors
// (exit 2 E_INVALID_ARGS): too many matches, an explicit pattern matching nothing, a symlink leaving the
// workspace. No bundle is ever silently skipped.



function discoverBundles(patterns, workspace) {
    const auto = patterns.length === 0;
    const list = auto ? [...constants/* AUTO_BUNDLE_GLOBS */.Jd] : [...patterns];
    const r = expandGlobs(list, workspace, { confine: true });
    const problems = [];
    for (const x of r.refused)
        problems.push(`input "${constants/* Input */.pd.Bundles}": "${x}" is a symlink that resolves outside the workspace (refused)`);
    if (!auto) {
        list.forEach((p, i) => {
            if (r.counts[i] === 0)
                problems.push(`input "${constants/* Input */.pd.Bundles}": bundles pattern "${p}" matched no files`);
        });
    }
    if (r.files.length > constants/* MAX_BUNDLES */.fI) {
        problems.push(`input "${constants/* Input */.pd.Bundles}": ${r.files.length} bundles matched (at most ${constants/* MAX_BUNDLES */.fI}); narrow the pattern`);
    }
    return { bundles: problems.length ? [] : r.files.map((f) => pathRef(f, workspace)), auto, problems };
}
/**
 * `trace_file` entries: a plain path is kept as given (a missing file is the gate's E_TRACE_NOT_FOUND);
 * a glob contributes its matches, or itself when it matches nothing (so the gate names it as missing);
 * `!pattern` entries exclude from every other entry.
 */
function expandTraces(entries, workspace) {
    const traces = [];
    const problems = [];
    const seen = new Set();
    const add = (ref) => {
        if (seen.has(ref.path))
            return;
        seen.add(ref.path);
        traces.push(ref);
    };
    const excludes = entries.filter((e) => e.startsWith('!'));
    for (const e of entries) {
        if (e.startsWith('!'))
            continue;
        if (!hasMagic(e)) {
            if (!isExcluded(e, excludes, workspace))
                add(pathRef(e, workspace));
            continue;
        }
        const r = expandGlobs([e, ...excludes], workspace, { confine: true });
        for (const x of r.refused)
            problems.push(`input "${constants/* Input */.pd.TraceFile}": "${x}" is a symlink that resolves outside the workspace (refused)`);
        if (r.files.length === 0)
            add({ ...pathRef(e, workspace), display: e.replace(/\\/g, '/') });
        for (const f of r.files)
            add(pathRef(f, workspace));
    }
    return { traces, problems };
}

// EXTERNAL MODULE: ./src/action/evidence-step.ts
var evidence_step = __webpack_require__(61464);
;// CONCATENATED MODULE: ./src/action/gate-step.ts
// The replay gate of the action: the same core entry as `assay ci` (runGate), with the
// eval plugin of src/core/gate/eval-session.ts for `config`, no model calls (judge/embedding values come
// from the trace or the local cache), and the eval baseline from `<baseline_dir>/eval-baseline.json`.
// `policy` alone is loaded and validated: load warnings become findings at the policy line.










function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function gitInfo(env) {
    if (!env.GITHUB_SHA)
        return undefined;
    return {
        commit: env.GITHUB_SHA,
        ...(env.GITHUB_REF_NAME ? { branch: env.GITHUB_REF_NAME } : {}),
        dirty: false,
        ...(env.GITHUB_ACTOR ? { author: env.GITHUB_ACTOR } : {}),
    };
}
function verdictOf(r) {
    return {
        source: 'gate',
        exitCode: r.report.exitCode,
        reasonCode: r.report.reasonCode,
        message: r.report.message,
        ...(r.report.nextStep !== undefined ? { nextStep: r.report.nextStep } : {}),
    };
}
async function runGateStep(o) {
    const { inputs, ctx } = o;
    const env = o.env ?? process.env;
    const now = o.now ?? (() => performance.now());
    if (!inputs.config && inputs.policy && inputs.traceFiles.length === 0)
        return policyOnly(o, inputs.policy, now);
    const warnings = [];
    const evalBaselinePath = (0,external_node_path_.join)(inputs.baselineDir.path, constants/* EVAL_BASELINE_FILE */.ax);
    const evalBaseline = inputs.config && (0,external_node_fs_.existsSync)(evalBaselinePath)
        ? { given: evalBaselinePath, path: evalBaselinePath, display: `${inputs.baselineDir.display}/${constants/* EVAL_BASELINE_FILE */.ax}` }
        : undefined;
    const sde = env.SOURCE_DATE_EPOCH;
    const createdAt = ctx.reproducible ? isoSeconds(sde !== undefined && /^\d+$/.test(sde) ? Number(sde) * 1000 : 0) : isoSeconds(ctx.startedAt.getTime());
    const git = gitInfo(env);
    // The eval engine is loaded only for `config` runs.
    const createEvalPlugin = inputs.config ? (await __webpack_require__.e(/* import() */ 767).then(__webpack_require__.bind(__webpack_require__, 9767))).createEvalPlugin : undefined;
    const plugin = (withBaseline) => createEvalPlugin?.({
        assayVersion: version/* VERSION */.x,
        cwd: ctx.workspace,
        cacheDir: (0,external_node_path_.join)(ctx.workspace, env.ASSAY_CACHE_DIR || '.assay/cache'),
        judge: 'none',
        embedder: 'none',
        ...(inputs.lenient ? { lenient: true } : {}),
        exportBaseline: true,
        createdAt,
        ...(git ? { gitInfo: git } : {}),
        ...(withBaseline && evalBaseline ? { baseline: { path: evalBaseline.path, display: evalBaseline.display } } : {}),
        now,
    });
    const opts = (withBaseline) => ({
        ...(inputs.config ? { config: { path: inputs.config.path, display: inputs.config.display } } : {}),
        ...(inputs.policy ? { policy: { path: inputs.policy.path, display: inputs.policy.display } } : {}),
        ...(withBaseline && evalBaseline ? { baseline: { path: evalBaseline.path, display: evalBaseline.display } } : {}),
        traces: o.traces.map((t) => ({ path: t.path, display: t.display })),
        strict: inputs.strict,
        lenient: inputs.lenient,
        failOn: inputs.failOn,
        failOnLabel: inputs.failOnLabel,
        ...(o.findingsBaseline ? { findingsBaseline: { path: o.findingsBaseline.ref.path, display: o.findingsBaseline.ref.display } } : {}),
        gateNewOnly: inputs.gateNewOnly,
        outDirDisplay: inputs.reportsDir.display,
        ...(createEvalPlugin ? { eval: plugin(withBaseline) } : {}),
        now,
        runId: /^\d+$/.test(ctx.runId) ? Number(ctx.runId) : 0,
    });
    let result = await runGate(opts(true));
    let usedBaseline = evalBaseline;
    // A restored eval baseline for another suite (or unreadable) is ignored with a warning.
    if (evalBaseline && !result.report.completed && result.report.reasonCode === 'E_BASELINE_INVALID') {
        warnings.push(`${evalBaseline.display} ignored: ${result.report.message}`);
        result = await runGate(opts(false));
        usedBaseline = undefined;
    }
    return { mode: 'replay', result, verdict: verdictOf(result), ...(usedBaseline ? { evalBaseline: usedBaseline } : {}), warnings };
}
/** `policy` without traces: load + validate; warnings are findings at the policy line. */
function policyOnly(o, policy, now) {
    const { inputs, ctx } = o;
    const t0 = now();
    const base = {
        policy: { path: policy.path, display: policy.display },
        traces: [],
        outDirDisplay: inputs.reportsDir.display,
        ...(o.findingsBaseline ? { findingsBaseline: { path: o.findingsBaseline.ref.path, display: o.findingsBaseline.ref.display } } : {}),
    };
    let loaded;
    try {
        loaded = loadPolicy(policy.path, policy.display, { lenient: inputs.lenient });
    }
    catch (e) {
        const result = earlyFailure(e, base);
        return { mode: 'policy-only', result, verdict: verdictOf(result), warnings: [] };
    }
    const diagnostics = loaded.warnings;
    let findings = (0,finding/* finalizeFindings */.jj)(configFindingDrafts(diagnostics.filter((d) => d.code.startsWith('W_POLICY') || d.code.startsWith('W_CFG'))));
    let diff;
    if (o.findingsBaseline) {
        diff = (0,findings_baseline/* diffFindings */.Ul)(findings, o.findingsBaseline.baseline);
        findings = diff.findings;
    }
    const failOn = inputs.failOn;
    const gated = (0,finding/* countAtOrAbove */.Lf)(findings, failOn, inputs.gateNewOnly && diff !== undefined);
    let digest;
    try {
        digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(policy.path)).digest('hex')}`;
    }
    catch {
        digest = undefined;
    }
    const failed = gated > 0;
    const t1 = now();
    const report = {
        exitCode: failed ? 1 : 0,
        reasonCode: failed ? 'E_POLICY_VIOLATION' : '',
        message: failed ? `${gated} policy finding(s) at or above fail_on=${inputs.failOnLabel}` : 'All checks passed',
        ...(failed ? { nextStep: (0,reason_codes/* fillNextStep */.lT)('E_POLICY_VIOLATION') } : {}),
        completed: true,
        suite: 'policy',
        orderSeed: null,
        inputs: {
            config: null,
            trace_files: [],
            policy: policy.display,
            baseline: null,
            findings_baseline: o.findingsBaseline?.ref.display ?? null,
            out_dir: inputs.reportsDir.display,
        },
        findings,
        ...(diff ? { baseline: { new: diff.counts.new, fixed: diff.counts.fixed, unchanged: diff.counts.unchanged } } : {}),
        provenance: { assayVersion: version/* VERSION */.x, verifyMode: 'enabled', ...(digest ? { policyDigest: digest } : {}) },
        performance: { totalDurationMs: Math.round(t1 - t0), evalMs: Math.round(t1 - t0), reportMs: 0 },
        ...(diagnostics.some((d) => d.severity === 'warning')
            ? { warnings: diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.code}: ${d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.col ?? 1}` : ''}: ` : ''}${d.message}`) }
            : {}),
        runId: /^\d+$/.test(ctx.runId) ? Number(ctx.runId) : 0,
    };
    const result = {
        report,
        findings,
        policySuites: [],
        configSuites: [],
        ...(diff ? { diff } : {}),
        diagnostics,
        errorDiagnostics: [],
    };
    return { mode: 'policy-only', result, verdict: verdictOf(result), warnings: [] };
}

;// CONCATENATED MODULE: ./src/action/github/artifact.ts
// Upload of the reports directory as a workflow artifact, through the toolkit's artifact
// client behind a small interface (tests use an in-memory fake). A missing Actions runtime (local run),
// GHES (artifact v2+ unsupported) or any error is a warning.



/** Is this GitHub Enterprise Server (not github.com, *.ghe.com or *.localhost)? */
function isGhes(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toUpperCase();
    }
    catch {
        return false;
    }
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
/** Every regular file below `dir`, sorted. */
function listFiles(dir) {
    const out = [];
    const walk = (d) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(d, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const p = (0,external_node_path_.join)(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.isFile())
                out.push(p);
        }
    };
    walk(dir);
    return out.sort();
}
const toolkitUploader = {
    async upload(name, files, rootDirectory, retentionDays) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(351), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
        const r = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, { retentionDays });
        return { ...(r.id !== undefined ? { id: r.id } : {}), ...(r.size !== undefined ? { size: r.size } : {}) };
    },
};
async function uploadReports(o) {
    if (!o.env[constants/* Env */.o9.RuntimeToken]) {
        return { status: 'skipped', notes: [{ level: 'warning', message: 'reports artifact not uploaded: no Actions runtime here (ACTIONS_RUNTIME_TOKEN is not set; local run?)' }] };
    }
    if (isGhes(o.serverUrl)) {
        return { status: 'skipped', notes: [{ level: 'warning', message: 'reports artifact not uploaded: GitHub Enterprise Server does not support the artifact service this action uses' }] };
    }
    const files = listFiles(o.dir);
    if (files.length === 0)
        return { status: 'skipped', notes: [{ level: 'warning', message: 'reports artifact not uploaded: the reports directory is empty' }] };
    try {
        const r = await (o.uploader ?? toolkitUploader).upload(o.name, files, o.dir, constants/* ARTIFACT_RETENTION_DAYS */.YJ);
        return { status: 'uploaded', ...(r.id !== undefined ? { id: r.id } : {}), notes: [] };
    }
    catch (e) {
        return { status: 'failed', notes: [{ level: 'warning', message: `reports artifact "${o.name}" not uploaded: ${e.message}` }] };
    }
}

;// CONCATENATED MODULE: ./src/action/github/cache.ts
// The Actions cache behind the CacheClient interface of baseline.ts, through the toolkit's cache client
// (imported lazily: only runs that restore or save a baseline pay for it).

function toolkitCache(env) {
    return {
        async available() {
            if (!env[constants/* Env */.o9.RuntimeToken])
                return false;
            const cache = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(0)]).then(__webpack_require__.bind(__webpack_require__, 34000));
            return cache.isFeatureAvailable();
        },
        async restore(paths, primaryKey, restoreKeys) {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(0)]).then(__webpack_require__.bind(__webpack_require__, 34000));
            return cache.restoreCache(paths, primaryKey, restoreKeys);
        },
        async save(paths, key) {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(0)]).then(__webpack_require__.bind(__webpack_require__, 34000));
            await cache.saveCache(paths, key);
        },
    };
}

;// CONCATENATED MODULE: ./src/action/github/rest.ts
// A small REST layer over the toolkit's Octokit (base URL from GITHUB_API_URL, proxy-aware fetch):
// transient failures (429, 5xx, network, no answer in time) are retried with 1 s, 2 s, 4 s delays
// (Retry-After honoured up to 60 s), pagination follows `Link: rel="next"` up to a page cap and never the
// same URL twice. Every request has a timeout and gives up when the step's deadline ends (an AbortSignal),
// so no call can hold the action past it (docs/action-limits.md). The toolkit is imported lazily so the
// action's cold start does not pay for it when no REST call is made (fork PRs, no token).


/** What a failed call looks like to callers: a status (0 = no response) and the server's message. */
class RestError extends Error {
    status;
    retryAfterS;
    kind;
    constructor(message, status, retryAfterS, kind = 'http') {
        super(message);
        this.status = status;
        this.retryAfterS = retryAfterS;
        this.kind = kind;
        this.name = 'RestError';
    }
}
function deadlineError() {
    return new RestError('the step deadline ran out', 0, undefined, 'deadline');
}
function toRestError(e) {
    if (e instanceof RestError)
        return e;
    const err = e;
    const status = typeof err?.status === 'number' ? err.status : 0;
    const ra = err?.response?.headers?.['retry-after'];
    const retryAfter = typeof ra === 'string' && /^\d+$/.test(ra) ? Number(ra) : typeof ra === 'number' ? ra : undefined;
    const data = err?.response?.data;
    const message = typeof data?.message === 'string' ? data.message : typeof err?.message === 'string' ? err.message : String(e);
    return new RestError(message, status, retryAfter);
}
function isTransient(e) {
    if (e.kind === 'deadline' || e.kind === 'pagination')
        return false;
    return e.status === 0 || e.status === 429 || e.status >= 500;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Sleep `ms`, or reject with the deadline error as soon as `signal` fires (the timer is cleared then). */
function abortableSleep(ms, signal, wait) {
    if (!signal)
        return (wait ?? sleep)(ms);
    if (signal.aborted)
        return Promise.reject(deadlineError());
    return new Promise((resolve, reject) => {
        let timer;
        const onAbort = () => {
            if (timer)
                clearTimeout(timer);
            reject(deadlineError());
        };
        const done = () => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        };
        signal.addEventListener('abort', onAbort, { once: true });
        if (wait)
            wait(ms).then(done, reject);
        else
            timer = setTimeout(done, ms);
    });
}
/** Run `fn`; on a transient failure retry after base × 1, 2, 4 (or Retry-After ≤ 60 s). Throws RestError. */
async function withRetry(fn, o = {}) {
    const base = o.baseMs ?? constants/* RETRY_BASE_MS */.OQ;
    for (let attempt = 0;; attempt++) {
        if (o.signal?.aborted)
            throw deadlineError();
        try {
            return await fn();
        }
        catch (e) {
            const err = toRestError(e);
            if (!isTransient(err) || attempt >= constants/* RETRY_MULTIPLIERS */.KB.length)
                throw err;
            const ra = err.retryAfterS !== undefined ? Math.min(err.retryAfterS, constants/* MAX_RETRY_AFTER_S */.To) * 1000 : undefined;
            // Delays scale with the base (tests shorten it), Retry-After included.
            await abortableSleep(ra !== undefined ? (ra * base) / constants/* RETRY_BASE_MS */.OQ : base * constants/* RETRY_MULTIPLIERS */.KB[attempt], o.signal, o.sleep);
        }
    }
}
/** The `rel="next"` URL of a Link header. */
function nextLink(link) {
    if (typeof link !== 'string')
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}
/**
 * Every item of a paginated list: the first page from `route`, then each `Link: rel="next"` URL. A next
 * URL already read (a server pointing back) or more than `maxPages` pages is an error, not a loop.
 */
async function paginate(rest, route, params, retry = {}, maxPages = constants/* MAX_PAGES */.Y0) {
    const out = [];
    const seen = new Set();
    let res = await withRetry(() => rest.request(route, params), retry);
    for (let pages = 1;; pages++) {
        if (Array.isArray(res.data))
            out.push(...res.data);
        const next = nextLink(res.headers.link);
        if (!next)
            return out;
        if (seen.has(next))
            throw new RestError(`pagination stopped: the server pointed back at a page already read (${next})`, 0, undefined, 'pagination');
        if (pages >= maxPages)
            throw new RestError(`pagination stopped after ${maxPages} pages`, 0, undefined, 'pagination');
        seen.add(next);
        res = await withRetry(() => rest.request(`GET ${next}`), retry);
    }
}
/**
 * `inner` with a time bound on every request: past `timeoutMs` the call fails as a transient `timeout`,
 * when `signal` fires it fails as `deadline`. The underlying request is aborted through
 * `params.request.signal` (Octokit's option), and the bound holds even for a client that ignores it.
 */
function boundedClient(inner, o) {
    return {
        request(route, params = {}) {
            if (o.signal?.aborted)
                return Promise.reject(deadlineError());
            const ac = new AbortController();
            return new Promise((resolve, reject) => {
                const settle = () => {
                    clearTimeout(timer);
                    o.signal?.removeEventListener('abort', onDeadline);
                };
                // Reject first, then abort: the caller sees our reason, not the fetch layer's AbortError.
                const onDeadline = () => {
                    settle();
                    reject(deadlineError());
                    ac.abort();
                };
                const timer = setTimeout(() => {
                    settle();
                    reject(new RestError(`no answer within ${o.timeoutMs} ms`, 0, undefined, 'timeout'));
                    ac.abort();
                }, o.timeoutMs);
                o.signal?.addEventListener('abort', onDeadline, { once: true });
                const extra = (params.request ?? {});
                inner.request(route, { ...params, request: { ...extra, signal: ac.signal } }).then((r) => {
                    settle();
                    resolve(r);
                }, (e) => {
                    settle();
                    reject(e);
                });
            });
        },
    };
}
/** The toolkit's Octokit as a RestClient, every request bounded (default timeout HTTP_TIMEOUT_MS). */
async function createRestClient(token, limits = { timeoutMs: constants/* HTTP_TIMEOUT_MS */.a9 }) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(token, { userAgent: `${constants/* USER_AGENT */._O}/${version/* VERSION */.x}` });
    return boundedClient({
        async request(route, params) {
            const r = await octokit.request(route, params ?? {});
            return { status: r.status, data: r.data, headers: r.headers };
        },
    }, limits);
}

;// CONCATENATED MODULE: ./src/action/github/comment.ts
// The sticky PR comment: found by its hidden marker across every page of comments,
// updated in place (always, so a fixed PR shows "no findings"), created only when there is something to
// say. Identity: `GET /user` gives our own login; a GITHUB_TOKEN gets 403 there, and then the author must
// be a bot. Failures are warnings naming the permission, never fatal.


/** Which existing comment is ours: the oldest with our marker and author, else an adoptable reference one. */
function findSticky(comments, marker, login) {
    const ours = (c) => (login !== undefined ? c.user?.login === login : c.user?.type === 'Bot');
    const own = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(marker) && ours(c));
    if (own)
        return own;
    return comments.find((c) => typeof c.body === 'string' && c.body.includes(constants/* LEGACY_COMMENT_MARKER */.p$) && c.user?.type === 'Bot' && ours(c));
}
function failureNote(err) {
    // Only an HTTP refusal can be about permissions; a timeout, the deadline or a page loop is not.
    if (err.kind !== 'http')
        return { level: 'warning', message: `PR comment not written: ${err.message}` };
    const { status, message } = err;
    return {
        level: 'warning',
        message: `PR comment not written (${status === 0 ? 'network error' : status}: ${message}): the job needs "permissions: pull-requests: write"`,
    };
}
async function upsertComment(o) {
    const { rest, owner, repo, prNumber } = o;
    let login;
    try {
        const me = await withRetry(() => rest.request('GET /user'), o.retry);
        if (typeof me.data?.login === 'string')
            login = me.data.login;
    }
    catch {
        login = undefined; // GITHUB_TOKEN: 403 on /user; we then match bot authors
    }
    let comments;
    try {
        comments = await paginate(rest, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: prNumber, per_page: constants/* COMMENTS_PER_PAGE */.ZD }, o.retry);
    }
    catch (e) {
        return { status: 'failed', scanned: 0, notes: [failureNote(toRestError(e))] };
    }
    const found = findSticky(comments, o.marker, login);
    try {
        if (found) {
            const res = await withRetry(() => rest.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: found.id, body: o.body }), o.retry);
            return { status: 'updated', id: found.id, ...(res.data?.html_url ? { url: res.data.html_url } : {}), scanned: comments.length, notes: [] };
        }
        if (!o.create)
            return { status: 'not-needed', scanned: comments.length, notes: [] };
        const res = await withRetry(() => rest.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: prNumber, body: o.body }), o.retry);
        return { status: 'created', ...(typeof res.data?.id === 'number' ? { id: res.data.id } : {}), ...(res.data?.html_url ? { url: res.data.html_url } : {}), scanned: comments.length, notes: [] };
    }
    catch (e) {
        return { status: 'failed', scanned: comments.length, notes: [failureNote(toRestError(e))] };
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/action/github/sarif-upload.ts
// SARIF upload through the code-scanning REST API, in-process: re-check the file, gzip +
// base64, POST, then poll the processing status. Every failure is a value (uploaded=false plus a warning),
// never an exception and never a change of the verdict.




function isRepoRelative(uri) {
    return typeof uri === 'string' && uri !== '' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri) && !uri.startsWith('/');
}
/** Pre-upload checks (a failure here is a bug on our side): ≤ 20 runs, unique categories, locations, fingerprints. */
function checkSarif(text) {
    const problems = [];
    let log;
    try {
        log = JSON.parse(text);
    }
    catch (e) {
        return { problems: [`not JSON: ${e.message}`] };
    }
    const runs = Array.isArray(log.runs) ? log.runs : undefined;
    if (!runs)
        return { problems: ['no "runs" array'] };
    if (runs.length > sarif/* MAX_RUNS */._k)
        problems.push(`${runs.length} runs (at most ${sarif/* MAX_RUNS */._k})`);
    const ids = new Set();
    runs.forEach((run, i) => {
        const id = run.automationDetails?.id;
        if (typeof id !== 'string' || id === '')
            problems.push(`run ${i} has no automationDetails.id`);
        else if (ids.has(id))
            problems.push(`duplicate run category ${id}`);
        else
            ids.add(id);
        const results = Array.isArray(run.results) ? run.results : [];
        for (let j = 0; j < results.length && problems.length < 10; j++) {
            const r = results[j];
            const locs = r.locations;
            if (!Array.isArray(locs) || locs.length === 0)
                problems.push(`run ${i} result ${j} has no location`);
            else if (!isRepoRelative(locs[0]?.physicalLocation?.artifactLocation?.uri))
                problems.push(`run ${i} result ${j}: location is not a repo-relative URI`);
            const pf = r.partialFingerprints;
            if (!pf || typeof pf !== 'object' || Object.keys(pf).length === 0)
                problems.push(`run ${i} result ${j} has no partialFingerprints`);
        }
    });
    const gzip = (0,external_node_zlib_.gzipSync)(Buffer.from(text, 'utf8'), { level: 6 });
    if (gzip.length > sarif/* MAX_GZIP_BYTES */.uP)
        problems.push(`gzip size ${gzip.length} bytes exceeds the ${sarif/* MAX_GZIP_BYTES */.uP}-byte budget`);
    return { problems, gzip };
}
/** `commit_sha`/`ref` per event (see docs/action-limits.md). */
function uploadRef(ctx) {
    if ((ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_review' || ctx.eventName === 'pull_request_review_comment') && ctx.prNumber !== undefined) {
        return { commit_sha: ctx.sha, ref: `refs/pull/${ctx.prNumber}/merge` };
    }
    return { commit_sha: ctx.sha, ref: ctx.ref };
}
function failure(err) {
    const { status, message } = err;
    // No answer: whether GitHub got the file is unknown, so it does not count as uploaded.
    if (err.kind === 'deadline')
        return { level: 'warning', message: 'SARIF not uploaded: the step deadline ran out before code scanning answered (verdict unchanged)' };
    if (err.kind === 'timeout')
        return { level: 'warning', message: `SARIF not uploaded (${message}) after retries` };
    switch (status) {
        case 403:
            return {
                level: 'warning',
                message: `SARIF not uploaded (403: ${message}): the job needs "permissions: security-events: write", or code scanning (GitHub Code Security) is not enabled for this repository`,
            };
        case 404:
            return { level: 'warning', message: `SARIF not uploaded (404: ${message}): code scanning is not available here (GHES without code scanning) or the repository is not visible to the token` };
        case 413:
        case 422:
            return { level: 'warning', message: `SARIF rejected by code scanning (${status}: ${message}); this is a bug in Assay, the file is kept in the reports artifact` };
        default:
            return { level: 'warning', message: `SARIF not uploaded (${status === 0 ? 'network error' : status}: ${message}) after retries` };
    }
}
async function uploadSarif(o) {
    const { ctx } = o;
    const retry = { ...o.retry, ...(o.signal ? { signal: o.signal } : {}) };
    const now = o.now ?? (() => performance.now());
    const check = checkSarif(o.sarifText);
    if (check.problems.length > 0 || !check.gzip) {
        return {
            uploaded: false,
            status: 'invalid',
            accepted: false,
            notes: [{ level: 'warning', message: `SARIF not uploaded: the file failed the pre-upload check (a bug in Assay): ${check.problems.slice(0, 5).join('; ')}` }],
        };
    }
    const { owner, repo } = ctx.repo;
    const body = { ...uploadRef(ctx), sarif: check.gzip.toString('base64'), started_at: ctx.startedAt.toISOString() };
    let id;
    try {
        const res = await withRetry(() => o.rest.request('POST /repos/{owner}/{repo}/code-scanning/sarifs', { owner, repo, ...body }), retry);
        id = typeof res.data?.id === 'string' ? res.data.id : String(res.data?.id ?? '');
    }
    catch (e) {
        return { uploaded: false, status: 'rejected', accepted: false, notes: [failure(toRestError(e))] };
    }
    if (id === '') {
        return { uploaded: true, status: 'pending', accepted: true, notes: [{ level: 'notice', message: 'SARIF accepted by code scanning (no upload id returned; processing status unknown)' }] };
    }
    const deadline = now() + o.pollTimeoutMs;
    for (;;) {
        let status = 'pending';
        let errors = [];
        try {
            const res = await withRetry(() => o.rest.request('GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', { owner, repo, sarif_id: id }), retry);
            status = typeof res.data?.processing_status === 'string' ? res.data.processing_status : 'pending';
            errors = Array.isArray(res.data?.errors) ? res.data.errors : [];
        }
        catch (e) {
            const err = toRestError(e);
            // 404 while the upload is being registered counts as pending; anything else ends polling.
            if (err.status !== 404 || err.kind !== 'http') {
                return { uploaded: true, status: 'pending', accepted: true, id, notes: [{ level: 'notice', message: `SARIF accepted (id ${id}); processing status unavailable (${err.status}: ${err.message})` }] };
            }
        }
        if (status === 'complete')
            return { uploaded: true, status: 'complete', accepted: true, id, notes: [] };
        if (status === 'failed') {
            const quoted = errors.slice(0, constants/* SARIF_MAX_QUOTED_ERRORS */.WJ).map((x) => String(x));
            return {
                uploaded: false,
                status: 'failed',
                accepted: true,
                id,
                notes: [{ level: 'warning', message: `code scanning failed to process the SARIF upload (id ${id})${quoted.length ? `: ${quoted.join('; ')}` : ''}` }],
            };
        }
        if (now() + o.pollMs > deadline) {
            return { uploaded: true, status: 'pending', accepted: true, id, notes: [{ level: 'notice', message: `SARIF accepted (id ${id}); code scanning is still processing it` }] };
        }
        try {
            await abortableSleep(o.pollMs, o.signal, o.sleep);
        }
        catch {
            return { uploaded: true, status: 'pending', accepted: true, id, notes: [{ level: 'notice', message: `SARIF accepted (id ${id}); polling stopped at the step deadline` }] };
        }
    }
}

;// CONCATENATED MODULE: ./src/action/render.ts





/** Untrusted inline text: controls/secrets neutralised, bounded, markdown-escaped (also safe in table cells). */
function md(s, max = 256) {
    return (0,safe_text/* escapeMarkdown */.FV)((0,safe_text/* boundText */.O6)((0,safe_text/* safeText */.Hk)(s), max));
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function verdictHeading(m) {
    const v = m.verdict;
    const state = v.exitCode === 0 ? '✅ passed' : v.exitCode === 1 ? '❌ failed' : v.exitCode === 2 ? '⛔ input or config error' : '⚠️ infrastructure error';
    return v.exitCode === 0 ? `## Assay — ${state}` : `## Assay — ${state} (exit ${v.exitCode}, \`${v.reasonCode}\`)`;
}
function gateCell(m) {
    const g = m.gate;
    if (!g)
        return m.inputs.config || m.inputs.policy ? 'not run' : 'not configured';
    const r = g.report;
    if (!r.completed)
        return `not completed: ${md(r.message, 200)}`;
    const parts = [];
    if (r.results) {
        const total = r.results.length;
        const passed = r.results.filter((x) => x.status === 'pass' || x.status === 'allowed_on_error' || x.status === 'warn').length;
        parts.push(`${passed}/${total} tests passed`);
    }
    if (g.mode === 'policy-only')
        parts.push('policy loaded and validated');
    if (g.stats)
        parts.push(`${plural(g.stats.calls, 'call')} in ${plural(g.stats.episodes, 'episode')}`);
    parts.push(plural(g.findings, 'finding'));
    return parts.join(' · ');
}
function evidenceCell(m) {
    const b = m.bundles;
    if (b.length === 0)
        return 'no bundles found';
    const verified = b.filter((x) => x.status === 'verified').length;
    const failed = b.filter((x) => x.status === 'failed').length;
    const lint = b.reduce((n, x) => n + x.lintFindings, 0);
    const parts = [`${verified}/${b.length} bundles verified`];
    if (failed)
        parts.push(`${failed} failed verification`);
    parts.push(plural(lint, 'lint finding'));
    return parts.join(' · ');
}
function findingsCell(m) {
    const c = m.counts;
    const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.note, 'note')];
    if (m.baseline.source !== 'none')
        parts.push(`${m.baseline.new} new vs baseline`);
    return parts.join(' · ');
}
function baselineCell(m) {
    const b = m.baseline;
    if (b.source === 'none')
        return 'none';
    const from = b.source === 'committed' ? `committed ${(0,safe_text/* markdownCode */.D9)(b.display ?? '')}` : `Actions cache ${(0,safe_text/* markdownCode */.D9)(b.cacheKey ?? '')}`;
    return `${from}: ${b.new} new · ${b.fixed} fixed · ${b.unchanged} unchanged`;
}
function outcomeTable(m, withStatus) {
    const rows = [
        '| Check | Result |',
        '|---|---|',
        `| Replay gate | ${gateCell(m)} |`,
        `| Evidence | ${evidenceCell(m)} |`,
        `| Findings | ${findingsCell(m)} |`,
        `| Baseline | ${baselineCell(m)} |`,
    ];
    if (withStatus) {
        rows.push(`| Code scanning | ${m.status.codeScanning} |`);
        rows.push(`| PR comment | ${m.status.comment} |`);
    }
    return rows;
}
function verdictLines(m) {
    const out = [`**${m.verdict.exitCode === 0 ? 'Result' : 'Why'}:** ${md(m.verdict.message, 1000)}`];
    if (m.verdict.exitCode !== 0 && m.verdict.nextStep)
        out.push('', `**Next step:** ${(0,safe_text/* markdownCode */.D9)(m.verdict.nextStep)}`);
    return out;
}
function truncationNote(m) {
    if (m.sarifOmitted <= 0)
        return [];
    return ['', `> ⚠️ ${m.sarifOmitted} results omitted from SARIF to fit GitHub code scanning limits; all findings are in \`run.json\` (artifact \`${m.ctx.artifactName}\`).`];
}
function blobLink(m, f) {
    const loc = `${f.location.uri}:${f.location.line}`;
    const base = repoUrl(m.ctx);
    const sha = m.ctx.headSha ?? m.ctx.sha;
    if (!base || !sha || f.location.uri === '')
        return md(loc, 300);
    const url = `${base}/blob/${sha}/${(0,sarif/* pathToUri */.TA)(f.location.uri).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))}#L${f.location.line}`;
    return `[${md(loc, 300)}](${url})`;
}
const FINDINGS_HEADER = ['| | Level | Rule | Location | Message |', '|---|---|---|---|---|'];
function findingRow(m, f) {
    const state = f.baseline_state === 'new' ? '🆕' : f.baseline_state === 'unchanged' ? '' : '';
    return `| ${state} | ${f.level} | ${(0,safe_text/* markdownCode */.D9)(f.rule_id)} | ${blobLink(m, f)} | ${md(f.message)} |`;
}
/** Fit `rows` after `head` and before `tail` into `budget` (measured by `size`), cutting from the end. */
function fitRows(head, rows, tail, budget, size, more) {
    const fixed = size(head) + size(tail);
    let used = fixed;
    let kept = 0;
    for (const r of rows) {
        const s = size(r) + 1;
        // Keep room for the "more" line in case later rows do not fit.
        if (used + s + size(more(rows.length - kept - 1)) + 1 > budget && kept < rows.length - 1)
            break;
        if (used + s > budget)
            break;
        used += s;
        kept++;
    }
    const parts = [head, ...rows.slice(0, kept)];
    if (kept < rows.length)
        parts.push(more(rows.length - kept));
    return parts.join('\n') + tail;
}
const render_utf8 = (s) => Buffer.byteLength(s, 'utf8');
const units = (s) => s.length;
function badLineSection(m) {
    const g = m.gate;
    if (!g || g.badLines.length === 0)
        return [];
    const out = ['', `### Malformed trace lines: ${g.badLines.length}`, ''];
    for (const d of g.badLines.slice(0, constants/* SUMMARY_MAX_BAD_LINES */.Ui))
        out.push(`- ${md(`${d.file ?? ''}:${d.line ?? 0}: ${d.message}`, 300)}`);
    if (g.badLines.length > constants/* SUMMARY_MAX_BAD_LINES */.Ui)
        out.push(`- …and ${g.badLines.length - constants/* SUMMARY_MAX_BAD_LINES */.Ui} more (see \`run.json\` warnings)`);
    return out;
}
function fence(lines) {
    const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((x) => x.length))));
    const f = '`'.repeat(longest + 1);
    return [`${f}bash`, ...lines.map((l) => l.replace(/[\r\n]+/g, ' ')), f];
}
function inputSection(m) {
    if (m.inputProblems.length === 0)
        return [];
    return ['', '### Input errors', '', ...m.inputProblems.map((p) => `- ${md(p, 500)}`)];
}
function notesSection(m) {
    const visible = m.notes.filter((n) => n.level !== 'info');
    if (visible.length === 0)
        return [];
    return ['', '### Notes', '', ...visible.map((n) => `- ${n.level === 'warning' ? '⚠️' : 'ℹ️'} ${md(n.message, 1000)}`)];
}
function baselineSection(m) {
    const b = m.baseline;
    if (b.source === 'none')
        return ['', '### Baseline', '', 'No findings baseline for this branch yet: every finding counts as new. Default-branch pushes with `write_baseline: true` store one.'];
    return ['', '### Baseline', '', `| New | Fixed | Unchanged |`, `|---|---|---|`, `| ${b.new} | ${b.fixed} | ${b.unchanged} |`, '', 'Fingerprint lists are in `diff.json` in the reports artifact.'];
}
function howTo(m) {
    if (m.gate || m.bundles.length > 0 || m.inputs.config || m.inputs.policy || m.inputProblems.length > 0)
        return [];
    return [
        '',
        '### Nothing to gate yet',
        '',
        '- Policy replay: set `policy: policies/mcp.yaml` and `trace_file: traces/*.jsonl`.',
        '- Eval replay: set `config: eval.yaml` (plus `trace_file` for `model: trace`).',
        '- Evidence: commit bundles under `.assay/evidence/` or `evidence/`, or set `bundles`.',
    ];
}
/** The full job summary (written untruncated to summary.md) and the budgeted text for GITHUB_STEP_SUMMARY. */
function buildSummary(m, budgetBytes = constants/* SUMMARY_BUDGET_BYTES */.Xb) {
    const head = [verdictHeading(m), '', ...verdictLines(m), '', ...outcomeTable(m, true), ...truncationNote(m), ...inputSection(m), ...howTo(m), ...baselineSection(m)];
    const rows = displayOrder(m.findings).map((f) => findingRow(m, f));
    const findingsHead = ['', `### Findings (${m.findings.length})`, ''];
    const tail = [
        ...badLineSection(m),
        ...(m.reproduce.length ? ['', '### Reproduce locally', '', ...fence(m.reproduce)] : []),
        ...notesSection(m),
        '',
    ];
    const headText = [...head, ...findingsHead, ...(rows.length ? FINDINGS_HEADER : ['No findings.'])].join('\n');
    const tailText = '\n' + tail.join('\n');
    const full = [headText, ...rows].join('\n') + tailText;
    if (render_utf8(full) <= budgetBytes)
        return { full, budgeted: full };
    const more = (n) => `\n…${n} more in the artifact \`${m.ctx.artifactName}\` (\`summary.md\`, \`run.json\`)`;
    const budgeted = fitRows(headText, rows, tailText, budgetBytes, render_utf8, more);
    // Head/tail alone over budget (pathological): cut hard at a line boundary.
    if (render_utf8(budgeted) > budgetBytes)
        return { full, budgeted: cutBytes(budgeted, budgetBytes - 200) + `\n\n…summary truncated; full text in \`summary.md\` (artifact \`${m.ctx.artifactName}\`)\n` };
    return { full, budgeted };
}
function cutBytes(s, max) {
    const buf = Buffer.from(s, 'utf8').subarray(0, Math.max(0, max));
    const text = buf.toString('utf8').replace(/\uFFFD$/, '');
    const nl = text.lastIndexOf('\n');
    return nl > 0 ? text.slice(0, nl) : text;
}
/** The sticky comment body: marker first, ≤ COMMENT_BUDGET_UNITS UTF-16 units. */
function buildComment(m, budgetUnits = constants/* COMMENT_BUDGET_UNITS */.KX) {
    const links = [];
    const run = runUrl(m.ctx);
    const repo = repoUrl(m.ctx);
    if (run)
        links.push(`[Job summary and logs](${run})`);
    if (repo)
        links.push(`[Security tab](${repo}/security/code-scanning${m.ctx.prNumber !== undefined ? `?query=pr%3A${m.ctx.prNumber}` : ''})`);
    links.push(`Reports: artifact \`${m.ctx.artifactName}\``);
    const head = [
        m.ctx.marker,
        verdictHeading(m),
        '',
        ...verdictLines(m),
        '',
        ...outcomeTable(m, false),
        ...truncationNote(m),
        ...inputSection(m),
        '',
        m.findings.length ? `### Findings (${m.findings.length}, new first)` : '### Findings',
        '',
        ...(m.findings.length ? FINDINGS_HEADER : ['No findings.']),
    ].join('\n');
    const tail = '\n\n' + links.join(' · ') + '\n';
    const rows = displayOrder(m.findings).map((f) => findingRow(m, f));
    const more = (n) => `\n…and ${n} more (job summary / artifact \`${m.ctx.artifactName}\`)`;
    const body = fitRows(head, rows, tail, budgetUnits, units, more);
    return units(body) <= budgetUnits ? body : body.slice(0, budgetUnits - 1);
}

// EXTERNAL MODULE: ./src/action/reports.ts + 4 modules
var reports = __webpack_require__(95482);
;// CONCATENATED MODULE: ./src/action/verdict.ts
// The combined verdict: every pipeline source reports an exit code; the winner is chosen
// by priority 2 > 3 > 1 > 0, and the reason code is that of the first source, in pipeline order
// (inputs, discovery, verify, lint, gate), that produced the winning exit code.

const PRIORITY = { 2: 4, 3: 3, 1: 2, 0: 0 };
function rank(exit) {
    return PRIORITY[exit] ?? 1;
}
const PASS_MESSAGE = 'All checks passed';
/** Combine in pipeline order; a tie keeps the earlier source. */
function combineVerdicts(list, passMessage = PASS_MESSAGE) {
    let best;
    for (const v of list) {
        if (v.exitCode === 0)
            continue;
        if (!best || rank(v.exitCode) > rank(best.exitCode))
            best = v;
    }
    if (!best)
        return { exitCode: 0, reasonCode: '', message: passMessage };
    return {
        exitCode: best.exitCode,
        reasonCode: best.reasonCode,
        message: best.message,
        ...(best.reasonCode !== '' ? { nextStep: best.nextStep ?? (0,reason_codes/* fillNextStep */.lT)(best.reasonCode) } : {}),
        source: best.source,
    };
}

;// CONCATENATED MODULE: ./src/action/pipeline.ts
// The phases of the action's run(), loaded by main.ts after its first log line: inputs
// and context, the verdict through core calls, publishing (each step best effort) with
// every output set and the step failed last. Nothing here decides thresholds, exit codes or report formats
// on its own: core does, this file sequences it.




























function emptyEvidence() {
    return { bundles: [], findings: [], lintFindings: [], extras: new Map(), counts: { bundles: 0, verified: 0, failed: 0 }, verdicts: [], junitSuites: [], lintReports: [], warnings: [] };
}
function envInt(env, name, dflt) {
    const v = env[name];
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : dflt;
}
function newState(env, t0) {
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const inputs0 = fallbackInputs(workspace, env);
    const s = {
        t0,
        deadline: new Deadline(t0, deadlineBudgetMs(env, constants/* InputDefault */.Fm.deadlineSeconds * 1000, constants/* Env */.o9.DeadlineMs)),
        note: () => undefined,
        cache: toolkitCache(env),
        env,
        workspace,
        inputs: inputs0,
        ctx: readContext(inputs0, workspace, env).ctx,
        inputProblems: [],
        verdicts: [],
        traces: [],
        evidence: emptyEvidence(),
        restore: { source: 'none', notes: [] },
        gateFindings: [],
        evidenceFindings: [],
        allFindings: [],
        notes: [],
        reportWarnings: [],
    };
    s.note = (n) => {
        s.notes.push(n);
        core/* info */.pq(n.level === 'info' ? n.message : `${n.level}: ${n.message}`);
    };
    return s;
}
/** inputs (all validated before any work) and context. */
async function inputsPhase(s) {
    const { env, workspace, note } = s;
    await core/* group */.Os('Assay: inputs and context', async () => {
        const parsed = readInputs(workspace, env);
        s.inputs = parsed.inputs;
        s.deadline.set(deadlineBudgetMs(env, s.inputs.deadlineMs, constants/* Env */.o9.DeadlineMs));
        s.inputProblems.push(...parsed.problems.map((p) => p.message));
        for (const r of parsed.retired)
            note({ level: r.level, message: r.message });
        const c = readContext(s.inputs, workspace, env);
        s.ctx = c.ctx;
        for (const w of c.warnings)
            note({ level: 'warning', message: w });
        if (s.inputs.sarif && env[s.ctx.categoryGuardVar]) {
            s.inputProblems.push(`input "${constants/* Input */.pd.Category}": SARIF category "${s.ctx.category}" was already uploaded by an earlier Assay step in this job; give each step a distinct category`);
        }
        const keyProblem = cacheKeyProblem(s.inputs, s.ctx);
        if (keyProblem)
            s.inputProblems.push(keyProblem);
        if (s.inputs.token === '')
            note({ level: 'warning', message: 'input "token" is empty: SARIF upload and the PR comment are skipped' });
        core/* info */.pq(`event ${s.ctx.eventName || '(none)'}, category ${s.ctx.category}, read_only ${s.ctx.readOnly}, default-branch push ${s.ctx.isDefaultPush}`);
    });
    if (s.inputProblems.length > 0) {
        s.verdicts.push({ source: 'inputs', exitCode: 2, reasonCode: 'E_INVALID_ARGS', message: `invalid input: ${s.inputProblems.join('; ')}`, nextStep: (0,reason_codes/* fillNextStep */.lT)('E_INVALID_ARGS') });
    }
}
/** An unexpected exception: exit 3 E_INTERNAL; publishing still runs. */
function internalError(s, e) {
    s.internalError = e instanceof Error ? (e.stack ?? e.message) : String(e);
    core/* info */.pq(`internal error: ${s.internalError}`);
    s.verdicts.push({ source: 'internal', exitCode: 3, reasonCode: 'E_INTERNAL', message: `internal error: ${e instanceof Error ? e.message : String(e)}`, nextStep: (0,reason_codes/* fillNextStep */.lT)('E_INTERNAL') });
}
/** discovery, evidence, baseline restore, gate, diff. */
async function verdictPhase(s) {
    if (s.inputProblems.length > 0)
        return;
    const { inputs, workspace, note, cache } = s;
    const discovered = await core/* group */.Os('Assay: discover', async () => {
        const d = discoverBundles(inputs.bundles, workspace);
        const t = expandTraces(inputs.traceFiles, workspace);
        core/* info */.pq(`${d.bundles.length} bundle(s)${d.auto ? ' (auto-discovery)' : ''}; ${t.traces.length} trace file(s)`);
        return { d, t };
    });
    const problems = [...discovered.d.problems, ...discovered.t.problems];
    if (problems.length > 0) {
        s.inputProblems.push(...problems);
        s.verdicts.push({ source: 'discovery', exitCode: 2, reasonCode: 'E_INVALID_ARGS', message: problems.join('; '), nextStep: (0,reason_codes/* fillNextStep */.lT)('E_INVALID_ARGS') });
        return;
    }
    s.traces = discovered.t.traces;
    s.evidence = await core/* group */.Os('Assay: verify and lint evidence', async () => {
        const ev = await (0,evidence_step/* runEvidence */.fk)(discovered.d.bundles, inputs.packs, (0,evidence_step/* coreEvidenceBackend */.dM)(workspace));
        for (const b of ev.bundles)
            core/* info */.pq(`${b.bundle.display}: ${b.status}${b.reasonCode ? ` ${b.reasonCode}: ${b.message ?? ''}` : ''}${b.status === 'verified' ? `, ${b.lintFindings} lint finding(s)` : ''}`);
        for (const w of ev.warnings) {
            note({ level: 'warning', message: w });
            s.reportWarnings.push(`W_LINT_PACK: ${w}`);
        }
        return ev;
    });
    s.verdicts.push(...s.evidence.verdicts);
    s.restore = await core/* group */.Os('Assay: findings baseline', async () => {
        // The cache service is network: past the deadline the run goes on without a baseline.
        const r = await s.deadline.race(restoreBaseline(inputs, s.ctx, cache), () => ({
            source: 'none',
            notes: [{ level: 'warning', message: `findings baseline not restored: the step deadline (${s.deadline.seconds} s) ran out` }],
        }));
        for (const n of r.notes) {
            note(n);
            if (n.code)
                s.reportWarnings.push(`${n.code}: ${n.message}`);
        }
        if (r.ref && r.baseline)
            core/* info */.pq(`findings baseline: ${r.ref.display} (${r.source}, ${r.baseline.fingerprints.length} fingerprints)`);
        return r;
    });
    const base = s.restore.baseline;
    const newOnly = inputs.gateNewOnly && base !== undefined;
    // Lint findings at or above fail_on; verify failures already are exit 2.
    const lint = s.evidence.lintFindings;
    const lintDiffed = base ? (0,findings_baseline/* diffFindings */.Ul)(lint, base).findings : lint;
    const lintGated = (0,finding/* countAtOrAbove */.Lf)(lintDiffed, inputs.failOn, newOnly);
    if (lintGated > 0) {
        s.verdicts.push({
            source: 'lint',
            exitCode: 1,
            reasonCode: 'E_POLICY_VIOLATION',
            message: `${lintGated} lint finding(s) at or above fail_on=${inputs.failOnLabel}`,
            nextStep: (0,reason_codes/* fillNextStep */.lT)('E_POLICY_VIOLATION'),
        });
    }
    if (inputs.config || inputs.policy) {
        s.gate = await core/* group */.Os('Assay: replay gate', async () => {
            const g = await runGateStep({
                inputs,
                ctx: s.ctx,
                traces: s.traces,
                ...(base && s.restore.ref ? { findingsBaseline: { ref: s.restore.ref, baseline: base } } : {}),
                env: s.env,
            });
            core/* info */.pq(`gate: exit ${g.result.report.exitCode} ${g.result.report.reasonCode} — ${g.result.report.message}`);
            for (const w of g.warnings) {
                note({ level: 'warning', message: w });
                s.reportWarnings.push(`W_BASELINE_IGNORED: ${w}`);
            }
            return g;
        });
        s.verdicts.push(s.gate.verdict);
    }
    // One findings list for every sink (03 principles); baseline states over the combined list.
    const gateFindings = s.gate?.result.findings ?? [];
    const combined = [...gateFindings, ...s.evidence.findings];
    const diffed = base ? (0,findings_baseline/* diffFindings */.Ul)(combined, base) : undefined;
    const states = diffed?.findings ?? combined;
    s.diff = diffed;
    s.gateFindings = states.slice(0, gateFindings.length);
    s.evidenceFindings = states.slice(gateFindings.length);
    s.allFindings = (0,finding/* sortFindings */.Tc)(states);
}
function gateOptionsForReport(s) {
    const i = s.inputs;
    return {
        ...(i.config ? { config: { path: i.config.path, display: i.config.display } } : {}),
        ...(i.policy ? { policy: { path: i.policy.path, display: i.policy.display } } : {}),
        traces: s.traces.length ? s.traces.map((t) => ({ path: t.path, display: t.display })) : i.traceFiles.map((t) => ({ path: (0,external_node_path_.resolve)(s.workspace, t), display: t })),
        outDirDisplay: i.reportsDir.display,
        ...(s.restore.ref ? { findingsBaseline: { path: s.restore.ref.path, display: s.restore.ref.display } } : {}),
    };
}
/** `inputs` of run.json for runs the gate did not report on. */
function reportInputs(s) {
    const o = gateOptionsForReport(s);
    return {
        config: o.config?.display ?? null,
        trace_files: o.traces.map((t) => t.display),
        policy: o.policy?.display ?? null,
        baseline: null,
        findings_baseline: o.findingsBaseline?.display ?? null,
        out_dir: o.outDirDisplay,
    };
}
/** run.json / summary.json input: the gate's report (or a minimal/synthetic one) with the combined verdict. */
function combinedReport(s, v) {
    const gateReport = s.gate?.result.report;
    const worked = s.inputProblems.length === 0 && s.internalError === undefined;
    let base;
    if (!worked) {
        const err = s.internalError !== undefined ? new Error(v.message) : new core_errors/* UsageError */.eb('E_INVALID_ARGS', v.message, { source: 'cli' });
        base = earlyFailure(err, gateOptionsForReport(s)).report;
    }
    else if (gateReport && (gateReport.completed || s.evidence.bundles.length === 0)) {
        base = { ...gateReport };
    }
    else {
        base = {
            exitCode: 0,
            reasonCode: '',
            message: '',
            completed: true,
            suite: gateReport ? 'policy' : 'evidence',
            orderSeed: null,
            inputs: reportInputs(s),
            findings: [],
            provenance: gateReport?.provenance ?? { assayVersion: version/* VERSION */.x, verifyMode: 'enabled' },
            performance: { totalDurationMs: Math.round(performance.now() - s.t0), evalMs: Math.round(performance.now() - s.t0), reportMs: 0 },
            ...(gateReport?.warnings ? { warnings: gateReport.warnings } : {}),
            runId: /^\d+$/.test(s.ctx.runId) ? Number(s.ctx.runId) : 0,
        };
    }
    const warnings = [...(base.warnings ?? []), ...s.reportWarnings];
    const report = {
        ...base,
        exitCode: v.exitCode,
        reasonCode: v.reasonCode,
        message: v.message,
        findings: base.completed ? s.allFindings : [],
        evidence: { ...s.evidence.counts },
    };
    if (v.exitCode !== 0 && v.nextStep)
        report.nextStep = v.nextStep;
    else
        delete report.nextStep;
    if (s.diff && base.completed)
        report.baseline = { new: s.diff.counts.new, fixed: s.diff.counts.fixed, unchanged: s.diff.counts.unchanged };
    else
        delete report.baseline;
    if (warnings.length)
        report.warnings = warnings;
    if (base.completed && s.restore.ref)
        report.inputs = { ...report.inputs, findings_baseline: s.restore.ref.display };
    return report;
}
function evidenceExit(s, failOnGated) {
    if (s.evidence.verdicts.some((v) => v.exitCode === 2))
        return 2;
    return failOnGated ? 1 : 0;
}
/**
 * Exact counts. A dense gate run keeps only its top-ranked findings in memory (docs/findings.md); its
 * sink holds the exact tallies, so those count instead of the kept list.
 */
function exactCounts(s) {
    const sink = s.gate?.result.report.findingSet;
    if (!sink)
        return (0,finding/* countFindings */.Gt)(s.allFindings);
    const c = (0,finding/* countFindings */.Gt)(s.evidenceFindings);
    for (const source of ['test', 'policy', 'baseline', 'config']) {
        const g = sink.countsOf(source);
        c.error += g.error;
        c.warning += g.warning;
        c.note += g.note;
    }
    return c;
}
/** Each step is best effort; outputs and the failure come last, always. */
async function publishPhase(s) {
    const { inputs, ctx, env, note, cache } = s;
    const gatePass = s.gate?.result.report.exitCode === 0 && s.gate.result.report.completed ? s.gate.result.report.message : PASS_MESSAGE;
    const verdict = combineVerdicts(s.verdicts, gatePass);
    const trustworthy = s.inputProblems.length === 0 && s.internalError === undefined;
    const counts = exactCounts(s);
    // Before the annotation flush, notes are queued for it; after it, they use the budget that is left.
    let stepNote = note;
    const { deadline } = s;
    /** Network steps are skipped once the deadline has passed; local ones (reports, summary) always run. */
    const step = async (name, fn, network = false) => {
        if (network && deadline.expired) {
            stepNote({ level: 'warning', message: `${name} skipped: the step deadline (${deadline.seconds} s) ran out (verdict unchanged)` });
            return;
        }
        try {
            await core/* group */.Os(`Assay: ${name}`, async () => {
                await fn();
            });
        }
        catch (e) {
            stepNote({ level: 'warning', message: `${name} failed (verdict unchanged): ${e.message}` });
        }
    };
    // reports
    let written;
    await step('reports', () => {
        const report = combinedReport(s, verdict);
        const gr = s.gate?.result;
        const lintGated = s.verdicts.some((v) => v.source === 'lint' && v.exitCode === 1);
        written = (0,reports/* writeActionReports */.Dh)({
            report,
            category: ctx.category,
            ...(gr && gr.report.completed ? { gateRun: { findings: s.gateFindings, exitCode: gr.report.exitCode, ...(gr.report.findingSet ? { findingSet: gr.report.findingSet } : {}) } } : {}),
            evidenceRun: { findings: s.evidenceFindings, exitCode: trustworthy ? evidenceExit(s, lintGated) : verdict.exitCode, extras: s.evidence.extras, ...(s.evidence.ruleInfo ? { ruleInfo: s.evidence.ruleInfo } : {}) },
            allFindings: s.allFindings,
            junit: inputs.junit ? { configSuites: gr?.configSuites ?? [], policySuites: [...(gr?.policySuites ?? []), ...s.evidence.junitSuites] } : null,
            lintReports: s.evidence.lintReports,
            ...(s.diff ? { diff: s.diff.diff } : {}),
            ...(gr?.evalBaseline !== undefined ? { evalBaseline: gr.evalBaseline } : {}),
        }, { dir: inputs.reportsDir.path, reproducible: ctx.reproducible });
        for (const w of written.warnings)
            note({ level: 'warning', message: w });
        // A required report that could not be written: the step says what the reports say (docs/reports.md).
        if (written.ioError && verdict.exitCode !== 2) {
            Object.assign(verdict, { exitCode: report.exitCode, reasonCode: report.reasonCode, message: report.message, nextStep: report.nextStep, source: 'internal' });
            note({ level: 'warning', message: `E_IO_ERROR: ${report.message}` });
        }
        core/* info */.pq(`reports in ${inputs.reportsDir.display}: ${written.written.map((p) => p.slice(inputs.reportsDir.path.length + 1)).join(', ')}`);
        if (written.sarifOmitted > 0)
            note({ level: 'warning', message: `${written.sarifOmitted} results omitted from SARIF to fit GitHub code scanning limits; all findings are in run.json` });
    });
    const gateView = s.gate
        ? {
            mode: s.gate.mode,
            report: s.gate.result.report,
            ...(s.gate.result.stats ? { stats: s.gate.result.stats } : {}),
            badLines: s.gate.result.diagnostics.filter((d) => d.code === 'W_TRACE_SKIPPED_LINE'),
            findings: s.gateFindings.length,
        }
        : undefined;
    const model = {
        ctx,
        inputs,
        verdict,
        inputProblems: s.inputProblems,
        ...(gateView ? { gate: gateView } : {}),
        bundles: s.evidence.bundles,
        findings: s.allFindings,
        counts,
        baseline: {
            source: s.diff ? s.restore.source : 'none',
            ...(s.restore.ref ? { display: s.restore.ref.display } : {}),
            ...(s.restore.cacheKey ? { cacheKey: s.restore.cacheKey } : {}),
            new: s.diff?.counts.new ?? 0,
            fixed: s.diff?.counts.fixed ?? 0,
            unchanged: s.diff?.counts.unchanged ?? 0,
        },
        sarifOmitted: written?.sarifOmitted ?? 0,
        status: { codeScanning: 'not attempted', comment: 'n/a (not a pull request)' },
        notes: s.notes,
        reproduce: trustworthy ? reproduceCommands(inputs, s.traces.map((t) => t.display), s.evidence.bundles, s.restore.ref?.display, s.gate?.evalBaseline?.display) : [],
    };
    let restClient;
    const rest = () => (restClient ??= createRestClient(inputs.token, { timeoutMs: envInt(env, constants/* Env */.o9.HttpTimeoutMs, constants/* HTTP_TIMEOUT_MS */.a9), signal: deadline.signal }));
    const retry = { baseMs: envInt(env, constants/* Env */.o9.RetryBaseMs, constants/* RETRY_BASE_MS */.OQ), signal: deadline.signal };
    const restReady = inputs.token !== '' && ctx.repo !== undefined;
    let sarifUploaded = false;
    // SARIF upload
    await step('SARIF upload', async () => {
        if (!inputs.sarif)
            model.status.codeScanning = 'disabled (`sarif: false`)';
        else if (!trustworthy)
            model.status.codeScanning = 'skipped: no verdict was reached';
        else if (ctx.readOnly) {
            model.status.codeScanning = 'skipped: fork PR (read-only token)';
            note({ level: 'notice', message: 'fork PR: SARIF not uploaded; see job summary' });
        }
        else if (ctx.eventName === 'pull_request_target') {
            model.status.codeScanning = 'skipped: `pull_request_target`';
            note({ level: 'notice', message: 'pull_request_target: SARIF not uploaded (results would be filed against the base branch); see job summary' });
        }
        else if (!restReady) {
            model.status.codeScanning = inputs.token === '' ? 'skipped: no token' : 'skipped: no repository';
            if (inputs.token !== '')
                note({ level: 'warning', message: 'SARIF not uploaded: GITHUB_REPOSITORY is not set' });
        }
        else if (!written?.sarifText) {
            model.status.codeScanning = 'not uploaded: the SARIF file could not be written';
            note({ level: 'warning', message: 'SARIF not uploaded: the SARIF file could not be written' });
        }
        else {
            const r = await uploadSarif({
                rest: await rest(),
                ctx,
                sarifText: written.sarifText,
                pollMs: envInt(env, constants/* Env */.o9.PollMs, constants/* SARIF_POLL_INTERVAL_MS */.BF),
                pollTimeoutMs: envInt(env, constants/* Env */.o9.PollTimeoutMs, constants/* SARIF_POLL_TIMEOUT_MS */.jy),
                retry,
                signal: deadline.signal,
            });
            for (const n of r.notes)
                note(n);
            if (r.accepted)
                core/* exportVariable */.dN(ctx.categoryGuardVar, '1');
            sarifUploaded = r.uploaded;
            model.status.codeScanning =
                r.status === 'complete'
                    ? `uploaded (category \`${ctx.category}\`)`
                    : r.status === 'pending'
                        ? `accepted, still processing (category \`${ctx.category}\`)`
                        : `not uploaded (${r.status}; see notes)`;
        }
    }, true);
    // sticky PR comment
    await step('PR comment', async () => {
        const isPr = (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') && ctx.prNumber !== undefined;
        const body = buildComment(model);
        if (isPr)
            writeReportFile(inputs.reportsDir.path, 'comment.md', body);
        if (!isPr)
            return;
        if (!inputs.commentDiff)
            model.status.comment = 'disabled (`comment_diff: false`)';
        else if (ctx.readOnly) {
            model.status.comment = 'skipped: fork PR (read-only token)';
            note({ level: 'notice', message: 'fork PR: no PR comment (read-only token); the job summary has the same content' });
        }
        else if (!restReady)
            model.status.comment = inputs.token === '' ? 'skipped: no token' : 'skipped: no repository';
        else {
            const r = await upsertComment({
                rest: await rest(),
                owner: ctx.repo.owner,
                repo: ctx.repo.repo,
                prNumber: ctx.prNumber,
                marker: ctx.marker,
                body,
                create: s.allFindings.length > 0 || verdict.exitCode !== 0,
                retry,
            });
            for (const n of r.notes)
                note(n);
            model.status.comment =
                r.status === 'updated' ? 'updated' : r.status === 'created' ? 'created' : r.status === 'not-needed' ? 'not needed (nothing to report)' : 'failed (see notes)';
            core/* info */.pq(`PR comment: ${r.status} (${r.scanned} comments scanned)`);
        }
    }, true);
    // job summary
    await step('job summary', async () => {
        const { full, budgeted } = buildSummary(model);
        writeReportFile(inputs.reportsDir.path, 'summary.md', full);
        if (env.GITHUB_STEP_SUMMARY)
            await core/* summary */.z.addRaw(budgeted, true).write();
    });
    // annotations
    const annotator = new Annotator({
        annotate: (level, message, props) => annotate(level, message, props),
        log: (m) => core/* info */.pq(m),
    }, verdict.exitCode !== 0);
    await step('annotations', () => {
        annotator.flush(s.notes.filter((n) => n.level !== 'info').map((n) => ({ level: n.level, message: n.message })), s.allFindings, { error: counts.error, warning: counts.warning, notice: counts.note });
    });
    const lateNote = (n) => {
        s.notes.push(n);
        if (n.level === 'info')
            core/* info */.pq(n.message);
        else
            annotator.late(n.level, n.message);
    };
    stepNote = lateNote;
    // artifact upload
    await step('artifact upload', async () => {
        if (!inputs.uploadArtifacts)
            return;
        // The toolkit's artifact client takes no signal: the deadline abandons it instead.
        const r = await deadline.race(uploadReports({ name: ctx.artifactName, dir: inputs.reportsDir.path, serverUrl: ctx.serverUrl, env }), () => ({
            status: 'failed',
            notes: [{ level: 'warning', message: `reports artifact not uploaded: the step deadline (${deadline.seconds} s) ran out` }],
        }));
        for (const n of r.notes)
            lateNote(n);
        if (r.status === 'uploaded')
            core/* info */.pq(`artifact ${ctx.artifactName} uploaded${r.id !== undefined ? ` (id ${r.id})` : ''}`);
    }, true);
    // write baseline
    await step('write baseline', async () => {
        if (!inputs.writeBaseline)
            return;
        if (!ctx.isDefaultPush) {
            lateNote({ level: 'notice', message: 'baseline is written on default-branch pushes only' });
            return;
        }
        const failedVerify = s.evidence.bundles.some((b) => b.status === 'failed');
        if (!trustworthy || verdict.exitCode > 1 || failedVerify || !written?.findingsBaselinePath) {
            lateNote({ level: 'warning', message: `baseline not written: a run without a trustworthy verdict (exit ${verdict.exitCode}${failedVerify ? ', bundle verification failed' : ''}) never becomes a baseline` });
            return;
        }
        const save = saveBaseline(inputs, ctx, cache, {
            findingsBaselineFile: written.findingsBaselinePath,
            ...(written.evalBaselinePath ? { evalBaselineFile: written.evalBaselinePath } : {}),
        });
        const r = await deadline.race(save, () => ({ written: [], notes: [{ level: 'warning', message: `baseline not saved to the Actions cache: the step deadline (${deadline.seconds} s) ran out` }] }));
        core/* info */.pq(`baseline written: ${r.written.map((p) => p.slice(s.workspace.length + 1)).join(', ')}`);
        for (const n of r.notes)
            lateNote(n);
    }, true);
    // outputs, then fail
    try {
        const verified = s.evidence.counts.bundles === 0 ? '' : s.evidence.bundles.every((b) => b.status === 'verified') ? 'true' : 'false';
        const diffSummary = `Verified: ${s.evidence.counts.verified}, Errors: ${counts.error}, Warnings: ${counts.warning}` +
            (s.diff ? `, New: ${s.diff.counts.new}, Fixed: ${s.diff.counts.fixed}` : ', Baseline: none');
        const outputs = {
            [constants/* Output */.k7.Verified]: verified,
            [constants/* Output */.k7.FindingsError]: String(counts.error),
            [constants/* Output */.k7.FindingsWarn]: String(counts.warning),
            [constants/* Output */.k7.SarifPath]: (0,external_node_path_.join)(inputs.reportsDir.path, 'assay.sarif'),
            [constants/* Output */.k7.SarifUploaded]: String(sarifUploaded),
            [constants/* Output */.k7.DiffSummary]: diffSummary,
            [constants/* Output */.k7.DiffNewFindings]: String(s.diff?.counts.new ?? 0),
            [constants/* Output */.k7.ReportsDir]: inputs.reportsDir.path,
            [constants/* Output */.k7.ExitCode]: String(verdict.exitCode),
            [constants/* Output */.k7.ReasonCode]: verdict.reasonCode,
        };
        for (const [k, v] of Object.entries(outputs))
            core/* setOutput */.uH(k, v);
        core/* info */.pq(`Result: exit ${verdict.exitCode}${verdict.reasonCode ? ` ${verdict.reasonCode}` : ''} — ${verdict.message}`);
    }
    finally {
        if (verdict.exitCode !== 0) {
            core/* setFailed */.C1(`[${verdict.reasonCode}] ${verdict.message}${verdict.nextStep ? `\nNext step: ${verdict.nextStep}` : ''}`);
        }
        if (deadline.expired)
            exitAfterDeadline();
        deadline.dispose();
    }
}
/**
 * After the deadline, an abandoned call (a stalled socket inside a toolkit client) may still hold the
 * event loop. Outputs are written and the exit code is set by then, so the process leaves with that code
 * shortly after instead of waiting for GitHub to kill the step (the timer never keeps a finished run alive).
 */
function exitAfterDeadline() {
    setTimeout(() => process.exit(), 1000).unref();
}
function writeReportFile(dir, name, text) {
    (0,make_dirs/* makeDirs */.X)(dir);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), text);
}
function annotate(level, message, props) {
    if (level === 'error')
        core/* error */.z3(message, props);
    else if (level === 'warning')
        core/* warning */.$e(message, props);
    else
        core/* notice */.lm(message, props);
}


/***/ }),

/***/ 72995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dw: () => (/* binding */ canonicalize),
/* harmony export */   l4: () => (/* binding */ jcsSha256Hex)
/* harmony export */ });
/* unused harmony exports JcsError, canonicalBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// RFC 8785 JSON Canonicalization Scheme: the one canonical form used for hashing.
// Keys sorted by UTF-16 code units, no whitespace, ECMAScript number serialisation, strings
// escaped like JSON.stringify (which already emits the RFC's short forms and lowercase \u00xx).

class JcsError extends Error {
}
/** Canonical JSON text of `value`. Throws JcsError on NaN/Infinity, lone surrogates, BigInt and other non-JSON values. */
function canonicalize(value) {
    const out = [];
    write(value, out, false);
    return out.join('');
}
/** UTF-8 bytes of the canonical form. */
function canonicalBytes(value) {
    return new TextEncoder().encode(canonicalize(value));
}
function write(value, out, inArray) {
    if (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
        value = value.toJSON();
    }
    switch (typeof value) {
        case 'string':
            out.push(string(value));
            return;
        case 'number':
            if (!Number.isFinite(value))
                throw new JcsError(`cannot canonicalize non-finite number ${value}`);
            // Number#toString is the ECMAScript serialisation RFC 8785 mandates; -0 → "0".
            out.push(Object.is(value, -0) ? '0' : String(value));
            return;
        case 'boolean':
            out.push(value ? 'true' : 'false');
            return;
        case 'bigint':
            throw new JcsError('cannot canonicalize a BigInt');
        case 'undefined':
        case 'function':
        case 'symbol':
            // Like JSON.stringify: null inside arrays; object members holding these are skipped by the caller.
            if (inArray) {
                out.push('null');
                return;
            }
            throw new JcsError(`cannot canonicalize a value of type ${typeof value}`);
        default:
            break;
    }
    if (value === null) {
        out.push('null');
        return;
    }
    if (Array.isArray(value)) {
        out.push('[');
        value.forEach((item, i) => {
            if (i > 0)
                out.push(',');
            write(item, out, true);
        });
        out.push(']');
        return;
    }
    const obj = value;
    // Default sort() compares UTF-16 code units, which is exactly RFC 8785 §3.2.3.
    const keys = Object.keys(obj)
        .filter((k) => {
        const t = typeof obj[k];
        return t !== 'undefined' && t !== 'function' && t !== 'symbol';
    })
        .sort();
    out.push('{');
    keys.forEach((k, i) => {
        if (i > 0)
            out.push(',');
        out.push(string(k), ':');
        write(obj[k], out, false);
    });
    out.push('}');
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function string(s) {
    if (LONE_SURROGATE.test(s))
        throw new JcsError('cannot canonicalize a string with a lone surrogate');
    return JSON.stringify(s);
}
/** Hex sha256 of the UTF-8 canonical form: the content address used by fingerprints and cache keys. */
function jcsSha256Hex(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalize(value), 'utf8').digest('hex');
}


/***/ }),

/***/ 24201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iz: () => (/* reexport */ evaluateSequenceRules),
  n$: () => (/* reexport */ loadPolicyFile),
  ON: () => (/* reexport */ parsePolicy),
  qU: () => (/* reexport */ parseSequenceRules),
  H6: () => (/* reexport */ policyAssertsNothing),
  i0: () => (/* reexport */ policyFromValue)
});

// UNUSED EXPORTS: PATH_REGEX_TRAVERSAL, POLICY_MAX_BYTES, REASONS, ROOT_KEYS, SEQUENCE_KINDS, SequenceTracker, WITHIN_KEYWORD, WithinChecker, compileToolPattern, constraintSchema, folderProblem, hasLiteralStar, identityOf, isBlockingRule, isPathLikeName, isPolicyDocument, isUniversalPattern, isWithinFolder, makeSelector, matchToolPattern, normalizeAbsolutePath, pinDrift, probePathRegexes, toV2Document

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(62712);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(69723);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(72995);
// EXTERNAL MODULE: ./src/core/policy/load-context.ts
var load_context = __webpack_require__(42670);
;// CONCATENATED MODULE: ./src/core/policy/pins.ts
// tool_pins: a tool's identity is {server_id, tool_name, schema_hash,
// meta_hash} with schema_hash = sha256(JCS(inputSchema ?? null)), meta_hash = sha256(description ?? "").



const sha256 = (s) => (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
/**
 * The identity carried by `definition`: either an observed identity (has `schema_hash`) or a tool
 * definition (`meta.tool_definitions` entry or an MCP tools/list record). null when unusable.
 */
function identityOf(definition, fallbackName) {
    if (!(0,load_context/* isPlainObject */.Qd)(definition))
        return null;
    const d = definition;
    if (typeof d.schema_hash === 'string' || typeof d.meta_hash === 'string') {
        return {
            server_id: typeof d.server_id === 'string' ? d.server_id : null,
            tool_name: typeof d.tool_name === 'string' ? d.tool_name : typeof d.name === 'string' ? d.name : fallbackName,
            schema_hash: typeof d.schema_hash === 'string' ? d.schema_hash : '',
            meta_hash: typeof d.meta_hash === 'string' ? d.meta_hash : '',
        };
    }
    const ti = (0,load_context/* isPlainObject */.Qd)(d.tool_identity) ? d.tool_identity : undefined;
    const serverId = typeof d.server_id === 'string' ? d.server_id : typeof ti?.server_id === 'string' ? ti.server_id : null;
    const schema = d.input_schema !== undefined ? d.input_schema : d.inputSchema !== undefined ? d.inputSchema : null;
    let schemaHash;
    try {
        schemaHash = sha256((0,jcs/* canonicalize */.dw)(schema));
    }
    catch {
        return null;
    }
    return {
        server_id: serverId,
        tool_name: typeof d.name === 'string' ? d.name : typeof d.tool_name === 'string' ? d.tool_name : fallbackName,
        schema_hash: schemaHash,
        meta_hash: sha256(typeof d.description === 'string' ? d.description : ''),
    };
}
/** Which pinned fields differ (empty = no drift). */
function pinDrift(pin, id) {
    const out = [];
    if (id.server_id !== pin.server_id)
        out.push('server_id');
    if (id.tool_name !== pin.tool_name)
        out.push('tool_name');
    if (id.schema_hash !== pin.schema_hash)
        out.push('schema_hash');
    if (id.meta_hash !== pin.meta_hash)
        out.push('meta_hash');
    return out;
}

// EXTERNAL MODULE: ./src/core/regex/re2.ts + 1 modules
var re2 = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/core/policy/sequences.ts
// Sequence rules as incremental trackers with O(rules) state: no per-call history is
// kept, so the same code serves the proxy (probe before admitting a call) and replay (feed every
// call, read the outcome after the last one).

const q = (s) => JSON.stringify(s);
const held = (spanned) => ({ status: 'held', spanned, reason: null, call_index: null });
/** Kinds that block a call in incremental mode. */
function isBlockingRule(r) {
    return (r.kind === 'blocklist' ||
        r.kind === 'max_calls' ||
        r.kind === 'before' ||
        r.kind === 'never_after' ||
        (r.kind === 'sequence' && r.strict));
}
function makeState(r) {
    switch (r.kind) {
        case 'require': {
            let first = -1;
            return {
                wouldViolate: () => false,
                feed(c) {
                    if (first < 0 && c.m(r.tool))
                        first = c.index;
                },
                result: () => first >= 0
                    ? held([first])
                    : { status: 'violated', spanned: [], reason: `required tool ${q(r.tool.render)} was never called`, call_index: null },
            };
        }
        case 'blocklist': {
            let at = -1;
            let name = '';
            return {
                wouldViolate: (c) => c.name.includes(r.pattern),
                feed(c) {
                    if (at < 0 && c.name.includes(r.pattern)) {
                        at = c.index;
                        name = c.name;
                    }
                },
                result: () => at >= 0
                    ? {
                        status: 'violated',
                        spanned: [at],
                        reason: `tool ${q(name)} (call #${at}) matches blocklist pattern ${q(r.pattern)}`,
                        call_index: at,
                    }
                    : held([]),
            };
        }
        case 'before': {
            let a = -1;
            let b = -1;
            let violated = false;
            return {
                wouldViolate: (c) => b < 0 && a < 0 && c.m(r.then) && !c.m(r.first),
                feed(c) {
                    if (a < 0 && c.m(r.first))
                        a = c.index;
                    if (b < 0 && c.m(r.then)) {
                        b = c.index;
                        if (a < 0)
                            violated = true;
                    }
                },
                result() {
                    if (b < 0) {
                        return { status: 'not_exercised', spanned: [], reason: `${q(r.then.render)} never occurred`, call_index: null };
                    }
                    if (violated) {
                        return {
                            status: 'violated',
                            spanned: a >= 0 ? [b, a] : [b],
                            reason: a >= 0
                                ? `${q(r.then.render)} (call #${b}) occurred before the first ${q(r.first.render)} (call #${a})`
                                : `${q(r.then.render)} (call #${b}) occurred without a preceding ${q(r.first.render)}`,
                            call_index: b,
                        };
                    }
                    return held([a, b]);
                },
            };
        }
        case 'never_after': {
            let t = -1;
            let v = -1;
            return {
                wouldViolate: (c) => t >= 0 && c.m(r.forbidden),
                feed(c) {
                    if (t >= 0 && v < 0 && c.m(r.forbidden))
                        v = c.index;
                    if (t < 0 && c.m(r.trigger))
                        t = c.index;
                },
                result() {
                    if (t < 0) {
                        return { status: 'not_exercised', spanned: [], reason: `${q(r.trigger.render)} never occurred`, call_index: null };
                    }
                    if (v >= 0) {
                        return {
                            status: 'violated',
                            spanned: [t, v],
                            reason: `${q(r.forbidden.render)} (call #${v}) occurred after ${q(r.trigger.render)} (call #${t})`,
                            call_index: v,
                        };
                    }
                    return held([t]);
                },
            };
        }
        case 'max_calls': {
            let count = 0;
            let first = -1;
            let v = -1;
            return {
                wouldViolate: (c) => count + 1 > r.max && c.m(r.tool),
                feed(c) {
                    if (!c.m(r.tool))
                        return;
                    count++;
                    if (first < 0)
                        first = c.index;
                    if (count > r.max && v < 0)
                        v = c.index;
                },
                result: () => v >= 0
                    ? {
                        status: 'violated',
                        spanned: [v],
                        reason: `${q(r.tool.render)} was called ${count} times (max ${r.max}); call #${v} exceeded the limit`,
                        call_index: v,
                    }
                    : held(first >= 0 ? [first] : []),
            };
        }
        case 'eventually': {
            let idx = -1;
            let pos = -1;
            return {
                wouldViolate: () => false,
                feed(c) {
                    if (idx < 0 && c.m(r.tool)) {
                        idx = c.index;
                        pos = c.pos;
                    }
                },
                result() {
                    if (idx < 0) {
                        return {
                            status: 'violated',
                            spanned: [],
                            reason: `${q(r.tool.render)} never occurred (required within the first ${r.within} calls)`,
                            call_index: null,
                        };
                    }
                    if (pos >= r.within) {
                        return {
                            status: 'violated',
                            spanned: [idx],
                            reason: `${q(r.tool.render)} first occurred at call #${idx}, not within the first ${r.within} calls`,
                            call_index: idx,
                        };
                    }
                    return held([idx]);
                },
            };
        }
        case 'after': {
            // Only the earliest unanswered trigger matters: a `then` answering it answers every later
            // pending trigger too (their windows end later), so one slot is exact until the first miss.
            let pendingPos = -1;
            let pendingIdx = -1;
            let firstTrigger = -1;
            let firstAnswer = -1;
            let missed = -1;
            return {
                wouldViolate: () => false,
                feed(c) {
                    if (missed >= 0)
                        return;
                    if (pendingPos >= 0 && c.pos > pendingPos + r.within) {
                        missed = pendingIdx;
                        return;
                    }
                    if (pendingPos >= 0 && c.m(r.then)) {
                        if (firstAnswer < 0)
                            firstAnswer = c.index;
                        pendingPos = -1;
                    }
                    if (c.m(r.trigger)) {
                        if (firstTrigger < 0)
                            firstTrigger = c.index;
                        if (pendingPos < 0) {
                            pendingPos = c.pos;
                            pendingIdx = c.index;
                        }
                    }
                },
                result() {
                    if (firstTrigger < 0) {
                        return { status: 'not_exercised', spanned: [], reason: `${q(r.trigger.render)} never occurred`, call_index: null };
                    }
                    const miss = missed >= 0 ? missed : pendingPos >= 0 ? pendingIdx : -1;
                    if (miss >= 0) {
                        return {
                            status: 'violated',
                            spanned: [miss],
                            reason: `${q(r.then.render)} did not occur within ${r.within} call(s) after ${q(r.trigger.render)} (call #${miss})`,
                            call_index: miss,
                        };
                    }
                    return held(firstAnswer >= 0 ? [firstTrigger, firstAnswer] : [firstTrigger]);
                },
            };
        }
        case 'sequence': {
            const k = r.tools.length;
            let next = 0;
            const spanned = [];
            let vAt = -1;
            let vReason = '';
            return {
                wouldViolate: (c) => r.strict && vAt < 0 && next > 0 && next < k && !c.m(r.tools[next]),
                feed(c) {
                    if (vAt >= 0 || next >= k)
                        return;
                    const expected = r.tools[next];
                    if (c.m(expected)) {
                        spanned.push(c.index);
                        next++;
                        return;
                    }
                    if (r.strict) {
                        if (next > 0) {
                            vAt = c.index;
                            vReason = `expected ${q(expected.render)} at call #${c.index} but got ${q(c.name)} (strict sequence)`;
                        }
                        return;
                    }
                    for (let j = next + 1; j < k; j++) {
                        if (c.m(r.tools[j])) {
                            vAt = c.index;
                            vReason = `${q(r.tools[j].render)} (call #${c.index}) occurred before ${q(expected.render)}`;
                            return;
                        }
                    }
                },
                result() {
                    if (vAt >= 0)
                        return { status: 'violated', spanned: [...spanned, vAt], reason: vReason, call_index: vAt };
                    if (next === 0) {
                        return { status: 'not_exercised', spanned: [], reason: 'no listed tool occurred', call_index: null };
                    }
                    if (next < k) {
                        return {
                            status: 'violated',
                            spanned: [...spanned],
                            reason: `sequence reached ${q(r.tools[next - 1].render)} but ${q(r.tools[next].render)} never followed`,
                            call_index: null,
                        };
                    }
                    return held([...spanned]);
                },
            };
        }
    }
}
/** Trackers for a list of rules (one per episode in replay, one per session in the proxy). */
// Selector ids depend only on the rules: computed once per policy, not once per episode.
const SELECTOR_IDS = new WeakMap();
function selectorIds(rules) {
    let ids = SELECTOR_IDS.get(rules);
    if (!ids) {
        ids = new Map();
        for (const r of rules)
            for (const s of selectorsOf(r))
                if (!ids.has(s))
                    ids.set(s, ids.size);
        SELECTOR_IDS.set(rules, ids);
    }
    return ids;
}
class SequenceTracker {
    rules;
    states;
    blocking;
    blockedCounts;
    selIds;
    memoGen;
    memoVal;
    gen = 0;
    fed = 0;
    view;
    /** A selector's args_match regex could not check an argument (too long for its work bound). */
    unverifiable = null;
    constructor(rules) {
        this.rules = rules;
        this.states = rules.map(makeState);
        this.blocking = rules.map(isBlockingRule);
        this.blockedCounts = rules.map(() => 0);
        this.selIds = selectorIds(rules);
        this.memoGen = new Int32Array(this.selIds.size);
        this.memoVal = new Uint8Array(this.selIds.size);
        const self = this;
        this.view = {
            name: '',
            args: undefined,
            index: 0,
            pos: 0,
            m(sel) {
                const id = self.selIds.get(sel);
                if (self.memoGen[id] === self.gen)
                    return self.memoVal[id] === 1;
                let v;
                try {
                    v = sel.matches(this.name, this.args);
                }
                catch (e) {
                    if (!(e instanceof re2/* RegexBudgetError */.$t))
                        throw e;
                    // Counted as a match (a forbidding rule then blocks), and flagged so the engine fails closed.
                    v = true;
                    self.unverifiable = sel;
                }
                self.memoGen[id] = self.gen;
                self.memoVal[id] = v ? 1 : 0;
                return v;
            },
        };
    }
    load(name, args, index) {
        this.gen++;
        const v = this.view;
        v.name = name;
        v.args = args;
        v.index = index;
        v.pos = this.fed;
        return v;
    }
    /** Index (in `rules`) of the first blocking rule this call would violate now, or -1. */
    probe(name, args, index) {
        if (this.rules.length === 0)
            return -1;
        const v = this.load(name, args, index);
        for (let i = 0; i < this.states.length; i++) {
            if (this.blocking[i] && this.states[i].wouldViolate(v))
                return i;
        }
        return -1;
    }
    /** Record a call (every call in replay; admitted calls in the proxy). Reuses the probe's memo. */
    feed(name, args, index, reuseProbe = false) {
        if (this.rules.length > 0) {
            const v = reuseProbe && this.view.name === name && this.view.index === index ? this.view : this.load(name, args, index);
            for (const s of this.states)
                s.feed(v);
        }
        this.fed++;
    }
    /** The selector that could not be checked for the last call (then cleared), or null. */
    takeUnverifiable() {
        const s = this.unverifiable;
        this.unverifiable = null;
        return s;
    }
    noteBlocked(ruleIndex) {
        this.blockedCounts[ruleIndex] = (this.blockedCounts[ruleIndex] ?? 0) + 1;
    }
    outcomes() {
        return this.rules.map((r, i) => {
            const res = this.states[i].result();
            const o = {
                rule_id: r.ruleId,
                kind: r.kind,
                index: r.index,
                status: res.status,
                spanned: res.spanned,
                reason: res.reason,
                call_index: res.call_index,
                rule: r.rule,
                blocked: this.blockedCounts[i],
            };
            if (r.ref)
                o.ruleRef = r.ref;
            return o;
        });
    }
}
function selectorsOf(r) {
    switch (r.kind) {
        case 'require':
        case 'max_calls':
        case 'eventually':
            return [r.tool];
        case 'blocklist':
            return [];
        case 'before':
            return [r.first, r.then];
        case 'never_after':
            return [r.trigger, r.forbidden];
        case 'after':
            return [r.trigger, r.then];
        case 'sequence':
            return r.tools;
    }
}
/** Replay helper: every call fed in order, outcomes for the complete episode. */
function evaluateSequenceRules(rules, calls) {
    const t = new SequenceTracker(rules);
    calls.forEach((c, i) => t.feed(c.tool_name, c.args, c.index ?? i));
    return t.outcomes();
}

// EXTERNAL MODULE: ./src/core/policy/within.ts
var within = __webpack_require__(9627);
;// CONCATENATED MODULE: ./src/core/policy/engine.ts
// The one decision engine: first match decides, in this order —
// 1 pins, 2 limits (counted before any deny), 3 deny, 4 allowlist, 5 approval (runtime),
// 6 sequences (incremental), 7 schema, 8 unconstrained, 9 allow.



const REASONS = {
    driftDiffers: 'Tool metadata or schema differs from the pinned identity',
    driftNotObserved: 'Pinned tool was not observed in tools/list this session',
    driftNoDefinition: 'Pinned tool has no definition in this episode (meta.tool_definitions)',
    rateToolCalls: 'Session tool-call limit exceeded',
    rateRequests: 'Session request limit exceeded',
    deniedName: 'Tool is explicitly denylisted by name',
    deniedClass: 'Tool is explicitly denylisted by class',
    deniedBoth: 'Tool is explicitly denylisted by name and class',
    notAllowed: 'Tool is not in allowlist',
    approval: 'Tool requires approval and this proxy has no approval channel',
    argSchema: 'Arguments do not match the tool schema',
    argOutside: 'A path argument is outside the folders the policy allows',
    schemaOk: 'Arguments match the tool schema',
    schemaEval: 'Tool schema could not be evaluated',
    selectorEval: 'An argument is too long to check against a sequence rule\'s args_match regex',
    unconstrainedDeny: 'Tool has no schema (enforcement: deny)',
    unconstrainedWarn: 'Tool has no schema (enforcement: warn)',
    unconstrainedAllow: 'Tool has no schema (enforcement: allow)',
    allowed: 'Tool call allowed by policy',
};
// Element slots for "exercised" bookkeeping.
const EL_DENY = 0;
const EL_ALLOW = 1;
const EL_UNCONSTRAINED = 2;
const EL_LIMITS = 3;
const EL_PINS = 4;
function fileStart(file) {
    return { file, line: 1, col: 1 };
}
function mk(decision, code, tool, reason, rule, ref, element) {
    const d = { decision, code, tool, reason, rule };
    if (ref)
        d.ruleRef = ref;
    if (element !== undefined)
        d.element = element;
    return d;
}
function firstPattern(list, name) {
    const e = list.entries;
    for (let i = 0; i < e.length; i++)
        if (e[i].matcher.test(name))
            return i;
    return -1;
}
function firstClass(list, classes) {
    if (!classes || classes.length === 0)
        return -1;
    const e = list.entries;
    for (let i = 0; i < e.length; i++)
        if (classes.includes(e[i].cls))
            return i;
    return -1;
}
class PolicyImpl {
    file;
    name;
    version;
    declaredVersion;
    metadata;
    spelling;
    tools;
    toolClasses;
    schemas;
    sharedDefs;
    enforcement;
    limits;
    toolPins;
    sequences;
    aliases;
    onError;
    signatures;
    discovery;
    runtimeMonitor;
    killSwitch;
    elements;
    /** Slot → element (or undefined when the policy has no such element). */
    fixedElements;
    schemaElements;
    sequenceElements;
    hasDeny;
    hasAllowlist;
    hasObligations;
    allowRule;
    allowRef;
    unconstrainedRef;
    constructor(d) {
        this.file = d.file;
        this.name = d.name;
        this.version = d.version;
        this.declaredVersion = d.declaredVersion;
        this.metadata = d.metadata;
        this.spelling = d.spelling;
        this.tools = d.tools;
        this.toolClasses = d.toolClasses;
        this.schemas = d.schemas;
        this.sharedDefs = d.sharedDefs;
        this.enforcement = d.enforcement;
        this.limits = d.limits;
        this.toolPins = d.toolPins;
        this.sequences = d.sequences;
        this.aliases = d.aliases;
        this.onError = d.onError;
        this.signatures = d.signatures;
        this.discovery = d.discovery;
        this.runtimeMonitor = d.runtimeMonitor;
        this.killSwitch = d.killSwitch;
        const t = d.tools;
        this.hasDeny = t.deny.entries.length > 0 || t.denyClasses.entries.length > 0;
        this.hasAllowlist = t.allow !== null || t.allowClasses !== null;
        this.hasObligations =
            t.approvalRequired.entries.length > 0 ||
                t.approvalRequiredClasses.entries.length > 0 ||
                t.restrictScope.entries.length > 0 ||
                t.restrictScopeClasses.entries.length > 0 ||
                t.redactArgs.entries.length > 0 ||
                t.redactArgsClasses.entries.length > 0;
        this.allowRule = t.allow === null && t.allowClasses !== null ? 'tools.allow_classes' : 'tools.allow';
        this.allowRef = t.allow?.ref ?? t.allowClasses?.ref;
        this.unconstrainedRef = d.enforcement.ref ?? fileStart(d.file);
        const el = (id, kind, ref, name = id) => ref ? { id, name, kind, ref } : { id, name, kind };
        const fixed = [];
        if (this.hasDeny)
            fixed[EL_DENY] = el('tools.deny', 'deny', t.deny.ref ?? t.denyClasses.ref);
        if (this.hasAllowlist)
            fixed[EL_ALLOW] = el('tools.allow', 'allow', this.allowRef);
        fixed[EL_UNCONSTRAINED] = el('enforcement.unconstrained_tools', 'unconstrained', this.unconstrainedRef);
        if (d.limits)
            fixed[EL_LIMITS] = el('limits', 'limits', d.limits.ref);
        if (d.toolPins.size > 0) {
            const firstPin = d.toolPins.values().next().value;
            fixed[EL_PINS] = el('tool_pins', 'tool_pins', firstPin.ref);
        }
        this.fixedElements = fixed;
        this.schemaElements = new Map();
        for (const [tool, s] of d.schemas)
            this.schemaElements.set(tool, el(`schemas.${tool}`, 'schema', s.ref));
        this.sequenceElements = d.sequences.map((r) => el(`sequences[${r.index}]`, 'sequence', r.ref, r.ruleId));
        // Policy order: tools.deny, tools.allow, schemas.<tool>, enforcement, limits, tool_pins, sequences[i].
        this.elements = [
            ...[fixed[EL_DENY], fixed[EL_ALLOW]].filter((e) => e !== undefined),
            ...this.schemaElements.values(),
            ...[fixed[EL_UNCONSTRAINED], fixed[EL_LIMITS], fixed[EL_PINS]].filter((e) => e !== undefined),
            ...this.sequenceElements,
        ];
    }
    newSession(opts) {
        return new Session(this, opts ?? {});
    }
    nameDecision(toolName, definition, opts = {}) {
        const name = String(toolName);
        const pin = this.pinCheck(name, definition, opts.runtime === true);
        if (pin)
            return pin;
        const pre = this.nameChecks(name, opts);
        if (pre)
            return pre;
        if (!this.schemas.has(name) && this.enforcement.unconstrainedTools === 'deny') {
            return mk('deny', 'E_TOOL_UNCONSTRAINED', name, REASONS.unconstrainedDeny, 'enforcement.unconstrained_tools', this.unconstrainedRef, 'enforcement.unconstrained_tools');
        }
        return mk('allow', null, name, REASONS.allowed, null, undefined, undefined);
    }
    /** Step 1. `definition === undefined` is "no identity available". */
    pinCheck(name, definition, runtime) {
        if (this.toolPins.size === 0)
            return null;
        const pin = this.toolPins.get(name);
        if (!pin)
            return null;
        const rule = `tool_pins.${name}`;
        if (definition === undefined || definition === null) {
            if (definition === undefined && !runtime)
                return null; // replay without definitions: not exercised
            return mk('deny', 'E_TOOL_DRIFT', name, runtime ? REASONS.driftNotObserved : REASONS.driftNoDefinition, rule, pin.ref, 'tool_pins');
        }
        const id = identityOf(definition, name);
        if (!id || pinDrift(pin, id).length > 0)
            return mk('deny', 'E_TOOL_DRIFT', name, REASONS.driftDiffers, rule, pin.ref, 'tool_pins');
        return null;
    }
    /** Steps 3–5 (name only). */
    // Steps 3–5 depend only on the tool name (and whether approvals deny), so their outcome is memoised per
    // name; bounded so a trace with millions of distinct names cannot grow it without limit.
    nameMemo = new Map();
    nameChecks(name, opts) {
        const key = opts.runtime === true && opts.approvals !== 'log-only' ? `\u0001${name}` : name;
        let d = this.nameMemo.get(key);
        if (d === undefined) {
            d = this.nameChecksUncached(name, opts);
            if (this.nameMemo.size >= 4096)
                this.nameMemo.clear();
            this.nameMemo.set(key, d);
        }
        return d === null ? null : { ...d };
    }
    nameChecksUncached(name, opts) {
        const t = this.tools;
        const classes = this.toolClasses.get(name);
        if (this.hasDeny) {
            const byName = firstPattern(t.deny, name);
            const byClass = firstClass(t.denyClasses, classes);
            if (byName >= 0 || byClass >= 0) {
                const reason = byName >= 0 && byClass >= 0 ? REASONS.deniedBoth : byName >= 0 ? REASONS.deniedName : REASONS.deniedClass;
                if (byName >= 0) {
                    const e = t.deny.entries[byName];
                    return mk('deny', 'E_TOOL_DENIED', name, reason, `tools.deny[${e.index}]=${e.pattern}`, e.ref, 'tools.deny');
                }
                const c = t.denyClasses.entries[byClass];
                return mk('deny', 'E_TOOL_DENIED', name, reason, `tools.deny_classes[${c.index}]=${c.cls}`, c.ref, 'tools.deny');
            }
        }
        if (this.hasAllowlist) {
            const ok = (t.allow !== null && firstPattern(t.allow, name) >= 0) || (t.allowClasses !== null && firstClass(t.allowClasses, classes) >= 0);
            if (!ok)
                return mk('deny', 'E_TOOL_NOT_ALLOWED', name, REASONS.notAllowed, this.allowRule, this.allowRef, 'tools.allow');
        }
        if (opts.runtime === true && opts.approvals !== 'log-only') {
            const a = this.approvalMatch(name, classes);
            if (a)
                return mk('deny', 'E_APPROVAL_REQUIRED', name, REASONS.approval, a.rule, a.ref, 'tools.approval_required');
        }
        return null;
    }
    approvalMatch(name, classes) {
        const t = this.tools;
        const i = firstPattern(t.approvalRequired, name);
        if (i >= 0) {
            const e = t.approvalRequired.entries[i];
            return { rule: `tools.approval_required[${e.index}]=${e.pattern}`, ref: e.ref };
        }
        const j = firstClass(t.approvalRequiredClasses, classes);
        if (j >= 0) {
            const c = t.approvalRequiredClasses.entries[j];
            return { rule: `tools.approval_required_classes[${c.index}]=${c.cls}`, ref: c.ref };
        }
        return null;
    }
    /** Obligations an allowed call carries (recorded by the proxy, never a deny here). */
    obligationsFor(name, opts) {
        if (!this.hasObligations)
            return undefined;
        const t = this.tools;
        const classes = this.toolClasses.get(name);
        const out = [];
        if (!(opts.runtime === true && opts.approvals !== 'log-only')) {
            const a = this.approvalMatch(name, classes);
            if (a)
                out.push({ type: 'approval_required', rule: a.rule });
        }
        const listed = (p, c, key) => {
            const i = firstPattern(p, name);
            if (i >= 0)
                return `tools.${key}[${p.entries[i].index}]=${p.entries[i].pattern}`;
            const j = firstClass(c, classes);
            if (j >= 0)
                return `tools.${key}_classes[${c.entries[j].index}]=${c.entries[j].cls}`;
            return null;
        };
        const rs = listed(t.restrictScope, t.restrictScopeClasses, 'restrict_scope');
        if (rs)
            out.push(t.restrictScopeContract ? { type: 'restrict_scope', rule: rs, contract: t.restrictScopeContract } : { type: 'restrict_scope', rule: rs });
        const ra = listed(t.redactArgs, t.redactArgsClasses, 'redact_args');
        if (ra)
            out.push(t.redactArgsContract ? { type: 'redact_args', rule: ra, contract: t.redactArgsContract } : { type: 'redact_args', rule: ra });
        return out.length > 0 ? out : undefined;
    }
}
class Session {
    p;
    defaults;
    toolCalls = 0;
    requests = 0;
    count = 0;
    tracker;
    fixedHit = [false, false, false, false, false];
    schemaHit = new Set();
    constructor(p, defaults) {
        this.p = p;
        this.defaults = defaults;
        this.tracker = new SequenceTracker(p.sequences);
    }
    get calls() {
        return this.count;
    }
    noteRequest() {
        this.requests++;
    }
    decide(call, opts) {
        const o = opts ? { ...this.defaults, ...opts } : this.defaults;
        const name = typeof call.tool_name === 'string' ? call.tool_name : String(call.tool_name);
        const args = call.args === undefined ? {} : call.args;
        const index = call.index ?? this.count;
        this.count++;
        // Step 2's counters move before any deny, step 1 included.
        this.toolCalls++;
        this.requests++;
        const incremental = o.incremental === true;
        let d = this.evaluate(name, args, call.definition, index, o, incremental);
        // A sequence selector whose args_match regex cannot check this call's argument (longer than the
        // regex's work bound, docs/regex.md) is an evaluation error: on_error decides, block by default.
        // The selector counts as matched meanwhile, so a forbidding rule blocks rather than passes.
        const probed = incremental ? this.tracker.takeUnverifiable() : null;
        if (probed && d.decision !== 'deny')
            d = this.unverifiableDecision(name, probed.render);
        if (incremental) {
            // A denied call never happened, unless the caller forwards it anyway (proxy --dry-run).
            if (d.decision !== 'deny' || o.admitDenied === true)
                this.tracker.feed(name, args, index, true);
        }
        else {
            this.tracker.feed(name, args, index);
        }
        const fed = this.tracker.takeUnverifiable();
        if (fed && d.decision !== 'deny')
            d = this.unverifiableDecision(name, fed.render);
        return d;
    }
    unverifiableDecision(name, selector) {
        const reason = `${REASONS.selectorEval} (${selector})`;
        return this.p.onError === 'block'
            ? mk('deny', 'E_SCHEMA_COMPILE', name, reason, 'sequences', undefined, 'sequences')
            : mk('allow_with_warning', 'E_SCHEMA_COMPILE', name, reason, 'sequences', undefined, 'sequences');
    }
    evaluate(name, args, definition, index, o, incremental) {
        const p = this.p;
        const runtime = o.runtime === true;
        // 1. pins
        if (p.toolPins.size > 0 && p.toolPins.has(name) && (definition !== undefined || runtime))
            this.fixedHit[EL_PINS] = true;
        const pin = p.pinCheck(name, definition, runtime);
        if (pin)
            return pin;
        // 2. limits
        const lim = p.limits;
        if (lim) {
            this.fixedHit[EL_LIMITS] = true;
            if (lim.maxToolCallsTotal !== null && this.toolCalls > lim.maxToolCallsTotal) {
                return mk('deny', 'E_RATE_LIMIT', name, REASONS.rateToolCalls, 'limits.max_tool_calls_total', lim.maxToolCallsRef, 'limits');
            }
            if (lim.maxRequestsTotal !== null && this.requests > lim.maxRequestsTotal) {
                return mk('deny', 'E_RATE_LIMIT', name, REASONS.rateRequests, 'limits.max_requests_total', lim.maxRequestsRef, 'limits');
            }
        }
        // 3–5. deny, allowlist, approval
        if (p.hasDeny)
            this.fixedHit[EL_DENY] = true;
        const pre = p.nameChecks(name, o);
        if (p.hasAllowlist && (pre === null || pre.code !== 'E_TOOL_DENIED'))
            this.fixedHit[EL_ALLOW] = true;
        if (pre)
            return pre;
        // 6. sequences (incremental only)
        if (incremental && p.sequences.length > 0) {
            const ri = this.tracker.probe(name, args, index);
            if (ri >= 0) {
                this.tracker.noteBlocked(ri);
                const r = p.sequences[ri];
                return mk('deny', 'E_SEQUENCE_VIOLATION', name, `Call would violate sequence rule ${r.ruleId}`, r.rule, r.ref, `sequences[${r.index}]`);
            }
        }
        // 7. schema
        const schema = p.schemas.get(name);
        let d;
        if (schema) {
            this.schemaHit.add(name);
            const rule = `schemas.${name}`;
            let violations;
            try {
                violations = schema.validate(args);
            }
            catch {
                return p.onError === 'block'
                    ? mk('deny', 'E_SCHEMA_COMPILE', name, REASONS.schemaEval, rule, schema.ref, rule)
                    : mk('allow_with_warning', 'E_SCHEMA_COMPILE', name, REASONS.schemaEval, rule, schema.ref, rule);
            }
            if (violations.length > 0) {
                // Same decision shape as any schema failure; the reason says when a path left its folders.
                const outside = violations.some((v) => v.constraint === within/* WITHIN_KEYWORD */.wW);
                d = mk('deny', 'E_ARG_SCHEMA', name, outside ? REASONS.argOutside : REASONS.argSchema, rule, schema.ref, rule);
                d.violations = violations;
                return d;
            }
            d = mk('allow', null, name, REASONS.schemaOk, rule, schema.ref, rule);
        }
        else {
            // 8. unconstrained
            this.fixedHit[EL_UNCONSTRAINED] = true;
            const mode = p.enforcement.unconstrainedTools;
            const rule = 'enforcement.unconstrained_tools';
            if (mode === 'deny')
                return mk('deny', 'E_TOOL_UNCONSTRAINED', name, REASONS.unconstrainedDeny, rule, p.unconstrainedRef, rule);
            d =
                mode === 'warn'
                    ? mk('allow_with_warning', 'E_TOOL_UNCONSTRAINED', name, REASONS.unconstrainedWarn, rule, p.unconstrainedRef, rule)
                    : mk('allow', null, name, REASONS.unconstrainedAllow, rule, p.unconstrainedRef, rule);
        }
        const ob = p.obligationsFor(name, o);
        if (ob)
            d.obligations = ob;
        return d;
    }
    finish() {
        return this.tracker.outcomes();
    }
    collectExercised(into) {
        const p = this.p;
        p.fixedElements.forEach((e, slot) => {
            if (e && this.fixedHit[slot])
                into.add(e.id);
        });
        for (const name of this.schemaHit)
            into.add(`schemas.${name}`);
    }
    elementStats() {
        const p = this.p;
        const outcomes = p.sequences.length > 0 ? this.tracker.outcomes() : [];
        const stats = [];
        for (const e of p.elements) {
            let exercised = false;
            if (e.kind === 'schema')
                exercised = this.schemaHit.has(e.id.slice('schemas.'.length));
            else if (e.kind === 'sequence') {
                const o = outcomes.find((x) => `sequences[${x.index}]` === e.id);
                exercised = o !== undefined && (o.status !== 'not_exercised' || o.blocked > 0);
            }
            else {
                const slot = p.fixedElements.indexOf(e);
                exercised = slot >= 0 && this.fixedHit[slot] === true;
            }
            stats.push({ element: e, exercised });
        }
        return stats;
    }
}
function createPolicy(data) {
    return new PolicyImpl(data);
}

;// CONCATENATED MODULE: ./src/core/policy/load-runtime.ts

/** Unknown keys are errors (warnings when lenient): a typo could silently drop a limit or a rule. */
function closedKeys(ctx, path, obj, allowed, rule = false) {
    ctx.checkKeys(path, obj, allowed, { rule });
}
function oneOf(ctx, path, v, values) {
    if (typeof v === 'string' && values.includes(v))
        return v;
    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be one of: ${values.join(', ')}`);
    return null;
}
function mapping(ctx, path, v) {
    if ((0,load_context/* isPlainObject */.Qd)(v))
        return v;
    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a mapping`);
    return null;
}
function parseEnforcement(ctx, root) {
    const out = { unconstrainedTools: 'warn', explicit: false };
    if (!(0,load_context/* has */.zy)(root, 'enforcement') || root.enforcement === null)
        return out;
    const e = mapping(ctx, ['enforcement'], root.enforcement);
    if (!e)
        return out;
    closedKeys(ctx, ['enforcement'], e, ['unconstrained_tools']);
    if ((0,load_context/* has */.zy)(e, 'unconstrained_tools')) {
        const v = oneOf(ctx, ['enforcement', 'unconstrained_tools'], e.unconstrained_tools, ['warn', 'deny', 'allow']);
        if (v) {
            out.unconstrainedTools = v;
            out.explicit = true;
            const ref = ctx.ref(['enforcement', 'unconstrained_tools'], true);
            if (ref)
                out.ref = ref;
        }
    }
    return out;
}
function parseLimits(ctx, root) {
    if (!(0,load_context/* has */.zy)(root, 'limits') || root.limits === null)
        return null;
    const l = mapping(ctx, ['limits'], root.limits);
    if (!l)
        return null;
    closedKeys(ctx, ['limits'], l, ['max_requests_total', 'max_tool_calls_total']);
    const out = { maxRequestsTotal: null, maxToolCallsTotal: null };
    const ref = ctx.ref(['limits'], true);
    if (ref)
        out.ref = ref;
    for (const key of ['max_requests_total', 'max_tool_calls_total']) {
        if (!(0,load_context/* has */.zy)(l, key) || l[key] === null)
            continue;
        const v = l[key];
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
            ctx.error(['limits', key], `limits.${key} must be an integer ≥ 1`);
            continue;
        }
        const r = ctx.ref(['limits', key], true);
        if (key === 'max_requests_total') {
            out.maxRequestsTotal = v;
            if (r)
                out.maxRequestsRef = r;
        }
        else {
            out.maxToolCallsTotal = v;
            if (r)
                out.maxToolCallsRef = r;
        }
    }
    return out;
}
const HEX64 = /^[0-9a-f]{64}$/;
const PIN_KEYS = ['server_id', 'tool_name', 'schema_hash', 'meta_hash'];
function parseToolPins(ctx, root) {
    const out = new Map();
    if (!(0,load_context/* has */.zy)(root, 'tool_pins') || root.tool_pins === null)
        return out;
    const pins = mapping(ctx, ['tool_pins'], root.tool_pins);
    if (!pins)
        return out;
    for (const [tool, raw] of Object.entries(pins)) {
        const path = ['tool_pins', tool];
        const p = mapping(ctx, path, raw);
        if (!p)
            continue;
        closedKeys(ctx, path, p, PIN_KEYS);
        let ok = true;
        for (const k of PIN_KEYS) {
            const v = p[k];
            if (typeof v !== 'string') {
                ctx.error((0,load_context/* has */.zy)(p, k) ? [...path, k] : path, `${(0,load_context/* renderPath */.i7)([...path, k])} must be a string`);
                ok = false;
            }
            else if ((k === 'schema_hash' || k === 'meta_hash') && !HEX64.test(v)) {
                ctx.error([...path, k], `${(0,load_context/* renderPath */.i7)([...path, k])} must be 64 lowercase hex characters`);
                ok = false;
            }
        }
        if (!ok)
            continue;
        const pin = {
            tool,
            server_id: p.server_id,
            tool_name: p.tool_name,
            schema_hash: p.schema_hash,
            meta_hash: p.meta_hash,
        };
        const ref = ctx.ref(path, true);
        if (ref)
            pin.ref = ref;
        out.set(tool, pin);
    }
    return out;
}
function parseOnError(ctx, root) {
    if (!(0,load_context/* has */.zy)(root, 'on_error') || root.on_error === null)
        return 'block';
    return oneOf(ctx, ['on_error'], root.on_error, ['block', 'allow']) ?? 'block';
}
function parseSignatures(ctx, root) {
    if (!(0,load_context/* has */.zy)(root, 'signatures') || root.signatures === null)
        return null;
    const s = mapping(ctx, ['signatures'], root.signatures);
    if (!s)
        return null;
    closedKeys(ctx, ['signatures'], s, ['check_descriptions']);
    const v = s.check_descriptions ?? false;
    if (typeof v !== 'boolean') {
        ctx.error(['signatures', 'check_descriptions'], 'signatures.check_descriptions must be a boolean');
        return null;
    }
    return { checkDescriptions: v };
}
function optBool(ctx, path, o, key) {
    if ((0,load_context/* has */.zy)(o, key) && typeof o[key] !== 'boolean')
        ctx.error([...path, key], `${(0,load_context/* renderPath */.i7)([...path, key])} must be a boolean`);
}
function optStringList(ctx, path, o, key) {
    const v = o[key];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) {
        ctx.error([...path, key], `${(0,load_context/* renderPath */.i7)([...path, key])} must be a list of strings`);
    }
}
function parseDiscovery(ctx, root) {
    if (!(0,load_context/* has */.zy)(root, 'discovery') || root.discovery === null)
        return null;
    const path = ['discovery'];
    const d = mapping(ctx, path, root.discovery);
    if (!d)
        return null;
    closedKeys(ctx, path, d, ['enabled', 'methods', 'output', 'on_findings']);
    optBool(ctx, path, d, 'enabled');
    if ((0,load_context/* has */.zy)(d, 'methods')) {
        const m = d.methods;
        const methods = ['config_files', 'processes', 'network', 'dns', 'well_known'];
        if (!Array.isArray(m))
            ctx.error([...path, 'methods'], 'discovery.methods must be a list');
        else
            m.forEach((x, i) => oneOf(ctx, [...path, 'methods', i], x, methods));
    }
    if ((0,load_context/* has */.zy)(d, 'output') && d.output !== null && typeof d.output !== 'string')
        ctx.error([...path, 'output'], 'discovery.output must be a string');
    if ((0,load_context/* has */.zy)(d, 'on_findings')) {
        const f = mapping(ctx, [...path, 'on_findings'], d.on_findings);
        if (f) {
            closedKeys(ctx, [...path, 'on_findings'], f, ['unmanaged_server', 'no_auth']);
            for (const k of ['unmanaged_server', 'no_auth']) {
                if ((0,load_context/* has */.zy)(f, k))
                    oneOf(ctx, [...path, 'on_findings', k], f[k], ['log', 'warn', 'fail']);
            }
        }
    }
    return d;
}
function parseMonitorMatch(ctx, path, v) {
    const m = mapping(ctx, path, v);
    if (!m)
        return;
    closedKeys(ctx, path, m, ['path_globs', 'dest_globs', 'not']);
    optStringList(ctx, path, m, 'path_globs');
    optStringList(ctx, path, m, 'dest_globs');
    if ((0,load_context/* has */.zy)(m, 'not') && m.not !== null)
        parseMonitorMatch(ctx, [...path, 'not'], m.not);
}
function parseRuntimeMonitor(ctx, root) {
    const ruleIds = new Set();
    if (!(0,load_context/* has */.zy)(root, 'runtime_monitor') || root.runtime_monitor === null)
        return { value: null, ruleIds };
    const path = ['runtime_monitor'];
    const rm = mapping(ctx, path, root.runtime_monitor);
    if (!rm)
        return { value: null, ruleIds };
    closedKeys(ctx, path, rm, ['enabled', 'provider', 'rules']);
    optBool(ctx, path, rm, 'enabled');
    if ((0,load_context/* has */.zy)(rm, 'provider'))
        oneOf(ctx, [...path, 'provider'], rm.provider, ['ebpf']);
    if ((0,load_context/* has */.zy)(rm, 'rules')) {
        if (!Array.isArray(rm.rules))
            ctx.error([...path, 'rules'], 'runtime_monitor.rules must be a list');
        else {
            rm.rules.forEach((raw, i) => {
                const rp = [...path, 'rules', i];
                const r = mapping(ctx, rp, raw);
                if (!r)
                    return;
                closedKeys(ctx, rp, r, ['id', 'type', 'match', 'severity', 'action'], true);
                if (typeof r.id !== 'string')
                    ctx.error((0,load_context/* has */.zy)(r, 'id') ? [...rp, 'id'] : rp, `${(0,load_context/* renderPath */.i7)([...rp, 'id'])} must be a string`);
                else if (ruleIds.has(r.id))
                    ctx.error([...rp, 'id'], `duplicate runtime_monitor rule id "${r.id}"`);
                else
                    ruleIds.add(r.id);
                if (!(0,load_context/* has */.zy)(r, 'type'))
                    ctx.error(rp, `${(0,load_context/* renderPath */.i7)(rp)} is missing "type"`);
                else
                    oneOf(ctx, [...rp, 'type'], r.type, ['file_open', 'net_connect', 'proc_exec']);
                if (!(0,load_context/* has */.zy)(r, 'match'))
                    ctx.error(rp, `${(0,load_context/* renderPath */.i7)(rp)} is missing "match"`);
                else
                    parseMonitorMatch(ctx, [...rp, 'match'], r.match);
                if ((0,load_context/* has */.zy)(r, 'severity'))
                    oneOf(ctx, [...rp, 'severity'], r.severity, ['low', 'medium', 'high', 'critical']);
                if ((0,load_context/* has */.zy)(r, 'action'))
                    oneOf(ctx, [...rp, 'action'], r.action, ['log', 'alert', 'trigger_kill']);
            });
        }
    }
    return { value: rm, ruleIds };
}
function parseKillSwitch(ctx, root, monitorRuleIds) {
    if (!(0,load_context/* has */.zy)(root, 'kill_switch') || root.kill_switch === null)
        return null;
    const path = ['kill_switch'];
    const ks = mapping(ctx, path, root.kill_switch);
    if (!ks)
        return null;
    closedKeys(ctx, path, ks, ['enabled', 'mode', 'grace_period_ms', 'kill_children', 'capture_state', 'output_dir', 'triggers']);
    optBool(ctx, path, ks, 'enabled');
    optBool(ctx, path, ks, 'kill_children');
    optBool(ctx, path, ks, 'capture_state');
    if ((0,load_context/* has */.zy)(ks, 'mode'))
        oneOf(ctx, [...path, 'mode'], ks.mode, ['graceful', 'immediate']);
    if ((0,load_context/* has */.zy)(ks, 'grace_period_ms')) {
        const g = ks.grace_period_ms;
        if (typeof g !== 'number' || !Number.isSafeInteger(g) || g < 0)
            ctx.error([...path, 'grace_period_ms'], 'kill_switch.grace_period_ms must be an integer ≥ 0');
    }
    if ((0,load_context/* has */.zy)(ks, 'output_dir') && ks.output_dir !== null && typeof ks.output_dir !== 'string') {
        ctx.error([...path, 'output_dir'], 'kill_switch.output_dir must be a string');
    }
    if ((0,load_context/* has */.zy)(ks, 'triggers')) {
        if (!Array.isArray(ks.triggers))
            ctx.error([...path, 'triggers'], 'kill_switch.triggers must be a list');
        else {
            ks.triggers.forEach((raw, i) => {
                const tp = [...path, 'triggers', i];
                const t = mapping(ctx, tp, raw);
                if (!t)
                    return;
                closedKeys(ctx, tp, t, ['on_rule', 'mode'], true);
                if (typeof t.on_rule !== 'string')
                    ctx.error((0,load_context/* has */.zy)(t, 'on_rule') ? [...tp, 'on_rule'] : tp, `${(0,load_context/* renderPath */.i7)([...tp, 'on_rule'])} must be a string`);
                else if (!monitorRuleIds.has(t.on_rule)) {
                    ctx.error([...tp, 'on_rule'], `${(0,load_context/* renderPath */.i7)([...tp, 'on_rule'])} "${t.on_rule}" names no runtime_monitor.rules[].id`);
                }
                if ((0,load_context/* has */.zy)(t, 'mode') && t.mode !== null)
                    oneOf(ctx, [...tp, 'mode'], t.mode, ['graceful', 'immediate']);
            });
        }
    }
    return ks;
}

// EXTERNAL MODULE: ./src/core/policy/schema.ts
var policy_schema = __webpack_require__(49863);
;// CONCATENATED MODULE: ./src/core/policy/load-schemas.ts
// Argument schemas from every spelling: v2 `schemas` (+ shared `$defs`), the short
// form's `constraints` (list and map form, `matches` and `within`), legacy `tools.arg_constraints` and
// `tools.require_args`. Several sources for one tool are all enforced (allOf). Compiled once, at load.




const isSchema = (v) => (0,load_context/* isPlainObject */.Qd)(v) || typeof v === 'boolean';
function parseShared(ctx, schemas) {
    if (!(0,load_context/* has */.zy)(schemas, '$defs'))
        return null;
    const defs = schemas.$defs;
    if (!(0,load_context/* isPlainObject */.Qd)(defs)) {
        ctx.error(['schemas', '$defs'], 'schemas.$defs must be a mapping of definition name to JSON Schema');
        return null;
    }
    for (const [name, def] of Object.entries(defs)) {
        if (!isSchema(def))
            ctx.error(['schemas', '$defs', name], `schemas.$defs.${name} must be a JSON Schema (a mapping or a boolean)`);
    }
    reportStatic(ctx, ['schemas', '$defs'], defs, 'schemas.$defs', true);
    return defs;
}
/** Regex and external-$ref problems of a user schema, each at its own position. */
function reportStatic(ctx, path, schema, label, isDefsMap = false) {
    let ok = true;
    const targets = isDefsMap && (0,load_context/* isPlainObject */.Qd)(schema)
        ? Object.entries(schema).map(([k, v]) => [[...path, k], v])
        : [[path, schema]];
    for (const [p, s] of targets) {
        for (const issue of (0,policy_schema/* checkSchema */._U)(s)) {
            ok = false;
            const at = [...p, ...issue.path];
            if (issue.kind === 'regex')
                ctx.error(at, `invalid regex in ${(0,load_context/* renderPath */.i7)(at)}: ${issue.message}`, { key: issue.key });
            else
                ctx.error(at, `${label}: ${issue.message}`);
        }
    }
    return ok;
}
function parseConstraintParams(ctx, entryPath, paramsPath, tool, params) {
    if (!(0,load_context/* isPlainObject */.Qd)(params)) {
        ctx.error(paramsPath, `${(0,load_context/* renderPath */.i7)(paramsPath)} must be a mapping of parameter name to {matches: <regex>} or {within: [<folder>]}`);
        return null;
    }
    const out = {};
    let ok = true;
    for (const [param, spec] of Object.entries(params)) {
        // `within` (path containment) is a documented param key next to `matches`; a spec with neither
        // gets the "has no matches" error below instead of a second one for its keys.
        if ((0,load_context/* isPlainObject */.Qd)(spec) && ((0,load_context/* has */.zy)(spec, 'matches') || (0,load_context/* has */.zy)(spec, 'within'))) {
            ctx.checkKeys([...paramsPath, param], spec, ['matches', 'within'], { rule: true });
        }
        const pc = {};
        let regex;
        let regexPath;
        if (typeof spec === 'string') {
            regex = spec;
            regexPath = [...paramsPath, param];
        }
        else if ((0,load_context/* isPlainObject */.Qd)(spec) && ((0,load_context/* has */.zy)(spec, 'matches') || (0,load_context/* has */.zy)(spec, 'within'))) {
            if ((0,load_context/* has */.zy)(spec, 'matches')) {
                regex = spec.matches;
                regexPath = [...paramsPath, param, 'matches'];
            }
            if ((0,load_context/* has */.zy)(spec, 'within')) {
                const within = parseWithin(ctx, [...paramsPath, param, 'within'], spec.within);
                if (within)
                    pc.within = within;
                else
                    ok = false;
            }
        }
        else {
            ctx.error([...paramsPath, param], `${(0,load_context/* renderPath */.i7)(entryPath)} tool "${tool}" param "${param}" has no "matches"`);
            ok = false;
            continue;
        }
        if (regexPath) {
            if (typeof regex !== 'string') {
                ctx.error(regexPath, `${(0,load_context/* renderPath */.i7)(regexPath)} must be a string (a regex)`);
                ok = false;
                continue;
            }
            const c = (0,re2/* compileRegex */.DL)(regex);
            if (!c.ok) {
                ctx.error(regexPath, `invalid regex in ${(0,load_context/* renderPath */.i7)(regexPath)}: ${c.reason}`);
                ok = false;
                continue;
            }
            pc.matches = regex;
        }
        out[param] = pc;
    }
    return ok ? out : null;
}
/** A `within` folder list, every problem at its own position. */
function parseWithin(ctx, path, value) {
    const p = (0,within/* withinListProblems */.IQ)(value);
    if (p.list)
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} ${p.list}`);
    for (const it of p.items)
        ctx.error([...path, it.index], `${(0,load_context/* renderPath */.i7)([...path, it.index])} ${it.message}`);
    return p.list || p.items.length > 0 ? null : value;
}
/** Where each param's regex is written, for warnings that point at it (traversal probe). */
function matchesRefs(ctx, paramsPath, params, raw) {
    const refs = {};
    for (const [param, pc] of Object.entries(params)) {
        if (pc.matches === undefined)
            continue;
        const spec = (0,load_context/* isPlainObject */.Qd)(raw) ? raw[param] : undefined;
        const ref = ctx.ref((0,load_context/* isPlainObject */.Qd)(spec) ? [...paramsPath, param, 'matches'] : [...paramsPath, param]);
        if (ref)
            refs[param] = ref;
    }
    return refs;
}
/**
 * The schema a short-form constraint stands for: `matches` → `pattern`, `within` → `x-assay-within`; every
 * constrained param is a required non-empty string. A bare string is a `matches` regex.
 */
function constraintSchema(params) {
    const properties = {};
    for (const [p, c] of Object.entries(params)) {
        const pc = typeof c === 'string' ? { matches: c } : c;
        const prop = { type: 'string' };
        if (pc.matches !== undefined)
            prop.pattern = pc.matches;
        if (pc.within !== undefined)
            prop[within/* WITHIN_KEYWORD */.wW] = pc.within;
        prop.minLength = 1;
        properties[p] = prop;
    }
    return { type: 'object', additionalProperties: true, properties, required: Object.keys(params) };
}
function parseConstraints(ctx, value, out) {
    if (value === undefined || value === null)
        return;
    if (Array.isArray(value)) {
        value.forEach((entry, i) => {
            const path = ['constraints', i];
            if (!(0,load_context/* isPlainObject */.Qd)(entry)) {
                ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a mapping {tool, params}`);
                return;
            }
            ctx.checkKeys(path, entry, ['tool', 'params'], { rule: true });
            if (typeof entry.tool !== 'string') {
                ctx.error((0,load_context/* has */.zy)(entry, 'tool') ? [...path, 'tool'] : path, `${(0,load_context/* renderPath */.i7)([...path, 'tool'])} must be a string`);
                return;
            }
            const params = parseConstraintParams(ctx, path, [...path, 'params'], entry.tool, entry.params);
            if (params) {
                const patternRefs = matchesRefs(ctx, [...path, 'params'], params, entry.params);
                out.push({ tool: entry.tool, origin: 'constraints', schema: constraintSchema(params), path, userWritten: false, atKey: false, patternRefs });
            }
        });
        return;
    }
    if ((0,load_context/* isPlainObject */.Qd)(value)) {
        for (const [tool, params] of Object.entries(value)) {
            const path = ['constraints', tool];
            const parsed = parseConstraintParams(ctx, path, path, tool, params);
            if (parsed) {
                const patternRefs = matchesRefs(ctx, path, parsed, params);
                out.push({ tool, origin: 'constraints', schema: constraintSchema(parsed), path, userWritten: false, atKey: true, patternRefs });
            }
        }
        return;
    }
    ctx.error(['constraints'], 'constraints must be a list of {tool, params} or a mapping of tool to params');
}
/** Positions of `properties.<p>.pattern` at the top of a user schema. */
function propertyPatternRefs(ctx, path, schema) {
    const refs = {};
    if (!(0,load_context/* isPlainObject */.Qd)(schema) || !(0,load_context/* isPlainObject */.Qd)(schema.properties))
        return refs;
    for (const [p, sub] of Object.entries(schema.properties)) {
        if (!(0,load_context/* isPlainObject */.Qd)(sub) || typeof sub.pattern !== 'string')
            continue;
        const ref = ctx.ref([...path, 'properties', p, 'pattern']);
        if (ref)
            refs[p] = ref;
    }
    return refs;
}
function mergeShared(ctx, src, shared) {
    if (!shared || !(0,load_context/* isPlainObject */.Qd)(src.schema))
        return src.schema;
    const own = src.schema.$defs;
    if (own !== undefined && !(0,load_context/* isPlainObject */.Qd)(own))
        return src.schema; // ajv reports the bad $defs
    const merged = { ...shared };
    if (own) {
        for (const [name, def] of Object.entries(own)) {
            if ((0,load_context/* has */.zy)(shared, name)) {
                ctx.error([...src.path, '$defs', name], `${(0,load_context/* renderPath */.i7)(src.path)}: $defs name "${name}" clashes with the shared schemas.$defs.${name}`, { key: true });
            }
            merged[name] = def;
        }
    }
    return { ...src.schema, $defs: merged };
}
function parseSchemas(ctx, root) {
    const pending = [];
    let sharedDefs = null;
    if ((0,load_context/* has */.zy)(root, 'schemas') && root.schemas !== null) {
        const schemas = root.schemas;
        if (!(0,load_context/* isPlainObject */.Qd)(schemas))
            ctx.error(['schemas'], 'schemas must be a mapping of tool name to JSON Schema');
        else {
            sharedDefs = parseShared(ctx, schemas);
            for (const [tool, schema] of Object.entries(schemas)) {
                if (tool === '$defs')
                    continue;
                const path = ['schemas', tool];
                if (!isSchema(schema)) {
                    ctx.error(path, `schemas.${tool} must be a JSON Schema (a mapping or a boolean)`);
                    continue;
                }
                pending.push({ tool, origin: 'schemas', schema, path, userWritten: true, atKey: true });
            }
        }
    }
    const tools = (0,load_context/* isPlainObject */.Qd)(root.tools) ? root.tools : undefined;
    if (tools && (0,load_context/* has */.zy)(tools, 'arg_constraints') && tools.arg_constraints !== null) {
        const ac = tools.arg_constraints;
        if (!(0,load_context/* isPlainObject */.Qd)(ac))
            ctx.error(['tools', 'arg_constraints'], 'tools.arg_constraints must be a mapping of tool name to JSON Schema');
        else {
            for (const [tool, schema] of Object.entries(ac)) {
                const path = ['tools', 'arg_constraints', tool];
                if (!isSchema(schema)) {
                    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a JSON Schema (a mapping or a boolean)`);
                    continue;
                }
                pending.push({ tool, origin: 'tools.arg_constraints', schema, path, userWritten: true, atKey: true });
            }
        }
    }
    parseConstraints(ctx, root.constraints, pending);
    if (tools && (0,load_context/* has */.zy)(tools, 'require_args') && tools.require_args !== null) {
        const ra = tools.require_args;
        if (!(0,load_context/* isPlainObject */.Qd)(ra))
            ctx.error(['tools', 'require_args'], 'tools.require_args must be a mapping of tool name to a list of argument names');
        else {
            for (const [tool, names] of Object.entries(ra)) {
                const path = ['tools', 'require_args', tool];
                if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) {
                    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a list of strings`);
                    continue;
                }
                // "adds required to schemas.T, creating {type: object} if needed".
                const exists = pending.some((p) => p.tool === tool);
                const schema = exists ? { required: names } : { type: 'object', required: names };
                pending.push({ tool, origin: 'tools.require_args', schema, path, userWritten: false, atKey: true });
            }
        }
    }
    const compiler = new policy_schema/* SchemaCompiler */.Vn();
    const byTool = new Map();
    for (const src of pending) {
        const label = (0,load_context/* renderPath */.i7)(src.path);
        if (src.userWritten && !reportStatic(ctx, src.path, src.schema, label))
            continue;
        const schema = src.userWritten ? mergeShared(ctx, src, sharedDefs) : src.schema;
        const c = compiler.compile(schema, { generated: !src.userWritten });
        if (!c.ok) {
            const at = (0,load_context/* isPlainObject */.Qd)(src.schema) && (0,load_context/* has */.zy)(src.schema, '$schema') && c.reason.startsWith('unsupported $schema') ? [...src.path, '$schema'] : src.path;
            ctx.error(at, `${label}: ${c.reason}`, { key: at === src.path && src.atKey });
            continue;
        }
        const source = { origin: src.origin, schema };
        const ref = ctx.ref(src.path, src.atKey);
        if (ref)
            source.ref = ref;
        const patternRefs = src.patternRefs ?? (src.userWritten ? propertyPatternRefs(ctx, src.path, src.schema) : undefined);
        if (patternRefs && Object.keys(patternRefs).length > 0)
            source.patternRefs = patternRefs;
        const list = byTool.get(src.tool) ?? [];
        list.push({ source, validate: c.validate });
        byTool.set(src.tool, list);
    }
    const schemas = new Map();
    for (const [tool, list] of byTool) {
        const validators = list.map((l) => l.validate);
        const sources = list.map((l) => l.source);
        const validate = validators.length === 1
            ? (args) => (0,policy_schema/* runValidator */.Wq)(validators[0], args)
            : (args) => {
                const out = [];
                for (const v of validators)
                    out.push(...(0,policy_schema/* runValidator */.Wq)(v, args));
                return out;
            };
        const ts = {
            tool,
            sources,
            schema: sources.length === 1 ? sources[0].schema : { allOf: sources.map((s) => s.schema) },
            validate,
        };
        if (sources[0].ref)
            ts.ref = sources[0].ref;
        schemas.set(tool, ts);
    }
    return { schemas, sharedDefs };
}

// EXTERNAL MODULE: ./src/core/policy/tool-pattern.ts
var tool_pattern = __webpack_require__(18085);
;// CONCATENATED MODULE: ./src/core/policy/load-sequences.ts



const SEQUENCE_KINDS = [
    'require',
    'blocklist',
    'before',
    'never_after',
    'max_calls',
    'eventually',
    'after',
    'sequence',
];
/** The documented keys of each rule kind (besides `type` and the rule labels id/description/title/x-*). */
const RULE_KEYS = {
    require: ['tool'],
    blocklist: ['pattern'],
    before: ['first', 'then'],
    never_after: ['trigger', 'forbidden'],
    max_calls: ['tool', 'max'],
    eventually: ['tool', 'within'],
    after: ['trigger', 'then', 'within'],
    sequence: ['tools', 'strict'],
};
function parseAliases(ctx, path, value) {
    const out = new Map();
    if (value === undefined || value === null)
        return out;
    if (!(0,load_context/* isPlainObject */.Qd)(value)) {
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a mapping of alias name to a list of tool names`);
        return out;
    }
    for (const [name, members] of Object.entries(value)) {
        const p = [...path, name];
        if (!Array.isArray(members) || members.some((m) => typeof m !== 'string')) {
            ctx.error(p, `${(0,load_context/* renderPath */.i7)(p)} must be a list of strings`);
            continue;
        }
        out.set(name, members);
    }
    return out;
}
function selectorMatcher(tool, aliases) {
    const members = aliases.get(tool);
    if (members) {
        const set = new Set(members);
        return { isAlias: true, test: (n) => set.has(n) };
    }
    const p = (0,tool_pattern/* compileToolPattern */.Yo)(tool);
    return { isAlias: false, test: p.test };
}
/** Build a selector (also used for inline rules of eval configs). */
function makeSelector(tool, argsMatch, aliases) {
    const name = selectorMatcher(tool, aliases);
    const args = argsMatch.map((a) => a.arg);
    const render = args.length > 0 ? `${tool}[${args.join(',')}]` : tool;
    const matchArgs = (callArgs) => {
        if (!(0,load_context/* isPlainObject */.Qd)(callArgs))
            return false;
        for (const { arg, re } of argsMatch) {
            if (!(0,load_context/* has */.zy)(callArgs, arg))
                return false;
            const v = callArgs[arg];
            if (v === undefined)
                return false;
            if (!re.test(typeof v === 'string' ? v : JSON.stringify(v)))
                return false;
        }
        return true;
    };
    return {
        tool,
        args,
        render,
        isAlias: name.isAlias,
        matches: argsMatch.length === 0 ? (n) => name.test(n) : (n, a) => name.test(n) && matchArgs(a),
    };
}
function parseSelector(ctx, path, value, aliases) {
    if (typeof value === 'string')
        return checked(ctx, path, makeSelector(value, [], aliases));
    if ((0,load_context/* isPlainObject */.Qd)(value) && typeof value.tool === 'string') {
        ctx.checkKeys(path, value, ['tool', 'args_match']);
        const am = value.args_match;
        const compiled = [];
        let ok = true;
        if (am !== undefined && am !== null) {
            if (!(0,load_context/* isPlainObject */.Qd)(am)) {
                ctx.error([...path, 'args_match'], `${(0,load_context/* renderPath */.i7)([...path, 'args_match'])} must be a mapping of argument name to regex`);
                return null;
            }
            for (const [arg, pat] of Object.entries(am)) {
                const p = [...path, 'args_match', arg];
                if (typeof pat !== 'string') {
                    ctx.error(p, `${(0,load_context/* renderPath */.i7)(p)} must be a string (a regex)`);
                    ok = false;
                    continue;
                }
                const c = (0,re2/* compileRegex */.DL)(pat);
                if (!c.ok) {
                    ctx.error(p, `invalid regex in ${(0,load_context/* renderPath */.i7)(p)}: ${c.reason}`);
                    ok = false;
                    continue;
                }
                compiled.push({ arg, re: c.re });
            }
        }
        return ok ? checked(ctx, [...path, 'tool'], makeSelector(value.tool, compiled, aliases)) : null;
    }
    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a tool name or a mapping {tool, args_match}`);
    return null;
}
function checked(ctx, path, s) {
    if (!s.isAlias && (0,tool_pattern/* compileToolPattern */.Yo)(s.tool).literalStar) {
        ctx.warn('W_POLICY_LITERAL_STAR', path, literalStarMessage(s.tool, (0,load_context/* renderPath */.i7)(path)));
    }
    return s;
}
function literalStarMessage(pattern, where) {
    return `pattern "${pattern}" in ${where} has a "*" that is neither first nor last; it matches a literal "*"`;
}
function load_sequences_int(ctx, rule, path, key, min, dflt) {
    const v = rule[key];
    if (v === undefined && dflt !== undefined)
        return dflt;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
        ctx.error(v === undefined ? path : [...path, key], `${(0,load_context/* renderPath */.i7)([...path, key])} must be an integer ≥ ${min}`);
        return null;
    }
    return v;
}
function sameSelector(a, b) {
    return a.tool === b.tool && a.render === b.render;
}
/** Parse one rule; null when it has errors (already reported). */
function parseRule(ctx, path, index, raw, aliases) {
    if (!(0,load_context/* isPlainObject */.Qd)(raw)) {
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a mapping with a "type" key`);
        return null;
    }
    const kind = raw.type;
    if (typeof kind !== 'string' || !SEQUENCE_KINDS.includes(kind)) {
        ctx.error((0,load_context/* has */.zy)(raw, 'type') ? [...path, 'type'] : path, `${(0,load_context/* renderPath */.i7)(path)}: unknown rule type ${JSON.stringify(kind ?? null)} (allowed: ${SEQUENCE_KINDS.join(', ')})`);
        return null;
    }
    const errorsBefore = ctx.errorCount;
    ctx.checkKeys(path, raw, ['type', ...RULE_KEYS[kind]], { rule: true });
    const sel = (key) => {
        if (!(0,load_context/* has */.zy)(raw, key)) {
            ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} (${kind}) is missing "${key}"`);
            return null;
        }
        return parseSelector(ctx, [...path, key], raw[key], aliases);
    };
    const base = (ruleId) => ({ index, ruleId, rule: `sequences[${index}]=${ruleId}`, ref: ctx.ref(path), raw });
    let rule = null;
    switch (kind) {
        case 'require': {
            const tool = sel('tool');
            if (tool)
                rule = { ...base(`require:${tool.render}`), kind: 'require', tool };
            break;
        }
        case 'blocklist': {
            const p = raw.pattern;
            if (typeof p !== 'string' || p === '')
                ctx.error((0,load_context/* has */.zy)(raw, 'pattern') ? [...path, 'pattern'] : path, `${(0,load_context/* renderPath */.i7)([...path, 'pattern'])} must be a non-empty string`);
            else
                rule = { ...base(`blocklist:${p}`), kind: 'blocklist', pattern: p };
            break;
        }
        case 'before': {
            const first = sel('first');
            const then = sel('then');
            if (first && then) {
                if (sameSelector(first, then)) {
                    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)}: ineffective before rule: "first" and "then" are the same (${JSON.stringify(first.render)})`);
                }
                else
                    rule = { ...base(`before:${first.render}->${then.render}`), kind: 'before', first, then };
            }
            break;
        }
        case 'never_after': {
            const trigger = sel('trigger');
            const forbidden = sel('forbidden');
            if (trigger && forbidden)
                rule = { ...base(`never_after:${trigger.render}->${forbidden.render}`), kind: 'never_after', trigger, forbidden };
            break;
        }
        case 'max_calls': {
            const tool = sel('tool');
            const max = load_sequences_int(ctx, raw, path, 'max', 0);
            if (tool && max !== null)
                rule = { ...base(`max_calls:${tool.render}<=${max}`), kind: 'max_calls', tool, max };
            break;
        }
        case 'eventually': {
            const tool = sel('tool');
            const within = load_sequences_int(ctx, raw, path, 'within', 1);
            if (tool && within !== null)
                rule = { ...base(`eventually:${tool.render}@${within}`), kind: 'eventually', tool, within };
            break;
        }
        case 'after': {
            const trigger = sel('trigger');
            const then = sel('then');
            const within = load_sequences_int(ctx, raw, path, 'within', 1, 1);
            if (trigger && then && within !== null) {
                rule = { ...base(`after:${trigger.render}->${then.render}@${within}`), kind: 'after', trigger, then, within };
            }
            break;
        }
        case 'sequence': {
            const list = raw.tools;
            const strict = raw.strict ?? false;
            if (typeof strict !== 'boolean')
                ctx.error([...path, 'strict'], `${(0,load_context/* renderPath */.i7)([...path, 'strict'])} must be a boolean`);
            if (!Array.isArray(list) || list.length === 0) {
                ctx.error((0,load_context/* has */.zy)(raw, 'tools') ? [...path, 'tools'] : path, `${(0,load_context/* renderPath */.i7)([...path, 'tools'])} must be a non-empty list of tool selectors`);
                break;
            }
            const tools = list.map((t, i) => parseSelector(ctx, [...path, 'tools', i], t, aliases));
            if (tools.every((t) => t !== null) && typeof strict === 'boolean') {
                const id = `sequence:${strict ? 'strict:' : ''}${tools.map((t) => t.render).join('>')}`;
                rule = { ...base(id), kind: 'sequence', tools, strict };
            }
            break;
        }
    }
    return ctx.errorCount === errorsBefore ? rule : null;
}
function parseSequenceList(ctx, path, value, aliases) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a list of rules`);
        return [];
    }
    const out = [];
    value.forEach((raw, i) => {
        const r = parseRule(ctx, [...path, i], i, raw, aliases);
        if (r)
            out.push(r);
    });
    return out;
}
/**
 * Sequence rules embedded elsewhere (eval `sequence_valid.rules`): same language, ids and checks,
 * reported with `code` (E_CFG_PARSE there). `basePath` locates the list inside `source` and is the
 * path named in messages (e.g. `tests[2].expected.rules[0].first must be …`).
 */
function parseSequenceRules(value, file, opts = {}) {
    const ctx = new load_context/* LoadContext */.ID(file, opts.source, [], opts.code ?? 'E_POLICY_PARSE', opts.lenient === true);
    const rules = parseSequenceList(ctx, opts.basePath ?? ['rules'], value, opts.aliases ?? new Map());
    return { rules, diagnostics: ctx.diagnostics };
}

;// CONCATENATED MODULE: ./src/core/policy/load-tools.ts



const TOOLS_KEYS = [
    'allow',
    'deny',
    'allow_classes',
    'deny_classes',
    'approval_required',
    'approval_required_classes',
    'restrict_scope',
    'restrict_scope_classes',
    'restrict_scope_contract',
    'redact_args',
    'redact_args_classes',
    'redact_args_contract',
    'arg_constraints',
    'require_args',
];
/** Keys under `tools` that only the proxy acts on (W_POLICY_RUNTIME_ONLY). */
const RUNTIME_ONLY_TOOLS_KEYS = [
    'approval_required',
    'approval_required_classes',
    'restrict_scope',
    'restrict_scope_classes',
    'restrict_scope_contract',
    'redact_args',
    'redact_args_classes',
    'redact_args_contract',
];
/** A list of strings at `path`; null (YAML `key:` with no value) counts as an empty list. */
function stringList(ctx, path, value) {
    if (value === null)
        return [];
    if (!Array.isArray(value)) {
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a list of strings`);
        return null;
    }
    let ok = true;
    value.forEach((v, i) => {
        if (typeof v !== 'string') {
            ctx.error([...path, i], `${(0,load_context/* renderPath */.i7)(path)} must be a list of strings`);
            ok = false;
        }
    });
    return ok ? value : null;
}
function patternEntries(ctx, path, items, offset) {
    return items.map((pattern, i) => {
        const matcher = (0,tool_pattern/* compileToolPattern */.Yo)(pattern);
        if (matcher.literalStar)
            ctx.warn('W_POLICY_LITERAL_STAR', [...path, i], literalStarMessage(pattern, (0,load_context/* renderPath */.i7)([...path, i])));
        const e = { pattern, index: offset + i, matcher };
        const ref = ctx.ref([...path, i]);
        if (ref)
            e.ref = ref;
        return e;
    });
}
function patternList(ctx, path, value) {
    const items = stringList(ctx, path, value);
    if (items === null)
        return null;
    const l = { entries: patternEntries(ctx, path, items, 0) };
    const ref = ctx.ref(path, true);
    if (ref)
        l.ref = ref;
    return l;
}
function classList(ctx, path, value) {
    const items = stringList(ctx, path, value);
    if (items === null)
        return null;
    const l = {
        entries: items.map((cls, i) => {
            const ref = ctx.ref([...path, i]);
            return ref ? { cls, index: i, ref } : { cls, index: i };
        }),
    };
    const ref = ctx.ref(path, true);
    if (ref)
        l.ref = ref;
    return l;
}
function contract(ctx, path, value, keys) {
    if (value === undefined || value === null)
        return null;
    if (!(0,load_context/* isPlainObject */.Qd)(value)) {
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a mapping {${keys.join(', ')}}`);
        return null;
    }
    ctx.checkKeys(path, value, keys);
    const out = {};
    for (const k of keys) {
        const v = value[k];
        if (typeof v !== 'string')
            ctx.error((0,load_context/* has */.zy)(value, k) ? [...path, k] : path, `${(0,load_context/* renderPath */.i7)([...path, k])} must be a string`);
        else
            out[k] = v;
    }
    return Object.keys(out).length === keys.length ? out : null;
}
const emptyPatterns = () => ({ entries: [] });
const emptyClasses = () => ({ entries: [] });
/** `tools` plus root `allow`/`deny` appended. */
function parseToolRules(ctx, root) {
    const rules = {
        allow: null,
        deny: emptyPatterns(),
        allowClasses: null,
        denyClasses: emptyClasses(),
        approvalRequired: emptyPatterns(),
        approvalRequiredClasses: emptyClasses(),
        restrictScope: emptyPatterns(),
        restrictScopeClasses: emptyClasses(),
        restrictScopeContract: null,
        redactArgs: emptyPatterns(),
        redactArgsClasses: emptyClasses(),
        redactArgsContract: null,
    };
    const tools = root.tools;
    if (tools !== undefined && tools !== null) {
        if (!(0,load_context/* isPlainObject */.Qd)(tools)) {
            ctx.error(['tools'], 'tools must be a mapping');
        }
        else {
            ctx.checkKeys(['tools'], tools, TOOLS_KEYS);
            const p = (k) => ['tools', k];
            if ((0,load_context/* has */.zy)(tools, 'allow'))
                rules.allow = patternList(ctx, p('allow'), tools.allow) ?? { entries: [] };
            if ((0,load_context/* has */.zy)(tools, 'deny'))
                rules.deny = patternList(ctx, p('deny'), tools.deny) ?? emptyPatterns();
            if ((0,load_context/* has */.zy)(tools, 'allow_classes'))
                rules.allowClasses = classList(ctx, p('allow_classes'), tools.allow_classes) ?? emptyClasses();
            if ((0,load_context/* has */.zy)(tools, 'deny_classes'))
                rules.denyClasses = classList(ctx, p('deny_classes'), tools.deny_classes) ?? emptyClasses();
            const pl = (k) => ((0,load_context/* has */.zy)(tools, k) ? (patternList(ctx, p(k), tools[k]) ?? emptyPatterns()) : emptyPatterns());
            const cl = (k) => ((0,load_context/* has */.zy)(tools, k) ? (classList(ctx, p(k), tools[k]) ?? emptyClasses()) : emptyClasses());
            rules.approvalRequired = pl('approval_required');
            rules.approvalRequiredClasses = cl('approval_required_classes');
            rules.restrictScope = pl('restrict_scope');
            rules.restrictScopeClasses = cl('restrict_scope_classes');
            rules.redactArgs = pl('redact_args');
            rules.redactArgsClasses = cl('redact_args_classes');
            rules.restrictScopeContract = contract(ctx, p('restrict_scope_contract'), tools.restrict_scope_contract, [
                'scope_type',
                'scope_value',
                'scope_match_mode',
            ]);
            rules.redactArgsContract = contract(ctx, p('redact_args_contract'), tools.redact_args_contract, [
                'redaction_target',
                'redaction_mode',
                'redaction_scope',
            ]);
        }
    }
    // Short form: root allow/deny are appended to tools.allow/tools.deny.
    if ((0,load_context/* has */.zy)(root, 'allow')) {
        const items = stringList(ctx, ['allow'], root.allow);
        if (items !== null) {
            const target = rules.allow ?? (rules.allow = { entries: [] });
            if (!target.ref) {
                const ref = ctx.ref(['allow'], true);
                if (ref)
                    target.ref = ref;
            }
            target.entries.push(...patternEntries(ctx, ['allow'], items, target.entries.length));
        }
        else if (rules.allow === null)
            rules.allow = { entries: [] };
    }
    if ((0,load_context/* has */.zy)(root, 'deny')) {
        const items = stringList(ctx, ['deny'], root.deny);
        if (items !== null) {
            if (!rules.deny.ref) {
                const ref = ctx.ref(['deny'], true);
                if (ref)
                    rules.deny.ref = ref;
            }
            rules.deny.entries.push(...patternEntries(ctx, ['deny'], items, rules.deny.entries.length));
        }
    }
    return rules;
}
function parseToolClasses(ctx, value) {
    const out = new Map();
    if (value === undefined || value === null)
        return out;
    if (!(0,load_context/* isPlainObject */.Qd)(value)) {
        ctx.error(['tool_classes'], 'tool_classes must be a mapping of tool name to a list of classes');
        return out;
    }
    for (const [tool, classes] of Object.entries(value)) {
        const l = stringList(ctx, ['tool_classes', tool], classes);
        if (l)
            out.set(tool, l);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/policy/load.ts
// The one policy loader: v2, the README short form and legacy v1 → one model.
// Every error is collected (with file:line:col) before one ConfigError E_POLICY_PARSE is thrown.











const POLICY_MAX_BYTES = 1024 * 1024;
const ROOT_KEYS = [
    'version',
    'name',
    'metadata',
    'tools',
    'tool_classes',
    'schemas',
    'enforcement',
    'limits',
    'tool_pins',
    'sequences',
    'aliases',
    'on_error',
    'signatures',
    'discovery',
    'runtime_monitor',
    'kill_switch',
    'allow',
    'deny',
    'constraints',
];
const RUNTIME_ONLY_ROOT_KEYS = ['signatures', 'discovery', 'runtime_monitor', 'kill_switch'];
/** Keys that make a YAML/JSON document a policy; `tests`/`suite` make it an eval config. */
const POLICY_MARKERS = (/* unused pure expression or super */ null && (['tools', 'allow', 'deny', 'constraints', 'schemas', 'sequences', 'enforcement', 'limits']));
function isPolicyDocument(value) {
    if (!isPlainObject(value))
        return false;
    if (has(value, 'tests') || has(value, 'suite'))
        return false;
    return POLICY_MARKERS.some((k) => has(value, k));
}
/** Parse policy text (YAML or JSON). Throws ConfigError E_POLICY_PARSE with every error. */
function parsePolicy(text, file, opts = {}) {
    const parsed = (0,yaml_source/* parseYamlSource */.W)(text, file, 'E_POLICY_PARSE');
    if (parsed.errors.length > 0 || !parsed.source) {
        throw loadError(file, parsed.errors.map((d) => ({ ...d, source: 'policy' })));
    }
    return policyFromValue(parsed.source.value, file, parsed.source, opts);
}
/** Read and parse a policy file. `displayPath` is the path as the user gave it (used in messages). */
function loadPolicyFile(path, displayPath = path, opts = {}) {
    let text;
    try {
        const st = external_node_fs_.statSync(path);
        if (!st.isFile() || st.size > POLICY_MAX_BYTES) {
            throw loadError(displayPath, [wholeFile(displayPath, 'policy must be a regular file of at most 1 MiB')]);
        }
        text = (0,read_text/* readTextStrict */.hr)(path, displayPath, 'E_POLICY_PARSE', { source: 'policy', nextStepValues: { 'policy.yaml': displayPath } });
    }
    catch (e) {
        if (e instanceof errors/* AssayError */.WV)
            throw e;
        throw loadError(displayPath, [wholeFile(displayPath, `cannot read policy file: ${e.message}`)]);
    }
    return parsePolicy(text, displayPath, opts);
}
/**
 * Load a policy from an already-parsed value, e.g. an inline policy inside eval.yaml. With
 * `source`, positions are looked up at `basePath` inside it.
 */
function policyFromValue(value, file, source, opts = {}) {
    const ctx = new load_context/* LoadContext */.ID(file, source, opts.basePath ?? [], 'E_POLICY_PARSE', opts.lenient === true);
    const data = buildPolicyData(ctx, value, opts);
    const errors = ctx.diagnostics.filter((d) => d.severity === 'error');
    const warnings = (0,load_context/* sortByPosition */.Jr)(ctx.diagnostics.filter((d) => d.severity !== 'error'));
    if (errors.length > 0 || !data)
        throw loadError(file, [...(0,load_context/* sortByPosition */.Jr)(errors), ...warnings]);
    return { policy: createPolicy(data), diagnostics: warnings };
}
function wholeFile(file, message) {
    return { code: 'E_POLICY_PARSE', severity: 'error', message, source: 'policy', file };
}
function loadError(file, diagnostics) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    return new errors/* ConfigError */.xL('E_POLICY_PARSE', first?.message ?? 'invalid policy', {
        source: 'policy',
        context: { file: first?.file ?? file, line: first?.line, col: first?.col },
        nextStepValues: { 'policy.yaml': file },
        diagnostics,
    });
}
function normaliseVersion(ctx, root) {
    if (!(0,load_context/* has */.zy)(root, 'version') || root.version === null)
        return { version: '2.0', declared: null, legacy: false };
    const v = root.version;
    if (typeof v !== 'string' && typeof v !== 'number') {
        ctx.error(['version'], 'version must be a string');
        return { version: '2.0', declared: null, legacy: false };
    }
    const declared = String(v);
    if (declared === '1' || declared === '1.0')
        return { version: '2.0', declared, legacy: true };
    if (declared === '2' || declared === '2.0')
        return { version: '2.0', declared, legacy: false };
    ctx.warn('W_POLICY_VERSION', ['version'], `unsupported policy version ${JSON.stringify(declared)}; loaded as "2.0"`);
    return { version: '2.0', declared, legacy: false };
}
function buildPolicyData(ctx, value, opts) {
    if (!(0,load_context/* isPlainObject */.Qd)(value)) {
        ctx.error([], value === undefined || value === null ? 'policy is empty (expected a mapping)' : 'policy root must be a mapping');
        return null;
    }
    const root = value;
    ctx.checkKeys([], root, ROOT_KEYS);
    const version = normaliseVersion(ctx, root);
    let name = null;
    if ((0,load_context/* has */.zy)(root, 'name') && root.name !== null) {
        if (typeof root.name !== 'string')
            ctx.error(['name'], 'name must be a string');
        else
            name = root.name;
    }
    const tools = (0,load_context/* isPlainObject */.Qd)(root.tools) ? root.tools : undefined;
    const legacy = version.legacy || (tools !== undefined && ((0,load_context/* has */.zy)(tools, 'arg_constraints') || (0,load_context/* has */.zy)(tools, 'require_args')));
    const short = (0,load_context/* has */.zy)(root, 'allow') || (0,load_context/* has */.zy)(root, 'deny') || (0,load_context/* has */.zy)(root, 'constraints');
    if (legacy) {
        if (opts.denyDeprecations)
            ctx.error([], 'legacy policy form is not allowed (--deny-deprecations)');
        else {
            ctx.warn('W_POLICY_LEGACY', [], `legacy v1 policy form (version 1.0, tools.arg_constraints or tools.require_args); run "assay migrate --policy ${ctx.file}"`);
        }
    }
    const toolRules = parseToolRules(ctx, root);
    const toolClasses = parseToolClasses(ctx, root.tool_classes);
    const { schemas, sharedDefs } = parseSchemas(ctx, root);
    const enforcement = parseEnforcement(ctx, root);
    const limits = parseLimits(ctx, root);
    const toolPins = parseToolPins(ctx, root);
    const aliases = parseAliases(ctx, ['aliases'], root.aliases);
    const sequences = parseSequenceList(ctx, ['sequences'], root.sequences, aliases);
    const onError = parseOnError(ctx, root);
    const signatures = parseSignatures(ctx, root);
    const discovery = parseDiscovery(ctx, root);
    const monitor = parseRuntimeMonitor(ctx, root);
    const killSwitch = parseKillSwitch(ctx, root, monitor.ruleIds);
    // Warnings validate shows.
    const emptyList = (v) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);
    if (toolRules.allow !== null &&
        toolRules.allow.entries.length === 0 &&
        toolRules.allowClasses === null &&
        emptyList(tools?.allow) &&
        emptyList(root.allow)) {
        const where = tools && (0,load_context/* has */.zy)(tools, 'allow') ? ['tools', 'allow'] : ['allow'];
        ctx.warn('W_POLICY_EMPTY_ALLOW', where, 'the allow list is empty: every tool is denied');
    }
    if (tools) {
        for (const k of RUNTIME_ONLY_TOOLS_KEYS) {
            if ((0,load_context/* has */.zy)(tools, k))
                ctx.warn('W_POLICY_RUNTIME_ONLY', ['tools', k], runtimeOnly(`tools.${k}`), { key: true });
        }
    }
    for (const k of RUNTIME_ONLY_ROOT_KEYS) {
        if ((0,load_context/* has */.zy)(root, k) && root[k] !== null)
            ctx.warn('W_POLICY_RUNTIME_ONLY', [k], runtimeOnly(k), { key: true });
    }
    return {
        file: ctx.file,
        name,
        version: version.version,
        declaredVersion: version.declared,
        metadata: root.metadata,
        spelling: { short, legacy },
        tools: toolRules,
        toolClasses,
        schemas,
        sharedDefs,
        enforcement,
        limits,
        toolPins,
        sequences,
        aliases,
        onError,
        signatures,
        discovery,
        runtimeMonitor: monitor.value,
        killSwitch,
    };
}
function runtimeOnly(key) {
    return `${key} is enforced only at runtime (mcp wrap, mcp-server); replay loads and validates it but does not act on it`;
}
/**
 * A policy used as a gate that asserts nothing: no deny, no non-universal allow, no
 * schema, no unconstrained deny, no sequence, no limit (and no pin).
 */
function policyAssertsNothing(policy) {
    const t = policy.tools;
    if (t.deny.entries.length > 0 || t.denyClasses.entries.length > 0)
        return false;
    const allowOpen = t.allow !== null && t.allow.entries.some((e) => (0,tool_pattern/* isUniversalPattern */.mw)(e.pattern));
    if ((t.allow !== null || t.allowClasses !== null) && !allowOpen)
        return false;
    if (policy.schemas.size > 0)
        return false;
    if (policy.enforcement.unconstrainedTools === 'deny')
        return false;
    if (policy.sequences.length > 0)
        return false;
    if (policy.limits && (policy.limits.maxRequestsTotal !== null || policy.limits.maxToolCallsTotal !== null))
        return false;
    if (policy.toolPins.size > 0)
        return false;
    return true;
}

;// CONCATENATED MODULE: ./src/core/policy/traversal-probe.ts
const PATH_REGEX_TRAVERSAL = 'W_PATH_REGEX_TRAVERSAL';
// Argument names that hold file-system paths: the whole name or its last word (snake, kebab or camel
// case). `uri`/`url` are not paths (`within` refuses them as relative); `source`/`destination` are what
// file servers call the two paths of a move or copy.
const PATH_WORDS = new Set(['path', 'pathname', 'file', 'filename', 'filepath', 'dir', 'dirname', 'directory', 'folder']);
const PATH_NAMES = new Set(['source', 'destination']);
function isPathLikeName(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');
    const last = words[words.length - 1];
    if (last === undefined)
        return false;
    return PATH_WORDS.has(last) || (words.length === 1 && PATH_NAMES.has(last));
}
const MAX_AFFIXES = 16;
/** Index just past the `]` closing the class that opens at `i`. */
function skipClass(p, i) {
    let j = i + 1;
    if (p[j] === '^')
        j++;
    if (p[j] === ']')
        j++;
    while (j < p.length && p[j] !== ']') {
        if (p[j] === '\\')
            j += 2;
        else if (p[j] === '[' && p[j + 1] === ':') {
            const end = p.indexOf(':]', j + 2);
            j = end < 0 ? p.length : end + 2;
        }
        else
            j++;
    }
    return j + 1;
}
/** Index of the `)` closing the group that opens at `i` (or p.length). */
function closeParen(p, i) {
    let depth = 0;
    for (let j = i; j < p.length;) {
        const c = p[j];
        if (c === '\\')
            j += 2;
        else if (c === '[')
            j = skipClass(p, j);
        else {
            if (c === '(')
                depth++;
            else if (c === ')' && --depth === 0)
                return j;
            j++;
        }
    }
    return p.length;
}
/** Top-level alternatives. */
function splitAlternatives(p) {
    const out = [];
    let depth = 0;
    let from = 0;
    for (let j = 0; j < p.length;) {
        const c = p[j];
        if (c === '\\')
            j += 2;
        else if (c === '[')
            j = skipClass(p, j);
        else {
            if (c === '(')
                depth++;
            else if (c === ')')
                depth--;
            else if (c === '|' && depth === 0) {
                out.push(p.slice(from, j));
                from = j + 1;
            }
            j++;
        }
    }
    out.push(p.slice(from));
    return out;
}
/** Length of an escape starting at `i` (the backslash) that does not stand for one literal character. */
function escapeLength(p, i) {
    const c = p[i + 1];
    if ((c === 'p' || c === 'P' || c === 'x') && p[i + 2] === '{') {
        const end = p.indexOf('}', i + 3);
        return end < 0 ? p.length - i : end - i + 1;
    }
    if (c === 'p' || c === 'P')
        return 3;
    if (c === 'x')
        return 4;
    return 2;
}
function tokenize(p) {
    const toks = [];
    let i = 0;
    while (i < p.length) {
        const c = p[i];
        let tok;
        if (c === '\\') {
            const n = p[i + 1];
            if (n === undefined)
                return toks;
            if (n === 'Q') {
                const end = p.indexOf('\\E', i + 2);
                const text = p.slice(i + 2, end < 0 ? p.length : end);
                i = end < 0 ? p.length : end + 2;
                for (const ch of text)
                    toks.push({ t: 'lit', s: ch, q: '' });
                continue;
            }
            if (n === 'A')
                tok = { t: 'start' };
            else if (n === 'z')
                tok = { t: 'end' };
            else if (!/[0-9A-Za-z]/.test(n))
                tok = { t: 'lit', s: n, q: '' };
            else
                tok = { t: 'other' };
            i += tok.t === 'other' ? escapeLength(p, i) : 2;
        }
        else if (c === '(') {
            const close = closeParen(p, i);
            const body = p.slice(i + 1, close);
            i = close + 1;
            if (body.startsWith('?')) {
                const colon = body.indexOf(':');
                const named = body.startsWith('?P<') || body.startsWith('?<');
                if (named)
                    tok = { t: 'group', inner: body.slice(body.indexOf('>') + 1), q: '' };
                else if (colon < 0)
                    tok = { t: 'flags' };
                else
                    tok = { t: 'group', inner: body.slice(colon + 1), q: '' };
            }
            else
                tok = { t: 'group', inner: body, q: '' };
        }
        else if (c === '[') {
            i = skipClass(p, i);
            tok = { t: 'other' };
        }
        else if (c === '^') {
            i++;
            tok = { t: 'start' };
        }
        else if (c === '$') {
            i++;
            tok = { t: 'end' };
        }
        else if (c === '.') {
            i++;
            tok = { t: 'other' };
        }
        else {
            const cp = p.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            i += ch.length;
            tok = { t: 'lit', s: ch, q: '' };
        }
        // A quantifier (and its lazy `?`) belongs to the atom before it.
        const q = p[i];
        if (q === '?' || q === '*' || q === '+') {
            i++;
            if (p[i] === '?')
                i++;
            if (tok.t === 'lit' || tok.t === 'group')
                tok.q = q;
        }
        else if (q === '{' && /^\{\d+(,\d*)?\}/.test(p.slice(i, i + 24))) {
            i = p.indexOf('}', i) + 1;
            if (p[i] === '?')
                i++;
            if (tok.t === 'lit' || tok.t === 'group')
                tok.q = '{';
            else
                tok = { t: 'other' };
        }
        toks.push(tok);
    }
    return toks;
}
function cross(a, b, prefix) {
    const out = [];
    for (const x of a)
        for (const y of b)
            if (out.length < MAX_AFFIXES)
                out.push({ text: prefix ? x + y.text : y.text + x, complete: y.complete });
    return out;
}
/** Literal prefixes (or suffixes) of every alternative of `p`. */
function affixes(p, prefix, depth) {
    const out = [];
    for (const alt of splitAlternatives(p)) {
        const toks = tokenize(alt);
        if (!prefix)
            toks.reverse();
        out.push(...sequenceAffixes(toks, prefix, depth));
        if (out.length >= MAX_AFFIXES)
            break;
    }
    return out.slice(0, MAX_AFFIXES);
}
function sequenceAffixes(toks, prefix, depth) {
    let acc = [''];
    const partial = () => acc.map((text) => ({ text, complete: false }));
    for (const tok of toks) {
        if (tok.t === 'flags')
            continue;
        if (tok.t === (prefix ? 'start' : 'end')) {
            if (acc.length === 1 && acc[0] === '')
                continue;
            return partial();
        }
        if (tok.t === 'lit') {
            if (tok.q === '' || tok.q === '+')
                acc = acc.map((a) => (prefix ? a + tok.s : tok.s + a));
            if (tok.q !== '')
                return partial();
            continue;
        }
        if (tok.t === 'group' && depth < 8 && (tok.q === '' || tok.q === '+')) {
            const sub = affixes(tok.inner, prefix, depth + 1);
            const next = cross(acc, sub, prefix);
            if (tok.q === '' && sub.every((s) => s.complete)) {
                acc = next.map((n) => n.text);
                continue;
            }
            return next.map((n) => ({ text: n.text, complete: false }));
        }
        return partial();
    }
    return acc.map((text) => ({ text, complete: true }));
}
/**
 * Literal prefixes of the alternatives of an RE2 pattern (empty strings dropped, deduplicated). An
 * alternative not anchored at the start counts only when its literal starts with `/` (`\.txt$` is a
 * suffix test, not a folder to climb out of).
 */
function literalPrefixes(pattern) {
    const out = new Set();
    for (const alt of splitAlternatives(pattern)) {
        const toks = tokenize(alt);
        const anchored = toks.find((t) => t.t !== 'flags')?.t === 'start';
        for (const a of sequenceAffixes(toks, true, 0))
            if (a.text !== '' && (anchored || a.text.startsWith('/')))
                out.add(a.text);
        if (out.size >= MAX_AFFIXES)
            break;
    }
    return [...out].slice(0, MAX_AFFIXES);
}
/** Literal suffixes of the alternatives that are anchored at the end (`$`, `\z`); '' when some is not. */
function literalSuffixes(pattern) {
    const out = new Set();
    for (const alt of splitAlternatives(pattern)) {
        const toks = tokenize(alt);
        const last = toks[toks.length - 1];
        if (last?.t !== 'end') {
            out.add('');
            continue;
        }
        for (const a of sequenceAffixes(toks.reverse(), false, 0))
            out.add(a.text);
        if (out.size >= 4)
            break;
    }
    return [...out].slice(0, 4);
}
/** Values that climb out of each literal prefix with `..`, and an innocent value under the same prefix. */
function traversalProbes(pattern) {
    const out = [];
    const suffixes = literalSuffixes(pattern);
    for (const prefix of literalPrefixes(pattern)) {
        const dir = prefix.endsWith('/') ? prefix : `${prefix}/`;
        for (const s of suffixes) {
            // Out and sideways; out through a first segment (for regexes that demand one); just up (`/app/..`).
            out.push({ probe: `${dir}../etc/passwd${s}`, control: `${dir}x${s}`, prefix });
            out.push({ probe: `${dir}x/../../etc/passwd${s}`, control: `${dir}x/y${s}`, prefix });
            if (s === '')
                out.push({ probe: `${dir}..`, control: `${dir}x`, prefix });
        }
    }
    return out;
}
// ---------- the probe against a loaded policy ----------
function pointer(name) {
    return `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
const keyOf = (v) => `${v.path}\u0000${v.constraint}`;
/**
 * The tool's schema accepts `probe` for `param` exactly as it accepts `control`, a value under the same
 * prefix that the regex was written to allow. Comparing against the control keeps other arguments'
 * `required` failures (we pass only one argument) from hiding or faking a verdict.
 */
function acceptsLike(ts, param, probe, control) {
    let bad;
    let good;
    try {
        good = ts.validate({ [param]: control });
        bad = ts.validate({ [param]: probe });
    }
    catch {
        return false;
    }
    const at = pointer(param);
    if (good.some((v) => v.path === at || v.path.startsWith(`${at}/`)))
        return false;
    const known = new Set(good.map(keyOf));
    return bad.every((v) => known.has(keyOf(v)));
}
function suggestion(prefixes) {
    const folders = [
        ...new Set(prefixes
            .filter((p) => p.startsWith('/') && !p.split('/').includes('..'))
            .map((p) => (p.endsWith('/') ? p.slice(0, -1) : p.slice(0, p.lastIndexOf('/'))))
            .map((f) => (f === '' ? '/' : f))),
    ];
    const list = folders.length > 0 ? folders.map((f) => JSON.stringify(f)).join(', ') : '"/your/folder"';
    return `use within: [${list}] (x-assay-within in schemas)`;
}
/**
 * One W_PATH_REGEX_TRAVERSAL warning per regex (short-form `matches` or a top-level `properties.<p>.pattern`)
 * on a path-like argument whose tool schema accepts a `..` walk out of the regex's own prefix. Positioned at
 * the regex.
 */
function probePathRegexes(policy) {
    const out = [];
    for (const [tool, ts] of policy.schemas) {
        for (const src of ts.sources) {
            if (!src.patternRefs)
                continue;
            const props = src.schema.properties;
            for (const [param, ref] of Object.entries(src.patternRefs)) {
                if (!isPathLikeName(param))
                    continue;
                const pattern = props?.[param]?.pattern;
                if (typeof pattern !== 'string')
                    continue;
                const probes = traversalProbes(pattern);
                const hit = probes.find((p) => acceptsLike(ts, param, p.probe, p.control));
                if (!hit)
                    continue;
                const prefixes = [...new Set(probes.map((p) => p.prefix))];
                out.push({
                    code: PATH_REGEX_TRAVERSAL,
                    severity: 'warning',
                    source: 'policy',
                    file: ref.file,
                    line: ref.line,
                    col: ref.col,
                    message: `regex ${JSON.stringify(pattern)} on ${tool} argument "${param}" accepts ${JSON.stringify(hit.probe)}: ` +
                        `a ".." segment walks out of ${JSON.stringify(hit.prefix)}; ${suggestion(prefixes)}`,
                    context: { tool, param, pattern, probe: hit.probe },
                });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/policy/index.ts
// Public API of the one policy model and engine.












/***/ }),

/***/ 42670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ LoadContext),
/* harmony export */   Jr: () => (/* binding */ sortByPosition),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   i7: () => (/* binding */ renderPath),
/* harmony export */   zy: () => (/* binding */ has)
/* harmony export */ });
/* harmony import */ var _util_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46203);

class LoadContext {
    file;
    source;
    base;
    code;
    lenient;
    diagnostics = [];
    constructor(file, source, 
    /** Where the policy value sits inside `source` (inline policies). */
    base = [], 
    /** Error code: E_POLICY_PARSE for policies, E_CFG_PARSE for rules inside eval configs. */
    code = 'E_POLICY_PARSE', 
    /** `--lenient`: unknown keys are warnings instead of errors. */
    lenient = false) {
        this.file = file;
        this.source = source;
        this.base = base;
        this.code = code;
        this.lenient = lenient;
    }
    /**
     * Unknown keys of the mapping at `path` are errors (a typo must not drop a rule), warnings when
     * lenient. `where` defaults to "at top level" / "in <path>".
     */
    checkKeys(path, obj, allowed, opts = {}) {
        const where = opts.where ?? (path.length === 0 ? 'at top level' : `in ${renderPath(path)}`);
        for (const u of (0,_util_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .findUnknownKeys */ .Wo)(obj, allowed, where, opts)) {
            const context = u.suggestion !== null ? { unknown_key: u.key, suggestion: u.suggestion } : { unknown_key: u.key };
            if (this.lenient) {
                this.warn(this.code === 'E_CFG_PARSE' ? 'W_CFG_UNKNOWN_KEY' : 'W_POLICY_UNKNOWN_KEY', [...path, u.key], u.message, { key: true, context });
            }
            else
                this.error([...path, u.key], u.message, { key: true, context });
        }
    }
    ref(path, key = false) {
        if (!this.source)
            return undefined;
        // The whole file: 1:1 (shows whole-file warnings there), not the first key's line.
        if (path.length === 0 && this.base.length === 0)
            return { file: this.file, line: 1, col: 1 };
        const full = [...this.base, ...path];
        const p = key ? this.source.keyPosOf(full) : this.source.posOf(full);
        return { file: this.file, line: p.line, col: p.col };
    }
    error(path, message, opts = {}) {
        this.push('error', this.code, path, message, opts);
    }
    warn(code, path, message, opts = {}) {
        this.push('warning', code, path, message, opts);
    }
    get errorCount() {
        return this.diagnostics.filter((d) => d.severity === 'error').length;
    }
    push(severity, code, path, message, opts) {
        const r = this.ref(path, opts.key ?? false);
        const d = { code, severity, message, source: 'policy', file: this.file };
        if (r) {
            d.line = r.line;
            d.col = r.col;
        }
        d.context = { key_path: renderPath(path), ...(opts.context ?? {}) };
        this.diagnostics.push(d);
    }
}
/** `tools.allow[0]`, `constraints[1].params.path.matches`, `schemas.read_file`. */
function renderPath(path) {
    let s = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else
            s += s === '' ? seg : `.${seg}`;
    }
    return s;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}
/** Sort diagnostics by (line, col) keeping insertion order for ties; whole-file ones first. */
function sortByPosition(ds) {
    return ds
        .map((d, i) => ({ d, i }))
        .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.col ?? 0) - (b.d.col ?? 0) || a.i - b.i)
        .map((x) => x.d);
}


/***/ }),

/***/ 49863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vn: () => (/* binding */ SchemaCompiler),
/* harmony export */   Wq: () => (/* binding */ runValidator),
/* harmony export */   _U: () => (/* binding */ checkSchema)
/* harmony export */ });
/* unused harmony exports draftOf, ALL_ERRORS_MAX_NODES, MAX_VIOLATIONS, toViolation, MAX_VIOLATION_TEXT, capText */
/* harmony import */ var _ajv_load_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9867);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72995);
/* harmony import */ var _regex_re2_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(665);
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42670);
/* harmony import */ var _within_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9627);





const DRAFTS = {
    'https://json-schema.org/draft/2020-12/schema': '2020-12',
    'http://json-schema.org/draft/2020-12/schema': '2020-12',
    'https://json-schema.org/draft/2019-09/schema': '2019-09',
    'http://json-schema.org/draft/2019-09/schema': '2019-09',
    'http://json-schema.org/draft-07/schema': 'draft-07',
    'https://json-schema.org/draft-07/schema': 'draft-07',
};
/** The draft a schema declares; undefined $schema → 2020-12; anything else → an error reason. */
function draftOf(schema) {
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(schema) || schema.$schema === undefined)
        return { draft: '2020-12' };
    const s = schema.$schema;
    if (typeof s !== 'string')
        return { error: '$schema must be a string' };
    const d = DRAFTS[s.replace(/#$/, '')];
    if (!d)
        return { error: `unsupported $schema "${s}" (supported: draft 2020-12, 2019-09, draft-07)` };
    return { draft: d };
}
const re2Engine = Object.assign((pattern) => {
    const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRegex */ .DL)(pattern);
    if (!c.ok)
        throw new Error(`invalid regex "${pattern}": ${c.reason}`);
    return c.re;
}, { code: 'assayRe2' });
// One ajv instance per draft and kind for the whole process: building one and checking a first schema
// against its meta-schema costs tens of milliseconds (docs/startup.md), compiling a tool schema on a warm
// one well under one. Compiled schemas are removed from the instance cache right away (the validate
// function keeps working), and `addUsedSchema: false` keeps `$id`s of different policies from colliding.
//
// Bounded work on hostile arguments (see docs/regex.md): a schema has two validators. The first-error
// one (`allErrors: false`) decides; only when it fails on a small argument (≤ ALL_ERRORS_MAX_NODES
// values) does the all-errors one list every violation. So a 16 MiB array of wrong items costs one pass
// and yields one violation, not millions. `uniqueItems` is a hashed check on canonical JSON (linear)
// instead of ajv's pairwise compare.
//
// Only the first-error compile checks a schema against its meta-schema, and only for schemas people
// wrote: the all-errors one compiles a body that already passed, on first need (most runs never list
// violations), and schemas Assay builds itself (constraints, require_args) are valid by construction.
const instances = new Map();
function instance(d, all, checkMeta) {
    const key = `${d}|${all ? 'all' : 'first'}|${checkMeta ? 'meta' : 'trusted'}`;
    let a = instances.get(key);
    if (!a) {
        const opts = {
            allErrors: all,
            strict: false,
            validateFormats: false,
            validateSchema: checkMeta,
            addUsedSchema: false,
            logger: false,
            code: { regExp: re2Engine },
        };
        const { Ajv, Ajv2019, Ajv2020 } = (0,_ajv_load_cjs__WEBPACK_IMPORTED_MODULE_0__/* .loadAjv */ .O)(); // first use loads ajv (docs/startup.md)
        const ajv = d === '2020-12' ? new Ajv2020(opts) : d === '2019-09' ? new Ajv2019(opts) : new Ajv(opts);
        ajv.addKeyword((0,_within_js__WEBPACK_IMPORTED_MODULE_4__/* .withinKeyword */ .HZ)());
        ajv.removeKeyword('uniqueItems');
        ajv.addKeyword({ keyword: 'uniqueItems', type: 'array', schemaType: 'boolean', errors: true, validate: uniqueItems });
        a = ajv;
        instances.set(key, a);
    }
    return a;
}
/** `uniqueItems` by hashing each item's canonical JSON: linear in the array's size. */
const uniqueItems = (schema, data) => {
    uniqueItems.errors = [];
    if (!schema || data.length < 2)
        return true;
    const seen = new Map();
    for (let j = 0; j < data.length; j++) {
        let key;
        try {
            key = (0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalize */ .dw)(data[j]);
        }
        catch {
            key = `\u0000${typeof data[j]}:${String(data[j])}`; // not JSON (never from a parsed trace)
        }
        const i = seen.get(key);
        if (i !== undefined) {
            uniqueItems.errors = [{ keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)`, params: { i: j, j: i } }];
            return false;
        }
        seen.set(key, j);
    }
    return true;
};
class SchemaCompiler {
    /** Compile a schema that already passed checkSchema; a failure's reason is ajv's message. */
    compile(schema, opts = {}) {
        const d = draftOf(schema);
        if ('error' in d)
            return { ok: false, reason: d.error };
        // The instance already fixes the draft; drop $schema so its meta-schema lookup cannot differ.
        const body = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(schema) && schema.$schema !== undefined ? withoutKey(schema, '$schema') : schema;
        const draft = d.draft;
        try {
            const first = compileOn(instance(draft, false, opts.generated !== true), body);
            let all;
            let tried = false;
            const validate = {
                first,
                get all() {
                    if (!tried) {
                        tried = true;
                        try {
                            all = compileOn(instance(draft, true, false), body);
                        }
                        catch {
                            all = undefined; // the same body compiled for `first`; never expected
                        }
                    }
                    return all;
                },
            };
            return { ok: true, validate };
        }
        catch (e) {
            return { ok: false, reason: e.message };
        }
    }
}
function compileOn(ajv, body) {
    try {
        return ajv.compile(body);
    }
    finally {
        try {
            if (typeof body === 'object' && body !== null)
                ajv.removeSchema(body);
        }
        catch {
            /* nothing cached */
        }
    }
}
/** Arguments with more values than this get the first violation only. */
const ALL_ERRORS_MAX_NODES = 10_000;
/** Most violations listed for one argument. */
const MAX_VIOLATIONS = 100;
/** True when `v` holds at most `limit` values (arrays/objects/scalars), counted with an early stop. */
function smallValue(v, limit) {
    let budget = limit;
    const stack = [v];
    while (stack.length > 0) {
        const x = stack.pop();
        if (--budget < 0)
            return false;
        if (typeof x === 'string' && x.length > MAX_VIOLATION_TEXT * 16)
            return false;
        if (Array.isArray(x)) {
            if (x.length > budget)
                return false;
            for (const e of x)
                stack.push(e);
        }
        else if (typeof x === 'object' && x !== null) {
            const vals = Object.values(x);
            if (vals.length > budget)
                return false;
            for (const e of vals)
                stack.push(e);
        }
    }
    return true;
}
function withoutKey(o, key) {
    const out = {};
    for (const k of Object.keys(o))
        if (k !== key)
            out[k] = o[k];
    return out;
}
function escapePointer(s) {
    return String(s).replace(/~/g, '~0').replace(/\//g, '~1');
}
/** ajv error → `{path, constraint, message}`; the path names the offending property itself. */
function toViolation(e) {
    const p = e.params;
    let path = e.instancePath;
    if ((e.keyword === 'required' || e.keyword === 'dependentRequired' || e.keyword === 'dependencies') && p.missingProperty !== undefined) {
        path += `/${escapePointer(p.missingProperty)}`;
    }
    else if (e.keyword === 'additionalProperties' && p.additionalProperty !== undefined) {
        path += `/${escapePointer(p.additionalProperty)}`;
    }
    else if (e.keyword === 'unevaluatedProperties' && p.unevaluatedProperty !== undefined) {
        path += `/${escapePointer(p.unevaluatedProperty)}`;
    }
    else if (e.keyword === 'propertyNames' && p.propertyName !== undefined) {
        path += `/${escapePointer(p.propertyName)}`;
    }
    return { path: capText(path), constraint: e.keyword, message: capText(e.message ?? `must satisfy ${e.keyword}`) };
}
/** Longest message or path kept in a violation (UTF-16 units); longer ones are cut with a marker. */
const MAX_VIOLATION_TEXT = 4096;
function capText(s) {
    if (s.length <= MAX_VIOLATION_TEXT)
        return s;
    let head = s.slice(0, MAX_VIOLATION_TEXT);
    if (/[\ud800-\udbff]$/.test(head))
        head = head.slice(0, -1); // never split a surrogate pair
    const cut = Buffer.byteLength(s, 'utf8') - Buffer.byteLength(head, 'utf8');
    return `${head}…[truncated ${cut} bytes]`;
}
/**
 * Run a compiled schema. A regex whose input is too long for its proven work bound makes the
 * check fail (fail-closed): one violation naming the limit, whatever the schema around it says.
 */
function runValidator(v, args) {
    try {
        if (v.first(args))
            return [];
        const all = smallValue(args, ALL_ERRORS_MAX_NODES) ? v.all : undefined;
        if (all !== undefined && !all(args)) {
            return (all.errors ?? []).slice(0, MAX_VIOLATIONS).map(toViolation);
        }
    }
    catch (e) {
        if (e instanceof _regex_re2_js__WEBPACK_IMPORTED_MODULE_2__/* .RegexBudgetError */ .$t) {
            return [{ path: '', constraint: 'pattern', message: capText(`cannot be checked: ${e.message} (denied: fail-closed)`) }];
        }
        throw e;
    }
    return (v.first.errors ?? []).slice(0, 1).map(toViolation);
}
// ---------- static checks with positions (before ajv sees the schema) ----------
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_ONE = [
    'additionalProperties',
    'additionalItems',
    'unevaluatedProperties',
    'unevaluatedItems',
    'contains',
    'propertyNames',
    'not',
    'if',
    'then',
    'else',
    'contentSchema',
];
const REF_KEYS = ['$ref', '$dynamicRef', '$recursiveRef'];
/**
 * Every RE2-incompatible `pattern`/`patternProperties`, every unusable `x-assay-within` list and every
 * external `$ref` of a schema, with the path of the offending value, so each is reported at its own line.
 */
function checkSchema(schema) {
    const issues = [];
    const seen = new Set();
    const walk = (node, path) => {
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(node) || seen.has(node))
            return;
        seen.add(node);
        for (const k of REF_KEYS) {
            const r = node[k];
            if (typeof r === 'string' && !r.startsWith('#')) {
                issues.push({ path: [...path, k], key: false, kind: 'ref', message: `external $ref is disabled ("${r}")` });
            }
        }
        if (typeof node.pattern === 'string') {
            const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRegex */ .DL)(node.pattern);
            if (!c.ok)
                issues.push({ path: [...path, 'pattern'], key: false, kind: 'regex', message: c.reason });
        }
        if (node[_within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW] !== undefined) {
            const w = (0,_within_js__WEBPACK_IMPORTED_MODULE_4__/* .withinListProblems */ .IQ)(node[_within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW]);
            if (w.list)
                issues.push({ path: [...path, _within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW], key: false, kind: 'within', message: `${_within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW} ${w.list}` });
            for (const it of w.items)
                issues.push({ path: [...path, _within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW, it.index], key: false, kind: 'within', message: `${_within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW}[${it.index}] ${it.message}` });
        }
        if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(node.patternProperties)) {
            for (const key of Object.keys(node.patternProperties)) {
                const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRegex */ .DL)(key);
                if (!c.ok)
                    issues.push({ path: [...path, 'patternProperties', key], key: true, kind: 'regex', message: c.reason });
            }
        }
        for (const k of SCHEMA_MAPS) {
            const m = node[k];
            if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(m))
                for (const [name, sub] of Object.entries(m))
                    walk(sub, [...path, k, name]);
        }
        if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(node.dependencies)) {
            for (const [name, sub] of Object.entries(node.dependencies))
                walk(sub, [...path, 'dependencies', name]);
        }
        for (const k of SCHEMA_LISTS) {
            const l = node[k];
            if (Array.isArray(l))
                l.forEach((sub, i) => walk(sub, [...path, k, i]));
        }
        if (Array.isArray(node.items))
            node.items.forEach((sub, i) => walk(sub, [...path, 'items', i]));
        else
            walk(node.items, [...path, 'items']);
        for (const k of SCHEMA_ONE)
            walk(node[k], [...path, k]);
    };
    walk(schema, []);
    return issues;
}


/***/ }),

/***/ 18085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ compileToolPattern),
/* harmony export */   mw: () => (/* binding */ isUniversalPattern)
/* harmony export */ });
/* unused harmony exports matchToolPattern, hasLiteralStar */
// The tool-name pattern language, the same everywhere: allow/deny, obligation lists,
// tool_blocklist, trace assertions, sequence selectors. Case-sensitive; no escapes; `*` is a
// wildcard only in a leading or trailing run — a `*` neither first nor last is a literal character.
function compileToolPattern(pattern) {
    let lead = 0;
    while (lead < pattern.length && pattern.charCodeAt(lead) === 0x2a)
        lead++;
    if (lead === pattern.length) {
        // "" matches only the empty name; a run of stars matches every name.
        if (pattern.length === 0)
            return make(pattern, 'exact', '', (n) => n === '');
        return make(pattern, 'any', '', () => true);
    }
    let trail = 0;
    while (pattern.charCodeAt(pattern.length - 1 - trail) === 0x2a)
        trail++;
    const text = pattern.slice(lead, pattern.length - trail);
    if (lead > 0 && trail > 0)
        return make(pattern, 'contains', text, (n) => n.includes(text));
    if (lead > 0)
        return make(pattern, 'suffix', text, (n) => n.endsWith(text));
    if (trail > 0)
        return make(pattern, 'prefix', text, (n) => n.startsWith(text));
    return make(pattern, 'exact', text, (n) => n === text);
}
function make(pattern, kind, text, test) {
    return { pattern, kind, text, literalStar: text.includes('*'), test };
}
/** One-off match (compiles each time; hold a compiled pattern in hot paths). */
function matchToolPattern(pattern, name) {
    return compileToolPattern(pattern).test(name);
}
/** A pattern that matches every name (`*`, `**`, …). */
function isUniversalPattern(pattern) {
    return compileToolPattern(pattern).kind === 'any';
}
/** A pattern with a `*` that is neither leading nor trailing (matched literally). */
function hasLiteralStar(pattern) {
    return compileToolPattern(pattern).literalStar;
}


/***/ }),

/***/ 9627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ withinKeyword),
/* harmony export */   IQ: () => (/* binding */ withinListProblems),
/* harmony export */   wW: () => (/* binding */ WITHIN_KEYWORD)
/* harmony export */ });
/* unused harmony exports normalizeAbsolutePath, isWithinFolder, folderProblem, WithinChecker */
// Path containment (`params.<name>.within`, schema keyword `x-assay-within`): an argument passes only if,
// after lexical normalisation, it is one of the allowed folders or lies below one, by whole segments.
// Purely lexical on purpose: the gate never touches the file system of the machine the tool runs on;
// symlinks are the sandbox's and the kernel's job (docs/authoring.md, "Path arguments").
const WITHIN_KEYWORD = 'x-assay-within';
/**
 * Lexical normalisation of an absolute POSIX path: repeated `/` collapse, `.` segments drop, `..` removes
 * the segment before it; a `..` with nothing left to remove climbs above the root and fails (rather than
 * being clamped to `/` as the kernel would: a path that tries it is hostile, not a path to serve).
 * Refused outright: the empty string, a relative path (no leading `/`, which includes `C:\…` and
 * `file://…`), a NUL byte (C APIs cut the path there) and a backslash (a separator on Windows servers).
 */
function normalizeAbsolutePath(p) {
    if (p.length === 0)
        return { ok: false, failure: 'empty' };
    if (p.includes('\u0000'))
        return { ok: false, failure: 'nul' };
    if (p.includes('\\'))
        return { ok: false, failure: 'backslash' };
    if (p.charCodeAt(0) !== 0x2f)
        return { ok: false, failure: 'relative' };
    const out = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length === 0)
                return { ok: false, failure: 'escapes_root' };
            out.pop();
            continue;
        }
        out.push(seg);
    }
    return { ok: true, path: `/${out.join('/')}` };
}
/** `path` equals `folder` or lies below it, by whole segments; both already normalised. Case-sensitive. */
function isWithinFolder(path, folder) {
    if (folder === '/')
        return true;
    return path === folder || (path.length > folder.length && path.startsWith(folder) && path.charCodeAt(folder.length) === 0x2f);
}
/** Why an entry of a `within` list is unusable, or null. Folders must be absolute and may not use `..`. */
function folderProblem(folder) {
    if (typeof folder !== 'string')
        return 'must be a string (an absolute folder path)';
    const n = normalizeAbsolutePath(folder);
    if (!n.ok) {
        switch (n.failure) {
            case 'empty':
            case 'relative':
                return `must be an absolute path starting with "/" (got ${quote(folder)})`;
            case 'nul':
                return 'must not contain a NUL byte';
            case 'backslash':
                return `must not contain a backslash (got ${quote(folder)})`;
            case 'escapes_root':
                return `must not contain ".." (got ${quote(folder)})`;
        }
    }
    // A `..` that stays inside the root still makes the list say something other than what it means.
    if (folder.split('/').includes('..'))
        return `must not contain ".." (got ${quote(folder)})`;
    return null;
}
/** Problems of a whole `within` value: a non-empty list of folders; each item's problem by index. */
function withinListProblems(value) {
    if (!Array.isArray(value))
        return { list: 'must be a list of absolute folder paths', items: [] };
    if (value.length === 0)
        return { list: 'must list at least one folder (an empty list would deny every value)', items: [] };
    const items = [];
    value.forEach((f, index) => {
        const m = folderProblem(f);
        if (m)
            items.push({ index, message: m });
    });
    return { list: null, items };
}
/** A compiled containment check over already validated folders. */
class WithinChecker {
    folders;
    constructor(folders) {
        const norm = [];
        for (const f of folders) {
            const n = normalizeAbsolutePath(f);
            if (!n.ok || f.split('/').includes('..'))
                throw new Error(`invalid within folder ${quote(f)}`);
            norm.push(n.path);
        }
        this.folders = norm;
    }
    check(value) {
        if (typeof value !== 'string')
            return { ok: false, failure: 'not_string' };
        const n = normalizeAbsolutePath(value);
        if (!n.ok)
            return { ok: false, failure: n.failure };
        for (const f of this.folders)
            if (isWithinFolder(n.path, f))
                return { ok: true, normalized: n.path };
        return { ok: false, failure: 'outside', normalized: n.path };
    }
    /** The violation message for a failed check (values cut, so a huge argument cannot make a huge message). */
    message(value, r) {
        const allowed = this.folders.join(', ');
        switch (r.failure) {
            case 'not_string':
                return `must be a string path within ${allowed}`;
            case 'empty':
                return `must be a path within ${allowed} (got an empty string)`;
            case 'relative':
                return `must be an absolute path within ${allowed} (got ${quote(String(value))})`;
            case 'nul':
                return 'must not contain a NUL byte';
            case 'backslash':
                return `must not contain a backslash (got ${quote(String(value))})`;
            case 'escapes_root':
                return `climbs above the root with ".." (got ${quote(String(value))})`;
            case 'outside':
                return `resolves to ${quote(r.normalized ?? '')}, outside ${allowed}`;
        }
    }
}
const QUOTE_MAX = 200;
function quote(s) {
    const cut = s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX)}…` : s;
    return JSON.stringify(cut);
}
/**
 * The ajv keyword. It applies to every JSON type: a path constraint met by a number or an object fails
 * (fail-closed), unlike `pattern`, which ignores non-strings.
 */
function withinKeyword() {
    return {
        keyword: WITHIN_KEYWORD,
        schemaType: 'array',
        errors: true,
        compile(folders) {
            const p = withinListProblems(folders);
            const first = p.list ?? p.items[0]?.message;
            if (first !== undefined)
                throw new Error(`${WITHIN_KEYWORD} ${first}`);
            const checker = new WithinChecker(folders);
            const validate = (data) => {
                const r = checker.check(data);
                if (r.ok)
                    return true;
                validate.errors = [{ keyword: WITHIN_KEYWORD, message: checker.message(data, r), params: { within: checker.folders, failure: r.failure } }];
                return false;
            };
            return validate;
        },
    };
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $t: () => (/* binding */ RegexBudgetError),
  DL: () => (/* binding */ compileRegex)
});

// UNUSED EXPORTS: MAX_PROGRAM_SIZE, RE2_WORK_LIMIT

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/core/regex/fast-path.ts
// Safe fast path: translate an RE2 pattern into a V8 RegExp source ONLY when (a) every construct
// has been rewritten into explicit code-point sets whose meaning is the same in both engines and
// (b) V8's backtracker provably does at most linear work on any input. Anything else returns
// null and the caller keeps re2js. The pattern has already been accepted by re2js.
//
// Semantics kept identical by construction: the V8 regex runs with the `u` flag only (no i/m/s),
// so it works on code points; `.`, `\d \w \s`, POSIX classes and (?i) folding are expanded here
// into explicit ranges with RE2's ASCII definitions; `^`/`$` without (?m) are text anchors in both.
// Greedy vs lazy does not change whether a match exists, so (?U) and `*?` are accepted.
//
// Linear-time argument (test() only asks whether some match exists): a cost model (below) bounds
// the backtracker's steps by perChar · (n + 1) + constant, counting counted repeats by their count.
//  A. No unbounded repetition: each start position costs at most C(pattern) steps (one step when
//     the pattern is anchored by `^`, except at position 0).
//  B. Anchored at the start by `^` and exactly one unbounded repetition, over a single-character
//     set, at the top level: the repetition hands back each character once to the suffix.
// Both numbers must be within budget (FAST_PER_CHAR_BUDGET, FAST_CONSTANT_BUDGET); otherwise the
// pattern stays on re2js. Before the check, an unanchored leading `X{m,}` and any trailing `X{m,}`
// (X one character, also per top-level alternative) are reduced to `X{m}`: for "is there a match
// somewhere" the two are equivalent. See docs/regex.md.
const MAX_CP = 0x10ffff;
const MAX_PATTERN_LENGTH = 512;
class Unsupported extends Error {
}
// ---------- code-point sets ----------
function norm(pairs) {
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const out = [];
    for (const [lo, hi] of pairs) {
        const n = out.length;
        if (n > 0 && lo <= out[n - 1] + 1) {
            if (hi > out[n - 1])
                out[n - 1] = hi;
        }
        else
            out.push(lo, hi);
    }
    return out;
}
function toPairs(r) {
    const out = [];
    for (let i = 0; i < r.length; i += 2)
        out.push([r[i], r[i + 1]]);
    return out;
}
function union(...sets) {
    return norm(sets.flatMap(toPairs));
}
function complement(r) {
    const out = [];
    let next = 0;
    for (let i = 0; i < r.length; i += 2) {
        if (r[i] > next)
            out.push(next, r[i] - 1);
        next = r[i + 1] + 1;
    }
    if (next <= MAX_CP)
        out.push(next, MAX_CP);
    return out;
}
const single = (cp) => [cp, cp];
const D = [0x30, 0x39];
const S = [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20]; // RE2 \s = [\t\n\f\r ]
const W = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
const POSIX = {
    alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
    alpha: [0x41, 0x5a, 0x61, 0x7a],
    ascii: [0x00, 0x7f],
    blank: [0x09, 0x09, 0x20, 0x20],
    cntrl: [0x00, 0x1f, 0x7f, 0x7f],
    digit: D,
    graph: [0x21, 0x7e],
    lower: [0x61, 0x7a],
    print: [0x20, 0x7e],
    punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
    space: [0x09, 0x0d, 0x20, 0x20],
    upper: [0x41, 0x5a],
    word: W,
    xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};
/**
 * Case-fold closure (RE2 simple folding) of an ASCII-only set. The only non-ASCII code points in
 * the fold orbits of ASCII letters are U+212A KELVIN SIGN (k) and U+017F LONG S (s). A set with a
 * non-ASCII member is refused: folding it would need Unicode tables.
 */
function foldAscii(r) {
    const pairs = toPairs(r);
    const extra = [];
    const has = (cp) => pairs.some(([lo, hi]) => lo <= cp && cp <= hi);
    for (const [lo, hi] of pairs) {
        if (hi > 0x7f)
            throw new Unsupported('non-ASCII under (?i)');
        const ulo = Math.max(lo, 0x41);
        const uhi = Math.min(hi, 0x5a);
        if (ulo <= uhi)
            extra.push([ulo + 32, uhi + 32]);
        const llo = Math.max(lo, 0x61);
        const lhi = Math.min(hi, 0x7a);
        if (llo <= lhi)
            extra.push([llo - 32, lhi - 32]);
    }
    if (has(0x6b) || has(0x4b))
        extra.push([0x212a, 0x212a]);
    if (has(0x73) || has(0x53))
        extra.push([0x17f, 0x17f]);
    return norm([...pairs, ...extra]);
}
// ---------- parser (the RE2 subset the fast path understands) ----------
class Parser {
    cps;
    pos = 0;
    fold = false;
    dotAll = false;
    constructor(pattern) {
        this.cps = Array.from(pattern, (c) => c.codePointAt(0));
    }
    parse() {
        // Flag groups are understood only at the very start (e.g. the `(?is)` prefix of `flags`).
        while (this.peekStr('(?') && this.leadingFlags()) {
            /* consumed */
        }
        const n = this.alt();
        if (this.pos < this.cps.length)
            throw new Unsupported('trailing input');
        return n;
    }
    peek(o = 0) {
        return this.cps[this.pos + o];
    }
    peekStr(s) {
        for (let i = 0; i < s.length; i++)
            if (this.cps[this.pos + i] !== s.charCodeAt(i))
                return false;
        return true;
    }
    leadingFlags() {
        let i = this.pos + 2;
        const letters = [];
        while (i < this.cps.length && /[A-Za-z-]/.test(String.fromCodePoint(this.cps[i]))) {
            letters.push(this.cps[i]);
            i++;
        }
        // Not `(?letters)`: a group such as `(?:…)` or `(?P<n>…)`, parsed by atom().
        if (this.cps[i] !== 0x29 /* ) */ || letters.length === 0)
            return false;
        for (const l of letters) {
            const c = String.fromCodePoint(l);
            if (c === 'i')
                this.fold = true;
            else if (c === 's')
                this.dotAll = true;
            else if (c === 'U')
                continue; // greediness does not change test()
            else
                throw new Unsupported(`flag ${c}`);
        }
        this.pos = i + 1;
        return true;
    }
    alt() {
        const alts = [this.cat()];
        while (this.peek() === 0x7c /* | */) {
            this.pos++;
            alts.push(this.cat());
        }
        if (alts.length === 1)
            return alts[0];
        // `a|b|[cd]` is the set [a-d]: one step instead of an alternation's fan-out.
        if (alts.every((a) => a.t === 'set'))
            return { t: 'set', r: union(...alts.map((a) => a.r)) };
        return { t: 'alt', alts };
    }
    cat() {
        const items = [];
        for (;;) {
            const c = this.peek();
            if (c === undefined || c === 0x7c || c === 0x29)
                break;
            let atom = this.atom();
            let quantified = false;
            for (;;) {
                const q = this.quantifier();
                if (!q)
                    break;
                if (quantified)
                    throw new Unsupported('stacked quantifiers');
                if (atom.t === 'bol' || atom.t === 'eol' || atom.t === 'wb')
                    throw new Unsupported('quantified assertion');
                atom = { t: 'rep', node: atom, min: q.min, max: q.max };
                quantified = true;
                if (this.peek() === 0x3f /* ? lazy */)
                    this.pos++;
            }
            items.push(atom);
        }
        return items.length === 1 ? items[0] : { t: 'cat', items };
    }
    quantifier() {
        const c = this.peek();
        if (c === 0x2a)
            return this.take(1, { min: 0, max: -1 });
        if (c === 0x2b)
            return this.take(1, { min: 1, max: -1 });
        if (c === 0x3f)
            return this.take(1, { min: 0, max: 1 });
        if (c !== 0x7b)
            return null;
        // {n} {n,} {n,m}; anything else is a literal `{` in RE2, which we leave to re2js.
        let i = this.pos + 1;
        const num = () => {
            const start = i;
            while (i < this.cps.length && this.cps[i] >= 0x30 && this.cps[i] <= 0x39)
                i++;
            if (i === start || i - start > 4)
                return null;
            return Number(String.fromCodePoint(...this.cps.slice(start, i)));
        };
        const min = num();
        if (min === null)
            throw new Unsupported('literal {');
        let max = min;
        if (this.cps[i] === 0x2c) {
            i++;
            if (this.cps[i] === 0x7d)
                max = -1;
            else {
                const m = num();
                if (m === null)
                    throw new Unsupported('literal {');
                max = m;
            }
        }
        if (this.cps[i] !== 0x7d)
            throw new Unsupported('literal {');
        this.pos = i + 1;
        return { min, max };
    }
    take(n, v) {
        this.pos += n;
        return v;
    }
    lit(cp) {
        return { t: 'set', r: this.fold ? foldAscii(single(cp)) : single(cp) };
    }
    atom() {
        const c = this.peek();
        switch (c) {
            case 0x28: // (
                return this.group();
            case 0x2e: // .
                this.pos++;
                return { t: 'set', r: this.dotAll ? [0, MAX_CP] : [0, 0x09, 0x0b, MAX_CP] };
            case 0x5e: // ^
                this.pos++;
                return { t: 'bol' };
            case 0x24: // $
                this.pos++;
                return { t: 'eol' };
            case 0x5b: // [
                return { t: 'set', r: this.charClass() };
            case 0x5c: // backslash
                return this.escapeOutside();
            case 0x2a:
            case 0x2b:
            case 0x3f:
            case 0x7b:
                throw new Unsupported('bare quantifier character');
            default:
                this.pos++;
                return this.lit(c);
        }
    }
    group() {
        this.pos++; // (
        if (this.peek() === 0x3f /* ? */) {
            if (this.peekStr('?:'))
                this.pos += 2;
            else if (this.peekStr('?P<') || this.peekStr('?<')) {
                while (this.pos < this.cps.length && this.peek() !== 0x3e /* > */)
                    this.pos++;
                this.pos++;
            }
            else
                throw new Unsupported('group flags');
        }
        const inner = this.alt();
        if (this.peek() !== 0x29)
            throw new Unsupported('unclosed group');
        this.pos++;
        return inner;
    }
    escapeOutside() {
        const e = this.cps[this.pos + 1];
        if (e === undefined)
            throw new Unsupported('trailing backslash');
        const ch = String.fromCodePoint(e);
        if (ch === 'b' || ch === 'B') {
            this.pos += 2;
            return { t: 'wb', neg: ch === 'B' };
        }
        if (ch === 'A') {
            this.pos += 2;
            return { t: 'bol' };
        }
        if (ch === 'z') {
            this.pos += 2;
            return { t: 'eol' };
        }
        const perl = this.perlClass();
        if (perl)
            return { t: 'set', r: perl };
        return this.lit(this.escapedChar());
    }
    /** `\d \D \s \S \w \W` at the cursor (folded as RE2 does under (?i)), else null. */
    perlClass() {
        if (this.peek() !== 0x5c)
            return null;
        const e = this.cps[this.pos + 1];
        if (e === undefined)
            return null;
        const ch = String.fromCodePoint(e);
        const base = ch === 'd' || ch === 'D' ? D : ch === 's' || ch === 'S' ? S : ch === 'w' || ch === 'W' ? W : null;
        if (!base)
            return null;
        this.pos += 2;
        return this.group2set(base, ch === ch.toUpperCase());
    }
    group2set(base, negated) {
        const pos = this.fold ? foldAscii(base) : base;
        return negated ? complement(pos) : pos;
    }
    /** A single escaped character (`\n`, `\x{41}`, `\.`); other escapes are left to re2js. */
    escapedChar() {
        const e = this.cps[this.pos + 1];
        if (e === undefined)
            throw new Unsupported('trailing backslash');
        const simple = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
        const ch = String.fromCodePoint(e);
        if (simple[ch] !== undefined) {
            this.pos += 2;
            return simple[ch];
        }
        if (ch === 'x') {
            let i = this.pos + 2;
            let hex = '';
            if (this.cps[i] === 0x7b) {
                i++;
                while (i < this.cps.length && this.cps[i] !== 0x7d)
                    hex += String.fromCodePoint(this.cps[i++]);
                i++;
            }
            else {
                hex = String.fromCodePoint(...this.cps.slice(i, i + 2));
                i += 2;
            }
            if (!/^[0-9a-fA-F]{1,8}$/.test(hex))
                throw new Unsupported('bad hex');
            const cp = parseInt(hex, 16);
            if (cp > MAX_CP)
                throw new Unsupported('bad hex');
            this.pos = i;
            return cp;
        }
        // RE2: any ASCII punctuation may be escaped to stand for itself.
        if (e < 0x80 && !/[0-9A-Za-z]/.test(ch)) {
            this.pos += 2;
            return e;
        }
        throw new Unsupported(`escape \\${ch}`);
    }
    charClass() {
        this.pos++; // [
        let negated = false;
        if (this.peek() === 0x5e) {
            negated = true;
            this.pos++;
        }
        const parts = [];
        let first = true;
        for (;;) {
            const c = this.peek();
            if (c === undefined)
                throw new Unsupported('unclosed class');
            if (c === 0x5d /* ] */ && !first)
                break;
            first = false;
            if (this.peekStr('[:')) {
                parts.push(this.posixClass());
                continue;
            }
            const perl = this.perlClass();
            if (perl) {
                parts.push(perl);
                continue;
            }
            const lo = this.classChar();
            let hi = lo;
            if (this.peek() === 0x2d /* - */ && this.peek(1) !== undefined && this.peek(1) !== 0x5d) {
                this.pos++;
                hi = this.classChar();
                if (hi < lo)
                    throw new Unsupported('bad range');
            }
            parts.push(this.fold ? foldAscii([lo, hi]) : [lo, hi]);
        }
        this.pos++; // ]
        const set = union(...parts);
        return negated ? complement(set) : set;
    }
    classChar() {
        const c = this.peek();
        if (c === undefined)
            throw new Unsupported('unclosed class');
        if (c === 0x5c) {
            const e = this.cps[this.pos + 1];
            if (e !== undefined && /[dDsSwWpPbBAzQE]/.test(String.fromCodePoint(e)))
                throw new Unsupported('class escape');
            return this.escapedChar();
        }
        this.pos++;
        return c;
    }
    posixClass() {
        let i = this.pos + 2;
        let name = '';
        while (i < this.cps.length && this.cps[i] !== 0x3a)
            name += String.fromCodePoint(this.cps[i++]);
        if (this.cps[i + 1] !== 0x5d)
            throw new Unsupported('not a POSIX class');
        const neg = name.startsWith('^');
        const base = POSIX[neg ? name.slice(1) : name];
        if (!base)
            throw new Unsupported('unknown POSIX class');
        this.pos = i + 2;
        return this.group2set(base, neg);
    }
}
// ---------- safety analysis: a backtracking-cost bound ----------
//
// For a node N entered at one input position, V8's backtracker (no memoisation) explores at most
// the tree of N's paths. Two numbers bound that tree:
//   W(N) = how many ways N can end successfully (each is a separate continuation of what follows),
//   C(N) = steps (node visits, one character test each) spent inside N over all those ways.
// A concatenation A·B costs C(A) + W(A)·C(B); an alternation 1 + ΣC; X{k} unrolls to k copies of X
// and X{0,j} to j nested optional copies. Counted repeats are charged by their count, not by their
// length in the pattern text (so `[ab]{160}` costs 160, and nesting multiplies).
/** Work above this is treated as unbounded (and every comparison with a budget fails). */
const CAP = 1e15;
const cap = (x) => (x > CAP || Number.isNaN(x) ? CAP : x);
function repCost(body, min, max) {
    // Fixed part X^min.
    let w = 1;
    let c = 0;
    for (let k = 0; k < min && c < CAP; k++) {
        c = cap(c + w * body.c);
        w = cap(w * body.w);
    }
    // Optional part X{0,j}, built from the innermost copy outwards.
    let ow = 1;
    let oc = 0;
    for (let k = 0; k < max - min && oc < CAP; k++) {
        oc = cap(1 + body.c + body.w * oc);
        ow = cap(1 + body.w * ow);
    }
    return { w: cap(w * ow), c: cap(c + w * oc) };
}
function cost(n) {
    switch (n.t) {
        case 'set':
        case 'bol':
        case 'eol':
        case 'wb':
            return { w: 1, c: 1 };
        case 'cat':
            return catCost(n.items);
        case 'alt': {
            let w = 0;
            let c = 1;
            for (const a of n.alts) {
                const k = cost(a);
                w = cap(w + k.w);
                c = cap(c + k.c);
            }
            return { w, c };
        }
        case 'rep':
            if (n.max < 0)
                return { w: CAP, c: CAP };
            return repCost(cost(n.node), n.min, n.max);
    }
}
function catCost(items) {
    let w = 1;
    let c = 0;
    for (let i = items.length - 1; i >= 0; i--) {
        const k = cost(items[i]);
        c = cap(k.c + k.w * c);
        w = cap(k.w * w);
    }
    return { w, c };
}
/**
 * Per-character and constant work of matching `items` (a top-level sequence after reduction) over
 * an input of n characters: total steps ≤ perChar · (n + 1) + constant.
 */
function boundOf(items) {
    const anchoredStart = items[0]?.t === 'bol';
    const unbounded = items.filter(isUnboundedChar);
    if (unbounded.length === 0) {
        const k = catCost(items);
        // Anchored: only position 0 gets past `^` (every other start costs one step).
        return anchoredStart ? { perChar: 1, constant: k.c } : { perChar: k.c, constant: 0 };
    }
    // One unbounded repeat of a single-character set X{m,}, anchored at the start: for each way
    // through the prefix P it consumes up to n characters, then gives them back one at a time, each
    // time running the suffix S once.
    if (unbounded.length !== 1 || !anchoredStart)
        return null;
    const at = items.indexOf(unbounded[0]);
    const rep = items[at];
    const p = catCost(items.slice(0, at));
    const s = catCost(items.slice(at + 1));
    return { perChar: cap(1 + p.w * (2 + s.c)), constant: cap(p.c + p.w * rep.min) };
}
const isUnboundedChar = (n) => n !== undefined && n.t === 'rep' && n.max < 0 && n.node.t === 'set';
/** `X{m,M}` or `X{m,}` over one character with M > m: reducible at an unanchored edge. */
const isVariableChar = (n) => n !== undefined && n.t === 'rep' && n.node.t === 'set' && (n.max < 0 || n.max > n.min);
function fixed(n) {
    return n.min === 0 ? [] : [{ t: 'rep', node: n.node, min: n.min, max: n.min }];
}
function itemsOf(n) {
    return n.t === 'cat' ? [...n.items] : [n];
}
/**
 * For "is there a match somewhere", an unanchored leading `X{m,}`/`X{m,M}` and any trailing one (X
 * one character) need only their first m characters: `a+b` matches where `ab` does, `secret.*`
 * where `secret` does, `[a-z]{1,255}@` where `[a-z]@` does. Applied to each alternative of a
 * top-level alternation too.
 */
function reduce(items) {
    let out = items;
    if (out[0]?.t !== 'bol') {
        while (isVariableChar(out[0]))
            out = [...fixed(out[0]), ...out.slice(1)];
    }
    while (isVariableChar(out[out.length - 1])) {
        const last = out[out.length - 1];
        out = [...out.slice(0, -1), ...fixed(last)];
    }
    return out;
}
/** Budget per input character: at ≤ 10 ns a step (measured), a 1 MB argument stays under a second. */
const FAST_PER_CHAR_BUDGET = 64;
/** Budget for the part of the work that does not grow with the input. */
const FAST_CONSTANT_BUDGET = 1_000_000;
/** The reduced pattern and its proven bound, or null when no bound within budget exists. */
function plan(root) {
    let items;
    let bound;
    if (root.t === 'alt') {
        // Each alternative reduced on its own; all must then be free of unbounded repeats.
        const alts = root.alts.map((a) => reduce(itemsOf(a)));
        const alt = { t: 'alt', alts: alts.map((a) => (a.length === 1 ? a[0] : { t: 'cat', items: a })) };
        items = [alt];
        bound = boundOf(items);
    }
    else {
        items = reduce(itemsOf(root));
        bound = boundOf(items);
    }
    if (bound === null)
        return null;
    if (!(bound.perChar <= FAST_PER_CHAR_BUDGET && bound.constant <= FAST_CONSTANT_BUDGET))
        return null;
    return { items, ...bound };
}
// ---------- emission (V8 syntax with the `u` flag) ----------
function esc(cp) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) {
        return String.fromCharCode(cp);
    }
    return `\\u{${cp.toString(16)}}`;
}
function emit(n) {
    switch (n.t) {
        case 'set': {
            if (n.r.length === 2 && n.r[0] === n.r[1])
                return esc(n.r[0]);
            let s = '[';
            for (let i = 0; i < n.r.length; i += 2) {
                const lo = n.r[i];
                const hi = n.r[i + 1];
                s += lo === hi ? esc(lo) : `${esc(lo)}-${esc(hi)}`;
            }
            return s + ']';
        }
        case 'bol':
            return '^';
        case 'eol':
            return '$';
        case 'wb':
            return n.neg ? '\\B' : '\\b';
        case 'cat':
            return n.items.map(emit).join('');
        case 'alt':
            return `(?:${n.alts.map(emit).join('|')})`;
        case 'rep': {
            const inner = n.node.t === 'set' ? emit(n.node) : `(?:${emit(n.node)})`;
            const q = n.min === 0 && n.max < 0
                ? '*'
                : n.min === 1 && n.max < 0
                    ? '+'
                    : n.min === 0 && n.max === 1
                        ? '?'
                        : n.max < 0
                            ? `{${n.min},}`
                            : n.min === n.max
                                ? `{${n.min}}`
                                : `{${n.min},${n.max}}`;
            return inner + q;
        }
    }
}
/** The fast path's parse of `pattern` (its RE2 subset), or null outside the subset. For tests. */
function parseFastSubset(pattern) {
    try {
        return new Parser(pattern).parse();
    }
    catch (e) {
        if (e instanceof Unsupported)
            return null;
        throw e;
    }
}
/** Classify a pattern: V8 with its proven linear bound, or re2js with the reason. */
function analyzeFastPath(pattern) {
    if (pattern.length > MAX_PATTERN_LENGTH)
        return { source: null, perChar: CAP, constant: CAP, reason: 'pattern too long' };
    const root = parseFastSubset(pattern);
    if (root === null)
        return { source: null, perChar: CAP, constant: CAP, reason: 'outside the translated subset' };
    const p = plan(root);
    if (p === null)
        return { source: null, perChar: CAP, constant: CAP, reason: 'no linear bound within budget' };
    const node = p.items.length === 1 ? p.items[0] : { t: 'cat', items: p.items };
    return { source: p.items.map(emit).join(''), perChar: p.perChar, constant: p.constant, node };
}
/**
 * V8 source (to compile with flag `u`) equivalent to the RE2 `pattern` for test(), or null when
 * the pattern is outside the subset or its V8 backtracking is not provably linear within budget.
 */
function translateToV8(pattern) {
    return analyzeFastPath(pattern).source;
}

;// CONCATENATED MODULE: ./src/core/regex/re2.ts
// The only module that compiles user regexes (policies and eval configs).
// RE2 syntax in, a linear-time matcher out. re2js (a pure-JS RE2 port) is the syntax authority
// and the default matcher; a pattern that provably cannot backtrack super-linearly is translated
// to an equivalent V8 RegExp (fast-path.ts), which is ~25x faster per match.
//
// re2js is linear, but its constant grows with the program: when its lazy DFA thrashes it costs up
// to ~50-100 ns per (input character × program instruction), measured. So a re2js match runs only
// while characters × instructions ≤ RE2_WORK_LIMIT (about a second at worst); a longer input throws
// RegexBudgetError, which every caller treats as a failed check (fail-closed). Programs above
// MAX_PROGRAM_SIZE are refused at load. See docs/regex.md.


/** Worst-case re2js work allowed per match, in input characters × program instructions. */
const RE2_WORK_LIMIT = 3_000_000;
/** Largest re2js program accepted at load (instructions; `a{1000}` is about 1,000): every accepted pattern handles ≥ 1,000 characters. */
const MAX_PROGRAM_SIZE = 3_000;
/** A match refused because the input is too long for the pattern's proven work bound. */
class RegexBudgetError extends Error {
    source;
    inputLength;
    maxInputLength;
    constructor(source, inputLength, maxInputLength) {
        super(`input of ${inputLength} characters exceeds the ${maxInputLength}-character limit for regex \`${source.length > 80 ? source.slice(0, 80) + '…' : source}\``);
        this.source = source;
        this.name = 'RegexBudgetError';
        this.inputLength = inputLength;
        this.maxInputLength = maxInputLength;
    }
}
const FLAG_LETTERS = new Set(['i', 'm', 's', 'U']);
const CACHE_LIMIT = 4096;
const cache = new Map();
/**
 * Compile an RE2 pattern. `flags` (e.g. "is") prefixes the pattern with `(?is)`.
 * Never throws: an unsupported or invalid pattern yields `{ok: false, reason}` where reason is
 * e.g. "look-around is not supported".
 */
function compileRegex(pattern, flags) {
    if (typeof pattern !== 'string')
        return { ok: false, reason: 'pattern must be a string' };
    let prefix = '';
    if (flags !== undefined && flags !== '') {
        for (const f of flags) {
            if (!FLAG_LETTERS.has(f))
                return { ok: false, reason: `unknown flag "${f}" (allowed: i, m, s, U)` };
        }
        prefix = `(?${[...new Set(flags)].join('')})`;
    }
    const source = prefix + pattern;
    const hit = cache.get(source);
    if (hit)
        return hit;
    const result = compileUncached(source);
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(source, result);
    return result;
}
function compileUncached(source) {
    let re2;
    try {
        re2 = build/* RE2JS */.L3.compile(source);
    }
    catch (e) {
        return { ok: false, reason: explainSyntaxError(e, source) };
    }
    const fast = analyzeFastPath(source);
    if (fast.source !== null) {
        let native;
        try {
            native = new RegExp(fast.source, 'u');
        }
        catch {
            native = undefined; // a translation V8 refuses is simply not used
        }
        if (native) {
            const rx = native;
            return {
                ok: true,
                re: { test: (s) => rx.test(s), source, engine: 'v8', maxInputLength: Infinity, toString: () => `re2:${source}` },
            };
        }
    }
    const size = re2.programSize();
    if (size > MAX_PROGRAM_SIZE) {
        return { ok: false, reason: `pattern too large: it compiles to ${size} instructions (limit ${MAX_PROGRAM_SIZE}); shorten counted repeats or alternations` };
    }
    const maxInputLength = Math.floor(RE2_WORK_LIMIT / Math.max(1, size));
    return {
        ok: true,
        re: {
            test: (s) => {
                if (s.length > maxInputLength)
                    throw new RegexBudgetError(source, s.length, maxInputLength);
                return re2.test(s);
            },
            source,
            engine: 're2js',
            maxInputLength,
            toString: () => `re2:${source}`,
        },
    };
}
/** Turn a re2js syntax exception into a short reason naming what RE2 refuses. */
function explainSyntaxError(e, source) {
    const err = e;
    const kind = typeof err.error === 'string' ? err.error : '';
    const input = typeof err.input === 'string' ? err.input : '';
    if (/^\(\?<?[=!]/.test(input) && (kind.includes('Perl syntax') || kind.includes('named capture'))) {
        return 'look-around is not supported';
    }
    if (kind === 'invalid escape sequence' && /^\\([1-9]|k|g)/.test(input)) {
        return 'back-references are not supported';
    }
    if (kind.includes('Perl syntax') && /\(\?P[=>]/.test(source))
        return 'back-references are not supported';
    if (kind === 'invalid nested repetition operator' && input.endsWith('+')) {
        return 'possessive quantifiers are not supported';
    }
    if (kind !== '')
        return input !== '' ? `${kind}: \`${input}\`` : kind;
    const msg = typeof err.message === 'string' ? err.message : String(e);
    return msg.replace(/^error parsing regexp: /, '');
}


/***/ }),

/***/ 88071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readTraceInput: () => (/* reexport */ readTraceInput)
});

// UNUSED EXPORTS: DEFAULT_GROUP_PROMPT, MAX_DOCUMENT_BYTES, MAX_LINE_BYTES, MCP_SESSION_PROMPT, episodeEndLine, episodeStartLine, isCallListPath, noRecordsError, noRecordsMessage, readTrace, readTraceFiles, requireRecords, stepLine, toolCallLine, v2EventLine, v2Jsonl

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/trace/json-scan.ts
// A small JSON (RFC 8259) syntax scanner for the slow paths JSON.parse cannot serve:
// the offset of a syntax error when V8's message carries none, and source offsets of array elements
// in call-list documents. It never builds values.
class ScanError {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}
function isWs(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    ws() {
        const t = this.text;
        while (this.pos < t.length && isWs(t.charCodeAt(this.pos)))
            this.pos++;
    }
    peek() {
        return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
    }
    fail(at = this.pos) {
        throw new ScanError(at);
    }
    value() {
        const c = this.peek();
        if (c === 0x7b)
            this.object(undefined);
        else if (c === 0x5b)
            this.array(undefined);
        else if (c === 0x22)
            this.string();
        else if (c === 0x2d || isDigit(c))
            this.number();
        else if (c === 0x74)
            this.literal('true');
        else if (c === 0x66)
            this.literal('false');
        else if (c === 0x6e)
            this.literal('null');
        else
            this.fail();
    }
    literal(word) {
        for (let i = 0; i < word.length; i++) {
            if (this.text.charCodeAt(this.pos) !== word.charCodeAt(i))
                this.fail();
            this.pos++;
        }
    }
    number() {
        if (this.peek() === 0x2d)
            this.pos++;
        const c = this.peek();
        if (c === 0x30)
            this.pos++;
        else if (isDigit(c))
            while (isDigit(this.peek()))
                this.pos++;
        else
            this.fail();
        if (this.peek() === 0x2e) {
            this.pos++;
            if (!isDigit(this.peek()))
                this.fail();
            while (isDigit(this.peek()))
                this.pos++;
        }
        const e = this.peek();
        if (e === 0x65 || e === 0x45) {
            this.pos++;
            const s = this.peek();
            if (s === 0x2b || s === 0x2d)
                this.pos++;
            if (!isDigit(this.peek()))
                this.fail();
            while (isDigit(this.peek()))
                this.pos++;
        }
    }
    /** Scans a string starting at its opening quote; returns the raw slice including quotes. */
    string() {
        const t = this.text;
        const start = this.pos;
        this.pos++;
        for (;;) {
            if (this.pos >= t.length)
                this.fail();
            const c = t.charCodeAt(this.pos);
            if (c === 0x22) {
                this.pos++;
                return t.slice(start, this.pos);
            }
            if (c < 0x20)
                this.fail();
            if (c === 0x5c) {
                this.pos++;
                const e = this.peek();
                if (e === 0x75) {
                    for (let k = 1; k <= 4; k++) {
                        const h = t.charCodeAt(this.pos + k);
                        const hex = isDigit(h) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66);
                        if (!hex)
                            this.fail(Math.min(this.pos + k, t.length));
                    }
                    this.pos += 5;
                }
                else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
                    this.pos++;
                }
                else {
                    this.fail();
                }
                continue;
            }
            this.pos++;
        }
    }
    /** onMember(key, valueStart) is called before each member value is scanned; it may scan the value itself (return true). */
    object(onMember) {
        this.pos++;
        this.ws();
        if (this.peek() === 0x7d) {
            this.pos++;
            return;
        }
        for (;;) {
            if (this.peek() !== 0x22)
                this.fail();
            const rawKey = this.string();
            this.ws();
            if (this.peek() !== 0x3a)
                this.fail();
            this.pos++;
            this.ws();
            if (!(onMember?.(JSON.parse(rawKey), this) ?? false))
                this.value();
            this.ws();
            const c = this.peek();
            if (c === 0x2c) {
                this.pos++;
                this.ws();
                continue;
            }
            if (c === 0x7d) {
                this.pos++;
                return;
            }
            this.fail();
        }
    }
    array(onElement) {
        this.pos++;
        this.ws();
        if (this.peek() === 0x5d) {
            this.pos++;
            return;
        }
        for (;;) {
            onElement?.(this.pos);
            this.value();
            this.ws();
            const c = this.peek();
            if (c === 0x2c) {
                this.pos++;
                this.ws();
                continue;
            }
            if (c === 0x5d) {
                this.pos++;
                return;
            }
            this.fail();
        }
    }
    document() {
        this.ws();
        this.value();
        this.ws();
        if (this.pos < this.text.length)
            this.fail();
    }
}
/** UTF-16 offset of the first syntax error in `text`, or undefined when it is valid JSON. */
function jsonErrorOffset(text) {
    const s = new Scanner(text);
    try {
        s.document();
        return undefined;
    }
    catch (e) {
        if (e instanceof ScanError)
            return e.offset;
        throw e;
    }
}
/**
 * Offsets of the elements of an array in a valid JSON document: the root array (`memberKey` null) or the
 * root object's member `memberKey` (the last such member, as JSON.parse keeps the last duplicate key).
 */
function arrayElementOffsets(text, memberKey) {
    const s = new Scanner(text);
    let found = [];
    s.ws();
    if (memberKey === null) {
        if (s.peek() === 0x5b)
            s.array((o) => found.push(o));
        return found;
    }
    if (s.peek() !== 0x7b)
        return found;
    s.object((key, sc) => {
        if (key !== memberKey || sc.peek() !== 0x5b)
            return false;
        const offsets = [];
        sc.array((o) => offsets.push(o));
        found = offsets;
        return true;
    });
    return found;
}
/** 1-based line and code-point column of a UTF-16 offset. */
function offsetToLineCol(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    let col = 1;
    for (let i = lineStart; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff && i > lineStart) {
            const p = text.charCodeAt(i - 1);
            if (p >= 0xd800 && p <= 0xdbff)
                continue;
        }
        col++;
    }
    return { line, col };
}
/** 1-based lines of sorted offsets, in one pass. */
function offsetsToLines(text, sortedOffsets) {
    const lines = [];
    let line = 1;
    let i = 0;
    for (const off of sortedOffsets) {
        for (; i < off && i < text.length; i++)
            if (text.charCodeAt(i) === 0x0a)
                line++;
        lines.push(line);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/core/trace/utf8.ts
var utf8 = __webpack_require__(91578);
;// CONCATENATED MODULE: ./src/core/trace/bad-line.ts
// Bad-line messages. The message is what follows `<file>:<line>:<col>: <level> <CODE>: `.


/** Thrown inside line handling for a bad line; caught by the assembler (never escapes the trace module). */
class BadLine {
    message;
    col;
    constructor(message, col = 1) {
        this.message = message;
        this.col = col;
    }
}
const LINE_TOO_LONG = 'line exceeds 16 MiB';
const INVALID_UTF8 = 'line is not valid UTF-8';
const NOTHING_USABLE = 'record has no prompt, response or tool call';
/** Lines end at LF only (a CR before the LF is dropped), as in the reference; a CR elsewhere ends nothing. */
const CR_ONLY = 'CR-only line ends: a CR (\\r) not followed by LF does not end a line; convert the file to LF or CRLF line ends';
/** Offset of the first CR that is not the line's last character, or -1 (JSON allows CR as whitespace, so
 *  this is asked only once the line failed to parse). */
function bareCr(text) {
    const i = text.indexOf('\r');
    return i >= 0 && i < text.length - 1 ? i : -1;
}
function jsonTypeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    return typeof v;
}
function notAnObject(v) {
    return new BadLine(`expected a JSON object, found ${jsonTypeName(v)}`);
}
/** First `n` code points, control characters escaped so the message stays on one line. */
function snippet(text, n = 50) {
    let out = '';
    let count = 0;
    for (const ch of text) {
        if (count++ >= n)
            break;
        const c = ch.charCodeAt(0);
        out += c < 0x20 || c === 0x7f ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
    }
    return out;
}
/** `invalid JSON: <parser message>; content: "<first 50 chars>"`, col = parser error offset + 1 when known. */
function invalidJson(text, err) {
    const cr = bareCr(text);
    if (cr >= 0)
        return new BadLine(CR_ONLY, (0,utf8/* codePointsInString */.zx)(text, cr) + 1);
    const parserMessage = err instanceof Error ? err.message : String(err);
    const m = /at position (\d+)/.exec(parserMessage);
    // V8 omits the position for "Unexpected token" errors; our scanner finds the same offset.
    const offset = m ? Number(m[1]) : jsonErrorOffset(text);
    const col = offset === undefined ? 1 : (0,utf8/* codePointsInString */.zx)(text, Math.min(offset, text.length)) + 1;
    const shown = text.endsWith('\r') ? text.slice(0, -1) : text;
    return new BadLine(`invalid JSON: ${parserMessage}; content: "${snippet(shown)}"`, col);
}
/** Quoted value for messages, shortened to `max` code points so a 10 kB prompt does not flood the output. */
function quote(s, max = 80) {
    const short = snippet(s, max);
    // Compare in code points: the snippet may have grown by escapes, so count what was taken from s instead.
    let taken = 0;
    let i = 0;
    for (; i < s.length && taken < max; taken++)
        i += s.codePointAt(i) > 0xffff ? 2 : 1;
    return i < s.length ? `"${short}…"` : `"${short}"`;
}
/** Content blocks of a chat API message (Anthropic `tool_use`, `text`, …) are parts of a message, not trace
 *  records: they carry no episode or prompt to bind. They are ignored like any unknown type, with this hint. */
const CONTENT_BLOCK_TYPES = new Set(['tool_use', 'text', 'thinking', 'image']);
function contentBlockHint(type) {
    if (!CONTENT_BLOCK_TYPES.has(type))
        return undefined;
    return `: a "${type}" line is a chat message content block, not a trace record; write tool calls as {"tool": …, "args": …} lines or V2 events`;
}

// EXTERNAL MODULE: ./src/core/util/key-table.ts
var key_table = __webpack_require__(35794);
;// CONCATENATED MODULE: ./src/core/trace/duplicates.ts
// Duplicate detection across all entries of a read: two entries with one prompt (placeholder prompts
// excepted), two with one binding id, a repeated non-null request_id are fatal. Only 64-bit key hashes are
// kept with the position of their entry (KeyTable), so memory stays ~20 bytes per entry however long
// prompts are.



const LINE_SPAN = 2 ** 32;
class DuplicateRegistry {
    prompts = new key_table/* KeyTable */.a();
    /** value = location * 2 + (1 when the binding id came from a request_id) */
    bindings = new key_table/* KeyTable */.a();
    files = [];
    /** Registers a file and returns its index for locations. */
    addFile(display) {
        this.files.push(display);
        return this.files.length - 1;
    }
    /** Throws InputError E_TRACE_INVALID when the entry repeats a prompt or binding id already seen. */
    register(entry, fileIdx, bindingFromRequestId) {
        const loc = fileIdx * LINE_SPAN + entry.first_line;
        let promptKey;
        // A placeholder prompt is no identity (./shared-prompt.ts): repeats are expected, binding checks them.
        if (entry.prompt !== undefined && entry.shared_prompt !== true) {
            promptKey = entry.prompt;
            const prev = this.prompts.get(promptKey);
            if (prev !== undefined)
                this.fail('prompt', entry.prompt, prev, loc);
        }
        let bindingKey;
        if (entry.binding_id !== undefined) {
            bindingKey = entry.binding_id;
            const prev = this.bindings.get(bindingKey);
            if (prev !== undefined) {
                const what = bindingFromRequestId && prev % 2 === 1 ? 'request_id' : 'binding id';
                this.fail(what, entry.binding_id, Math.floor(prev / 2), loc);
            }
        }
        if (promptKey !== undefined)
            this.prompts.set(promptKey, loc);
        if (bindingKey !== undefined)
            this.bindings.set(bindingKey, loc * 2 + (bindingFromRequestId ? 1 : 0));
    }
    fail(what, value, a, b) {
        const [first, second] = a <= b ? [a, b] : [b, a];
        const firstFile = this.files[Math.floor(first / LINE_SPAN)] ?? '';
        const secondFile = this.files[Math.floor(second / LINE_SPAN)] ?? '';
        const firstLine = first % LINE_SPAN;
        const secondLine = second % LINE_SPAN;
        const at = firstFile === secondFile ? `line ${firstLine}` : `${firstFile}:${firstLine}`;
        const message = `duplicate ${what} ${quote(value)} (first at ${at})`;
        const d = {
            code: 'E_TRACE_INVALID',
            severity: 'error',
            message,
            source: 'trace',
            file: secondFile,
            line: secondLine,
            col: 1,
            context: { first_file: firstFile, first_line: firstLine },
        };
        throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
            source: 'trace',
            context: { file: secondFile, line: secondLine, col: 1, first_file: firstFile, first_line: firstLine },
            nextStepValues: { 'trace.jsonl': secondFile },
            diagnostics: [d],
        });
    }
}

;// CONCATENATED MODULE: ./src/core/trace/fields.ts
// Typed field access for trace lines: each helper returns the value or throws BadLine with the wording
// `<shape>: "<field>" must be …`. Null counts as absent for optional fields.

function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function missing(shape, key) {
    return new BadLine(`${shape}: missing required field "${key}"`);
}
function mistyped(shape, key, what) {
    return new BadLine(`${shape}: "${key}" must be ${what}`);
}
function reqString(o, key, shape) {
    const v = o[key];
    if (typeof v === 'string')
        return v;
    if (v === undefined)
        throw missing(shape, key);
    throw mistyped(shape, key, 'a string');
}
function optString(o, key, shape) {
    const v = o[key];
    if (typeof v === 'string')
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'a string');
}
/** Timestamps are integer milliseconds within ±(2^53−1): a larger one was already rounded by JSON.parse, so it
 *  is refused rather than used with silently lost precision (docs/traces.md "Timestamps"). */
function reqTimestamp(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v))
        return v;
    if (v === undefined)
        throw missing(shape, key);
    throw badTimestamp(shape, key, v);
}
function optTimestamp(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v))
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw badTimestamp(shape, key, v);
}
const TIMESTAMP_TOO_LARGE = 'an integer (milliseconds) within ±(2^53−1): larger values lose precision';
function badTimestamp(shape, key, v) {
    const tooLarge = typeof v === 'number' && Number.isInteger(v);
    return mistyped(shape, key, tooLarge ? TIMESTAMP_TOO_LARGE : 'an integer (milliseconds)');
}
function optIndex(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'a non-negative integer');
}
function optArray(o, key, shape) {
    const v = o[key];
    if (Array.isArray(v))
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'an array');
}
/** Call ids: strings; integers are accepted and written in decimal (SDKs use both). */
function optId(o, keys, shape) {
    for (const key of keys) {
        const v = o[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v === 'string')
            return v;
        if (typeof v === 'number' && Number.isSafeInteger(v))
            return String(v);
        throw mistyped(shape, key, 'a string');
    }
    return undefined;
}
/** The first alias present (not undefined/null) as [key, value]. */
function firstPresent(o, keys) {
    for (const key of keys) {
        const v = o[key];
        if (v !== undefined && v !== null)
            return [key, v];
    }
    return undefined;
}
/** Result text from a non-string value: strings as is, other JSON compact-serialised. */
function renderResult(v) {
    return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}

;// CONCATENATED MODULE: ./src/core/trace/normalize-call.ts
// The canonical tool-call record and the normalisation of `tool_calls[]` entries, including the
// OpenAI shape `{id, type:"function", function:{name, arguments}}`.


/** One constructor for every call so all ToolCall objects share a hidden class. */
function makeCall(id, tool_name, args, result, error, index, ts_ms, file, line) {
    return { id, tool_name, args, result, error, index, ts_ms, pos: { file, line } };
}
const ENTRY_NAME_KEYS = ['tool_name', 'tool', 'name'];
const PLAIN_NAME_KEYS = ['tool', 'tool_name', 'name'];
const CALL_LIST_NAME_KEYS = ['tool', 'name', 'tool_name'];
const ARG_KEYS = ['args', 'arguments', 'params', 'parameters', 'input'];
const CALL_LIST_ARG_KEYS = ['args', 'arguments', 'params', 'parameters'];
const ID_KEYS = ['id', 'tool_call_id'];
const TS_KEYS = ['ts_ms', 'timestamp'];
/** First alias that is present (not undefined) wins; none → `{}`. */
function pickArgs(o, keys) {
    for (const k of keys) {
        const v = o[k];
        if (v !== undefined)
            return v;
    }
    return {};
}
/** OpenAI `function.arguments` is a JSON string; unparsable → `{"_raw": "<string>"}`. */
function parseFunctionArguments(v) {
    if (v === undefined || v === null)
        return {};
    if (typeof v !== 'string')
        return v;
    try {
        return JSON.parse(v);
    }
    catch {
        return { _raw: v };
    }
}
/** Normalises one `tool_calls[]` entry; throws BadLine when it is unusable. */
function normalizeEntryCall(raw, c) {
    if (!isObject(raw))
        throw new BadLine(`${c.where} must be an object`);
    let name;
    let args;
    const fn = raw.function;
    if (isObject(fn)) {
        name = fn.name;
        args = parseFunctionArguments(fn.arguments);
    }
    else {
        name = firstPresent(raw, c.nameKeys)?.[1];
        args = pickArgs(raw, c.argKeys);
    }
    if (typeof name !== 'string' || name === '')
        throw new BadLine(`${c.where} has no tool name`);
    const id = optId(raw, ID_KEYS, c.where) ?? c.defaultId;
    const index = c.honourIndex ? (optIndex(raw, 'index', c.where) ?? c.index) : c.index;
    let ts = c.defaultTs;
    for (const k of TS_KEYS) {
        const t = optTimestamp(raw, k, c.where);
        if (t !== undefined) {
            ts = t;
            break;
        }
    }
    return makeCall(id, name, args, raw.result ?? null, raw.error ?? null, index, ts, c.file, c.line);
}

;// CONCATENATED MODULE: ./src/core/trace/otel-values.ts
// OpenTelemetry attribute values → plain JSON. OTLP JSON wraps every value in an AnyValue
// (`{stringValue|intValue|doubleValue|boolValue|bytesValue|arrayValue|kvlistValue}`) and lists attributes as
// `[{key, value}]`; span-per-line exports often write attributes as a plain object instead. Both end up
// as one `Record<string, unknown>` (docs/otel.md).


/** Attribute values nest (arrays, kvlists); deeper than this is refused rather than risk the stack. */
const MAX_DEPTH = 64;
/** int64 values arrive as decimal strings; they become numbers when that loses nothing, else stay strings. */
function intValue(v, where) {
    if (typeof v === 'number' && Number.isInteger(v))
        return v;
    if (typeof v === 'string' && /^-?\d+$/.test(v)) {
        const n = Number(v);
        return Number.isSafeInteger(n) ? n : v;
    }
    throw new BadLine(`${where}: intValue must be an integer or a decimal string`);
}
/** One OTLP AnyValue; an empty AnyValue (unset) is null. */
function anyValue(v, where, depth = 0) {
    if (depth > MAX_DEPTH)
        throw new BadLine(`${where}: attribute value nested deeper than ${MAX_DEPTH} levels`);
    if (v === undefined || v === null)
        return null;
    if (!isObject(v))
        throw new BadLine(`${where}: attribute value must be an OTLP AnyValue object`);
    if ('stringValue' in v)
        return typeof v.stringValue === 'string' ? v.stringValue : String(v.stringValue);
    if ('boolValue' in v)
        return v.boolValue === true || v.boolValue === 'true';
    if ('intValue' in v)
        return intValue(v.intValue, where);
    if ('doubleValue' in v) {
        const d = v.doubleValue;
        if (typeof d === 'number')
            return d;
        // NaN/Infinity are written as strings by the protobuf JSON mapping; JSON cannot carry them as numbers.
        if (typeof d === 'string')
            return d;
        throw new BadLine(`${where}: doubleValue must be a number`);
    }
    if ('bytesValue' in v)
        return typeof v.bytesValue === 'string' ? v.bytesValue : null;
    if ('arrayValue' in v) {
        const a = v.arrayValue;
        const values = isObject(a) ? a.values : undefined;
        if (values === undefined || values === null)
            return [];
        if (!Array.isArray(values))
            throw new BadLine(`${where}: arrayValue.values must be an array`);
        return values.map((x, i) => anyValue(x, `${where}[${i}]`, depth + 1));
    }
    if ('kvlistValue' in v) {
        const kv = v.kvlistValue;
        const values = isObject(kv) ? kv.values : undefined;
        if (values === undefined || values === null)
            return {};
        if (!Array.isArray(values))
            throw new BadLine(`${where}: kvlistValue.values must be an array`);
        return keyValues(values, where, depth + 1);
    }
    return null;
}
function keyValues(list, where, depth) {
    const out = {};
    for (let i = 0; i < list.length; i++) {
        const kv = list[i];
        if (!isObject(kv) || typeof kv.key !== 'string')
            throw new BadLine(`${where}[${i}] must be {"key": string, "value": AnyValue}`);
        // A key repeated within one list: the last wins, as in the SDKs' own attribute maps.
        out[kv.key] = anyValue(kv.value, `${where}.${kv.key}`, depth);
    }
    return out;
}
/** A span's or event's `attributes`: an OTLP `[{key, value}]` list or a plain object; absent → {}. */
function attributes(v, where) {
    if (v === undefined || v === null)
        return {};
    if (Array.isArray(v))
        return keyValues(v, `${where}.attributes`, 0);
    if (isObject(v))
        return v;
    throw new BadLine(`${where}: "attributes" must be an array of {key, value} or an object`);
}
/**
 * GenAI attributes that carry JSON (arguments, results, messages) are usually JSON strings. A string that
 * parses as JSON becomes that value; any other string stays as it is.
 */
function jsonOrString(v) {
    if (typeof v !== 'string')
        return v;
    const t = v.trim();
    if (t === '')
        return v;
    const c = t.charCodeAt(0);
    // Only strings that can start a JSON value are tried: plain text is the common case and stays text.
    if (c === 0x7b || c === 0x5b || c === 0x22 || c === 0x2d || (c >= 0x30 && c <= 0x39) || t === 'true' || t === 'false' || t === 'null') {
        try {
            return JSON.parse(t);
        }
        catch {
            return v;
        }
    }
    return v;
}

;// CONCATENATED MODULE: ./src/core/trace/otel-genai.ts
// What the OpenTelemetry GenAI semantic conventions put on spans, read into prompt, output text, model
// and tool calls (docs/otel.md). Current attribute names first (`gen_ai.input.messages`,
// `gen_ai.output.messages`, `gen_ai.tool.call.arguments`, `gen_ai.tool.call.result`), then the older ones
// instrumentations still emit (`gen_ai.prompt`/`gen_ai.completion` strings, indexed
// `gen_ai.prompt.<n>.content`, `gen_ai.user.message`/`gen_ai.choice` events, `gen_ai.tool.args`).



const OP = 'gen_ai.operation.name';
function operation(s) {
    const v = s.attrs[OP];
    return typeof v === 'string' ? v : undefined;
}
function isToolSpan(s) {
    return operation(s) === 'execute_tool';
}
/** Text of one chat message: semconv `parts: [{type: "text", content}]`, or a provider-style `content`. */
function messageText(m) {
    if (typeof m === 'string')
        return m;
    if (!isObject(m))
        return undefined;
    const parts = Array.isArray(m.parts) ? m.parts : Array.isArray(m.content) ? m.content : undefined;
    if (parts !== undefined) {
        const texts = [];
        for (const p of parts) {
            if (typeof p === 'string')
                texts.push(p);
            else if (isObject(p) && (p.type === undefined || p.type === 'text')) {
                const t = p.content ?? p.text;
                if (typeof t === 'string')
                    texts.push(t);
            }
        }
        return texts.length > 0 ? texts.join('\n') : undefined;
    }
    return typeof m.content === 'string' ? m.content : undefined;
}
function role(m) {
    return isObject(m) && typeof m.role === 'string' ? m.role : undefined;
}
/** The last message with `wantRole` (any role when undefined) that has text. */
function lastText(messages, wantRole) {
    const list = jsonOrString(messages);
    if (!Array.isArray(list))
        return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i];
        if (wantRole !== undefined && role(m) !== wantRole)
            continue;
        const t = messageText(m);
        if (t !== undefined)
            return t;
    }
    return undefined;
}
/** Indexed attributes `<prefix>.<n>.role` / `<prefix>.<n>.content`: the highest n with the role and text. */
function indexedText(attrs, prefix, wantRole) {
    let best = -1;
    let text;
    const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.content$`);
    for (const k in attrs) {
        const m = re.exec(k);
        if (m === null)
            continue;
        const n = Number(m[1]);
        const c = attrs[k];
        if (n <= best || typeof c !== 'string')
            continue;
        if (wantRole !== undefined) {
            const r = attrs[`${prefix}.${n}.role`];
            if (r !== undefined && r !== wantRole)
                continue;
        }
        best = n;
        text = c;
    }
    return text;
}
/** The user's request recorded on a span, if any. */
function spanPrompt(s) {
    const a = s.attrs;
    const legacy = a['gen_ai.prompt'];
    if (typeof legacy === 'string')
        return lastText(legacy, 'user') ?? legacy;
    const fromMessages = lastText(a['gen_ai.input.messages'], 'user');
    if (fromMessages !== undefined)
        return fromMessages;
    const indexed = indexedText(a, 'gen_ai.prompt', 'user');
    if (indexed !== undefined)
        return indexed;
    for (let i = s.events.length - 1; i >= 0; i--) {
        const e = s.events[i];
        if (e.name === 'gen_ai.user.message') {
            const t = messageText(jsonOrString(e.attrs.content) ?? e.attrs);
            if (t !== undefined)
                return t;
        }
        if (e.name === 'gen_ai.content.prompt' && typeof e.attrs['gen_ai.prompt'] === 'string')
            return e.attrs['gen_ai.prompt'];
    }
    return undefined;
}
/** The model's answer recorded on a span, if any. */
function spanCompletion(s) {
    const a = s.attrs;
    const legacy = a['gen_ai.completion'];
    if (typeof legacy === 'string')
        return lastText(legacy, 'assistant') ?? legacy;
    const fromMessages = lastText(a['gen_ai.output.messages'], undefined);
    if (fromMessages !== undefined)
        return fromMessages;
    const indexed = indexedText(a, 'gen_ai.completion', undefined);
    if (indexed !== undefined)
        return indexed;
    for (let i = s.events.length - 1; i >= 0; i--) {
        const e = s.events[i];
        if (e.name === 'gen_ai.choice') {
            const msg = jsonOrString(e.attrs.message);
            const t = messageText(msg);
            if (t !== undefined)
                return t;
        }
        if (e.name === 'gen_ai.content.completion' && typeof e.attrs['gen_ai.completion'] === 'string')
            return e.attrs['gen_ai.completion'];
    }
    return undefined;
}
function spanModel(s) {
    const r = s.attrs['gen_ai.response.model'];
    if (typeof r === 'string')
        return r;
    const q = s.attrs['gen_ai.request.model'];
    return typeof q === 'string' ? q : undefined;
}
const EXECUTE_TOOL_PREFIX = 'execute_tool ';
/** `gen_ai.tool.name`, else the span name without its conventional `execute_tool ` prefix. */
function toolName(s) {
    const n = s.attrs['gen_ai.tool.name'];
    if (typeof n === 'string' && n !== '')
        return n;
    return s.name.startsWith(EXECUTE_TOOL_PREFIX) ? s.name.slice(EXECUTE_TOOL_PREFIX.length) : s.name;
}
/** Arguments: a JSON string (unparsable → `{"_raw": …}`, as for OpenAI function arguments) or structured. */
function toolArgs(s) {
    const v = s.attrs['gen_ai.tool.call.arguments'] ?? s.attrs['gen_ai.tool.args'];
    return v === undefined ? undefined : parseFunctionArguments(v);
}
function toolResult(s) {
    const v = s.attrs['gen_ai.tool.call.result'] ?? s.attrs['gen_ai.tool.result'];
    return v === undefined || v === null ? undefined : jsonOrString(v);
}
/** Span status ERROR, or an `error.type` attribute, is the call's error. */
function toolError(s) {
    const type = s.attrs['error.type'];
    if (s.statusError !== undefined)
        return s.statusError !== '' ? s.statusError : typeof type === 'string' ? type : 'error';
    return typeof type === 'string' ? type : undefined;
}
function toolCallId(s) {
    const id = s.attrs['gen_ai.tool.call.id'];
    if (typeof id === 'string' && id !== '')
        return id;
    if (typeof id === 'number' && Number.isSafeInteger(id))
        return String(id);
    return s.spanId;
}

;// CONCATENATED MODULE: ./src/core/trace/otel-spans.ts
// OpenTelemetry span lines → spans. Two shapes are read (docs/otel.md):
// - OTLP JSON export requests `{"resourceSpans":[{"scopeSpans":[{"spans":[…]}]}]}`, as the OTLP JSON
//   exporter and the collector's file exporter write them (one request per line, or one whole document);
// - one span per line with `traceId`/`trace_id`, `spanId`/`span_id` and a start time.
// The shape is told by content: an untyped object with `resourceSpans`, or with a trace id, a span id AND a
// start time, is a span line and is never read as a plain tool-call record; a malformed one is a bad line.



const TRACE_ID_KEYS = ['traceId', 'trace_id'];
const SPAN_ID_KEYS = ['spanId', 'span_id'];
const PARENT_KEYS = ['parentSpanId', 'parent_span_id', 'parent_id'];
const START_KEYS = ['startTimeUnixNano', 'start_time_unix_nano'];
const END_KEYS = ['endTimeUnixNano', 'end_time_unix_nano'];
function has(o, keys) {
    for (const k of keys)
        if (o[k] !== undefined)
            return true;
    return false;
}
/** An OTLP export request line. */
function isOtlpRequest(o) {
    return o.resourceSpans !== undefined;
}
/** A single-span line: trace id, span id and start time are all present (plain records never have all three). */
function isSpanLine(o) {
    return has(o, TRACE_ID_KEYS) && has(o, SPAN_ID_KEYS) && has(o, START_KEYS);
}
function isOtelLine(o) {
    return isOtlpRequest(o) || isSpanLine(o);
}
function first(o, keys) {
    for (const k of keys) {
        const v = o[k];
        if (v !== undefined && v !== null)
            return [k, v];
    }
    return undefined;
}
function reqId(o, keys, where) {
    const f = first(o, keys);
    if (f === undefined)
        throw new BadLine(`${where}: missing required field "${keys[0]}"`);
    if (typeof f[1] !== 'string' || f[1] === '')
        throw new BadLine(`${where}: "${f[0]}" must be a non-empty string`);
    return f[1];
}
/** Unix nanoseconds: a decimal string (OTLP JSON's int64 form) or a non-negative integer number. */
function nanos(o, keys, where, required) {
    const f = first(o, keys);
    if (f === undefined) {
        if (required)
            throw new BadLine(`${where}: missing required field "${keys[0]}"`);
        return undefined;
    }
    const [k, v] = f;
    if (typeof v === 'string' && /^\d{1,20}$/.test(v))
        return BigInt(v);
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0)
        return BigInt(v);
    throw new BadLine(`${where}: "${k}" must be unix nanoseconds (a decimal string or a non-negative integer)`);
}
/** OTLP status code 2 (or its enum names) is ERROR. */
function statusError(o, where) {
    const s = o.status;
    if (s === undefined || s === null)
        return undefined;
    if (!isObject(s))
        throw new BadLine(`${where}: "status" must be an object`);
    const code = s.code ?? s.status_code;
    if (code === 2 || code === 'STATUS_CODE_ERROR' || code === 'ERROR')
        return typeof s.message === 'string' ? s.message : '';
    return undefined;
}
function events(v, where) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        throw new BadLine(`${where}: "events" must be an array`);
    const out = [];
    for (let i = 0; i < v.length; i++) {
        const e = v[i];
        if (!isObject(e))
            throw new BadLine(`${where}: events[${i}] must be an object`);
        out.push({ name: typeof e.name === 'string' ? e.name : '', attrs: attributes(e.attributes, `${where}: events[${i}]`) });
    }
    return out;
}
/** One span object (either shape); throws BadLine naming the field. */
function readSpan(o, where, line, order) {
    if (!isObject(o))
        throw new BadLine(`${where} must be an object`);
    const traceId = reqId(o, TRACE_ID_KEYS, where);
    const spanId = reqId(o, SPAN_ID_KEYS, where);
    const p = first(o, PARENT_KEYS);
    let parentSpanId;
    if (p !== undefined) {
        if (typeof p[1] !== 'string')
            throw new BadLine(`${where}: "${p[0]}" must be a string`);
        // OTLP JSON writes "" for a root span.
        if (p[1] !== '')
            parentSpanId = p[1];
    }
    const name = o.name;
    if (typeof name !== 'string')
        throw new BadLine(`${where}: "name" must be a string`);
    const startNs = nanos(o, START_KEYS, where, true);
    const endNs = nanos(o, END_KEYS, where, false) ?? startNs;
    return {
        traceId,
        spanId,
        parentSpanId,
        name,
        startNs,
        endNs,
        attrs: attributes(o.attributes, where),
        events: events(o.events, where),
        statusError: statusError(o, where),
        line,
        order,
    };
}
/**
 * The spans of one OTLP export request. `lineOf(span)` gives the line of a span (a whole document names
 * each span's own line; a request per line uses its line for all).
 */
function readOtlpRequest(o, lineOf, orderBase) {
    const rs = o.resourceSpans;
    if (!Array.isArray(rs))
        throw new BadLine('OTLP: "resourceSpans" must be an array');
    const out = [];
    for (let r = 0; r < rs.length; r++) {
        const res = rs[r];
        if (!isObject(res))
            throw new BadLine(`OTLP: resourceSpans[${r}] must be an object`);
        // `instrumentationLibrarySpans` is the pre-1.0 name of scopeSpans, still written by old collectors.
        const ss = res.scopeSpans ?? res.instrumentationLibrarySpans;
        if (ss === undefined || ss === null)
            continue;
        if (!Array.isArray(ss))
            throw new BadLine(`OTLP: resourceSpans[${r}].scopeSpans must be an array`);
        for (let s = 0; s < ss.length; s++) {
            const scope = ss[s];
            if (!isObject(scope))
                throw new BadLine(`OTLP: resourceSpans[${r}].scopeSpans[${s}] must be an object`);
            const spans = scope.spans;
            if (spans === undefined || spans === null)
                continue;
            if (!Array.isArray(spans))
                throw new BadLine(`OTLP: resourceSpans[${r}].scopeSpans[${s}].spans must be an array`);
            for (let i = 0; i < spans.length; i++) {
                const sp = spans[i];
                out.push(readSpan(sp, `OTLP: resourceSpans[${r}].scopeSpans[${s}].spans[${i}]`, lineOf(sp), orderBase + out.length));
            }
        }
    }
    return out;
}
/** The spans of one line of either shape. */
function readOtelLine(o, line, orderBase) {
    if (isOtlpRequest(o))
        return readOtlpRequest(o, () => line, orderBase);
    return [readSpan(o, 'span', line, orderBase)];
}
/** A span takes part in GenAI assembly when it carries any `gen_ai.*` attribute. */
function isGenAiSpan(s) {
    for (const k in s.attrs)
        if (k.startsWith('gen_ai.'))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/core/trace/otel-episodes.ts
// Spans of one file → one episode per trace id (docs/otel.md). Exporters write a span when it ENDS, so
// children come before their parents and one trace may be spread over several lines: spans are collected
// for the whole file and ordered by start time (a parent before a child that starts with it).
// The trace's agent/chat spans give the episode's prompt, text and model; every `execute_tool` span is one
// tool call, except one nested in an `execute_tool` span of the same tool (an MCP client span around its
// server span, a framework span around an MCP span), which is the same call seen twice.


const NS_PER_MS = 1000000n;
function nsToMs(ns) {
    return Number(ns / NS_PER_MS);
}
function byStart(a, b) {
    if (a.startNs !== b.startNs)
        return a.startNs < b.startNs ? -1 : 1;
    if (a.endNs !== b.endNs)
        return a.endNs > b.endNs ? -1 : 1; // the enclosing span first
    return a.order - b.order;
}
class OtelCollector {
    traces = new Map();
    /** `traceId spanId` → parent span id, for every span (GenAI or not): nesting goes through other spans. */
    parents = new Map();
    order = 0;
    /** Next read-order number, for spans being read. */
    nextOrder() {
        return this.order;
    }
    /** Adds one line's spans; returns how many of them are GenAI spans (0 → the line is ignored). */
    add(spans) {
        let genAi = 0;
        for (const s of spans) {
            this.order = Math.max(this.order, s.order + 1);
            if (s.parentSpanId !== undefined)
                this.parents.set(`${s.traceId} ${s.spanId}`, s.parentSpanId);
            if (!isGenAiSpan(s))
                continue;
            genAi++;
            let t = this.traces.get(s.traceId);
            if (t === undefined) {
                t = { firstLine: s.line, spans: [] };
                this.traces.set(s.traceId, t);
            }
            t.spans.push(s);
        }
        return genAi;
    }
    get size() {
        return this.traces.size;
    }
    /** Episodes in order of their first line. */
    finish() {
        const out = [];
        for (const [traceId, t] of this.traces)
            out.push(this.episode(traceId, t));
        return out;
    }
    /** The outermost enclosing `execute_tool` span of the same tool, if any. */
    outerTool(s, tools) {
        let found;
        let id = s.parentSpanId;
        const name = toolName(s);
        // Bounded walk: a malformed file may hold a parent cycle.
        for (let hops = 0; id !== undefined && hops <= this.parents.size; hops++) {
            const p = tools.get(id);
            if (p !== undefined && toolName(p) === name)
                found = p;
            id = this.parents.get(`${s.traceId} ${id}`);
        }
        return found;
    }
    episode(traceId, t) {
        const spans = [...t.spans].sort(byStart);
        const tools = new Map();
        for (const s of spans)
            if (isToolSpan(s))
                tools.set(s.spanId, s);
        let prompt;
        let text;
        let model;
        let conversation;
        let agent;
        const calls = [];
        const callOf = new Map();
        const kept = [];
        let endNs = spans[0].endNs;
        for (const s of spans) {
            if (s.endNs > endNs)
                endNs = s.endNs;
            conversation ??= str(s.attrs['gen_ai.conversation.id']);
            agent ??= str(s.attrs['gen_ai.agent.name']);
            if (isToolSpan(s)) {
                const outer = this.outerTool(s, tools);
                if (outer !== undefined) {
                    // The same call seen twice: the outer span keeps its values, the inner one fills what it lacks.
                    const c = callOf.get(outer);
                    if (c.args === undefined)
                        c.args = toolArgs(s);
                    if (c.result === undefined)
                        c.result = toolResult(s);
                    if (c.error === null)
                        c.error = toolError(s) ?? null;
                    continue;
                }
                const call = {
                    id: toolCallId(s),
                    tool_name: toolName(s),
                    args: toolArgs(s),
                    result: toolResult(s),
                    error: toolError(s) ?? null,
                    ts_ms: nsToMs(s.startNs),
                    line: s.line,
                    span: s,
                };
                callOf.set(s, call);
                calls.push(call);
                kept.push(s);
                continue;
            }
            kept.push(s);
            prompt ??= spanPrompt(s);
            text = spanCompletion(s) ?? text;
            model = spanModel(s) ?? model;
        }
        for (const c of calls) {
            // Arguments are opt-in content in the conventions: a call recorded without them has `{}`.
            c.args ??= {};
            c.result ??= null;
        }
        const meta = { source: 'otel', trace_id: traceId };
        if (conversation !== undefined)
            meta.conversation_id = conversation;
        if (agent !== undefined)
            meta.agent_name = agent;
        return {
            traceId,
            prompt,
            text,
            model,
            meta,
            calls,
            spans: kept,
            firstLine: t.firstLine,
            startMs: nsToMs(spans[0].startNs),
            endMs: nsToMs(endNs),
        };
    }
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}

;// CONCATENATED MODULE: ./src/core/trace/shared-prompt.ts
// Placeholder prompts: written when a source has no prompt of its own, so many entries may carry the same
// one. They are no identity (docs/traces.md "Entry identity"): the reader does not treat a repeat as a
// duplicate, and a test binds to such a prompt only while one entry carries it.
/** Prompt of an imported MCP session without `--prompt` (also what the reference writes). */
const MCP_SESSION_PROMPT = '<mcp:session>';
/** Prompt of the default plain-record group (compatible: the reference keys prompt-less tool records so). */
const DEFAULT_GROUP_PROMPT = 'ignore';
/** Is this V2 episode prompt the import placeholder? Only for episodes the importer marked as its own. */
function isImportPlaceholder(prompt, meta) {
    return prompt === MCP_SESSION_PROMPT && meta['source'] === 'mcp_import';
}

;// CONCATENATED MODULE: ./src/core/trace/assembler.ts
// Turns decoded trace lines into tool calls and entries: line dispatch, V2 episode assembly,
// V1/legacy records, plain tool-call record groups, duplicate detection and bad-line handling.
// Byte-level work (splitting, UTF-8, size limit) is in reader.ts; this class sees one string per line.








const GROUP_KEYS = ['test_id', 'episode_id', 'run_id'];
const assembler_ID_KEYS = ['id', 'tool_call_id'];
/** Distinct unknown `type` values noted per file; later ones are only counted. */
const MAX_UNKNOWN_TYPE_NOTES = 100;
class Episode {
    bindingId;
    meta;
    firstLine;
    prompt = undefined;
    /** Set by episode_start or a `model` step: later steps cannot replace it (rule 1). */
    promptFinal = false;
    text = undefined;
    modelFromContent = undefined;
    modelFromMeta = undefined;
    calls = [];
    callCount = 0;
    steps = 0;
    constructor(bindingId, meta, firstLine) {
        this.bindingId = bindingId;
        this.meta = meta;
        this.firstLine = firstLine;
    }
    get key() {
        return this.bindingId !== '' ? this.bindingId : (this.prompt ?? '');
    }
}
class PlainGroup {
    groupKey;
    firstLine;
    prompt = undefined;
    text = undefined;
    lastCall = undefined;
    calls = [];
    count = 0;
    constructor(groupKey, firstLine) {
        this.groupKey = groupKey;
        this.firstLine = firstLine;
    }
    get key() {
        return this.groupKey !== '' ? this.groupKey : (this.prompt ?? DEFAULT_GROUP_PROMPT);
    }
}
/** Char code of the first non-blank character, -1 for a blank line. */
function firstNonBlank(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
            return c;
    }
    return -1;
}
function looksLikeObject(s) {
    return firstNonBlank(s) === 0x7b;
}
class TraceAssembler {
    strict;
    retainCalls;
    stats = { episodes: 0, records: 0, skipped_lines: 0, ignored_lines: 0, calls: 0 };
    dups = new DuplicateRegistry();
    file = '';
    fileIdx = 0;
    line = 0;
    episodes = new Map();
    groups = new Map();
    /** Plain-record calls by id for `tool_result` (retainCalls); the last one with an id wins. */
    plainCalls = new Map();
    /** Without retained calls only the group is kept; a result can then reach its group's last call only. */
    plainCallGroups = new Map();
    unknownTypes = new Set();
    /** OpenTelemetry spans of this file, assembled into episodes at its end (./otel-episodes.ts). */
    otel = undefined;
    otelNoted = false;
    /** This file's counts so far (the read's totals minus those at beginFile) and its first bad/ignored line. */
    fileBase = { records: 0, skipped: 0, ignored: 0 };
    firstBad = undefined;
    firstIgnoredType = undefined;
    onFileEnd;
    onCall;
    onEntry;
    onDiagnostic;
    constructor(visitor, strict, retainCalls) {
        this.strict = strict;
        this.retainCalls = retainCalls;
        this.onCall = visitor.onCall?.bind(visitor);
        this.onEntry = visitor.onEntry?.bind(visitor);
        this.onDiagnostic = visitor.onDiagnostic?.bind(visitor);
        this.onFileEnd = visitor.onFileEnd?.bind(visitor);
    }
    beginFile(display) {
        this.file = display;
        this.fileIdx = this.dups.addFile(display);
        this.line = 0;
        this.episodes = new Map();
        this.groups = new Map();
        this.plainCalls = new Map();
        this.plainCallGroups = new Map();
        this.unknownTypes = new Set();
        this.otel = undefined;
        this.otelNoted = false;
        this.fileBase = { records: this.stats.records, skipped: this.stats.skipped_lines, ignored: this.stats.ignored_lines };
        this.firstBad = undefined;
        this.firstIgnoredType = undefined;
    }
    /** Completes what is still open at end of file, in order of first line (rule 7). */
    endFile() {
        const eps = [...this.episodes.values()];
        const groups = [...this.groups.values()];
        this.episodes = new Map();
        this.groups = new Map();
        let i = 0;
        let j = 0;
        while (i < eps.length || j < groups.length) {
            const e = eps[i];
            const g = groups[j];
            if (e !== undefined && (g === undefined || e.firstLine < g.firstLine)) {
                this.finishEpisode(e);
                i++;
            }
            else if (g !== undefined) {
                this.finishGroup(g);
                j++;
            }
        }
        this.finishOtel();
        this.plainCalls = new Map();
        this.plainCallGroups = new Map();
        this.onFileEnd?.({
            file: this.file,
            records: this.stats.records - this.fileBase.records,
            skipped_lines: this.stats.skipped_lines - this.fileBase.skipped,
            ignored_lines: this.stats.ignored_lines - this.fileBase.ignored,
            ...(this.firstBad ? { first_bad: this.firstBad } : {}),
            ...(this.firstIgnoredType !== undefined ? { first_ignored_type: this.firstIgnoredType } : {}),
        });
    }
    /** One decoded line without its LF (a trailing CR is allowed: JSON treats it as whitespace). */
    handleLine(text, lineNo) {
        this.line = lineNo;
        if (lineNo === 1 && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        if (text.charCodeAt(0) !== 0x7b) {
            const c = firstNonBlank(text);
            if (c === -1 || c === 0x23)
                return; // blank or `#` comment: not counted
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (e) {
            this.reject(invalidJson(text, e));
            return;
        }
        try {
            if (!isObject(value))
                throw notAnObject(value);
            if (this.dispatch(value))
                this.stats.records++;
            else
                this.stats.ignored_lines++;
        }
        catch (e) {
            if (e instanceof BadLine)
                this.reject(e);
            else
                throw e;
        }
    }
    /** A bad line: fatal under strict, else skipped, counted and reported. */
    badLine(lineNo, message, col) {
        const file = this.file;
        if (this.strict) {
            const d = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file, line: lineNo, col };
            throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
                source: 'trace',
                context: { file, line: lineNo, col },
                nextStepValues: { 'trace.jsonl': file },
                diagnostics: [d],
            });
        }
        this.stats.skipped_lines++;
        this.firstBad ??= { line: lineNo, message };
        this.onDiagnostic?.({ code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message, source: 'trace', file, line: lineNo, col });
    }
    reject(b) {
        this.badLine(this.line, b.message, b.col);
    }
    /** Returns true for a record line, false for an ignored one (unknown `type`). Throws BadLine. */
    dispatch(o) {
        const type = o.type;
        if (type === undefined) {
            if (isOtelLine(o))
                return this.otelLine(o);
            this.untyped(o);
            return true;
        }
        if (typeof type !== 'string')
            throw new BadLine('"type" must be a string');
        switch (type) {
            case 'tool_call':
                if (o.episode_id !== undefined && o.episode_id !== null)
                    this.v2ToolCall(o);
                else
                    this.plainRecord(o, 'tool_call');
                return true;
            case 'step':
                this.v2Step(o);
                return true;
            case 'episode_start':
                this.v2Start(o);
                return true;
            case 'episode_end':
                this.v2End(o);
                return true;
            case 'assay.trace':
                this.recordLine(o, 'assay.trace', false);
                return true;
            case 'call_tool':
                this.plainRecord(o, 'call_tool');
                return true;
            case 'tool_result':
                this.toolResult(o);
                return true;
            default:
                this.noteUnknownType(type);
                return false;
        }
    }
    noteUnknownType(type) {
        this.firstIgnoredType ??= type;
        if (this.unknownTypes.has(type) || this.unknownTypes.size >= MAX_UNKNOWN_TYPE_NOTES)
            return;
        this.unknownTypes.add(type);
        this.onDiagnostic?.({
            code: 'W_TRACE_UNKNOWN_TYPE',
            severity: 'note',
            message: `lines with unknown type ${quote(type)} are ignored (counted in ignored_lines)${contentBlockHint(type) ?? ''}`,
            source: 'trace',
            file: this.file,
            line: this.line,
            col: 1,
        });
    }
    untyped(o) {
        if (o.prompt !== undefined && o.prompt !== null)
            return this.recordLine(o, 'record', true);
        if (firstPresent(o, PLAIN_NAME_KEYS) !== undefined || Array.isArray(o.tool_calls))
            return this.plainRecord(o, 'record');
        if (o.tool_calls !== undefined && o.tool_calls !== null)
            throw mistyped('record', 'tool_calls', 'an array');
        throw new BadLine(NOTHING_USABLE);
    }
    // ---- OpenTelemetry spans (docs/otel.md) ----
    /** A span line or OTLP request line; ignored (false) when none of its spans is a GenAI span. */
    otelLine(o) {
        const c = (this.otel ??= new OtelCollector());
        return this.otelCounted(c.add(readOtelLine(o, this.line, c.nextOrder())));
    }
    /** A whole-file OTLP document (./otel-document.ts), counted as one record. */
    otelDocument(doc, lineOfSpan) {
        this.line = 1;
        try {
            const c = (this.otel ??= new OtelCollector());
            const spans = readOtlpRequest(doc, (s) => (isObject(s) && typeof s.spanId === 'string' ? lineOfSpan(s.spanId) : 1), c.nextOrder());
            if (this.otelCounted(c.add(spans)))
                this.stats.records++;
            else
                this.stats.ignored_lines++;
        }
        catch (e) {
            if (e instanceof BadLine)
                this.reject(e);
            else
                throw e;
        }
    }
    otelCounted(genAiSpans) {
        if (genAiSpans > 0)
            return true;
        if (!this.otelNoted) {
            this.otelNoted = true;
            this.onDiagnostic?.({
                code: 'W_TRACE_UNKNOWN_TYPE',
                severity: 'note',
                message: 'OpenTelemetry spans without gen_ai.* attributes are ignored (counted in ignored_lines)',
                source: 'trace',
                file: this.file,
                line: this.line,
                col: 1,
            });
        }
        return false;
    }
    /** One entry per trace id, binding id = the trace id (docs/otel.md). */
    finishOtel() {
        const c = this.otel;
        this.otel = undefined;
        if (c === undefined)
            return;
        for (const ep of c.finish()) {
            const calls = ep.calls.map((x, i) => makeCall(x.id, x.tool_name, x.args, x.result, x.error, i, x.ts_ms, this.file, x.line));
            const kept = this.retainCalls ? calls : [];
            const meta = { ...ep.meta, tool_calls: kept };
            const entry = makeEntry(ep.prompt, ep.traceId, ep.text ?? '', ep.model ?? 'trace', meta, kept, ep.spans.length, ep.firstLine, this.file, 'otel', false);
            this.dups.register(entry, this.fileIdx, false);
            for (const call of calls) {
                this.stats.calls++;
                this.onCall?.(entry.key, call);
            }
            this.stats.episodes++;
            this.onEntry?.(entry);
        }
    }
    // ---- V2 events ----
    openEpisode(type, id) {
        const ep = this.episodes.get(id);
        if (ep === undefined)
            throw new BadLine(`${type} for episode ${quote(id)} which is not open`);
        return ep;
    }
    v2Start(o) {
        const S = 'episode_start';
        const id = reqString(o, 'episode_id', S);
        reqTimestamp(o, 'timestamp', S);
        let prompt;
        const input = o.input;
        if (input !== undefined && input !== null) {
            if (!isObject(input))
                throw mistyped(S, 'input', 'an object');
            const p = input.prompt;
            if (typeof p === 'string')
                prompt = p;
            else if (p !== undefined && p !== null)
                throw mistyped(S, 'input.prompt', 'a string');
        }
        if (this.episodes.has(id))
            throw new BadLine(`${S} for episode ${quote(id)} which is already open`);
        const meta = isObject(o.meta) ? o.meta : {};
        const testId = meta.test_id;
        const ep = new Episode(typeof testId === 'string' ? testId : id, meta, this.line);
        // meta.tool_calls given at the start is normalised and kept ahead of tool_call events.
        const given = metaToolCalls(meta, S);
        const calls = given === undefined ? undefined : this.entryCalls(given, `${S}: meta.tool_calls`, 0);
        if (prompt !== undefined) {
            ep.prompt = prompt;
            ep.promptFinal = true;
        }
        this.episodes.set(id, ep);
        if (calls !== undefined)
            for (const c of calls)
                this.addEpisodeCall(ep, c);
    }
    v2Step(o) {
        const S = 'step';
        const id = reqString(o, 'episode_id', S);
        reqString(o, 'step_id', S);
        reqTimestamp(o, 'timestamp', S);
        const kind = reqString(o, 'kind', S);
        optIndex(o, 'idx', S);
        optString(o, 'name', S);
        const content = o.content;
        if (content !== undefined && content !== null && typeof content !== 'string')
            throw mistyped(S, 'content', 'a string or null');
        optArray(o, 'truncations', S);
        const ep = this.openEpisode(S, id);
        ep.steps++;
        const meta = isObject(o.meta) ? o.meta : undefined;
        let parsed;
        if (typeof content === 'string' && looksLikeObject(content)) {
            try {
                const v = JSON.parse(content);
                if (isObject(v))
                    parsed = v;
            }
            catch {
                // plain text that happens to start with `{`
            }
        }
        // Rule 1: prompt. A model step may replace a prompt taken from a non-model step.
        if (!ep.promptFinal) {
            const isModel = kind === 'model';
            if (ep.prompt === undefined || isModel) {
                let p = parsed?.prompt;
                if (typeof p !== 'string')
                    p = meta?.['gen_ai.prompt'];
                if (typeof p === 'string') {
                    ep.prompt = p;
                    ep.promptFinal = isModel;
                }
            }
        }
        // Rules 2–3: output text (last writer wins) and model.
        if (typeof content === 'string') {
            const completion = parsed?.completion;
            if (typeof completion === 'string') {
                ep.text = completion;
                const model = parsed?.model;
                if (typeof model === 'string')
                    ep.modelFromContent = model;
            }
            else {
                ep.text = content;
            }
        }
        if (meta !== undefined) {
            const completion = meta['gen_ai.completion'];
            if (typeof completion === 'string')
                ep.text = completion;
            const rm = meta['gen_ai.response.model'];
            const qm = meta['gen_ai.request.model'];
            if (typeof rm === 'string')
                ep.modelFromMeta = rm;
            else if (typeof qm === 'string')
                ep.modelFromMeta = qm;
        }
    }
    // The hot path of large traces: direct property reads (monomorphic per event shape) instead of the
    // generic field helpers, which are only called to build the message once a check has failed.
    v2ToolCall(o) {
        const S = 'tool_call';
        const id = o.episode_id;
        const stepId = o.step_id;
        const ts = o.timestamp;
        const toolName = o.tool_name;
        if (typeof id !== 'string')
            reqString(o, 'episode_id', S);
        if (typeof stepId !== 'string')
            reqString(o, 'step_id', S);
        if (typeof ts !== 'number' || !Number.isSafeInteger(ts))
            reqTimestamp(o, 'timestamp', S);
        if (typeof toolName !== 'string' || toolName === '') {
            if (toolName === undefined)
                throw new BadLine(`${S}: missing required field "tool_name"`);
            throw mistyped(S, 'tool_name', 'a non-empty string');
        }
        let callIndex = o.call_index;
        if (callIndex === undefined || callIndex === null)
            callIndex = 0;
        else if (!(typeof callIndex === 'number' && Number.isSafeInteger(callIndex) && callIndex >= 0))
            throw mistyped(S, 'call_index', 'a non-negative integer');
        const error = o.error;
        if (error !== undefined && error !== null && typeof error !== 'string')
            throw mistyped(S, 'error', 'a string or null');
        const truncations = o.truncations;
        if (truncations !== undefined && truncations !== null && !Array.isArray(truncations))
            throw mistyped(S, 'truncations', 'an array');
        const ep = this.openEpisode(S, id);
        const args = o.args;
        const result = o.result;
        const call = makeCall(stepId + '-' + callIndex, toolName, args === undefined ? null : args, result === undefined ? null : result, error === undefined ? null : error, ep.callCount, ts, this.file, this.line);
        this.addEpisodeCall(ep, call);
    }
    addEpisodeCall(ep, call) {
        ep.callCount++;
        if (this.retainCalls)
            ep.calls.push(call);
        this.stats.calls++;
        this.onCall?.(ep.key, call);
    }
    v2End(o) {
        const S = 'episode_end';
        const id = reqString(o, 'episode_id', S);
        reqTimestamp(o, 'timestamp', S);
        optString(o, 'outcome', S);
        const finalOutput = o.final_output;
        if (finalOutput !== undefined && finalOutput !== null && typeof finalOutput !== 'string')
            throw mistyped(S, 'final_output', 'a string or null');
        const ep = this.openEpisode(S, id);
        if (typeof finalOutput === 'string')
            ep.text = finalOutput;
        this.episodes.delete(id);
        this.finishEpisode(ep);
    }
    finishEpisode(ep) {
        const model = ep.modelFromContent ?? ep.modelFromMeta ?? 'trace';
        ep.meta.tool_calls = ep.calls;
        const entry = makeEntry(ep.prompt, ep.bindingId, ep.text ?? '', model, ep.meta, ep.calls, ep.steps, ep.firstLine, this.file, 'v2', isImportPlaceholder(ep.prompt, ep.meta));
        this.emitEntry(entry, false);
    }
    // ---- V1 and legacy records ----
    recordLine(o, shape, legacy) {
        const prompt = reqString(o, 'prompt', shape);
        let text = optString(o, 'response', shape);
        if (text === undefined)
            text = optString(o, 'text', shape);
        if (text === undefined && legacy) {
            const r = o.result;
            if (r !== undefined && r !== null)
                text = renderResult(r);
        }
        const model = optString(o, 'model', shape) ?? 'trace';
        const requestId = optString(o, 'request_id', shape);
        const meta = isObject(o.meta) ? o.meta : {};
        const given = metaToolCalls(meta, shape);
        const calls = given === undefined ? [] : this.entryCalls(given, `${shape}: meta.tool_calls`, 0);
        if (legacy) {
            const tool = o.tool;
            if (tool !== undefined && tool !== null) {
                if (typeof tool !== 'string' || tool === '')
                    throw mistyped(shape, 'tool', 'a non-empty string');
                calls.push(makeCall('legacy-v1', tool, o.args ?? {}, null, null, calls.length, 0, this.file, this.line));
            }
            else {
                const list = optArray(o, 'tool_calls', shape);
                if (list !== undefined)
                    for (const c of this.entryCalls(list, `${shape}: tool_calls`, calls.length))
                        calls.push(c);
            }
        }
        const kept = this.retainCalls ? calls : [];
        meta.tool_calls = kept;
        const entry = makeEntry(prompt, requestId, text ?? '', model, meta, kept, 0, this.line, this.file, legacy ? 'legacy' : 'v1', false);
        // Duplicates are checked before the calls go out, so a fatal duplicate emits nothing of its entry.
        this.dups.register(entry, this.fileIdx, requestId !== undefined);
        for (const c of calls) {
            this.stats.calls++;
            this.onCall?.(entry.key, c);
        }
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
    /** Normalises a `tool_calls` array of a record or meta; validates all before returning. */
    entryCalls(list, where, offset) {
        const out = [];
        for (let i = 0; i < list.length; i++) {
            out.push(normalizeEntryCall(list[i], {
                where: `${where}[${i}]`,
                nameKeys: ENTRY_NAME_KEYS,
                argKeys: ARG_KEYS,
                defaultId: `legacy-${offset + i}`,
                index: offset + i,
                honourIndex: true,
                defaultTs: 0,
                file: this.file,
                line: this.line,
            }));
        }
        return out;
    }
    // ---- plain tool-call records ----
    plainRecord(o, shape) {
        const named = firstPresent(o, PLAIN_NAME_KEYS);
        let name;
        let list;
        if (named !== undefined) {
            if (typeof named[1] !== 'string' || named[1] === '')
                throw mistyped(shape, named[0], 'a non-empty string');
            name = named[1];
        }
        else {
            list = optArray(o, 'tool_calls', shape);
            if (list === undefined)
                throw new BadLine(`${shape}: missing tool name ("tool", "tool_name" or "name") or "tool_calls" array`);
        }
        let groupKey = '';
        const g = firstPresent(o, GROUP_KEYS);
        if (g !== undefined) {
            if (typeof g[1] !== 'string')
                throw mistyped(shape, g[0], 'a string');
            groupKey = g[1];
        }
        const prompt = optString(o, 'prompt', shape);
        let text = optString(o, 'response', shape);
        if (text === undefined)
            text = optString(o, 'text', shape);
        const ts = optTimestamp(o, 'timestamp', shape) ?? optTimestamp(o, 'ts_ms', shape) ?? 0;
        const id = optId(o, assembler_ID_KEYS, shape);
        let group = this.groups.get(groupKey);
        const base = group === undefined ? 0 : group.count;
        // Build (and so validate) every call before any side effect.
        let calls;
        if (name !== undefined) {
            calls = [makeCall(id ?? `call-${base}`, name, pickArgs(o, ARG_KEYS), o.result ?? null, o.error ?? null, base, ts, this.file, this.line)];
        }
        else {
            calls = [];
            const l = list;
            for (let i = 0; i < l.length; i++) {
                calls.push(normalizeEntryCall(l[i], {
                    where: `${shape}: tool_calls[${i}]`,
                    nameKeys: ENTRY_NAME_KEYS,
                    argKeys: ARG_KEYS,
                    defaultId: `call-${base + i}`,
                    index: base + i,
                    honourIndex: false,
                    defaultTs: ts,
                    file: this.file,
                    line: this.line,
                }));
            }
        }
        if (group === undefined) {
            group = new PlainGroup(groupKey, this.line);
            this.groups.set(groupKey, group);
        }
        if (prompt !== undefined && group.prompt === undefined)
            group.prompt = prompt;
        if (text !== undefined)
            group.text = text;
        const key = group.key;
        for (const call of calls) {
            group.count++;
            group.lastCall = call;
            if (this.retainCalls) {
                group.calls.push(call);
                this.plainCalls.set(call.id, call);
            }
            else {
                this.plainCallGroups.set(call.id, group);
            }
            this.stats.calls++;
            this.onCall?.(key, call);
        }
    }
    toolResult(o) {
        const S = 'tool_result';
        const id = optId(o, assembler_ID_KEYS, S);
        if (id === undefined)
            throw new BadLine(`${S}: missing "id" or "tool_call_id"`);
        let call;
        if (this.retainCalls) {
            call = this.plainCalls.get(id);
            if (call === undefined)
                throw new BadLine(`${S} for call ${quote(id)} which was not seen`);
        }
        else {
            const group = this.plainCallGroups.get(id);
            if (group === undefined)
                throw new BadLine(`${S} for call ${quote(id)} which was not seen`);
            // Without retained calls only the group's last call still matters (it may become the entry text).
            if (group.lastCall?.id !== id)
                return;
            call = group.lastCall;
        }
        if (o.result !== undefined)
            call.result = o.result;
        if (o.error !== undefined)
            call.error = o.error;
    }
    finishGroup(g) {
        const prompt = g.prompt ?? (g.groupKey === '' ? DEFAULT_GROUP_PROMPT : undefined);
        let text = g.text;
        if (text === undefined) {
            const r = g.lastCall?.result;
            text = r === undefined || r === null ? '' : renderResult(r);
        }
        const meta = { tool_calls: g.calls };
        const entry = makeEntry(prompt, g.groupKey !== '' ? g.groupKey : undefined, text, 'trace', meta, g.calls, 0, g.firstLine, this.file, 'plain', g.prompt === undefined && g.groupKey === '');
        this.emitEntry(entry, false);
    }
    emitEntry(entry, fromRequestId) {
        this.dups.register(entry, this.fileIdx, fromRequestId);
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
    // ---- call-list documents ----
    /**
     * A whole `.json` call list as one entry (binding id = file stem). `items` are the array elements,
     * `lines` the line of each element's opening brace, `label` the array's key for messages ("" for a root array).
     */
    callList(stem, items, lines, label, spans) {
        const calls = [];
        const meta = {};
        const entry = makeEntry(undefined, stem, '', 'trace', meta, calls, 0, 1, this.file, 'call_list', false);
        this.dups.register(entry, this.fileIdx, false);
        let count = 0;
        for (let i = 0; i < items.length; i++) {
            this.line = lines[i] ?? 1;
            const where = `${label}[${i}]`;
            try {
                let call;
                if (spans) {
                    const s = items[i];
                    if (!isObject(s))
                        throw new BadLine(`${where} must be an object`);
                    const name = s.name;
                    if (typeof name !== 'string' || name === '')
                        throw new BadLine(`${where} has no name`);
                    // Internal spans (`internal…` without a dot) are not tool calls.
                    if (name.startsWith('internal') && !name.includes('.'))
                        continue;
                    const id = optId(s, assembler_ID_KEYS, where) ?? `call-${count}`;
                    call = makeCall(id, name, s.attributes ?? {}, null, null, count, 0, this.file, this.line);
                }
                else {
                    call = normalizeEntryCall(items[i], {
                        where,
                        nameKeys: CALL_LIST_NAME_KEYS,
                        argKeys: CALL_LIST_ARG_KEYS,
                        defaultId: `call-${count}`,
                        index: count,
                        honourIndex: false,
                        defaultTs: 0,
                        file: this.file,
                        line: this.line,
                    });
                }
                count++;
                if (this.retainCalls)
                    calls.push(call);
                this.stats.records++;
                this.stats.calls++;
                this.onCall?.(stem, call);
            }
            catch (e) {
                if (e instanceof BadLine)
                    this.reject(e);
                else
                    throw e;
            }
        }
        meta.tool_calls = calls;
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
}
/** `meta.tool_calls` given in the input: an array of calls to normalise, else absent. */
function metaToolCalls(meta, shape) {
    const v = meta.tool_calls;
    if (v === undefined || v === null)
        return undefined;
    if (!Array.isArray(v))
        throw mistyped(shape, 'meta.tool_calls', 'an array');
    return v;
}
/** One constructor for every entry so all TraceEntry objects share a hidden class. */
function makeEntry(prompt, bindingId, text, model, meta, toolCalls, steps, firstLine, file, kind, sharedPrompt) {
    const key = bindingId !== undefined && bindingId !== '' ? bindingId : (prompt ?? '');
    return { prompt, binding_id: bindingId, text, model, meta, tool_calls: toolCalls, steps, first_line: firstLine, file, key, kind, shared_prompt: sharedPrompt };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/core/trace/open-file.ts
// Opening trace files: a missing, unreadable or directory path → E_TRACE_NOT_FOUND.


/** `ENOENT: no such file or directory, open 'x'` → `ENOENT: no such file or directory` (the path is named already). */
function osErrorText(err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /^(E[A-Z0-9]+: [^,]*), \w+ '.*'$/s.exec(msg);
    return m?.[1] ?? msg;
}
function cannotOpen(display, err) {
    const reason = `cannot open trace file: ${osErrorText(err)}`;
    const d = { code: 'E_TRACE_NOT_FOUND', severity: 'error', message: reason, source: 'trace', file: display };
    return new errors/* InputError */.dz('E_TRACE_NOT_FOUND', `${display}: ${reason}`, {
        source: 'trace',
        context: { file: display },
        nextStepValues: { 'trace.jsonl': display },
        diagnostics: [d],
    });
}
/** Opens a regular (or special, e.g. FIFO) file for reading; directories and open errors → E_TRACE_NOT_FOUND. */
async function openTraceFile(path, display) {
    let fh;
    try {
        fh = await (0,promises_.open)(path, 'r');
    }
    catch (e) {
        throw cannotOpen(display, e);
    }
    try {
        if ((await fh.stat()).isDirectory())
            throw cannotOpen(display, 'EISDIR: illegal operation on a directory');
    }
    catch (e) {
        await fh.close();
        throw e instanceof errors/* InputError */.dz ? e : cannotOpen(display, e);
    }
    return fh;
}

;// CONCATENATED MODULE: ./src/core/trace/call-list.ts
// Call-list documents: a `.json` file (not .jsonl/.ndjson) holding one list of calls — an array,
// an object with a `tools`, `tool_calls` or `calls` array, or `{"spans":[{name, attributes?}]}`. The whole
// document is one entry; each call's position is the line of its opening brace.








/** Import documents are capped at 256 MiB; call lists are read whole, so the same cap applies. */
const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
const LIST_KEYS = ['tools', 'tool_calls', 'calls'];
function isCallListPath(path) {
    return /\.json$/i.test(path);
}
/** A whole-document trace error (E_TRACE_INVALID) at a position, for call lists and OTLP documents. */
function documentError(file, message, line, col) {
    const d = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file };
    if (line !== undefined) {
        d.line = line;
        d.col = col ?? 1;
    }
    return new errors/* InputError */.dz('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file, line, col: line === undefined ? undefined : (col ?? 1) },
        nextStepValues: { 'trace.jsonl': file },
        diagnostics: [d],
    });
}
async function readWhole(path, display) {
    const fh = await openTraceFile(path, display);
    try {
        if ((await fh.stat()).size > MAX_DOCUMENT_BYTES)
            throw documentError(display, 'document exceeds 256 MiB');
        const buf = await fh.readFile();
        if (buf.length > MAX_DOCUMENT_BYTES)
            throw documentError(display, 'document exceeds 256 MiB');
        return buf;
    }
    catch (e) {
        throw e instanceof errors/* InputError */.dz ? e : cannotOpen(display, e);
    }
    finally {
        await fh.close();
    }
}
async function readCallList(path, display, asm) {
    const buf = await readWhole(path, display);
    if (!(0,external_node_buffer_.isUtf8)(buf)) {
        const off = Math.max(0, (0,utf8/* firstInvalidUtf8 */.vE)(buf));
        const before = buf.toString('utf8', 0, off);
        const { line, col } = offsetToLineCol(before, before.length);
        throw documentError(display, 'document is not valid UTF-8', line, col);
    }
    let text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const m = /at position (\d+)/.exec(msg);
        const off = m ? Number(m[1]) : (jsonErrorOffset(text) ?? 0);
        const { line, col } = offsetToLineCol(text, off);
        throw documentError(display, `invalid JSON: ${msg}`, line, col);
    }
    let items;
    let key = null;
    let spans = false;
    if (Array.isArray(doc)) {
        items = doc;
    }
    else if (isObject(doc)) {
        for (const k of LIST_KEYS) {
            const v = doc[k];
            if (Array.isArray(v)) {
                items = v;
                key = k;
                break;
            }
        }
        if (items === undefined && Array.isArray(doc.spans)) {
            items = doc.spans;
            key = 'spans';
            spans = true;
        }
    }
    if (items === undefined) {
        throw documentError(display, `call-list document must be an array of calls or an object with a "tools", "tool_calls", "calls" or "spans" array, found ${isObject(doc) ? 'an object without one' : jsonTypeName(doc)}`);
    }
    const lines = offsetsToLines(text, arrayElementOffsets(text, key));
    const stem = (0,external_node_path_.basename)(path).replace(/\.json$/i, '');
    asm.beginFile(display);
    asm.callList(stem, items, lines, key ?? '', spans);
    asm.endFile();
}

;// CONCATENATED MODULE: ./src/core/trace/otel-document.ts
// Whole-file OTLP JSON documents (a saved export request, usually pretty-printed over many lines) versus
// OTLP JSON lines (the collector's file exporter: one export request per line). Both start with
// `{"resourceSpans":`; a file is a document when its first line is not JSON on its own (docs/otel.md).




const OTLP_HEAD = /^(?:\uFEFF)?[ \t\r\n]*\{[ \t\r\n]*"resourceSpans"[ \t\r\n]*:/;
const HEAD_BYTES = 256;
function headMatches(head) {
    return OTLP_HEAD.test(head.toString('utf8', 0, Math.min(head.length, HEAD_BYTES)));
}
/** True when a file's first chunk is the start of a multi-line OTLP document (not OTLP JSON lines). */
function isOtlpDocumentStart(head) {
    if (!headMatches(head))
        return false;
    const nl = head.indexOf(10);
    // No line end in the first chunk: read whole; a failed parse then falls back to lines.
    if (nl === -1)
        return true;
    try {
        JSON.parse(head.toString('utf8', 0, nl));
        return false;
    }
    catch {
        return true;
    }
}
/** Whether a `.json` file starts like OTLP JSON (then it is read as OTLP, never as a call list). */
async function startsAsOtlp(path, display) {
    const fh = await openTraceFile(path, display);
    try {
        const buf = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
        return headMatches(buf.subarray(0, bytesRead));
    }
    catch (e) {
        throw cannotOpen(display, e);
    }
    finally {
        await fh.close();
    }
}
function checkDocumentSize(bytes, display) {
    if (bytes > MAX_DOCUMENT_BYTES)
        throw documentError(display, 'OTLP document exceeds 256 MiB');
}
/**
 * Parses a whole file as one OTLP document. Returns undefined when it is not one JSON value and
 * `fallBackToLines` is set (the caller then reads it as lines); else a parse failure is fatal with its line.
 */
function parseOtlpDocument(text, display, fallBackToLines) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        if (fallBackToLines)
            return undefined;
        const msg = e instanceof Error ? e.message : String(e);
        const m = /at position (\d+)/.exec(msg);
        const off = m ? Number(m[1]) : (jsonErrorOffset(text) ?? 0);
        const { line, col } = offsetToLineCol(text, off);
        throw documentError(display, `invalid JSON in OTLP document: ${msg}`, line, col);
    }
    if (!isObject(doc))
        throw documentError(display, 'OTLP document must be an object with "resourceSpans"', 1, 1);
    let lines;
    const lineOfSpan = (spanId) => {
        if (lines === undefined) {
            lines = new Map();
            const re = /"spanId"\s*:\s*"([^"\\]*)"/g;
            let line = 1;
            let pos = 0;
            for (let m = re.exec(text); m !== null; m = re.exec(text)) {
                for (let i = text.indexOf('\n', pos); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
                    line++;
                pos = m.index;
                if (!lines.has(m[1]))
                    lines.set(m[1], line);
            }
        }
        return lines.get(spanId) ?? 1;
    };
    return { doc, lineOfSpan };
}

;// CONCATENATED MODULE: ./src/core/trace/reader.ts
// The streaming trace reader: reads JSONL in 1 MiB chunks, splits lines on bytes, decodes
// whole chunks at once when they are valid UTF-8 (the common case) and hands each line to the assembler.
// Lines over 16 MiB are discarded while streaming, never buffered. `.json` files are call-list documents.








const CHUNK_BYTES = 1 << 20;
/** Longest accepted line, excluding its LF and a CR before it. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Reads one trace file (JSONL, or a `.json` call-list document) and returns its counts. */
async function readTrace(path, visitor, opts = {}) {
    return readTraceFiles([{ path, displayPath: opts.displayPath ?? path }], visitor, opts);
}
/**
 * Reads several files in order as one trace: duplicate prompts/binding ids are detected across files and the
 * counts are summed. Episodes and plain-record groups do not span files (each completes at its file's end).
 */
async function readTraceFiles(files, visitor, opts = {}) {
    const asm = new TraceAssembler(visitor, opts.strict ?? false, opts.retainCalls ?? true);
    for (const f of files) {
        const path = typeof f === 'string' ? f : f.path;
        const display = typeof f === 'string' ? f : (f.displayPath ?? f.path);
        // A `.json` file that starts as OTLP JSON is an OpenTelemetry export, never a call list (docs/otel.md).
        if (isCallListPath(path) && !(await startsAsOtlp(path, display)))
            await readCallList(path, display, asm);
        else
            await readJsonl(path, display, asm);
    }
    return { ...asm.stats };
}
async function readJsonl(path, display, asm) {
    const fh = await openTraceFile(path, display);
    try {
        asm.beginFile(display);
        const splitter = new LineSplitter(asm);
        // One buffer reused for every read: lines are decoded to strings (copies) and partial lines are copied.
        const buf = Buffer.allocUnsafe(CHUNK_BYTES);
        for (let first = true;; first = false) {
            let n;
            try {
                n = (await fh.read(buf, 0, CHUNK_BYTES, null)).bytesRead;
            }
            catch (e) {
                throw cannotOpen(display, e);
            }
            if (n === 0)
                break;
            if (first && isOtlpDocumentStart(buf.subarray(0, n))) {
                // A multi-line OTLP JSON document is read whole; if it is not one JSON value, it is read as lines.
                const whole = await readRest(fh, buf.subarray(0, n), display);
                const parsed = parseOtlpDocument(whole.toString('utf8'), display, whole.indexOf(10) === -1 || whole.indexOf(10) >= n);
                if (parsed !== undefined)
                    asm.otelDocument(parsed.doc, parsed.lineOfSpan);
                else
                    splitter.push(whole);
                break;
            }
            splitter.push(buf.subarray(0, n));
        }
        splitter.end();
        asm.endFile();
    }
    finally {
        await fh.close();
    }
}
async function readRest(fh, head, display) {
    let rest;
    try {
        checkDocumentSize((await fh.stat()).size, display);
        rest = await fh.readFile(); // from the current position
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw e;
        throw cannotOpen(display, e);
    }
    checkDocumentSize(head.length + rest.length, display);
    return Buffer.concat([head, rest]);
}
function tooLong(hasCr) {
    return hasCr ? `${LINE_TOO_LONG} (${CR_ONLY})` : LINE_TOO_LONG;
}
/** Splits chunks into lines. A line that spans chunks is collected (copied) until its LF, or discarded past 16 MiB. */
class LineSplitter {
    asm;
    parts = [];
    /** Bytes of the unfinished line so far (also counted while discarding). */
    pendingLen = 0;
    discarding = false;
    /** The discarded line held a CR: most likely a CR-only file, which the message then says. */
    discardedCr = false;
    lineNo = 0;
    constructor(asm) {
        this.asm = asm;
    }
    push(chunk) {
        const n = chunk.length;
        let start = 0;
        if (this.pendingLen > 0) {
            const nl = chunk.indexOf(10);
            if (nl === -1) {
                this.appendPending(chunk, 0, n);
                return;
            }
            this.appendPending(chunk, 0, nl);
            this.finishPending();
            start = nl + 1;
        }
        const last = chunk.lastIndexOf(10);
        if (last >= start) {
            this.completeLines(chunk, start, last);
            start = last + 1;
        }
        if (start < n)
            this.appendPending(chunk, start, n);
    }
    /** End of input: a last line without LF is still a line. */
    end() {
        if (this.pendingLen > 0)
            this.finishPending();
    }
    appendPending(chunk, s, e) {
        this.pendingLen += e - s;
        if (this.discarding)
            return;
        if (this.pendingLen > MAX_LINE_BYTES + 1) {
            // Certainly too long even if it ends in CR: stop keeping bytes, just look for the end of the line.
            this.discarding = true;
            this.discardedCr = this.parts.some((p) => p.includes(13)) || chunk.subarray(s, e).includes(13);
            this.parts = [];
            return;
        }
        if (e > s)
            this.parts.push(Buffer.from(chunk.subarray(s, e)));
    }
    finishPending() {
        const lineNo = ++this.lineNo;
        const len = this.pendingLen;
        const discarded = this.discarding;
        const discardedCr = this.discardedCr;
        const parts = this.parts;
        this.parts = [];
        this.pendingLen = 0;
        this.discarding = false;
        this.discardedCr = false;
        if (discarded) {
            this.asm.badLine(lineNo, tooLong(discardedCr), 1);
            return;
        }
        const line = parts.length === 1 ? parts[0] : Buffer.concat(parts, len);
        const contentLen = line[len - 1] === 13 ? len - 1 : len;
        if (contentLen > MAX_LINE_BYTES) {
            this.asm.badLine(lineNo, tooLong(line.subarray(0, contentLen).includes(13)), 1);
            return;
        }
        this.decodeLine(line, 0, len, lineNo);
    }
    /** chunk[s, e) holds complete lines and chunk[e] is LF. Lines here are < 1 MiB, so no size check. */
    completeLines(chunk, s, e) {
        const asm = this.asm;
        if ((0,external_node_buffer_.isUtf8)(chunk.subarray(s, e))) {
            // Fast path: one decode for the whole region, then split the string.
            const str = chunk.toString('utf8', s, e);
            let p = 0;
            for (;;) {
                const q = str.indexOf('\n', p);
                if (q === -1) {
                    asm.handleLine(p === 0 ? str : str.slice(p), ++this.lineNo);
                    return;
                }
                asm.handleLine(str.slice(p, q), ++this.lineNo);
                p = q + 1;
            }
        }
        let p = s;
        for (;;) {
            const q = chunk.indexOf(10, p); // ≤ e, since chunk[e] is LF
            this.decodeLine(chunk, p, q, ++this.lineNo);
            if (q >= e)
                return;
            p = q + 1;
        }
    }
    decodeLine(buf, s, e, lineNo) {
        const view = buf.subarray(s, e);
        if ((0,external_node_buffer_.isUtf8)(view)) {
            this.asm.handleLine(buf.toString('utf8', s, e), lineNo);
            return;
        }
        const off = (0,utf8/* firstInvalidUtf8 */.vE)(view);
        let col = off < 0 ? 1 : (0,utf8/* codePointsInUtf8 */.NH)(view, off) + 1;
        if (lineNo === 1 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf && col > 1)
            col--; // BOM is not shown
        this.asm.badLine(lineNo, INVALID_UTF8, col);
    }
}

;// CONCATENATED MODULE: ./src/core/trace/read-input.ts
// The one way every command reads the traces it judges (validate, run, ci, doctor, the action): the
// streaming reader plus the "no usable record" rule. A trace file from which no record could be read is
// fatal, E_TRACE_INVALID, in every command and for every file of a multi-file read, so `validate` can never
// pass what `ci` fails (docs/traces.md "A trace with no records").



const NO_RECORDS = 'trace contains no records';
/** Why nothing was read, for the message: the bad and ignored lines of the file, or that it had no data. */
function noRecordsMessage(s) {
    const why = [];
    if (s.skipped_lines > 0) {
        const first = s.first_bad ? `; first at line ${s.first_bad.line}: ${s.first_bad.message}` : '';
        why.push(`${s.skipped_lines} bad line(s) skipped${first}`);
    }
    if (s.ignored_lines > 0) {
        const t = s.first_ignored_type;
        const type = t !== undefined ? ` (first type ${quote(t)})${contentBlockHint(t) ?? ''}` : '';
        why.push(`${s.ignored_lines} line(s) of unknown type ignored${type}`);
    }
    if (why.length === 0)
        return `${NO_RECORDS} (no data lines)`;
    return `${NO_RECORDS}: ${why.join('; ')}`;
}
/** E_TRACE_INVALID for a file (or a read) that yielded no record; whole-file, so no line/col. */
function read_input_noRecordsError(file, s) {
    const message = noRecordsMessage(s);
    const d = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file };
    return new errors/* InputError */.dz('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file },
        nextStepValues: { 'trace.jsonl': file },
        diagnostics: [d],
    });
}
/**
 * Reads `files` as one trace and throws E_TRACE_INVALID as soon as one file ends with no record. Everything
 * else is the reader's contract (bad lines skipped or fatal under `strict`, duplicates fatal).
 */
async function readTraceInput(files, visitor, opts = {}) {
    return readTraceFiles(files, {
        ...(visitor.onCall ? { onCall: visitor.onCall.bind(visitor) } : {}),
        ...(visitor.onEntry ? { onEntry: visitor.onEntry.bind(visitor) } : {}),
        ...(visitor.onDiagnostic ? { onDiagnostic: visitor.onDiagnostic.bind(visitor) } : {}),
        onFileEnd(s) {
            visitor.onFileEnd?.(s);
            if (s.records === 0)
                throw read_input_noRecordsError(s.file, s);
        },
    }, opts);
}

;// CONCATENATED MODULE: ./src/core/trace/require-records.ts
// Commands that read their input some other way (e.g. `generate` through coverage's reader) still apply
// the same "no usable record" rule and message as ./read-input.ts.

/** Throws E_TRACE_INVALID `trace contains no records` (whole-file) when the read found no record. */
function requireRecords(stats, displayPath) {
    if (stats.records > 0)
        return;
    throw noRecordsError(displayPath, stats);
}

;// CONCATENATED MODULE: ./src/core/trace/index.ts








/***/ }),

/***/ 35794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ KeyTable)
/* harmony export */ });
// A compact set of string keys with a number per key: two independent 32-bit hashes (64 bits) in
// typed arrays, ~20 bytes per key instead of a Map entry plus the string (~150 bytes). Used where only
// "seen before?" matters over millions of keys (trace duplicate detection keeps memory flat).
// Two different keys collide with probability ~n²/2^65 (≈ 3e-8 at a million keys).
function hashes(s) {
    let a = 0x811c9dc5; // FNV-1a
    let b = 0x9747b28c; // multiplicative mix with another seed
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    a ^= a >>> 16;
    a = Math.imul(a, 0x85ebca6b);
    a ^= a >>> 13;
    b ^= s.length;
    b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
    b ^= b >>> 16;
    return [a >>> 0, b >>> 0];
}
class KeyTable {
    cap = 1024;
    size = 0;
    ha = new Uint32Array(this.cap);
    hb = new Uint32Array(this.cap);
    used = new Uint8Array(this.cap);
    vals = new Float64Array(this.cap);
    get(key) {
        const [a, b] = hashes(key);
        const mask = this.cap - 1;
        for (let i = a & mask;; i = (i + 1) & mask) {
            if (!this.used[i])
                return undefined;
            if (this.ha[i] === a && this.hb[i] === b)
                return this.vals[i];
        }
    }
    /** The key's value before adding one (0 when new): one hash instead of get + set. */
    bump(key) {
        if ((this.size + 1) * 2 > this.cap)
            this.grow();
        const [a, b] = hashes(key);
        const mask = this.cap - 1;
        for (let i = a & mask;; i = (i + 1) & mask) {
            if (!this.used[i]) {
                this.used[i] = 1;
                this.ha[i] = a;
                this.hb[i] = b;
                this.vals[i] = 1;
                this.size++;
                return 0;
            }
            if (this.ha[i] === a && this.hb[i] === b) {
                const v = this.vals[i];
                this.vals[i] = v + 1;
                return v;
            }
        }
    }
    set(key, value) {
        if ((this.size + 1) * 2 > this.cap)
            this.grow();
        const [a, b] = hashes(key);
        this.insert(a, b, value);
    }
    insert(a, b, value) {
        const mask = this.cap - 1;
        for (let i = a & mask;; i = (i + 1) & mask) {
            if (!this.used[i]) {
                this.used[i] = 1;
                this.ha[i] = a;
                this.hb[i] = b;
                this.vals[i] = value;
                this.size++;
                return;
            }
            if (this.ha[i] === a && this.hb[i] === b) {
                this.vals[i] = value;
                return;
            }
        }
    }
    grow() {
        const { ha, hb, used, vals } = this;
        this.cap *= 2;
        this.ha = new Uint32Array(this.cap);
        this.hb = new Uint32Array(this.cap);
        this.used = new Uint8Array(this.cap);
        this.vals = new Float64Array(this.cap);
        this.size = 0;
        for (let i = 0; i < used.length; i++)
            if (used[i])
                this.insert(ha[i], hb[i], vals[i]);
    }
}


/***/ }),

/***/ 46203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wo: () => (/* binding */ findUnknownKeys)
/* harmony export */ });
/* unused harmony exports RULE_META_KEYS, isExtensionKey, editDistance, closestKey, suggestKey, unknownKeyMessage */
// The one unknown-key check for policies and eval configs: a typo must never remove a rule silently,
// so an unknown key is an error (with "did you mean") unless the caller is lenient, in which case it is
// a warning. See docs/decisions.md, "Strict input".
/** Keys every rule object accepts besides its documented ones (labels only; `x-*` is checked apart). */
const RULE_META_KEYS = ['id', 'description', 'title'];
/** `x-…` keys: extension/anchor holders allowed in rule objects. */
function isExtensionKey(key) {
    return key.startsWith('x-');
}
/** Levenshtein distance, stopping early above `max`. */
function editDistance(a, b, max = 2) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            cur.push(v);
            if (v < best)
                best = v;
        }
        if (best > max)
            return max + 1;
        prev = cur;
    }
    return prev[b.length];
}
/** The single known key within distance 2 that the mapping does not already have, else null. */
function closestKey(key, known, present) {
    const hits = known.filter((k) => !present.includes(k) && editDistance(key, k) <= 2);
    return hits.length === 1 ? hits[0] : null;
}
/**
 * The known key a misspelt `key` most likely meant: the unique nearest one (case-insensitive) within
 * distance 2 (1 for keys of up to 3 characters, where 2 edits make almost anything match), else null.
 */
function suggestKey(key, known) {
    const max = key.length <= 3 ? 1 : 2;
    const lower = key.toLowerCase();
    let best = null;
    let bestD = max + 1;
    let tie = false;
    for (const k of known) {
        const d = editDistance(lower, k.toLowerCase(), max);
        if (d < bestD) {
            best = k;
            bestD = d;
            tie = false;
        }
        else if (d === bestD)
            tie = true;
    }
    return bestD <= max && !tie ? best : null;
}
/**
 * The keys of `obj` outside `allowed`, in key order, each with its message. `where` completes the
 * message: "at top level", "in tools", "in sequences[0]".
 */
function findUnknownKeys(obj, allowed, where, opts = {}) {
    const out = [];
    for (const key of Object.keys(obj)) {
        if (allowed.includes(key) || opts.accepted?.includes(key))
            continue;
        if (opts.rule && (RULE_META_KEYS.includes(key) || isExtensionKey(key)))
            continue;
        const suggestion = suggestKey(key, [...allowed, ...(opts.accepted ?? [])]);
        out.push({ key, suggestion, message: unknownKeyMessage(key, where, allowed, suggestion, opts.rule === true) });
    }
    return out;
}
function unknownKeyMessage(key, where, allowed, suggestion, rule = false) {
    const hint = suggestion !== null ? `; did you mean "${suggestion}"?` : '';
    const extra = rule ? ', id, description, title, x-*' : '';
    return `unknown key "${key}" ${where}${hint} (allowed: ${allowed.join(', ')}${extra})`;
}


/***/ }),

/***/ 69723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// YAML parsing that keeps positions: every YAML whose lines we report goes through here.
// YAML 1.2 core schema, duplicate keys are errors, one document per file, ≤ 100 alias expansions.

/** Column in code points, from a UTF-16 based line/col pair. */
function toPosition(lc, text, offset) {
    const p = lc.linePos(offset);
    const lineStart = lc.lineStarts[p.line - 1] ?? 0;
    const prefix = text.slice(lineStart, offset);
    return { line: p.line, col: [...prefix].length + 1 };
}
function parseYamlSource(text, file, code) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const errors = [];
    let docs;
    try {
        const all = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, {
            lineCounter,
            version: '1.2',
            schema: 'core',
            uniqueKeys: true,
            merge: true,
            prettyErrors: false,
        });
        docs = Array.isArray(all) ? all : [];
    }
    catch (e) {
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${e.message}`, file, line: 1, col: 1, source: 'config' });
        return { errors };
    }
    if (docs.length > 1) {
        const second = docs[1];
        const pos = toPosition(lineCounter, text, second.range[0]);
        errors.push({ code, severity: 'error', message: 'YAML syntax error: only one document per file is allowed', file, ...pos, source: 'config' });
    }
    const doc = docs[0];
    if (!doc)
        return { errors, source: makeSource(file, undefined, undefined, lineCounter, text) };
    for (const err of doc.errors) {
        const pos = toPosition(lineCounter, text, err.pos[0]);
        const msg = err.message.split('\n')[0] ?? err.message;
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${msg}`, file, ...pos, source: 'config' });
    }
    if (errors.length)
        return { errors };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${e.message}`, file, line: 1, col: 1, source: 'config' });
        return { errors };
    }
    return { errors, source: makeSource(file, value, doc, lineCounter, text) };
}
function makeSource(file, value, doc, lc, text) {
    const resolve = (path, wantKey) => {
        let node = doc?.contents;
        let pos = { line: 1, col: 1 };
        if (node && node.range)
            pos = toPosition(lc, text, node.range[0]);
        for (let i = 0; i < path.length; i++) {
            const seg = path[i];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) && doc)
                node = node.resolve(doc);
            let next;
            let keyNode;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((it) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(it) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(it.key) && String(it.key.value) === String(seg));
                if (pair) {
                    next = pair.value;
                    keyNode = pair.key;
                }
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
                next = node.items[seg];
            }
            if (next === undefined && keyNode === undefined)
                return pos;
            const last = i === path.length - 1;
            const target = last && wantKey && keyNode ? keyNode : (next ?? keyNode);
            const r = target?.range;
            if (r)
                pos = toPosition(lc, text, r[0]);
            else if (keyNode && keyNode.range)
                pos = toPosition(lc, text, keyNode.range[0]);
            node = next;
        }
        return pos;
    };
    return {
        file,
        value,
        posOf: (path) => resolve(path, false),
        keyPosOf: (path) => resolve(path, true),
    };
}


/***/ }),

/***/ 9867:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// ajv, loaded on the first schema compile rather than at start-up (docs/startup.md): most runs (the
// hook, policies without schemas, --help) never compile one. CommonJS on purpose: policy loading is
// synchronous, and a `require` inside a function is the one form that both Node (from source) and the
// bundler (which inlines it and evaluates it on first call) load lazily and synchronously.
exports.O = function loadAjv() {
  return {
    Ajv: (__webpack_require__(42463).Ajv),
    Ajv2019: (__webpack_require__(60878).Ajv2019),
    Ajv2020: (__webpack_require__(52210).Ajv2020),
  };
};


/***/ })

};
