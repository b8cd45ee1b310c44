import { generateDataset } from '../../src/demo/generator/generate.js';
import type { ClientBundle, GeneratorOptions } from '../../src/demo/generator/types.js';

/** One behaviour event as a 神策 sender would forward it (customer number as distinct_id). */
export interface StreamEvent {
  eventId: string;
  customerNo: string;
  name: string;
  time: number;
  properties: Record<string, unknown>;
}

/** The generator scale that yields about `events` events over `clients` clients. */
export function ingestDatasetOptions(clients: number, events: number): GeneratorOptions {
  return { branches: 10, advisorsPerBranch: 10, clients, eventsPerClient: Math.max(1, Math.ceil(events / clients)), months: 12, seed: 20261103 };
}

/**
 * The generated clients' behaviour events in client order, exactly `total` of them (the client stream is replayed
 * with a pass suffix on the ids when the generated ones run out). Ids are made unique the way the demo seed does
 * (the generator's trade-mirroring and app sequences can meet), so every event is new to the store.
 */
export function* eventStream(options: GeneratorOptions, total: number): Generator<StreamEvent> {
  let emitted = 0;
  for (let pass = 0; emitted < total; pass++) {
    for (const bundle of generateDataset(options).clients()) {
      for (const event of uniqueEvents(bundle, pass)) {
        yield event;
        if (++emitted >= total) return;
      }
    }
  }
}

function* uniqueEvents(bundle: ClientBundle, pass: number): Generator<StreamEvent> {
  const seen = new Set<string>();
  for (const e of bundle.events) {
    const base = pass === 0 ? e.id : `${e.id}~${pass}`;
    let eventId = base;
    for (let n = 2; seen.has(eventId); n++) eventId = `${base}#${n}`;
    seen.add(eventId);
    yield { eventId, customerNo: bundle.client.customerNo, name: e.name, time: e.time, properties: { ...e.properties, $event_id: eventId } };
  }
}

/** Groups a stream into arrays of `size`. */
export function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
