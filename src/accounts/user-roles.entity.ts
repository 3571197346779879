import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { flagColumn, stringColumn } from '../database/column-types';
import { Customer } from '../customers/customer.entity';
import { User } from './user.entity';

/*
 * A user's records: what gives a user a role. A user with none of them is `client-required`.
 */

/** Staff: reads and writes everything; photographers are employees with the flag set. */
@Entity('employees')
@Index('uq_employees_user', ['userId'], { unique: true })
@Index('idx_employees_photographer', ['photographer', 'userId'])
export class Employee {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'user_id', type: 'int' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_employees_user' })
  user?: User;

  @Column(flagColumn('photographer'))
  photographer!: boolean;

  @Column(stringColumn('title', 100))
  title!: string | null;
}

/** A customer's own user: sees that customer's appointments and orders only. */
@Entity('clients')
@Index('uq_clients_user', ['userId'], { unique: true })
export class Client {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'user_id', type: 'int' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_clients_user' })
  user?: User;

  @Index('idx_clients_customer')
  @Column({ name: 'customer_id', type: 'int' })
  customerId!: number;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_clients_customer' })
  customer?: Customer;
}

/** Someone who works on behalf of several customers: reads and updates their appointments. */
@Entity('liaisons')
@Index('uq_liaisons_user', ['userId'], { unique: true })
export class Liaison {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'user_id', type: 'int' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_liaisons_user' })
  user?: User;

  @ManyToMany(() => Customer)
  @JoinTable({
    name: 'liaison_customers',
    joinColumn: { name: 'liaison_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_liaison_customers_liaison' },
    inverseJoinColumn: { name: 'customer_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_liaison_customers_customer' },
  })
  customers?: Customer[];
}
