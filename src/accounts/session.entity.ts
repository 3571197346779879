import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { flagColumn, instantColumn } from '../database/column-types';
import { User } from './user.entity';

/** A user's signed-in session. Only the SHA-256 of its token is stored; never exposed in GraphQL. */
@Entity('sessions')
@Index('uq_sessions_token_hash', ['tokenHash'], { unique: true })
export class Session {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('idx_sessions_user')
  @Column({ name: 'user_id', type: 'int' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sessions_user' })
  user?: User;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'application', type: 'varchar', length: 50, nullable: true })
  application!: string | null;

  @Column(flagColumn('remember_me'))
  rememberMe!: boolean;

  @Column(instantColumn('created_at'))
  createdAt!: Date;

  @Column(instantColumn('last_used_at'))
  lastUsedAt!: Date;

  @Column(instantColumn('revoked_at', true))
  revokedAt!: Date | null;
}
