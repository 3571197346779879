import type { Client } from '@urql/core';
import {
  AppointmentCategoriesDocument,
  CreateAppointmentByReferencesDocument,
  CustomerContactsDocument,
  FindCustomersDocument,
  FreePhotographersDocument,
  type CreateAppointmentByReferencesMutation,
} from './generated/graphql';
import { gatewayClient } from './list-appointments';

/*
 * The scheduler's create form through the typed client (graphql/operations/create-form.graphql):
 * find a customer by a `*` search, list its contacts, pick a category and a photographer free at
 * the wanted time, then create the appointment naming its customer, category and photographer
 * by reference only.
 *   GATEWAY_URL=http://localhost:4000/graphql GATEWAY_TOKEN=... npx ts-node examples/create-form.ts "Harbor*" 2027-03-03T10:00:00Z
 */

/** Throws the first GraphQL error (its extensions.code says which) or answers the data. */
async function run<T>(result: Promise<{ data?: T; error?: Error }>): Promise<T> {
  const { data, error } = await result;
  if (error) throw error;
  return data!;
}

export async function findCustomers(client: Client, name: string) {
  return (await run(client.query(FindCustomersDocument, { name }).toPromise())).customers.data;
}

export async function contactsOf(client: Client, customerId: string) {
  return (await run(client.query(CustomerContactsDocument, { customerId }).toPromise())).contacts?.data ?? [];
}

export async function categories(client: Client) {
  return (await run(client.query(AppointmentCategoriesDocument, {}).toPromise())).appointmentCategories.data;
}

/** The photographers with a free slot of `minutes` starting exactly at `start`. */
export async function photographersFreeAt(client: Client, start: string, minutes: number) {
  const from = new Date(start);
  const to = new Date(from.getTime() + minutes * 60_000);
  const answer = await run(
    client.query(FreePhotographersDocument, { from: from.toISOString(), to: to.toISOString(), slotMinutes: minutes }).toPromise(),
  );
  return answer.photographerAvailability
    .filter((p) => p.slots.some((s) => Date.parse(s.start) === from.getTime()))
    .map((p) => p.photographer);
}

export interface Booking {
  title: string;
  customerName: string;
  categoryReference: string;
  start: string;
  minutes: number;
}

/** The whole form: the first matching customer, all its contacts, the first photographer free then. */
export async function book(client: Client, b: Booking): Promise<CreateAppointmentByReferencesMutation['createAppointment']> {
  const [customer] = await findCustomers(client, b.customerName);
  if (!customer) throw new Error(`no customer matches ${b.customerName}`);
  const contacts = await contactsOf(client, customer.id);
  const category = (await categories(client)).find((c) => c.reference === b.categoryReference);
  if (!category) throw new Error(`no category ${b.categoryReference}`);
  const [photographer] = await photographersFreeAt(client, b.start, b.minutes);
  if (!photographer) throw new Error(`no photographer is free at ${b.start}`);
  const end = new Date(Date.parse(b.start) + b.minutes * 60_000).toISOString();
  const created = await client
    .mutation(CreateAppointmentByReferencesDocument, {
      input: {
        title: b.title,
        startDate: b.start,
        endDate: end,
        customerReference: customer.reference,
        appointmentCategoryReference: category.reference,
        photographerReference: photographer.reference,
        contacts: contacts.map((c) => c.id),
      },
    })
    .toPromise();
  if (created.error) throw created.error;
  return created.data!.createAppointment;
}

if (require.main === module) {
  const client = gatewayClient(process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql', process.env.GATEWAY_TOKEN ?? '');
  const [customerName = 'Harbor*', start = '2027-03-03T10:00:00Z'] = process.argv.slice(2);
  void book(client, { title: 'Photo shoot', customerName, categoryReference: 'photo_shoot', start, minutes: 60 }).then((a) =>
    process.stdout.write(`created appointment ${a.id} for ${a.customer?.reference} with ${a.photographer?.reference}\n`),
  );
}
