import type * as z from 'zod/mini';
import { ConflictError } from '../../../functions/ports/errors.js';

/**
 * What the in-memory stores share: collections of records kept the way the DynamoDB table keeps
 * them (per inspection, in sort-key order, copied in and out, read back through their schema), and
 * transactions with DynamoDB's rules (all conditions hold or nothing is written).
 */

/** DynamoDB orders keys by their UTF-8 bytes; so does this (not by locale). */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** A copy of a value as DynamoDB would keep it: undefined values dropped (`removeUndefinedValues`). */
function stored<T>(value: T): T {
  const drop = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.filter((element) => element !== undefined).map(drop);
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(
        Object.entries(item)
          .filter(([, field]) => field !== undefined)
          .map(([key, field]) => [key, drop(field)]),
      );
    }
    return item;
  };
  return drop(structuredClone(value)) as T;
}

/** DynamoDB's limits on a key's UTF-8 bytes: a partition key's and a sort key's. */
const MAX_PARTITION_KEY_BYTES = 2048;
const MAX_SORT_KEY_BYTES = 1024;

/** Refuses a key DynamoDB would refuse (its ValidationException: a fault to the caller, as there). */
function checkKey(inspectionId: string, key?: string): void {
  if (Buffer.byteLength(inspectionId) >= MAX_PARTITION_KEY_BYTES) {
    throw new Error(`Hash primary key values must be under ${MAX_PARTITION_KEY_BYTES} bytes`);
  }
  if (key !== undefined && Buffer.byteLength(key) >= MAX_SORT_KEY_BYTES) {
    throw new Error(`Aggregated size of all range keys has exceeded the size limit of ${MAX_SORT_KEY_BYTES} bytes`);
  }
}

/**
 * One kind of item, kept per inspection under its sort key. `Stored` is what the item holds (it
 * may carry more than the record, as a table item does); `Out` is the record a reader gets, a copy
 * parsed by its schema, which leaves out whatever is not the record's.
 */
export class Collection<Stored extends object, Out extends object = Stored> {
  private readonly partitions = new Map<string, Map<string, Stored>>();

  constructor(
    readonly name: string,
    private readonly schema: z.ZodMiniType<Out>,
  ) {}

  /** The stored item itself, for conditions and updates: never handed to a caller. */
  peek(inspectionId: string, key: string): Stored | undefined {
    checkKey(inspectionId, key);
    return this.partitions.get(inspectionId)?.get(key);
  }

  /** Replaces (or, given undefined, deletes) an item: only a committing transaction calls this. */
  set(inspectionId: string, key: string, item: Stored | undefined): void {
    checkKey(inspectionId, key);
    let partition = this.partitions.get(inspectionId);
    if (!partition) this.partitions.set(inspectionId, (partition = new Map()));
    if (item === undefined) partition.delete(key);
    else partition.set(key, stored(item));
  }

  read(item: Stored): Out {
    return this.schema.parse(structuredClone(item));
  }

  get(inspectionId: string, key: string): Out | undefined {
    const item = this.peek(inspectionId, key);
    return item ? this.read(item) : undefined;
  }

  /** The inspection's items in sort-key order. */
  list(inspectionId: string): Out[] {
    checkKey(inspectionId);
    const partition = this.partitions.get(inspectionId) ?? new Map<string, Stored>();
    return [...partition.keys()].sort(compareKeys).map((key) => this.read(partition.get(key) as Stored));
  }

  /**
   * A query of a global index: the items `indexKey` gives a key to (the others are not in the
   * index), across all inspections, in that key's order.
   */
  index(indexKey: (item: Stored) => string | undefined): Out[] {
    return [...this.partitions.values()]
      .flatMap((partition) => [...partition.values()])
      .flatMap((item) => {
        const key = indexKey(item);
        return key === undefined ? [] : [{ key, item }];
      })
      .sort((a, b) => compareKeys(a.key, b.key))
      .map(({ item }) => this.read(item));
  }
}

/** DynamoDB's limit on the items of one transaction. */
const MAX_ITEMS = 100;

/**
 * A write of one or more items, as DynamoDB's TransactWriteItems: at most 100 items, each named
 * once (both otherwise refused outright, as DynamoDB refuses them: not a conflict, a mistake), and
 * every condition checked against the state before the write. One failed condition: ConflictError,
 * and nothing is written.
 */
export class Transaction {
  private readonly writes: (() => void)[] = [];
  private readonly items = new Set<string>();
  private refused = false;

  /** Writes `item` where the condition holds of what is there (absent or not). */
  put<Stored extends object>(
    collection: Collection<Stored, object>,
    inspectionId: string,
    key: string,
    item: Stored,
    condition: (current: Stored | undefined) => boolean = () => true,
  ): this {
    return this.write(collection, inspectionId, key, condition, () => item);
  }

  /** Changes an item that exists and meets the condition; a missing item is a failed condition. */
  update<Stored extends object>(
    collection: Collection<Stored, object>,
    inspectionId: string,
    key: string,
    condition: (current: Stored) => boolean,
    change: (current: Stored) => Stored,
  ): this {
    return this.write(
      collection,
      inspectionId,
      key,
      (current) => current !== undefined && condition(current),
      (current) => change(structuredClone(current as Stored)),
    );
  }

  /** Deletes an item that exists and meets the condition. */
  remove<Stored extends object>(
    collection: Collection<Stored, object>,
    inspectionId: string,
    key: string,
    condition: (current: Stored) => boolean,
  ): this {
    return this.write(
      collection,
      inspectionId,
      key,
      (current) => current !== undefined && condition(current),
      () => undefined,
    );
  }

  private write<Stored extends object>(
    collection: Collection<Stored, object>,
    inspectionId: string,
    key: string,
    condition: (current: Stored | undefined) => boolean,
    next: (current: Stored | undefined) => Stored | undefined,
  ): this {
    const name = `${collection.name} ${inspectionId} ${key}`;
    if (this.items.has(name)) throw new Error(`a transaction may not write one item twice: ${name}`);
    this.items.add(name);
    if (this.items.size > MAX_ITEMS) throw new Error(`a transaction may not write more than ${MAX_ITEMS} items`);
    const current = collection.peek(inspectionId, key);
    if (condition(current)) this.writes.push(() => collection.set(inspectionId, key, next(current)));
    else this.refused = true;
    return this;
  }

  commit(message = 'the record changed before this write; read it again'): void {
    if (this.refused) throw new ConflictError(message);
    for (const write of this.writes) write();
  }
}
