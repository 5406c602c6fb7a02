/**
 * Words the seed data is made of: names, companies, places. Invented, but shaped like the
 * data a real org holds (accents and apostrophes included, since loads must survive them).
 */

/** Splits a `|`-separated list written over several lines. */
function list(text: string): readonly string[] {
  return text
    .split('|')
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

export const FIRST_NAMES = list(`
  Olivia|Liam|Emma|Noah|Amelia|Oliver|Sophia|Elijah|Isabella|Lucas|Mia|Mateo|Charlotte|
  Ethan|Harper|Aiden|Evelyn|James|Chloé|Benjamin|Zoë|Henry|Priya|Arjun|Mei|Wei|Yuki|Haruto|
  Fatima|Omar|Amara|Kwame|Ingrid|Lars|Sofía|Diego|Léa|Hugo|Aoife|Seán|Nadia|Pavel|Grace|
  Samuel|Hannah|Daniel|Leah|Gabriel|Ava|Julian
`);

export const LAST_NAMES = list(`
  Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernández|
  Lopez|Gonzalez|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Thompson|White|
  Harris|Clark|Lewis|Walker|Young|O'Brien|O'Connor|Nakamura|Tanaka|Chen|Wang|Patel|Singh|
  Okafor|Mensah|Müller|Schmidt|Dubois|Lefèvre|Rossi|Bianchi|Novak|Kowalski|Andersson|
  Nguyen|Kim|Silva
`);

export const COMPANY_STEMS = list(`
  Northwind|Bluebird|Summit|Ironwood|Cedar|Harbor|Redstone|Silverline|Brightwater|Granite|
  Oakridge|Lumen|Vertex|Pinnacle|Keystone|Evergreen|Falcon|Horizon|Meridian|Nimbus|Orion|
  Polaris|Quarry|Riverbend|Sable|Tidewater|Union|Vantage|Willow|Zephyr
`);

export const COMPANY_TRADES = list(`
  Logistics|Foods|Analytics|Health|Energy|Robotics|Textiles|Media|Construction|Outfitters|
  Pharma|Software|Freight|Hotels|Insurance|Labs|Motors|Telecom|Brewing|Capital
`);

export const COMPANY_SUFFIXES = list(`
  Inc.|LLC|Ltd|GmbH|S.A.|Corp.|Group|Co.
`);

export interface Place {
  city: string;
  state: string | null;
  postalCode: string;
  country: string;
  phonePrefix: string;
}

/** `city;state;postal code;country;phone prefix`, an empty state meaning none. */
export const PLACES: readonly Place[] = list(`
  San Francisco;CA;94105;United States;+1 415|
  Austin;TX;78701;United States;+1 512|
  Chicago;IL;60601;United States;+1 312|
  New York;NY;10001;United States;+1 212|
  Seattle;WA;98101;United States;+1 206|
  Toronto;ON;M5H 2N2;Canada;+1 416|
  London;;EC2A 4BX;United Kingdom;+44 20|
  Paris;;75008;France;+33 1|
  Lyon;;69002;France;+33 4|
  München;BY;80331;Germany;+49 89|
  Madrid;;28013;Spain;+34 91|
  Tokyo;;100-0005;Japan;+81 3|
  Sydney;NSW;2000;Australia;+61 2|
  São Paulo;SP;01310-100;Brazil;+55 11|
`).map((row) => {
  const [city = '', state = '', postalCode = '', country = '', phonePrefix = ''] = row.split(';');
  return { city, state: state === '' ? null : state, postalCode, country, phonePrefix };
});

export const STREETS = list(`
  Market Street|Main Street|Harbour Road|Rue de Rivoli|King Street|Elm Avenue|Station Road|
  Mission Street|Park Lane|Lake Shore Drive
`);

export const TITLES = list(`
  CEO|CFO|VP Sales|VP Operations|Head of IT|Procurement Manager|Buyer|Operations Manager|
  Account Manager|Finance Director|Office Manager|Engineer|Data Analyst|Marketing Director
`);

export const DEPARTMENTS = list(`
  Sales|Finance|Operations|IT|Marketing|Procurement|Engineering|Support
`);

export const PRODUCTS = list(`
  Forklift Fleet|Pallet Jacks|Warehouse Racking|Service Contract|Telematics|
  Battery Upgrade|Operator Training|Spare Parts
`);

export const CASE_SUBJECTS = list(`
  Forklift will not start|Battery drains overnight|Hydraulic leak on mast|
  Invoice amount looks wrong|Request for operator training|
  Telematics dashboard shows no data|Brake noise when reversing|
  Replacement part arrived damaged|Need service visit rescheduled|
  Question about warranty coverage
`);
