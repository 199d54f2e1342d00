// Venues sessions take place at.
import { call } from "./call";
import type { Venue } from "./types";

export const venueList = () => call<Venue[]>("venue_list");
