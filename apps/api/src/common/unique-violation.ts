/** PostgreSQL's unique_violation (23505), through TypeORM's wrapper: a write that lost a race to another for the same unique place. */
export function isUniqueViolation(error: unknown): boolean {
  const { code, driverError } = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown } };
  return code === '23505' || driverError?.code === '23505';
}
