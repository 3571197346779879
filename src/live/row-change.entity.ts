import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn, intColumn, stringColumn } from '../database/column-types';

/**
 * One row of the change table, as the triggers on appointments and orders write it (migration
 * RowChanges1764806400000). Declared so that the schema tools know the table; the gateway
 * reads it through ChangeRepository only and never writes it (the triggers do).
 */
@Entity('row_changes')
export class RowChange {
  /** The change's position: strictly increasing, allocated by the trigger's insert (BIGINT: a string from the driver). */
  @PrimaryGeneratedColumn({ name: 'seq', type: 'bigint' })
  seq!: string;

  @Column(stringColumn('entity', 20, false))
  entity!: string;

  @Column(stringColumn('kind', 20, false))
  kind!: string;

  @Column(intColumn('row_id', false))
  rowId!: number;

  @Column(intColumn('customer_id'))
  customerId!: number | null;

  @Column(intColumn('previous_customer_id'))
  previousCustomerId!: number | null;

  @Column(intColumn('order_id'))
  orderId!: number | null;

  @Column(stringColumn('updated_at_mt', 40))
  updatedAtMt!: string | null;

  @Column(instantColumn('changed_at'))
  changedAt!: Date;
}
