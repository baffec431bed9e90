/** Remembers the last result for the last key: derived data is computed once per change. */
export function memoLast<T>(compute: (key: string) => T): (key: string) => T {
  let lastKey: string | undefined;
  let last: T;
  return (key) => {
    if (key !== lastKey) {
      last = compute(key);
      lastKey = key;
    }
    return last;
  };
}
