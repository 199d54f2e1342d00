/**
 * A promise with its resolve and reject handed out, so a test can answer a call later and in
 * any order (a call still running, two answers crossing).
 */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
