export * from './error-codes.js';
export * from './enums.js';
export type * from './api-types.js';
