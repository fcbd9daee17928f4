import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** Argon2id hashing of passwords. */
@Injectable()
export class PasswordService {
  /** A real hash to verify against when no account matches, so timing tells nothing. */
  private readonly decoy = hash('decoy-password-never-used');

  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash ?? (await this.decoy), password);
    } catch {
      return false;
    }
  }
}
