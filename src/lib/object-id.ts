/**
 * A number per distinct object, so a query key can stand for a large input (a variables response)
 * without holding or hashing it: same object, same id; a refetched or re-imported input is a new
 * object and gets a new id.
 */
const ids = new WeakMap<object, number>();
let nextId = 1;

export function objectId(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = nextId++));
  return id;
}
