import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Contact } from './contact';

/** The link between an appointment and a contact (appointment_contacts). */
@Entity('appointment_contacts')
export class AppointmentContact {
  @PrimaryColumn({ name: 'appointment_id', type: 'int' })
  appointmentId!: number;

  @PrimaryColumn({ name: 'contact_id', type: 'int' })
  contactId!: number;

  @ManyToOne(() => Contact)
  @JoinColumn({ name: 'contact_id' })
  contact!: Contact;
}
