/** The 12 probation regions of England and Wales, as the inspectorate names them. */
export const REGIONS = [
  { id: 'north-east', name: 'North East', country: 'England' },
  { id: 'north-west', name: 'North West', country: 'England' },
  { id: 'yorkshire-and-the-humber', name: 'Yorkshire and the Humber', country: 'England' },
  { id: 'greater-manchester', name: 'Greater Manchester', country: 'England' },
  { id: 'east-midlands', name: 'East Midlands', country: 'England' },
  { id: 'west-midlands', name: 'West Midlands', country: 'England' },
  { id: 'east-of-england', name: 'East of England', country: 'England' },
  { id: 'kent-surrey-and-sussex', name: 'Kent, Surrey and Sussex', country: 'England' },
  { id: 'london', name: 'London', country: 'England' },
  { id: 'south-west', name: 'South West', country: 'England' },
  { id: 'south-central', name: 'South Central', country: 'England' },
  { id: 'wales', name: 'Wales', country: 'Wales' },
] as const;

export type Region = (typeof REGIONS)[number];
export type RegionId = Region['id'];

/** Lower case, '&' read as 'and', punctuation and repeated spaces dropped. */
function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

const byName = new Map<string, Region>(
  REGIONS.flatMap((region) => [
    [normalise(region.name), region],
    [normalise(region.id), region],
  ]),
);

/** Finds a region by its name or id, ignoring case, punctuation and '&' for 'and'. */
export function findRegion(name: string): Region | undefined {
  return byName.get(normalise(name));
}

export function regionById(id: RegionId): Region {
  return REGIONS.find((region) => region.id === id) as Region;
}

export const REGION_NAMES = REGIONS.map((region) => region.name);
