import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn } from '../database/column-types';

/** An application's own token, acting in the role configured for it. Only its hash is stored. */
@Entity('application_tokens')
@Index('uq_application_tokens_token_hash', ['tokenHash'], { unique: true })
export class ApplicationToken {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'application', type: 'varchar', length: 50 })
  application!: string;

  @Column({ name: 'name', type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'role', type: 'varchar', length: 30 })
  role!: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column(instantColumn('created_at'))
  createdAt!: Date;

  @Column(instantColumn('last_used_at', true))
  lastUsedAt!: Date | null;

  @Column(instantColumn('revoked_at', true))
  revokedAt!: Date | null;
}
