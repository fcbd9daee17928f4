import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * rate-limiter-flexible's PostgreSQL table (its own column names and order),
 * holding the failed sign-in counters when there is no Redis: `key` is the
 * limiter's prefix and a hash of the email and/or client address.
 */
@Entity('sign_in_limit')
export class SignInLimit {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  /** Milliseconds since the epoch; null: never. */
  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
