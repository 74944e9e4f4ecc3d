// Action entry (bundled to dist/index.js): everything happens in run().
import run from './action/main.js';
await run();
