import { Column, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { User } from './user';

/** Staff: a user with an employee record sees every appointment. */
@Entity('employees')
export class Employee {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'boolean' })
  photographer!: boolean;

  @OneToOne('User', (user: User) => user.employee)
  @JoinColumn({ name: 'user_id' })
  user!: User;
}
