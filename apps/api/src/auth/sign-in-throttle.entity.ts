import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per email address, whether or not an account has that
 * email, so that a lockout never tells which addresses exist.
 */
@Entity('sign_in_throttle')
export class SignInThrottle {
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt: Date;
}
