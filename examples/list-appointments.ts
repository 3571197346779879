import { Client, fetchExchange } from '@urql/core';
import { SchedulerAppointmentsDocument, type SchedulerAppointmentsQuery } from './generated/graphql';

/*
 * A typed client in a few lines: urql plus the documents `npm run codegen` generates.
 *   GATEWAY_URL=http://localhost:4000/graphql GATEWAY_TOKEN=... npx ts-node examples/list-appointments.ts
 */

export type SchedulerAppointment = SchedulerAppointmentsQuery['appointmentsConnection']['edges'][number]['node'];

export function gatewayClient(url: string, token: string, application = 'planox2'): Client {
  return new Client({
    url,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetchOptions: { headers: { authorization: `Bearer ${token}`, 'x-application': application } },
  });
}

/** The scheduler's first page of appointments starting at or after `from` (an ISO-8601 instant). */
export async function upcomingAppointments(client: Client, from: string, first = 10): Promise<SchedulerAppointment[]> {
  const result = await client.query(SchedulerAppointmentsDocument, { filter: { startDate: { gte: from } }, first }).toPromise();
  if (result.error) throw result.error;
  return result.data!.appointmentsConnection.edges.map((edge) => edge.node);
}

if (require.main === module) {
  const client = gatewayClient(process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql', process.env.GATEWAY_TOKEN ?? '');
  void upcomingAppointments(client, new Date().toISOString()).then((rows) => {
    for (const a of rows) process.stdout.write(`${a.startDate}  ${a.title}  (${a.customer?.name ?? 'no customer'})\n`);
  });
}
