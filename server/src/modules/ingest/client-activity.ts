/**
 * Domain event: new behaviour is stored for these clients (ingested, or pending events linked to a newly
 * known client). The portrait module listens and recomputes those clients incrementally.
 */
export const CLIENT_ACTIVITY = 'client.activity';

export interface ClientActivityEvent {
  clientIds: number[];
  /** Event names involved (e.g. content_open, purchase), so listeners can skip what they do not read. */
  kinds: string[];
}
