import { IsInt, IsString, MaxLength, MetadataStorage, validate } from 'class-validator';
import { cacheValidationRuleLookups } from './rule-lookup-cache.js';

class Base {
  @IsString() name: string;
}

class Derived extends Base {
  @IsInt() age: number;
}

const make = <T extends object>(type: new () => T, values: Partial<T>): T => Object.assign(new type(), values);
const failed = async (o: object) => (await validate(o)).map((e) => e.property).sort();

describe('validation rule lookup cache', () => {
  it('should answer every lookup as the uncached storage does (own and inherited rules, groups, schemas)', () => {
    const plain = new MetadataStorage();
    const cachedStorage = new MetadataStorage();
    for (const storage of [plain, cachedStorage]) {
      for (const [target, property, name] of [[Base, 'name', 'isString'], [Derived, 'age', 'isInt']] as const) {
        storage.addValidationMetadata(Object.assign(Object.create(null), { type: 'customValidation', name, target, propertyName: property, constraints: [], validationTypeOptions: {}, groups: [], always: undefined, each: false, context: undefined }));
      }
    }
    cacheValidationRuleLookups(cachedStorage);
    for (const [target, groups] of [[Derived, undefined], [Base, undefined], [Derived, ['admin']], [Derived, undefined]] as const) {
      const expected = plain.getTargetValidationMetadatas(target, '', false, false, groups as string[] | undefined);
      expect(cachedStorage.getTargetValidationMetadatas(target, '', false, false, groups as string[] | undefined)).toEqual(expected);
    }
    expect(cachedStorage.getTargetValidationMetadatas(Derived, '', false, false).map((m) => m.propertyName).sort()).toEqual(['age', 'name']);
  });

  it('should validate as before once cached, and see a rule registered after the first validation', async () => {
    cacheValidationRuleLookups();
    expect(await failed(make(Derived, { name: 'x', age: 1.5 }))).toEqual(['age']);
    expect(await failed(make(Derived, { name: 'a-long-name', age: 3 }))).toEqual([]);
    MaxLength(5)(Derived.prototype, 'name');
    expect(await failed(make(Derived, { name: 'a-long-name', age: 3 }))).toEqual(['name']);
    expect(await failed(make(Base, { name: 'a-long-name' }))).toEqual([]);
  });
});
