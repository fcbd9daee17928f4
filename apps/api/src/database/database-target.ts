/** Where the API's data lives: a real PostgreSQL server, or the embedded one. */
export interface DatabaseTarget {
  url: string;
  embedded: boolean;
  /** Schema to use on a shared server (tests use one per suite). */
  schema?: string;
}
