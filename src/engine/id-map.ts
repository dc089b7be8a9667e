/**
 * An immutable map from ids to values that shares structure between versions. `set`
 * copies one path of a small hash trie (a few dozen slots), never the whole map, so a
 * learner's step costs the same in a 10,000-page course as in a 10-page one, and the flow
 * check can keep every state it explores without a copy of each one's answers (issue 16).
 *
 * The trie's shape and its order of iteration depend only on the ids it holds, never on
 * the order they were added, so two maps with the same entries compare equal.
 */
import { hash32 } from './random.ts';

const BITS = 5;
const MASK = (1 << BITS) - 1;
/** Past this many ids a leaf becomes a branch; a leaf at the last level holds hash collisions. */
const LEAF_MAX = 8;
const MAX_DEPTH = Math.floor(32 / BITS);

interface Leaf<V> {
  /** Sorted, so a leaf's order never depends on insertion order. */
  keys: string[];
  values: V[];
}
type Branch<V> = (Trie<V> | undefined)[];
type Trie<V> = Leaf<V> | Branch<V>;

const isBranch = <V>(node: Trie<V>): node is Branch<V> => Array.isArray(node);
const slot = (hash: number, depth: number) => (hash >>> (depth * BITS)) & MASK;

function find<V>(node: Trie<V> | undefined, key: string, hash: number): V | undefined {
  for (let depth = 0; node; depth++) {
    if (!isBranch(node)) {
      const at = node.keys.indexOf(key);
      return at < 0 ? undefined : node.values[at];
    }
    node = node[slot(hash, depth)];
  }
  return undefined;
}

/** The trie with `key` set, and whether it was new; copies only the nodes on the key's path. */
function put<V>(node: Trie<V> | undefined, key: string, hash: number, value: V, depth: number): [Trie<V>, boolean] {
  if (!node) return [{ keys: [key], values: [value] }, true];
  if (isBranch(node)) {
    const copy = node.slice();
    const [child, added] = put(node[slot(hash, depth)], key, hash, value, depth + 1);
    copy[slot(hash, depth)] = child;
    return [copy, added];
  }
  const at = node.keys.indexOf(key);
  if (at >= 0) {
    const values = node.values.slice();
    values[at] = value;
    return [{ keys: node.keys, values }, false];
  }
  if (node.keys.length < LEAF_MAX || depth >= MAX_DEPTH) {
    let i = 0;
    while (i < node.keys.length && node.keys[i]! < key) i++;
    const keys = [...node.keys.slice(0, i), key, ...node.keys.slice(i)];
    const values = [...node.values.slice(0, i), value, ...node.values.slice(i)];
    return [{ keys, values }, true];
  }
  // A full leaf splits into a branch one level down.
  let branch: Trie<V> = new Array<Trie<V> | undefined>(1 << BITS);
  node.keys.forEach((k, i) => {
    branch = put(branch, k, hash32(k), node.values[i]!, depth)[0];
  });
  return put(branch, key, hash, value, depth);
}

// Counts by test, memoised per trie node: a map made by `set` shares all but one path with the
// map it came from, so counting it again visits only that path.
const counted = new WeakMap<object, WeakMap<object, number>>();

function countIn<V>(node: Trie<V> | undefined, test: (value: V) => boolean, memo: WeakMap<object, number>): number {
  if (!node) return 0;
  const known = memo.get(node);
  if (known !== undefined) return known;
  let count = 0;
  if (isBranch(node)) for (const child of node) count += countIn(child, test, memo);
  else for (const value of node.values) if (test(value)) count += 1;
  memo.set(node, count);
  return count;
}

function* walk<V>(node: Trie<V> | undefined): Generator<[string, V]> {
  if (!node) return;
  if (isBranch(node)) for (const child of node) yield* walk(child);
  else for (let i = 0; i < node.keys.length; i++) yield [node.keys[i]!, node.values[i]!];
}

export class IdMap<V> implements Iterable<[string, V]> {
  private constructor(
    private readonly root: Trie<V> | undefined,
    /** How many ids the map holds, in constant time. */
    readonly size: number,
  ) {}

  /** An empty map. */
  static empty<V>(): IdMap<V> {
    return new IdMap<V>(undefined, 0);
  }

  /** A map of the given entries, or of a plain object's own properties. */
  static from<V>(entries: Iterable<readonly [string, V]> | Readonly<Record<string, V>>): IdMap<V> {
    let map = IdMap.empty<V>();
    const list = Symbol.iterator in entries ? entries : Object.entries(entries);
    for (const [key, value] of list as Iterable<readonly [string, V]>) map = map.set(key, value);
    return map;
  }

  get(id: string): V | undefined {
    return find(this.root, id, hash32(id));
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** A new map with `id` set to `value`; this map is unchanged. */
  set(id: string, value: V): IdMap<V> {
    if (value === undefined) throw new TypeError('IdMap holds no undefined values');
    if (this.get(id) === value) return this;
    const [root, added] = put(this.root, id, hash32(id), value, 0);
    return new IdMap(root, this.size + (added ? 1 : 0));
  }

  /**
   * How many values pass `test`. Pass a function defined once (not a new arrow on each call):
   * the counts are remembered per function, which is what makes counting again cheap.
   */
  count(test: (value: V) => boolean): number {
    let memo = counted.get(test);
    if (!memo) {
      memo = new WeakMap();
      counted.set(test, memo);
    }
    return countIn(this.root, test, memo);
  }

  [Symbol.iterator](): Iterator<[string, V]> {
    return walk(this.root);
  }

  keys(): string[] {
    return [...this].map(([key]) => key);
  }

  values(): V[] {
    return [...this].map(([, value]) => value);
  }

  /** The entries as a plain object, for reading in tests and logs. */
  toJSON(): Record<string, V> {
    return Object.fromEntries(this);
  }
}

/** A set of ids: a map whose every value is `true`. */
export type IdSet = IdMap<true>;
