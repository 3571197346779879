/** The most rows a to-many relation answers per parent; the relation loaders enforce it, the cost estimate relies on it. */
export const RELATION_LIST_CAP = 100;
