// Generated from openapi.json by 'npm run contract:generate'. Do not edit.
export {};
