import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { flagColumn, stringColumn } from './column-types';
import { Customer } from './customer.entity';
import { User } from './user.entity';

/*
 * A user's records: what gives a user a role. A user with none of them is `client-required`.
 */

/** Staff: reads and writes everything; photographers are employees with the flag set. */
@Entity('employees')
export class Employee {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'user_id', type: 'int', unique: true })
  userId!: number;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column(flagColumn('photographer'))
  photographer!: boolean;

  @Column(stringColumn('title', 100))
  title!: string | null;
}

/** A customer's own user: sees that customer's appointments and orders only. */
@Entity('clients')
export class Client {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'user_id', type: 'int', unique: true })
  userId!: number;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index('idx_clients_customer')
  @Column({ name: 'customer_id', type: 'int' })
  customerId!: number;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
}

/** Someone who works on behalf of several customers: reads and updates their appointments. */
@Entity('liaisons')
export class Liaison {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'user_id', type: 'int', unique: true })
  userId!: number;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @ManyToMany(() => Customer)
  @JoinTable({
    name: 'liaison_customers',
    joinColumn: { name: 'liaison_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'customer_id', referencedColumnName: 'id' },
  })
  customers?: Customer[];
}
