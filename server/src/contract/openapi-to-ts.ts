/**
 * Turns the OpenAPI components of the server into TypeScript interfaces for the apps, so request
 * and response types are never hand-typed twice. Covers what @nestjs/swagger emits: objects,
 * arrays, enums, $refs, nullable and primitives.
 */
interface SchemaObject {
  type?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  nullable?: boolean;
  description?: string;
  format?: string;
  $ref?: string;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  additionalProperties?: boolean | SchemaObject;
}

export interface OpenApiLike {
  components?: { schemas?: Record<string, SchemaObject> };
  paths?: Record<string, Record<string, { operationId?: string }>>;
}

function typeOf(schema: SchemaObject): string {
  let base: string;
  if (schema.$ref) base = schema.$ref.split('/').pop()!;
  else if (schema.allOf?.length) base = schema.allOf.map(typeOf).join(' & ');
  else if (schema.oneOf?.length) base = schema.oneOf.map(typeOf).join(' | ');
  else if (schema.enum) base = schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  else if (schema.type === 'array') base = `${wrap(typeOf(schema.items ?? {}))}[]`;
  else if (schema.type === 'integer' || schema.type === 'number') base = 'number';
  else if (schema.type === 'string') base = 'string';
  else if (schema.type === 'boolean') base = 'boolean';
  else if (schema.type === 'object' || schema.properties || schema.additionalProperties) {
    base = schema.properties ? inlineObject(schema) : 'Record<string, unknown>';
  } else base = 'unknown';
  return schema.nullable ? `${base} | null` : base;
}

const wrap = (t: string): string => (/[|&]/.test(t) ? `(${t})` : t);

function inlineObject(schema: SchemaObject): string {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, prop]) => `${safeKey(name)}${required.has(name) ? '' : '?'}: ${typeOf(prop)}`);
  return `{ ${fields.join('; ')} }`;
}

const safeKey = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

export function openApiToTypeScript(document: OpenApiLike): string {
  const lines = [
    '// Generated from contracts/openapi.json by `npm run contract:generate`. Do not edit by hand.',
    '/* eslint-disable */',
    '',
  ];
  const schemas = document.components?.schemas ?? {};
  for (const name of Object.keys(schemas).sort()) {
    const schema = schemas[name]!;
    if (schema.description) lines.push(`/** ${schema.description.replace(/\*\//g, '*\\/')} */`);
    if (schema.type === 'object' || schema.properties) {
      const required = new Set(schema.required ?? []);
      lines.push(`export interface ${name} {`);
      for (const [prop, propSchema] of Object.entries(schema.properties ?? {})) {
        if (propSchema.description) lines.push(`  /** ${propSchema.description.replace(/\*\//g, '*\\/')} */`);
        lines.push(`  ${safeKey(prop)}${required.has(prop) ? '' : '?'}: ${typeOf(propSchema)};`);
      }
      lines.push('}', '');
    } else {
      lines.push(`export type ${name} = ${typeOf(schema)};`, '');
    }
  }
  const operations = Object.entries(document.paths ?? {})
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ id: op.operationId, method: method.toUpperCase(), path })))
    .filter((o): o is { id: string; method: string; path: string } => Boolean(o.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  lines.push('/** Every operation: id → method and path template. */', 'export const API_OPERATIONS = {');
  for (const op of operations) lines.push(`  ${safeKey(op.id)}: { method: '${op.method}', path: '${op.path}' },`);
  lines.push('} as const;', '');
  return lines.join('\n');
}
