import { Contact } from '../database/entities';
import { connectionType } from '../graphql/connection.type';
import { offsetPageType } from '../graphql/paging.type';

export const ContactPage = offsetPageType(Contact, 'Contact', 'contacts');
export type ContactPage = InstanceType<typeof ContactPage>;

/** ContactConnection and ContactEdge. */
export const ContactConnection = connectionType(Contact, 'Contact', 'contact', 'contacts');
export type ContactConnection = InstanceType<typeof ContactConnection>;
