// Duplicate detection across all entries of a read: two entries with one prompt (placeholder prompts
// excepted), two with one binding id, a repeated non-null request_id are fatal. Only 64-bit key hashes are
// kept with the position of their entry (KeyTable), so memory stays ~20 bytes per entry however long
// prompts are.
import { InputError, type Diagnostic } from '../errors.js';
import { KeyTable } from '../util/key-table.js';
import { quote } from './bad-line.js';
import type { TraceEntry } from './types.js';

const LINE_SPAN = 2 ** 32;

export class DuplicateRegistry {
  private readonly prompts = new KeyTable();
  /** value = location * 2 + (1 when the binding id came from a request_id) */
  private readonly bindings = new KeyTable();
  private readonly files: string[] = [];

  /** Registers a file and returns its index for locations. */
  addFile(display: string): number {
    this.files.push(display);
    return this.files.length - 1;
  }

  /** Throws InputError E_TRACE_INVALID when the entry repeats a prompt or binding id already seen. */
  register(entry: TraceEntry, fileIdx: number, bindingFromRequestId: boolean): void {
    const loc = fileIdx * LINE_SPAN + entry.first_line;
    let promptKey: string | undefined;
    // A placeholder prompt is no identity (./shared-prompt.ts): repeats are expected, binding checks them.
    if (entry.prompt !== undefined && entry.shared_prompt !== true) {
      promptKey = entry.prompt;
      const prev = this.prompts.get(promptKey);
      if (prev !== undefined) this.fail('prompt', entry.prompt, prev, loc);
    }
    let bindingKey: string | undefined;
    if (entry.binding_id !== undefined) {
      bindingKey = entry.binding_id;
      const prev = this.bindings.get(bindingKey);
      if (prev !== undefined) {
        const what = bindingFromRequestId && prev % 2 === 1 ? 'request_id' : 'binding id';
        this.fail(what, entry.binding_id, Math.floor(prev / 2), loc);
      }
    }
    if (promptKey !== undefined) this.prompts.set(promptKey, loc);
    if (bindingKey !== undefined) this.bindings.set(bindingKey, loc * 2 + (bindingFromRequestId ? 1 : 0));
  }

  private fail(what: string, value: string, a: number, b: number): never {
    const [first, second] = a <= b ? [a, b] : [b, a];
    const firstFile = this.files[Math.floor(first / LINE_SPAN)] ?? '';
    const secondFile = this.files[Math.floor(second / LINE_SPAN)] ?? '';
    const firstLine = first % LINE_SPAN;
    const secondLine = second % LINE_SPAN;
    const at = firstFile === secondFile ? `line ${firstLine}` : `${firstFile}:${firstLine}`;
    const message = `duplicate ${what} ${quote(value)} (first at ${at})`;
    const d: Diagnostic = {
      code: 'E_TRACE_INVALID',
      severity: 'error',
      message,
      source: 'trace',
      file: secondFile,
      line: secondLine,
      col: 1,
      context: { first_file: firstFile, first_line: firstLine },
    };
    throw new InputError('E_TRACE_INVALID', message, {
      source: 'trace',
      context: { file: secondFile, line: secondLine, col: 1, first_file: firstFile, first_line: firstLine },
      nextStepValues: { 'trace.jsonl': secondFile },
      diagnostics: [d],
    });
  }
}
