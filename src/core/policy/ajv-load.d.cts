// Types of ./ajv-load.cjs.
import type { Ajv } from 'ajv';
import type { Ajv2019 } from 'ajv/dist/2019.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';

export declare function loadAjv(): { Ajv: typeof Ajv; Ajv2019: typeof Ajv2019; Ajv2020: typeof Ajv2020 };
