// Types of schema-validator.generated.js (written by scripts/compile-schema.ts).
import type { ValidateFunction } from 'ajv/dist/2020.js';

declare const validate: ValidateFunction;
export default validate;
