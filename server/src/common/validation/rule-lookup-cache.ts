import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];
type Rules = ReturnType<Lookup>;
type RuleTarget = Parameters<Lookup>[0];

const cached = new WeakSet<Storage>();

/**
 * Caches class-validator's lookup of a class's rules. The lookup walks every class that has rules (an `instanceof`
 * check each, for inherited rules) on every validation, so each request paid for the number of DTO classes in the
 * whole app. Rules come from decorators, registered when a class is defined; registering one clears the cache, so
 * a lookup always answers what the uncached one would. Answers are shared: class-validator only reads them.
 */
export function cacheValidationRuleLookups(storage: Storage = getMetadataStorage()): void {
  if (cached.has(storage)) return;
  cached.add(storage);
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const register = storage.addValidationMetadata.bind(storage);
  let byClass = new Map<RuleTarget, Map<string, Rules>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let forClass = byClass.get(target);
    if (!forClass) byClass.set(target, (forClass = new Map()));
    let rules = forClass.get(key);
    if (!rules) forClass.set(key, (rules = lookup(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.addValidationMetadata = (metadata) => {
    byClass = new Map();
    register(metadata);
  };
}
