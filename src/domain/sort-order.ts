/** The direction of a sorted list, for its sort key and for the id that breaks ties. */
export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
