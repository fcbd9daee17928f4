import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The newest link of each chain. An append locks its chain's row (and only
 * that one), so appends to one dossier queue while other dossiers' go on, on
 * any number of API instances; verification also compares it with the
 * chain's last event, which finds a deleted tail.
 */
@Entity('audit_chain_head')
export class AuditChainHead {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  chain: string;

  @Column({ type: 'bigint' })
  seq: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
