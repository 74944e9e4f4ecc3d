import { describe, expect, it } from 'vitest';
import { replyShape } from '../../src/runtime/mcp/reply-id.js';
import { EDGE_BYTES, LineSplitter, type LineEdges } from '../../src/runtime/mcp/line-splitter.js';

const shape = (head: string, tail = head) => replyShape(Buffer.from(head), Buffer.from(tail));
const big = 'x'.repeat(10_000);

describe('replyShape: the id of a dropped server line from its edges', () => {
  it('reads a top-level id at the start or at the end, never a nested one', () => {
    expect(shape('{"jsonrpc":"2.0","id":7,"result":{"t":"xx')).toEqual({ idToken: '7', hasMethod: false });
    expect(shape('{ "id" : "a\\"b" , "result":')).toEqual({ idToken: '"a\\"b"', hasMethod: false });
    expect(shape('{"result":{"id":1,"t":"xx', 'xx"},"jsonrpc":"2.0","id":-3}\r')).toEqual({ idToken: '-3', hasMethod: false });
    expect(shape('{"result":{"id":1,"t":"xx', 'xx","id":2}}')).toEqual({ hasMethod: false });
    expect(shape('{"result":[{"id":1}],"t":"xx', 'xx","a":[{"id":2}]}')).toEqual({ hasMethod: false });
  });

  it('an id cut off by the edge, or one that is not a string or integer, is not used', () => {
    expect(shape('{"jsonrpc":"2.0","id":12', 'zz}')).toEqual({ hasMethod: false });
    expect(shape('{"id":1.5,"result":', 'zz}')).toEqual({ hasMethod: false });
    expect(shape('{"id":null,"error":', 'zz}')).toEqual({ hasMethod: false });
  });

  it('notices a server request or notification', () => {
    expect(shape('{"jsonrpc":"2.0","method":"notifications/message","params":{"d":"', 'x"}}')).toEqual({ hasMethod: true });
    expect(shape('{"jsonrpc":"2.0","id":4,"method":"sampling/createMessage","params":', 'x"}}')).toEqual({ idToken: '4', hasMethod: true });
    expect(shape('{"params":{"d":"', 'x"},"jsonrpc":"2.0","method":"ping"}')).toEqual({ hasMethod: true });
  });
});

describe('LineSplitter keeps the edges of a discarded line', () => {
  function edgesOf(chunks: string[], max: number): Array<[number, string, string]> {
    const out: Array<[number, string, string]> = [];
    const sp = new LineSplitter(max, {
      line: () => true,
      forward: () => undefined,
      tooLong: (n: number, _d: string, e: LineEdges) => out.push([n, e.head.toString(), e.tail.toString()]),
    });
    for (const c of chunks) sp.push(Buffer.from(c));
    sp.end();
    return out;
  }

  it('in one chunk, across chunks, and at end of input', () => {
    const line = `HEAD${big}TAIL`;
    const one = edgesOf([`${line}\n`], 100);
    expect(one.map(([n, h, t]) => [n, h.length, t.length, h.startsWith('HEAD'), t.endsWith('TAIL')])).toEqual([[line.length, EDGE_BYTES, EDGE_BYTES, true, true]]);
    // Split in small pieces: the discard starts part-way, the tail rolls over many chunks.
    const pieces = line.match(/.{1,700}/g)!;
    const many = edgesOf([...pieces.slice(0, -1), `${pieces.at(-1)}\nok\n`], 100);
    expect(many.map(([n, h, t]) => [n, h.slice(0, 4), t.slice(-4), h.length, t.length])).toEqual([[line.length, 'HEAD', 'TAIL', EDGE_BYTES, EDGE_BYTES]]);
    const atEnd = edgesOf([line.slice(0, 5000), line.slice(5000)], 100);
    expect(atEnd.map(([n, h, t]) => [n, h.slice(0, 4), t.slice(-4)])).toEqual([[line.length, 'HEAD', 'TAIL']]);
    // Held under the cap, then completed over it.
    const short = edgesOf(['{"id":1,', '"r":"abcdef"}\n'], 12);
    expect(short).toEqual([[21, '{"id":1,"r":"abcdef"}', '{"id":1,"r":"abcdef"}']]);
  });
});
