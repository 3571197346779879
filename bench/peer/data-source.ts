import { DataSource } from 'typeorm';
import { Appointment } from './appointment';
import { AppointmentCategory } from './appointment-category';
import { AppointmentContact } from './appointment-contact';
import { Contact } from './contact';
import { Customer } from './customer';
import { Employee } from './employee';
import { Session } from './session';
import { User } from './user';

/** The peer's TypeORM DataSource: MySQL/MariaDB through mysql2, instants in UTC, reading the existing tables (no synchronize). */
export const dataSource = new DataSource({
  type: 'mysql',
  url: process.env.DATABASE_URL,
  poolSize: Number(process.env.DB_POOL_SIZE ?? 10),
  timezone: 'Z',
  // DATE columns are calendar days: read them as the strings they are, not as midnight instants.
  dateStrings: ['DATE'],
  entities: [Appointment, AppointmentCategory, AppointmentContact, Contact, Customer, Employee, Session, User],
  synchronize: false,
  logging: false,
});
