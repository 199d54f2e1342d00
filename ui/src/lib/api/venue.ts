// Venues sessions take place at.
import { call } from "./call";
import type { NewVenue, Venue } from "./types";

export const venueList = () => call<Venue[]>("venue_list");

export const venueCreate = (input: NewVenue) => call<Venue>("venue_create", { input });

/** Sessions already planned keep their time zone; a changed zone applies to new sessions. */
export const venueUpdate = (id: string, input: NewVenue) =>
  call<Venue>("venue_update", { id, input });
