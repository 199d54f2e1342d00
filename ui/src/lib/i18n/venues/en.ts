import type { Plural } from "../types";

/** `venues.*`: the venues panel in Settings; spread into each locale's catalogue. */
export const enVenues = {
  "venues.title": "Venues",
  "venues.intro":
    "Places where sessions are held. Each venue keeps its own time zone: session times are planned and shown on its clock.",
  "venues.add": "Add a venue",
  "venues.empty": "No venues yet. Add the first one to plan sessions there.",
  "venues.listLabel": "Venues",
  "venues.editOf": "Edit venue {name}",
  "venues.formNew": "New venue",
  "venues.formEdit": "Edit venue: {name}",
  "venues.field.name": "Name",
  "venues.field.address": "Address",
  "venues.field.city": "City",
  "venues.field.country": "Country",
  "venues.field.time_zone": "Time zone",
  "venues.field.capacity": "Seats",
  "venues.zoneHint": "As in the time zone database: Asia/Tashkent, Asia/Samarkand, Asia/Baku…",
  "venues.zoneChanged":
    "Sessions already planned here keep {zone}; the new time zone applies to sessions planned from now on.",
  "venues.zoneUnknown": "Enter a time zone as the database names it, such as Asia/Tashkent.",
  "venues.capacityHint": "How many people the room seats.",
  "venues.seats": { one: "{count} seat", other: "{count} seats" },
  "venues.saved": "Venue “{name}” saved.",
} as const satisfies Record<string, string | Plural>;
