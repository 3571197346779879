/** The operations Apollo Sandbox opens with in development: a tour of the main queries and a write. */
export const SANDBOX_EXAMPLE = `# Example operations: pick one with the run button's menu.

query Viewer {
  viewer { role application { slug name } user { reference name } session { expiresAt rememberMe } }
}

query UpcomingAppointments($from: String = "2026-01-01T00:00:00Z", $after: String) {
  appointmentsConnection(first: 20, after: $after, sort: START_DATE, filter: { startDate: { gte: $from } }) {
    edges { node { id title startDate endDate confirmed customer { name } photographer { name } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}

query SearchByTitle {
  appointments(filter: { title: "Drone*" }, max: 10, sort: START_DATE, order: DESC) {
    paging { total nextOffset }
    data { id reference title startDate contacts { name email } }
  }
}

query OneAppointment($reference: String! = "DEMO-A0001") {
  appointmentByReference(reference: $reference) {
    id uuid title startDate dateStartLocal timeStartLocal updatedAtMt
    order { id status updatedAt lineItems { id name quantity completedQuantity } }
  }
}

# Paste the updatedAtMt read above: a stale one is answered with stale-update.
mutation RenameAppointment($reference: String! = "DEMO-A0001", $stamp: String!) {
  updateAppointmentByReference(reference: $reference, input: { updatedAtMt: $stamp, title: "Renamed in Sandbox" }) {
    id title updatedAtMt
  }
}
`;
