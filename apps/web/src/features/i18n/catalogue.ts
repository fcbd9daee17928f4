/** The shape of a translation of an English catalogue: same keys, any strings. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
