// The real file system as the planner's FsView.
import * as fs from 'node:fs';
import type { FsView } from '../../core/sandbox/plan.js';

export const nodeFsView: FsView = {
  kind(p) {
    try {
      return fs.statSync(p).isDirectory() ? 'dir' : 'file';
    } catch {
      return 'missing';
    }
  },
  realpath(p) {
    try {
      return fs.realpathSync(p);
    } catch {
      return p;
    }
  },
  list(dir) {
    try {
      return fs.readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch {
      return [];
    }
  },
};
