/**
 * Values derived from the catalogue (objective counts, taxonomies, facet
 * labels, known filter values), computed once per catalogue version and key.
 * A version change, made by this process or another, drops them all.
 */
export class VersionedMemo {
  #version: string | undefined;
  #values = new Map<string, Promise<unknown>>();

  get<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (this.#version !== version) {
      this.#version = version;
      this.#values = new Map();
    }
    let value = this.#values.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.#values.set(key, value);
      // A failure is not remembered: the next request tries again.
      const values = this.#values;
      value.catch(() => {
        if (values.get(key) === value) values.delete(key);
      });
    }
    return value;
  }
}
