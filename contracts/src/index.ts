export * from './error-codes.js';
export * from './enums.js';
export * from './api-types.js';
