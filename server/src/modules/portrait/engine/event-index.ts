import type { EventInput, EventPropertyValue } from './inputs.js';

/** Events grouped by name in one pass, so each metric reads only its own events (keeps a portrait O(events)). */
export type EventIndex = ReadonlyMap<string, readonly EventInput[]>;

const NONE: readonly EventInput[] = [];

export function indexEvents(events: readonly EventInput[]): EventIndex {
  const byName = new Map<string, EventInput[]>();
  for (const event of events) {
    const list = byName.get(event.name);
    if (list) list.push(event);
    else byName.set(event.name, [event]);
  }
  return byName;
}

export function eventsNamed(index: EventIndex, name: string): readonly EventInput[] {
  return index.get(name) ?? NONE;
}

export function numberProp(event: EventInput, key: string): number | null {
  const v: EventPropertyValue | undefined = event.properties[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function stringProp(event: EventInput, key: string): string | null {
  const v = event.properties[key];
  return typeof v === 'string' ? v : null;
}

export function booleanProp(event: EventInput, key: string): boolean | null {
  const v = event.properties[key];
  return typeof v === 'boolean' ? v : null;
}
