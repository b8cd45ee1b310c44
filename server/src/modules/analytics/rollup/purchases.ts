/** The event analytics counts as a conversion when an opened piece of content precedes it. */
export const PURCHASE_EVENT = 'purchase';

/**
 * The condition on behaviour_events (alias `e`) that selects purchases, with the name as a literal: SQLite uses a
 * partial index (ix_behaviour_events_purchase_time) only for a query whose condition names its literal.
 */
export const IS_PURCHASE = `e.name = '${PURCHASE_EVENT}'`;
